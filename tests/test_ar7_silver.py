"""Arabic rules found from the blind silver set /work/silver/ar7 (meetings, chairs, dates) and probes written
in the style of the Arabic machine translations (not copied from one article), each checking one rule or pack
entry."""

from __future__ import annotations

import pytest

from tests.helpers import extracted


def meetings(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(m.date, tuple(m.chairs)) for m in extracted(text, lang="ar").meetings]


@pytest.mark.parametrize(
    "opening",
    [
        "يوم 15/3/2024،",
        "صباح يوم 15/3/2024،",
        "بتاريخ 15/3/2024،",
        "في يوم 15-3-2024،",
        "يومي 15 و16/3/2024،",
    ],
)
def test_a_numeric_date_after_a_day_word_dates_the_meeting(opening):
    text = f"{opening} عقدت اللجنة الشعبية الإقليمية اجتماعا لمراجعة الاستثمار العام."
    assert [d for d, _ in meetings(text)] == ["2024-03-15"]


@pytest.mark.parametrize(
    "tail",
    [
        "وشارك فيه الرفيق لي فان تام، عضو اللجنة الدائمة للحزب الإقليمي.",
        "وكان من بين الحاضرين الرفيق لي فان تام، عضو اللجنة الدائمة للحزب الإقليمي.",
        "وشارك في الاجتماع أيضا الرفيق لي فان تام، عضو اللجنة الدائمة للحزب الإقليمي.",
    ],
)
def test_who_took_part_after_the_chair_does_not_chair(tail):
    text = f"في 15 مارس 2024، ترأس الاجتماع الرفيق نجوين فان دي، نائب رئيس اللجنة الشعبية الإقليمية، {tail}"
    assert meetings(text) == [("2024-03-15", ("Nguyen Van De",))]


@pytest.mark.parametrize("session", ["جلسة عمل مع", "اجتماعا للعمل مع", "اجتماعا مع"])
def test_the_counterpart_of_a_working_session_does_not_chair(session):
    text = (
        "في 15 مارس 2024، ترأس الرفيق نجوين فان دي، نائب رئيس اللجنة الشعبية الإقليمية، "
        f"{session} الرفيق لي فان تام، مدير إدارة الإنشاءات."
    )
    assert meetings(text) == [("2024-03-15", ("Nguyen Van De",))]


def test_a_government_steering_committee_is_central():
    text = (
        "وفي صباح يوم 17 مايو 2025، ترأس رئيس الوزراء فام مينه تشينه، رئيس اللجنة التوجيهية الحكومية المعنية "
        "بالعلوم والتكنولوجيا، الاجتماع الثاني."
    )
    organizer = extracted(text, lang="ar").meetings[0].organizer
    assert (organizer.org, organizer.level) == ("steering_committee", "central")
