"""Language data the metrics and documents rules read from the packs, not from engine code: the
definite article a dual after it carries (``article`` in format.tsv) and the possessive ending
that separates a session or term noun from an ordinal (``possessive_ending`` cues)."""

from __future__ import annotations

import pytest

from kg.extract.documents import find_documents
from kg.extract.metrics import _article_forms, find_metrics
from kg.lang import load_pack
from kg.text import Sentence, fold


def _documents(text: str, lang: str):
    s = Sentence(text, 0, 0)
    return [(d.kind, d.session, d.term) for d in find_documents(s, fold(s), load_pack(lang))]


def _figures(text: str, lang: str):
    s = Sentence(text, 0, 0)
    return [(m.value, m.unit) for m in find_metrics(s, fold(s), load_pack(lang))]


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_an_ordinal_after_a_possessive_ending_is_no_term_of_the_noun_before_it(apostrophe):
    text = f"He studied the resolution of the Central Committee{apostrophe}s 8th plenum on the economy."
    assert _documents(text, "en") == [("resolution", 8, None)]
    # without the ending, the committee's ordinal is its term
    assert _documents("He studied the resolution of the Central Committee 8th plenum.", "en") == [
        ("resolution", None, 8)
    ]


def test_the_article_forms_come_from_the_pack():
    assert _article_forms(load_pack("ar")) == ("ال", "لل")  # ل + ال contracts to لل
    assert _article_forms(load_pack("en")) == ()


def test_a_dual_after_a_contracted_article_names_two_already_named():
    assert _figures("قدمت الحكومة دعما للمقاطعتين.", "ar") == []
    assert _figures("قدمت الحكومة دعما لمقاطعتين جديدتين.", "ar") == [(2, "count")]
