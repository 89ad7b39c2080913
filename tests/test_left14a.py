"""left14a (stop 28): faults of the meetings/dates family left by review13 (docs/reviews/review13.md)."""

import pytest

from kg.extract import extract
from kg.model import Article


def _meetings(text: str, lang: str) -> list[tuple]:
    x = extract(Article("t", text, lang=lang))
    return [(m.kind, m.date) for m in x.meetings]


# review13 item 5 (38a483a's to_now): a named meeting's own day before "to date" / "đến nay" is the meeting's, no
# post's starting day ("since the congress of that day to now")
@pytest.mark.parametrize(
    "lang, text",
    [
        ("vi", "Từ Đại hội Đảng bộ tỉnh lần thứ XVII ngày 15/10/2020 đến nay, tỉnh đã đạt nhiều thành tựu."),
        (
            "en",
            "Since the 17th Provincial Party Congress on October 15, 2020 to date, the province has achieved much.",
        ),
        (
            "es",
            "Desde el XVII Congreso del Partido provincial, el 15 de octubre de 2020, hasta la fecha, la provincia ha"
            " logrado muchos resultados.",
        ),
        (
            "fr",
            "Depuis le XVIIe Congrès du Parti provincial, le 15 octobre 2020, à ce jour, la province a obtenu de"
            " nombreux résultats.",
        ),
        (
            "pl",
            "Od XVII Zjazdu Partii Prowincji, 15 października 2020 r., do dziś prowincja osiągnęła wiele wyników.",
        ),
        (
            "de",
            "Seit dem 17. Parteitag der Provinz am 15. Oktober 2020 bis heute hat die Provinz viel erreicht.",
        ),
    ],
)
def test_a_meetings_day_before_to_now_dates_the_meeting(lang, text):
    assert _meetings(text, lang) == [("congress", "2020-10-15")]


# guards: a post held from a day to now is no sitting (38a483a), also after a meeting noun when a role stands between
# or the day opens a clause of its own
@pytest.mark.parametrize(
    "lang, text",
    [
        ("vi", "Ông được HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh từ 8-2-2017 đến nay."),
        ("vi", "Tại Đại hội, ông được bầu giữ chức Chủ tịch UBND tỉnh từ 15/10/2020 đến nay."),
        (
            "en",
            "At the Congress, he was elected Chairman of the Provincial People's Committee, a post he has held from"
            " October 15, 2020 to date.",
        ),
    ],
)
def test_a_posts_day_to_now_stays_no_meetings_day(lang, text):
    assert all(date != "2020-10-15" and date != "2017-02-08" for _, date in _meetings(text, lang))


# review13 item 10 (b87b6dc's days_worked rows listed 2, 3 and 4 days): the days a meeting worked are a number grammar
# (a word valued after, a quantity word, digits or a cardinal word, the day noun), not a phrase table: the congress
# that closed on 19 October after five days opened on the 15th
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "After 5 days of work, on October 19, 2020, the 17th Provincial Party Congress closed."),
        (
            "en",
            "After nearly five days of work, on October 19, 2020, the 17th Provincial Party Congress closed.",
        ),
        (
            "es",
            "Tras casi 5 días de trabajo, el 19 de octubre de 2020, se clausuró el XVII Congreso del Partido provincial.",
        ),
        (
            "es",
            "Después de cinco días de trabajo, el 19 de octubre de 2020, se clausuró el XVII Congreso del Partido.",
        ),
        ("vi", "Sau 5 ngày làm việc, ngày 19/10/2020, Đại hội Đảng bộ tỉnh lần thứ XVII bế mạc."),
        ("vi", "Sau gần năm ngày làm việc, ngày 19/10/2020, Đại hội Đảng bộ tỉnh lần thứ XVII bế mạc."),
        ("pl", "Po 5 dniach pracy, 19 października 2020 r. zakończył się XVII Zjazd Partii Prowincji."),
        ("pl", "Po pięciu dniach pracy, 19 października 2020 r. zakończył się XVII Zjazd Partii Prowincji."),
        (
            "fr",
            "Après 5 jours de travail, le 19 octobre 2020, le XVIIe Congrès du Parti provincial s'est clôturé.",
        ),
        (
            "fr",
            "Après cinq jours de travail, le 19 octobre 2020, le XVIIe Congrès du Parti provincial s'est clôturé.",
        ),
        ("de", "Nach 5 Tagen Arbeit ging am 19. Oktober 2020 der 17. Parteitag der Provinz zu Ende."),
        ("de", "Nach fünf Tagen Arbeit ging am 19. Oktober 2020 der 17. Parteitag der Provinz zu Ende."),
        ("ar", "بعد 5 أيام من العمل، في 19 أكتوبر 2020، اختتم المؤتمر السابع عشر للحزب في المقاطعة."),
        ("ar", "بعد خمسة أيام من العمل، في 19 أكتوبر 2020، اختتم المؤتمر السابع عشر للحزب في المقاطعة."),
    ],
)
def test_the_days_worked_are_a_number_grammar(lang, text):
    assert [date for _, date in _meetings(text, lang)] == ["2020-10-15"]


