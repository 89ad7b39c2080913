"""mt21a (stop 31): blind cross-translations into Arabic and Polish (silver/mt21, corrections-mt21a.txt).

A congress congratulated on its successful organisation is a meeting of its own, dated by the first year of the term
it opens. Arabic MT writes the wording with the possessive of the body congratulated ("على تنظيمها الناجح", its
successful organisation) and the meeting noun with its preposition ("للمؤتمر العشرين لحزب المقاطعة"), a conference
noun that its ordinal and a party organisation make a congress.
"""

from kg.extract import extract
from kg.model import Article

VISIT = (
    "استقبلت مقاطعة كوانغ نام وفد العمل التابع للجنة الدائمة للجنة الحزب في مقاطعة نغي آن.\n\n"
    "وفي كلمته خلال حفل الترحيب، هنأ الرفيق أمين لجنة الحزب الإقليمية لجنة الحزب في مقاطعة نغي آن "
)


def _meetings(tail: str):
    return extract(Article("t", VISIT + tail, lang="ar")).meetings


def test_possessive_successful_organisation_of_an_ordinal_party_congress():
    meetings = _meetings("على تنظيمها الناجح للمؤتمر التاسع عشر لحزب المقاطعة للفترة 2025-2030.")
    assert [m.kind for m in meetings] == ["visit", "congress"]
    assert meetings[1].date == "2025"


def test_article_successful_organisation_with_the_preposition():
    meetings = _meetings("على التنظيم الناجح للمؤتمر التاسع عشر لحزب المقاطعة للفترة 2025-2030.")
    assert [(m.kind, m.date) for m in meetings][1:] == [("congress", "2025")]


def test_masculine_possessive():
    meetings = _meetings("على تنظيمه الناجح لمؤتمر الحزب الإقليمي التاسع عشر للفترة 2025-2030.")
    assert [(m.kind, m.date) for m in meetings][1:] == [("congress", "2025")]


def test_a_congress_to_come_is_no_meeting_held():
    text = (
        "عقدت اللجنة الدائمة للجنة الحزب الإقليمية صباح يوم 5 مارس 2025 مؤتمرا لمراجعة العمل.\n\n"
        "وطلب الرفيق من الإدارات ضمان التنظيم الناجح للمؤتمر التاسع عشر لحزب المقاطعة للفترة 2025-2030."
    )
    meetings = extract(Article("t", text, lang="ar")).meetings
    assert len(meetings) == 1


# the congratulated congress is a congress whatever ceremony its sentence speaks at
AT_CEREMONY = {
    "pl": "Delegacja robocza Stałego Komitetu Partii prowincji Nghe An odwiedziła prowincję Quang Nam.\n\n"
    "Przemawiając na ceremonii powitalnej, sekretarz pogratulował Komitetowi Partii prowincji Nghe An udanej "
    "organizacji XX Zjazdu Partii Prowincji, kadencja 2025-2030.",
    "en": "The working delegation of the Standing Committee of the Nghe An Provincial Party Committee visited Quang Nam "
    "province.\n\nSpeaking at the welcome ceremony, the secretary congratulated the Nghe An Provincial Party "
    "Committee on the successful organization of the 20th Provincial Party Congress, term 2025-2030.",
    "fr": "La délégation de travail du Comité permanent du Comité provincial du Parti de Nghe An a visité la province "
    "de Quang Nam.\n\nS’exprimant lors de la cérémonie d’accueil, le secrétaire a félicité le Comité provincial du "
    "Parti de Nghe An pour l’organisation réussie du 20e Congrès provincial du Parti, mandat 2025-2030.",
    "es": "La delegación de trabajo del Comité Permanente del Comité Provincial del Partido de Nghe An visitó la "
    "provincia de Quang Nam.\n\nEn la ceremonia de bienvenida, el secretario felicitó al Comité Provincial del "
    "Partido de Nghe An por la exitosa organización del XX Congreso Provincial del Partido, período 2025-2030.",
    "ar": VISIT + "على النجاح في تنظيم مؤتمر الحزب الإقليمي العشرين للفترة 2025-2030.",
}


def test_congratulated_congress_at_a_ceremony_is_a_congress():
    for lang, text in AT_CEREMONY.items():
        meetings = extract(Article("t", text, lang=lang)).meetings
        assert [(m.kind, m.date) for m in meetings][1:] == [("congress", "2025")], lang
