"""The lead's fixes of stop 40, each on sentences in the seven languages' style."""

from __future__ import annotations

import pytest

from tests.helpers import extracted

# review27 Medium 9 on a103f795: a December meeting whose next sentence plans a far year is not moved to the
# year before that plan; the plan of the next year still dates it (tests/test_dates27.py DECEMBER).
FAR_PLAN = {
    "en": (
        "On December 20, the Nghe An Provincial People's Committee held a conference on the provincial master plan. "
        "The conference set the targets for 2030. In 2025, the province grew 8%."
    ),
    "pl": (
        "20 grudnia Komitet Ludowy prowincji Nghe An zorganizował konferencję w sprawie planu prowincji. "
        "Konferencja wyznaczyła cele na 2030 r. W 2025 r. prowincja rozwinęła się o 8%."
    ),
    "ar": (
        "في 20 ديسمبر، عقدت اللجنة الشعبية لمقاطعة نغي آن مؤتمرا حول الخطة الرئيسية للمقاطعة. "
        "وحدد المؤتمر أهداف عام 2030. وفي عام 2025، نمت المقاطعة بنسبة 8%."
    ),
}


@pytest.mark.parametrize("lang", sorted(FAR_PLAN))
def test_a_far_plan_in_the_next_sentence_moves_no_december_meeting_forward(lang: str) -> None:
    assert [m.date for m in extracted(FAR_PLAN[lang], lang).meetings] == ["2025-12-20"]
