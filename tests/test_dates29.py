"""dates29 (stop 41): the meetings' dates in the 7 languages (docs/dates.md "dates29").

1. pl 'Projekt zatwierdzono w 2020 r. 20 grudnia Komitet Ludowy ... zorganizował konferencję, aby wdrożyć zadania na
   2025 r.': 2020-12-20 (the year's abbreviation 'r.' ended no sentence, so the background year was the meeting's
   sentence's). Now a year's abbreviation before a sentence that opens with its day and a month word ends it:
   2024-12-20, as in the other six.
2. A plan's year after a year's noun ('les tâches de l'année 2025', 'die Aufgaben des Jahres 2025', 'مهام العام 2025')
   on 20 December: 2025-12-20 in fr, de, ar (the noun longer than the three short words a plan's year may stand
   after), 2024-12-20 in en ('the tasks of the year 2025'), es, pl, vi. Now a ``year_noun`` cue may stand there too.
"""

import pytest

from tests.helpers import meetings_of


def _dates(text: str, lang: str) -> list[str | None]:
    return [m[0] for m in meetings_of(text, lang)]


# 1. a background year, then a December meeting that deploys the next year's tasks
BACKGROUND = {
    "en": "The project was approved in 2020. ",
    "fr": "Le projet a été approuvé en 2020. ",
    "es": "El proyecto fue aprobado en 2020. ",
    "de": "Das Projekt wurde 2020 genehmigt. ",
    "pl": "Projekt zatwierdzono w 2020 r. ",
    "ar": "تمت الموافقة على المشروع في عام 2020. ",
    "vi": "Dự án được phê duyệt năm 2020. ",
}
TASKS = {
    "en": "On December 20, the Nghe An Provincial People's Committee held a conference to deploy the tasks for 2025.",
    "fr": "Le 20 décembre, le Comité populaire de la province de Nghe An a tenu une conférence pour déployer les tâches "
    "pour 2025.",
    "es": "El 20 de diciembre, el Comité Popular de la provincia de Nghe An celebró una conferencia para desplegar las "
    "tareas para 2025.",
    "de": "Am 20. Dezember hielt das Volkskomitee der Provinz Nghe An eine Konferenz ab, um die Aufgaben für 2025 "
    "umzusetzen.",
    "pl": "20 grudnia Komitet Ludowy prowincji Nghe An zorganizował konferencję, aby wdrożyć zadania na 2025 r.",
    "ar": "في 20 ديسمبر، عقدت اللجنة الشعبية لمقاطعة نغي آن مؤتمرا لتنفيذ مهام عام 2025.",
    "vi": "Ngày 20/12, UBND tỉnh Nghệ An tổ chức hội nghị triển khai nhiệm vụ năm 2025.",
}
PL_TASKS = [
    "20 grudnia Komitet Ludowy prowincji Nghe An zorganizował konferencję w celu wdrożenia zadań na 2025 rok.",
    "20 grudnia Komitet Ludowy prowincji Nghe An zorganizował konferencję, aby wdrożyć zadania na rok 2025.",
]


@pytest.mark.parametrize(
    ("lang", "text"),
    [*TASKS.items(), *(("pl", t) for t in PL_TASKS)],
    ids=[*TASKS, *(f"pl-{i}" for i in range(len(PL_TASKS)))],
)
def test_the_next_year_s_tasks_after_a_background_year_date_the_year_before(lang, text):
    assert _dates(BACKGROUND[lang] + text, lang) == ["2024-12-20"]
    assert _dates(text, lang) == ["2024-12-20"]


def test_a_year_s_abbreviation_before_a_day_and_its_month_ends_the_sentence():
    from kg.lang import load_pack
    from kg.text import sentences

    pl = load_pack("pl")
    cut = [
        str(s) for s in sentences("Projekt zatwierdzono w 2020 r. 20 grudnia Komitet Ludowy zebrał się.", pl)
    ]
    assert cut == ["Projekt zatwierdzono w 2020 r.", "20 grudnia Komitet Ludowy zebrał się."]
    glued = [
        str(s) for s in sentences("Projekt zatwierdzono 12 marca 2020r. 20 grudnia Komitet zebrał się.", pl)
    ]
    assert len(glued) == 2
    # (guards: a date's year before the body that met, a count after 'od 2020 r.': one sentence)
    for whole in (
        "W dniu 20 grudnia 2025 r. Komitet Ludowy prowincji Nghe An zorganizował konferencję.",
        "Od 2020 r. 5 osób pracuje w komitecie.",
    ):
        assert [str(s) for s in sentences(whole, pl)] == [whole]
    assert _dates(
        "W dniu 20 grudnia 2025 r. Komitet Ludowy prowincji Nghe An zorganizował konferencję.", "pl"
    ) == ["2025-12-20"]


# 2. the next year's tasks named with a year's noun
YEAR_NOUN = {
    lang: TASKS[lang].replace(old, new)
    for lang, old, new in [
        ("en", "for 2025.", "of the year 2025."),
        ("fr", "pour 2025.", "de l'année 2025."),
        ("es", "para 2025.", "del año 2025."),
        ("de", "für 2025", "des Jahres 2025"),
        ("pl", "na 2025 r.", "na rok 2025."),
        ("ar", "مهام عام 2025", "مهام العام 2025"),
        ("vi", "nhiệm vụ năm 2025", "nhiệm vụ của năm 2025"),
    ]
}


@pytest.mark.parametrize(("lang", "text"), YEAR_NOUN.items(), ids=list(YEAR_NOUN))
def test_the_next_year_s_tasks_named_with_a_year_s_noun_date_the_year_before(lang, text):
    assert _dates(text, lang) == ["2024-12-20"]
    assert _dates(BACKGROUND[lang] + text, lang) == ["2024-12-20"]


# (guards: the year's results are no plan's: the meeting of that December)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On December 20, the Nghe An Provincial People's Committee held a conference to review the results of the "
            "year 2025.",
        ),
        (
            "fr",
            "Le 20 décembre, le Comité populaire de la province de Nghe An a tenu une conférence pour faire le bilan "
            "des résultats de l'année 2025.",
        ),
        ("vi", "Ngày 20/12, UBND tỉnh Nghệ An tổ chức hội nghị tổng kết kết quả của năm 2025."),
    ],
)
def test_the_year_s_results_named_with_a_year_s_noun_keep_the_year(lang, text):
    assert _dates(text, lang) == ["2025-12-20"]
