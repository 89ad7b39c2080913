"""English and Vietnamese cases found on text the rules were not written from (silver articles and
unlabelled ones): what the tables (``tests/data/cases/posts.tsv``, ``dates.tsv``) cannot say."""

import pytest

from kg.extract import extract
from kg.model import Article


def _meetings(text: str, lang: str):
    return extract(Article("case", text, lang=lang)).meetings


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the chair's own title ends with a body right before the chairing verb: no body he heads
        (
            "vi",
            "Sáng 5/3/2024, UBND tỉnh tổ chức hội nghị sơ kết. Ông Nguyễn Văn An, Chủ tịch UBND tỉnh chủ trì.",
        ),
        (
            "en",
            "On March 5, 2024, the Provincial People's Committee held a conference. Mr. Nguyen Van An - "
            "Chairman of the Provincial People's Committee chaired.",
        ),
    ],
)
def test_a_chair_whose_title_ends_with_a_body_chairs_the_meeting(lang, text):
    meetings = _meetings(text, lang)
    assert [(m.date, m.chairs) for m in meetings] == [("2024-03-05", ["Nguyen Van An"])]


def test_a_body_set_up_and_headed_is_no_meeting_chaired():
    text = (
        "On March 5, 2024, the Provincial People's Committee held a conference. "
        "It set up the Steering Committee headed by Nguyen Van An."
    )
    assert [m.chairs for m in _meetings(text, "en")] == [[]]


def test_a_congress_reported_by_its_closing_day_then_by_its_span_is_one_meeting():
    text = (
        "Nghị quyết được thông qua trong phiên bế mạc Đại hội vào sáng ngày 15-10. "
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025 diễn ra từ ngày 12 đến ngày 15 "
        "tháng 10 năm 2020. Sáng ngày 14-10, Đại hội thảo luận văn kiện."
    )
    meetings = _meetings(text, "vi")
    assert [m.date for m in meetings] == ["2020-10-12"]
    assert meetings[0].kind == "congress"
