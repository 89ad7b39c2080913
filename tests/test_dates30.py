"""dates30 (stop 42): the meetings' dates in the 7 languages (docs/dates.md "dates30").

1. A January meeting that analyses or discusses a year's results ('that analysed the results of 2024', 'pour discuter
   des résultats de 2024', 'die die Ergebnisse des Jahres 2024 diskutierte', 'która omówiła wyniki 2024 r.', 'حلل نتائج
   عام 2024', 'phân tích kết quả năm 2024') on 10 January: 2024-01-10 (no review verb). Now a ``discuss`` cue reviews the
   year it names when the object's head is a year's results: 2025-01-10, as 'that reviewed the results of 2024'. And
   en 'that assessed the results of the tasks of the year 2024' (eight words to the year): 2025 too.
   Guards: a plan's year it discusses ('discussed the tasks for 2026' on 20 December: 2025; 'to discuss the
   implementation of public investment in 2025' on 10 January: 2025).
2. A meeting of several days dated on a later day (parity in all 7): pl '4 grudnia 2025 r., drugiego dnia roboczego 20.
   sesji' gave 2025-12-04 (the working day's adjective 'roboczy' and 'dnia pracy' in no case were rows), the other six
   the first day; now 2025-12-03 in pl too. Kept: the ranges, 'the three-day session that opened on', 'over two days'.
   ar 'في 4 ديسمبر 2025، في يوم العمل الثاني للدورة العشرين لمجلس الشعب ...' gave no meeting ('الدورة' a session's and a
   term's noun, no holding verb): a sentence that counts a working day makes it a session's, 2025-12-03.
3. A December meeting that adopts or deploys a plan or a programme for the next year ('On December 20, the conference
   ... concluded, adopting the plan for 2026', 's'est achevée après avoir adopté le plan pour 2026', 'przyjęła plan na
   2026 r.', 'اعتماد خطة عام 2026', 'thông qua kế hoạch năm 2026'): undated in all 7 (a plan's noun, a short word and
   a year read as a plan cited by its number, the year blanked), or 2026 once the year was seen. Now a plan's or a
   programme's noun before a year and no number mark is no citation, and names a plan's year as a ``plan_noun`` does:
   2025-12-20, as 'the tasks for 2026'. Kept: 'Plan No. 2026' a citation; 'the tasks for 2026' 2025-12-20.
   review30 Medium 5: a plan under way on 15 December ('on the implementation of the plan for 2025', 'to speed up the
   disbursement of the public investment plan for 2025', 'mise en œuvre', 'ejecución', 'Umsetzung', 'realizację',
   'تنفيذ', 'thực hiện') read 2024: a ``carry_out`` cue before a plan's document noun makes it the year's own (2025);
   and a work plan ('the work plan for 2026', 'plan de travail', 'plan pracy') on 20 December: 2025 (a work's noun
   between a plan and its year; a review phrase running into the plan's noun no review).
4. silver/mt39 pl-03 (and its kin in every language): 'Rano 24 września Komitet Wykonawczy ... XVI kadencji, na lata
   2020-2025, odbył pierwsze posiedzenie. ... w głosowaniu tajnym Zjazd wybrał 50 członków': the congress named after
   the first meeting of the body it elected folded into that meeting (one meeting in all 7; the golds, u-vi-1133's
   and reg-all u-vi-1189's, record the congress too, dated by the year). Now a meeting of its own, kind congress, in
   that first meeting's year (GOLD.md: reported as held; the term starts with it). Left in ar: 'المؤتمر' alone (a
   conference's noun too) is no congress, and a term's 'للدورة ...' in the congress's sentence is a session's noun.
"""

import pytest

from tests.helpers import meetings_of


def _dates(text: str, lang: str) -> list[str | None]:
    return [m[0] for m in meetings_of(text, lang)]


