"""Turn an :class:`~kg.model.Extraction` into N-Quads: one named graph per article, every fact
linked to the sentence it came from, and the entities' own records in one ``entities`` graph.

Where a triple lives decides how it counts. A query over the union default graph sees a triple
once per named graph that holds it (oxigraph issue #1919), so an entity's identity — the type of
an official, a body, a place or a document; an official's canonical name, folded search keys and
home provinces — is written once, in :data:`ENTITIES_GRAPH`: ``COUNT`` over ``?p a kg:Official``
is the number of officials. A post — one person holding one role in one body (or having held it)
— is one IRI (:func:`kg.resolve.post_iri`) whose record (type, member, role, organization,
former) is in the entities graph too, however many articles attest it. What an *article* says —
that it names an official (``kg:surfaceForm``, ``kg:sentence``), that it attests a post
(``kg:sentence``, ``kg:attestedIn``), meetings, bodies' kinds and places, figures, the sentences —
stays in the article's graph and goes away with it; an entity record no article names any more
is removed with the last one (:func:`kg.store.drop_orphans`).

Minting is split in two so that it runs where the work is:

- :func:`mint_article` (in the worker processes) renders the article's graph as N-Quads text,
  people written as placeholders, plus the type records of what it names: no store, no order; and
  fills the placeholders in with the IRI of each person's name (:func:`_prefill`).
- :class:`EntityIndex` (in one process, in article order) asks :class:`kg.resolve.Resolver` who
  each person is, takes the worker's filling as it is when it gives each person that IRI (most
  articles), else fills the placeholders, and adds the records the store does not hold yet: a few
  dictionary look-ups per article.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from kg import gazetteer
from kg.model import Article, Body, Extraction, Meeting
from kg.resolve import Resolver, article_iri, body_iri, person_iri, place_article, place_iri, post_iri
from kg.text import fold
from kg.vocab import KG, ORG, ORG_CLASSES, PROV, RDF, SCHEMA, XSD, code_iri, id_iri, slug

__all__ = [
    "ENTITIES_GRAPH",
    "SERIES_GRAPH",
    "EntityIndex",
    "Minted",
    "article_iri",
    "body_iri",
    "content_hash",
    "mint",
    "mint_article",
    "person_iri",
    "place_iri",
]

ENTITIES_GRAPH = id_iri("graph", "entities")
SERIES_GRAPH = id_iri("graph", "series")  # + "/<indicator code>/<place slug>": see :func:`series_graph`
_SERIES = {n: id_iri(f"series-{n}") for n in ("indicator", "place", "row", "value")}
_ENT = f"<{ENTITIES_GRAPH}>"
_PLACEHOLDER = "urn:kg:person:"
_POST_PLACEHOLDER = "urn:kg:post:"
_PLACEHOLDER_RE = re.compile(r"<urn:kg:(person|post):(\d+)>")
# the province an article that names none is also rendered in, by the workers, for the case the
# resolver places it by its officials: a name no text writes, swapped for the province's by
# :meth:`EntityIndex.finish_all` (a plain string replacement)
_SOMEWHERE = "Kgprovincenotyetplaced"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _lit(value, datatype: str | None = None) -> str:
    """An N-Quads literal."""
    # (str.replace, the backslash first, writes what .translate(_ESCAPES) writes, tens of times faster on a
    # text that is not ASCII: translate looks up every character, replace skips to the few it changes;
    # tests/api/test_speed_equivalence.py compares them)
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    text = '"' + text + '"'
    return f"{text}^^<{datatype}>" if datatype else text


def _decimal(value: float) -> str:
    return _lit(_decimal_text(value), XSD.decimal)


def _decimal_text(value: float) -> str:
    return format(Decimal(repr(float(value))).normalize(), "f")


def _date(value: str) -> str:
    return _lit(value, {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}[len(value)])


class _Lines:
    """N-Quads lines of one graph, each once, in order."""

    def __init__(self, graph: str):
        self.graph = f"<{graph}>"
        self.lines: list[str] = []
        self._seen: set[str] = set()

    def add(self, s: str, p: str, o: str) -> None:
        obj = o if o.startswith('"') else f"<{o}>"
        line = f"<{s}> <{p}> {obj} {self.graph} .\n"
        if line not in self._seen:
            self._seen.add(line)
            self.lines.append(line)

    def text(self) -> str:
        return "".join(self.lines)


def _type(iri: str, cls: str) -> str:
    return f"<{iri}> <{RDF.type}> <{cls}> {_ENT} .\n"


@dataclass
class Minted:
    """One article minted in a worker: its graph as N-Quads (people as placeholders), the type
    records of the bodies, places and documents it names, and what :class:`EntityIndex` needs to
    decide who the people are (the extraction without its sentences, figures and documents)."""

    id: str
    graph: str
    hash: str
    nquads: str
    people: list[str]  # the name behind each placeholder
    x: Extraction  # light: officials, meetings, province
    entities: dict[str, str] = field(default_factory=dict)  # IRI -> type record (N-Quads)
    source: str | None = None
    notes: list[str] = field(default_factory=list)
    stat: tuple[int, int] | None = None  # (size, mtime_ns) of the file it was read from
    posts: list[tuple[int, str, str, bool]] = field(default_factory=list)  # post placeholders:
    # (person placeholder, role code, body IRI, former)
    tallies: list[tuple] = field(default_factory=list)  # what it counts for (people as their
    # placeholders' numbers): see :class:`ArticleGraph`
    placed: tuple | None = None  # an article that names no province: (nquads, entities, posts,
    # tallies) as if placed in :data:`_SOMEWHERE`, for the resolver's province to replace
    spelled: frozenset[str] | None = None  # the names its address spells, when it has a name
    # read from another script (:meth:`kg.resolve.Resolver.prefer_known`)
    rerender: bool = False  # ``x`` is whole and the article is rendered again once placed
    # (its text writes :data:`_SOMEWHERE`)
    series: bytes = b""  # its rows of the indicator series (:func:`series_lines`)
    assumed: list[str] | None = None  # filled in the worker (:func:`_prefill`): the IRIs its people
    # were given there, each name's own (:func:`kg.resolve.person_iri`); ``nquads``, ``entities`` and
    # ``tallies`` are then the article as :func:`_fill` writes it with them, and the one process
    # that decides identities takes them as they are when it gives the same IRIs
    quads: int = 0  # lines of ``nquads`` once filled in (with ``assumed``)

    @property
    def rendered(self) -> tuple:
        if self.assumed is not None:
            return _recover(self)
        return self.nquads, self.entities, self.posts, self.tallies, self.series


class _Placeholders:
    """Stands in for :class:`kg.resolve.Identities` in a worker: each name a placeholder."""

    def __init__(self, article_id: str):
        self.article_id = article_id
        self.names: list[str] = []
        self._index: dict[str, int] = {}

    def person(self, name: str) -> str:
        i = self._index.get(name)
        if i is None:
            i = self._index[name] = len(self.names)
            self.names.append(name)
        return f"{_PLACEHOLDER}{i}"

    def body(self, body: Body) -> str:
        return body_iri(body, self.article_id)


class ArticleGraph:
    """What a fact family's minting writes with: the article's graph, its IRI, who people are
    (``ids``), the type records of the entities it names, and the helpers that write a place, a
    body or a sentence once."""

    def __init__(self, x: Extraction, ids) -> None:
        self.art = article_iri(x.article.id)
        self.graph = _Lines(self.art)
        self.add = self.graph.add
        self.ids = ids
        self.records: dict[str, str] = {}
        self.year = f"{x.year:04d}" if x.year else None
        self._sentences = x.sentences
        self._used: set[int] = set()
        self.posts: dict[tuple[int, str, str, bool], int] = {}  # post placeholders (in a worker)
        # what the article counts for in the tallies (:class:`kg.store.Tallies`), each once:
        # (kind, person, role IRI, body IRI, when) — ("p", person, role, body, year or "") for a post
        # it attests, ("c", person, "", organiser or "", date or "") for a meeting it says they
        # chaired — then the body's type (IRI) and place name as this article writes them
        self.tallies: set[tuple[str, ...]] = set()
        # the article's rows of the indicator series (:func:`series_lines`): (indicator IRI, place
        # IRI, value, unit IRI, change or "") — value and change as the decimals' text
        self.series: set[tuple[str, ...]] = set()
        self.dates = sorted({m.date for m in x.meetings if m.date})

    def post(self, person: str, role: str, body: str, former: bool = False) -> str:
        """The IRI of ``person``'s post (``role`` in ``body``), its record in the entities graph;
        a placeholder while the person is one (:class:`EntityIndex` fills both in)."""
        if person.startswith(_PLACEHOLDER):
            key = (int(person[len(_PLACEHOLDER) :]), role, body, former)
            iri = f"{_POST_PLACEHOLDER}{self.posts.setdefault(key, len(self.posts))}"
        else:
            iri = post_iri(person, role, body, former)
        if iri not in self.records:
            record = (
                _type(iri, KG.Post)
                + f"<{iri}> <{ORG.member}> <{person}> {_ENT} .\n"
                + f"<{iri}> <{ORG.role}> <{code_iri('role', role)}> {_ENT} .\n"
                + f"<{iri}> <{ORG.organization}> <{body}> {_ENT} .\n"
            )
            if former:
                record += f"<{iri}> <{KG.former}> {_lit('true', XSD.boolean)} {_ENT} .\n"
            self.records[iri] = record
        return iri

    def place(self, name: str) -> str:
        """A place, and the province it was merged into (:func:`kg.gazetteer.merged_into`)."""
        return _place(self.add, self.records, name)

    def body(self, b: Body) -> str:
        iri = self.ids.body(b)
        self.records.setdefault(
            iri, _type(iri, KG.Body) + _type(iri, KG[ORG_CLASSES.get(b.org, "OtherBody")])
        )
        self.add(iri, KG.orgType, code_iri("org", b.org))
        if b.level:
            self.add(iri, KG.level, code_iri("level", b.level))
        if b.place:
            self.add(iri, KG.place, self.place(b.place))
        return iri

    def sentence(self, index: int) -> str:
        iri = f"{self.art}#s{index}"
        if index not in self._used:
            self._used.add(index)
            self.add(iri, RDF.type, KG.Sentence)
            self.add(iri, KG.text, _lit(self._sentences[index]))
        return iri


def _place(add, records: dict[str, str], name: str) -> str:
    """A place (its name in the graph, its record), and the province it was merged into."""
    iri = place_iri(name)
    add(iri, SCHEMA.name, _lit(name))
    if iri not in records:
        records[iri] = _type(iri, KG.Place)
        later = gazetteer.merged_into(name)
        if later:
            add(iri, KG.successor, _place(add, records, later))
    return iri


def _render(x: Extraction, ids) -> tuple[str, dict[str, str], list, list, str]:
    """The article's graph (N-Quads), the records of what it names, its post placeholders, its
    tally keys and its rows of the indicator series (:func:`series_lines`): the article's own
    triples, then each fact family's (:data:`kg.families.FAMILIES`)."""
    from kg.families import FAMILIES

    a = ArticleGraph(x, ids)
    art = a.art
    a.add(art, RDF.type, SCHEMA.NewsArticle)
    a.add(art, SCHEMA.identifier, _lit(x.article.id))
    a.add(art, SCHEMA.inLanguage, _lit(x.article.lang or "und"))
    a.add(art, KG.contentHash, _lit(content_hash(x.article.text)))
    if x.article.url:
        a.add(art, SCHEMA.url, _lit(x.article.url))
    if x.province:
        a.add(art, KG.province, a.place(x.province))
    a.add(art, PROV.wasDerivedFrom, _lit(x.article.source or x.article.id))
    for family in FAMILIES:
        family.mint(a, x)
    posts = [key for key, _ in sorted(a.posts.items(), key=lambda kv: kv[1])]
    return a.graph.text(), a.records, posts, sorted(a.tallies), series_lines(art, a.series, a.dates)


