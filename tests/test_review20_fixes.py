"""review20's fix (docs/reviews/review20.md, Medium 5): en 'evaluate' and 'assess' are ``review`` cues, as fr
'évaluer'. Since 6e2f8c2d a late-year meeting whose one year is a plan's is of the year before; an English year-end
meeting that assesses the year's tasks ('to assess the implementation of tasks in 2025' on 20 December) was read as
one planning them and dated a year early."""

import pytest

from kg.extract import extract
from kg.model import Article


def _dates(lang: str, text: str) -> list:
    return [m.date for m in extract(Article("t", text, lang=lang)).meetings]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "On December 20, 2025, the Provincial Party Committee held a conference to assess the implementation of "
            "tasks in 2025.",
            "2025-12-20",
        ),
        (
            "On December 20, the Provincial Party Committee held a conference to assess the implementation of tasks "
            "in 2025.",
            "2025-12-20",
        ),
        (
            "On December 20, the Provincial People's Committee held a meeting to evaluate the tasks of 2025 and set "
            "directions.",
            "2025-12-20",
        ),
        (
            "On December 20, the Provincial People's Council held its regular session, evaluating the performance of "
            "socio-economic tasks in 2025.",
            "2025-12-20",
        ),
        # (a January meeting that assesses a year's work is held the year after, as 'to review')
        (
            "On January 15, the Provincial Party Committee held a conference to assess the work of 2025.",
            "2026-01-15",
        ),
        # (guard: a plan's year still dates a December meeting the year before)
        (
            "On December 20, the Provincial Party Committee held a conference to deploy tasks for 2026.",
            "2025-12-20",
        ),
    ],
)
def test_a_year_end_meeting_that_assesses_the_years_tasks_is_of_that_year(text, date):
    assert _dates("en", text) == [date]
