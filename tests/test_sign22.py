"""A signed percentage (docs/robustness.md, robust22's 'Left'): the sign of a change reads the same whichever of the
hyphen-minus, the minus (U+2212) or the en dash writes it, with or without a fall's verb before it (the two do not
cancel: 'decreased -2.5%' is a fall of 2.5), and a hyphen between words or numbers ('2020-2025', '5-7%', 'COVID-19',
'21/NQ-HĐND') or a bullet opening a line is never a sign."""

from __future__ import annotations

import pytest

from tests.helpers import extracted

SIGNS = {"hyphen": "-", "minus": "\u2212", "en_dash": "\u2013"}

# a sum, then its change against the same period written with a sign only ("1,250 million USD, −2.5% compared to ...")
SIGNED = {
    "ar": "بلغت قيمة الصادرات 1250 مليون دولار أمريكي، {s}2.5% مقارنة بالفترة نفسها من العام الماضي.",
    "pl": "Wartość eksportu wyniosła 1250 mln USD, {s}2,5% w porównaniu z analogicznym okresem ubiegłego roku.",
    "en": "Export turnover reached 1,250 million USD, {s}2.5% compared to the same period last year.",
    "fr": "Les exportations ont atteint 1 250 millions de dollars, soit {s}2,5 % par rapport à la même période de "
    "l'année dernière.",
    "es": "Las exportaciones alcanzaron 1.250 millones de USD, un {s}2,5% en comparación con el mismo período del año "
    "pasado.",
    "de": "Der Exportumsatz erreichte 1.250 Millionen USD, {s}2,5 % gegenüber dem Vorjahreszeitraum.",
    "vi": "Kim ngạch xuất khẩu đạt 1.250 triệu USD, {s}2,5% so với cùng kỳ năm trước.",
}
# the same with a fall's word before the sign ("down −2.5%")
FALLING = {
    "ar": "بلغت قيمة الصادرات 1250 مليون دولار أمريكي، بانخفاض قدره {s}2.5% مقارنة بالفترة نفسها من العام الماضي.",
    "pl": "Wartość eksportu wyniosła 1250 mln USD, co oznacza spadek o {s}2,5% w porównaniu z analogicznym okresem "
    "ubiegłego roku.",
    "en": "Export turnover reached 1,250 million USD, down {s}2.5% compared to the same period last year.",
    "fr": "Les exportations ont atteint 1 250 millions de dollars, en baisse de {s}2,5 % par rapport à la même période "
    "de l'année dernière.",
    "es": "Las exportaciones alcanzaron 1.250 millones de USD, una disminución del {s}2,5% en comparación con el mismo "
    "período del año pasado.",
    "de": "Der Exportumsatz erreichte 1.250 Millionen USD, ein Rückgang um {s}2,5 % gegenüber dem Vorjahreszeitraum.",
    "vi": "Kim ngạch xuất khẩu đạt 1.250 triệu USD, giảm {s}2,5% so với cùng kỳ năm trước.",
}
CASES = [(lang, name) for lang in SIGNED for name in SIGNS]


def _facts(text: str, lang: str) -> list[tuple[float, str, float | None]]:
    return [(m.value, m.unit, m.change_pct) for m in extracted(text, lang).metrics]


@pytest.mark.parametrize(("lang", "sign"), CASES)
def test_a_sign_alone_is_a_fall(lang, sign):
    # (before: the hyphen read no change, the minus and the en dash a rise of 2.5)
    assert _facts(SIGNED[lang].format(s=SIGNS[sign]), lang) == [(1250, "million_usd", -2.5)]


@pytest.mark.parametrize(("lang", "sign"), CASES)
def test_a_fall_and_its_sign_do_not_cancel(lang, sign):
    # (before: the hyphen read no change)
    assert _facts(FALLING[lang].format(s=SIGNS[sign]), lang) == [(1250, "million_usd", -2.5)]


@pytest.mark.parametrize("lang", list(SIGNED))
def test_unsigned_changes_stay(lang):
    assert _facts(SIGNED[lang].format(s=""), lang) == [(1250, "million_usd", 2.5)]
    assert _facts(FALLING[lang].format(s=""), lang) == [(1250, "million_usd", -2.5)]


@pytest.mark.parametrize("sign", list(SIGNS))
def test_a_signed_month_on_month_change(sign):
    text = f"Chỉ số giá tiêu dùng (CPI) tháng 3 giảm {SIGNS[sign]}0,35% so với tháng trước."
    assert [(m.unit, m.change_pct) for m in extracted(text, "vi").metrics] == [("percent", -0.35)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a hyphen between numbers: a period, a range (its lower bound, no sign)
        (
            "vi",
            "Giai đoạn 2020-2025, tốc độ tăng trưởng kinh tế bình quân đạt 5-7%/năm.",
            [(5, "percent", None)],
        ),
        (
            "vi",
            "Giai đoạn 2020 -2025, tốc độ tăng trưởng kinh tế bình quân đạt 6,5%/năm.",
            [(6.5, "percent", None)],
        ),
        ("en", "The economy grew by 5 -7% in the period.", [(5, "percent", 5.0)]),
        ("en", "The economy grew by 5 \u2013 7% in the period.", [(5, "percent", 5.0)]),
        # a hyphen in a name or a document code
        (
            "en",
            "During the COVID-19 pandemic, exports fell 12% compared to the same period.",
            [(12, "percent", -12.0)],
        ),
        ("en", "During the COVID -19 pandemic, 120 workers lost their jobs.", [(120, "persons", None)]),
        (
            "vi",
            "Theo Nghị quyết số 21/NQ-HĐND, tỷ lệ hộ nghèo giảm 1,5% so với cùng kỳ.",
            [(1.5, "percent", -1.5)],
        ),
        # a bullet opening a line
        ("vi", "Kết quả đạt được:\n-95% hộ dân sử dụng nước sạch.", []),
        # a signed level
        ("en", "Inflation stood at -0.5% in March.", [(-0.5, "percent", None)]),
        ("en", "Exports reached 1,250 million USD (-2.5% year-on-year).", [(1250, "million_usd", -2.5)]),
    ],
)
def test_a_hyphen_that_is_no_sign(lang, text, expected):
    assert _facts(text, lang) == expected
