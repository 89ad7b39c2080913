"""The compiled-code cache of kg.rx: an expression made from the cache is re.compile's own (same
code, flags, groups), for the packs' lexicons and for expressions with flags, named groups and lone
surrogates; a damaged or missing cache only means compiling as before."""

from __future__ import annotations

import re

import pytest

from kg import rx
from kg.lang import available_languages, load_pack

_ODD = [
    (r"(?P<day>\d{1,2})[./-](?P<month>\d{1,2})", 0),
    (r"chủ tịch|phó chủ tịch", re.IGNORECASE),
    ("[\ud800-\udfff]+|x", 0),  # a lone surrogate: the file is written in ASCII
    (r"^\s*(?:a|b)$", re.MULTILINE),
    (r"(?<![\w.,])(\d{1,3})(?:e|th|\.(?=\s))", 0),
]


@pytest.fixture
def fresh_rx(tmp_path, monkeypatch):
    """kg.rx with nothing held and its cache in a temporary folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(rx, "_cache", None)
    monkeypatch.setattr(rx, "_made", [])
    monkeypatch.setattr(rx, "_PLAIN", {})
    monkeypatch.setattr(rx, "_FLAGGED", {})

    def forget():
        rx._PLAIN.clear()
        rx._FLAGGED.clear()
        rx._cache = None

    return forget


def _expressions() -> list[tuple[str, int]]:
    out = list(_ODD)
    for code in available_languages():
        for lexicon in load_pack(code).lexicons():
            if lexicon:
                out.append((lexicon.pattern.pattern, lexicon.pattern.flags & ~re.UNICODE))
    return out


def test_expressions_made_from_the_cache_are_those_re_compiles(fresh_rx):
    expressions = _expressions()
    assert len(expressions) > 50
    for pattern, flags in expressions:
        rx.compile(pattern, flags)
    assert rx._made  # compiled by re, and remembered for the cache
    rx.save()
    assert rx._cache_path().exists() and not rx._made
    fresh_rx()
    made = {}
    for pattern, flags in expressions:
        cached = rx._from_cache(pattern, flags)
        assert cached is not None, pattern[:80]
        plain = re.compile(pattern, flags)
        assert cached == plain  # same pattern, flags and code
        assert (cached.groups, cached.groupindex, cached.flags) == (
            plain.groups,
            plain.groupindex,
            plain.flags,
        )
        made[pattern, flags] = cached
    text = "Ngày 12/3/2024, Chủ tịch UBND tỉnh; the 3rd; 1.200 tỷ đồng \ud800"
    for (pattern, flags), cached in made.items():
        plain = re.compile(pattern, flags)
        assert [m.span() for m in cached.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_damaged_cache_means_compiling_as_before(fresh_rx):
    path = rx._cache_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"0\\u0000a+": [0, "not base64!", 0, {}, []], "0\\u0000b": 3}', encoding="ascii")
    assert rx._from_cache("a+", 0) is None and rx.compile("a+") == re.compile("a+")
    assert rx._from_cache("b", 0) is None and rx.compile("b").match("b")
    path.write_text("not json", encoding="ascii")
    fresh_rx()
    assert rx.compile("c+").fullmatch("ccc")
    rx.save()  # written again, whole
    fresh_rx()
    assert rx._from_cache("c+", 0) == re.compile("c+")


def test_a_cache_that_cannot_be_written_is_no_error(fresh_rx, tmp_path, monkeypatch):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert rx.compile("d+").match("dd")
    rx.save()
    assert not (blocked / "kg").exists()