def series_graph(indicator: str, place: str) -> str:
    """The graph of one indicator's series in one place: ``id:graph/series/<code>/<place slug>``
    (what ``indicator-series.rq`` computes from its parameters)."""
    return f"{SERIES_GRAPH}/{indicator.rpartition('/indicator/')[2]}/{place.rpartition('/id/place/')[2]}"


def series_lines(article: str, rows, dates) -> str:
    """The rows an article adds to the indicator series (bookkeeping like the tallies, in a graph
    per indicator and place, :func:`series_graph`, which names them once): one per figure it gives
    there, ``<article> <unit> "value|change|period"`` (``id:series-value`` for a figure without a
    unit) — the period the least of its meeting dates (:func:`least_date`) — so that
    ``indicator-series`` reads one small graph, a triple a row, instead of every observation and
    the article's meetings: the unit read as it is stored, the row short (oxigraph keeps a string
    of up to 15 bytes inline: no dictionary look-up) and cut in three. Nothing in it names the
    place but the graph, so the workers' rendering of an article not yet placed becomes the placed
    one by a string replacement."""
    period = least_date(dates)
    out: dict[str, None] = {}  # each line once
    for indicator, place, value, unit, change in sorted(rows):
        graph = series_graph(indicator, place)
        g = f"<{graph}> .\n"
        row = "|".join((value, change, period))
        out.update(
            dict.fromkeys(
                (
                    f"<{graph}> <{_SERIES['indicator']}> <{indicator}> {g}",
                    f"<{graph}> <{_SERIES['place']}> <{place}> {g}",
                    f"<{article}> <{unit or _SERIES['value']}> {_lit(row)} {g}",
                )
            )
        )
    return "".join(out)


