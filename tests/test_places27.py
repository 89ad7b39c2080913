"""places27: the province a post is placed in (stop 40): a visiting delegation's province is not the article's, in
every language where the construction exists (docs/conventions.md, "places27")."""

import pytest

from kg import gazetteer
from kg.lang import load_pack
from kg.text import fold_aligned
from tests.helpers import extracted

# 1. a host receives another province's delegation: the visitor's province, named in the delegation's own body
# ('the delegation of the Vinh Phuc Provincial Party Committee'), is not the province the article is about, so the
# host's posts that write no place are not placed there (reg-all u-de-0004: Ninh Thuan's leaders read Vinh Phuc's)
_HOST = {
    "de": "Genosse Tran Quoc Nam, Vorsitzender des Provinzvolkskomitees, empfing die Delegation des "
    "Provinzparteikomitees von Vinh Phuc. Die Delegation des Parteikomitees der Provinz Vinh Phuc lernte Ninh Thuan "
    "kennen.",
    "en": "Mr. Tran Quoc Nam, Chairman of the Provincial People's Committee, received the delegation of the Vinh Phuc "
    "Provincial Party Committee. The delegation of the Vinh Phuc Provincial Party Committee learned about Ninh Thuan.",
    "vi": "Đồng chí Trần Quốc Nam, Chủ tịch Ủy ban nhân dân tỉnh, tiếp đoàn công tác Tỉnh ủy Vĩnh Phúc. Đoàn công tác "
    "Tỉnh ủy Vĩnh Phúc tìm hiểu về Ninh Thuận.",
    "fr": "M. Tran Quoc Nam, président du Comité populaire provincial, a reçu la délégation du Comité provincial du "
    "Parti de Vinh Phuc. La délégation du Comité provincial du Parti de Vinh Phuc a découvert Ninh Thuan.",
    "es": "El señor Tran Quoc Nam, presidente del Comité Popular Provincial, recibió a la delegación del Comité "
    "Provincial del Partido de Vinh Phuc. La delegación del Comité Provincial del Partido de Vinh Phuc conoció Ninh "
    "Thuan.",
    "pl": "Towarzysz Tran Quoc Nam, przewodniczący Prowincjonalnego Komitetu Ludowego, przyjął delegację Komitetu "
    "Partii Prowincji Vinh Phuc. Delegacja Komitetu Partii Prowincji Vinh Phuc poznała Ninh Thuan.",
    "ar": "استقبل الرفيق تران كوك نام، رئيس اللجنة الشعبية الإقليمية، وفد لجنة الحزب في مقاطعة فينه فوك. وتعرف وفد "
    "لجنة الحزب في مقاطعة فينه فوك على مقاطعة نينه ثوان.",
}


@pytest.mark.parametrize("lang", sorted(_HOST))
def test_visiting_delegation_is_no_article_province(lang):
    x = extracted(_HOST[lang], lang)
    assert x.province == "Ninh Thuan"
    chair = next(o for o in x.officials if o.name == "Tran Quoc Nam")
    assert {p.body.place for p in chair.positions if p.role == "chair"} == {"Ninh Thuan"}


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("de", "beim Empfang der Delegation des Parteikomitees der Provinz Vinh Phuc. Foto", "Delegation"),
        ("vi", "tiếp đoàn công tác Tỉnh ủy Vĩnh Phúc tại tỉnh Ninh Thuận", "đoàn công tác Tỉnh ủy Vĩnh Phúc"),
        (
            "ar",
            "وفد عمل من اللجنة الدائمة للجنة الحزب في مقاطعة ثانه هوا يزور مقاطعة لام دونغ",
            "وفد عمل من اللجنة الدائمة للجنة الحزب في مقاطعة ثانه هوا",
        ),
        (
            "en",
            "received the delegation of the Vinh Phuc Provincial Party Committee in Ninh Thuan",
            "delegation",
        ),
    ],
)
def test_visitor_span_ends_at_its_place(lang, text, span):
    """The span covers the group, its bodies and its own place, not the host's after it."""
    found = [text[a:b] for a, b in gazetteer.visitor_spans(text, fold_aligned(text), load_pack(lang))]
    assert len(found) == 1 and found[0].startswith(span)
    assert "Ninh Thuan" not in found[0] and "Ninh Thuận" not in found[0] and "لام دونغ" not in found[0]


# guards: a delegation that is the province's own body or goes to a congress, a central body's group, and a group
# that acts on the host's body (a verb between) name no visitor
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Head of the Delegation of the National Assembly of Lai Chau province"),
        ("vi", "Trưởng Đoàn đại biểu Quốc hội tỉnh Lai Châu"),
        ("pl", "przewodnicząca Delegacji Zgromadzenia Narodowego prowincji Lai Chau"),
        ("ar", "رئيس وفد الجمعية الوطنية لمقاطعة هاي دونغ"),
        ("pl", "Delegację Komitetu Partii Prowincji Bac Ninh na 14. Ogólnokrajowy Zjazd Partii"),
        ("es", "Delegación del Comité del Partido de la ciudad de Hai Phong que asistirá al XIV Congreso"),
        ("ar", "وفد الحكومة بزيارة لام دونج"),
        ("en", "the delegation worked with the Provincial Party Committee of Ninh Thuan"),
        ("de", "Die Delegation besuchte das Provinzparteikomitee von Ninh Thuan"),
    ],
)
def test_no_visitor_span(lang, text):
    assert gazetteer.visitor_spans(text, fold_aligned(text), load_pack(lang)) == []
