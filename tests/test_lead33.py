"""A post an appointing or electing verb gives its object, written right after the name with no separator, whose body
has a place's name before it: 'appointed Mr. A Secretary of the Binh Duong Provincial Party Committee' (the body was
looked for within 40 characters of the role, which the place pushed it past)."""

from __future__ import annotations

import pytest

from tests.helpers import placed_posts


def _posts(text: str, lang: str) -> set[tuple[str, str, str | None, str | None]]:
    return set().union(*placed_posts(text, lang).values())


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "The Politburo appointed Mr. Nguyen Van Anh Secretary of the Binh Duong Provincial Party Committee.",
            ("secretary", "party_committee", "provincial", "Binh Duong"),
        ),
        (
            "The council elected Mr. Nguyen Van Anh Chairman of the Binh Duong Provincial People's Committee for the "
            "2021-2026 term.",
            ("chair", "peoples_committee", "provincial", "Binh Duong"),
        ),
        (
            "On 5 May 2024, the congress elected Mr. Nguyen Van Anh Secretary of the Ninh Binh Provincial Party "
            "Committee.",
            ("secretary", "party_committee", "provincial", "Ninh Binh"),
        ),
    ],
)
def test_the_post_an_appointing_verb_gives_its_object_with_a_place_in_its_body(text, post):
    assert post in _posts(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        # guards: no role right after the name; a role in lower case that no electing verb governs
        "Mr. Nguyen Van Anh said that the Binh Duong Provincial Party Committee will meet on Friday.",
        "Mr. Nguyen Van Anh visited the secretary of the Binh Duong Provincial Party Committee.",
    ],
)
def test_no_post_where_no_role_follows_the_name(text):
    assert ("secretary", "party_committee", "provincial", "Binh Duong") not in _posts(text, "en")