_EN = "On January 10, the Nghe An Provincial People's Committee held a conference "
_FR = "Le 10 janvier, le Comité populaire de la province de Nghe An a tenu une conférence "
_ES = "El 10 de enero, el Comité Popular de la provincia de Nghe An celebró una conferencia "
_DE = "Am 10. Januar hielt das Volkskomitee der Provinz Nghe An eine Konferenz ab, "
_PL = "10 stycznia Komitet Ludowy prowincji Nghe An zorganizował konferencję, "
_AR = "في 10 يناير، عقدت اللجنة الشعبية لمقاطعة نغي آن مؤتمرا "
_VI = "Ngày 10/1, UBND tỉnh Nghệ An tổ chức hội nghị "

# 1. a January meeting that analyses or discusses the results of the year before
DISCUSS = [
    ("en", _EN + "that analysed the results of 2024."),
    ("en", _EN + "to analyze the results of 2024."),
    ("en", _EN + "that discussed the results of 2024."),
    ("en", _EN + "that assessed the results of the tasks of the year 2024."),
    ("fr", _FR + "qui a analysé les résultats de 2024."),
    ("fr", _FR + "pour analyser les résultats de 2024."),
    ("fr", _FR + "qui a discuté des résultats de 2024."),
    ("es", _ES + "que analizó los resultados de 2024."),
    ("es", _ES + "para analizar los resultados de 2024."),
    ("es", _ES + "que discutió los resultados de 2024."),
    ("de", _DE + "die die Ergebnisse des Jahres 2024 analysierte."),
    ("de", _DE + "um die Ergebnisse des Jahres 2024 zu analysieren."),
    ("de", _DE + "die die Ergebnisse des Jahres 2024 diskutierte."),
    ("de", _DE + "um die Ergebnisse des Jahres 2024 zu erörtern."),
    ("pl", _PL + "która przeanalizowała wyniki 2024 r."),
    ("pl", _PL + "aby przeanalizować wyniki 2024 r."),
    ("pl", _PL + "która omówiła wyniki 2024 r."),
    ("pl", _PL + "aby omówić wyniki 2024 r."),
    ("ar", _AR + "حلل نتائج عام 2024."),
    ("ar", _AR + "لتحليل نتائج عام 2024."),
    ("ar", _AR + "قيّم نتائج مهام عام 2024."),
    ("vi", _VI + "phân tích kết quả năm 2024."),
    ("vi", _VI + "thảo luận kết quả năm 2024."),
    ("vi", _VI + "bàn về kết quả năm 2024."),
]


@pytest.mark.parametrize(("lang", "text"), DISCUSS, ids=[f"{c[0]}-{i}" for i, c in enumerate(DISCUSS)])
def test_a_january_meeting_that_discusses_a_year_s_results_is_held_the_year_after(lang, text):
    assert _dates(text, lang) == ["2025-01-10"]


