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


# review27 Medium 6 on 9aa6f02c: the sentence after a January meeting's tells the year after only for a year it
# names as the review's object; a review of a project's progress names none (tests/test_dates27.py NEXT stays)
NO_YEAR_REVIEWED = {
    "en": (
        "On January 8, the Nghe An Provincial People's Committee held a meeting on the ring road project. "
        "At the meeting, delegates assessed the progress of the project, which started in 2025."
    ),
    "fr": (
        "Le 8 janvier, le Comité populaire de la province de Nghe An a tenu une réunion sur le projet de route "
        "périphérique. Lors de la réunion, les délégués ont évalué l'avancement du projet, lancé en 2025."
    ),
    "es": (
        "El 8 de enero, el Comité Popular de la provincia de Nghe An celebró una reunión sobre el proyecto de la "
        "carretera de circunvalación. En la reunión, los delegados evaluaron el avance del proyecto, iniciado en 2025."
    ),
    "pl": (
        "8 stycznia Komitet Ludowy prowincji Nghe An zorganizował posiedzenie w sprawie projektu obwodnicy. "
        "Podczas posiedzenia delegaci ocenili postęp projektu, rozpoczętego w 2025 r."
    ),
}


@pytest.mark.parametrize("lang", sorted(NO_YEAR_REVIEWED))
def test_a_review_of_no_named_year_in_the_next_sentence_moves_no_january_meeting(lang: str) -> None:
    assert [m.date for m in extracted(NO_YEAR_REVIEWED[lang], lang).meetings] == ["2025-01-08"]
