"""The who-chaired-what chart: officials -> meetings they chaired -> organising bodies.

The graph (networkx) is read from the store with SPARQL, narrowed to a :class:`Scope` (a province,
an official, a body, a date range, the N officials who chaired most), and labelled in words from
the ontology's code lists (``skos:prefLabel``): "Chair of the Provincial People's Council of Ninh
Binh"; a meeting by its kind, organiser, place and date: "Session of the Provincial People's Council
of Ninh Binh, 12 March 2024".

It is drawn as self-contained SVG (also wrapped in an offline HTML page: no external reference at
all) and PNG (matplotlib) with one layered layout — officials, meetings, bodies as labelled boxes in
three columns, each column stacked so that no two boxes (nor the legend) overlap, arrows from
official to meeting to body — or written as GraphML, or GEXF with each node's and edge's dates
(``start``/``end``) for Gephi's timeline.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import networkx as nx

from kg.api import query
from kg.script import TATWEEL

__all__ = [
    "COLOURS",
    "Layout",
    "Scope",
    "Words",
    "chair_graph",
    "collapse",
    "counted",
    "date_span",
    "draw",
    "layout",
    "to_html",
    "to_svg",
]

COLOURS = {"official": "#d95f02", "meeting": "#1b9e77", "body": "#7570b3"}
_FILLS = {"official": "#fdf0e6", "meeting": "#e8f6f1", "body": "#efeef8"}
_EDGE_COLOURS = {"chaired": "#e39a5f", "organised by": "#9d98d0"}
_FONT = "DejaVu Sans"
_SIZE = 12  # px
_LINE = 15  # px between lines
_PAD_X, _PAD_Y = 8, 5
_GAP = 8  # px between boxes of a column
_GUTTER = 90  # px between columns, where the arrows run
_MAX_WIDTH = {"official": 220, "meeting": 330, "body": 300}

# Article facts are matched inside the article's graph (a triple repeated in many graphs would
# come back once per graph); officials' names are read apart (they may live in a graph of their own).
_CHAIRS = """
SELECT DISTINCT ?a ?m ?date ?p ?b ?org ?level ?place ?aprov ?text ?mkind WHERE {
  GRAPH ?a {
    ?m kg:chairedBy ?p .
    OPTIONAL { ?m schema:startDate ?date }
    OPTIONAL { ?m kg:meetingKind ?mkind }
    OPTIONAL { ?m kg:sentence/kg:text ?text }
    OPTIONAL { ?m schema:organizer ?b . ?b kg:orgType ?org
               OPTIONAL { ?b kg:level ?level } OPTIONAL { ?b kg:place/schema:name ?place } }
    OPTIONAL { ?a kg:province/schema:name ?aprov }
  }
}
"""
_CHAIRED = "{ SELECT DISTINCT ?p WHERE { ?m kg:chairedBy ?p } }"
_NAMES = f"SELECT DISTINCT ?p ?name WHERE {{ {_CHAIRED} ?p schema:name ?name }}"
_FORMS = f"SELECT DISTINCT ?p ?form WHERE {{ {_CHAIRED} GRAPH ?a {{ ?p kg:surfaceForm ?form }} }}"
_POSTS = """
SELECT DISTINCT ?p ?role ?org ?level ?place ?year ?former WHERE {
  GRAPH <https://w3id.org/kg-vn/id/graph/entities> {
    ?post org:member ?p ; org:role ?role ; org:organization ?b . OPTIONAL { ?post kg:former ?former }
  }
  GRAPH ?a {
    ?post kg:sentence ?s . ?b kg:orgType ?org .
    OPTIONAL { ?b kg:level ?level } OPTIONAL { ?b kg:place/schema:name ?place }
    OPTIONAL { ?post kg:attestedIn ?year }
  }
}
"""
_LABELS = 'SELECT ?c ?l WHERE { ?c skos:prefLabel ?l FILTER(LANG(?l) = "en") }'

_MONTHS = "January February March April May June July August September October November December".split()
# national bodies whose name takes no level word ("Politburo", not "Central Politburo")
_NO_LEVEL = {
    "politburo",
    "secretariat",
    "central_committee",
    "government",
    "national_assembly",
    "communist_party",
    "ministry",
    "national_assembly_delegation",
}
_SMALL = {"of", "and", "the", "for"}


def fold(text: str) -> str:
    """'Tô Lâm' -> 'to lam': no diacritics, đ -> d, lower case, one space between words.

    >>> fold("  Đỗ Trọng   Hưng ")
    'do trong hung'
    """
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).replace(TATWEEL, "")
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


def fmt_date(date: str | None) -> str:
    """'2024-03-12' -> '12 March 2024'; '2024-03' -> 'March 2024'; '2024' stays.

    >>> fmt_date("2024-03-02"), fmt_date("2024-11"), fmt_date("2023"), fmt_date(None)
    ('2 March 2024', 'November 2024', '2023', 'date unknown')
    """
    if not date:
        return "date unknown"
    parts = date.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def counted(kind: str, n: int) -> str:
    """``n`` meetings of a kind in words: '3 sessions', '2 congresses', '1 working session'.

    >>> [counted(k, 2) for k in ("Congress", "Ceremony", "Working session", "Meeting")], counted("Visit", 1)
    (['2 congresses', '2 ceremonies', '2 working sessions', '2 meetings'], '1 visit')
    """
    what = kind.lower()
    if n != 1:
        what = what[:-1] + "ies" if what.endswith("y") else what + ("es" if what.endswith("s") else "s")
    return f"{n} {what}"


def date_span(date: str | None) -> tuple[str, str] | None:
    """The days a date covers, as ISO dates: a year-only date covers its year, a month its month.

    >>> date_span("2024"), date_span("2024-02"), date_span("2024-02-09"), date_span("2024-13")
    (('2024-01-01', '2024-12-31'), ('2024-02-01', '2024-02-29'), ('2024-02-09', '2024-02-09'), None)
    """
    import calendar
    import datetime

    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", (date or "").strip())
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        if d:
            day = datetime.date(int(y), int(mo), int(d)).isoformat()
            return day, day
        if mo:
            last = calendar.monthrange(int(y), int(mo))[1]
            return f"{y}-{mo}-01", f"{y}-{mo}-{last:02d}"
    except (ValueError, calendar.IllegalMonthError):
        return None
    return f"{y}-01-01", f"{y}-12-31"


def _code(iri: str | None) -> str:
    return (iri or "").rsplit("/", 1)[-1]


class Words:
    """Words for codes, from the ontology's ``skos:prefLabel`` (English)."""

    def __init__(self, labels: dict[str, str]):
        self.labels = labels

    @classmethod
    def of(cls, store) -> Words:
        return cls({row["c"].value: row["l"].value for row in query(store, _LABELS)})

    def label(self, iri: str | None) -> str:
        if iri in self.labels:
            return self.labels[iri]
        text = _code(iri).replace("_", " ")
        return text[:1].upper() + text[1:]

    def body(self, org: str | None, level: str | None, place: str | None) -> str:
        """'Provincial People's Council of Ninh Binh'."""
        code = _code(org)
        name = "body" if code == "other" else self._title(self.label(org))
        lv = f"{self.label(level)} " if level and code not in _NO_LEVEL else ""
        return f"{lv}{name}{f' of {place}' if place else ''}"

    def post(self, role: str, org: str, level: str | None, place: str | None) -> str:
        """'Chair of the Provincial People's Council of Ninh Binh'."""
        words = "Official" if _code(role) == "other" else self.label(role)
        if _code(org) == "other":
            return f"{words} ({place})" if place else words
        return f"{words} of the {self.body(org, level, place)}"

    def meeting(self, org, level, place, date, province=None, kind=None) -> str:
        """'Session of the Provincial People's Council of Ninh Binh, 12 March 2024': the meeting's
        kind (``code/meeting``; "Meeting" when unknown), organiser, place and date.

        >>> from kg.vocab import code_iri as c
        >>> w = Words({c("org", "peoples_council"): "People's Council"})
        >>> w.meeting(c("org", "peoples_council"), c("level", "provincial"), "Ninh Binh", "2024-03-12",
        ...           kind=c("meeting", "session"))
        "Session of the Provincial People's Council of Ninh Binh, 12 March 2024"
        >>> w.meeting(None, None, None, "2025", "Nghe An", c("meeting", "working_session"))
        'Working session in Nghe An, 2025'
        """
        what = self.label(kind) if kind else "Meeting"
        if org:
            where = f" ({province} news)" if province and not place else ""
            return f"{what} of the {self.body(org, level, place)}{where}, {fmt_date(date)}"
        return f"{what}{f' in {province}' if province else ''}, {fmt_date(date)}"

    @staticmethod
    def _title(text: str) -> str:
        words = text.split(" ")
        return " ".join(w if i and w in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))