def least_date(dates) -> str:
    """The least of an article's meeting dates (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``) as SPARQL's
    ``MIN`` orders them (dates of one form by their text; of several forms, asked of Oxigraph)."""
    dates = sorted(set(dates))
    if len({len(d) for d in dates}) <= 1:
        return dates[0] if dates else ""
    import pyoxigraph as ox

    store = ox.Store()
    node = ox.NamedNode("urn:kg:d")
    store.extend(ox.Quad(node, node, ox.Literal(d, datatype=ox.NamedNode(_DATE_TYPE[len(d)]))) for d in dates)
    return next(iter(store.query("SELECT (MIN(?d) AS ?m) WHERE { ?s ?p ?d }")))["m"].value


_DATE_TYPE = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}


def mint_officials(a: ArticleGraph, x: Extraction) -> None:
    """The officials an article names (``kg:surfaceForm``, ``kg:sentence``) and the posts it
    attests: each post's own record once in the entities graph (:meth:`ArticleGraph.post`), the
    article's attestation — the sentence, the year — in its graph."""
    for off in x.officials:
        p = a.ids.person(off.name)
        a.add(p, KG.surfaceForm, _lit(off.surface))
        a.add(p, KG.sentence, a.sentence(off.sentence))
        for pos in off.positions:
            body = a.body(pos.body)
            post = a.post(p, pos.role, body, pos.former)
            a.add(post, KG.sentence, a.sentence(pos.sentence))
            if a.year:
                a.add(post, KG.attestedIn, _lit(a.year, XSD.gYear))
            a.tallies.add(("p", p, code_iri("role", pos.role), body, a.year or "", *_seen_as(pos.body)))


