"""dates29 (stop 41): the meetings' dates in the 7 languages (docs/dates.md "dates29").

1. pl 'Projekt zatwierdzono w 2020 r. 20 grudnia Komitet Ludowy ... zorganizował konferencję, aby wdrożyć zadania na
   2025 r.': 2020-12-20 (the year's abbreviation 'r.' ended no sentence, so the background year was the meeting's
   sentence's). Now a year's abbreviation before a sentence that opens with its day and a month word ends it:
   2024-12-20, as in the other six.
2. A plan's year after a year's noun ('les tâches de l'année 2025', 'die Aufgaben des Jahres 2025', 'مهام العام 2025')
   on 20 December: 2025-12-20 in fr, de, ar (the noun longer than the three short words a plan's year may stand
   after), 2024-12-20 in en ('the tasks of the year 2025'), es, pl, vi. Now a ``year_noun`` cue may stand there too.
   A January review of 'the results of the tasks for 2024' gave 2024 in every language (the plan's year no year
   reviewed); now a result's word before the plan's noun in the review's clause makes it the year reviewed: 2025.
3. A January meeting held to review 'the work of the year' with an infinitive whose finite forms were rows: fr 'passer
   en revue' (a row valued ``finite``), 'résumer', es 'examinar', de 'auszuwerten', en 'sum up', ar 'لاستعراض', pl
   'podsumować' (no rows): 2025-01-08 in a text of 2025. Now rows as their languages' kin ('examiner', 'evaluar', 'zu
   bewerten', 'summarize', 'لمراجعة', 'podsumowanie'): 2026-01-08; the progress of a project keeps 2025.
4. A session closed after two working days, its day written: de V2 'Am 4. Dezember ging nach zwei Arbeitstagen die 20.
   Sitzung ... zu Ende' (the closing particle far after the days), en 'ended after two working days', fr 's'est
   achevée' (only the masculine was a row), ar 'وبعد يومي عمل' (the dual in a construct): the closing day. Now the
   first day (GOLD.md), as the other wordings give in all 7.
5. The real Arabic texts' date constructions in every month of both calendars ('في صباح يوم 5 من شهر ...', 'عصر يوم',
   'في فترة ما بعد الظهر من يوم', 'في يوم الجمعة الموافق', 'انعقد رسميا في', 'صباح اليوم، ...', '27 نوفمبر/تشرين الثاني
   2024'), Arabic-Indic digits too: all read but 'من شهر' before a Levantine name or a spelling without hamza ('5 من
   شهر كانون الأول 2025': the month alone, 2025-12). Now months.tsv has 'شهر' before every spelling: the day.
6. Kept (right already): the real Arabic and Polish texts' constructions rendered in all 7 (an earlier meeting told
   after ('Wcześniej, po południu 15 października', 'في وقت سابق، بعد ظهر يوم'), 'this afternoon' and the day in a comma
   insert ('بعد ظهر اليوم، 19 فبراير'), and the Polish day words of every month ('Rankiem', 'Po południu', 'Dnia').
"""

import pytest

from tests.helpers import meetings_of
from tests.test_dates28 import TAIL  # (a sentence that gives the text its year, 2025)


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


# (review28's dates28 case 'qui a évalué les résultats des tâches de l'année 2024' and its kin: a plan's year the
# review's results look back on, a result's word before the plan's noun in one clause, is the year reviewed)
_PPC = {
    "en": "On January 10, the Nghe An Provincial People's Committee held a conference",
    "fr": "Le 10 janvier, le Comité populaire de la province de Nghe An a tenu une conférence",
    "de": "Am 10. Januar hielt das Volkskomitee der Provinz Nghe An eine Konferenz ab",
    "ar": "في 10 يناير، عقدت اللجنة الشعبية لمقاطعة نغي آن مؤتمرا",
    "vi": "Ngày 10/1, UBND tỉnh Nghệ An tổ chức hội nghị",
}
RESULTS_OF_TASKS = [
    ("en", " that assessed the results of the tasks for 2024."),
    ("fr", " qui a évalué les résultats des tâches de 2024."),
    ("fr", " qui a évalué les résultats des tâches de l'année 2024."),
    ("de", " und bewertete die Ergebnisse der Aufgaben des Jahres 2024."),
    ("ar", " استعرضت فيه نتائج مهام العام 2024."),
    ("vi", " đánh giá kết quả thực hiện nhiệm vụ năm 2024."),
]