# (guards: a plan's year discussed stays the plan's rule; an object that is no year's results reviews nothing)
KEPT = [
    ("en", _EN.replace("January 10", "December 20") + "that discussed the tasks for 2026.", "2025-12-20"),
    ("en", _EN.replace("January 10", "December 20") + "to discuss the tasks for 2026.", "2025-12-20"),
    ("fr", _FR.replace("10 janvier", "20 décembre") + "qui a discuté des tâches pour 2026.", "2025-12-20"),
    (
        "es",
        _ES.replace("10 de enero", "20 de diciembre") + "que discutió las tareas para 2026.",
        "2025-12-20",
    ),
    (
        "de",
        _DE.replace("10. Januar", "20. Dezember") + "die die Aufgaben für 2026 diskutierte.",
        "2025-12-20",
    ),
    ("pl", _PL.replace("10 stycznia", "20 grudnia") + "która omówiła zadania na 2026 r.", "2025-12-20"),
    ("ar", _AR.replace("10 يناير", "20 ديسمبر") + "ناقش مهام عام 2026.", "2025-12-20"),
    ("vi", _VI.replace("10/1", "20/12") + "thảo luận nhiệm vụ năm 2026.", "2025-12-20"),
    ("en", _EN + "to discuss the implementation of public investment in 2025.", "2025-01-10"),
    ("en", _EN + "that analysed the risk of drought in 2025.", "2025-01-10"),
    # (review30 Medium 3: a head that is no year's results proper, a plan's word before it, a December plan's rule)
    ("en", _EN + "to discuss the activities planned for 2025.", "2025-01-10"),
    ("en", _EN + "to discuss the activities of the Tet holiday in 2025.", "2025-01-10"),
    ("en", _EN + "to analyze the work of 2024.", "2024-01-10"),
    ("fr", _FR + "pour discuter des activités prévues pour 2025.", "2025-01-10"),
    ("pl", _PL + "aby omówić plan pracy na 2025 r.", "2025-01-10"),
    ("ar", _AR + "لمناقشة خطة عمل عام 2025.", "2025-01-10"),
    ("vi", _VI + "bàn về hoạt động du lịch năm 2025.", "2025-01-10"),
    (
        "en",
        _EN.replace("January 10", "December 20") + "to discuss the situation and tasks for 2026.",
        "2025-12-20",
    ),
    ("ar", _AR.replace("10 يناير", "20 ديسمبر") + "لمناقشة الوضع ومهام عام 2026.", "2025-12-20"),
    ("vi", _VI.replace("10/1", "20/12") + "thảo luận tình hình và nhiệm vụ năm 2026.", "2025-12-20"),
    ("vi", _VI + "thảo luận nhiệm vụ năm 2025.", "2025-01-10"),
    ("vi", _VI + "thảo luận kế hoạch đầu tư công năm 2025.", "2025-01-10"),
    ("ar", _AR + "لمناقشة خطة الاستثمار العام لعام 2025.", "2025-01-10"),
    ("pl", _PL + "aby omówić realizację inwestycji publicznych w 2025 r.", "2025-01-10"),
    ("de", _DE + "um die Umsetzung der öffentlichen Investitionen 2025 zu erörtern.", "2025-01-10"),
    (
        "en",
        _EN.replace("January 10", "December 28").replace("held a conference ", "held a meeting and ")
        + "discussed the regulation effective from January 1, 2025.",
        "2024-12-28",
    ),
]


@pytest.mark.parametrize(("lang", "text", "date"), KEPT, ids=[f"{c[0]}-{i}" for i, c in enumerate(KEPT)])
def test_a_discussed_plan_or_other_object_keeps_its_reading(lang, text, date):
    assert _dates(text, lang) == [date]


