"""dates26 (stop 39): what review25 left Low in the meetings' dates, and the false and second meetings of the read
sets, each in the 7 languages with the guards that keep the nearby right readings (docs/dates.md "dates26").

1. A February review of what an extension or a present runs up to ('para revisar el proyecto, prorrogado hasta el 31
   de diciembre de 2025', vi 'đánh giá dự án, gia hạn đến ngày 31/12/2025', ar 'الممدد حتى', 'تمديده حتى') is of that
   day's year: es, vi and ar gave the year after it (es: the sentence's year read as a year reviewed; vi: the text's
   year so read, `_reviewed_year`; ar: no `scheduled` row for the extension). A January review of the work of 2024, or
   of a campaign that ended on 31 December 2024, stays of 2025.
2. 'On the same day, at the meeting, delegates discussed ...' after a conference is that conference told on (the MT's
   second noun for it), no second meeting of the day: 677cf374 made one of every same-day sentence naming another kind
   (en, fr, es, pl, ar 'meeting', de 'Sitzung' a session's noun), and vi 'Cùng ngày, tại cuộc họp' made one by the verb
   its noun holds. A generic noun, a noun its phrase names by nothing else, or a hall ('at the session hall') is no other
   kind; 'at the 5th session' still is, and 'On the same day, Mr. B chaired a meeting of ...' is another meeting.
3. A first sitting takes the text's term from a body's ordinal (3c3e120f) only for a body that sits by terms (the
   National Assembly, a people's council, a party committee): 'At its first meeting, the 2nd Nghe An Provincial
   Steering Committee for Digital Transformation ...' and 'the 5th Division' took a biography's 2020.

Part 2 (the read sets' false and wrong dates, docs/dates.md "dates26"):
4. A career's period of two months with their years ('W okresie od lipca 2021 r. do marca 2024 r. był członkiem ...',
   'From July 2021 to March 2024, he was ...'): the range word's 12 characters blanked the last month's year as a
   target's, and the first year is a career's, so a text whose other years are older dated its meeting by them
   (u-mt33pl-02: 2021-03-18 for the silver's 2024-03-18; en, de undated). The last year stays now, as a longer
   month's did; a deadline's whole day stays blanked.
5. A meeting of several days written with its last day as a whole numeric date ('Les 7 et 8/12/2020', 'Am 7. und
   8.12.2020', 'W dniach 7 i 8.12.2020', 'Del 7 al 9/12/2020', 'من 7 إلى 9/12/2020'; found by mt36 while writing) was
   dated by its last day, and en 'From 7 to 9/12/2020', de 'Vom 7. bis 9.12.2020' not at all (a starting point's day):
   the first day now, as '7 and 8 December 2020' and vi 'ngày 7 và 8/12/2020' were.

Review26's four on these (each a test below): a duty the year reviewed held ('chỉ đạo', 'needed to be completed') is
no event to come (Medium 1); a same-day phrase naming another body ('at the meeting of the Provincial Party Standing
Committee') is that body's meeting, a hall's names none (Medium 2); the Fatherland Front's committee sits by terms
(Low 2); a range's last year counts only in a career's sentence, not 'The project runs from July 2025 to May 2027'
(Low 4).
"""

import pytest

from tests.helpers import extracted


def _dates(text: str, lang: str) -> list[str | None]:
    return [m.date for m in extracted(text, lang).meetings]


