"""Findings review5 left for the owners (items 13, 2 and 5)."""

import pytest

from kg.extract import extract
from kg.model import Article


def posts(text: str, lang: str) -> dict[str, set[str]]:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {p.role for p in o.positions} for o in x.officials}


# item 13: only a title link right before the listed role elects the names to it, so only then does the
# standing deputy also hold the plain deputy's post
@pytest.mark.parametrize(
    ("text", "standing_also_deputy"),
    [
        (
            "Theo Quy chế làm việc, Tỉnh ủy Nghệ An là đơn vị có 3 Phó Bí thư Tỉnh ủy gồm: đồng chí Nguyễn Văn An, "
            "Phó Bí thư Thường trực Tỉnh ủy; đồng chí Trần Văn Bình, Chủ tịch UBND tỉnh; đồng chí Lê Văn Cường, "
            "Chủ tịch HĐND tỉnh.",
            False,
        ),
        (
            "Hội nghị đã bầu các đồng chí giữ chức Phó Bí thư Tỉnh ủy khóa 19 gồm: đồng chí Nguyễn Văn An, Phó Bí thư "
            "Thường trực Tỉnh ủy khóa 18; đồng chí Trần Văn Bình, Chủ tịch UBND tỉnh.",
            True,
        ),
        (
            "Các đồng chí được bầu làm Phó Bí thư Tỉnh ủy khóa 19 gồm: đồng chí Nguyễn Văn An, Phó Bí thư Thường trực "
            "Tỉnh ủy khóa 18; đồng chí Trần Văn Bình, Chủ tịch UBND tỉnh.",
            True,
        ),
    ],
)
def test_a_standing_deputy_listed_under_a_deputies_role_holds_it_only_when_elected_to_it(
    text, standing_also_deputy
):
    found = posts(text, "vi")
    assert "standing_deputy_secretary" in found["Nguyen Van An"]
    assert ("deputy_secretary" in found["Nguyen Van An"]) is standing_also_deputy
    assert "deputy_secretary" in found["Tran Van Binh"]
