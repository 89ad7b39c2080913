"""Misfires found by review4 (/work/review4.md) on sentences the rules were not written from: a rule written
for one wording must not fire on these."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article


def _x(text: str, lang: str):
    return extract(Article("case", text, lang=lang))


def _bodies(text: str, lang: str, name: str) -> set[tuple[str, str, str | None, str | None]]:
    return {
        (p.role, p.body.org, p.body.level, p.body.place)
        for o in _x(text, lang).officials
        if o.name == name
        for p in o.positions
    }


# be0c8c8: "national" was a level word, so the National Assembly's delegation of a province and a province's
# steering committee for the national target programmes were central
@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Mr. Nguyen Van An, Deputy Head of the National Assembly Delegation of Nghe An province, spoke.",
            ("deputy_head", "national_assembly_delegation", "provincial", "Nghe An"),
        ),
        (
            "Mr. Nguyen Van An, Head of the Steering Committee for National Target Programmes of Nghe An "
            "province, spoke.",
            ("head", "steering_committee", "provincial", "Nghe An"),
        ),
        (  # the national one stays central
            "Mr. Nguyen Van An has been assigned to be head of the National Steering Committee for COVID-19 "
            "Prevention and Control.",
            ("head", "steering_committee", "central", None),
        ),
    ],
)
def test_national_in_a_body_name_is_no_level(text, post):
    assert post in _bodies(text, "en", "Nguyen Van An")