@dataclass
class Scope:
    """What the chart is about; every field narrows it (None: no limit)."""

    province: str | None = None  # "Ninh Binh", "Ninh Bình": the organiser's place or the article's province
    official: str | None = None  # a name in any spelling (or its IRI): meetings this official chaired
    body: str | None = None  # an IRI, or words of its name: "people's council ninh binh"
    since: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD; a meeting counts if its date overlaps
    until: str | None = None
    top: int | None = None  # only the N officials who chaired most meetings in the scope
    kind: str | None = None  # a meeting kind of ``code/meeting``: "session", "working session"

    def words(self) -> str:
        parts = [
            self.province and f"in {self.province}",
            self.body and f"body {self.body}",
            self.official and f"with {self.official} in the chair",
            self.since and f"from {fmt_date(self.since)}",
            self.until and f"until {fmt_date(self.until)}",
            self.top and f"the {self.top} officials who chaired most",
            self.kind and f"{self.kind} only",
        ]
        return ", ".join(p for p in parts if p)


@dataclass
class _Row:
    article: str
    meeting: str
    person: str
    date: str | None = None
    body: str | None = None
    org: str | None = None
    level: str | None = None
    place: str | None = None
    province: str | None = None
    text: str | None = None
    kind: str | None = None  # code/meeting


