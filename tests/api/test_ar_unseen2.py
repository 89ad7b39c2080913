"""Arabic titles and chairs found by a second reading of unlabelled Arabic articles: sentences
written in their style (not copied from one article), each checking one rule or pack entry."""

from __future__ import annotations

import pytest

from tests.api.test_ar_unseen import extract, posts


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("رئيس اللجنة الشعبية لبلدية فو لام", ("chair", "peoples_committee", "commune")),
        ("نائب رئيس اللجنة الشعبية لمقاطعة كوانغ نام", ("vice_chair", "peoples_committee", "provincial")),
        ("سكرتير لجنة الحزب لبلدية تان هوا", ("secretary", "party_committee", "commune")),
    ],
)
@pytest.mark.parametrize("between", ["، السيد ", " ", "، "])
def test_a_title_ending_with_a_place_written_in_arabic_is_the_next_names(title, expected, between):
    # the place after the level word may be a commune the gazetteer lacks: its words still spell
    # Vietnamese syllables, so the title reaches the name written after it
    text = f"وأكد {title}{between}تران فان لوك أن البلدية أبلغت السكان بمقر العمل الجديد."
    assert expected in posts(text)["تران فان لوك"]


def test_a_verb_after_a_level_word_is_no_place():
    # an Arabic word that spells no Vietnamese syllable ends the title: it is not the next name's
    text = "قال رئيس اللجنة الشعبية للبلدية يستقبل المواطنين إن تران فان لوك وصل."
    assert ("chair", "peoples_committee", "commune") not in posts(text).get("تران فان لوك", set())


# --- meetings


@pytest.mark.parametrize(
    "sentence",
    [
        "في صباح يوم 14 أكتوبر، نظمت اللجنة الشعبية لمنطقة كي آنه حفلاً رسمياً لإعلان البلدية.",
        "في صباح يوم 14 أكتوبر، أقيم حفل إعلان البلدية عن استيفائها للمعايير الريفية الجديدة.",
        "في صباح يوم 14 أكتوبر، أقيمت مراسم افتتاح الطريق الجديد في البلدية.",
    ],
)
def test_a_ceremony_held_on_a_day_is_a_meeting(sentence):
    meetings = extract(sentence, published="2024-10-14").meetings
    assert [m.date for m in meetings] == ["2024-10-14"]
    assert meetings[0].kind == "ceremony"


def test_a_ceremony_named_without_a_day_or_holding_verb_later_on_is_no_meeting():
    text = (
        "تضم البلدية 1500 أسرة وتعيش فيها عدة مجموعات عرقية.\n"
        "يعمل السكان في الزراعة.\n"
        "ويأمل الأهالي أن يروا يوماً حفلاً لإعلان البلدية نموذجية."
    )
    assert extract(text).meetings == []


def test_working_with_written_with_the_contracted_article_is_a_working_session():
    # "للعمل مع" is ل + العمل مع: the same working session as "العمل مع"
    text = (
        "في صباح يوم 10 مارس، قاد نائب رئيس الوزراء تران فان لوك وفداً للعمل مع قادة المقاطعة "
        "لمراجعة المشاريع."
    )
    meetings = extract(text, published="2025-03-10").meetings
    assert [(m.date, m.kind) for m in meetings] == [("2025-03-10", "working_session")]


def test_those_named_after_with_the_participation_of_attend_and_do_not_chair():
    text = (
        "في صباح يوم 15 أكتوبر، ترأس المؤتمر الأمين العام تران فان لوك، رئيس اللجنة التوجيهية، "
        "بمشاركة نجوين هوو ثانه، عضو المكتب السياسي، وفام كوانغ هاي، عضو الأمانة العامة."
    )
    meetings = extract(text, published="2025-10-15").meetings
    assert [m.chairs for m in meetings] == [["Tran Van Loc"]]


# --- offices of central state bodies


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("رئيس مكتب الجمعية الوطنية", ("head", "other", "central")),
        ("نائب رئيس مكتب الرئيس", ("deputy_head", "other", "central")),
        ("رئيس مكتب الحكومة", ("head", "other", "central")),
    ],
)
def test_the_head_of_a_central_office_is_no_chair_of_its_body(title, expected):
    # "رئيس مكتب الجمعية الوطنية" heads the National Assembly's office: he does not chair the Assembly
    text = f"وقدم {title} تران فان لوك تقريراً عن نتائج العمل."
    found = posts(text)["تران فان لوك"]
    assert expected in found
    assert not {("chair", "national_assembly", "central"), ("state_president", "other", "central")} & found


@pytest.mark.parametrize("verb", ["أعلن", "قدم", "أكد"])
def test_a_title_before_a_comma_and_a_verb_is_not_the_next_names(verb):
    # "بتفويض من الرئيس، أعلن ...": the President authorised; the one who announced is the name
    text = f"بتفويض من الرئيس، {verb} نائب رئيس مكتب الرئيس تران فان لوك القرارات الجديدة."
    assert posts(text)["تران فان لوك"] == {("deputy_head", "other", "central")}


def test_two_titles_separated_by_a_comma_and_a_conjunction_still_chain():
    text = "وقال أمين لجنة الحزب الإقليمية، ورئيس اللجنة الشعبية الإقليمية تران فان لوك إن المقاطعة مستعدة."
    assert posts(text)["تران فان لوك"] == {
        ("secretary", "party_committee", "provincial"),
        ("chair", "peoples_committee", "provincial"),
    }


@pytest.mark.parametrize("plural", ["والأعضاء الدائمين في", "والأمناء في"])
def test_a_plural_with_the_article_after_a_title_names_other_people(plural):
    text = (
        f"عقد المؤتمر برئاسة الأمين العام تران فان لوك، رئيس اللجنة التوجيهية {plural} "
        "اللجنة التوجيهية المركزية لمكافحة الفساد."
    )
    found = posts(text)["تران فان لوك"]
    assert ("head", "steering_committee", "central") in found
    assert not any(role in ("member", "standing_member", "secretary") for role, _, _ in found)


def test_the_secretary_of_the_central_public_security_party_committee_is_no_secretariat_member():
    text = (
        "وحضر الجنرال تران فان لوك، عضو المكتب السياسي، وأمين لجنة الحزب المركزية للأمن العام، "
        "ووزير الأمن العام، المؤتمر."
    )
    found = posts(text)["تران فان لوك"]
    assert ("secretary", "party_committee", "central") in found
    assert ("member", "secretariat", "central") not in found


def test_a_department_of_a_ministry_written_in_brackets_is_central():
    text = (
        "وبحسب السيد تران فان لوك، نائب مدير إدارة الطرق والنقل (وزارة البناء)، فإن المشروع "
        "يمر عبر مقاطعة ها تينه."
    )
    assert posts(text)["تران فان لوك"] == {("deputy_director", "department", "central")}
