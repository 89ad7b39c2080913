"""Meeting dates on text no gold covers: a deadline written as a whole date gives no meeting its
year, the end of a date range keeps it, a dated byline and a month folder of the URL give the
article's year."""

from __future__ import annotations

import importlib

import pytest

from kg.model import Article

extract = importlib.import_module("kg.extract").extract


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            "Rano 4 grudnia premier przewodniczył spotkaniu z przedstawicielami ministerstw. Celem jest "
            "ukończenie remontów przed 31 grudnia 2026 r. i oddanie nowych domów przed 28 lutego 2027 r.",
        ),
        (
            "en",
            "On the morning of November 6, the Prime Minister chaired a meeting with the ministries. "
            "The new schools must be finished before December 31, 2027.",
        ),
        (
            "fr",
            "Le 5 novembre, le Premier ministre a présidé une réunion avec les ministères. Les travaux "
            "doivent être achevés avant le 31 décembre 2027.",
        ),
    ],
)
def test_a_deadline_written_as_a_whole_date_is_not_the_meetings_year(lang, text):
    x = extract(Article("t", text, lang=lang))
    assert x.meetings, "the meeting is found"
    assert all(not (m.date or "").startswith("2027") for m in x.meetings), [m.date for m in x.meetings]
    assert all(not (m.date or "").startswith("2026") for m in x.meetings if lang == "pl")


def test_the_end_of_a_date_range_keeps_its_year_for_the_first_day():
    text = (
        "Od 3 marca do 30 kwietnia 2024 r. Komitet Ludowy Prowincji zorganizował konferencję w sprawie "
        "budżetu."
    )
    x = extract(Article("t", text, lang="pl"))
    assert [m.date for m in x.meetings] == ["2024-03-03"]


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        (
            "en",
            "Minister attends trade forum in Hungary\nMay 12, 2019 9:15 AM GMT+7\nOn May 11, the "
            "Minister attended the conference. Exports grew 7% in 2017 and imports 5% in 2017.",
            "2019-05-11",
        ),
        (
            "vi",
            "Thứ Hai, 14/03/2022, 08:05 (GMT+7)\nSáng 12/3, HĐND tỉnh tổ chức kỳ họp thường lệ. "
            "Năm 2020 tỉnh đạt nhiều kết quả. Thu ngân sách năm 2020 tăng 8%.",
            "2022-03-12",
        ),
        (
            "ar",
            "09:30، 18/10/2023\nفي صباح يوم 17 أكتوبر، عقدت اللجنة الشعبية الإقليمية اجتماعا. وفي عام 2021 "
            "حققت المقاطعة نتائج كبيرة، وارتفعت الإيرادات في عام 2021 بنسبة 8%.",
            "2023-10-17",
        ),
    ],
)
def test_a_dated_byline_gives_the_year(lang, text, date):
    x = extract(Article("t", text, lang=lang))
    assert date in [m.date for m in x.meetings], [m.date for m in x.meetings]


def test_the_month_folder_of_a_url_gives_the_year():
    text = "On the afternoon of March 3, the provincial Party Committee held a conference."
    x = extract(Article("t", text, lang="en", url="https://example.vn/english/202403/conference-123"))
    assert [m.date for m in x.meetings] == ["2024-03-03"]
    x = extract(Article("t", text, lang="en"))
    assert [m.date for m in x.meetings] == [None]


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        (
            "fr",
            "Lors de la 12e session du Conseil populaire provincial, les délégués ont élu M. Tran Van Nam. "
            "La session a également relevé de ses fonctions M. Le Van Hai, à la retraite depuis le 1er "
            "août 2021.",
            "2021-08-01",
        ),
        (
            "de",
            "Beim Parteitag ist am Sonntag Generalsekretär Nguyen Van Minh, der seit 2016 auch "
            "Staatspräsident ist, im Amt bestätigt worden.",
            "2016",
        ),
        (
            "en",
            "On October 3, the provincial Party Committee held a conference. The province has balanced "
            "its budget since 2009, and since 2009 exports have grown.",
            "2009",
        ),
    ],
)
def test_a_starting_point_since_a_date_is_not_the_meetings_date(lang, text, wrong):
    x = extract(Article("t", text, lang=lang))
    assert x.meetings, "the meeting is found"
    assert all(not (m.date or "").startswith(wrong) for m in x.meetings), [m.date for m in x.meetings]


def test_a_range_from_a_date_is_not_a_starting_point():
    text = (
        "El Consejo Popular provincial celebró su sesión desde el 12 de junio hasta el 14 de junio de 2024."
    )
    x = extract(Article("t", text, lang="es"))
    assert [m.date for m in x.meetings] == ["2024-06-12"]


