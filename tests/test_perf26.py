"""perf26: a lexicon's matcher compiled ahead (as a build's forkserver does, kg.warm) finds what
the matcher compiled on first use finds, and the prefilter still turns texts away after it."""

from __future__ import annotations

import pytest

from kg.lang import Lexicon, load_pack

TEXTS = [
    "the party committee, partyx wkomitetu",
    "nothing here",
    "",
    "the Party Committee met; komitet was read",
]


def _hits(lexicon: Lexicon, text: str) -> list:
    return [(m.start(), m.end(), m.group("w"), v) for m, v in lexicon.finditer(text)]


def _at(lexicon: Lexicon, text: str, pos: int):
    found = lexicon.match_at(text, pos)
    return found and (found[0].start(), found[0].end(), found[0].group("w"), found[1])


@pytest.mark.parametrize("text", TEXTS)
def test_compiled_ahead_matches_the_same(text):
    entries = {"party committee": ("body",), "party": ("org",), "komitet*": ("body",)}
    ahead, lazy = Lexicon(dict(entries), ("w",)), Lexicon(dict(entries), ("w",))
    ahead.compile()
    assert ahead._matcher is not None
    assert _hits(ahead, text) == _hits(lazy, text)
    for pos in range(len(text) + 1):
        assert _at(ahead, text, pos) == _at(lazy, text, pos)


def test_empty_lexicon_compiles_nothing():
    empty = Lexicon({})
    empty.compile()
    assert empty._matcher is None and list(empty.finditer("party")) == []


def test_pack_lexicons_compiled_ahead_read_a_sentence_alike():
    sentence = "comrade nguyen van an, secretary of the provincial party committee, chaired the meeting."
    for lexicon in load_pack("en").lexicons():
        if not lexicon:
            continue
        before = _hits(lexicon, sentence)
        lexicon.compile()
        assert lexicon._matcher is not None
        assert _hits(lexicon, sentence) == before
