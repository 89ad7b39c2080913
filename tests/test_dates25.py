"""dates25: what docs/dates.md's dates24 left open, each in the 7 languages, with the guards that keep the nearby right
readings (docs/dates.md "dates25").

1. An opening session is the congress's own: a lead naming it ('Attending the opening session were 396 official
   delegates.', 'وحضر الجلسة الافتتاحية 396 مندوبًا') and then a sentence naming only a congress with its term is
   that congress, dated by the term it opens (mt32ar-01); another sitting's lead stays the undated sitting.
2. A January review of what ran until a day late in the year before ('to review the campaign that ran until December
   31, 2024', 'qui s'est déroulée jusqu'au 31 décembre 2024', 'die bis zum 31. Dezember 2024 lief', 'która trwała do
   31 grudnia 2024 r.', vi 'đến hết ngày 31/12/2024') is of the year after, as c69d69e1 reads a day that ended it:
   the day after an ``until`` cue was blanked as a target and the text's year taken (en, fr, de, pl, vi). Not a
   deadline a later clause sets, nor what is still to come, nor a day of April.
3. A spring review of preparations for a congress whose day a bare participle sets ('the congress scheduled for
   December 15, 2025', 'prévu pour le', 'programado para', 'den für den 15. Dezember 2025 angesetzten Parteitag',
   'zaplanowanego na', 'المقرر في') keeps the year the sentence writes: dedfc2e9 read only finite wordings ('which is
   scheduled for'), so en, fr, es, de, pl, ar gave 2026-03-03. A new cue kind, ``scheduled``, not ``planned``: its
   sentence may still report a meeting held ('the congress, scheduled for three days, opened').
4. An adverb or a side between an attended meeting's noun and its attendees: ar 'حضر الدورة أيضا الرفيق A' (also), vi
   'Tham dự buổi lễ về phía tỉnh có đồng chí A' (on the province's side) name the meeting as 'حضر الدورة الرفيق A'
   does (9c3fde5a, 27615a33); a training course or the games attended stay none.

1b. The same in mt32ar-01's full text: its first sentence says the conference was attended ('حضر السيد A ...
   المؤتمر وقدم توجيهاته', ar's one noun for a conference and a congress), then the opening session, a sentence of
   counts, and the congress with its term: the text's one meeting is the congress (_the_congress), dated 2025, as
   before when no other kind was named; an opening sitting is no other kind now. A conference only named ('after the
   conference'), a generic meeting two sentences before a congress, stay as they were.

Part 2 (the unlabelled residue, docs/dates.md "dates25"):
5. An aggregator's copy whose own URL writes no date, ending with the source's line ('Nguồn Gia Lai:
   http://baogialai.com.vn/channel/12377/201912/...'), takes the year from that line as an article of no URL does
   (u-vi-1144: a ninth session's 'Ngày 9/11' was 2016-11-09 from its term and a biography's 'Tháng 6/2016').
"""

import pytest

from tests.helpers import extracted