# 1. a review up to a day an extension or a present runs to keeps that day's year
EXTENDED = [
    (
        "vi",
        "Ngày 10/2, UBND tỉnh Nghệ An tổ chức hội nghị đánh giá dự án, gia hạn đến ngày 31/12/2025.",
        "2025-02-10",
    ),
    (
        "es",
        "El 10 de febrero, el Comité Popular provincial de Nghe An celebró una reunión para revisar el proyecto, "
        "prorrogado hasta el 31 de diciembre de 2025.",
        "2025-02-10",
    ),
    (
        "es",
        "El 10 de febrero, el Comité Popular provincial de Nghe An celebró una reunión para revisar el progreso de la "
        "autopista, prorrogada hasta el 31 de diciembre de 2025.",
        "2025-02-10",
    ),
    (
        "ar",
        "في 10 فبراير، عقدت اللجنة الشعبية لمقاطعة نغي آن اجتماعا لمراجعة تقدم مشروع الطريق السريع، الممدد حتى 31 "
        "ديسمبر 2025.",
        "2025-02-10",
    ),
    (
        "ar",
        "في 10 فبراير، عقدت اللجنة الشعبية لمقاطعة نغي آن اجتماعا لمراجعة المشروع الذي تم تمديده حتى 31 ديسمبر 2025.",
        "2025-02-10",
    ),
    # (en, fr, de, pl: tests/test_dates25.py's EXTENDED)
    # (guards: a January review of the year before, or of what ended late in it, is of the year after)
    ("vi", "Ngày 15/1, UBND tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2024.", "2025-01-15"),
    (
        "es",
        "El 15 de enero, el Comité Popular provincial de Nghe An celebró una conferencia para revisar el trabajo de "
        "2024.",
        "2025-01-15",
    ),
    (
        "es",
        "El 15 de enero, el Comité Popular provincial de Nghe An celebró una conferencia para revisar la campaña que "
        "terminó el 31 de diciembre de 2024.",
        "2025-01-15",
    ),
    (
        "ar",
        "في 15 يناير، عقدت اللجنة الشعبية لمقاطعة نغي آن مؤتمرا لمراجعة الحملة التي انتهت في 31 ديسمبر 2024.",
        "2025-01-15",
    ),
    (
        "vi",
        "Ngày 15/1, UBND tỉnh Nghệ An tổ chức hội nghị đánh giá đợt thi đua kết thúc ngày 31/12/2024.",
        "2025-01-15",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "date"), EXTENDED, ids=[f"{c[0]}-{i}" for i, c in enumerate(EXTENDED)]
)
def test_a_review_up_to_an_extensions_day_keeps_its_year(lang, text, date):
    assert _dates(text, lang) == [date]


# 2. "On the same day, at the meeting, ..." after a conference: the conference, told on
SAME_DAY_LEAD = {
    "en": "On November 17, 2025, the Nghe An Provincial Party Committee held a conference to review the work of the year.",
    "fr": "Le 17 novembre 2025, le Comité provincial du Parti de Nghe An a tenu une conférence pour examiner le travail "
    "de l'année.",
    "es": "El 17 de noviembre de 2025, el Comité Provincial del Partido de Nghe An celebró una conferencia para revisar "
    "el trabajo del año.",
    "de": "Am 17. November 2025 hielt das Provinzparteikomitee Nghe An eine Konferenz ab, um die Arbeit des Jahres zu "
    "überprüfen.",
    "pl": "17 listopada 2025 r. Prowincjonalny Komitet Partii Nghe An zorganizował konferencję w celu podsumowania pracy "
    "roku.",
    "vi": "Ngày 17/11/2025, Tỉnh ủy Nghệ An tổ chức hội nghị tổng kết công tác năm.",
    "ar": "في 17 نوفمبر 2025، عقدت لجنة الحزب لمقاطعة نغي آن مؤتمرا لمراجعة عمل العام.",
}
SAME_DAY_AT = {
    "en": "On the same day, at the meeting, delegates discussed the plan for 2026.",
    "fr": "Le même jour, lors de la réunion, les délégués ont discuté du plan pour 2026.",
    "es": "El mismo día, en la reunión, los delegados discutieron el plan para 2026.",
    "de": "Am selben Tag, auf der Sitzung, diskutierten die Delegierten den Plan für 2026.",
    "pl": "Tego samego dnia, na spotkaniu, delegaci omówili plan na 2026 r.",
    "vi": "Cùng ngày, tại cuộc họp, các đại biểu đã thảo luận kế hoạch năm 2026.",
    "ar": "وفي اليوم نفسه، وفي الاجتماع، ناقش المندوبون خطة عام 2026.",
}


@pytest.mark.parametrize("lang", sorted(SAME_DAY_AT))
def test_the_same_days_meeting_told_on_is_no_second_meeting(lang):
    text = SAME_DAY_LEAD[lang] + " " + SAME_DAY_AT[lang]
    assert _dates(text, lang) == ["2025-11-17"]