# 2. parity: a meeting of several days, by its first day
SEVERAL = [
    (
        "en",
        "On December 4, 2025, the second working day of the 20th session of the Lam Dong Provincial People's Council, "
        "delegates discussed the budget.",
    ),
    (
        "en",
        "The Lam Dong Provincial People's Council held a three-day session that opened on December 3, 2025.",
    ),
    (
        "en",
        "Over two days, December 3 and 4, 2025, the Lam Dong Provincial People's Council held its 20th session.",
    ),
    (
        "fr",
        "Le 4 décembre 2025, deuxième jour de travail de la 20e session du Conseil populaire de la province de Lam "
        "Dong, les délégués ont discuté du budget.",
    ),
    (
        "fr",
        "Pendant deux jours, les 3 et 4 décembre 2025, le Conseil populaire de la province de Lam Dong a tenu sa 20e "
        "session.",
    ),
    (
        "es",
        "El 4 de diciembre de 2025, segunda jornada de trabajo de la 20ª sesión del Consejo Popular de la provincia "
        "de Lam Dong, los delegados debatieron el presupuesto.",
    ),
    (
        "de",
        "Am 4. Dezember 2025, dem zweiten Arbeitstag der 20. Sitzung des Volksrats der Provinz Lam Dong, "
        "diskutierten die Delegierten den Haushalt.",
    ),
    (
        "de",
        "Der Volksrat der Provinz Lam Dong hielt eine dreitägige Sitzung ab, die am 3. Dezember 2025 eröffnet wurde.",
    ),
    (
        "pl",
        "4 grudnia 2025 r., drugiego dnia roboczego 20. sesji Rady Ludowej prowincji Lam Dong, delegaci omówili "
        "budżet.",
    ),
    (
        "pl",
        "W dniu 4 grudnia 2025 r., drugim dniu roboczym 20. sesji Rady Ludowej prowincji Lam Dong, delegaci omówili "
        "budżet.",
    ),
    (
        "pl",
        "4 grudnia 2025 r., drugiego dnia pracy 20. sesji Rady Ludowej prowincji Lam Dong, delegaci omówili budżet.",
    ),
    ("pl", "Przez dwa dni, 3 i 4 grudnia 2025 r., Rada Ludowa prowincji Lam Dong obradowała na 20. sesji."),
    ("ar", "على مدى يومين، 3 و4 ديسمبر 2025، عقد مجلس الشعب لمقاطعة لام دونغ دورته العشرين."),
    ("ar", "عقد مجلس الشعب لمقاطعة لام دونغ دورة لمدة ثلاثة أيام افتتحت في 3 ديسمبر 2025."),
    # (ar 'الدورة', a session and a term, in a sentence that counts a working day: a session; no meeting before)
    (
        "ar",
        "في 4 ديسمبر 2025، في يوم العمل الثاني للدورة العشرين لمجلس الشعب لمقاطعة لام دونغ، ناقش المندوبون الميزانية.",
    ),
    (
        "ar",
        "في 4 ديسمبر 2025، في يوم العمل الثاني من الدورة العشرين لمجلس الشعب لمقاطعة لام دونغ، ناقش المندوبون الميزانية.",
    ),
    ("ar", "في 4 ديسمبر 2025، واصلت الدورة العشرون لمجلس الشعب لمقاطعة لام دونغ يوم عملها الثاني."),
    (
        "vi",
        "Ngày 4/12/2025, ngày làm việc thứ hai của kỳ họp thứ 20 HĐND tỉnh Lâm Đồng, các đại biểu thảo luận về "
        "ngân sách.",
    ),
    ("vi", "HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20 kéo dài 3 ngày, khai mạc ngày 3/12/2025."),
]


@pytest.mark.parametrize(("lang", "text"), SEVERAL, ids=[f"{c[0]}-{i}" for i, c in enumerate(SEVERAL)])
def test_a_meeting_of_several_days_is_dated_by_its_first_day(lang, text):
    assert _dates(text, lang) == ["2025-12-03"]


def test_a_day_that_opens_a_session_stays_its_own():
    text = "4 grudnia 2025 r. Rada Ludowa prowincji Lam Dong otworzyła 20. sesję."
    assert _dates(text, "pl") == ["2025-12-04"]
    # (ar 'الدورة' a term where no working day is counted: no meeting, as before)
    text = "في 4 ديسمبر 2025، ناقش المندوبون الميزانية في مجلس الشعب لمقاطعة لام دونغ للدورة العشرين."
    assert _dates(text, "ar") == []


# 3. a December meeting that adopts the next year's plan
_TAIL = {
    "en": " In 2025, the province grew 8%.",
    "fr": " En 2025, la province a progressé de 8 %.",
    "es": " En 2025, la provincia creció un 8%.",
    "de": " Im Jahr 2025 wuchs die Provinz um 8 %.",
    "pl": " W 2025 r. prowincja wzrosła o 8%.",
    "ar": " في عام 2025، نمت المقاطعة بنسبة 8%.",
    "vi": " Năm 2025, tỉnh tăng trưởng 8%.",
}
PLANS = [
    (
        "en",
        "On December 20, the conference of the Nghe An Provincial Party Committee concluded, adopting the plan for 2026.",
    ),
    (
        "en",
        "On December 20, the conference of the Nghe An Provincial Party Committee closed, having adopted the "
        "socio-economic development plan for 2026.",
    ),
    ("en", _EN.replace("January 10", "December 20") + "to deploy the programme for 2026."),
    (
        "fr",
        "Le 20 décembre, la conférence du Comité provincial du Parti de Nghe An s'est achevée après avoir adopté le "
        "plan pour 2026.",
    ),
    (
        "es",
        "El 20 de diciembre, la conferencia del Comité Provincial del Partido de Nghe An concluyó tras aprobar el plan "
        "para 2026.",
    ),
    (
        "de",
        "Am 20. Dezember endete die Konferenz des Provinzparteikomitees Nghe An mit der Verabschiedung des Plans für "
        "2026.",
    ),
    (
        "pl",
        "20 grudnia zakończyła się konferencja Komitetu Partii prowincji Nghe An, która przyjęła plan na 2026 r.",
    ),
    ("ar", "في 20 ديسمبر، اختتم مؤتمر اللجنة الحزبية لمقاطعة نغي آن أعماله بعد اعتماد خطة عام 2026."),
    ("vi", "Ngày 20/12, Hội nghị Tỉnh ủy Nghệ An bế mạc sau khi thông qua kế hoạch năm 2026."),
]