def _meetings(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    return [(m.date, m.kind) for m in extracted(text, lang).meetings]


# 1. an opening session, then the congress it opens named with its term
OPENING = {
    "en": "Attending the opening session were 396 official delegates representing nearly 74,000 party members. The 1st "
    "Congress of Delegates of the Khanh Hoa Provincial Party Committee (term 2025 - 2030) announced the decision of the "
    "Politburo.",
    "ar": "وحضر الجلسة الافتتاحية 396 مندوبًا رسميًا يمثلون ما يقرب من 74000 عضو في الحزب. أعلن مؤتمر مندوبي لجنة الحزب "
    "لمقاطعة خانه هوا الأول (للفترة 2025-2030) قرار المكتب السياسي.",
    "fr": "Ont assisté à la séance d'ouverture 396 délégués officiels représentant près de 74 000 membres du Parti. Le 1er "
    "Congrès des délégués du Comité provincial du Parti de Khanh Hoa (mandat 2025-2030) a annoncé la décision du Bureau "
    "politique.",
    "es": "A la sesión de apertura asistieron 396 delegados oficiales que representan a casi 74.000 militantes. El 1.er "
    "Congreso de Delegados del Comité Provincial del Partido de Khanh Hoa (mandato 2025-2030) anunció la decisión del "
    "Buró Político.",
    "de": "An der Eröffnungssitzung nahmen 396 offizielle Delegierte teil, die fast 74.000 Parteimitglieder vertreten. Der "
    "1. Delegiertenkongress des Provinzparteikomitees Khanh Hoa (Amtszeit 2025-2030) gab die Entscheidung des "
    "Politbüros bekannt.",
    "pl": "W sesji otwierającej wzięło udział 396 oficjalnych delegatów reprezentujących blisko 74 000 członków partii. I "
    "Zjazd Delegatów Komitetu Partii Prowincji Khanh Hoa (kadencja 2025-2030) ogłosił decyzję Biura Politycznego.",
    "vi": "Dự phiên khai mạc có 396 đại biểu chính thức đại diện cho gần 74.000 đảng viên. Đại hội đại biểu Đảng bộ tỉnh "
    "Khánh Hòa lần thứ I (nhiệm kỳ 2025 - 2030) đã công bố quyết định của Bộ Chính trị.",
}


@pytest.mark.parametrize("lang", sorted(OPENING))
def test_an_opening_session_is_the_congress_named_next(lang):
    assert _meetings(OPENING[lang], lang) == [("2025", "congress")]


# (guards: a sitting that opens nothing, a council's, before the congress named next stays the undated sitting; an
# opening session followed by another kind of meeting too)
SITTING = {
    "en": "Attending the session were 50 delegates of the Provincial People's Council. The 1st Congress of Delegates of "
    "the Khanh Hoa Provincial Party Committee (term 2025 - 2030) announced the decision of the Politburo.",
    "ar": "وحضر الجلسة 50 مندوبًا من مجلس الشعب الإقليمي. أعلن مؤتمر مندوبي لجنة الحزب لمقاطعة خانه هوا الأول (للفترة "
    "2025-2030) قرار المكتب السياسي.",
    "fr": "Ont assisté à la session 50 délégués du Conseil populaire provincial. Le 1er Congrès des délégués du Comité "
    "provincial du Parti de Khanh Hoa (mandat 2025-2030) a annoncé la décision du Bureau politique.",
    "es": "A la sesión asistieron 50 delegados del Consejo Popular Provincial. El 1.er Congreso de Delegados del Comité "
    "Provincial del Partido de Khanh Hoa (mandato 2025-2030) anunció la decisión del Buró Político.",
    "de": "An der Sitzung nahmen 50 Delegierte des Provinzvolksrates teil. Der 1. Delegiertenkongress des "
    "Provinzparteikomitees Khanh Hoa (Amtszeit 2025-2030) gab die Entscheidung des Politbüros bekannt.",
    "pl": "W sesji wzięło udział 50 delegatów Prowincjonalnej Rady Ludowej. I Zjazd Delegatów Komitetu Partii Prowincji "
    "Khanh Hoa (kadencja 2025-2030) ogłosił decyzję Biura Politycznego.",
}


@pytest.mark.parametrize("lang", sorted(SITTING))
def test_another_sitting_before_a_congress_stays_the_sitting(lang):
    assert _meetings(SITTING[lang], lang) == [(None, "session")]


def test_an_opening_session_before_another_meeting_stays_the_sitting():
    text = (
        "Attending the opening session were 396 official delegates. The Standing Committee then met to discuss the "
        "budget for 2026."
    )
    assert _meetings(text, "en") == [(None, "session")]


# 2. a January review of a campaign that ran until the last day of the year before
UNTIL = {
    "en": "On January 5, the Provincial People's Committee held a conference to review the emulation campaign that ran "
    "until December 31, 2024.",
    "fr": "Le 5 janvier, le Comité populaire provincial a tenu une conférence pour faire le bilan de la campagne "
    "d'émulation qui s'est déroulée jusqu'au 31 décembre 2024.",
    "de": "Am 5. Januar hielt das Provinzvolkskomitee eine Konferenz ab, um die Nachahmungskampagne zu bewerten, die bis "
    "zum 31. Dezember 2024 lief.",
    "pl": "5 stycznia Prowincjonalny Komitet Ludowy zorganizował konferencję w celu podsumowania kampanii "
    "współzawodnictwa, która trwała do 31 grudnia 2024 r.",
    "vi": "Ngày 5/1, UBND tỉnh tổ chức hội nghị tổng kết phong trào thi đua diễn ra đến hết ngày 31/12/2024.",
    "es": "El 5 de enero, el Comité Popular Provincial celebró una conferencia para evaluar la campaña de emulación que "
    "se desarrolló hasta el 31 de diciembre de 2024.",
    "ar": "في 5 يناير، عقدت اللجنة الشعبية الإقليمية مؤتمرا لمراجعة حملة المحاكاة التي استمرت حتى 31 ديسمبر 2024.",
}


@pytest.mark.parametrize("lang", sorted(UNTIL))
def test_a_january_review_of_what_ran_until_december_is_of_the_year_after(lang):
    assert _meetings(UNTIL[lang], lang) == [("2025-01-05", "conference")]


# (guards: a deadline a later clause sets, a launch, what will still run, a review in April keep the year as it was)
NOT_UNTIL = [
    (
        "en",
        "On January 10, the Provincial People's Committee held a conference to review the work and asked units to "
        "finish the merger before December 31, 2025.",
        "2025-01-10",
    ),
    (
        "fr",
        "Le 10 janvier, le Comité populaire provincial a tenu une conférence pour faire le bilan du travail et a demandé "
        "aux unités d'achever la fusion avant le 31 décembre 2025.",
        "2025-01-10",
    ),
    (
        "de",
        "Am 10. Januar hielt das Provinzvolkskomitee eine Konferenz ab, um die Arbeit zu bewerten, und forderte die "
        "Einheiten auf, die Fusion bis zum 31. Dezember 2025 abzuschließen.",
        "2025-01-10",
    ),
    (
        "pl",
        "10 stycznia Prowincjonalny Komitet Ludowy zorganizował konferencję w celu podsumowania pracy i polecił "
        "jednostkom zakończyć fuzję do 31 grudnia 2025 r.",
        "2025-01-10",
    ),
    (
        "vi",
        "Ngày 10/1, UBND tỉnh tổ chức hội nghị tổng kết công tác và yêu cầu các đơn vị hoàn thành việc sáp nhập trước "
        "ngày 31/12/2025.",
        "2025-01-10",
    ),
    (
        "en",
        "On January 5, the Provincial People's Committee held a conference to launch the emulation campaign that runs "
        "until December 31, 2025.",
        "2025-01-05",
    ),
    (
        "en",
        "On January 5, the Provincial People's Committee held a conference to review the plan, which will run until "
        "December 31, 2025.",
        "2025-01-05",
    ),
    (
        "en",
        "On April 5, the Provincial People's Committee held a conference to review the emulation campaign that ran "
        "until December 31, 2024.",
        "2024-04-05",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "date"), NOT_UNTIL, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_UNTIL)]
)
def test_a_deadline_a_launch_or_a_spring_review_keeps_the_year(lang, text, date):
    assert [d for d, _ in _meetings(text, lang)] == [date]


