"""The engine's shortcuts read what the plain forms read: stems looked up by length, expressions whose
look-behind is written after their first digits, an article folded once, spans read when asked."""

from __future__ import annotations

import itertools
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg import mint
from kg.extract import grammar, meetings, metrics, names, numbers
from kg.extract.titles import Spans, _ends_with_title
from kg.lang import Lexicon, available_languages, load_pack
from kg.script import RE_DASHES, RE_SENTENCE_ENDS
from kg.text import fold_aligned, fold_sentences, sentences

_DIGITS = st.text(alphabet="0123456789.,/- 19202x\u00a0aé", max_size=30)


def _spans(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


# each rewritten expression beside the one it replaces
_REWRITTEN = [
    (re.compile(r"(?<![\d.,])(19[5-9]\d|20[0-4]\d)(?![\d])"), numbers._YEAR),
    (re.compile(r"(?<![\d.,])\d{1,2}\.\d{1,2}\.((?:19|20)\d\d)(?![\d.,]\d|\d)"), numbers._DOTTED_DATE),
    (re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)"), re.compile(r"((?:19|20)(?<!\d\d\d)\d\d)(?!\d)")),
    (
        re.compile(r"(?<![\d.,])\d+\.\d{1,2}(?![\d.,]?\d)"),
        re.compile(r"\d(?<![\d.,]\d)\d*\.\d{1,2}(?![\d.,]?\d)"),
    ),
    (
        re.compile(r"(?<![\w.,])(\d{1,3})(?:e|th|\.(?=\s))"),
        re.compile(r"(\d(?<![\w.,]\d)\d{0,2})(?:e|th|\.(?=\s))"),
    ),
    (
        re.compile(r"([^\W\d_]+)(?:تان|تين)(?![^\W\d_])"),
        re.compile(r"(?<![^\W\d_])([^\W\d_]+)(?:تان|تين)(?![^\W\d_])"),
    ),
    (
        re.compile(r"(?<![^\W\d_])([^\W\d_]+)(?:تان|تين)(?![^\W\d_])"),
        re.compile(r"([^\W\d_](?<![^\W\d_][^\W\d_])[^\W\d_]*)(?:تان|تين)(?![^\W\d_])"),
    ),
]


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(_DIGITS, st.text(alphabet="تانيبة لمxa1", max_size=30)))
def test_a_rewritten_expression_finds_what_the_plain_one_finds(text):
    for plain, fast in _REWRITTEN:
        assert _spans(fast, text) == _spans(plain, text), (plain.pattern, text)


# the dates in figures of numbers._find_dates, meetings' years and periods, metrics' glued figures (a look-behind
# first: the engine tried it at every position)
_DATES_REWRITTEN = [
    (
        re.compile(
            r"(?<![\d/.:-])(\d{1,2})(?:\.?\s?[-–]\s?(?P<last>\d{1,2}))?([-/.])(\d{1,2})\3((?:19|20)\d\d)(?![\d/]|[^\W\d_])"
        ),
        numbers._WHOLE_NUMERIC,
    ),
    (
        re.compile(
            rf"(?<![\d/.:-])(\d{{1,2}})[/-](\d{{1,2}})(?![\d/.-])(?P<agency>\s*\([^\W\d_][\w.]*\))\s*[{RE_DASHES}]"
        ),
        numbers._DATELINE_NUMERIC,
    ),
    (
        re.compile(
            r"(?<![\d.,/-])(\d{1,2})(?:\.\s?|\s)(xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)(?:\.\s?|\s)((?:19|20)\d\d)(?!\d)"
        ),
        numbers._ROMAN_MONTH,
    ),
    (
        re.compile(rf"(?<![\d/])\d{{1,2}}/((?:19|20)\d\d)\s*[{RE_DASHES}]\s*\d{{1,2}}/(?:19|20)\d\d(?!\d)"),
        meetings._PERIOD,
    ),
    (re.compile(r"(?<![\d/.:-])(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?!\d)"), meetings._NUMERIC_DAY),
    (re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)"), meetings._YEAR_ONE),
    (
        re.compile(
            r"(?<!\d[ \u00a0\u202f])\d(?<![\w.,/-]\d)(?:\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d*(?:[.,]\d+)*)(?=[^\W\d_])"
        ),
        metrics._GLUED,
    ),
]


