"""French rules found by scoring the third blind silver gold (/work/silver/fr3) and reading the 33
unlabelled French articles: each test fails without the rule it names (posts and dates are in
``tests/data/cases/posts.tsv`` and ``dates.tsv``)."""

from __future__ import annotations

import pytest

from kg.lang import Lexicon
from kg.lang.matcher import Matcher


@pytest.mark.parametrize(
    "text, found",
    [
        # an elided article is glued to the next word: the wording ends at its apostrophe
        ("le président de l'union des paysans", ["le président de l'"]),
        ("le président de l’union des paysans", ["le président de l’"]),
        # a wording of whole words still ends where the text's word ends
        ("le président de lunion", ["le président de"]),
        ("le président des x", ["le président"]),
    ],
)
def test_a_wording_ending_in_an_apostrophe_matches_before_a_word(text, found):
    wordings = ["le président de l'", "le président de l’", "le président de", "le président"]
    lexicon = Lexicon({w: ("chair",) for w in wordings})
    assert [m.group("w") for m in lexicon.pattern.finditer(text)] == found
    assert [h.group("w") for h in Matcher(wordings).finditer(text)] == found
    assert [h.group("w") for h in Matcher(wordings, ("w",)).finditer("w" + text)] == found