# 3. a review of preparations for a congress a bare participle schedules
SCHEDULED = {
    "en": "On March 3, the Nghe An Provincial Party Committee held a conference to review preparations for the congress "
    "scheduled for December 15, 2025.",
    "fr": "Le 3 mars, le Comité provincial du Parti de Nghe An a tenu une conférence pour examiner les préparatifs du "
    "congrès prévu pour le 15 décembre 2025.",
    "es": "El 3 de marzo, el Comité Provincial del Partido de Nghe An celebró una conferencia para revisar los "
    "preparativos del congreso programado para el 15 de diciembre de 2025.",
    "de": "Am 3. März hielt das Provinzparteikomitee Nghe An eine Konferenz ab, um die Vorbereitungen für den für den "
    "15. Dezember 2025 angesetzten Parteitag zu überprüfen.",
    "pl": "3 marca Prowincjonalny Komitet Partii Nghe An zorganizował konferencję w celu przeglądu przygotowań do zjazdu "
    "zaplanowanego na 15 grudnia 2025 r.",
    "vi": "Ngày 3/3, Tỉnh ủy Nghệ An tổ chức hội nghị rà soát công tác chuẩn bị Đại hội được ấn định vào ngày 15/12/2025.",
    "ar": "في 3 مارس، عقدت لجنة الحزب لمقاطعة نغي آن مؤتمرا لمراجعة التحضيرات للمؤتمر المقرر في 15 ديسمبر 2025.",
}


