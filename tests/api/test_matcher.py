"""kg.lang.matcher: a lexicon's fast expression finds exactly what its plain expression finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.lang import available_languages, load_pack
from kg.lang.matcher import Hit, Matcher

_CLITICS = ("w", "al", "l")
_WORDINGS = ["party", "party committee", "comm*", "co-chair*", "a", "% ", "ab", "abc", "x y", "al*"]


def _plain(wordings, clitics) -> re.Pattern[str]:
    """The lexicon's expression as kg.lang.Lexicon writes it (a wording's space matches any run of whitespace)."""
    alternatives = "|".join(
        (re.escape(w[:-1]) + r"\w*" if w.endswith("*") and len(w) > 2 else re.escape(w)).replace(
            "\\ ", r"\s+"
        )
        for w in sorted(wordings, key=len, reverse=True)
    )
    clitic = ""
    if clitics:
        clitic = "(?:" + "|".join(re.escape(p) for p in sorted(clitics, key=len, reverse=True)) + ")??"
    return re.compile(rf"(?<!\w){clitic}(?P<w>{alternatives})(?!\w)")


def _spans(matches) -> list[tuple[int, int, int]]:
    return [(m.start(), m.start("w"), m.end()) for m in matches]


# (without "% ", a wording that opens with no word character, the matcher first skips a text none
# of whose words can open a wording)
_PAIRS = [
    (_plain(words, c), Matcher(words, c))
    for words in (_WORDINGS, [w for w in _WORDINGS if w != "% "])
    for c in ((), _CLITICS)
]
_TEXT = st.text(alphabet="abcoptyxwl -%,.\n_1é", max_size=40)


@settings(max_examples=400, deadline=None)
@given(text=_TEXT, start=st.integers(0, 45), end=st.one_of(st.none(), st.integers(0, 45)))
def test_the_matcher_finds_what_the_plain_expression_finds(text, start, end):
    for plain, fast in _PAIRS:
        stop = len(text) if end is None else end
        assert _spans(fast.finditer(text, start, end)) == _spans(plain.finditer(text, start, stop))


def test_a_clitic_match_says_where_its_wording_starts():
    hits = list(Matcher(["komitet*", "party"], ("w",)).finditer("wkomitetu, party"))
    assert [(h.group(), h.group("w"), h.span("w")) for h in hits] == [
        ("wkomitetu", "komitetu", (1, 9)),
        ("party", "party", (11, 16)),
    ]
    assert isinstance(hits[0], Hit) and hits[0].start() == 0 and hits[0][1] == "komitetu"


def test_every_pack_lexicon_reads_sentences_as_its_expression_does():
    sentences = [
        "the provincial party committee and the people's committee held a meeting on 26 august 2024",
        "komitetu wojewódzkiego partii, przewodniczący komitetu ludowego prowincji w dniu 12 maja",
        "وترأس الاجتماع نائب رئيس اللجنة الشعبية للمقاطعة في 14 نوفمبر، وللجنة الحزب",
        "chu tich uy ban nhan dan tinh chu tri hoi nghi ngay 29-9, pho bi thu tinh uy",
        "le comité populaire provincial, der Volkskomitee der Provinz, el comité del partido",
    ]
    compared = 0
    for code in [*available_languages(), "_any"]:
        for lexicon in load_pack(code).lexicons():
            if lexicon.pattern is None:
                continue
            for text in sentences:
                for start, end in ((0, None), (5, None), (0, 40), (10, 60)):
                    stop = len(text) if end is None else end
                    expected = [
                        (m.span(), m.start("w"), lexicon.get(m.group("w")))
                        for m in lexicon.pattern.finditer(text, start, stop)
                    ]
                    found = [(m.span(), m.start("w"), v) for m, v in lexicon.finditer(text, start, end)]
                    assert found == expected, (code, text, start, end)
                    compared += 1
    assert compared > 1000


def _anchored(wordings, clitics) -> re.Pattern[str]:
    """The lexicon's expression anchored at a position (what Lexicon.match_at reads)."""
    return re.compile(_plain(wordings, clitics).pattern.removeprefix(r"(?<!\w)"))


_AT_PAIRS = [
    (_anchored(words, c), Matcher(words, c))
    for words in (_WORDINGS, [w for w in _WORDINGS if w != "% "])
    for c in ((), _CLITICS)
]


@settings(max_examples=400, deadline=None)
@given(text=_TEXT, pos=st.integers(-2, 45))
def test_a_match_at_a_position_is_the_anchored_expressions(text, pos):
    for plain, fast in _AT_PAIRS:
        expected = plain.match(text, max(pos, 0))
        found = fast.match_at(text, pos)
        assert (found is None) == (expected is None), (text, pos)
        if found is not None:
            assert (found.start(), found.start("w"), found.end()) == (
                expected.start(),
                expected.start("w"),
                expected.end(),
            )


def test_every_pack_lexicon_matches_at_a_position_as_its_anchored_expression():
    sentences = [
        "the provincial party committee and the people's committee held a meeting on 26 august 2024",
        "komitetu wojewódzkiego partii, przewodniczący komitetu ludowego prowincji w dniu 12 maja",
        "وترأس الاجتماع نائب رئيس اللجنة الشعبية للمقاطعة في 14 نوفمبر، وللجنة الحزب",
        "chu tich uy ban nhan dan tinh chu tri hoi nghi ngay 29-9, pho bi thu tinh uy",
    ]
    compared = matched = 0
    for code in [*available_languages(), "_any"]:
        for lexicon in load_pack(code).lexicons():
            if not lexicon.entries:
                continue
            for text in sentences:
                for pos in range(len(text) + 2):
                    plain = lexicon._anchored.match(text, pos)
                    found = lexicon.match_at(text, pos)
                    expected = (
                        (plain.span(), plain.start("w"), lexicon.get(plain.group("w"))) if plain else None
                    )
                    got = (found[0].span(), found[0].start("w"), found[1]) if found else None
                    assert got == expected, (code, text, pos)
                    compared += 1
                    matched += got is not None
    assert compared > 10_000 and matched > 100


def test_matching_at_every_position_of_a_long_text_stays_linear():
    # a word character before every position but the spaces': the expression alone is read there
    text = "party committee " * 20_000 + "partyx" * 5_000
    m = Matcher(["party committee", "party", "comm*"], ("w",))
    found = sum(m.match_at(text, pos) is not None for pos in range(0, len(text), 7))
    assert found > 1000
