"""Fact families: everything one kind of fact needs, declared in one place.

A :class:`Family` is one kind of fact an article yields (officials with their posts, meetings,
documents, metrics). It declares

- ``field``: the :class:`~kg.model.Extraction` list that holds it;
- ``find``: for a family read one sentence at a time, its extractor ``(sentence, folded, pack) ->
  list`` (:mod:`kg.extract` runs every one); ``None`` for officials and meetings, which the
  engine's own pass reads (names, titles, chairs: a chair is an official);
- ``mint``: the function that writes it into the article's graph (:func:`kg.mint._render` runs
  every family's, in this order);
- ``counts``: what ``kg stats`` counts for it (name -> RDF class);
- ``facts``: what the gold files count for it (:class:`Facts`): how a fact is read from a gold
  article and from an extraction, when a predicted fact matches a gold one, and the canned query
  that lists it (``kg query NAME``, which the judge runs). :mod:`kg.evaluate` scores every one.

Adding a family (ARCHITECTURE.md lists the files): its dataclass in ``kg/model.py`` and list in
``Extraction``; its extractor (``kg/extract/<family>.py``, cue words in the packs); its terms in
``kg/vocab.py`` and ``kg/ontology/kg.ttl``; its ``mint_<family>`` in ``kg/mint.py``; a canned query
in ``kg/queries/``; one :class:`Family` here; tests.

>>> [f.name for f in FAMILIES]
['officials', 'meetings', 'documents', 'metrics']
>>> [f.name for f in FACTS]
['officials', 'positions', 'chairs', 'dates', 'resolutions', 'metrics']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from kg import mint
from kg.extract.documents import find_documents
from kg.extract.metrics import find_metrics
from kg.model import Extraction
from kg.vocab import KG

__all__ = ["FACTS", "FAMILIES", "Facts", "Family", "fold", "gold_names"]


@dataclass(frozen=True)
class Facts:
    """One kind of fact the gold files count (gold schema: ``../shared/eval/GOLD.md``)."""

    name: str
    gold: Callable[[dict, dict], list]  # (gold article, its officials' name keys) -> facts
    pred: Callable[[Extraction], list]  # extraction -> facts
    match: Callable[[tuple, tuple], bool]  # (gold fact, predicted fact) -> same fact?
    query: str  # the canned query listing them (kg/queries/<query>.rq)
    columns: tuple[str, ...]  # the columns that query must give
    unique: bool = True  # a fact repeated in one article counts once


@dataclass(frozen=True)
class Family:
    """One kind of fact an article yields, from extraction to query (see the module's text)."""

    name: str
    field: str
    find: Callable | None
    mint: Callable
    counts: dict[str, str]
    facts: tuple[Facts, ...] = field(default=())


# ---------------------------------------------------------------- gold conventions
def fold(text) -> str:
    """A name or code as the gold compares it: lower case, no diacritics, no punctuation.

    >>> fold("Đỗ Trọng-Hưng")
    'do trong hung'
    """
    if text is None:
        return ""
    text = str(text).replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[\s\u200c\u200f\u200e\-–_.,]+", " ", text.lower()).strip()


def _num(v):
    return None if v in (None, "") else float(v)


def _doc(v):
    return re.sub(r"[^0-9a-z/]", "", fold(v)) or None if v else None


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.005 * max(abs(a), abs(b), 1e-9)


def _keys(official: dict) -> frozenset[str]:
    return frozenset(k for k in {fold(official["name"]), fold(official.get("surface"))} if k)


def gold_names(art: dict) -> dict[str, frozenset[str]]:
    """A gold article's officials: folded name -> the keys that match it (name, surface form)."""
    return {fold(o["name"]): _keys(o) for o in art.get("officials", [])}


# ---------------------------------------------------------------- officials and their posts
def _gold_officials(art, names):
    return [(_keys(o), o["name"]) for o in art.get("officials", [])]


def _gold_positions(art, names):
    return [
        (_keys(o), p.get("role"), p.get("org"), p.get("level"))
        for o in art.get("officials", [])
        for p in o.get("positions", [])
    ]


def _pred_officials(x):
    return [(fold(o.name), fold(o.surface), o.name) for o in x.officials]


def _pred_positions(x):
    return [(fold(o.name), p.role, p.body.org, p.body.level) for o in x.officials for p in o.positions]


def _same_official(g, p) -> bool:
    return p[0] in g[0] or (bool(p[1]) and p[1] in g[0])


def _same_position(g, p) -> bool:
    return p[0] in g[0] and tuple(p[1:]) == tuple(g[1:])


# ---------------------------------------------------------------- meetings: chairs and dates
def _gold_chairs(art, names):
    return [
        (names.get(fold(c), frozenset({fold(c)})), c)
        for m in art.get("meetings", [])
        for c in m.get("chairs", [])
    ]


def _gold_dates(art, names):
    return [str(m["date"]) for m in art.get("meetings", []) if m.get("date")]


def _pred_chairs(x):
    return [(fold(c), c) for m in x.meetings for c in m.chairs]


def _pred_dates(x):
    return [m.date for m in x.meetings if m.date]


# ---------------------------------------------------------------- documents
def _gold_documents(art, names):
    return [
        (r.get("kind"), _doc(r.get("number")), r.get("session"), r.get("term"))
        for r in art.get("resolutions", [])
    ]


def _pred_documents(x):
    return [(d.kind, _doc(d.number), d.session, d.term) for d in x.documents]


def _same_document(g, p) -> bool:
    """Kind and number, or kind, session and term for a document without a number."""
    if g[0] != p[0]:
        return False
    return g[1] == p[1] if g[1] else (g[2], g[3]) == (p[2], p[3])


# ---------------------------------------------------------------- metrics
def _gold_metrics(art, names):
    return [(_num(m.get("value")), m.get("unit"), m.get("surface")) for m in art.get("metrics", [])]


def _pred_metrics(x):
    return [(m.value, m.unit, m.surface) for m in x.metrics]


def _same_metric(g, p) -> bool:
    """Value within 0.5 % and the same unit."""
    return _close(g[0], p[0]) and g[1] == p[1]


FAMILIES: tuple[Family, ...] = (
    Family(
        "officials",
        "officials",
        None,
        mint.mint_officials,
        {"officials": KG.Official, "bodies": KG.Body, "posts": KG.Post},
        (
            Facts(
                "officials",
                _gold_officials,
                _pred_officials,
                _same_official,
                "officials",
                ("article", "name", "surface"),
            ),
            Facts(
                "positions",
                _gold_positions,
                _pred_positions,
                _same_position,
                "positions",
                ("article", "name", "role", "org", "level", "place"),
            ),
        ),
    ),
    Family(
        "meetings",
        "meetings",
        None,
        mint.mint_meetings,
        {"meetings": KG.Meeting},
        (
            Facts(
                "chairs",
                _gold_chairs,
                _pred_chairs,
                lambda g, p: p[0] in g[0],
                "chairs",
                ("article", "meeting", "date", "name"),
            ),
            Facts("dates", _gold_dates, _pred_dates, lambda g, p: p == g, "chairs", ("article", "date")),
        ),
    ),
    Family(
        "documents",
        "documents",
        find_documents,
        mint.mint_documents,
        {"documents": KG.Document},
        (
            Facts(
                "resolutions",
                _gold_documents,
                _pred_documents,
                _same_document,
                "resolutions",
                ("article", "kind", "number", "issuer", "session", "term"),
            ),
        ),
    ),
    Family(
        "metrics",
        "metrics",
        find_metrics,
        mint.mint_metrics,
        {"metrics": KG.MetricObservation},
        (
            Facts(
                "metrics",
                _gold_metrics,
                _pred_metrics,
                _same_metric,
                "metrics",
                ("article", "indicator", "value", "unit", "changePct"),
                unique=False,
            ),
        ),
    ),
)

FACTS: tuple[Facts, ...] = tuple(f for family in FAMILIES for f in family.facts)