@pytest.mark.parametrize("lang", sorted(SCHEDULED))
def test_a_review_of_preparations_for_a_scheduled_congress_keeps_the_year(lang):
    assert _meetings(SCHEDULED[lang], lang) == [("2025-03-03", "conference")]


# (guards: a congress a participle gives days to still opened that day; the January review of a campaign that ended)
HELD = {
    "en": "On December 15, the congress, scheduled for three days, opened in Vinh city.",
    "fr": "Le 15 décembre, le congrès, programmé pour trois jours, s'est ouvert dans la ville de Vinh.",
    "es": "El 15 de diciembre, se inauguró el congreso, programado para tres días, en la ciudad de Vinh.",
    "de": "Am 15. Dezember wurde der für drei Tage angesetzte Parteitag in der Stadt Vinh eröffnet.",
}


@pytest.mark.parametrize("lang", sorted(HELD))
def test_a_congress_a_participle_gives_days_still_opened(lang):
    assert _meetings(HELD[lang], lang) == [(None, "congress")]


# 4. an adverb or a side between the attended noun and the attendees
ASIDE = [
    ("ar", "حضر الدورة أيضا الرفيق نغوين فان آن، أمين لجنة الحزب الإقليمية.", [(None, "session")]),
    ("ar", "حضر الدورة كذلك ممثلو اللجنة الشعبية الإقليمية.", [(None, "session")]),
    ("vi", "Tham dự buổi lễ về phía tỉnh có đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy.", [(None, "ceremony")]),
    ("vi", "Tham dự buổi lễ về phía trung ương có lãnh đạo Ban Tổ chức Trung ương.", [(None, "ceremony")]),
    # (guards: a training course, the games)
    ("ar", "حضر الدورة التدريبية أيضا الرفيق نغوين فان آن.", []),
    ("ar", "حضر الدورة الرياضية أيضا قادة الفرق.", []),
    ("vi", "Tham dự lớp học về phía tỉnh có đồng chí Nguyễn Văn An.", []),
]


@pytest.mark.parametrize(("lang", "text", "want"), ASIDE, ids=[f"{c[0]}-{i}" for i, c in enumerate(ASIDE)])
def test_an_adverb_or_a_side_before_the_attendees(lang, text, want):
    assert _meetings(text, lang) == want


# 5. the source line of an aggregator's copy whose own URL writes no date
COPY = (
    "Bình Phước có nữ Chủ tịch tỉnh\n"
    "Ngày 9/11, bà Trần Tuệ Hiền được HĐND tỉnh bầu làm Chủ tịch UBND tỉnh Bình Phước (nhiệm kỳ 2016-2021), thay ông "
    "Nguyễn Văn Trăm nghỉ hưu.\n"
    "Cũng tại kỳ họp thứ 9, HĐND tỉnh đã miễn nhiệm chức vụ Chủ tịch HĐND tỉnh khóa IX, nhiệm kỳ 2016-2021.\n"
    "Nguồn Gia Lai: http://baogialai.com.vn/channel/12377/201912/binh-phuoc-co-nu-chu-tich-tinh-5660807/"
)