def _rows(store) -> list[_Row]:
    names = ("a", "m", "p", "date", "b", "org", "level", "place", "aprov", "text", "mkind")
    return [_Row(*(r[k].value if r[k] is not None else None for k in names)) for r in query(store, _CHAIRS)]


def _matches(words: str, wanted: str) -> bool:
    """Every folded word of ``wanted`` starts a word of ``words``."""
    have = fold(words).split()
    return all(any(h.startswith(w) for h in have) for w in fold(wanted).split())


def chair_graph(store, scope: Scope | None = None) -> nx.DiGraph:
    """A directed graph official -> meeting -> body within ``scope``; every node has ``kind``,
    ``label`` (words), ``title`` (hover text) and, when its meetings are dated, ``start``/``end``."""
    scope = scope or Scope()
    words = Words.of(store)
    rows = _rows(store)
    names = {r["p"].value: r["name"].value for r in query(store, _NAMES)}
    keys: dict[str, set[str]] = {p: {fold(n)} for p, n in names.items()}
    for r in query(store, _FORMS):
        keys.setdefault(r["p"].value, set()).add(fold(r["form"].value))

    def in_scope(r: _Row) -> bool:
        if scope.kind and _code(r.kind or "").replace("_", " ") != fold(scope.kind).replace("_", " "):
            return False
        if scope.province and fold(scope.province) not in {fold(r.place or ""), fold(r.province or "")}:
            return False
        if scope.body:
            if scope.body.startswith(("http://", "https://")):
                if r.body != scope.body:
                    return False
            elif not r.body or not _matches(words.body(r.org, r.level, r.place), scope.body):
                return False
        if scope.since or scope.until:
            span = date_span(r.date)
            if span is None:
                return False
            since, until = date_span(scope.since or "0001"), date_span(scope.until or "9999")
            if since is None or until is None:
                raise ValueError("dates are written YYYY, YYYY-MM or YYYY-MM-DD")
            if span[1] < since[0] or span[0] > until[1]:  # ISO dates of four-digit years: order of days
                return False
        return True

    rows = [r for r in rows if in_scope(r)]
    if scope.official:
        wanted = scope.official
        if wanted.startswith(("http://", "https://")):
            people = {wanted}
        else:
            people = {p for p, ks in keys.items() if fold(wanted) in ks}
            people = people or {p for p, ks in keys.items() if any(_matches(k, wanted) for k in ks)}
        chaired = {r.meeting for r in rows if r.person in people}
        rows = [r for r in rows if r.meeting in chaired]

    meetings_of: dict[str, set[str]] = {}
    for r in rows:
        meetings_of.setdefault(r.person, set()).add(r.meeting)
    ranked = sorted(meetings_of, key=lambda p: (-len(meetings_of[p]), names.get(p, p)))
    kept = set(ranked[: scope.top] if scope.top else ranked)

    posts: dict[str, list[tuple[str, str]]] = {}
    for r in query(store, _POSTS):
        p = r["p"].value
        if p in kept and r["former"] is None:
            v = {
                k: (r[k].value if r[k] is not None else None)
                for k in ("role", "org", "level", "place", "year")
            }
            posts.setdefault(p, []).append(
                (v["year"] or "", words.post(v["role"], v["org"], v["level"], v["place"]))
            )

    g = nx.DiGraph(scope=scope.words() or "everything in the store")
    for r in rows:
        if r.person not in kept:
            continue
        name = names.get(r.person) or _code(r.person).replace("-", " ").title()
        held = sorted(set(posts.get(r.person, [])), reverse=True)
        seen, offices = set(), []
        for year, post in held:
            if post not in seen:
                seen.add(post)
                offices.append(f"{post} ({year})" if year else post)
        g.add_node(
            r.person,
            kind="official",
            label=name,
            title=f"{name}: {'; '.join(offices[:4]) or 'no post stated'}",
            meetings=len(meetings_of[r.person]),
        )
        label = words.meeting(r.org, r.level, r.place, r.date, r.province, r.kind)
        g.add_node(
            r.meeting,
            kind="meeting",
            label=label,
            title=f"{label}. “{r.text or ''}”",
            date=r.date or "",
            meeting_kind=_code(r.kind),
            kind_words=words.label(r.kind) if r.kind else "Meeting",
        )
        g.add_edge(r.person, r.meeting, relation="chaired")
        if r.body:
            body = words.body(r.org, r.level, r.place)
            g.add_node(r.body, kind="body", label=body, title=body)
            g.add_edge(r.meeting, r.body, relation="organised by")
    _dates(g)
    return g