@settings(max_examples=1000, deadline=None)
@given(text=st.text(alphabet="0123456789./-:,– ()\nivxa(ttxvn)\u00a0", max_size=40))
def test_a_date_expression_opening_with_a_digit_finds_what_the_look_behind_finds(text):
    for plain, fast in _DATES_REWRITTEN:
        assert _spans(fast, text) == _spans(plain, text), (plain.pattern, text)
    if not numbers._DIGIT_DOT_DIGIT.search(
        text
    ):  # (the test _find_dates asks before a day and month with dots)
        assert numbers._DOTTED_DAY_MONTH.search(text) is None


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet='ab "\\\n\r\tƯư\u00a0لا\\', max_size=30))
def test_a_literal_is_escaped_as_the_translation_table_escapes_it(text):
    assert mint._lit(text) == '"' + text.translate(mint._ESCAPES) + '"'
    assert mint._lit(text, "http://x/d") == '"' + text.translate(mint._ESCAPES) + '"^^<http://x/d>'


def test_a_name_before_a_role_is_searched_only_after_a_comma():
    # (what _runs_before_roles asks before the search: never no where the search finds a name; letters that are
    # no isalpha, "²", a digit or "_" before the comma, the line break "$" may stand before, every end)
    firsts, runs = (
        ["", "de ", "2 ", "_", "\n"],
        ["Ab Cd Ef", "Ab Cd", "Ab x²", "Ab Cd2", "Ab Cd_", "Ab Cd-Ef Gh"],
    )
    commas, tails = [",", ", ", ",  ", " ,", "", ",\n"], ["", "\n", " \n", "\n\n", "x", ", "]
    for first, run, comma, tail in itertools.product(firsts, runs, commas, tails):
        text = first + run + comma + tail
        for end in range(len(text) + 2):
            if names._BEFORE_ROLE.search(text, max(0, end - 80), end) is not None:
                assert names._comma_before(text, end), (text, end)


def test_the_rewritten_expressions_are_the_engines():
    # (those of numbers are compared as the module holds them; the Arabic dual's as metrics writes it)
    dual = metrics._dual_setting(load_pack("ar").folder)[0]
    assert dual.pattern.startswith(r"([^\W\d_](?<![^\W\d_][^\W\d_])[^\W\d_]*)(?:")
    assert _spans(dual, "بلديتان و بمنطقتين") == [((0, 7), ("بلدي",)), ((10, 18), ("بمنطق",))]


def _naive_get(lexicon: Lexicon, wording: str):
    found = lexicon.entries.get(wording)
    if found is None and lexicon._stems:
        stem = next((s for s in lexicon._stems if wording.startswith(s)), None)
        found = lexicon.entries.get(stem + "*") if stem is not None else None
    return found


def test_a_stem_is_found_by_its_length_as_by_trying_every_stem():
    checked = 0
    for code in available_languages():
        for lexicon in load_pack(code).lexicons():
            stems = lexicon._stems
            if not stems:
                continue
            # each stem, longer words it opens, words it does not, and the stems cut short
            words = {w for s in stems for w in (s, s + "x", s + "ów", s[:-1], "x" + s, s[1:])}
            for w in words:
                assert lexicon.get(w) == _naive_get(lexicon, w), (code, w)
                checked += 1
    assert checked > 500


def _naive_stem_features(word: str, g) -> frozenset[str]:
    found: set[str] = set()
    for stem, feats in g.prefixes:
        if word.startswith(stem):
            found |= feats
            break
    for stem, feats in g.suffixes:
        if word.endswith(stem) and len(word) > len(stem) - 1:
            found |= feats
            break
    for stem, feats in g.infixes:
        if stem in word:
            found |= feats
    return frozenset(found)