@pytest.mark.parametrize(
    ("url", "date"),
    [
        ("https://baomoi.net.vn/binh-phuoc-co-nu-chu-tich-tinh-c33265596.epi", "2019-11-09"),
        (None, "2019-11-09"),
        # (guard: the copy's own URL that writes a date wins)
        ("https://example.vn/2020/11/binh-phuoc.html", "2020-11-09"),
    ],
)
def test_an_aggregators_copy_takes_the_year_of_its_source_line(url, date):
    assert [m.date for m in extracted(COPY, "vi", url=url).meetings] == [date]


# 1b. ar's conference word attended, an opening session and a sentence of counts between it and the congress
ATTENDED = (
    "حضر السيد تران ثانه مان، عضو المكتب السياسي، رئيس الجمعية الوطنية، المؤتمر وقدم توجيهاته. وحضر الجلسة الافتتاحية "
    "396 مندوبًا رسميًا يمثلون ما يقرب من 74000 عضو في الحزب. ومن بينهم 56 مندوبًا بحكم مناصبهم و340 مندوبًا معينًا. "
    "أعلن مؤتمر مندوبي لجنة الحزب لمقاطعة خانه هوا الأول (للفترة 2025-2030) قرار المكتب السياسي."
)


def test_an_attended_conference_word_then_the_opening_session_is_the_congress_of_its_term():
    assert _meetings(ATTENDED, "ar") == [("2025", "conference")]


