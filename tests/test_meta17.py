"""Constructions the metamorphic kinds of stop 30 (``tools/metamorph.py --kinds numfmt,scales,dayform``)
found read worse than the article's own wording: a meeting's day after a weekday and a comma (vi), a day
as an ordinal word after "today," (ar), a count with a comma before three digits in a language whose
decimal mark is the comma (es "257,000 miembros")."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.numbers import parse_number
from kg.model import Article


def _dates(lang: str, text: str) -> list[str | None]:
    x = extract(Article("t", text, lang=lang, published="2025-10-02"))
    return [m.date for m in x.meetings]


# the weekday between the part of the day and the day, a comma after it (u-vi-1010 "Sáng 29/9" written
# "Sáng thứ Hai, 29/9")
@pytest.mark.parametrize(
    "text",
    [
        "Sáng thứ Hai, 29/9, tại Trung tâm hội nghị tỉnh, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị.",
        "Chiều Chủ nhật, 28/9, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.",
        "Sáng Thứ Hai, 29/9/2025, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị.",
    ],
)
def test_vi_day_after_a_weekday_and_a_comma(text):
    assert _dates("vi", text)[0] in ("2025-09-29", "2025-09-28")


def test_vi_share_after_today_and_a_comma_is_no_day():
    x = extract(
        Article("t", "Hôm nay, 3/4 số xã đã đạt chuẩn nông thôn mới.", lang="vi", published="2025-10-02")
    )
    assert all(m.date != "2025-04-03" for m in x.meetings)


# the day as an ordinal word after "today," (ar-010 "بعد ظهر اليوم، 19 فبراير" written with the ordinal)
def test_ar_ordinal_day_after_today_and_a_comma():
    text = "عقدت اللجنة التوجيهية اجتماعها الأول بعد ظهر اليوم، التاسع عشر من فبراير، لنشر محتويات مهمة."
    assert _dates("ar", text) == ["2025-02-19"]


# a lone comma before three digits ending in two zeros is thousands, also where the comma is the decimal
# mark (es-001's "más de 2.000 empresas", u-es-0008's "257.000 miembros" written with the comma, as
# u-es-0026 writes "VND 3,500 mil millones")
@pytest.mark.parametrize(
    "text, value",
    [
        ("En la provincia hay más de 2,000 empresas en funcionamiento.", 2000),
        ("El Comité del Partido de la provincia cuenta con más de 257,000 miembros del Partido.", 257000),
    ],
)
def test_es_comma_thousands_of_a_count(text, value):
    x = extract(Article("t", text, lang="es"))
    assert value in [m.value for m in x.metrics]


def test_a_decimal_comma_before_three_digits_stays_a_decimal():
    assert parse_number("26,880", ",") == 26.88
    assert parse_number("0,500", ",") == 0.5
    assert parse_number("257,000", ",") == 257000


# a whole date after the meeting its clause holds is that meeting's day, not the issue day of a document cited
# after it (ar-010 "19 فبراير" written with its year, "19 فبراير 2025"); a date before an issuing verb stays
# the document's
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "ar",
            "ين باي - عقدت اللجنة التوجيهية في مقاطعة ين باي اجتماعها الأول بعد ظهر اليوم، 19 فبراير 2025، لنشر"
            " محتويات مهمة بروح القرار رقم 57 للمكتب السياسي.",
        ),
        (
            "en",
            "Yen Bai - The steering committee held its first meeting this afternoon, 19 February 2025, to"
            " disseminate the contents of Resolution No. 57 of the Politburo.",
        ),
    ],
)
def test_a_held_meetings_day_before_a_cited_document_is_the_meetings(lang, text):
    for published in (None, "2025-03-01"):
        x = extract(Article("t", text, lang=lang, published=published))
        assert [m.date for m in x.meetings] == ["2025-02-19"]


def test_a_day_before_an_issuing_verb_is_still_the_documents():
    text = "On 22 December 2024 the Politburo issued Resolution 57-NQ/TW. The committee held a meeting on 19 February."
    x = extract(Article("t", text, lang="en"))
    assert [m.date for m in x.meetings] == ["2025-02-19"]


# a count of whole people or things written with one mark before three digits is thousands, whichever mark the
# language writes decimals with (u-mt6es-03 "45.582 miembros" written "45,582"; en "45.582 party members" as a
# translation from Vietnamese writes it); a measure stays a decimal
@pytest.mark.parametrize(
    "lang, text, value",
    [
        (
            "es",
            "Asistieron 346 delegados en representación de 45,582 miembros del Partido de toda la provincia.",
            45582,
        ),
        ("en", "The congress represented 45.582 party members in the province.", 45582),
        ("pl", "Zjazd reprezentował 45,582 członków partii.", 45582),
        ("fr", "La surface est de 1,582 hectares.", 1.582),
    ],
)
def test_a_count_with_one_mark_before_three_digits_is_thousands(lang, text, value):
    x = extract(Article("t", text, lang=lang))
    assert value in [m.value for m in x.metrics]


# a whole date before a document its review names is the review's day (u-mt16vi-01 "Ngày 2/12" written with its
# year: the steering committee for reviewing Resolution 18 met), not the document's issue day
def test_a_day_before_a_reviewed_document_is_the_meetings():
    text = (
        "Ngày 2/12/2024, Ban Chỉ đạo tổng kết việc thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban"
        " Chấp hành Trung ương Đảng khóa XII đã họp phiên thứ nhất."
    )
    assert _dates("vi", text) == ["2024-12-02"]


# the day as an ordinal word in brackets after "today" (u-mt12ar-04 "صباح اليوم (15 أكتوبر)", u-mt14ar-02
# "اليوم (24 سبتمبر)" written with the ordinal)
@pytest.mark.parametrize(
    "text, day",
    [
        ("وتم إبلاغ المؤتمر بنتائج الاجتماع في وقت مبكر من صباح اليوم (الأول من أكتوبر).", "2025-10-01"),
        (
            "افتتح المؤتمر الأول للحزب الإقليمي اليوم (الرابع والعشرين من سبتمبر) رسميًا في مركز المؤتمرات.",
            "2025-09-24",
        ),
    ],
)
def test_ar_ordinal_day_in_brackets_after_today(text, day):
    assert _dates("ar", text) == [day]


# a month written with its leading zero ("ngày 26 tháng 01 năm 2025", as Vietnamese official writing dates a day)
def test_vi_month_with_a_leading_zero():
    assert _dates("vi", "Ngày 26 tháng 01 năm 2025, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.") == [
        "2025-01-26"
    ]
    assert _dates("vi", "Sáng 5 tháng 09, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.") == ["2025-09-05"]


# a weekday before a day written as an ordinal word ("صباح يوم الاثنين، السادس والعشرين من يناير")
def test_ar_ordinal_day_after_a_weekday():
    text = "صباح يوم الاثنين، الثاني والعشرين من سبتمبر، عقدت اللجنة الدائمة للجنة الحزب الإقليمية اجتماعا."
    assert _dates("ar", text) == ["2025-09-22"]
