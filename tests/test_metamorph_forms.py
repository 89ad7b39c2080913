"""The metamorphic kinds of stop 30 (``tools/metamorph.py --kinds numfmt,scales,dayform``) make what they
claim: numbers written whole in another convention of the language's MT, a sum in the next scale word,
a meeting's day in another form; and facts right on the sample stay right on them."""

from __future__ import annotations

import random

import pytest

from kg.model import Article
from tests.test_metamorphic import SAMPLE, _rate, _tool

KINDS = ["numfmt", "scales", "dayform"]


def _item(lang: str, text: str, gold: dict | None = None):
    m = _tool()
    return m.Item("t", lang, Article("t", text, lang=lang), gold or {"metrics": [], "meetings": []})


def _variants(kind: str, item, n: int = 4) -> list[str]:
    m = _tool()
    return [text for _, text, _ in m.SURFACE[kind](item, random.Random(1), n)]


@pytest.mark.parametrize(
    "lang, token, read",
    [
        ("de", "1.234,5", ("1234", "5")),
        ("en", "1,234.5", ("1234", "5")),
        ("pl", "1 234,5", ("1234", "5")),
        ("ar", "١٬٢٣٤٫٥", ("1234", "5")),
        ("vi", "8,5", ("8", "5")),
        ("en", "15,058", ("15058", "")),
        ("de", "1.234.567", ("1234567", "")),
    ],
)
def test_numbers_are_read_in_the_convention_they_are_written_in(lang, token, read):
    assert _tool().read_number(token, lang) == read


def test_a_lone_mark_before_three_digits_is_read_as_the_gold_says():
    m = _tool()
    assert m.read_number("3,500", "es", {3500.0}) == ("3500", "")
    assert m.read_number("3,500", "es", {3.5}) == ("3", "500")
    assert m.read_number("15,058", "en", {15058.0}) == ("15058", "")  # (the value itself before a thousandth)
    assert m.read_number("3,500", "es", {7.0}) is None


def test_numfmt_writes_every_number_whole_in_another_convention():
    m = _tool()
    text = "Thu ngân sách đạt 1.234,5 tỷ đồng, tăng 8,5%; 15.058 hộ; năm 2025."
    out = _variants("numfmt", _item("vi", text))
    assert out and all("năm 2025" in v for v in out)  # (a year never grouped)
    assert "Thu ngân sách đạt 1234,5 tỷ đồng, tăng 8,5%; 15058 hộ; năm 2025." in out
    ar = _variants("numfmt", _item("ar", "بلغ 1,234.5 مليار دونج بزيادة 8.5%."))
    assert "بلغ ١٬٢٣٤٫٥ مليار دونج بزيادة ٨٫٥%." in ar
    for v in ar:
        nums = [m.read_number(t.group(), "ar") for t in m.NUMBER.finditer(v)]
        assert nums == [("1234", "5"), ("8", "5")]


@pytest.mark.parametrize(
    "lang, text, made",
    [
        ("en", "revenue of 15,058 billion VND.", "revenue of 15.058 trillion VND."),
        ("en", "capital of VND165.9 trillion.", "capital of VND165,900 billion."),
        ("de", "Einnahmen von 12,3 Billionen VND.", "Einnahmen von 12.300 Milliarden VND."),
        ("pl", "dochody 2 500 mld VND.", "dochody 2,5 biliona VND."),
        ("es", "más de 2 billones de VND.", "más de 2.000 mil millones de VND."),
        ("vi", "đạt 12.300 tỷ đồng.", "đạt 12,3 nghìn tỷ đồng."),
        ("ar", "نحو 16 تريليون دونج.", "نحو 16,000 مليار دونج."),
        ("en", "exports of 2.31 billion USD.", "exports of 2,310 million USD."),
    ],
)
def test_scales_write_the_same_sum_in_the_next_scale_word(lang, text, made):
    assert made in _variants("scales", _item(lang, text))


def test_scales_leave_a_ratio_and_a_sum_below_a_thousand():
    assert not _variants("scales", _item("ar", "بلغ 3,084/4,293 مليار دونج، و500 مليار دونج."))


def test_dayform_forms_are_the_day_with_its_weekday():
    m = _tool()
    forms = m.day_forms("en", 2025, 1, 26)
    assert "Sunday, January 26" in forms and "26/01/2025" in forms
    assert "الأحد 26 يناير" in m.day_forms("ar", 2025, 1, 26)
    assert "السادس والعشرين من يناير" in m.day_forms("ar", 2025, 1, 26)
    assert "26 يناير/كانون الثاني" in m.day_forms("ar", 2025, 1, 26)


def test_dayform_rewrites_the_whole_day_and_keeps_a_year_written():
    gold = {"meetings": [{"date": "2025-01-26"}]}
    text = "Am 26. Januar 2025 hielt der Ständige Ausschuss eine Sitzung ab."
    out = _variants("dayform", _item("de", text, gold), 3)
    assert out and all("2025" in v and "26. Januar 2025" not in v for v in out)
    vi = _variants("dayform", _item("vi", "Sáng 26/1, Ban Thường vụ Tỉnh ủy họp.", gold), 5)
    assert vi and all(v.startswith("Sáng ") and "26" in v for v in vi)


@pytest.fixture(scope="module")
def counts():
    m = _tool()
    found, _ = m.run(m.load(SAMPLE, set()), KINDS, 2, 1, {})
    return found


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("family", ["officials", "positions", "chairs", "dates", "metrics"])
def test_facts_right_on_an_article_stay_right_in_other_number_and_day_forms(counts, kind, family):
    right, both = _rate(counts, kind, family)
    if not right:
        pytest.skip("no such fact in the sample")
    assert both / right >= 0.999, f"{kind}: {family} invariance {both}/{right}"


def test_numfmt_leaves_days_written_with_a_dot():
    gold = {"meetings": [{"date": "2025-09-30"}], "metrics": []}
    text = "Sáng 30.9, Đại hội khai mạc. Tháng 9.2020, ông làm Chủ tịch. Heute (19.8.) tagte der Rat. Diện tích 9.300,5 km2."
    out = _variants("numfmt", _item("vi", text, gold))
    assert out and all("30.9," in v and "9.2020" in v and "(19.8.)" in v and "9.300,5" not in v for v in out)


@pytest.mark.parametrize(
    "lang, text, made",
    [
        (
            "en",
            "Permanent Vice Chairman of the PPC Le Hong Vinh chairs the meeting.",
            "Le Hong Vinh, Permanent Vice Chairman of the PPC, chairs the meeting.",
        ),
        (
            "vi",
            "Đồng chí Bí thư Tỉnh ủy Chẩu Văn Lâm quán triệt nghị quyết.",
            "Đồng chí Chẩu Văn Lâm, Bí thư Tỉnh ủy, quán triệt nghị quyết.",
        ),
    ],
)
def test_apposition_moves_a_title_after_the_name(lang, text, made):
    name = "Le Hong Vinh" if lang == "en" else "Chẩu Văn Lâm"
    gold = {"officials": [{"name": "x", "surface": name}], "meetings": [], "metrics": []}
    assert _variants("apposition", _item(lang, text, gold), 1) == [made]


def test_apposition_leaves_a_clause_before_the_name():
    text = "Chủ tịch tỉnh Thanh Hóa ký quyết định bổ nhiệm ông Lê Văn Trung giữ chức Giám đốc Sở."
    gold = {"officials": [{"name": "Le Van Trung", "surface": "Lê Văn Trung"}], "meetings": [], "metrics": []}
    assert _variants("apposition", _item("vi", text, gold), 1) == []