@pytest.mark.parametrize(
    ("lang", "text"), RESULTS_OF_TASKS, ids=[f"{c[0]}-{i}" for i, c in enumerate(RESULTS_OF_TASKS)]
)
def test_the_results_of_a_year_s_tasks_reviewed_in_january_date_the_year_after(lang, text):
    assert _dates(_PPC[lang] + text, lang) == ["2025-01-10"]


# (guards: the next year's plan after the review, a comma or a conjunction between: that year's January)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", " tổng kết công tác năm, triển khai nhiệm vụ năm 2025."),
        ("en", " to review the results and deploy the tasks for 2025."),
        ("fr", " pour évaluer les résultats et déployer les tâches de l'année 2025."),
    ],
)
def test_the_next_year_s_tasks_after_a_review_keep_their_january(lang, text):
    assert _dates(_PPC[lang] + text, lang) == ["2025-01-10"]


# 3. a January review of the year's work, with an infinitive whose finite forms are rows
REVIEW = [
    (
        "fr",
        "Le 8 janvier, le Comité populaire de la province de Nghe An a tenu une conférence pour passer en revue le "
        "travail de l'année.",
    ),
    (
        "fr",
        "Le 8 janvier, le Comité populaire de la province de Nghe An a tenu une conférence pour résumer le travail de "
        "l'année.",
    ),
    (
        "es",
        "El 8 de enero, el Comité Popular de la provincia de Nghe An celebró una conferencia para examinar el trabajo "
        "del año.",
    ),
    (
        "de",
        "Am 8. Januar hielt das Volkskomitee der Provinz Nghe An eine Konferenz ab, um die Arbeit des Jahres "
        "auszuwerten.",
    ),
    (
        "en",
        "On January 8, the Nghe An Provincial People's Committee held a conference to sum up the work of the year.",
    ),
    ("ar", "في 8 يناير، عقدت اللجنة الشعبية لمقاطعة نغي آن مؤتمرا لاستعراض أعمال العام."),
    (
        "pl",
        "8 stycznia Komitet Ludowy prowincji Nghe An zorganizował konferencję, aby podsumować pracę w roku.",
    ),
    ("vi", "Ngày 8/1, UBND tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm."),
]


@pytest.mark.parametrize(("lang", "text"), REVIEW, ids=[f"{c[0]}-{i}" for i, c in enumerate(REVIEW)])
def test_a_january_review_of_the_year_s_work_by_an_infinitive_is_held_the_year_after(lang, text):
    assert _dates(text + TAIL[lang], lang) == ["2026-01-08"]


# (guards: the infinitives valued ``object`` review no year when their object is a project's progress)
PROGRESS = [
    (
        "fr",
        "Le 8 janvier, le Comité populaire de la province de Nghe An a tenu une conférence pour passer en revue "
        "l'avancement du projet de périphérique.",
    ),
    (
        "es",
        "El 8 de enero, el Comité Popular de la provincia de Nghe An celebró una conferencia para examinar el avance "
        "del proyecto de la carretera de circunvalación.",
    ),
    (
        "de",
        "Am 8. Januar hielt das Volkskomitee der Provinz Nghe An eine Konferenz ab, um den Fortschritt des "
        "Ringstraßenprojekts auszuwerten.",
    ),
    ("ar", "في 8 يناير، عقدت اللجنة الشعبية لمقاطعة نغي آن مؤتمرا لاستعراض تقدم مشروع الطريق الدائري."),
]


@pytest.mark.parametrize(("lang", "text"), PROGRESS, ids=[f"{c[0]}-{i}" for i, c in enumerate(PROGRESS)])
def test_a_january_review_of_a_project_s_progress_keeps_the_text_s_year(lang, text):
    assert _dates(text + TAIL[lang], lang) == ["2025-01-08"]


