"""review27 (stop 40): the reviewer's fixes of this session's Mediums left open by their authors
(docs/reviews/review27.md), each case failing without its fix, with guards of the readings nearby."""

import pytest

from tests.helpers import meetings_of


def _dates(text: str, lang: str) -> list[str | None]:
    return [m[0] for m in meetings_of(text, lang)]


# Medium 2 (a1944aae): a January review is of the year before only when a year's work is its object; a finite review
# verb of the meeting's own clause ('and assessed the progress of the project', 'that reviewed the list of key projects
# to start in 2025') reviews no year (it was dated a year late), nor a next sentence's year that is no review's object
# ('The meeting reviewed the list of projects to start in 2025'). Guards: Mediums 6 and 9 as 7267b302 and 9ebf6b86
# mend them, a year's work reviewed in the meeting's or the next sentence, a December plan of the next year.
NOT_A_YEAR_REVIEWED = [
    (
        "en",
        "On January 8, the Nghe An Provincial People's Committee held a meeting and assessed the progress of the ring "
        "road project.\nThe project, started in 2025, costs VND 2,000 billion.",
        "2025-01-08",
    ),
    (
        "en",
        "On January 12, the Nghe An Provincial People's Committee held a meeting that reviewed the list of key "
        "projects to start in 2025.",
        "2025-01-12",
    ),
    (
        "es",
        "El 12 de enero, el Comité Popular Provincial de Nghe An celebró una reunión que examina la lista de "
        "proyectos clave que comenzarán en 2025.",
        "2025-01-12",
    ),
    (
        "pl",
        "12 stycznia Prowincjonalny Komitet Ludowy Nghe An odbył posiedzenie, które oceniło ryzyko suszy w 2025 r.",
        "2025-01-12",
    ),
    (
        "de",
        "Am 12. Januar hielt das Volkskomitee der Provinz Nghe An eine Sitzung ab und überprüfte die Vorbereitungen "
        "für das Mondneujahr 2025.",
        "2025-01-12",
    ),
    (
        "ar",
        "في 12 يناير، عقدت اللجنة الشعبية لمقاطعة نغي آن اجتماعا راجعت فيه قائمة المشاريع الرئيسية التي ستبدأ في "
        "عام 2025.",
        "2025-01-12",
    ),
    (
        "en",
        "On January 8, the Nghe An Provincial People's Committee held a meeting on the ring road project. At the "
        "meeting, delegates assessed the progress of the project.\nIn 2025, the province plans to finish it.",
        "2025-01-08",
    ),
    (
        "vi",
        "Ngày 8/1, UBND tỉnh Nghệ An tổ chức hội nghị về dự án đường vành đai. Tại hội nghị, các đại biểu đã đánh "
        "giá tiến độ dự án.\nNăm 2025, tỉnh phấn đấu hoàn thành dự án.",
        "2025-01-08",
    ),
    (
        "fr",
        "Le 8 janvier, le Comité populaire provincial de Nghe An a tenu une réunion sur le projet de rocade. Lors de "
        "la réunion, les délégués ont évalué l'avancement du projet.\nEn 2025, la province prévoit de l'achever.",
        "2025-01-08",
    ),
    (
        "pl",
        "8 stycznia Prowincjonalny Komitet Ludowy Nghe An odbył posiedzenie w sprawie obwodnicy. Podczas "
        "posiedzenia delegaci ocenili postęp projektu.\nW 2025 r. prowincja planuje go ukończyć.",
        "2025-01-08",
    ),
    (
        "ar",
        "في 8 يناير، عقدت اللجنة الشعبية لمقاطعة نغي آن اجتماعا بشأن مشروع الطريق الدائري. وفي الاجتماع، راجع "
        "المندوبون تقدم المشروع.\nفي عام 2025، تخطط المقاطعة لإنجازه.",
        "2025-01-08",
    ),
    (
        "en",
        "On January 8, the Nghe An Provincial People's Committee held a meeting on investment. The meeting reviewed "
        "the list of projects to start in 2025.",
        "2025-01-08",
    ),
    (
        "en",
        "On December 20, the Nghe An Provincial People's Committee held a conference on the provincial master plan. "
        "The conference set the targets for 2030.\nIn 2025, the province grew 8%.",
        "2025-12-20",
    ),
    (
        "pl",
        "20 grudnia Prowincjonalny Komitet Ludowy Nghe An zorganizował konferencję. Konferencja wyznaczyła cele na "
        "2030 r.\nW 2025 r. prowincja wzrosła o 8%.",
        "2025-12-20",
    ),
    # guards: a year's work reviewed (own sentence, next sentence, a subject after the verb), a December plan of the
    # next year
    (
        "en",
        "On January 15, the Nghe An Provincial People's Committee held a conference that reviewed the work of 2024.",
        "2025-01-15",
    ),
    (
        "ar",
        "في 8 يناير، عقدت اللجنة الدائمة للحزب في مقاطعة لام دونغ مؤتمرا. وفي المؤتمر، راجع المندوبون أعمال عام 2025.",
        "2026-01-08",
    ),
    (
        "de",
        "Am 8. Januar hielt der Ständige Ausschuss des Parteikomitees der Provinz Lam Dong eine Konferenz ab. Auf "
        "der Konferenz bewerteten die Delegierten die Arbeit des Jahres 2025.",
        "2026-01-08",
    ),
    (
        "en",
        "On December 20, the Lam Dong Provincial People's Committee held a conference. The conference deployed the "
        "tasks for 2026.",
        "2025-12-20",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    NOT_A_YEAR_REVIEWED,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_A_YEAR_REVIEWED)],
)
def test_a_review_dates_a_meeting_only_when_a_year_s_work_is_its_object(lang, text, want):
    assert _dates(text, lang) == [want]