def mint_meetings(a: ArticleGraph, x: Extraction) -> None:
    """The article's meetings: kind, date, organiser, chairs."""
    for i, meeting in enumerate(x.meetings, 1):
        m = f"{a.art}#meeting{i}"
        a.add(m, RDF.type, KG.Meeting)
        a.add(m, KG.sentence, a.sentence(meeting.sentence))
        organizer = ""
        if meeting.date:
            a.add(m, SCHEMA.startDate, _date(meeting.date))
        if meeting.organizer:
            organizer = a.body(meeting.organizer)
            a.add(m, SCHEMA.organizer, organizer)
        if meeting.kind:
            a.add(m, KG.meetingKind, code_iri("meeting", meeting.kind))
        for name in meeting.chairs:
            person = a.ids.person(name)
            a.add(m, KG.chairedBy, person)
            a.tallies.add(("c", person, "", organizer, meeting.date or "", *_seen_as(meeting.organizer)))


def _seen_as(body: Body | None) -> tuple[str, str]:
    """A body's type (IRI) and place name as an article writes them ("" for none)."""
    if body is None:
        return "", ""
    return code_iri("org", body.org), body.place or ""


def mint_documents(a: ArticleGraph, x: Extraction) -> None:
    """The documents the article cites (their records go to the entities graph)."""
    for doc in x.documents:
        ident = (
            slug(doc.number) if doc.number else f"{doc.issuer or 'x'}-s{doc.session or 0}-t{doc.term or 0}"
        )
        d = id_iri("document", doc.kind, ident)
        a.records[d] = _type(d, KG.Document)
        a.add(d, KG.documentKind, code_iri("document", doc.kind))
        a.add(d, SCHEMA.name, _lit(doc.surface))
        a.add(d, KG.sentence, a.sentence(doc.sentence))
        if doc.number:
            a.add(d, KG.number, _lit(doc.number))
        if doc.issuer:
            a.add(d, KG.issuer, code_iri("org", doc.issuer))
        if doc.session is not None:
            a.add(d, KG.session, _lit(doc.session, XSD.integer))
        if doc.term is not None:
            a.add(d, KG.term, _lit(doc.term, XSD.integer))
        if doc.year is not None:
            a.add(d, KG.year, _lit(doc.year, XSD.integer))