def _dates(g: nx.DiGraph) -> None:
    """``start``/``end`` (ISO dates) on every meeting with a date, on edges to and from it, and on
    officials and bodies as the span of their dated meetings: Gephi's timeline reads them."""
    for _, d in g.nodes(data=True):
        if d["kind"] == "meeting" and (span := date_span(d.get("date"))):
            d["start"], d["end"] = span
    for n, d in g.nodes(data=True):
        if d["kind"] == "meeting":
            continue
        spans = [
            (g.nodes[m]["start"], g.nodes[m]["end"])
            for m in (g.successors(n) if d["kind"] == "official" else g.predecessors(n))
            if "start" in g.nodes[m]
        ]
        if spans:
            d["start"], d["end"] = min(s for s, _ in spans), max(e for _, e in spans)
    for a, b, d in g.edges(data=True):
        m = b if g.nodes[b]["kind"] == "meeting" else a
        if "start" in g.nodes[m]:
            d["start"], d["end"] = g.nodes[m]["start"], g.nodes[m]["end"]


def collapse(g: nx.DiGraph, at: int = 3) -> nx.DiGraph:
    """The same graph with the meetings that share their chairs and their organiser — ``at`` or
    more of them — drawn as one node ("12 meetings of the Provincial Party Committee of Ninh Binh,
    2018–2023"): a chart of a long series stays a few boxes tall. GraphML and GEXF keep every
    meeting (with its dates)."""
    groups: dict[tuple, list[str]] = {}
    for m, d in g.nodes(data=True):
        if d["kind"] == "meeting":
            key = (tuple(sorted(g.predecessors(m))), tuple(sorted(g.successors(m))))
            groups.setdefault(key, []).append(m)
    out = g.copy()
    for (chairs, bodies), meetings in groups.items():
        if len(meetings) < at:
            continue
        dates = sorted(g.nodes[m].get("date") or "" for m in meetings)
        known = [d for d in dates if d]
        years = sorted({d[:4] for d in known})
        span = "dates unknown" if not years else years[0] if len(years) == 1 else f"{years[0]}–{years[-1]}"
        body = f" of the {g.nodes[bodies[0]]['label']}" if bodies else ""
        kinds = {g.nodes[m].get("kind_words") or "Meeting" for m in meetings}
        label = f"{counted(kinds.pop() if len(kinds) == 1 else 'Meeting', len(meetings))}{body}, {span}"
        node = f"group:{min(meetings)}"
        out.add_node(
            node,
            kind="meeting",
            label=label,
            title=f"{label}: " + ", ".join(fmt_date(d or None) for d in dates),
            date=known[0] if known else "",
            meetings=len(meetings),
        )
        for c in chairs:
            out.add_edge(c, node, relation="chaired")
        for b in bodies:
            out.add_edge(node, b, relation="organised by")
        out.remove_nodes_from(meetings)
    return out