@pytest.mark.parametrize(("lang", "text"), PLANS, ids=[f"{c[0]}-{i}" for i, c in enumerate(PLANS)])
def test_a_december_meeting_that_adopts_the_next_year_s_plan_is_of_the_year_before(lang, text):
    assert _dates(text, lang) == ["2025-12-20"]
    assert _dates(text + _TAIL[lang], lang) == ["2025-12-20"]


def test_a_plan_cited_by_its_number_stays_a_citation():
    text = _EN.replace("January 10", "December 20") + "to adopt Plan No. 2026 of the committee."
    assert _dates(text, "en") == [None]
    assert _dates(_EN.replace("January 10", "December 20") + "to deploy the tasks for 2026.", "en") == [
        "2025-12-20"
    ]


# 4. the congress named after the first meeting of the body it elected: a meeting of its own
_FIRST = {
    "en": "On the morning of September 24, the Executive Committee of the Kon Tum Provincial Party Committee of the 16th "
    "term, 2020-2025, held its first meeting. ",
    "fr": "Le matin du 24 septembre, le Comité exécutif du Comité provincial du Parti de Kon Tum de la 16e législature, "
    "2020-2025, a tenu sa première réunion. ",
    "es": "En la mañana del 24 de septiembre, el Comité Ejecutivo del Comité Provincial del Partido de Kon Tum del XVI "
    "mandato, 2020-2025, celebró su primera reunión. ",
    "de": "Am Morgen des 24. September hielt das Exekutivkomitee des Provinzparteikomitees Kon Tum der 16. Amtszeit, "
    "2020-2025, seine erste Sitzung ab. ",
    "pl": "Rano 24 września Komitet Wykonawczy Komitetu Partii prowincji Kon Tum XVI kadencji, na lata 2020-2025, odbył "
    "pierwsze posiedzenie. ",
    "ar": "صباح 24 سبتمبر، عقدت اللجنة التنفيذية للجنة الحزبية لمقاطعة كون توم للدورة السادسة عشرة، 2020-2025، اجتماعها "
    "الأول. ",
    "vi": "Sáng 24/9, Ban Chấp hành Đảng bộ tỉnh Kon Tum khóa XVI, nhiệm kỳ 2020-2025 tổ chức hội nghị lần thứ nhất. ",
}
_ELECTED = {
    "en": "Carrying out the personnel work at the Congress, by secret ballot, the Congress elected 50 members of the "
    "Executive Committee of the 16th term.",
    "fr": "Lors du travail du personnel au Congrès, par vote secret, le Congrès a élu 50 membres du Comité exécutif de la "
    "16e législature.",
    "es": "En el trabajo de personal del Congreso, por votación secreta, el Congreso eligió a 50 miembros del Comité "
    "Ejecutivo del XVI mandato.",
    "de": "Bei der Personalarbeit auf dem Parteitag wählte der Parteitag in geheimer Abstimmung 50 Mitglieder des "
    "Exekutivkomitees der 16. Amtszeit.",
    "pl": "Realizując prace kadrowe na Zjeździe, w głosowaniu tajnym Zjazd wybrał 50 członków Komitetu Wykonawczego XVI "
    "kadencji.",
    # (ar: not with the term's 'للدورة السادسة عشرة' after it, 'الدورة' a session's noun too: left)
    "ar": "انتخب مؤتمر الحزب الإقليمي بالاقتراع السري 50 عضوا في اللجنة التنفيذية.",
    "vi": "Thực hiện công tác nhân sự tại Đại hội, bằng hình thức bỏ phiếu kín, Đại hội đã bầu 50 đồng chí vào Ban Chấp "
    "hành Đảng bộ tỉnh khóa XVI.",
}


