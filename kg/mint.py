"""Turn an :class:`~kg.model.Extraction` into N-Quads: one named graph per article, every fact
linked to the sentence it came from, and the entities' own records in one ``entities`` graph.

Where a triple lives decides how it counts. A query over the union default graph sees a triple
once per named graph that holds it (oxigraph issue #1919), so an entity's identity — the type of
an official, a body, a place or a document; an official's canonical name, folded search keys and
home provinces — is written once, in :data:`ENTITIES_GRAPH`: ``COUNT`` over ``?p a kg:Official``
is the number of officials. What an *article* says — that it names an official
(``kg:surfaceForm``, ``kg:sentence``), posts, meetings, bodies' kinds and places, figures, the
sentences — stays in the article's graph and goes away with it.

Minting is split in two so that it runs where the work is:

- :func:`mint_article` (in the worker processes) renders the article's graph as N-Quads text,
  people written as placeholders, plus the type records of what it names: no store, no order.
- :class:`EntityIndex` (in one process, in article order) asks :class:`kg.resolve.Resolver` who
  each person is, fills the placeholders and adds the records the store does not hold yet: a few
  dictionary look-ups per article.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from kg.model import Article, Body, Extraction, Meeting
from kg.resolve import Resolver, article_iri, body_iri, person_iri, place_iri
from kg.text import fold
from kg.vocab import KG, ORG, ORG_CLASSES, PROV, RDF, SCHEMA, XSD, code_iri, id_iri, slug

__all__ = [
    "ENTITIES_GRAPH",
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
_ENT = f"<{ENTITIES_GRAPH}>"
_PLACEHOLDER = "urn:kg:person:"
_PLACEHOLDER_RE = re.compile(r"<urn:kg:person:(\d+)>")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _lit(value, datatype: str | None = None) -> str:
    """An N-Quads literal."""
    text = '"' + str(value).translate(_ESCAPES) + '"'
    return f"{text}^^<{datatype}>" if datatype else text


def _decimal(value: float) -> str:
    return _lit(format(Decimal(repr(float(value))).normalize(), "f"), XSD.decimal)


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


def _render(x: Extraction, ids) -> tuple[str, dict[str, str]]:
    """The article's graph (N-Quads) and the type records of what it names."""
    from kg import gazetteer

    art = article_iri(x.article.id)
    g = _Lines(art)
    records: dict[str, str] = {}

    def place(name: str) -> str:
        iri = place_iri(name)
        g.add(iri, SCHEMA.name, _lit(name))
        if iri not in records:
            records[iri] = _type(iri, KG.Place)
            later = gazetteer.successor(name)
            if later and later != name:
                g.add(iri, KG.successor, place(later))
        return iri

    def body(b: Body) -> str:
        iri = ids.body(b)
        records.setdefault(iri, _type(iri, KG.Body) + _type(iri, KG[ORG_CLASSES.get(b.org, "OtherBody")]))
        g.add(iri, KG.orgType, code_iri("org", b.org))
        if b.level:
            g.add(iri, KG.level, code_iri("level", b.level))
        if b.place:
            g.add(iri, KG.place, place(b.place))
        return iri

    g.add(art, RDF.type, SCHEMA.NewsArticle)
    g.add(art, SCHEMA.identifier, _lit(x.article.id))
    g.add(art, SCHEMA.inLanguage, _lit(x.article.lang or "und"))
    g.add(art, KG.contentHash, _lit(content_hash(x.article.text)))
    if x.article.url:
        g.add(art, SCHEMA.url, _lit(x.article.url))
    if x.province:
        g.add(art, KG.province, place(x.province))
    g.add(art, PROV.wasDerivedFrom, _lit(x.article.source or x.article.id))

    used: set[int] = set()

    def sentence(index: int) -> str:
        iri = f"{art}#s{index}"
        if index not in used:
            used.add(index)
            g.add(iri, RDF.type, KG.Sentence)
            g.add(iri, KG.text, _lit(x.sentences[index]))
        return iri

    year = f"{x.year:04d}" if x.year else None
    for off in x.officials:
        p = ids.person(off.name)
        g.add(p, KG.surfaceForm, _lit(off.surface))
        g.add(p, KG.sentence, sentence(off.sentence))
        for pos in off.positions:
            key = f"{x.article.id}|{off.surface}|{pos.role}|{body_iri(pos.body)}"
            post = id_iri("post", hashlib.sha1(key.encode()).hexdigest()[:16])
            g.add(post, RDF.type, KG.Post)
            g.add(post, ORG.member, p)
            g.add(post, ORG.organization, body(pos.body))
            g.add(post, ORG.role, code_iri("role", pos.role))
            g.add(post, KG.sentence, sentence(pos.sentence))
            if pos.former:
                g.add(post, KG.former, _lit("true", XSD.boolean))
            if year:
                g.add(post, KG.attestedIn, _lit(year, XSD.gYear))

    for i, meeting in enumerate(x.meetings, 1):
        m = f"{art}#meeting{i}"
        g.add(m, RDF.type, KG.Meeting)
        g.add(m, KG.sentence, sentence(meeting.sentence))
        if meeting.date:
            g.add(m, SCHEMA.startDate, _date(meeting.date))
        if meeting.organizer:
            g.add(m, SCHEMA.organizer, body(meeting.organizer))
        for name in meeting.chairs:
            g.add(m, KG.chairedBy, ids.person(name))
        for name in meeting.attendees:
            g.add(m, SCHEMA.attendee, ids.person(name))

    for doc in x.documents:
        ident = (
            slug(doc.number) if doc.number else f"{doc.issuer or 'x'}-s{doc.session or 0}-t{doc.term or 0}"
        )
        d = id_iri("document", doc.kind, ident)
        records[d] = _type(d, KG.Document)
        g.add(d, KG.documentKind, code_iri("document", doc.kind))
        g.add(d, SCHEMA.name, _lit(doc.surface))
        g.add(d, KG.sentence, sentence(doc.sentence))
        if doc.number:
            g.add(d, KG.number, _lit(doc.number))
        if doc.issuer:
            g.add(d, KG.issuer, code_iri("org", doc.issuer))
        if doc.session is not None:
            g.add(d, KG.session, _lit(doc.session, XSD.integer))
        if doc.term is not None:
            g.add(d, KG.term, _lit(doc.term, XSD.integer))
        if doc.year is not None:
            g.add(d, KG.year, _lit(doc.year, XSD.integer))

    for i, metric in enumerate(x.metrics, 1):
        o = f"{art}#obs{i}"
        g.add(o, RDF.type, KG.MetricObservation)
        g.add(o, KG.indicator, code_iri("indicator", metric.indicator))
        g.add(o, KG.value, _decimal(metric.value))
        g.add(o, KG.unit, code_iri("unit", metric.unit))
        g.add(o, SCHEMA.text, _lit(metric.surface))
        g.add(o, KG.sentence, sentence(metric.sentence))
        if metric.change_pct is not None:
            g.add(o, KG.changePct, _decimal(metric.change_pct))
        if x.province:
            g.add(o, KG.place, place(x.province))
    return g.text(), records