# ---------------------------------------------------------------------------------------- layout
@lru_cache(maxsize=2)
def _font(bold: bool):
    from matplotlib import font_manager, ft2font

    path = font_manager.findfont(
        font_manager.FontProperties(family=_FONT, weight="bold" if bold else "normal")
    )
    font = ft2font.FT2Font(path)
    font.set_size(_SIZE, 72)  # points at 72 dpi: px
    return font


@cache
def _advance(char: str, bold: bool) -> float:
    from matplotlib import ft2font

    glyph = _font(bold).load_char(ord(char), flags=ft2font.LoadFlags.NO_HINTING)
    return glyph.linearHoriAdvance / 65536


def text_width(text: str, size: float = _SIZE, bold: bool = False) -> float:
    """Width in px of ``text`` in DejaVu Sans at ``size`` px (the font's advance widths)."""
    return sum(_advance(c, bold) for c in text) * size / _SIZE * 1.02


def _wrap(text: str, width: float, size: float = _SIZE, bold: bool = False) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and text_width(candidate, size, bold) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line] if line else lines or [""]


@dataclass
class Box:
    x: float
    y: float
    w: float
    h: float
    lines: list[str] = field(default_factory=list)

    def overlaps(self, other: Box) -> bool:
        return not (
            self.x + self.w <= other.x
            or other.x + other.w <= self.x
            or self.y + self.h <= other.y
            or other.y + other.h <= self.y
        )


@dataclass
class Layout:
    width: float
    height: float
    nodes: dict[str, Box]
    title: Box
    legend: list[tuple[str, Box]]  # (kind or "title", box)
    headers: list[tuple[str, Box]]


def _order(g: nx.DiGraph) -> dict[str, list[str]]:
    """Nodes of each column in an order that keeps arrows short: officials by meetings chaired,
    then a few barycentre sweeps (meetings after their chairs, bodies after their meetings)."""
    cols: dict[str, list[str]] = {"official": [], "meeting": [], "body": []}
    for n, d in g.nodes(data=True):
        cols[d["kind"]].append(n)
    cols["official"].sort(key=lambda n: (-g.nodes[n].get("meetings", 0), g.nodes[n]["label"]))
    cols["meeting"].sort(key=lambda n: g.nodes[n].get("date") or "")
    cols["body"].sort(key=lambda n: g.nodes[n]["label"])

    def sweep(col: str, neighbours, ref: str) -> None:
        pos = {n: i for i, n in enumerate(cols[ref])}
        current = {n: i for i, n in enumerate(cols[col])}

        def key(n):
            ps = [pos[m] for m in neighbours(n) if m in pos]
            return (sum(ps) / len(ps) if ps else current[n], current[n])

        cols[col].sort(key=key)

    for _ in range(4):
        sweep("meeting", g.predecessors, "official")
        sweep("body", g.predecessors, "meeting")
        sweep("meeting", g.successors, "body")
        sweep("meeting", g.predecessors, "official")
        sweep("official", g.successors, "meeting")
    return cols


