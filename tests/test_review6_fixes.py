"""Findings of review6 fixed by the reviewer (items 1 and 2, both in dc7d661)."""

import pytest

from kg.extract import extract
from kg.model import Article


def meetings(text: str, lang: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(m.date, tuple(m.chairs)) for m in extract(Article("t", text, lang=lang)).meetings]


# item 1: a month late in a year moves an early-year meeting to the next year only when it is the period of
# a meeting named right before it ("phiên họp thường kỳ tháng 12/2024"), not a plan or a deadline
@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "vi",
            "Sáng 8/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị chuẩn bị Đại hội Đảng bộ tỉnh dự kiến tổ chức vào "
            "tháng 11/2025. Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì hội nghị.",
            "2025-01-08",
        ),
        (
            "en",
            "On January 8, the Provincial Party Standing Committee held a conference on preparations for the "
            "Provincial Party Congress scheduled for November 2025, chaired by Secretary Nguyen Van An.",
            "2025-01-08",
        ),
        (
            "vi",
            "Sáng 10/1, UBND tỉnh tổ chức hội nghị, yêu cầu các sở hoàn thành đề án trước tháng 12/2025. Đồng chí "
            "Nguyễn Văn An, Chủ tịch UBND tỉnh chủ trì.",
            "2025-01-10",
        ),
        (
            "vi",
            "Sáng 4/1, Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ tháng 12/2024.",
            "2025-01-04",
        ),
        (
            "en",
            "On January 6, the Provincial People's Committee held its regular meeting for December 2024, chaired "
            "by Chairman Nguyen Van An.",
            "2025-01-06",
        ),
    ],
)
def test_a_late_month_moves_an_early_meeting_only_when_it_is_the_meetings_period(lang, text, want):
    assert [d for d, _ in meetings(text, lang)] == [want]


# item 2: a congress a few days after another, with a chair of its own, is another congress
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "vi",
            "Sáng 12/5/2025, Đại hội Đảng bộ huyện Tân Phú khai mạc, đồng chí Nguyễn Văn An, Bí thư Huyện ủy chủ "
            "trì. Sáng 14/5, Đại hội Đảng bộ huyện Định Quán khai mạc, đồng chí Trần Văn Bình, Bí thư Huyện ủy "
            "chủ trì.",
        ),
        (
            "en",
            "On May 12, 2025, the Congress of the Party Committee of the Provincial Agencies Bloc opened, chaired "
            "by Secretary Nguyen Van An. On May 14, the Congress of the Party Committee of the Provincial "
            "Enterprises Bloc opened, chaired by Secretary Tran Van Binh.",
        ),
    ],
)
def test_a_congress_days_later_with_its_own_chair_is_another_congress(lang, text):
    assert sorted(meetings(text, lang)) == [
        ("2025-05-12", ("Nguyen Van An",)),
        ("2025-05-14", ("Tran Van Binh",)),
    ]


def test_a_later_day_of_the_same_congress_is_still_the_same_meeting():
    text = (
        "Sáng 12/3/2025, Đại hội Đảng bộ tỉnh khai mạc trọng thể. Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì. "
        "Chiều 13/3, Đại hội bế mạc."
    )
    assert meetings(text, "vi") == [("2025-03-12", ("Nguyen Van An",))]
