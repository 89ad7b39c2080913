"""Turn an :class:`~kg.model.Extraction` into quads: one named graph per article, every fact
linked to the sentence it came from."""

from __future__ import annotations

import hashlib
from decimal import Decimal

from pyoxigraph import Literal, NamedNode, Quad

from kg import gazetteer
from kg.identity import Registry
from kg.model import Body, Extraction
from kg.vocab import KG, ORG, ORG_CLASSES, PROV, QB, RDF, SCHEMA, XSD, code_iri, id_iri, slug

__all__ = ["article_iri", "content_hash", "mint"]


def article_iri(article_id: str) -> str:
    return id_iri("article", slug_keep(article_id))


def slug_keep(text: str) -> str:
    """Article ids are kept as they are, minus characters not allowed in an IRI."""
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in text)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _lit(value, datatype: str | None = None) -> Literal:
    if datatype:
        return Literal(str(value), datatype=NamedNode(datatype))
    return Literal(str(value))


def _decimal(value: float) -> Literal:
    text = format(Decimal(repr(float(value))).normalize(), "f")
    return Literal(text, datatype=NamedNode(XSD.decimal))


def _date(value: str) -> Literal:
    dtype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}[len(value)]
    return Literal(value, datatype=NamedNode(dtype))


class _Graph:
    def __init__(self, graph: str):
        self.graph = NamedNode(graph)
        self.quads: list[Quad] = []
        self._seen: set[tuple] = set()

    def add(self, s: str, p: str, o) -> None:
        obj = NamedNode(o) if isinstance(o, str) else o
        key = (s, p, obj)
        if key not in self._seen:
            self._seen.add(key)
            self.quads.append(Quad(NamedNode(s), NamedNode(p), obj, self.graph))


def body_iri(body: Body) -> str:
    parts = ["body", body.org, body.level or "any"]
    if body.place:
        parts.append(slug(body.place))
    return id_iri(*parts)


def place_iri(name: str) -> str:
    return id_iri("place", slug(name))


def _place(g: _Graph, name: str) -> str:
    iri = place_iri(name)
    g.add(iri, RDF.type, KG.Place)
    g.add(iri, SCHEMA.name, _lit(name))
    later = gazetteer.successor(name)
    if later and later != name:
        g.add(iri, KG.successor, place_iri(later))
        g.add(place_iri(later), RDF.type, KG.Place)
        g.add(place_iri(later), SCHEMA.name, _lit(later))
    return iri


def _body(g: _Graph, body: Body) -> str:
    iri = body_iri(body)
    g.add(iri, RDF.type, KG.Body)
    g.add(iri, RDF.type, ORG.Organization)
    g.add(iri, RDF.type, KG[ORG_CLASSES.get(body.org, "OtherBody")])
    g.add(iri, KG.orgType, code_iri("org", body.org))
    if body.level:
        g.add(iri, KG.level, code_iri("level", body.level))
    if body.place:
        g.add(iri, KG.place, _place(g, body.place))
    return iri


def person_iri(name: str) -> str:
    return id_iri("person", slug(name))


def mint(x: Extraction, registry: Registry | None = None) -> list[Quad]:
    """All quads of one article, in the article's own named graph.

    ``registry`` gives officials their identities across articles (see :mod:`kg.identity`).
    """
    registry = registry or Registry()
    people = {}
    for off in x.officials:
        province = registry.province_of(off, x.province)
        people[off.name] = (registry.resolve(off.name, province), province)
    art = article_iri(x.article.id)
    g = _Graph(art)
    g.add(art, RDF.type, SCHEMA.NewsArticle)
    g.add(art, SCHEMA.identifier, _lit(x.article.id))
    g.add(art, SCHEMA.inLanguage, _lit(x.article.lang or "und"))
    g.add(art, KG.contentHash, _lit(content_hash(x.article.text)))
    if x.article.url:
        g.add(art, SCHEMA.url, _lit(x.article.url))
    if x.province:
        g.add(art, KG.province, _place(g, x.province))

    used: set[int] = set()

    def sentence(index: int) -> str:
        iri = f"{art}#s{index}"
        if index not in used:
            used.add(index)
            g.add(iri, RDF.type, KG.Sentence)
            g.add(iri, KG.text, _lit(x.sentences[index]))
            g.add(iri, KG.index, _lit(index, XSD.integer))
            g.add(iri, SCHEMA.isPartOf, art)
        return iri

    year = f"{x.year:04d}" if x.year else None
    for off in x.officials:
        p, home = people[off.name]
        if home:
            g.add(p, KG.province, _place(g, home))
        g.add(p, RDF.type, KG.Official)
        g.add(p, RDF.type, SCHEMA.Person)
        g.add(p, SCHEMA.name, _lit(off.name))
        g.add(p, KG.surfaceForm, _lit(off.surface))
        g.add(p, KG.sentence, sentence(off.sentence))
        for pos in off.positions:
            key = f"{x.article.id}|{off.name}|{pos.role}|{body_iri(pos.body)}"
            post = id_iri("post", hashlib.sha1(key.encode()).hexdigest()[:16])
            g.add(post, RDF.type, KG.Post)
            g.add(post, RDF.type, ORG.Membership)
            g.add(post, ORG.member, p)
            g.add(post, ORG.organization, _body(g, pos.body))
            g.add(post, ORG.role, code_iri("role", pos.role))
            g.add(post, KG.sentence, sentence(pos.sentence))
            if pos.former:
                g.add(post, KG.former, _lit("true", XSD.boolean))
            if year:
                g.add(post, KG.attestedIn, _lit(year, XSD.gYear))

    for i, meeting in enumerate(x.meetings, 1):
        m = f"{art}#meeting{i}"
        g.add(m, RDF.type, KG.Meeting)
        g.add(m, RDF.type, SCHEMA.Event)
        g.add(m, KG.sentence, sentence(meeting.sentence))
        if meeting.date:
            g.add(m, SCHEMA.startDate, _date(meeting.date))
        if meeting.organizer:
            g.add(m, SCHEMA.organizer, _body(g, meeting.organizer))
        for name in meeting.chairs:
            g.add(m, KG.chairedBy, people[name][0] if name in people else person_iri(name))
        for name in meeting.attendees:
            g.add(m, SCHEMA.attendee, people[name][0] if name in people else person_iri(name))

    for doc in x.documents:
        ident = (
            slug(doc.number) if doc.number else f"{doc.issuer or 'x'}-s{doc.session or 0}-t{doc.term or 0}"
        )
        d = id_iri("document", doc.kind, ident)
        g.add(d, RDF.type, KG.Document)
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
        g.add(o, RDF.type, QB.Observation)
        g.add(o, KG.indicator, code_iri("indicator", metric.indicator))
        g.add(o, KG.value, _decimal(metric.value))
        g.add(o, KG.unit, code_iri("unit", metric.unit))
        g.add(o, SCHEMA.text, _lit(metric.surface))
        g.add(o, KG.sentence, sentence(metric.sentence))
        if metric.change_pct is not None:
            g.add(o, KG.changePct, _decimal(metric.change_pct))
        if x.province:
            g.add(o, KG.place, _place(g, x.province))
    g.add(art, PROV.wasDerivedFrom, _lit(x.article.source or x.article.id))
    return g.quads
