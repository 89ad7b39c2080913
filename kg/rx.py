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
        found = held[key] = _from_cache(pattern, flags) or _re.compile(pattern, flags)
    return found


# ------------------------------------------------------------------------------ compiled code cache
# re parses an expression in Python: the forkserver of a build spent ~0.45 s of its ~1.1 s start
# compiling the packs' ~300 expressions (alternations of their wordings). What re makes of an
# expression is a list of integers for the C matcher (_sre), the same for the same expression and
# flags under the same interpreter; kept in a cache file (:func:`_cache_path`: written where it
# can be, by the process that loads extraction once, :func:`save`; read once a process), an
# expression held there is made by one call of _sre.compile. Each entry was compared with
# re.compile's own pattern before it was written (two patterns are equal when their code is).
_CACHE_MAX = 8 << 20  # bytes of the cache file at most
# "flags\0expression" -> [flags, code (base64 of uint32), groups, groupindex, indexgroup]
_cache: dict | None = None
_made: list[tuple[str, int]] = []  # expressions compiled by re in this process (not from the cache)


def _cache_path():
    """``$XDG_CACHE_HOME/kg/rx.<interpreter>.json`` (``~/.cache/kg/`` by default)."""
    import _sre
    import os
    import sys
    import zlib
    from pathlib import Path

    version = zlib.crc32(sys.version.encode("utf-8"))  # the interpreter's build too
    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-{version:08x}"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "kg" / f"rx.{tag}.json"


def _read_cache() -> dict:
    import json

    try:
        path = _cache_path()
        if path.stat().st_size > _CACHE_MAX:
            return {}
        data = json.loads(path.read_text(encoding="ascii"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _from_cache(pattern, flags):
    """The expression made from its cached code (``None``: not cached, or not cacheable)."""
    global _cache
    if type(pattern) is not str or _unusual(flags):
        return None
    if _cache is None:
        _cache = _read_cache()
    entry = _cache.get(f"{int(flags)}\0{pattern}")
    if entry is None:
        if len(_made) < HELD:
            _made.append((pattern, int(flags)))
        return None
    try:
        import _sre
        import base64
        from array import array

        final, code, groups, groupindex, indexgroup = entry
        words = array("I")
        words.frombytes(base64.b64decode(code))
        return _sre.compile(pattern, final, words.tolist(), groups, groupindex, tuple(indexgroup))
    except Exception:  # a damaged entry: compiled as usual
        return None


def _unusual(flags) -> bool:
    return bool(int(flags) & (_re.DEBUG | getattr(_re, "TEMPLATE", 0)))


def _code(pattern: str, flags: int) -> list | None:
    """What re.compile gives _sre for ``pattern`` (CPython 3.11's re._compiler.compile, step by
    step); ``None`` when the pattern it makes is not re.compile's own."""
    import _sre
    import base64
    from array import array
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    final, groups = flags | parsed.state.flags, parsed.state.groups - 1
    made = _sre.compile(pattern, final, code, groups, groupindex, tuple(indexgroup))
    if made != _re.compile(pattern, flags) or made.groupindex != _re.compile(pattern, flags).groupindex:
        return None
    words = base64.b64encode(array("I", code).tobytes()).decode("ascii")
    return [final, words, groups, groupindex, indexgroup]


def save() -> None:
    """Add the expressions this process compiled to the cache file (never raises; written whole
    under a new name, then renamed: readers see the old file or the new one)."""
    import json
    import os

    global _cache
    try:
        import _sre
        from array import array

        if not _made or array("I").itemsize != _sre.CODESIZE:
            return
        cache = dict(_read_cache())
        fresh = {(pattern, str(flags)) for pattern, flags in _made}
        for pattern, flags in _made:
            entry = _code(pattern, flags)
            if entry is not None:
                cache[f"{flags}\0{pattern}"] = entry
        text = json.dumps(cache)  # ASCII: an expression may hold a lone surrogate (a range's end)
        if len(text) > _CACHE_MAX:  # (expressions of other versions of the packs): this process's
            cache = {k: v for k, v in cache.items() if tuple(k.split("\0", 1)[::-1]) in fresh}
            text = json.dumps(cache)
            if len(text) > _CACHE_MAX:
                return
        path = _cache_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            tmp.write_text(text, encoding="ascii")
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        _made.clear()
        _cache = cache
    except Exception:  # a cache that cannot be written: each process compiles as before
        pass


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
