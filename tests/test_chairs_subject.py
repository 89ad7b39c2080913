"""A body written right before a chairing wording is the meeting's subject, not a chair: the name the
wording introduces chairs ("Ban Thường vụ Tỉnh ủy dưới sự chủ trì của đồng chí A đã họp")."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article


def _chairs(text: str, lang: str) -> list[list[str]]:
    return [m.chairs for m in extract(Article("t", text, lang=lang)).meetings]


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 5/3/2025, Ban Thường vụ Tỉnh ủy dưới sự chủ trì của đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, "
        "đã họp cho ý kiến về các nội dung.",
        "Ngày 5/3/2025, UBND tỉnh dưới sự chủ trì của đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh, đã họp.",
    ],
)
def test_a_body_before_the_chairing_wording_is_its_subject(text):
    assert _chairs(text, "vi") == [["Nguyen Van An"]]


def test_a_delegation_led_by_a_name_is_no_meeting_chaired():
    text = (
        "12 marca 2025 r. towarzysz Vu Dai Thang, sekretarz Prowincjonalnego Komitetu Partii, przyjął delegację "
        "roboczą pod przewodnictwem pana Tran Huy Tuana, wiceministra finansów."
    )
    assert _chairs(text, "pl") in ([], [[]])
