"""Arabic titles and chairs found by a second reading of unlabelled Arabic articles: sentences
written in their style (not copied from one article), each checking one rule or pack entry."""

from __future__ import annotations

import pytest

import kg
from kg.model import Article


def extract(text: str, published: str = "2025-03-10"):
    return kg.extract(Article("t", text, lang="ar", published=published))


def posts(text: str) -> dict[str, set[tuple]]:
    """Posts by the name as the text writes it."""
    return {
        o.surface: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in extract(text).officials
    }


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("رئيس اللجنة الشعبية لبلدية فو لام", ("chair", "peoples_committee", "commune")),
        ("نائب رئيس اللجنة الشعبية لمقاطعة كوانغ نام", ("vice_chair", "peoples_committee", "provincial")),
        ("سكرتير لجنة الحزب لبلدية تان هوا", ("secretary", "party_committee", "commune")),
    ],
)
@pytest.mark.parametrize("between", ["، السيد ", " ", "، "])
def test_a_title_ending_with_a_place_written_in_arabic_is_the_next_names(title, expected, between):
    # the place after the level word may be a commune the gazetteer lacks: its words still spell
    # Vietnamese syllables, so the title reaches the name written after it
    text = f"وأكد {title}{between}تران فان لوك أن البلدية أبلغت السكان بمقر العمل الجديد."
    assert expected in posts(text)["تران فان لوك"]


def test_a_verb_after_a_level_word_is_no_place():
    # an Arabic word that spells no Vietnamese syllable ends the title: it is not the next name's
    text = "قال رئيس اللجنة الشعبية للبلدية يستقبل المواطنين إن تران فان لوك وصل."
    assert ("chair", "peoples_committee", "commune") not in posts(text).get("تران فان لوك", set())
