"""The lead's fixes of stop 36: findings of review23 that the helpers who made the commits left."""

import pytest

from tests.helpers import placed_posts

# review23 on a8eba933: a district that names an economic zone is no place of the zone's management board (the board
# is the province's), but the zone's party committee is no provincial party committee: reading it as the province's
# gave it the Secretary of the Provincial Party Committee's post
_ZONE = [
    (
        "en",
        "Mr. Nguyen Tien Hieu, Secretary of the Party Committee of Nghi Son Economic Zone, spoke at the conference in"
        " Thanh Hoa province.",
        ("secretary", "party_committee", "district", "Nghi Son"),
    ),
    (
        "en",
        "Mr. Nguyen Tien Hieu, Head of the Management Board of Nghi Son Economic Zone and Industrial Parks of Thanh Hoa"
        " province, spoke.",
        ("head", "other", "provincial", "Thanh Hoa"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "post"), _ZONE, ids=["party-committee", "board"])
def test_only_a_zones_board_is_the_provinces(lang, text, post):
    posts = placed_posts(text, lang)["Nguyen Tien Hieu"]
    assert post in posts
    assert ("secretary", "party_committee", "provincial", "Thanh Hoa") not in posts