SAME_DAY_OTHER = [
    ("en", "On the same day, at the session hall, delegates discussed the plan for 2026.", 1),
    # (guards: another meeting that day, named by its ordinal, or chaired)
    (
        "en",
        "On the same day, at the 5th session, the Provincial People's Council elected Mr. Nguyen Van A.",
        2,
    ),
    ("fr", "Le même jour, lors de la 5e session, le Conseil populaire provincial a élu M. Nguyen Van A.", 2),
    ("vi", "Cùng ngày, tại Kỳ họp thứ 5, HĐND tỉnh đã bầu ông Nguyễn Văn A.", 2),
    ("vi", "Cùng ngày, đồng chí Nguyễn Văn B chủ trì cuộc họp UBND tỉnh.", 2),
    ("vi", "Cùng ngày, UBND tỉnh tổ chức cuộc họp về kế hoạch năm 2026.", 2),
    ("en", "On the same day, Mr. Nguyen Van B chaired a meeting of the Provincial People's Committee.", 2),
]


@pytest.mark.parametrize(
    ("lang", "second", "count"), SAME_DAY_OTHER, ids=[f"{c[0]}-{i}" for i, c in enumerate(SAME_DAY_OTHER)]
)
def test_another_meeting_the_same_day_stays_its_own(lang, second, count):
    assert _dates(SAME_DAY_LEAD[lang] + " " + second, lang) == ["2025-11-17"] * count


# 3. a first sitting takes the text's term from a body's ordinal only for a body that sits by terms
BIOGRAPHY = {
    "en": "Mr. Nguyen Van A, Secretary of the Provincial Party Committee for the 2020-2025 term, attended.",
    "fr": "M. Nguyen Van A, secrétaire du Comité provincial du Parti pour le mandat 2020-2025, y a assisté.",
    "es": "Asistió el Sr. Nguyen Van A, secretario del Comité Provincial del Partido para el mandato 2020-2025.",
    "de": "Herr Nguyen Van A, Sekretär des Provinzparteikomitees für die Amtszeit 2020-2025, nahm teil.",
    "pl": "Udział wziął pan Nguyen Van A, sekretarz Prowincjonalnego Komitetu Partii kadencji 2020-2025.",
    "ar": "وحضر السيد نغوين فان A، سكرتير لجنة الحزب الإقليمية للفترة 2020-2025.",
}
FIRST_OF_OTHER = [
    (
        "en",
        "At its first meeting, the 2nd Nghe An Provincial Steering Committee for Digital Transformation reviewed "
        "the plan.",
    ),
    (
        "fr",
        "Lors de sa première réunion, le 2e Comité directeur provincial de Nghe An pour la transformation numérique "
        "a examiné le plan.",
    ),
    (
        "es",
        "En su primera reunión, el 2.º Comité Directivo Provincial de Nghe An para la Transformación Digital revisó "
        "el plan.",
    ),
    (
        "de",
        "Auf seiner ersten Sitzung überprüfte der 2. Lenkungsausschuss der Provinz Nghe An für die digitale "
        "Transformation den Plan.",
    ),
    (
        "pl",
        "Na swoim pierwszym posiedzeniu 2. Prowincjonalny Komitet Sterujący Nghe An ds. Transformacji Cyfrowej "
        "dokonał przeglądu planu.",
    ),
    ("ar", "في اجتماعها الأول، راجعت اللجنة التوجيهية الثانية للتحول الرقمي في مقاطعة نغي آن الخطة."),
    ("en", "At its first meeting, the 5th Division of Military Region 4 reviewed the plan."),
]


@pytest.mark.parametrize(
    ("lang", "text"), FIRST_OF_OTHER, ids=[f"{c[0]}-{i}" for i, c in enumerate(FIRST_OF_OTHER)]
)
def test_a_first_meeting_of_a_body_of_no_terms_takes_no_term(lang, text):
    assert _dates(text + " " + BIOGRAPHY[lang], lang) == [None]


FIRST_OF_TERM = [
    # (guards: a party committee's executive committee, a people's council, named by their term's ordinal)
    (
        "en",
        "At its first session, the 12th Bac Kan Provincial Party Executive Committee elected the new Standing "
        "Committee.",
        "2020",
    ),
    (
        "es",
        "En su primera sesión, el XII Comité Ejecutivo del Comité Provincial del Partido de Bac Kan eligió al nuevo "
        "Comité Permanente.",
        "2020",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "date"), FIRST_OF_TERM, ids=[f"{c[0]}-{i}" for i, c in enumerate(FIRST_OF_TERM)]
)
def test_a_first_sitting_of_a_term_body_takes_the_texts_term(lang, text, date):
    assert _dates(text + " " + BIOGRAPHY[lang], lang) == [date]


