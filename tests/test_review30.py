"""review30 (stop 42): the reviewer's mends of the Highs and Mediums its authors left (docs/reviews/review30.md)."""

from __future__ import annotations

import pytest

from tests.helpers import extracted


def _indicators(text: str, lang: str) -> list[str]:
    return [m.indicator for m in extracted(text, lang).metrics]


# Medium 9 (4294f658): the vi row 'thu thuế' (a tax's revenue) matched inside 'thất thu thuế' (tax revenue lost:
# evasion, losses the tax office finds), and en 'tax collection' before 'arrears': both read the budget's revenue
TAX_LOST = [
    ("vi", "Qua thanh tra, cơ quan thuế phát hiện số thất thu thuế là 200 tỷ đồng."),
    ("vi", "Số tiền chống thất thu thuế đạt 200 tỷ đồng."),
    ("en", "Tax collection arrears amounted to VND 200 billion."),
]


@pytest.mark.parametrize(("lang", "text"), TAX_LOST)
def test_a_tax_lost_or_owed_is_no_budget_revenue(lang, text):
    assert _indicators(text, lang) == ["other"]


# (guards: a tax's revenue stays the budget's)
TAX_REVENUE = [
    ("vi", "Thu thuế từ ngành du lịch đạt 2.030 tỷ đồng."),
    ("vi", "Nguồn thu thuế từ khu vực công nghiệp đạt 2.030 tỷ đồng."),
    ("en", "Tax collection from the tourism sector reached VND 2,030 billion."),
    ("en", "Tax revenue from the tourism sector reached VND 2,030 billion."),
]


@pytest.mark.parametrize(("lang", "text"), TAX_REVENUE)
def test_a_tax_collected_stays_budget_revenue(lang, text):
    assert _indicators(text, lang) == ["budget_revenue"]
