"""Fixes from the second review (/work/review2.md, items 3, 4, 5, 6, 8 and 11): sentences written in the
wordings the review ran, each checking that a rule added this session no longer misfires."""

from __future__ import annotations

import pytest

from tests.helpers import extracted


def _posts(text: str, lang: str) -> dict[str, set[tuple[str, str, str | None]]]:
    return {
        o.name: {(p.role, p.body.org, p.body.level) for p in o.positions}
        for o in extracted(text, lang=lang).officials
    }


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "On March 5, 2024, President of the Republic Vo Van Thuong received a delegation.",
            ("state_president", "other", "central"),
        ),
        (
            "On March 5, 2024, Vice President of the Republic Vo Thi Anh Xuan received a delegation.",
            ("other", "other", "central"),
        ),
        (
            "On March 5, 2024, President of the Socialist Republic of Vietnam Vo Van Thuong received a delegation.",
            ("state_president", "other", "central"),
        ),
    ],
)
def test_en_president_of_the_republic_is_the_state_president(text, post):
    # (review item 3: "president of the" chairs a body, but the Republic is the State)
    posts = _posts(text, "en")
    assert [post] == [p for ps in posts.values() for p in ps]


@pytest.mark.parametrize(
    "text",
    [
        "استقبل أمين عام الحزب الشيوعي الفيتنامي تو لام يوم 5 مارس 2024 وفدا من لاوس.",
        "استقبل أمين عام للحزب الشيوعي الفيتنامي تو لام يوم 5 مارس 2024 وفدا من لاوس.",
    ],
)
def test_ar_bare_secretary_general_of_the_party_is_the_general_secretary(text):
    # (review item 4: bare أمين عام is a Secretariat member before the Central Committee only)
    assert _posts(text, "ar") == {"To Lam": {("general_secretary", "communist_party", "central")}}


def test_ar_bare_secretary_general_of_the_central_committee_stays_a_secretariat_member():
    text = "حضر الرفيق نجوين فان آن، أمين عام اللجنة المركزية للحزب، المؤتمر يوم 5 مارس 2024."
    assert ("member", "secretariat", "central") in _posts(text, "ar")["Nguyen Van An"]