def test_an_arabic_conference_that_sums_up_a_year_early_in_the_next_is_dated_the_next_year():
    text = (
        "ألقى الرفيق هذه الكلمة في المؤتمر الذي لخص حركة المحاكاة لعام 2022 بين المقاطعات، والذي عقد "
        "في مدينة دا نانغ في 14 فبراير."
    )
    x = extract(Article("t", text, lang="ar"))
    assert [m.date for m in x.meetings] == ["2023-02-14"]


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        (
            "fr",
            "Hanoï, 16 mars 2024 (VNA) - La Commission de contrôle du Parti a tenu sa 40e session les 14 "
            "et 15 mars à Hanoï.",
            "2024-03-14",
        ),
        (
            "es",
            "Hanoi, 9 ago 2024 (VNA) – El Comité Popular provincial celebró el 7 de agosto una reunión "
            "con los inversores.",
            "2024-08-07",
        ),
        (
            "es",
            "Hanoi, 9 ago 2024 (VNA) – El Comité Popular provincial celebró una reunión con los inversores.",
            "2024-08-09",
        ),
    ],
)
def test_a_wire_dateline_gives_way_to_the_meetings_own_day(lang, text, date):
    x = extract(Article("t", text, lang=lang))
    assert [m.date for m in x.meetings] == [date]


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        (
            "ar",
            "في صباح السابع والعشرين من مارس 2024، عقدت اللجنة الدائمة للحزب في المقاطعة مؤتمرا لمراجعة العمل.",
            "2024-03-27",
        ),
        (
            "ar",
            "في الثاني من أغسطس، عقدت اللجنة الشعبية الإقليمية اجتماعا. وفي عام 2023 حققت المقاطعة نتائج كبيرة.",
            "2023-08-02",
        ),
        ("en", "On the fourth of June 2024, the provincial People's Committee held a meeting.", "2024-06-04"),
    ],
)
def test_a_day_written_as_an_ordinal_word_dates_the_meeting(lang, text, date):
    x = extract(Article("t", text, lang=lang))
    assert [m.date for m in x.meetings] == [date]


def test_an_ordinal_that_qualifies_a_noun_is_no_day():
    from kg.extract.numbers import find_dates
    from kg.lang import load_pack
    from kg.text import fold

    assert find_dates(fold("عقد المجلس الدورة الثانية من مارس"), load_pack("ar")) == []


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        (
            "es",
            "En la mañana del 12 de septiembre de 2025 la delegación visitó el Mausoleo. Se espera que el I "
            "Congreso del Comité del Partido se celebre los días 14 y 15 de septiembre de 2025.",
            None,
        ),
        (
            "de",
            "Am Nachmittag des 28. August 2023 fand die monatliche Sitzung des Ständigen Ausschusses statt. "
            "Die 15. Sitzung des Volksrats soll am 20. September 2023 stattfinden.",
            "2023-08-28",
        ),
        (
            "en",
            "On March 4, 2024, the provincial People's Committee held a meeting. The 18th session of the "
            "Provincial People's Council will be held on April 10, 2024.",
            "2024-03-04",
        ),
    ],
)
def test_a_meeting_still_to_come_is_not_reported_as_held(lang, text, held):
    x = extract(Article("t", text, lang=lang))
    dates = [m.date for m in x.meetings]
    assert len(x.meetings) <= 1, dates
    assert all(d is None or d == held for d in dates), dates


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        ("vi", "Đại hội diễn ra từ ngày 12 đến ngày 15 tháng 10 năm 2020.", (12, 10, 2020)),
        ("vi", "Ngày 15 tháng 10 năm 2020, Đại hội bế mạc.", (15, 10, 2020)),
        ("en", "The congress took place from October 12 to 15, 2020.", (12, 10, 2020)),
        ("en", "The session was held on October 12 and 13, 2020.", (12, 10, 2020)),
        ("en", "On May 5, 12 delegates attended.", (5, 5, None)),
    ],
)
def test_a_range_of_days_written_before_the_year_keeps_the_year(lang, text, first):
    from kg.extract.numbers import find_dates
    from kg.lang import load_pack
    from kg.text import fold

    assert [(d.day, d.month, d.year) for d in find_dates(fold(text), load_pack(lang))] == [first]


@pytest.mark.parametrize(
    ("lang", "text", "dates"),
    [
        ("en", "The Secretary held a meeting with the delegation yesterday (Jan.19).", [(19, 1, None)]),
        ("en", "On Dec. 31, 2019, the council held its 13th meeting.", [(31, 12, 2019)]),
        ("en", "The plan was adopted in May. 19 delegates voted for it.", []),
    ],
)
def test_an_abbreviated_month_written_with_its_dot_is_read(lang, text, dates):
    from kg.extract.numbers import find_dates
    from kg.lang import load_pack
    from kg.text import fold

    assert [(d.day, d.month, d.year) for d in find_dates(fold(text), load_pack(lang))] == dates
