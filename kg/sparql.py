"""SPARQL text helpers shared by the command line, the API and the server.

- :data:`PREFIXES` (from :mod:`kg.vocab`) are predeclared in every query kg runs, so the names the
  table output shows (``id:``, ``code:``, ``kg:``, ``schema:``…) can be written back in a query;
- :func:`with_prefixes` declares them in the query text (for stores that take no ``prefixes``
  argument, such as a SPARQL server), leaving the user's own declarations alone;
- :func:`syntax_message` turns Oxigraph's parser error into one line with the position in the
  user's text, the words near it and what was expected (no Unicode ranges).

>>> syntax_message("SELECT * WHERE { ?s foo:x ?o }", "error at 1:26: expected one of OPTIONAL, Prefix not found, ['%'], [':']")
'syntax error at line 1, column 26: …ELECT * WHERE { ?s foo:x ⟨here⟩ ?o } — unknown prefix foo: (kg knows id, code, kg, org, schema, qb, prov, skos, rdf, rdfs, xsd, owl, dct, sdmx-attribute, time)'
>>> syntax_message("SELECT ?x WHERE { ?x ?p ?o } GROUP", "error at 1:35: expected one of BY, [_]")
'syntax error at line 1, column 35: …WHERE { ?x ?p ?o } GROUP ⟨here⟩ — expected BY'
"""

from __future__ import annotations

import re

from kg.vocab import PREFIXES as _VOCAB

__all__ = ["PREFIXES", "declared_prefixes", "escape_slashes", "syntax_message", "with_prefixes"]

#: every prefix kg predeclares, the most used first
PREFIXES: dict[str, str] = {
    k: _VOCAB[k] for k in ("id", "code", "kg", "org", "schema", "qb", "prov", "skos") if k in _VOCAB
} | _VOCAB

_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE"}
_FORMS |= {"ADD", "MOVE", "COPY", "WITH"}
_POSITION = re.compile(r"^error at (\d+):(\d+):\s*(.*)$", re.S)
_DECLARED = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:")


def _first_keyword(query: str) -> str | None:
    """The first word after the prologue (comments, PREFIX and BASE declarations)."""
    rest = re.sub(r"(?m)#.*$", "", query)
    rest = re.sub(r"(?is)^\s*(?:(?:PREFIX\s+[\w.-]*:\s*|BASE\s*)<[^>]*>\s*)*", "", rest)
    m = re.match(r"\s*([A-Za-z]+)", rest)
    return m[1] if m else None


def declared_prefixes(query: str) -> set[str]:
    """Prefixes the query text declares itself."""
    return {m or "" for m in _DECLARED.findall(query)}


def with_prefixes(query: str) -> tuple[str, int]:
    """The query with kg's prefixes declared in front (those it does not declare itself), and the
    number of lines added (to give error positions in the user's own lines)."""
    own = declared_prefixes(query)
    lines = [f"PREFIX {k}: <{v}>" for k, v in PREFIXES.items() if k not in own]
    return ("\n".join([*lines, query]) if lines else query), len(lines)


_ITEM = re.compile(r""""(?:[^"\\]|\\.)*"|\[(?:[^\[\]']|'[^']*')*\]|[^,]+""")


_LITERALS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
)
_SLASHED = re.compile(r"(?<![\w?$:\\])(?:id|code):[\w.-]+(?:/[\w.-]+(?![\w.-]*:))+")