@pytest.mark.parametrize("lang", list(_FIRST))
def test_the_congress_named_after_the_first_meeting_it_elected_is_a_meeting_of_its_own(lang):
    assert _dates(_FIRST[lang] + _ELECTED[lang], lang) == ["2020-09-24", "2020"]


# (guards: the congress reported first keeps its one first meeting after it; a conference that is no first meeting, a
# congress the text goes back to, a first meeting told on keep one meeting; the first meeting named again after the
# congress is no third)
KEPT_CONGRESS = [
    (
        "On the morning of October 15, the 19th Congress of the Bac Giang Provincial Party Committee, term 2020-2025, "
        "introduced 51 members. At the first meeting, the Executive Committee elected the Standing Committee.",
        ["2020-10-15", "2020"],
    ),
    (
        "On September 24, 2020, the Nghe An Provincial People's Committee held a conference. The Congress elected 50 "
        "members of the Executive Committee.",
        ["2020-09-24"],
    ),
    (_FIRST["en"] + "Earlier, the Congress elected 50 members.", ["2020-09-24"]),
    (_FIRST["en"] + "At the meeting, delegates elected the Standing Committee.", ["2020-09-24"]),
    (
        _FIRST["en"]
        + _ELECTED["en"]
        + " At the first meeting, the Executive Committee elected 15 members of the Standing Committee.",
        ["2020-09-24", "2020"],
    ),
]


@pytest.mark.parametrize(("text", "want"), KEPT_CONGRESS, ids=[str(i) for i in range(len(KEPT_CONGRESS))])
def test_a_congress_reported_otherwise_keeps_its_meetings(text, want):
    assert _dates(text, "en") == want


# 3b. review30 Medium 5 on dd964ce4: a plan under way (implemented, disbursed, sped up) is the year's own; a work plan
_DEC15 = {
    "en": "On December 15, the Nghe An Provincial People's Committee held a meeting ",
    "fr": "Le 15 décembre, le Comité populaire de la province de Nghe An a tenu une réunion ",
    "es": "El 15 de diciembre, el Comité Popular de la provincia de Nghe An celebró una reunión ",
    "de": "Am 15. Dezember hielt das Volkskomitee der Provinz Nghe An eine Sitzung ",
    "pl": "15 grudnia Komitet Ludowy prowincji Nghe An zorganizował spotkanie, ",
    "ar": "في 15 ديسمبر، عقدت اللجنة الشعبية لمقاطعة نغي آن اجتماعا ",
    "vi": "Ngày 15/12, UBND tỉnh Nghệ An họp ",
}
UNDER_WAY = [
    ("en", _DEC15["en"] + "on the implementation of the plan for 2025."),
    ("en", _DEC15["en"] + "to speed up the disbursement of the public investment plan for 2025."),
    ("en", _DEC15["en"] + "to accelerate the plan for 2025 before the end of the year."),
    ("fr", _DEC15["fr"] + "sur la mise en œuvre du plan pour 2025."),
    ("es", _DEC15["es"] + "sobre la ejecución del plan para 2025."),
    ("de", _DEC15["de"] + "über die Umsetzung des Plans für 2025 ab."),
    ("pl", _DEC15["pl"] + "aby przyspieszyć realizację planu na 2025 r."),
    ("ar", _DEC15["ar"] + "بشأن تنفيذ خطة عام 2025."),
    ("vi", _DEC15["vi"] + "về thực hiện kế hoạch năm 2025."),
]


