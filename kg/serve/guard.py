r"""What a SPARQL request is, known before it runs: its shape by a linear scan, its operations by
parsing.

Two steps, cheapest first:

1. :func:`check_shape` reads the text once, left to right, with a constant amount of state: its
   size in bytes, and how deep its brackets (``{ ( [`` and ``<< >>``) and runs of prefix operators
   (``! ^ + -``) nest. Strings, IRIs and comments are stepped over. A query over the limits is
   refused before any recursive parser sees it (a parser that recurses per bracket overflows its
   stack on 1,000 nested ``OPTIONAL`` groups). A second, coarser count ignores strings, IRIs and
   comments altogether, so that a text no two parsers would cut the same way cannot hide its
   depth either.
2. :func:`analyse` parses the text with rdflib's SPARQL parser and walks the parse tree: the query
   form or the update operations, and whether a ``SERVICE`` pattern or a ``LOAD`` operation is in
   it. Parsing is slow (tens of milliseconds), so the server asks only when the text *could* hold
   one of those keywords (:func:`may_reach_out`): a keyword cannot be spelt without its letters, so
   a text without them needs no parse to be cleared (Oxigraph's own parser then reads it to run it).

This module imports nothing from kg (the query workers load it on its own, to start fast).

>>> check_shape("SELECT * WHERE { " + "OPTIONAL { ?a ?b ?c " * 1000 + "}" * 1000 + " }")
'the query nests 1001 levels deep (brackets and operators); at most 64 are allowed'
>>> check_shape('SELECT * WHERE { ?s ?p "{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{" }') is None
True
>>> may_reach_out("SELECT ?x WHERE { ?x ?p ?o }")
False
>>> a = analyse("SELECT * { BIND('''a\\'''' AS ?x) SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }")
>>> (a.kind, a.form, a.service, a.load)
('query', 'SELECT', True, False)
>>> a = analyse("SELECT ?service WHERE { ?service ?p ?o }")
>>> (a.kind, a.form, a.service)
('query', 'SELECT', False)
>>> a = analyse("INSERT DATA { <urn:a> <urn:b> 'load' } ; LOAD <http://example.org/x.ttl>")
>>> (a.kind, a.operations, a.load)
('update', ['InsertData', 'Load'], True)
>>> analyse("SELEC ?x WHERE { ?x ?y ?z }").error
"Expected {SelectQuery | ConstructQuery | DescribeQuery | AskQuery}, found 'SELEC' at line 1, column 1"
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

__all__ = ["MAX_BYTES", "MAX_DEPTH", "Analysis", "analyse", "check_shape", "may_reach_out", "syntax_message"]

MAX_BYTES = 256 * 1024  # a query or update text, UTF-8
MAX_DEPTH = 64  # brackets and prefix operators, nested
MAX_RAW_DEPTH = 256  # the same, counted without reading strings, IRIs and comments
_IRI_FORBIDDEN = frozenset('<>"{}|^`\\')
_OPEN, _CLOSE, _UNARY = "{([", "})]", "!^+-"


def check_shape(text: str, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH) -> str | None:
    """Why ``text`` is too big or too deep to be parsed, or None when it is fine. Linear time."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        return f"the query is {size:,} bytes long; at most {max_bytes:,} are allowed"
    depth = worst = run = 0
    raw = raw_worst = 0
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        # the coarse count: every bracket, wherever it stands
        if c in _OPEN:
            raw += 1
            raw_worst = max(raw_worst, raw)
        elif c in _CLOSE:
            raw = max(0, raw - 1)
        if c in " \t\r\n":
            i += 1
            continue
        if c == "\\":  # an escaped character of a local name (ex:a\\#b): not a comment or string
            i, run = i + 2, 0
            continue
        if c == "#":  # a comment, to the end of the line
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
            continue
        if c in "\"'":
            i = _string_end(text, i, raw_count := [raw, raw_worst])
            raw, raw_worst = raw_count
            run = 0
            continue
        if c == "<":
            end = _iri_end(text, i)
            if end is not None:  # an IRI (its brackets are in the coarse count)
                for ch in text[i + 1 : end]:
                    if ch in _OPEN:
                        raw += 1
                        raw_worst = max(raw_worst, raw)
                    elif ch in _CLOSE:
                        raw = max(0, raw - 1)
                i, run = end + 1, 0
                continue
            if text.startswith("<<", i):  # a quoted triple opens
                depth += 1
                worst = max(worst, depth + run)
                i, run = i + 2, 0
                continue
        if c == ">" and text.startswith(">>", i):
            depth = max(0, depth - 1)
            i, run = i + 2, 0
            continue
        if c in _OPEN:
            depth += 1
            worst = max(worst, depth + run)
        elif c in _CLOSE:
            depth = max(0, depth - 1)
        if c in _UNARY:
            run += 1
            worst = max(worst, depth + run)
        else:
            run = 0
        i += 1
    if worst > max_depth:
        return (
            f"the query nests {worst} levels deep (brackets and operators); at most {max_depth} are allowed"
        )
    if raw_worst > MAX_RAW_DEPTH:
        return (
            f"the query holds {raw_worst} brackets open at once (strings and IRIs included); "
            f"at most {MAX_RAW_DEPTH} are allowed"
        )
    return None