# 4. the last year of a career's period of months is the text's year as any other
CAREER_END = {
    "pl": "Rano 18 marca Prowincjonalny Komitet Partii Vinh Phuc zorganizował konferencję w celu ogłoszenia decyzji Biura "
    "Politycznego o mianowaniu pana Duong Van Ana sekretarzem Prowincjonalnego Komitetu Partii Vinh Phuc. Od marca 2014 "
    "r. do października 2020 r. był zastępcą sekretarza Prowincjonalnego Komitetu Partii Binh Thuan. W okresie od "
    "lipca 2021 r. do marca 2024 r. był członkiem Komitetu Centralnego Partii.",
    "en": "On the morning of March 18, the Vinh Phuc Provincial Party Committee held a conference to announce the "
    "Politburo's decision appointing Mr. Duong Van An Secretary of the Vinh Phuc Provincial Party Committee. From March "
    "2014 to October 2020, he was Deputy Secretary of the Binh Thuan Provincial Party Committee. From July 2021 to "
    "March 2024, he was a member of the Party Central Committee.",
    "fr": "Le matin du 18 mars, le Comité provincial du Parti de Vinh Phuc a tenu une conférence pour annoncer la "
    "décision du Bureau politique nommant M. Duong Van An secrétaire du Comité provincial du Parti de Vinh Phuc. De "
    "mars 2014 à octobre 2020, il a été secrétaire adjoint du Comité provincial du Parti de Binh Thuan. De juillet 2021 "
    "à mars 2024, il a été membre du Comité central du Parti.",
    "es": "En la mañana del 18 de marzo, el Comité Provincial del Partido de Vinh Phuc celebró una conferencia para "
    "anunciar la decisión del Buró Político que nombra al Sr. Duong Van An secretario del Comité Provincial del Partido "
    "de Vinh Phuc. De marzo de 2014 a octubre de 2020 fue subsecretario del Comité Provincial del Partido de Binh "
    "Thuan. De julio de 2021 a marzo de 2024 fue miembro del Comité Central del Partido.",
    "de": "Am Morgen des 18. März hielt das Provinzparteikomitee Vinh Phuc eine Konferenz ab, um die Entscheidung des "
    "Politbüros bekannt zu geben, Herrn Duong Van An zum Sekretär des Provinzparteikomitees Vinh Phuc zu ernennen. Von "
    "März 2014 bis Oktober 2020 war er stellvertretender Sekretär des Provinzparteikomitees Binh Thuan. Von Juli 2021 "
    "bis März 2024 war er Mitglied des Zentralkomitees der Partei.",
    "ar": "في صباح يوم 18 مارس، عقدت لجنة الحزب لمقاطعة فينه فوك مؤتمرا لإعلان قرار المكتب السياسي بتعيين السيد دونغ "
    "فان آن سكرتيرا للجنة الحزب لمقاطعة فينه فوك. من مارس 2014 إلى أكتوبر 2020، شغل منصب نائب سكرتير لجنة الحزب "
    "لمقاطعة بينه ثوان. من يوليو 2021 إلى مارس 2024، كان عضوا في اللجنة المركزية للحزب.",
}


@pytest.mark.parametrize("lang", sorted(CAREER_END))
def test_a_careers_last_year_is_the_texts_year(lang):
    assert _dates(CAREER_END[lang], lang) == ["2024-03-18"]


DEADLINE = [
    # (guards: a deadline's whole day, a range of days of one year, stay no year of the text's)
    (
        "en",
        "On March 18, the Vinh Phuc Provincial People's Committee held a conference on the merger. In 2024, the "
        "province's GRDP grew by 7%. The merger must be completed by December 31, 2025.",
        "2024-03-18",
    ),
    (
        "pl",
        "18 marca Prowincjonalny Komitet Ludowy Vinh Phuc zorganizował konferencję w sprawie fuzji. W 2024 r. PKB "
        "prowincji wzrósł o 7%. Fuzja musi zostać zakończona do 31 grudnia 2025 r.",
        "2024-03-18",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "date"), DEADLINE, ids=[f"{c[0]}-{i}" for i, c in enumerate(DEADLINE)]
)
def test_a_deadlines_year_stays_no_year_of_the_text(lang, text, date):
    assert _dates(text, lang) == [date]


