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


# 95520e5's 'done' cue anywhere before a vacancy held its posts: pl 'wybrany w 2021 roku, zaproponował obsadzenie
# wolnych stanowisk ...' (elected in 2021, he proposed filling the posts) gave him the vice chair; the proposing verb
# before the posts to fill makes them planned, as en 'proposed filling'
def test_pl_a_proposal_to_fill_posts_holds_none_after_an_earlier_election():
    posts = _posts(
        "Pan Nguyen Van An, wybrany w 2021 roku, zaproponował obsadzenie wolnych stanowisk wiceprzewodniczącego "
        "Prowincjonalnego Komitetu Ludowego.",
        "pl",
    )
    assert not any(p[0] == "vice_chair" for p in posts)


def test_pl_an_election_to_a_vacant_post_still_holds_it():
    posts = _posts(
        "Pan Nguyen Van An, dyrektor Departamentu Finansów, został wybrany na wolne stanowisko wiceprzewodniczącego "
        "Prowincjonalnego Komitetu Ludowego.",
        "pl",
    )
    assert ("vice_chair", "peoples_committee", "provincial") in posts
