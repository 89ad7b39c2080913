"""Arabic titles found by a fourth reading of unlabelled Arabic articles: sentences written in their style (not
copied from one article), each checking one rule or pack entry. Its title cases are rows of
tests/data/cases/posts.tsv (ids ar-…), read by tests/api/test_extract.py; former posts stay here (the table
says no former)."""

from __future__ import annotations

import pytest

from tests.api.test_ar_unseen import extract

# --- former posts


def formers(text: str) -> dict[str, set[tuple]]:
    return {o.surface: {(p.role, p.body.org, p.former) for p in o.positions} for o in extract(text).officials}


@pytest.mark.parametrize(
    ("title", "post"),
    [
        ("الأمين السابق للجنة الحزب الإقليمية", ("secretary", "party_committee")),
        ("الأمينة السابقة للجنة الحزب الإقليمية", ("secretary", "party_committee")),
        ("نائب وزير النقل السابق", ("deputy_minister", "ministry")),
        ("أمين لجنة الحزب الإقليمية السابق", ("secretary", "party_committee")),
        ("العضو السابق في المكتب السياسي", ("member", "politburo")),
    ],
)
def test_the_former_adjective_follows_the_role_it_marks(title, post):
    found = formers(f"تحدث الرفيق لي دينه تو، {title}، في الاجتماع.")
    assert found["لي دينه تو"] == {(*post, True)}


def test_the_former_adjective_marks_only_its_own_title():
    # "former member of the Politburo, and Secretary of ...": the second post is no former one
    found = formers("تحدث الرفيق لي دينه تو، العضو السابق في المكتب السياسي، وأمين لجنة الحزب الإقليمية.")
    assert found["لي دينه تو"] == {("member", "politburo", True), ("secretary", "party_committee", False)}


def test_a_previous_year_before_a_title_is_no_former_post():
    # "better than the previous year, as General Secretary X directed": السابق qualifies the year
    found = formers("كل عام أفضل من العام السابق وفقًا لتوجيهات الأمين العام نجوين فو ترونج.")
    assert found["نجوين فو ترونج"] == {("general_secretary", "communist_party", False)}


def test_a_former_district_is_no_former_post():
    # "Chairman of the People's Committee of the former Da Bac district": the district was merged
    found = formers("حضر الرفيق لي دينه تو، رئيس اللجنة الشعبية لمنطقة دا باك السابقة، الاجتماع.")
    assert found["لي دينه تو"] == {("chair", "peoples_committee", False)}