def escape_slashes(query: str) -> tuple[str, list[tuple[int, int]]]:
    """``code:role/chair`` as SPARQL needs it (``code:role\\/chair``): the table output shows
    kg's instance and code IRIs with ``/`` in the local name, which a prefixed name may only hold
    escaped. Strings, IRIs and comments are left alone; so are paths (``kg:place/schema:name``).
    Returns the text and the (line, column) of every backslash added.

    >>> escape_slashes('SELECT * { ?p org:role code:role/chair ; kg:place/schema:name "a/b" }')[0]
    'SELECT * { ?p org:role code:role\\\\/chair ; kg:place/schema:name "a/b" }'
    """
    out, added, last = [], [], 0
    pieces = []
    for m in _LITERALS.finditer(query):
        pieces.append((last, m.start(), True))
        pieces.append((m.start(), m.end(), False))
        last = m.end()
    pieces.append((last, len(query), True))
    for start, end, code in pieces:
        chunk = query[start:end]
        if code:

            def fix(m, start=start):
                text = m.group()
                for i, ch in enumerate(text):
                    if ch == "/":
                        at = start + m.start() + i
                        line = query.count("\n", 0, at) + 1
                        column = at - (query.rfind("\n", 0, at) + 1) + 1
                        added.append((line, column))
                return text.replace("/", "\\/")

            chunk = _SLASHED.sub(fix, chunk)
        out.append(chunk)
    return "".join(out), added


def _expected(items: str) -> tuple[list[str], list[str]]:
    """(tokens, reasons) of Oxigraph's 'expected one of …' list, character classes dropped."""
    tokens, reasons = [], []
    for raw in _ITEM.findall(items):
        item = raw.strip()
        if not item or item.startswith("["):
            continue
        if re.fullmatch(r'[A-Za-z][\w]*|"(?:[^"\\]|\\.)*"', item):
            tokens.append(item)
        else:
            reasons.append(item)
    return tokens, reasons


def syntax_message(
    query: str, message: str, line_shift: int = 0, added: list[tuple[int, int]] | None = None
) -> str:
    """One line: where (line, column and the words before it), why, and what was expected.
    ``line_shift`` lines were added in front of ``query`` and ``added`` characters inserted in it
    (:func:`escape_slashes`) before it was parsed: the position given is the user's own."""
    m = _POSITION.match(message.strip())
    if not m:
        return "syntax error: " + " ".join(message.split())
    line, column, rest = int(m[1]) - line_shift, int(m[2]), m[3]
    for at_line, at_column in added or ():
        if at_line == line and at_column < column:
            column -= 1
    lines = query.split("\n")
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    before = " ".join(" ".join([*lines[: max(line - 1, 0)], text[: column - 1]]).split())
    after = " ".join(" ".join([text[column - 1 :], *lines[line:]]).split())
    near = (
        ("…" if len(before) > 24 else "")
        + before[-24:]
        + " ⟨here⟩ "
        + after[:12]
        + ("…" if len(after) > 12 else "")
    )
    rest = rest.removeprefix("expected one of ").removeprefix("expected ")
    tokens, reasons = _expected(rest)
    why = []
    for reason in reasons:
        if reason.lower() == "prefix not found":
            found = re.findall(r"(?<![\w<?$:/#])([A-Za-z][\w.-]*)?:", text[: column + 1])
            unknown = next((p for p in reversed(found) if p not in PREFIXES), found[-1] if found else "")
            why.append(f"unknown prefix {unknown}: (kg knows {', '.join(PREFIXES)})")
        elif reason[:2].isalpha() and reason[1].islower():
            why.append(reason[0].lower() + reason[1:])
        else:
            why.append(reason)
    form = _first_keyword(query)
    if form and form.upper() not in _FORMS:
        why = [f"{form!r} is not a SPARQL query form: a query starts with SELECT, ASK, CONSTRUCT or DESCRIBE"]
    elif "REDUCED" in tokens and not why:
        why.append("expected the variables to select (?x ?y …) or * after SELECT")
    if tokens and not why:
        if all(t.startswith('"\\') for t in tokens):
            why.append("a string is not closed")
        else:
            shown = ", ".join(tokens[:10]) + (", …" if len(tokens) > 10 else "")
            why.append(("expected one of " if len(tokens) > 1 else "expected ") + shown)
    where = f"line {line}, column {column}: {near.strip()}"
    return f"syntax error at {where} — " + "; ".join(why or ["not SPARQL"])