def _string_end(text: str, i: int, raw: list[int]) -> int:
    """The index after the string literal that starts at ``i`` (its brackets go to the coarse
    count ``raw`` = [depth, worst])."""
    q = text[i]
    long = text.startswith(q * 3, i)
    j = i + (3 if long else 1)
    n = len(text)
    while j < n:
        ch = text[j]
        if ch in _OPEN:
            raw[0] += 1
            raw[1] = max(raw[1], raw[0])
        elif ch in _CLOSE:
            raw[0] = max(0, raw[0] - 1)
        if ch == "\\":
            j += 2
            continue
        if long:
            if text.startswith(q * 3, j):
                return j + 3
        elif ch == q or ch in "\r\n":
            return j + 1
        j += 1
    return n


def _iri_end(text: str, i: int) -> int | None:
    """The index of the ``>`` that closes an IRI starting at ``i``, or None when none can start
    there (then ``<`` is an operator)."""
    j, n = i + 1, len(text)
    while j < n:
        ch = text[j]
        if ch == ">":
            return j
        if ch in _IRI_FORBIDDEN or ord(ch) <= 0x20:
            return None
        j += 1
    return None


# ------------------------------------------------------------------ parsing

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _unescape(text: str) -> str:
    def one(m: re.Match) -> str:
        try:
            return chr(int(m.group(1) or m.group(2), 16))
        except (ValueError, OverflowError):
            return m.group()

    return _ESCAPE.sub(one, text)


def may_reach_out(text: str) -> bool:
    """True when ``text`` could hold a ``SERVICE`` or ``LOAD`` keyword, spelt in any case or with
    ``\\u`` escapes; False means it certainly holds neither (no parse needed to know)."""
    for t in (text, _unescape(text)):
        for folded in (t.lower(), t.upper().lower()):
            if "service" in folded or "load" in folded:
                return True
    return False


@dataclass
class Analysis:
    kind: str | None = None  # "query" or "update"; None when the text does not parse
    form: str | None = None  # SELECT, CONSTRUCT, ASK or DESCRIBE (queries)
    operations: list[str] = field(default_factory=list)  # InsertData, Load, Modify... (updates)
    service: bool = False  # a SERVICE pattern somewhere
    load: bool = False  # a LOAD operation
    error: str | None = None  # the parser's message, at the text's own line and column


_PARSING = threading.Lock()
_FORMS = {
    "SelectQuery": "SELECT",
    "ConstructQuery": "CONSTRUCT",
    "AskQuery": "ASK",
    "DescribeQuery": "DESCRIBE",
}


def analyse(text: str) -> Analysis:
    """Parse ``text`` as a query, else as an update (rdflib's SPARQL 1.1 grammar), and report what
    it is and whether it reaches out. Call :func:`check_shape` first: the parser recurses."""
    with _PARSING:  # pyparsing grammars are not safe to run from two threads at once
        return _analyse(text)


def _analyse(text: str) -> Analysis:
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = parseQuery(text)
    except ParseBaseException as err:
        query_error = err
    except RecursionError:
        return Analysis(error="the query nests too deeply to be parsed")
    else:
        names = _names(tree)
        form = _FORMS.get(getattr(tree[1], "name", ""), None)
        return Analysis("query", form, service="ServiceGraphPattern" in names)
    try:
        tree = parseUpdate(text)
    except ParseBaseException as err:
        # report the reading that went further into the text
        best = err if err.loc > query_error.loc else query_error
        return Analysis(error=syntax_message(best))
    except RecursionError:
        return Analysis(error="the update nests too deeply to be parsed")
    names = _names(tree)
    ops = [getattr(op, "name", "?") for op in tree.request] if hasattr(tree, "request") else []
    return Analysis("update", None, ops, "ServiceGraphPattern" in names, "Load" in names)


def syntax_message(err) -> str:
    """A pyparsing error as one line, positions in the user's own text."""
    found = re.search(r"found (.*?)\s+\(at char", str(err))
    what = err.msg + (f", found {found.group(1)}" if found else "")
    return f"{what} at line {err.lineno}, column {err.col}"


def _names(tree) -> set[str]:
    """Every rule name in an rdflib parse tree (iteratively: trees can be deep)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    out: set[str] = set()
    stack = [tree]
    while stack:
        x = stack.pop()
        if isinstance(x, CompValue):
            out.add(x.name)
            stack.extend(x.values())
        elif isinstance(x, ParseResults | list | tuple):
            stack.extend(x)
        elif isinstance(x, dict):
            stack.extend(x.values())
    return out