def layout(g: nx.DiGraph, title: str = "Who chaired what") -> Layout:
    """Boxes for every node, the title and the legend: no two of them overlap (by construction —
    each column is a stack — and checked by the tests)."""
    if g.number_of_nodes() == 0:
        raise ValueError("nothing to draw: no meeting with a known chair in this scope")
    cols = _order(g)
    boxes: dict[str, Box] = {}
    widths = {}
    for kind, nodes in cols.items():
        w = 0.0
        for n in nodes:
            bold = kind == "official"
            lines = _wrap(g.nodes[n]["label"], _MAX_WIDTH[kind], bold=bold)
            bw = max(text_width(line, bold=bold) for line in lines) + 2 * _PAD_X + 2
            boxes[n] = Box(0, 0, bw, len(lines) * _LINE + 2 * _PAD_Y, lines)
            w = max(w, bw)
        widths[kind] = w or 60.0
    margin = 20.0
    # the heading band: title, scope line, legend, column headers
    title_box = Box(margin, margin, text_width(title, 20), 26, [title])
    scope_line = g.graph.get("scope", "")
    legend: list[tuple[str, Box]] = []
    lx, ly = margin, margin + 34
    scope_box = Box(lx, ly, text_width(f"Scope: {scope_line}", 12), 16, [f"Scope: {scope_line}"])
    legend.append(("scope", scope_box))
    ly += 24
    for kind, text in (
        ("official", "official"),
        ("chaired", "chaired"),
        ("meeting", "meeting"),
        ("organised by", "organised by"),
        ("body", "organising body"),
    ):
        w = text_width(text) + (22 if kind in COLOURS else 40)
        legend.append((kind, Box(lx, ly, w, 16, [text])))
        lx += w + 14
    xs = {"official": margin}
    xs["meeting"] = xs["official"] + widths["official"] + _GUTTER
    xs["body"] = xs["meeting"] + widths["meeting"] + _GUTTER
    top = ly + 16 + 20
    headers = []
    for kind, text in (
        ("official", "Officials"),
        ("meeting", "Meetings chaired"),
        ("body", "Organising bodies"),
    ):
        headers.append((kind, Box(xs[kind], top, text_width(text, 13), 18, [text])))
    top += 28

    # meetings: one stack; officials and bodies: each near the middle of its meetings
    y = top
    for n in cols["meeting"]:
        boxes[n].x, boxes[n].y = xs["meeting"], y
        y += boxes[n].h + _GAP

    def place(kind: str, neighbours) -> None:
        wanted = []
        for n in cols[kind]:
            ms = [boxes[m] for m in neighbours(n) if m in boxes and g.nodes[m]["kind"] == "meeting"]
            centre = sum(b.y + b.h / 2 for b in ms) / len(ms) if ms else top
            wanted.append((centre - boxes[n].h / 2, n))
        y = top
        for want, n in sorted(wanted, key=lambda t: t[0]):
            boxes[n].x = xs[kind] + (widths[kind] - boxes[n].w if kind == "official" else 0)
            boxes[n].y = max(want, y)
            y = boxes[n].y + boxes[n].h + _GAP

    place("official", g.successors)
    place("body", g.predecessors)
    width = max(
        xs["body"] + widths["body"] + margin,
        max(b.x + b.w for _, b in legend) + margin,
        title_box.x + title_box.w + margin,
    )
    height = max(b.y + b.h for b in boxes.values()) + margin
    return Layout(width, height, boxes, title_box, legend, headers)


# ---------------------------------------------------------------------------------------- SVG
def _edge_path(a: Box, b: Box) -> tuple[float, float, float, float]:
    return a.x + a.w, a.y + a.h / 2, b.x, b.y + b.h / 2


