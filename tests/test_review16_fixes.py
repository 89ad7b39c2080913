"""review16's fixes (docs/reviews/review16.md)."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str = "vi") -> dict[str, set[tuple[str, str]]]:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org) for p in o.positions} for o in x.officials}


# d416b71's 'tổ chức cán bộ' (a noun compound, no meeting held) let a unit's head take the ministry or the department
# the unit belongs to: 'Vụ trưởng Vụ Tổ chức cán bộ, Bộ Tài chính' read minister (real u-vi-1115, u-vi-1183)
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Ông Nguyễn Văn An, Vụ trưởng Vụ Tổ chức cán bộ, Bộ Tài chính, phát biểu.",
            ("minister", "ministry"),
        ),
        (
            "Bà Trần Thị Bình, Trưởng phòng Tổ chức cán bộ Sở Nội vụ tỉnh Nghệ An, phát biểu.",
            ("head", "department"),
        ),
    ],
)
def test_a_personnel_units_head_is_not_its_ministrys(text, wrong):
    assert all(wrong not in posts for posts in _posts(text).values())


def test_personnel_work_still_holds_no_meeting():
    text = "Ngày 6/8, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị về công tác tổ chức cán bộ."
    assert extract(Article("t", text, lang="vi")).meetings == []


def test_the_organisation_commissions_head_kept():
    assert ("head", "party_commission") in _posts(
        "Ông Lê Văn Cường, Trưởng Ban Tổ chức Tỉnh ủy Nghệ An, phát biểu."
    )["Le Van Cuong"]