# 4. a session closed after two working days, dated by its first day (GOLD.md)
CLOSED = [
    (
        "de",
        "Am 4. Dezember ging nach zwei Arbeitstagen die 20. Sitzung des Volksrats der Provinz Lam Dong zu Ende.",
    ),
    (
        "en",
        "On December 4, the 20th session of the Lam Dong Provincial People's Council ended after two working days.",
    ),
    (
        "fr",
        "Le 4 décembre, après deux jours de travaux, la 20e session du Conseil populaire de la province de Lam Dong "
        "s'est achevée.",
    ),
    (
        "fr",
        "Le 4 décembre, la 20e session du Conseil populaire de la province de Lam Dong s'est terminée après deux jours "
        "de travaux.",
    ),
    ("ar", "في 4 ديسمبر، وبعد يومي عمل، اختتمت الدورة العشرون لمجلس الشعب لمقاطعة لام دونغ."),
]
# (kept: the wordings every language read already)
CLOSED_KEPT = [
    (
        "de",
        "Am 4. Dezember ging die 20. Sitzung des Volksrats der Provinz Lam Dong nach zwei Arbeitstagen zu Ende.",
    ),
    (
        "en",
        "On December 4, after two working days, the 20th session of the Lam Dong Provincial People's Council closed.",
    ),
    (
        "es",
        "El 4 de diciembre, tras dos jornadas de trabajo, concluyó la 20ª sesión del Consejo Popular de la provincia "
        "de Lam Dong.",
    ),
    ("pl", "4 grudnia, po dwóch dniach roboczych, zakończyła się 20. sesja Rady Ludowej prowincji Lam Dong."),
    ("vi", "Chiều 4/12, Kỳ họp thứ 20 HĐND tỉnh Lâm Đồng đã bế mạc sau 2 ngày làm việc."),
]


@pytest.mark.parametrize(
    ("lang", "text"),
    [*CLOSED, *CLOSED_KEPT],
    ids=[f"{c[0]}-{i}" for i, c in enumerate([*CLOSED, *CLOSED_KEPT])],
)
def test_a_session_closed_after_two_working_days_is_dated_by_its_first_day(lang, text):
    assert _dates(text + TAIL[lang], lang) == ["2025-12-03"]


# (guards: a close on the day itself, days of something else before a clause-final verb)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Am 4. Dezember ging die 20. Sitzung des Volksrats der Provinz Lam Dong zu Ende."),
        ("en", "On December 4, the 20th session of the Lam Dong Provincial People's Council ended."),
        (
            "de",
            "Am 4. Dezember hielt der Volksrat der Provinz Lam Dong nach zwei Tagen Regen seine 20. Sitzung ab.",
        ),
    ],
)
def test_a_close_with_no_days_worked_keeps_its_day(lang, text):
    assert _dates(text + TAIL[lang], lang) == ["2025-12-04"]


# 5. the Arabic month of both calendars after 'من شهر' (the month word before the name), Arabic-Indic digits too
_AR_MONTHS = {
    1: "كانون الثاني",
    3: "اذار",
    5: "ايار",
    8: "آب",
    9: "ايلول",
    10: "اكتوبر",
    12: "كانون الاول",
}
_AR_DAY = "في صباح يوم 5 من شهر {} 2025، عقدت اللجنة الشعبية لمقاطعة لام دونغ مؤتمرا."
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize("indic", [False, True], ids=["latin-digits", "indic-digits"])
@pytest.mark.parametrize("month", list(_AR_MONTHS), ids=[f"m{m}" for m in _AR_MONTHS])
def test_an_arabic_day_of_the_month_word_and_a_levantine_name_is_the_day(month, indic):
    text = _AR_DAY.format(_AR_MONTHS[month])
    assert _dates(text.translate(_INDIC) if indic else text, "ar") == [f"2025-{month:02d}-05"]


# (kept: both names with a slash, the Gregorian first, and the month alone with its year)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "في صباح يوم 5 من شهر ديسمبر/كانون الأول 2025، عقدت اللجنة الشعبية لمقاطعة لام دونغ مؤتمرا.",
            "2025-12-05",
        ),
        ("في 27 نوفمبر/تشرين الثاني 2024، عقدت اللجنة الشعبية لمقاطعة لام دونغ مؤتمرا.", "2024-11-27"),
        ("في شهر كانون الأول 2025، عقدت اللجنة الشعبية لمقاطعة لام دونغ مؤتمرا.", "2025-12"),
    ],
)
def test_an_arabic_month_of_both_calendars_keeps_its_reading(text, want):
    assert _dates(text, "ar") == [want]