# 5. a meeting of several days whose last day is a whole numeric date: its first day
SEVERAL_DAYS = [
    ("en", "On 7 and 8/12/2020, the Nghe An Provincial People's Council held its 17th session."),
    ("en", "From 7 to 9/12/2020, the Nghe An Provincial People's Council held its 17th session."),
    ("fr", "Les 7 et 8/12/2020, le Conseil populaire provincial de Nghe An a tenu sa 17e session."),
    ("fr", "Du 7 au 9/12/2020, le Conseil populaire provincial de Nghe An a tenu sa 17e session."),
    ("es", "Los días 7 y 8/12/2020, el Consejo Popular provincial de Nghe An celebró su 17ª sesión."),
    ("es", "Del 7 al 9/12/2020, el Consejo Popular provincial de Nghe An celebró su 17ª sesión."),
    ("de", "Am 7. und 8.12.2020 hielt der Provinzvolksrat Nghe An seine 17. Sitzung ab."),
    ("de", "Vom 7. bis 9.12.2020 hielt der Provinzvolksrat Nghe An seine 17. Sitzung ab."),
    ("pl", "W dniach 7 i 8.12.2020 Prowincjonalna Rada Ludowa Nghe An odbyła 17. sesję."),
    ("pl", "Od 7 do 9.12.2020 r. Prowincjonalna Rada Ludowa Nghe An odbyła 17. sesję."),
    ("ar", "يومي 7 و8/12/2020، عقد مجلس الشعب لمقاطعة نغي آن دورته السابعة عشرة."),
    ("ar", "من 7 إلى 9/12/2020، عقد مجلس الشعب لمقاطعة نغي آن دورته السابعة عشرة."),
    ("vi", "Trong hai ngày 7 và 8/12/2020, HĐND tỉnh Nghệ An tổ chức kỳ họp thứ 17."),
    # (guards: the month written as a word, a dash between the days)
    ("de", "Am 7. und 8. Dezember 2020 hielt der Provinzvolksrat Nghe An seine 17. Sitzung ab."),
    ("pl", "W dniach 7-9.12.2020 Prowincjonalna Rada Ludowa Nghe An odbyła 17. sesję."),
]


@pytest.mark.parametrize(
    ("lang", "text"), SEVERAL_DAYS, ids=[f"{c[0]}-{i}" for i, c in enumerate(SEVERAL_DAYS)]
)
def test_a_meeting_of_several_days_is_dated_by_its_first(lang, text):
    assert _dates(text, lang) == ["2020-12-07"]


def test_a_later_number_before_a_numeric_date_is_no_first_day():
    # (a larger number before the range word is no first day: the date stays the one written)
    text = "On 8/12/2020, the Nghe An Provincial People's Council held its 17th session, attended by 45 of 50 delegates."
    assert _dates(text, "en") == ["2020-12-08"]
    text = "Decision 15 and 8/12/2020: the Nghe An Provincial People's Council held its 17th session on 8/12/2020."
    assert _dates(text, "en") == ["2020-12-08"]