def mint_metrics(a: ArticleGraph, x: Extraction) -> None:
    """The figures the article gives, placed in its province."""
    for i, metric in enumerate(x.metrics, 1):
        o = f"{a.art}#obs{i}"
        a.add(o, RDF.type, KG.MetricObservation)
        a.add(o, KG.indicator, code_iri("indicator", metric.indicator))
        a.add(o, KG.value, _decimal(metric.value))
        a.add(o, KG.unit, code_iri("unit", metric.unit))
        a.add(o, SCHEMA.text, _lit(metric.surface))
        a.add(o, KG.sentence, a.sentence(metric.sentence))
        if metric.change_pct is not None:
            a.add(o, KG.changePct, _decimal(metric.change_pct))
        if x.province:
            place = a.place(x.province)
            a.add(o, KG.place, place)
            change = _decimal_text(metric.change_pct) if metric.change_pct is not None else ""
            a.series.add(
                (
                    code_iri("indicator", metric.indicator),
                    place,
                    _decimal_text(metric.value),
                    code_iri("unit", metric.unit),
                    change,
                )
            )


def mint_article(x: Extraction) -> Minted:
    """Mint one article without the store: its graph with people as placeholders (a
    ``str.format`` template, :func:`_template`). An article whose province is unknown is also
    rendered as if placed (:data:`_SOMEWHERE`): the resolver may place it by its officials, which
    changes its bodies, and :class:`EntityIndex` then takes that rendering, the province's name
    put in by a string replacement."""
    light = Extraction(
        article=Article(x.article.id, "", url=x.article.url, lang=x.article.lang, source=x.article.source),
        sentences=[],
        province=x.province,
        year=x.year,
        officials=x.officials,
        meetings=[
            Meeting(m.sentence, chairs=m.chairs, organizer=m.organizer, kind=m.kind) for m in x.meetings
        ],
    )
    base = Minted(
        id=x.article.id,
        graph=article_iri(x.article.id),
        hash=content_hash(x.article.text),
        nquads="",
        people=[],
        x=light,
        source=x.article.source,
        notes=list(x.article.notes) + list(x.notes),
    )
    if any(off.alternatives for off in x.officials):
        from kg.resolve import _slug_names

        base.spelled = _slug_names(x.article.url)
    ids = _Placeholders(x.article.id)
    rendered = _render(x, ids)
    base.people = ids.names
    if not _prefill(base, rendered):
        base.nquads, base.entities, base.posts, base.tallies, base.series = _templates(
            rendered, len(ids.names)
        )
    if x.province is None:
        somewhere = replace(
            x,
            officials=[
                replace(off, positions=[replace(pos) for pos in off.positions]) for off in x.officials
            ],
            meetings=[replace(m) for m in x.meetings],
        )
        place_article(somewhere, _SOMEWHERE)
        again = _Placeholders(x.article.id)
        placed = _render(somewhere, again)
        written = (rendered[0] + "".join(rendered[1].values()) + repr(rendered[3]) + rendered[4]).lower()
        if again.names == ids.names and _SOMEWHERE.lower() not in written:
            base.placed = _templates(placed, len(ids.names))
        else:  # the text writes the stand-in's name: rendered again in order
            base.x, base.rerender = x, True
    return base


def _templates(rendered: tuple, people: int) -> tuple:
    """:func:`_render`'s output with its placeholders cut out (:func:`_template`; the graph as
    UTF-8, encoded here rather than in the one process that writes) and the tally keys' people as
    numbers."""
    text, records, posts, tallies, series = rendered
    cut = len(_PLACEHOLDER)
    return (
        _template(text, people, bytes),
        {
            k: (_template(v, people, str) if k.startswith(_POST_PLACEHOLDER) else v)
            for k, v in records.items()
        },
        posts,
        [(k[0], int(k[1][cut:]), *k[2:]) for k in tallies],
        series.encode("utf-8"),
    )


