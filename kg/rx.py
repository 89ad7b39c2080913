"""The functions of :mod:`re` the engine calls, with every expression compiled once and held here.

The engine writes its expressions where it reads them (``re.search(rf"[{RE_COMMAS}]", gap)``,
an alternation of a pack's cue words), thousands of them across the packs. :mod:`re` keeps the
last 512 it compiled and drops the oldest when full, so a build reading several languages
compiled the same expressions again and again (a pack's lexicons alone compile hundreds). Here
they are kept (up to :data:`HELD`, then all dropped at once: a long build stays flat in memory)
and the engine's modules import this module as ``re`` (``import kg.rx as re``): same functions,
same arguments, same results.

>>> search(r"\\d+", "after 2024") is not None, sub(r"\\s+", " ", "a  b"), split(r"[,;]", "a,b;c")
(True, 'a b', ['a', 'b', 'c'])
>>> compile(r"x") is compile(r"x")
True
"""

from __future__ import annotations

import re as _re
from re import (  # noqa: F401 (the rest of the module's names, as re has them)
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    UNICODE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    S,
    U,
    X,
    error,
    escape,
)

HELD = 4096  # expressions kept at most (the packs and the engine write about 2,300; the rest are an article's own)

_PLAIN: dict = {}  # expression (without flags) -> compiled
_FLAGGED: dict[tuple, _re.Pattern] = {}  # (expression, flags) -> compiled


def compile(pattern, flags=0) -> _re.Pattern:
    """``re.compile``, compiled once and held."""
    if isinstance(pattern, _re.Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    held, key = (_FLAGGED, (pattern, flags)) if flags else (_PLAIN, pattern)
    found = held.get(key)
    if found is None:
        if len(held) >= HELD:
            held.clear()
        found = held[key] = _re.compile(pattern, flags)
    return found


# each function: the held expression (one look-up), else compile(); then the method of re.Pattern


def search(pattern, string, flags=0):
    return ((None if flags else _PLAIN.get(pattern)) or compile(pattern, flags)).search(string)


def match(pattern, string, flags=0):
    return ((None if flags else _PLAIN.get(pattern)) or compile(pattern, flags)).match(string)


def fullmatch(pattern, string, flags=0):
    return ((None if flags else _PLAIN.get(pattern)) or compile(pattern, flags)).fullmatch(string)


def finditer(pattern, string, flags=0):
    return ((None if flags else _PLAIN.get(pattern)) or compile(pattern, flags)).finditer(string)


def findall(pattern, string, flags=0):
    return ((None if flags else _PLAIN.get(pattern)) or compile(pattern, flags)).findall(string)


def split(pattern, string, maxsplit=0, flags=0):
    return ((None if flags else _PLAIN.get(pattern)) or compile(pattern, flags)).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return ((None if flags else _PLAIN.get(pattern)) or compile(pattern, flags)).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return ((None if flags else _PLAIN.get(pattern)) or compile(pattern, flags)).subn(repl, string, count)