def test_grammar_stems_by_length_are_the_first_listed_stem():
    checked = 0
    for code in available_languages():
        g = grammar.grammar(load_pack(code))
        stems = [s for s, _ in (*g.prefixes, *g.suffixes, *g.infixes)]
        words = {w for s in stems for w in (s, s + "en", "vor" + s, s[:-1], s[1:], "x")}
        for w in words:
            assert grammar._stem_features(w, g) == _naive_stem_features(w, g), (code, w)
            checked += 1
    assert checked > 300


def test_every_title_rule_needs_a_word_of_its_kind():
    # (what lets the grammar skip a text without one: kg.extract.grammar._own)
    for kind in ("role", "body"):
        own = grammar.rules().kinds[kind]
        assert grammar._own(kind) == own
        assert all(any(slot <= own for slot in r.needs) for r in getattr(grammar.rules(), kind))


def test_a_text_without_a_word_of_a_kind_composes_nothing_of_it():
    pack = load_pack("en")
    for text in ("the meeting was held on monday", "of the and in", "provincial", "secretary of the"):
        for kind in ("role", "body"):
            words = grammar._words(text, pack)
            if not any(w.features & grammar._own(kind) for w in words):
                assert grammar._compose(text, pack, kind) == []
    assert grammar._compose("secretary of the provincial party committee", pack, "role")


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="ĐđÀàÉé Ab.\nỗƯư ﻻلا?!", max_size=60))
def test_an_article_folded_once_gives_each_sentences_fold(text):
    sents = sentences(text)
    whole, folded = fold_sentences(text, sents)
    assert whole == fold_aligned(text)
    assert folded == [fold_aligned(str(s)) for s in sents]


def test_a_spans_adjacency_is_read_when_asked():
    pack = load_pack("en")
    for before in ("chairman of the provincial people's committee ", "the meeting was chaired by ", ""):
        lazy = Spans("", before, pack=pack)
        assert lazy.adjacent == _ends_with_title(before, pack)
    assert Spans("", "x", True).adjacent is True


def test_cited_spans_read_when_asked_are_the_eager_ones():
    pack = load_pack("en")
    text = (
        "Implementing Resolution No. 18-NQ/TW dated October 25, 2017, since 2018 the province has merged units. "
        "The conference was held on 26 August 2024."
    )
    sents = sentences(text)
    for sent in sents:
        fs = fold_aligned(str(sent))
        spans = meetings.citation_spans(sent, fs, pack)
        eager = spans + meetings._issue_dates(fs, spans, pack) + meetings._not_event_dates(fs, pack)
        lazy = meetings._Cited(sent, fs, pack)
        assert list(lazy) == eager and len(lazy) == len(eager)
        assert [lazy[i] for i in range(len(eager))] == eager
    assert any(meetings._Cited(s, fold_aligned(str(s)), pack) for s in sents)


def test_the_gazetteer_reads_the_members_json_reads():
    import importlib.util
    import json
    from pathlib import Path

    from kg import gazetteer

    spec = importlib.util.find_spec("vietnamadminunits")
    base = Path(next(iter(spec.submodule_search_locations))) / "data"
    legacy, converter = gazetteer._data()
    whole = json.loads((base / "parser_legacy.json").read_text(encoding="utf-8"))
    assert {k: whole[k] for k in gazetteer._LEGACY_KEYS} == legacy
    whole = json.loads((base / "converter_2025.json").read_text(encoding="utf-8"))
    assert {k: whole[k] for k in gazetteer._CONVERTER_KEYS} == converter
    # a key written twice: as json reads it (the last)
    assert gazetteer._members('{"a": 1, "b": 2, "a": 3}', ("a",)) == {"a": 3, "b": 2}
    assert gazetteer._members(' {"x": [1, {"y": 2}] , "z" : 3}', ("z",)) == {"z": 3}


