"""English gaps other helpers reported: a vacant post is nobody's ('until the post of Chairman ... is filled'),
a number written as a word counts a role as a digit does, and a range of figures keeps its lower bound only
('between 35% and 40%', 'from 8% to 8.5%'), as GOLD's dev gold records ranges."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.lang import load_pack
from kg.model import Article

PPC = ("peoples_committee", "provincial")


def _x(text: str):
    return extract(Article("case", text, lang="en"))


def _posts(text: str, name: str) -> set[tuple[str, str, str | None]]:
    return {
        (p.role, p.body.org, p.body.level) for o in _x(text).officials if o.name == name for p in o.positions
    }


def _figures(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in _x(text).metrics]


# 1. 'the post of' after a clause opener or a preposition is no post of the clause's subject (fr 'le poste
# de', es 'el cargo de': a not_holder cue kind guarding title_link wordings of value 'object')
@pytest.mark.parametrize(
    "text",
    [
        "On March 5, 2024, Mr. Nguyen Van Thanh, Vice Chairman of the Quang Ninh Provincial People's Committee, "
        "was tasked with directing the work of the committee until the post of Chairman of the Provincial "
        "People's Committee is filled.",
        "Mr. Nguyen Van Thanh, Vice Chairman of the Quang Ninh Provincial People's Committee, is the only "
        "candidate for the post of Chairman of the Provincial People's Committee.",
    ],
)
def test_a_post_after_a_clause_opener_or_preposition_is_not_the_subjects(text):
    assert _posts(text, "Nguyen Van Thanh") == {("vice_chair", *PPC)}


@pytest.mark.parametrize(
    "text",
    [
        "The Provincial People's Council of Son La elected Mr. Nguyen Dinh Viet, Deputy Secretary of the "
        "Provincial Party Committee, to the position of Chairman of the Provincial People's Committee.",
        "Mr. Nguyen Dinh Viet took over the post of Chairman of the Son La Provincial People's Committee.",
        "Mr. Nguyen Dinh Viet took on the post of Chairman of the Son La Provincial People's Committee.",
        "Mr. Nguyen Dinh Viet was assigned to hold the position of Chairman of the Son La Provincial "
        "People's Committee.",
    ],
)
def test_a_post_a_verb_gives_is_still_the_subjects(text):
    assert ("chair", *PPC) in _posts(text, "Nguyen Dinh Viet")


# 2. English number words are cardinal cues: a counted role after a name's own title names other people
def test_english_number_words_are_cardinals():
    cardinal = load_pack("en").cue("cardinal")
    assert cardinal.get("two") == ("2",) and cardinal.get("ten") == ("10",)
    assert cardinal.get("one") is None


@pytest.mark.parametrize("count", ["two", "three"])
def test_a_role_counted_in_words_after_a_title_is_not_the_names(count):
    text = (
        "Attending were Nguyen Van Thanh, Chairman of the Quang Ninh Provincial People's Committee and "
        f"{count} Vice Chairman of the Provincial People's Committee."
    )
    assert _posts(text, "Nguyen Van Thanh") == {("chair", *PPC)}


# 3. a range keeps its lower bound (dev pl-005 '8,3-8,5%' -> 8.3; silver u-en-0020 '7.5-8%' -> 7.5)
@pytest.mark.parametrize(
    ("text", "lower"),
    [
        ("Room occupancy at accommodation establishments in Quang Ninh reached between 35% and 40%.", 35.0),
        ("In 2024, Quang Ninh province strives for GRDP growth of between 8% and 8.5%.", 8.0),
        ("In 2024, Quang Ninh province strives for GRDP growth from 8% to 8.5%.", 8.0),
        ("Quang Ninh strives for the rate of trained workers to reach 35% to 40%.", 35.0),
    ],
)
def test_a_range_keeps_its_lower_bound(text, lower):
    assert _figures(text) == [(lower, "percent")]


@pytest.mark.parametrize(
    "text",
    [
        # a change from one level to another is two figures, not a range
        "The rate of trained workers of Quang Ninh increased from 35% to 40%.",
        # two figures joined by a conjunction without 'between'
        "Quang Ninh's GRDP grew 8% and budget revenue rose 9%.",
    ],
)
def test_two_figures_not_opened_as_a_range_stay_two(text):
    assert len(_figures(text)) == 2