def mint_article(x: Extraction) -> Minted:
    """Mint one article without the store: its graph with people as placeholders. An article
    whose province is unknown is left for :class:`EntityIndex` to render (the resolver may place
    it by its officials, which changes its bodies)."""
    light = Extraction(
        article=Article(x.article.id, "", url=x.article.url, lang=x.article.lang, source=x.article.source),
        sentences=[],
        province=x.province,
        year=x.year,
        officials=x.officials,
        meetings=[
            Meeting(m.sentence, chairs=m.chairs, attendees=m.attendees, organizer=m.organizer)
            for m in x.meetings
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
    if x.province is None:
        base.x = x  # rendered again in order if the resolver places it by its officials
    ids = _Placeholders(x.article.id)
    base.nquads, base.entities = _render(x, ids)
    base.people = ids.names
    return base


class EntityIndex:
    """Who each person is (:class:`kg.resolve.Resolver`, in article order) and which entity
    records the store holds: seeded once from the store, kept in memory for the whole build."""

    def __init__(self, resolver: Resolver | None = None) -> None:
        self.resolver = resolver or Resolver()
        self.entities: set[str] = set()  # IRIs typed in the entities graph
        self.facts: set[tuple[str, str, str]] = set()  # (IRI, predicate, object) of official records

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

    def finish(self, m: Minted) -> tuple[str, str]:
        """The article's N-Quads with its people's IRIs, and the entity records the store does not
        hold yet: new officials (type, name, search keys, home province), bodies, places, documents."""
        x = m.x
        officials = [(off.name, off) for off in x.officials]
        unplaced = x.province is None
        ids = self.resolver.resolve(x)  # may rename (other script) and place the article
        if unplaced and x.province is not None:
            text, entities = _render(x, ids)
        else:
            renamed = {old: off.name for old, off in officials}
            iris = [ids.person(renamed.get(n, n)) for n in m.people]
            text = _PLACEHOLDER_RE.sub(lambda mt: f"<{iris[int(mt.group(1))]}>", m.nquads)
            entities = m.entities
        new: list[str] = []

        def fact(s: str, p: str, o: str) -> None:
            if (s, p, o) not in self.facts:
                self.facts.add((s, p, o))
                new.append(f"<{s}> <{p}> {o} {_ENT} .\n")

        for _, off in officials:
            iri = ids.person(off.name)
            if iri not in self.entities:
                self.entities.add(iri)
                new.append(_type(iri, KG.Official))
            fact(iri, SCHEMA.name, _lit(off.name))
            for key in {fold(off.name), fold(off.surface)}:
                if key:
                    fact(iri, KG.searchKey, _lit(key))
            home = ids.home(off.name)
            if home:
                fact(iri, KG.province, f"<{place_iri(home)}>")
                if place_iri(home) not in self.entities and place_iri(home) not in entities:
                    self.entities.add(place_iri(home))
                    new.append(_type(place_iri(home), KG.Place))
                    fact(place_iri(home), SCHEMA.name, _lit(home))
        for iri, record in entities.items():
            if iri not in self.entities:
                self.entities.add(iri)
                new.append(record)
        return text, "".join(new)


def mint(x: Extraction, resolver: Resolver | None = None):
    """All quads of one article (its graph and the entity records), as pyoxigraph quads.

    ``resolver`` gives people their identities across articles (see :mod:`kg.resolve`).
    """
    import pyoxigraph as ox

    x = replace(x)
    text, entities = EntityIndex(resolver).finish(mint_article(x))
    return list(ox.parse(entities + text, format=ox.RdfFormat.N_QUADS))