def _texts_of_wordings(lexicon: Lexicon) -> list[str]:
    """Texts made of a lexicon's wordings of several words: each whole, glued to a clitic, a stem
    gone on, and each first word beside another wording's second word (the second-word test's
    edges: kg.lang.matcher._may_open)."""
    wordings = [w for w in lexicon.entries if len(re.findall(r"\w+", w)) > 1]
    seconds = [re.findall(r"\w+", w)[1] for w in wordings]
    out = []
    for k, w in enumerate(wordings):
        bare = w[:-1] if w.endswith("*") and len(w) > 2 else w
        first = re.match(r"\w+", bare)
        other = seconds[(k * 7 + 3) % len(seconds)]
        out += [bare, f"x {bare}, y", bare + "ach", f"{first.group() if first else bare} {other}"]
        out += [p + bare for p in lexicon._prefixes[:2]]
    return out


def test_a_lexicon_skips_only_texts_without_a_wordings_second_word():
    # a text holding a wording's first word but none of the second words of the wordings it opens
    # is not searched (Lexicon.finditer): every wording of several words of every pack still matches
    # as its expression finds it, alone, after a word, a stem gone on, after a clitic
    compared = matched = skipped = 0
    for code in [*available_languages(), "_any"]:
        for lexicon in load_pack(code).lexicons():
            if lexicon.pattern is None:
                continue
            for text in _texts_of_wordings(lexicon):
                for start, end in ((0, None), (2, None), (0, len(text) - 1)):
                    stop = len(text) if end is None else end
                    expected = [
                        (m.span(), m.start("w"), lexicon.get(m.group("w")))
                        for m in lexicon.pattern.finditer(text, start, stop)
                    ]
                    expected = [e for e in expected if e[2][:1] != ("not",)]
                    found = [(m.span(), m.start("w"), v) for m, v in lexicon.finditer(text, start, end)]
                    if lexicon._guard is None:
                        assert found == expected, (code, text, start, end)
                    else:  # (an "object" wording's guard drops some: never one the expression lacks)
                        assert set(found) <= set(expected), (code, text, start, end)
                    compared += 1
                    matched += bool(found)
                    keys = lexicon._keys
                    skipped += bool(keys and keys[2] and not found and not expected)
    assert compared > 20_000 and matched > 10_000 and skipped > 100


def _plain_read_token(token: str, pack) -> tuple:
    """A token's reading as grammar._read_token gave it before it was one function: every reading
    after clitics and the article, each looked up in turn (stems tried one by one)."""
    g = grammar.grammar(pack)
    readings = tuple(grammar._readings(token, g))
    firsts = grammar._multi_lengths(pack.code)
    lengths = tuple(sorted({n for _, first in readings for n in firsts.get(first, ())}, reverse=True))
    level_seen = None
    for clitic, reading in readings:
        feats = g.exact.get((reading,)) or _naive_stem_features(reading, g)
        level = g.levels.get((reading,)) or next(iter(pack.levels.get(reading) or ()), None)
        level_seen = level_seen or level
        if feats:
            return (
                lengths,
                readings,
                len(clitic),
                feats,
                level or level_seen,
                bool(clitic) and clitic == g.link_prefix,
            )
    return lengths, readings, 0, frozenset(), level_seen, False


def test_a_new_token_is_read_as_every_reading_tried_in_turn():
    # every grammar and level word of every pack, as written, glued to each clitic, after the article,
    # in a contracted clitic + article, a stem gone on, and words of none of them
    checked = featured = 0
    for code in available_languages():
        pack = load_pack(code)
        g = grammar.grammar(pack)
        words = {w for key in (*g.exact, *g.levels) for w in key}
        words |= {s for s, _ in (*g.prefixes, *g.suffixes, *g.infixes)}
        words |= {w for w in pack.levels.entries if " " not in w}
        tokens = set()
        for w in words:
            tokens |= {w, w + "ach", "x" + w, w[:-1], *(c + w for c in g.clitics)}
            if g.article:
                tokens |= {
                    g.article + w,
                    *(c + g.article + w for c in g.clitics),
                    *(c + g.article[1:] + w for c in g.clitics),
                }
        for token in sorted(t for t in tokens if t):
            assert grammar._read_token(token, pack) == _plain_read_token(token, pack), (code, token)
            checked += 1
            featured += bool(grammar._read_token(token, pack)[3])
    assert checked > 5000 and featured > 2000


