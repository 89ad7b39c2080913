"""``kg show NAME``: an official's record as text — posts by year and meetings chaired, each with
the article (and sentence) it comes from. It runs the canned queries ``posts-of-official`` and
``who-chaired-what`` with the official's name as their parameter.
"""

from __future__ import annotations

import difflib
import textwrap
from collections import defaultdict

from kg import canned
from kg.api import query
from kg.errors import QueryError
from kg.text import fold

__all__ = ["find_official", "official_record"]

# every official's name and search keys (each form as written, folded): the entities graph only,
# a table as large as the number of officials, not of their mentions
_NAMES = """SELECT DISTINCT ?name ?key WHERE { GRAPH id:graph/entities {
  ?p a kg:Official ; schema:name ?name . OPTIONAL { ?p kg:searchKey ?key } } }"""
# the forms one official is written in, as the articles write them
_SURFACES = """SELECT DISTINCT ?name ?surface WHERE { GRAPH id:graph/entities { ?p a kg:Official ; schema:name ?name }
  GRAPH ?article { ?p kg:surfaceForm ?surface } }"""
_LABELS = """SELECT ?c ?l WHERE { ?c skos:prefLabel ?l FILTER(langMatches(lang(?l), "en")) }"""


def _key(text: str) -> str:
    return " ".join(fold(text).replace("-", " ").split())


def find_official(store, name: str) -> str:
    """The canonical name of the one official ``name`` designates: the same name without
    diacritics, a form as written in an article (any script), or a part of the name that only
    one official has. QueryError (with suggestions) otherwise."""
    want = _key(name)
    if not want:
        raise QueryError("give an official's name")
    names: dict[str, set[str]] = defaultdict(set)
    for row in query(store, _NAMES):
        names[row["name"].value].add(_key(row["name"].value))
        if row["key"] is not None:
            names[row["name"].value].add(_key(row["key"].value))
    exact = sorted(n for n, keys in names.items() if want in keys)
    if len(exact) == 1:
        return exact[0]
    words = want.split()
    partial = exact or sorted(n for n, keys in names.items() if any(_has_words(k, words) for k in keys))
    if not partial:  # the beginnings of words: "mai tu", "ng duc"
        partial = sorted(
            n for n, keys in names.items() if any(_has_words(k, words, prefix=True) for k in keys)
        )
    if len(partial) == 1:
        return partial[0]
    if partial:
        shown = ", ".join(partial[:12]) + (", …" if len(partial) > 12 else "")
        raise QueryError(f"{len(partial)} officials match {name!r}: {shown}; give more of the name")
    close = difflib.get_close_matches(want, {_key(n): n for n in names}, n=5, cutoff=0.6)
    hint = f"; did you mean {', '.join(sorted({_key_to_name(names, c) for c in close}))}?" if close else ""
    raise QueryError(f"no official called {name!r} in the store{hint}")


def _key_to_name(names: dict[str, set[str]], key: str) -> str:
    return next(n for n in names if _key(n) == key)


def _has_words(key: str, words: list[str], prefix: bool = False) -> bool:
    have = key.split()
    if prefix:
        return all(any(h.startswith(w) for h in have) for w in words)
    return all(w in have for w in words)


def _code(term) -> str:
    return "" if term is None else term.value.rsplit("/", 1)[-1].replace("_", " ")


def _article(term) -> str:
    return "" if term is None else term.value.rsplit("/", 1)[-1]


def _quote(sentence: str | None, width: int = 100) -> list[str]:
    if not sentence:
        return []
    text = " ".join(sentence.split())
    text = text if len(text) <= 300 else text[:297] + "…"
    return textwrap.wrap(f"“{text}”", width=width, initial_indent=" " * 8, subsequent_indent=" " * 9)


def official_record(store, name: str, sources: bool = True) -> str:
    """The record of the official ``name`` designates (see :func:`find_official`), as text."""
    official = find_official(store, name)
    labels = {r["c"].value: r["l"].value for r in query(store, _LABELS)}

    def label(term) -> str:
        return "" if term is None else labels.get(term.value, _code(term))

    def body(org, level, place) -> str:
        kind = label(org)
        lvl = _code(level)
        return kind + (f" ({lvl})" if lvl else "") + (f", {place.value}" if place is not None else "")

    surfaces = sorted({r["surface"].value for r in query(store, _SURFACES, {"name": official})} - {official})
    lines = [official + (f"  (also written: {', '.join(surfaces[:6])})" if surfaces else "")]

    posts = canned.get("posts-of-official")
    by_year: dict[str, dict[tuple, dict]] = defaultdict(dict)
    for r in query(store, posts.text, posts.bindings({"name": official})):
        year = r["year"].value if r["year"] is not None else "year unknown"
        former = r["former"] is not None and r["former"].value in ("true", "1")
        what = (
            label(r["role"])
            + " — "
            + body(r["org"], r["level"], r["place"])
            + (" (former)" if former else "")
        )
        entry = by_year[year].setdefault(what, {"articles": set(), "sentence": None})
        entry["articles"].add(_article(r["article"]))
        entry["sentence"] = entry["sentence"] or (r["sentence"].value if r["sentence"] is not None else None)
    lines.append("")
    lines.append(f"Posts by year ({sum(len(v) for v in by_year.values())})")
    if not by_year:
        lines.append("  none recorded")
    for year in sorted(by_year, key=lambda y: (not y[:4].isdigit(), y)):
        for i, (what, entry) in enumerate(sorted(by_year[year].items())):
            arts = sorted(entry["articles"])
            where = f"[{arts[0]}{f' +{len(arts) - 1}' if len(arts) > 1 else ''}]"
            lines.append(f"  {year if i == 0 else '':<12} {what}  {where}")
            if sources:
                lines.extend(_quote(entry["sentence"]))

    chaired = canned.get("who-chaired-what")
    meetings = {}
    for r in query(store, chaired.text, chaired.bindings({"name": official})):
        key = (r["date"].value if r["date"] is not None else "", _article(r["article"]), r["sentence"].value)
        organiser = body(r["orgType"], r["level"], r["place"]) if r["orgType"] is not None else ""
        kind = label(r["kind"]) if r["kind"] is not None else "Meeting"
        meetings[key] = (kind, organiser)
    lines.append("")
    lines.append(f"Meetings chaired ({len(meetings)})")
    if not meetings:
        lines.append("  none recorded")
    for (date, article, sentence), (kind, organiser) in sorted(meetings.items()):
        by = f"organised by {organiser}" if organiser else "organiser unknown"
        lines.append(f"  {date or 'date unknown':<12} {kind}, {by}  [{article}]")
        if sources:
            lines.extend(_quote(sentence))
    return "\n".join(lines) + "\n"