def _template(text: str, people: int, kind: type = str) -> tuple[list, list[int]]:
    """N-Quads cut at their placeholders: (the pieces between them, each placeholder's number — the
    i-th person is ``i``, the j-th post ``people + j``), so that filling them in is one join
    (:func:`_join`); ``kind`` ``bytes``: the pieces in UTF-8."""
    pieces = _PLACEHOLDER_RE.split(text)  # text, kind, number, text, kind, number, …, text
    between = pieces[0::3] if kind is str else [p.encode("utf-8") for p in pieces[0::3]]
    fields = [
        int(n) + (people if k == "post" else 0) for k, n in zip(pieces[1::3], pieces[2::3], strict=True)
    ]
    return between, fields


def _prefill(m: Minted, rendered: tuple) -> bool:
    """Fill an article in the worker as the one process that decides identities fills it
    (:func:`_fill`) when each person is given the IRI of their name (:func:`kg.resolve.person_iri`),
    which is what it gives most people: it then writes it as it is. Done only when its templates
    can be read back from what is filled (:func:`_recover`): the IRIs put in are distinct, and no
    IRI of a person or a post is written but where a placeholder was."""
    text, records, post_keys, tallies, series = rendered
    people = len(m.people)
    assumed = [person_iri(name) for name in m.people]
    values = _values(assumed, post_keys)
    if len(set(values)) != len(values):
        return False

    def put(found: re.Match) -> str:
        return values[int(found[2]) + (people if found[1] == "post" else 0)]

    def filled(text: str) -> str | None:
        out, n = _PLACEHOLDER_RE.subn(put, text)
        return out if out.count(_PERSON_IRI) + out.count(_POST_IRI) == n else None

    graph = filled(text)
    if graph is None:
        return False
    entities: dict[str, str] = {}
    cut = len(_POST_PLACEHOLDER)
    for k, v in records.items():
        if k.startswith(_POST_PLACEHOLDER):
            record = filled(v)
            if record is None:
                return False
            entities[values[people + int(k[cut:])][1:-1]] = record
        else:
            entities[k] = v
    cut = len(_PLACEHOLDER)
    m.tallies = sorted({(k[0], assumed[int(k[1][cut:])], *k[2:]) for k in tallies})
    m.nquads, m.entities, m.posts, m.series = (
        graph.encode("utf-8"),
        entities,
        post_keys,
        series.encode("utf-8"),
    )
    m.assumed, m.quads = assumed, graph.count("\n")
    return True


_PERSON_IRI = f"<{id_iri('person', '')}"  # how every IRI of a person starts, and of a post
_POST_IRI = f"<{id_iri('post', '')}"


def _values(iris: list[str], post_keys: list) -> list[str]:
    """The ``<IRI>`` of each placeholder of an article's templates: its people (``iris``), then
    their posts (:func:`kg.resolve.post_iri`)."""
    posts = [post_iri(iris[i], role, body, former) for i, role, body, former in post_keys]
    return [f"<{iri}>" for iri in (*iris, *posts)]


def _recover(m: Minted) -> tuple:
    """The templates (:func:`_templates`) of an article filled in the worker (:func:`_prefill`),
    read back from what was filled: for the one process that decides identities, when it gives a
    person another IRI than the one assumed."""
    values = _values(m.assumed, m.posts)
    people = len(m.assumed)
    index = {v: i for i, v in enumerate(values)}
    if not values:
        return ([m.nquads], []), m.entities, m.posts, [], m.series
    alternatives = "|".join(map(re.escape, values))
    as_text = re.compile(f"({alternatives})")
    as_bytes = re.compile(f"({alternatives})".encode())

    def template(filled, pattern, key) -> tuple[list, list[int]]:
        pieces = pattern.split(filled)
        return pieces[0::2], [index[key(p)] for p in pieces[1::2]]

    records = {}
    post = {values[people + j][1:-1]: j for j in range(len(values) - people)}
    for k, v in m.entities.items():
        j = post.get(k)
        if j is None:
            records[k] = v
        else:
            records[f"{_POST_PLACEHOLDER}{j}"] = template(v, as_text, str)
    person = {iri: i for i, iri in enumerate(m.assumed)}
    tallies = [(k[0], person[k[1]], *k[2:]) for k in m.tallies]
    graph = template(m.nquads, as_bytes, lambda b: b.decode("utf-8"))
    return graph, records, m.posts, tallies, m.series