# 6. kept: the real Arabic and Polish constructions rendered in all 7
EARLIER = {
    "en": "On the morning of October 16, the Lam Dong Provincial Party Committee held its 1st Congress. Earlier, on the afternoon of October 15, the Lam Dong Provincial People's Committee held a conference.",
    "fr": "Le matin du 16 octobre, le Comité provincial du Parti de Lam Dong a tenu son 1er Congrès. Auparavant, dans l'après-midi du 15 octobre, le Comité populaire de la province de Lam Dong a tenu une conférence.",
    "es": "En la mañana del 16 de octubre, el Comité Provincial del Partido de Lam Dong celebró su 1er Congreso. Anteriormente, en la tarde del 15 de octubre, el Comité Popular de la provincia de Lam Dong celebró una conferencia.",
    "de": "Am Morgen des 16. Oktober hielt das Provinzparteikomitee von Lam Dong seinen 1. Parteitag ab. Zuvor, am Nachmittag des 15. Oktober, hielt das Volkskomitee der Provinz Lam Dong eine Konferenz ab.",
    "pl": "Rano 16 października Prowincjonalny Komitet Partii Lam Dong odbył 1. Zjazd. Wcześniej, po południu 15 października, Komitet Ludowy prowincji Lam Dong zorganizował konferencję.",
    "ar": "في صباح يوم 16 أكتوبر، عقدت اللجنة الحزبية لمقاطعة لام دونغ مؤتمرها الأول. في وقت سابق، بعد ظهر يوم 15 أكتوبر، عقدت اللجنة الشعبية لمقاطعة لام دونغ مؤتمرا.",
    "vi": "Sáng 16/10, Đảng bộ tỉnh Lâm Đồng tổ chức Đại hội lần thứ I. Trước đó, chiều 15/10, UBND tỉnh Lâm Đồng tổ chức hội nghị.",
}
THIS_AFTERNOON = {
    "en": "This afternoon, February 19, the Lam Dong Provincial Steering Committee held its first meeting.",
    "fr": "Cet après-midi, 19 février, le Comité directeur de la province de Lam Dong a tenu sa première réunion.",
    "es": "Esta tarde, 19 de febrero, el Comité Directivo de la provincia de Lam Dong celebró su primera reunión.",
    "de": "Heute Nachmittag, am 19. Februar, hielt der Lenkungsausschuss der Provinz Lam Dong seine erste Sitzung ab.",
    "pl": "Dziś po południu, 19 lutego, Komitet Sterujący prowincji Lam Dong odbył pierwsze posiedzenie.",
    "ar": "عقدت اللجنة التوجيهية لمقاطعة لام دونغ اجتماعها الأول بعد ظهر اليوم، 19 فبراير.",
    "vi": "Chiều nay, 19/2, Ban Chỉ đạo tỉnh Lâm Đồng tổ chức cuộc họp đầu tiên.",
}


@pytest.mark.parametrize(("lang", "text"), EARLIER.items(), ids=list(EARLIER))
def test_an_earlier_meeting_told_after_keeps_its_day(lang, text):
    assert _dates(text + TAIL[lang], lang) == ["2025-10-16", "2025-10-15"]


@pytest.mark.parametrize(("lang", "text"), THIS_AFTERNOON.items(), ids=list(THIS_AFTERNOON))
def test_this_afternoon_and_its_day_date_the_meeting(lang, text):
    assert _dates(text + TAIL[lang], lang) == ["2025-02-19"]


_PL_MONTHS = {1: "stycznia", 6: "czerwca", 9: "września", 10: "października", 12: "grudnia"}


@pytest.mark.parametrize("month", list(_PL_MONTHS), ids=[f"m{m}" for m in _PL_MONTHS])
@pytest.mark.parametrize(
    "opening",
    ["Rankiem {}", "Po południu {}", "Wieczorem {}", "Dnia {}", "Rano w dniu {}"],
)
def test_a_polish_day_word_of_every_month_dates_the_meeting(opening, month):
    text = opening.format(f"5 {_PL_MONTHS[month]}") + " Rada Ludowa prowincji Lam Dong odbyła 20. sesję."
    assert _dates(text + TAIL["pl"], "pl") == [f"2025-{month:02d}-05"]