def to_svg(g: nx.DiGraph, title: str = "Who chaired what") -> str:
    """Self-contained SVG: labelled boxes coloured by kind, arrows official -> meeting -> body;
    hovering (``<title>``) shows an official's posts in words and a meeting's source sentence."""
    lay = layout(g, title)
    e = html.escape
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{lay.width:.0f}" height="{lay.height:.0f}" '
        f'viewBox="0 0 {lay.width:.0f} {lay.height:.0f}" font-family="{_FONT}, Arial, sans-serif" font-size="{_SIZE}">',
        "<defs>",
        *(
            f'<marker id="arrow-{i}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
            f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{c}"/></marker>'
            for i, c in enumerate(_EDGE_COLOURS.values())
        ),
        "</defs>",
        '<rect width="100%" height="100%" fill="#ffffff"/>',
        f'<text x="{lay.title.x}" y="{lay.title.y + 20}" font-size="20" fill="#1d232b">{e(title)}</text>',
    ]
    for kind, box in lay.legend:
        y = box.y + 12
        if kind == "scope":
            out.append(f'<text x="{box.x}" y="{y}" fill="#5f6b78">{e(box.lines[0])}</text>')
        elif kind in COLOURS:
            out.append(
                f'<rect x="{box.x}" y="{box.y + 2}" width="12" height="12" rx="2" fill="{COLOURS[kind]}"/>'
                f'<text x="{box.x + 18}" y="{y}" fill="#333">{e(box.lines[0])}</text>'
            )
        else:
            i = list(_EDGE_COLOURS).index(kind)
            out.append(
                f'<line x1="{box.x}" y1="{box.y + 8}" x2="{box.x + 30}" y2="{box.y + 8}" stroke="{_EDGE_COLOURS[kind]}" '
                f'stroke-width="1.6" marker-end="url(#arrow-{i})"/>'
                f'<text x="{box.x + 36}" y="{y}" fill="#333">{e(box.lines[0])}</text>'
            )
    for kind, box in lay.headers:
        out.append(
            f'<text x="{box.x}" y="{box.y + 14}" font-size="13" font-weight="bold" fill="{COLOURS[kind]}">{e(box.lines[0])}</text>'
        )
    for a, b, d in g.edges(data=True):
        x1, y1, x2, y2 = _edge_path(lay.nodes[a], lay.nodes[b])
        i = list(_EDGE_COLOURS).index(d["relation"])
        mid = (x1 + x2) / 2
        dash = ' stroke-dasharray="5 3"' if d["relation"] == "organised by" else ""
        out.append(
            f'<path d="M{x1:.1f},{y1:.1f} C{mid:.1f},{y1:.1f} {mid:.1f},{y2:.1f} {x2:.1f},{y2:.1f}" fill="none" '
            f'stroke="{_EDGE_COLOURS[d["relation"]]}" stroke-width="1.4"{dash} marker-end="url(#arrow-{i})"/>'
        )
    for n, d in g.nodes(data=True):
        box = lay.nodes[n]
        kind = d["kind"]
        weight = ' font-weight="bold"' if kind == "official" else ""
        text = "".join(
            f'<text x="{box.x + _PAD_X:.1f}" y="{box.y + _PAD_Y + 11.5 + i * _LINE:.1f}" fill="#1d232b"{weight}>{e(line)}</text>'
            for i, line in enumerate(box.lines)
        )
        out.append(
            f'<g class="node {kind}"><title>{e(d["title"])}</title>'
            f'<rect x="{box.x:.1f}" y="{box.y:.1f}" width="{box.w:.1f}" height="{box.h:.1f}" rx="4" '
            f'fill="{_FILLS[kind]}" stroke="{COLOURS[kind]}" stroke-width="1.2"/>'
            f'<rect x="{box.x:.1f}" y="{box.y:.1f}" width="4" height="{box.h:.1f}" fill="{COLOURS[kind]}"/>{text}</g>'
        )
    out.append("</svg>")
    return "\n".join(out)


def to_html(g: nx.DiGraph, title: str = "Who chaired what") -> str:
    """An offline HTML page around the SVG (no script, stylesheet or font from anywhere else)."""
    svg = to_svg(g, title).replace('xmlns="http://www.w3.org/2000/svg" ', "")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title>"
        "<style>body{font-family:DejaVu Sans,Arial,sans-serif;margin:1em;color:#1d232b}"
        ".node:hover rect{stroke-width:3}svg{max-width:none}</style></head><body>"
        "<p>Hover a box for an official's posts or a meeting's source sentence.</p>"
        f"{svg}</body></html>\n"
    )