# the table's readings stay: 'more than' counts a day more, a half day is a day, the compounds the grammar cannot make
# ('po dwudniowej', 'nach zweitägiger', the Arabic dual) keep their rows
@pytest.mark.parametrize(
    "lang, text, date",
    [
        (
            "en",
            "After more than 2 days of work, on October 19, 2020, the 17th Provincial Party Congress closed.",
            "2020-10-17",
        ),
        (
            "vi",
            "Sau 2 ngày rưỡi làm việc, ngày 19/10/2020, Đại hội Đảng bộ tỉnh lần thứ XVII bế mạc.",
            "2020-10-17",
        ),
        (
            "pl",
            "Po dwóch i pół dnia pracy, 19 października 2020 r. zakończył się XVII Zjazd Partii Prowincji.",
            "2020-10-17",
        ),
        (
            "es",
            "Tras dos días y medio de trabajo, el 19 de octubre de 2020, se clausuró el XVII Congreso.",
            "2020-10-17",
        ),
        (
            "pl",
            "Po dwudniowej pracy, 19 października 2020 r. zakończył się XVII Zjazd Partii Prowincji.",
            "2020-10-18",
        ),
        (
            "de",
            "Nach zweitägiger Arbeit ging am 19. Oktober 2020 der 17. Parteitag der Provinz zu Ende.",
            "2020-10-18",
        ),
        (
            "ar",
            "بعد يومين من العمل، في 19 أكتوبر 2020، اختتم المؤتمر السابع عشر للحزب في المقاطعة.",
            "2020-10-18",
        ),
    ],
)
def test_the_days_worked_tables_readings_stay(lang, text, date):
    assert [d for _, d in _meetings(text, lang)] == [date]


# guards: no day noun right after the number ('after 5 years'), more than ten days, the days after the day named with
# no closing verb between: the day named stays
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "After 5 years of work, on October 19, 2020, the 17th Provincial Party Congress opened."),
        (
            "en",
            "After 15 days of preparation, on October 19, 2020, the 17th Provincial Party Congress opened.",
        ),
        (
            "es",
            "El 19 de octubre de 2020 se inauguró el XVII Congreso del Partido provincial, tras cinco días de preparativos.",
        ),
        ("pl", "Po pięciu latach, 19 października 2020 r. rozpoczął się XVII Zjazd Partii Prowincji."),
    ],
)
def test_no_days_worked_keeps_the_day(lang, text):
    assert [d for _, d in _meetings(text, lang)] == ["2020-10-19"]


# item 3 (b87b6dc read en/es/fr 'the plenary session of the Congress' as the congress): a session of the congress in
# every pack, a generic meeting noun too (vi 'phiên họp', fr 'séance'), a level word ('of the 17th Provincial Party
# Congress') or an ordinal's dot ('des 17. Parteitags') between
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "vi",
            "Tại phiên họp trọng thể Đại hội Đảng bộ tỉnh lần thứ XVII sáng 15/10/2020, các đại biểu đã bầu Ban Chấp hành.",
        ),
        ("vi", "Tại phiên khai mạc Đại hội Đảng bộ tỉnh lần thứ XVII sáng 15/10/2020, ông A phát biểu."),
        (
            "ar",
            "في الجلسة العامة لمؤتمر الحزب الإقليمي السابع عشر صباح 15 أكتوبر 2020، انتخب المندوبون اللجنة التنفيذية.",
        ),
        ("ar", "في الجلسة الافتتاحية لمؤتمر الحزب الإقليمي صباح 15 أكتوبر 2020، ألقى السيد A كلمة."),
        (
            "en",
            "At the opening session of the 17th Provincial Party Congress on the morning of October 15, 2020, Mr. A spoke.",
        ),
        (
            "fr",
            "Lors de la séance d'ouverture du XVIIe Congrès du Parti provincial, le matin du 15 octobre 2020, M. A a parlé.",
        ),
        (
            "es",
            "En la sesión de apertura del XVII Congreso del Partido provincial, el 15 de octubre de 2020, el Sr. A habló.",
        ),
        (
            "de",
            "Auf der Plenarsitzung des 17. Parteitags der Provinz am 15. Oktober 2020 stimmten die Delegierten ab.",
        ),
        (
            "pl",
            "Podczas sesji otwierającej XVII Zjazdu Partii Prowincji rano 15 października 2020 r. przemawiał pan A.",
        ),
    ],
)
def test_a_session_of_the_congress_is_the_congress(lang, text):
    assert _meetings(text, lang) == [("congress", "2020-10-15")]