def _join(template: tuple[list, list[int]], values: list):
    """A :func:`_template` with ``values[i]`` (``<IRI>``, as str or bytes) at each placeholder."""
    between, fields = template
    if not fields:
        return between[0]
    out = [between[0]] * (2 * len(between) - 1)
    out[0::2] = between
    out[1::2] = [values[i] for i in fields]
    return out[0][:0].join(out)


def _fill(rendered: tuple, iris: list[str], graph: str, province: str | None = None):
    """An article's N-Quads (UTF-8), entity records and tally keys (:func:`_templates`) with its
    people's IRIs and their posts'; ``province``: the rendering placed in :data:`_SOMEWHERE`, put
    there (its name, its slug in IRIs, and its successor as :func:`_place` writes it)."""
    template, records, post_keys, tallies, series = rendered
    if province is None:
        posts = [post_iri(iris[i], role, body, former) for i, role, body, former in post_keys]
        values = [f"<{iri}>" for iri in (*iris, *posts)]
        raw = [v.encode("utf-8") for v in values]
        entities = {}
        cut = len(_POST_PLACEHOLDER)
        for k, v in records.items():
            if k.startswith(_POST_PLACEHOLDER):
                entities[posts[int(k[cut:])]] = _join(v, values)
            else:
                entities[k] = v
        return _join(template, raw), entities, sorted({(k[0], iris[k[1]], *k[2:]) for k in tallies}), series
    there, name = slug(_SOMEWHERE), _lit(_SOMEWHERE)
    here, written = slug(province), _lit(province)

    def put(s: str) -> str:
        return s.replace(name, written).replace(there, here)

    posts = [
        post_iri(iris[i], role, body.replace(there, here), former) for i, role, body, former in post_keys
    ]
    values = [f"<{iri}>" for iri in (*iris, *posts)]
    bname, bwritten, bthere, bhere = (t.encode("utf-8") for t in (name, written, there, here))
    raw = [v.encode("utf-8") for v in values]
    # the pieces between the IRIs put, as put: replaced once filled in when no IRI writes the
    # stand-in (its name is quoted, an IRI is not; neither has a "<" or ">" to span one)
    apart = any(there in v for v in values)
    if apart:
        between = [b.replace(bname, bwritten).replace(bthere, bhere) for b in template[0]]
        lines = _join((between, template[1]), raw).splitlines(keepends=True)
    else:
        lines = _join(template, raw).replace(bname, bwritten).replace(bthere, bhere).splitlines(keepends=True)
    entities: dict[str, str] = {}
    for k, v in records.items():
        if k.startswith(_POST_PLACEHOLDER):
            post = posts[int(k[len(_POST_PLACEHOLDER) :])]
            entities.setdefault(
                post, _join(([put(b) for b in v[0]], v[1]), values) if apart else put(_join(v, values))
            )
        elif there in k or there in v or name in v:
            entities.setdefault(put(k), put(v))
        else:  # (as put)
            entities.setdefault(k, v)
    later = gazetteer.merged_into(province)
    if later:  # as :func:`_place` writes the province: its successor
        more = _Lines(graph)
        extra: dict[str, str] = {}
        more.add(place_iri(province), KG.successor, _place(more.add, extra, later))
        lines += [line.encode("utf-8") for line in more.lines]
        for k, v in extra.items():
            entities.setdefault(k, v)
    keys = {
        (
            k[0],
            iris[k[1]],
            k[2],
            k[3].replace(there, here),
            k[4],
            k[5],
            province if k[6] == _SOMEWHERE else k[6],
        )
        for k in tallies
    }
    series = series.replace(there.encode("utf-8"), here.encode("utf-8"))
    return b"".join(dict.fromkeys(lines)), entities, sorted(keys), series


