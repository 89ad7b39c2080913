"""Meeting dates of the wordings the silver sets' residue listed as unread (Vietnamese, written without
diacritics too): several days dated by the first, a day and month whose year another sentence gives."""

import pytest

from kg.extract import extract
from kg.model import Article
from kg.text import fold


def _dates(text: str) -> list[str | None]:
    return [m.date for m in extract(Article("case", text, lang="vi")).meetings]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Năm 2024, Ủy ban Kiểm tra Trung ương đã kỷ luật nhiều tổ chức đảng. Kỳ họp thứ 42 của Ủy ban "
            "Kiểm tra Trung ương diễn ra từ ngày 12 - 14/6 dưới sự chủ trì của Chủ nhiệm Trần Cẩm Tú.",
            "2024-06-12",
        ),
        (
            "Trong năm 2024, Ủy ban Kiểm tra Trung ương đã họp nhiều kỳ. Tại kỳ họp 36 vào các ngày 24 và "
            "25/1, Ủy ban Kiểm tra Trung ương xem xét đề nghị của Tỉnh ủy Lâm Đồng.",
            "2024-01-24",
        ),
        (
            "Ngày 12-11, Tỉnh ủy Thái Bình tổ chức hội nghị công bố các quyết định về công tác cán bộ năm 2023.",
            "2023-11-12",
        ),
        (
            "Trong các ngày 12 và 13/4/2023, tại Hà Nội, Ủy ban Kiểm tra Trung ương đã họp Kỳ thứ 28.",
            "2023-04-12",
        ),
    ],
)
def test_residue_wordings_are_dated(text, date):
    assert _dates(text) == [date]
    # the same texts without diacritics, as some sites write them
    assert _dates(fold(text)) == [date]


def test_a_day_and_month_with_no_year_anywhere_stay_undated():
    text = "Tại kỳ họp 36 vào các ngày 24 và 25/1, Ủy ban Kiểm tra Trung ương xem xét đề nghị của Tỉnh ủy Lâm Đồng."
    assert _dates(text) == [None]