# (guards: the conference word not attended, held nor chaired; a first sitting of the executive, then a sentence of
# no meeting, then the congress: no opening sitting between; each keeps its kind, dated by the text's term)
NOT_RENAMED = [
    (
        "ar",
        "طلبت اللجنة الدائمة من لجان الحزب في الأحياء الثلاثة إعداد المحتويات بعناية؛ وتنظيم تبادل الخبرات فورًا بعد "
        "المؤتمر. المندوبون المشاركون في مؤتمر الحزب لوكالات الحزب في منطقة لونغ شيوين، الفترة 2025-2030.",
        [("2025", "conference")],
    ),
    (
        "vi",
        "Trong phiên họp đầu tiên, Ban chấp hành Đảng bộ tỉnh Bắc Kạn khóa XII đã bầu Ban thường vụ Tỉnh ủy khóa mới "
        "gồm 13 đồng chí. Đồng chí Hoàng Duy Chinh được tín nhiệm bầu giữ chức vụ Bí thư Tỉnh ủy. Đồng chí Hoàng Duy "
        "Chinh phát biểu tại Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2020 - 2025.",
        [("2020", "meeting")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), NOT_RENAMED, ids=["ar-after", "vi-first-sitting"])
def test_a_conference_only_named_or_a_sitting_two_sentences_before_stays(lang, text, want):
    assert _meetings(text, lang) == want


# (review25 Medium 1: the source line is a last resort, under a source word: not a related link's 'Xem thêm:', nor
# over the article's own publication date)
LINKED = (
    "Ngày 9/11, HĐND tỉnh Bình Phước tổ chức kỳ họp thứ 9 và bầu bà Trần Tuệ Hiền làm Chủ tịch UBND tỉnh.\n"
)


@pytest.mark.parametrize(
    ("tail", "published", "date"),
    [
        ("Xem thêm: https://baogialai.com.vn/channel/12377/201912/x/", "2024-11-10", "2024-11-09"),
        ("Xem thêm: https://baogialai.com.vn/channel/12377/201912/x/", None, None),
        ("Nguồn Gia Lai: https://baogialai.com.vn/channel/12377/201912/x/", "2024-11-10", "2024-11-09"),
        ("Nguồn Gia Lai: https://baogialai.com.vn/channel/12377/201912/x/", None, "2019-11-09"),
    ],
    ids=["related-published", "related", "source-published", "source"],
)
def test_the_source_line_is_a_last_resort_under_a_source_word(tail, published, date):
    url = "https://baomoi.com/binh-phuoc-c33265596.epi"
    assert [m.date for m in extracted(LINKED + tail, "vi", url=url, published=published).meetings] == [date]


# (review25 Medium 3: a council's opening sitting is the council's own, not the congress its next sentence speaks of)
COUNCIL = {
    "en": "Attending the opening session were 50 delegates of the Nghe An Provincial People's Council. The council "
    "welcomed the success of the 20th Provincial Party Congress (term 2020-2025).",
    "fr": "La séance d'ouverture a réuni 50 délégués du Conseil populaire provincial de Nghe An. Les délégués ont salué "
    "le succès du 20e Congrès provincial du Parti (mandat 2020-2025).",
    "ar": "وحضر الجلسة الافتتاحية 50 مندوبًا من مجلس الشعب لمقاطعة نغي آن. ورحب المجلس بنجاح المؤتمر العشرين للحزب "
    "الإقليمي (للفترة 2020-2025).",
    "pl": "W sesji otwierającej wzięło udział 50 delegatów Prowincjonalnej Rady Ludowej Nghe An. Rada z zadowoleniem "
    "przyjęła sukces XX Zjazdu Prowincjonalnego Partii (kadencja 2020-2025).",
}


@pytest.mark.parametrize("lang", sorted(COUNCIL))
def test_a_councils_opening_sitting_stays_the_councils(lang):
    assert _meetings(COUNCIL[lang], lang) == [(None, "session")]


# (review25 Medium 2: a day still to come after `until`, an extension's or a present's, is no review's end)
EXTENDED = [
    (
        "en",
        "On February 10, the Nghe An Provincial People's Committee held a meeting to review progress of the "
        "expressway, extended until December 31, 2025.",
        "2025-02-10",
    ),
    (
        "en",
        "On January 5, the Provincial People's Committee held a conference to review the campaign that runs until "
        "December 31, 2025.",
        "2025-01-05",
    ),
    (
        "fr",
        "Le 10 février, le Comité populaire provincial de Nghe An a tenu une réunion pour examiner le projet, prolongé "
        "jusqu'au 31 décembre 2025.",
        "2025-02-10",
    ),
    (
        "de",
        "Am 10. Februar hielt das Provinzvolkskomitee Nghe An eine Sitzung ab, um das Projekt zu überprüfen, das bis "
        "zum 31. Dezember 2025 verlängert wurde.",
        "2025-02-10",
    ),
    (
        "pl",
        "10 lutego Prowincjonalny Komitet Ludowy Nghe An zorganizował spotkanie w celu przeglądu projektu "
        "przedłużonego do 31 grudnia 2025 r.",
        "2025-02-10",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "date"), EXTENDED, ids=[f"{c[0]}-{i}" for i, c in enumerate(EXTENDED)]
)
def test_a_review_up_to_a_day_still_to_come_keeps_the_year(lang, text, date):
    assert [d for d, _ in _meetings(text, lang)] == [date]


# (review25 Medium 4: the day a participle schedules after a holding verb is the scheduled event's, no day of the
# meeting held; the meeting keeps that day's year)
PREPARES = [
    (
        "es",
        "El Comité Popular de la provincia de Nghe An celebró una reunión para preparar el congreso programado para el "
        "15 de octubre de 2025.",
        ["2025"],
    ),
    (
        "es",
        "El Comité Popular de la provincia de Nghe An celebró una reunión para revisar la fusión, prevista para el 1 de "
        "julio de 2025.",
        ["2025"],
    ),
    (
        "en",
        "The Nghe An Provincial People's Committee held a conference to prepare for the provincial Party congress "
        "scheduled for October 15, 2025.",
        ["2025"],
    ),
    (
        "pl",
        "Prowincjonalny Komitet Ludowy Nghe An zorganizował konferencję w celu przygotowania zjazdu zaplanowanego na 15 "
        "października 2025 r.",
        ["2025"],
    ),
    # (guard: no holding verb before the participle: the congress's own day)
    ("en", "The congress scheduled for October 15, 2025 opened in Vinh city.", ["2025-10-15"]),
]


@pytest.mark.parametrize(
    ("lang", "text", "dates"), PREPARES, ids=[f"{c[0]}-{i}" for i, c in enumerate(PREPARES)]
)
def test_a_scheduled_events_day_is_no_day_of_the_meeting_held(lang, text, dates):
    assert [d for d, _ in _meetings(text, lang)] == dates