# review26 Medium 1 (on 440b46d4): a duty the year reviewed held is no event to come; the review is of the year before
DUTIES = [
    (
        "vi",
        "Ngày 15/1, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị tổng kết công tác lãnh đạo, chỉ đạo năm 2024.",
    ),
    ("vi", "Ngày 15/1, UBND tỉnh Nghệ An tổ chức hội nghị tổng kết công tác chỉ đạo, điều hành năm 2024."),
    (
        "vi",
        "Ngày 15/1, UBND tỉnh Nghệ An tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ cần hoàn thành trong năm "
        "2024.",
    ),
    (
        "en",
        "On January 15, the Nghe An Provincial People's Committee held a conference to review the tasks that needed to "
        "be completed in 2024.",
    ),
    (
        "en",
        "On January 15, the Nghe An Provincial People's Committee held a conference to review the work that must be "
        "done in 2024 and set tasks for 2025.",
    ),
    (
        "ar",
        "في 15 يناير، عقدت اللجنة الشعبية لمقاطعة نغي آن مؤتمرا لمراجعة المهام التي يجب إنجازها في عام 2024.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DUTIES, ids=[f"{c[0]}-{i}" for i, c in enumerate(DUTIES)])
def test_a_review_of_a_years_duties_is_of_the_year_after(lang, text):
    assert _dates(text, lang) == ["2025-01-15"]


# review26 Medium 2 (on ba90e43f): a same-day phrase that names another body than the one before's is its meeting
OTHER_BODY = {
    "en": "On the same day, at the meeting of the Provincial Party Standing Committee, delegates approved the personnel "
    "plan.",
    "vi": "Cùng ngày, tại cuộc họp Ban Thường vụ Tỉnh ủy, các đại biểu đã thông qua phương án nhân sự.",
    "fr": "Le même jour, lors de la réunion du Comité permanent provincial du Parti, les délégués ont approuvé le plan "
    "du personnel.",
    "es": "El mismo día, en la reunión del Comité Permanente Provincial del Partido, los delegados aprobaron el plan de "
    "personal.",
    "pl": "Tego samego dnia, na posiedzeniu Stałego Komitetu Prowincjonalnego Komitetu Partii, delegaci zatwierdzili "
    "plan kadrowy.",
    "ar": "وفي اليوم نفسه، وفي اجتماع اللجنة الدائمة للحزب الإقليمي، وافق المندوبون على خطة الموظفين.",
    "de": "Am selben Tag, auf der Sitzung des Ständigen Ausschusses des Provinzparteikomitees, billigten die Delegierten "
    "den Personalplan.",
}


@pytest.mark.parametrize("lang", sorted(OTHER_BODY))
def test_a_same_day_meeting_of_another_body_is_its_own(lang):
    meetings = extracted(SAME_DAY_LEAD[lang] + " " + OTHER_BODY[lang], lang).meetings
    assert [(m.date, m.organizer.org if m.organizer else None) for m in meetings] == [
        ("2025-11-17", "party_committee"),
        ("2025-11-17", "party_standing_committee"),
    ]


SAME_DAY_HALL = [
    # (a hall's phrase is a place: the sentence's own verb holds the session there)
    (
        "en",
        "On the same day, at the conference hall, the Provincial People's Council held its 20th session.",
        2,
    ),
    # (guard: the meeting of the body that held the conference, told on)
    (
        "en",
        "On the same day, at the meeting of the Provincial Party Committee, delegates discussed the plan for 2026.",
        1,
    ),
    (
        "vi",
        "Cùng ngày, tại cuộc họp của UBND tỉnh, ông Nguyễn Văn B, Chủ tịch UBND tỉnh, yêu cầu các sở đẩy nhanh tiến độ.",
        2,
    ),
]


@pytest.mark.parametrize(
    ("lang", "second", "count"), SAME_DAY_HALL, ids=[f"{c[0]}-{i}" for i, c in enumerate(SAME_DAY_HALL)]
)
def test_a_same_day_hall_names_no_meeting_its_verb_does(lang, second, count):
    assert _dates(SAME_DAY_LEAD[lang] + " " + second, lang) == ["2025-11-17"] * count


# review26 Low 2 (on 52ec9c74): the Fatherland Front's committee sits by terms too
FRONT = {
    "en": "At its first meeting, the 11th Nghe An Provincial Fatherland Front Committee elected its Standing Board. Mr. "
    "Nguyen Van A, Chairman of the Provincial Fatherland Front Committee for the 2024-2029 term, presided.",
    "fr": "Lors de sa première réunion, le 11e Comité provincial du Front de la Patrie de Nghe An a élu son bureau "
    "permanent. M. Nguyen Van A, président du Comité provincial du Front de la Patrie pour le mandat 2024-2029, a "
    "présidé.",
}


@pytest.mark.parametrize("lang", sorted(FRONT))
def test_a_first_meeting_of_the_fronts_term_takes_its_term(lang):
    assert _dates(FRONT[lang], lang) == ["2024"]


# review26 Low 4 (on d4495b84): the last year of a range counts only for a career's (a role in its sentence)
PROJECT = {
    "en": "On March 18, the Nghe An Provincial People's Committee held a conference on the project. The project runs "
    "from July 2025 to May 2027.",
    "pl": "18 marca Prowincjonalny Komitet Ludowy Nghe An zorganizował konferencję w sprawie projektu. Projekt trwa od "
    "lipca 2025 r. do maja 2027 r.",
}


@pytest.mark.parametrize("lang", sorted(PROJECT))
def test_a_projects_last_year_is_no_year_of_the_text(lang):
    assert _dates(PROJECT[lang], lang) == [None]
