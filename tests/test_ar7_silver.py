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