class EntityIndex:
    """Who each person is (:class:`kg.resolve.Resolver`, in article order) and which entity
    records the store holds: seeded once from the store, kept in memory for the whole build."""

    def __init__(self, resolver: Resolver | None = None) -> None:
        self.resolver = resolver or Resolver()
        self.entities: set[str] = set()  # IRIs typed in the entities graph
        self.facts: set[tuple[str, str, str]] = set()  # (IRI, predicate, object) of official records
        # (IRI, name, surface, home province) of the officials whose records are written: an
        # official met again costs one look-up (emptied when an entity is forgotten)
        self.written: set[tuple[str, str, str, str | None]] = set()

    @classmethod
    def from_store(cls, store) -> EntityIndex:
        import pyoxigraph as ox

        index = cls(Resolver.from_store(store))
        for q in store.quads_for_pattern(None, None, None, ox.NamedNode(ENTITIES_GRAPH)):
            if q.predicate.value == RDF.type:
                index.entities.add(q.subject.value)
            else:
                index.facts.add((q.subject.value, q.predicate.value, str(q.object)))
        return index

    def forget(self, iri: str) -> None:
        """An entity whose record was removed (no article names it any more)."""
        self.entities.discard(iri)
        self.facts = {f for f in self.facts if f[0] != iri}
        self.written.clear()

    def finish(self, m: Minted) -> tuple[str, str]:
        """The article's N-Quads with its people's IRIs, and the entity records the store does not
        hold yet: new officials (type, name, search keys, home province), bodies, places, documents."""
        text, entities, _, _ = self.finish_all(m)
        return text.decode("utf-8"), entities

    def finish_all(self, m: Minted) -> tuple[bytes, str, list[tuple[str, ...]], bytes]:
        """:meth:`finish` with the article's N-Quads in UTF-8, the article's tally keys with its
        people's IRIs (see :class:`ArticleGraph`; :class:`kg.store.Tallies` counts them) and its
        rows of the indicator series (:func:`series_lines`, N-Quads in UTF-8)."""
        x = m.x
        officials = [(off.name, off) for off in x.officials]
        unplaced = x.province is None
        ids = self.resolver.resolve(x, m.spelled)  # may rename (other script) and place the article
        placed = unplaced and x.province is not None
        if placed and m.rerender:
            text, entities, _, keys, series = _render(x, ids)
            text, series = text.encode("utf-8"), series.encode("utf-8")
        else:
            renamed = {old: off.name for old, off in officials}
            iris = [ids.person(renamed.get(n, n)) for n in m.people]
            if placed:
                text, entities, keys, series = _fill(m.placed, iris, m.graph, x.province)
            elif iris == m.assumed:  # as the worker filled it in
                text, entities, keys, series = m.nquads, m.entities, m.tallies, m.series
            else:
                text, entities, keys, series = _fill(m.rendered, iris, m.graph)
        new: list[str] = []

        def fact(s: str, p: str, o: str) -> None:
            if (s, p, o) not in self.facts:
                self.facts.add((s, p, o))
                new.append(f"<{s}> <{p}> {o} {_ENT} .\n")

        written = self.written
        for _, off in officials:
            iri = ids.person(off.name)
            home = ids.home(off.name)
            seen = (iri, off.name, off.surface, home)
            if seen in written:  # this official's records, written for an earlier article
                continue
            written.add(seen)
            if iri not in self.entities:
                self.entities.add(iri)
                new.append(_type(iri, KG.Official))
            fact(iri, SCHEMA.name, _lit(off.name))
            for key in {fold(off.name), fold(off.surface)}:
                if key:
                    fact(iri, KG.searchKey, _lit(key))
            if home:
                fact(iri, KG.province, f"<{place_iri(home)}>")
                if place_iri(home) not in self.entities and place_iri(home) not in entities:
                    self.entities.add(place_iri(home))
                    new.append(_type(place_iri(home), KG.Place))
                    fact(place_iri(home), SCHEMA.name, _lit(home))
        known = self.entities
        have = getattr(known, "have", known)  # (those met already: a set's look-up, no call)
        for iri, record in entities.items():
            if iri not in have and iri not in known:
                known.add(iri)
                new.append(record)
        return text, "".join(new), keys, series


def mint(x: Extraction, resolver: Resolver | None = None):
    """All quads of one article (its graph and the entity records), as pyoxigraph quads.

    ``resolver`` gives people their identities across articles (see :mod:`kg.resolve`).
    """
    import pyoxigraph as ox

    x = replace(x)
    text, entities = EntityIndex(resolver).finish(mint_article(x))
    return list(ox.parse(entities + text, format=ox.RdfFormat.N_QUADS))
