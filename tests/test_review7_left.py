"""Findings of review7 (docs/reviews/review7.md) left open and fixed later: items 22, 6, 3 + 20, 7 and 9. Each case
is a sentence of the shape in a language the rule reads; the guards keep what held."""

import pytest

from tests.helpers import extracted


def _roles(text: str, lang: str) -> dict[str, set[str]]:
    return {o.name: {p.role for p in o.positions} for o in extracted(text, lang).officials}


# item 22: an Arabic VSO verb, a provincial title, السيد and a name: the name is the subject, the title its own (the
# Vietnamese "Chủ tịch UBND tỉnh, ông A tiếp đoàn ...", the verb put first by the translation)
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "صباح يوم 10 مارس، استقبل رئيس اللجنة الشعبية للمقاطعة السيد نجوين فان آن وفدا من شركة سامسونج.",
            "chair",
        ),
        ("التقى أمين لجنة الحزب الإقليمية السيد نجوين فان آن بالناخبين في المنطقة.", "secretary"),
        ("وشكر رئيس اللجنة الشعبية الإقليمية السيد نجوين فان آن الوفد على الزيارة.", "chair"),
        ("وبعث نائب رئيس اللجنة الشعبية الإقليمية السيد نجوين فان آن رسالة تهنئة إلى الشركة.", "vice_chair"),
        ("استقبل رئيس اللجنة الشعبية للمقاطعة السيد نجوين فان آن السفير الياباني.", "chair"),
    ],
)
def test_a_provincial_title_after_a_verb_and_before_mr_is_the_subjects_own(text, role):
    assert role in _roles(text, "ar").get("Nguyen Van An", set())


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a central office is written with no courtesy title of its own: the name after السيد is the object
        ("استقبل رئيس الوزراء السيد نجوين فان آن، سفير فيتنام.", "prime_minister"),
        ("التقى رئيس الدولة السيد نجوين فان آن في هانوي.", "state_president"),
        # a verb acting on a person by its sense: assigned, congratulated
        ("كلف رئيس اللجنة الشعبية للمقاطعة السيد نجوين فان آن بمتابعة المشروع.", "chair"),
        ("هنأ رئيس اللجنة الشعبية للمقاطعة السيد نجوين فان آن على تعيينه.", "chair"),
        # an oblique honorific (de "Herrn", cs "pana"): the name is the object
        ("Am Montag empfing der Vorsitzende des Volkskomitees der Provinz Herrn Nguyen Van An.", "chair"),
        ("V pondělí přijal předseda lidového výboru provincie pana Nguyen Van An.", "chair"),
    ],
)
def test_the_object_reading_holds_where_the_sense_or_the_office_asks_it(text, role):
    lang = {"Am": "de", "V ": "cs"}.get(text[:2], "ar")
    assert role not in _roles(text, lang).get("Nguyen Van An", set())