# expressions that opened with a look-behind (or gave the engine no character to skip to), as they were written: the
# engine tried them at every character (stop 33)
_LATIN = [chr(c) for r in ((0x41, 0x250), (0x1E00, 0x1F00)) for c in range(*r)]
_LOWER = "".join(c for c in _LATIN if c.islower())
_UPPER = "".join(c for c in _LATIN if c.isupper())
_PLAIN_GLUED = re.compile(f"(?<=[{_LOWER}])(?=[{_UPPER}][{_LOWER}])")
_PLAIN_GLUED_DATE = re.compile(f"(?<=[/.-](?:19|20)\\d\\d)(?=[{_UPPER}][{_LOWER}])")
_PLAIN_DAY_START = re.compile(rf"(?<=[{RE_SENTENCE_ENDS}])[ \t]+(?=(?:[1-9]|[12]\d|3[01])[ \t]+([^\W\d_]))")
_MIXED = st.lists(
    st.sampled_from(
        [
            *"aAbBzZ ăĂéÉłŁ\t\n.!?؟/-1920245,'’_²",
            "𝐀",
            "𝐚",
            "𐐀",
            "𐐨",
            "ǅ",
            "ϒ",
            *"تانيبة",
            ". ",
            " 12 ",
            "/2024",
            "Ab",
        ]
    ),
    max_size=20,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(text=_MIXED)
def test_an_expression_opening_with_what_it_matches_finds_what_the_look_behind_finds(text):
    from kg import text as kgtext

    assert _spans(kgtext._DAY_START, text) == _spans(_PLAIN_DAY_START, text)
    assert kgtext.unglue(text) == _PLAIN_GLUED_DATE.sub("\n", _PLAIN_GLUED.sub(" ", text))
    upper = names._case_class(names._case_classes(str.isupper))
    lower = names._case_class(names._case_classes(str.islower))
    other = rf"(?:(?!{lower})[^\W\d_])"
    plain = re.compile(rf"{upper}(?<!{other}{upper})(?:{other}|{lower}(?!{upper}))*{lower}?")
    assert _spans(names._capitalised(), text) == _spans(plain, text)


@settings(max_examples=1000, deadline=None)
@given(text=st.text(alphabet=[*"ab éÉ ²_1\t\n\u00a0-%", "ل", "ا"], max_size=25))
def test_the_last_words_before_a_number_are_the_searches_groups(text):
    one, two = re.search(r"(\S+)\s+$", text), re.search(r"(\S+)\s+([^\W\d_]{1,3})\s+$", text)
    assert metrics._last_words(text, 1) == ([one.group(1)] if one else [])
    last = metrics._last_words(text, 2)
    short = last and metrics._SHORT_WORD.fullmatch(last[1])
    assert (tuple(last) if short else None) == (two.groups() if two else None)


_CODE_PIECES = st.sampled_from([*"0123 -/ QDTgNĐCPquhx", " و", "UBTV", "2020", "QH15"])


@settings(max_examples=1000, deadline=None)
@given(text=st.lists(_CODE_PIECES, max_size=30).map("".join))
@example(text="số 12018/2020/QH15 và 112/2022/QD-TTg, 1234567-NQ/TW")
def test_document_codes_tried_at_digits_are_the_expressions_matches(text):
    from kg.extract import documents

    assert [(m.span(), m.groups()) for m in documents._code_matches(text)] == _spans(documents._CODE, text)


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="تانيبة لمxa1", max_size=30))
def test_a_dual_is_searched_only_in_a_sentence_holding_an_ending(text):
    _, _, _, endings = metrics._dual_setting(load_pack("ar").folder)
    assert (
        any(ending in text for ending in endings)
        or metrics._dual_setting(load_pack("ar").folder)[0].search(text) is None
    )