def _png(g: nx.DiGraph, out: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import FancyArrowPatch, PathPatch, Polygon, Rectangle
    from matplotlib.path import Path as MPath

    lay = layout(g, title)
    dpi = 100
    pt = 72 / dpi  # px -> points
    fig = plt.figure(figsize=(lay.width / dpi, lay.height / dpi), dpi=dpi)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, lay.width)
    ax.set_ylim(lay.height, 0)
    ax.axis("off")
    font = {"family": _FONT, "fontsize": _SIZE * pt}
    ax.text(
        lay.title.x, lay.title.y + 20, title, family=_FONT, fontsize=20 * pt, color="#1d232b", va="baseline"
    )
    for kind, box in lay.legend:
        if kind == "scope":
            ax.text(box.x, box.y + 12, box.lines[0], color="#5f6b78", va="baseline", **font)
        elif kind in COLOURS:
            ax.add_patch(Rectangle((box.x, box.y + 2), 12, 12, color=COLOURS[kind]))
            ax.text(box.x + 18, box.y + 12, box.lines[0], color="#333", va="baseline", **font)
        else:
            ax.add_patch(
                FancyArrowPatch(
                    (box.x, box.y + 8), (box.x + 30, box.y + 8), arrowstyle="-|>", mutation_scale=10,
                    color=_EDGE_COLOURS[kind], linewidth=1.4,
                )
            )  # fmt: skip
            ax.text(box.x + 36, box.y + 12, box.lines[0], color="#333", va="baseline", **font)
    for kind, box in lay.headers:
        ax.text(box.x, box.y + 14, box.lines[0], family=_FONT, fontsize=13 * pt, weight="bold",
                color=COLOURS[kind], va="baseline")  # fmt: skip
    for a, b, d in g.edges(data=True):
        x1, y1, x2, y2 = _edge_path(lay.nodes[a], lay.nodes[b])
        mid, colour = (x1 + x2) / 2, _EDGE_COLOURS[d["relation"]]
        path = MPath(
            [(x1, y1), (mid, y1), (mid, y2), (x2 - 7, y2)],
            [MPath.MOVETO, MPath.CURVE4, MPath.CURVE4, MPath.CURVE4],
        )
        style = "--" if d["relation"] == "organised by" else "-"
        ax.add_patch(PathPatch(path, fill=False, edgecolor=colour, linewidth=1.3, linestyle=style))
        ax.add_patch(Polygon([(x2, y2), (x2 - 8, y2 - 4), (x2 - 8, y2 + 4)], closed=True, color=colour))
    for n, d in g.nodes(data=True):
        box, kind = lay.nodes[n], d["kind"]
        ax.add_patch(
            Rectangle(
                (box.x, box.y), box.w, box.h, facecolor=_FILLS[kind], edgecolor=COLOURS[kind], linewidth=1
            )
        )
        ax.add_patch(Rectangle((box.x, box.y), 4, box.h, color=COLOURS[kind]))
        for i, line in enumerate(box.lines):
            ax.text(box.x + _PAD_X, box.y + _PAD_Y + 11.5 + i * _LINE, line, color="#1d232b", va="baseline",
                    weight="bold" if kind == "official" else "normal", **font)  # fmt: skip
    fig.savefig(out, dpi=dpi, facecolor="white")
    plt.close(fig)


def draw(store, out: str | Path, scope: Scope | None = None) -> Path:
    """Write the chart of ``scope``; the format follows the extension (.html .svg .png .graphml .gexf)."""
    from kg import formats

    out = Path(out)
    suffix = "." + formats.for_path(out, "chart").name  # FormatError (a ValueError) names the known ones
    g = chair_graph(store, scope)
    if g.number_of_nodes() == 0:
        what = (
            f" in this scope ({g.graph['scope']})"
            if scope and scope.words()
            else " in the store (run kg build first)"
        )
        raise ValueError(f"nothing to draw: no meeting with a known chair{what}")
    out.parent.mkdir(parents=True, exist_ok=True)
    title = "Who chaired what"
    if suffix in {".html", ".svg", ".png"}:
        g = collapse(g)
    if suffix == ".html":
        out.write_text(to_html(g, title), encoding="utf-8")
    elif suffix == ".svg":
        out.write_text(to_svg(g, title), encoding="utf-8")
    elif suffix == ".png":
        _png(g, out, title)
    elif suffix == ".graphml":
        nx.write_graphml(g, out)
    else:
        nx.write_gexf(g, out)
    return out
