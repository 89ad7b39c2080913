"""review17's fixes (docs/reviews/review17.md)."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> set[tuple]:
    x = extract(Article("t", text, lang=lang))
    return {(p.role, p.body.org, p.body.level) for o in x.officials for p in o.positions}


# 9062d1f's bare 'standing committee member' row gave a commune's (ward's) party standing member the next title's
# body: 'Commune Party Standing Committee member, Chairman of the Commune People's Committee' read a standing member
# of the people's committee
@pytest.mark.parametrize("unit", ["Commune", "Ward"])
def test_commune_party_standing_member_in_a_title_chain(unit):
    posts = _posts(
        f"Comrade Nguyen Van Hung, {unit} Party Standing Committee member, Chairman of the {unit} People's Committee, "
        "attended.",
        "en",
    )
    assert ("standing_member", "party_committee", "commune") in posts
    assert ("chair", "peoples_committee", "commune") in posts
    assert not any(p[0] == "standing_member" and p[1] == "peoples_committee" for p in posts)


def test_district_party_standing_member_stays():
    posts = _posts(
        "Comrade Nguyen Van Hung, District Party Standing Committee member, Vice Chairman of the District People's "
        "Committee, attended.",
        "en",
    )
    assert ("standing_member", "party_committee", "district") in posts