@pytest.mark.parametrize(("lang", "text"), UNDER_WAY, ids=[f"{c[0]}-{i}" for i, c in enumerate(UNDER_WAY)])
def test_a_december_meeting_on_a_plan_under_way_is_of_the_plan_s_year(lang, text):
    assert _dates(text, lang) == ["2025-12-15"]


WORK_PLAN = [
    ("en", _EN.replace("January 10", "December 20") + "to discuss the work plan for 2026."),
    ("fr", _FR.replace("10 janvier", "20 décembre") + "pour discuter du plan de travail pour 2026."),
    ("pl", _PL.replace("10 stycznia", "20 grudnia") + "aby omówić plan pracy na 2026 r."),
    ("en", _EN.replace("January 10", "December 20") + "to adopt the work plan for 2026."),
    ("vi", _VI.replace("10/1", "20/12") + "triển khai thực hiện kế hoạch năm 2026."),
]


@pytest.mark.parametrize(("lang", "text"), WORK_PLAN, ids=[f"{c[0]}-{i}" for i, c in enumerate(WORK_PLAN)])
def test_a_december_meeting_on_the_next_year_s_work_plan_is_of_the_year_before(lang, text):
    assert _dates(text, lang) == ["2025-12-20"]


# (review30 Medium 6 on f2c35f35: a congress still to come, being prepared, another body's or the national one, after a
# first meeting, is no congress of the first meeting's body; left: 'The 13th National Party Congress elected the
# Central Committee', the national congress the subject, no body before the verb)
NOT_THIS_CONGRESS = [
    ("en", "Delegates discussed the preparations for the 13th National Party Congress."),
    ("en", "Delegates discussed preparations for the Congress of the Kon Tum Provincial Women's Union."),
    ("en", "The Congress of the Kon Tum Provincial Women's Union elected 30 members."),
    ("fr", "Les délégués ont discuté des préparatifs du Congrès de l'Union des femmes de la province."),
    ("es", "Los delegados debatieron los preparativos del Congreso de la Unión de Mujeres de la provincia."),
    ("de", "Die Delegierten erörterten die Vorbereitungen für den Kongress der Frauenunion der Provinz."),
    ("de", "Der 13. Nationale Parteitag findet Anfang 2021 statt."),
    ("de", "Der 13. Parteitag wird sorgfältig vorbereitet."),
    ("pl", "Delegaci omówili przygotowania do Zjazdu Związku Kobiet prowincji."),
]


@pytest.mark.parametrize(
    ("lang", "text"), NOT_THIS_CONGRESS, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_THIS_CONGRESS)]
)
def test_a_congress_to_come_or_of_another_body_after_a_first_meeting_is_none(lang, text):
    assert _dates(_FIRST[lang] + text, lang) == ["2020-09-24"]


# (review30 Medium 8 on 42d89ca6: the congress that elects delegates to the national one, in its working session, is the
# first meeting's body's congress: mt24 pl-60, mt34 en-01)
TO_NATIONAL = {
    "en": "In this morning's working session, the Congress elected 16 official delegates and 1 alternate delegate to "
    "attend the 13th National Party Congress.",
    "pl": "Podczas porannej sesji roboczej Zjazd wybrał 16 delegatów oficjalnych i 1 delegata rezerwowego na XIII "
    "Ogólnokrajowy Zjazd Delegatów Partii.",
    "vi": "Trong phiên làm việc sáng nay, Đại hội đã bầu 16 đại biểu chính thức dự Đại hội đại biểu toàn quốc lần thứ "
    "XIII của Đảng.",
}


@pytest.mark.parametrize("lang", list(TO_NATIONAL))
def test_the_congress_that_elects_delegates_to_the_national_one_is_the_first_meeting_s_body_s(lang):
    assert _dates(_FIRST[lang] + TO_NATIONAL[lang], lang) == ["2020-09-24", "2020"]