# guards: a session about the congress (819a53d), a sitting of its own (no congress noun), a meeting to prepare the
# congress with more words between stay no congress
@pytest.mark.parametrize(
    "lang, text, kind",
    [
        (
            "vi",
            "Tại phiên họp, ngày 15/10/2020, Ban Thường vụ Tỉnh ủy cho ý kiến về công tác chuẩn bị Đại hội.",
            "meeting",
        ),
        (
            "vi",
            "Ngày 10/10/2020, cuộc họp bàn về công tác chuẩn bị Đại hội Đảng bộ tỉnh diễn ra tại Tỉnh ủy.",
            "meeting",
        ),
        (
            "fr",
            "Lors de la séance d'ouverture, le 15 octobre 2020, le Conseil populaire provincial a adopté 12 résolutions.",
            "session",
        ),
        (
            "en",
            "At the session on the 17th Provincial Party Congress on October 15, 2020, the Standing Committee met.",
            "session",
        ),
    ],
)
def test_a_session_apart_from_the_congress_stays(lang, text, kind):
    assert [k for k, _ in _meetings(text, lang)] == [kind]


# item 4: de, pl, cs write ordinals with a dot ('ordinals	dotted' in format.tsv): a Roman ordinal's dot before a
# noun it opens (a congress, a term, a meeting, a body of the pack) ends no sentence; the meeting it names is read
@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "de",
            "Seit dem XIII. Parteitag der Partei am 25. Januar 2021 hat die Provinz viel erreicht.",
            ["Seit dem XIII. Parteitag der Partei am 25. Januar 2021 hat die Provinz viel erreicht."],
        ),
        (
            "de",
            "Der XIV. Nationalkongress der Partei wurde eröffnet. Der XIII. Zentralkomitee tagte.",
            ["Der XIV. Nationalkongress der Partei wurde eröffnet.", "Der XIII. Zentralkomitee tagte."],
        ),
        (
            "pl",
            "Sesja XIII. Zjazdu Partii Prowincji rozpoczęła się.",
            ["Sesja XIII. Zjazdu Partii Prowincji rozpoczęła się."],
        ),
        # guards: a sentence after the Roman numeral ('Die', 'Pani': no noun an ordinal opens), a language whose
        # ordinals take no dot (vi 'khóa XIX. Đại hội ...', en 'term XV. Son La ...')
        (
            "de",
            "Sie war Mitglied des Zentralkomitees, Amtszeit X. Die Delegierten wählten sie.",
            ["Sie war Mitglied des Zentralkomitees, Amtszeit X.", "Die Delegierten wählten sie."],
        ),
        (
            "pl",
            "Była członkinią Komitetu Centralnego Frontu Ojczystego kadencji X. Pani Ha Thi Nga przemawiała.",
            [
                "Była członkinią Komitetu Centralnego Frontu Ojczystego kadencji X.",
                "Pani Ha Thi Nga przemawiała.",
            ],
        ),
        (
            "vi",
            "Ông A là Phó Bí thư Tỉnh ủy khóa XIX. Đại hội đã bầu 11 đồng chí.",
            ["Ông A là Phó Bí thư Tỉnh ủy khóa XIX.", "Đại hội đã bầu 11 đồng chí."],
        ),
    ],
)
def test_a_roman_ordinals_dot_ends_no_sentence_where_ordinals_take_one(lang, text, expected):
    from kg.lang import load_pack
    from kg.text import sentences

    assert [str(s) for s in sentences(text, load_pack(lang))] == expected


@pytest.mark.parametrize(
    "lang, text, date",
    [
        (
            "de",
            "Am 19. Januar 2026 wurde in Hanoi der XIV. Nationalkongress der Partei eröffnet.",
            "2026-01-19",
        ),
        (
            "de",
            "Seit dem XIII. Parteitag der Provinz am 15. Oktober 2020 bis heute hat die Provinz viel erreicht.",
            "2020-10-15",
        ),
        (
            "de",
            "Auf der Plenarsitzung des XVII. Parteitags der Provinz am 15. Oktober 2020 stimmten die Delegierten ab.",
            "2020-10-15",
        ),
        (
            "pl",
            "Podczas sesji plenarnej XIII. Zjazdu Partii Prowincji 15 października 2020 r. delegaci głosowali.",
            "2020-10-15",
        ),
    ],
)
def test_a_congress_after_a_dotted_roman_ordinal_is_read(lang, text, date):
    assert _meetings(text, lang) == [("congress", date)]
