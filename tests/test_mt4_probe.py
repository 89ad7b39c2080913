"""Figures of whole machine-translated Arabic and Polish articles that kg misread, found by translating read
articles rich in figures the way vietnam.vn's machine translation writes them (silver/mt4/, synthetic
translations, not real MT): each case fails without the pack lines it tests."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article


def figures(text: str) -> list[tuple[float, str, float | None]]:
    """(value, unit, change) of every figure the text reports."""
    return [(m.value, m.unit, m.change_pct) for m in extract(Article("mt4-probe", text)).metrics]


# A present-tense rise ("is estimated to increase by", "is expected to rise by") gives its percentage as a
# change, as the past tense does; a bare يزيد عن ("more than") stays a level.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ويقدر أن يزيد القطاع الزراعي بنسبة 4.2% خلال الأشهر التسعة الأولى.", (4.2, "percent", 4.2)),
        ("ومن المتوقع أن ترتفع الصادرات بنسبة 12.5% هذا العام.", (12.5, "percent", 12.5)),
        ("ويتوقع أن تزيد إيرادات السياحة بنسبة 7% في الربع الثالث.", (7.0, "percent", 7.0)),
    ],
)
def test_ar_present_rise_is_a_change(text: str, expected: tuple[float, str, float]) -> None:
    assert expected in figures(text)


def test_ar_more_than_is_no_rise() -> None:
    assert (10.0, "percent", None) in figures("شهدت 6 مناطق نمواً يزيد عن 10% في الربع الثالث.")


# "equal to 143.2% of the same period" is a rise of 43.2 of the sum before it, not a figure of its own.
def test_ar_share_of_the_same_period_is_the_change() -> None:
    found = figures(
        "ويقدر أن تبلغ إيرادات ميزانية الدولة في المنطقة 16,671 مليار دونج، لتصل إلى 104.8% من التقديرات، "
        "أي ما يعادل 143.2% من نفس الفترة من عام 2023."
    )
    assert (16671.0, "billion_vnd", 43.2) in found
    assert not [f for f in found if f[0] == 143.2]


# A number before "بنسبة" (at a rate of) names a region, it counts nothing: "Region 3 contributed 30%".
def test_ar_number_before_a_rate_counts_nothing() -> None:
    found = figures("وشكلت المنطقة 1 نسبة 32.5 في المائة، وساهمت المنطقة 3 بنسبة 30 في المائة.")
    assert found == [(32.5, "percent", None), (30.0, "percent", None)]


# Polish "o 74% więcej niż rok wcześniej" (up 74% from a year earlier) is the change of the sum before it.
def test_pl_more_than_a_year_earlier_is_the_change() -> None:
    found = figures(
        "W tym okresie prowincja przyciągnęła 2,6 mld USD bezpośrednich inwestycji zagranicznych, o 45% więcej "
        "niż roczny cel i o 74% więcej niż rok wcześniej."
    )
    assert (2600.0, "million_usd", 74.0) in found
    assert not [f for f in found if f[0] == 74.0]


# "منها" / "منهم" (of them) after a number is no counted noun but the partition of the count before: the number
# is a part of it, and so are the parts listed after it, a plan noun repeated ("و21 مهمة متأخرة") or not.
def test_ar_parts_after_of_them_are_figures() -> None:
    found = figures(
        "كلفت اللجنة الشعبية الإقليمية رؤساء الإدارات بـ ٧٠٤ مهام محددة المدة؛ تم إنجاز ٦٤٢ منها، و٢١ مهمة "
        "متأخرة عن موعدها، و٤١ مهمة قيد التنفيذ."
    )
    assert [f[0] for f in found] == [704.0, 642.0, 21.0, 41.0]


def test_ar_of_them_part_counts_what_the_whole_counts() -> None:
    assert (120.0, "persons", None) in figures("شارك في المؤتمر 300 مندوب، 120 منهم من النساء.")


def test_ar_plan_content_after_of_them_stays_no_figure() -> None:
    assert figures("حدد القرار 5 مجموعات من المهام، منها 3 مهام رئيسية.") == []


# "equal to 84.5% of the same period", with no rise or fall written, is a fall of 15.5 (as "143.2% of the same
# period" is a rise of 43.2); a rise written before or right after the percentage keeps it a rise.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("واستأنفت 625 مؤسسة عملياتها، أي ما يعادل 84.5% مقارنة بنفس الفترة.", (625.0, "count", -15.5)),
        (
            "ويبلغ إجمالي رأس المال أكثر من 35,541 مليار دونج، أي ما يعادل 85.02% من نفس الفترة من عام 2023.",
            (35541.0, "billion_vnd", -14.98),
        ),
        (
            "Eksport wyniósł 5 mld USD, co stanowi 85% w porównaniu z analogicznym okresem.",
            (5000.0, "million_usd", -15.0),
        ),
        ("625 enterprises resumed operations, equal to 84.5% over the same period.", (625.0, "count", -15.5)),
        ("Thu ngân sách đạt 5.000 tỷ đồng, bằng 85% so với cùng kỳ.", (5000.0, "billion_vnd", -15.0)),
        ("Exports reached 5 billion USD, a 60% rise over the same period.", (5000.0, "million_usd", 60.0)),
        ("وارتفعت الصادرات بنسبة 60% مقارنة بنفس الفترة.", (60.0, "percent", 60.0)),
    ],
)
def test_share_of_the_same_period_below_it_is_a_fall(text: str, expected: tuple[float, str, float]) -> None:
    assert expected in figures(text)


# The growth of the economy as a verb's object (accusative "نموًا اقتصاديًا") and GDP with a possessive ending
# ("ناتجها المحلي الإجمالي", its GDP): a rate of either is the GRDP growth.
@pytest.mark.parametrize(
    "text",
    [
        "سجلت مقاطعة فينه فوك الشمالية نموًا اقتصاديًا بنسبة 9% تقريبًا في الأشهر التسعة الأولى.",
        "حققت هذه المقاطعة العام الماضي نموًا في ناتجها المحلي الإجمالي بنسبة 14%.",
    ],
)
def test_ar_growth_as_object_and_its_gdp(text: str) -> None:
    assert [m.indicator for m in extract(Article("mt4-probe", text)).metrics] == ["grdp_growth"]
