"""Sentences are cut at sentence punctuation, not at the full stop of an abbreviation a pack lists,
however long the abbreviation is."""

from kg.lang import available_languages, load_pack
from kg.text import abbreviation_reach, sentences


def test_the_longest_listed_abbreviation_is_within_reach():
    words = {w for code in available_languages() for w in load_pack(code).abbreviations}
    assert abbreviation_reach() >= 2 + max(map(len, words))


def test_a_six_letter_abbreviation_cuts_no_sentence():
    text = "Attending were Messrs. Nguyen Van An and Tran Van Binh. The meeting ended at noon."
    assert [str(s) for s in sentences(text)] == [
        "Attending were Messrs. Nguyen Van An and Tran Van Binh.",
        "The meeting ended at noon.",
    ]


def test_short_abbreviations_and_day_numbers_still_hold_and_real_ends_still_cut():
    text = "Mr. An met Sr. Binh on 20. Juli. Prof. Lam spoke. It rained."
    assert [str(s) for s in sentences(text)] == [
        "Mr. An met Sr. Binh on 20. Juli.",
        "Prof. Lam spoke.",
        "It rained.",
    ]
