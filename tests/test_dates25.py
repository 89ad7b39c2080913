"""dates25: what docs/dates.md's dates24 left open, each in the 7 languages, with the guards that keep the nearby right
readings (docs/dates.md "dates25").

1. An opening session is the congress's own: a lead naming it ('Attending the opening session were 396 official
   delegates.', 'وحضر الجلسة الافتتاحية 396 مندوبًا') and then a sentence naming only a congress with its term is
   that congress, dated by the term it opens (mt32ar-01); another sitting's lead stays the undated sitting.
"""

import pytest

from tests.helpers import extracted


def _meetings(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    return [(m.date, m.kind) for m in extracted(text, lang).meetings]


# 1. an opening session, then the congress it opens named with its term
OPENING = {
    "en": "Attending the opening session were 396 official delegates representing nearly 74,000 party members. The 1st "
    "Congress of Delegates of the Khanh Hoa Provincial Party Committee (term 2025 - 2030) announced the decision of the "
    "Politburo.",
    "ar": "وحضر الجلسة الافتتاحية 396 مندوبًا رسميًا يمثلون ما يقرب من 74000 عضو في الحزب. أعلن مؤتمر مندوبي لجنة الحزب "
    "لمقاطعة خانه هوا الأول (للفترة 2025-2030) قرار المكتب السياسي.",
    "fr": "Ont assisté à la séance d'ouverture 396 délégués officiels représentant près de 74 000 membres du Parti. Le 1er "
    "Congrès des délégués du Comité provincial du Parti de Khanh Hoa (mandat 2025-2030) a annoncé la décision du Bureau "
    "politique.",
    "es": "A la sesión de apertura asistieron 396 delegados oficiales que representan a casi 74.000 militantes. El 1.er "
    "Congreso de Delegados del Comité Provincial del Partido de Khanh Hoa (mandato 2025-2030) anunció la decisión del "
    "Buró Político.",
    "de": "An der Eröffnungssitzung nahmen 396 offizielle Delegierte teil, die fast 74.000 Parteimitglieder vertreten. Der "
    "1. Delegiertenkongress des Provinzparteikomitees Khanh Hoa (Amtszeit 2025-2030) gab die Entscheidung des "
    "Politbüros bekannt.",
    "pl": "W sesji otwierającej wzięło udział 396 oficjalnych delegatów reprezentujących blisko 74 000 członków partii. I "
    "Zjazd Delegatów Komitetu Partii Prowincji Khanh Hoa (kadencja 2025-2030) ogłosił decyzję Biura Politycznego.",
    "vi": "Dự phiên khai mạc có 396 đại biểu chính thức đại diện cho gần 74.000 đảng viên. Đại hội đại biểu Đảng bộ tỉnh "
    "Khánh Hòa lần thứ I (nhiệm kỳ 2025 - 2030) đã công bố quyết định của Bộ Chính trị.",
}


@pytest.mark.parametrize("lang", sorted(OPENING))
def test_an_opening_session_is_the_congress_named_next(lang):
    assert _meetings(OPENING[lang], lang) == [("2025", "congress")]


# (guards: a sitting that opens nothing, a council's, before the congress named next stays the undated sitting; an
# opening session followed by another kind of meeting too)
SITTING = {
    "en": "Attending the session were 50 delegates of the Provincial People's Council. The 1st Congress of Delegates of "
    "the Khanh Hoa Provincial Party Committee (term 2025 - 2030) announced the decision of the Politburo.",
    "ar": "وحضر الجلسة 50 مندوبًا من مجلس الشعب الإقليمي. أعلن مؤتمر مندوبي لجنة الحزب لمقاطعة خانه هوا الأول (للفترة "
    "2025-2030) قرار المكتب السياسي.",
    "fr": "Ont assisté à la session 50 délégués du Conseil populaire provincial. Le 1er Congrès des délégués du Comité "
    "provincial du Parti de Khanh Hoa (mandat 2025-2030) a annoncé la décision du Bureau politique.",
    "es": "A la sesión asistieron 50 delegados del Consejo Popular Provincial. El 1.er Congreso de Delegados del Comité "
    "Provincial del Partido de Khanh Hoa (mandato 2025-2030) anunció la decisión del Buró Político.",
    "de": "An der Sitzung nahmen 50 Delegierte des Provinzvolksrates teil. Der 1. Delegiertenkongress des "
    "Provinzparteikomitees Khanh Hoa (Amtszeit 2025-2030) gab die Entscheidung des Politbüros bekannt.",
    "pl": "W sesji wzięło udział 50 delegatów Prowincjonalnej Rady Ludowej. I Zjazd Delegatów Komitetu Partii Prowincji "
    "Khanh Hoa (kadencja 2025-2030) ogłosił decyzję Biura Politycznego.",
}


@pytest.mark.parametrize("lang", sorted(SITTING))
def test_another_sitting_before_a_congress_stays_the_sitting(lang):
    assert _meetings(SITTING[lang], lang) == [(None, "session")]


def test_an_opening_session_before_another_meeting_stays_the_sitting():
    text = (
        "Attending the opening session were 396 official delegates. The Standing Committee then met to discuss the "
        "budget for 2026."
    )
    assert _meetings(text, "en") == [(None, "session")]
