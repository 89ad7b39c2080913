"""Every identity decision: which IRI a person, a body and an article's places get.

Extraction (``kg.extract``) finds mentions in one article; this module decides, across articles,
who and what they are. It is seeded from the store by one query (:meth:`Resolver.from_store`)
and grows as articles are resolved, in order.

**People.** The mentions of one name are one person unless the evidence says otherwise:

- a name borne by an official with a central post is one person: a mention holding a central
  post joins the identity of that name that holds one (else the most attested), the name's other
  identities are merged into it (:func:`merge_identities` rewrites them in the store), and every
  later mention joins it. A national official is never split by the province of an article;
- otherwise a mention holding local posts joins the identity whose local posts are in the same
  province (provinces merged in 2025 count as one), else an identity with no local post; local
  posts in a province where no identity of that name holds any, when all of them hold posts
  elsewhere, make a new person;
- a mention with no post (a chair named without a title, a name in a list) joins the existing
  identity of that name: the one with local posts in the article's province when there are
  several, else the most attested one. The article's province is a hint, never evidence.

**Bodies.** A central body is one IRI (``body/politburo/central``); a local body is identified by
its place (``body/party_committee/provincial/ninh-binh``). A local body whose place is known
neither from its title nor from the article is scoped to the article
(``article/ID#body-party_committee-provincial``): it is never merged with same-type bodies of
other articles.

**Places.** At extraction a body takes the place its title writes, else the article's
(:func:`kg.gazetteer.body_place`). An article that names no province is placed here by its
officials: the province their known local posts are in (from the store, earlier articles, or
``kg/data/local_officials.tsv``), when they agree; its provincial bodies without a place take it. An
article from before the 2025 merger takes the province they held their posts in then, where the data
know it (a row kept by hand, the corpora's older articles), not the merged one the corpora count.

**Names read from another script** have several readings; :mod:`kg.extract.names` scores them and
asks :func:`choose_reading` which one a name is while it reads the article (a known name —
:func:`known_officials`, names the article gives — among the likeliest, else the likeliest), and
keeps the others within reach (:func:`plausible_readings`); :meth:`Resolver.prefer_known` later
takes one of those when it is a name known from the store or earlier articles.

Use: ``r = Resolver.from_store(store)`` once (or ``Resolver.on_store(store)``, which reads from the
store only the names it meets, when it meets them: the same identities, no start-up cost), then ``ids = r.resolve(extraction)`` per article in
order (``ids.person(name)``, ``ids.home(name)``, ``ids.body(body)`` give the IRIs); at the end
``merge_identities(store, r.take_merges())``. ``r.person(name, province_hint, posts)`` and
``r.body(org, level, place, article_id)`` decide one mention.

>>> r = Resolver()
>>> a = r.person("Nguyen Van An", posts=[Body("party_committee", "provincial", "Ha Tinh")])
>>> b = r.person("Nguyen Van An", "Nghe An")          # no post: joins the only identity
>>> c = r.person("Nguyen Van An", posts=[Body("peoples_committee", "provincial", "Lai Chau")])
>>> a == b, a == c, c.rsplit("/", 1)[-1]
(True, False, 'nguyen-van-an-lai-chau')
>>> r.body("party_committee", "provincial", None, "a1")
'https://w3id.org/kg-vn/id/article/a1#body-party_committee-provincial'
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from kg import gazetteer, tables
from kg.model import Body, Extraction, Position
from kg.text import fold
from kg.vocab import KG, ORG, SCHEMA, id_iri, slug

__all__ = [
    "Identities",
    "Resolver",
    "article_iri",
    "body_iri",
    "choose_reading",
    "hand_officials",
    "home_reading",
    "is_known_reading",
    "known_officials",
    "local_officials",
    "merge_identities",
    "person_iri",
    "place_iri",
    "plausible_readings",
    "post_iri",
    "reading_bonus",
]


# ---------------------------------------------------------------- IRIs
def slug_keep(text: str) -> str:
    """Article ids are kept as they are, minus characters not allowed in an IRI (a character is
    kept when it is alphanumeric, ``-``, ``_`` or ``.``: ``\\w`` is ``str.isalnum`` and ``_``)."""
    return _NOT_KEPT.sub("_", text)


_NOT_KEPT = re.compile(r"[^\w.-]")


def article_iri(article_id: str) -> str:
    return id_iri("article", slug_keep(article_id))


def person_iri(name: str) -> str:
    return id_iri("person", slug(name))


def place_iri(name: str) -> str:
    return id_iri("place", slug(name))


def post_iri(person: str, role: str, body: str, former: bool = False) -> str:
    """The IRI of one post: a person holding a role in a body (or having held it: ``former``),
    the same in every article that attests it.

    >>> tuat, ninh_binh = person_iri("Mai Van Tuat"), body_iri(Body("party_committee", "provincial", "Ninh Binh"))
    >>> post_iri(tuat, "secretary", ninh_binh)
    'https://w3id.org/kg-vn/id/post/5540eee9ad0fa401'
    >>> post_iri(tuat, "secretary", ninh_binh, former=True) != post_iri(tuat, "secretary", ninh_binh)
    True
    """
    key = (person, role, body, former)
    found = _POSTS.get(key)
    if found is None:  # (the one process that resolves identities asks again for most posts)
        if len(_POSTS) >= 65536:
            _POSTS.clear()
        text = f"{person}|{role}|{body}|{'former' if former else ''}"
        found = _POSTS[key] = id_iri("post", hashlib.sha1(text.encode("utf-8")).hexdigest()[:16])
    return found


_POSTS: dict[tuple[str, str, str, bool], str] = {}


def body_iri(body: Body, article_id: str | None = None) -> str:
    """The IRI of an identified body; a local body without a place is scoped to its article.

    >>> body_iri(Body("politburo", "central"))
    'https://w3id.org/kg-vn/id/body/politburo/central'
    >>> body_iri(Body("peoples_council", "provincial", "Ninh Bình"))
    'https://w3id.org/kg-vn/id/body/peoples_council/provincial/ninh-binh'
    """
    if body.place or body.level == "central" or article_id is None:
        parts = ["body", body.org, body.level or "any"]
        if body.place:
            parts.append(slug(body.place))
        return id_iri(*parts)
    return f"{article_iri(article_id)}#body-{body.org}-{body.level or 'any'}"


# ---------------------------------------------------------------- shipped knowledge
@cache
def known_officials() -> frozenset[str]:
    """Folded names of well-known officials (``kg/data/known_officials.txt``, the names of
    ``kg/data/local_officials.tsv`` and of :func:`hand_officials`): the readings a name written in
    another script prefers."""
    names = {fold(name) for name in tables.lines(tables.data_path("data", "known_officials.txt"))}
    return frozenset(names | set(local_officials()) | set(hand_officials()))


@cache
def attested_officials() -> frozenset[str]:
    """Folded names that make an official even when an article names them bare, with no title
    ("Tran Quoc Vuong destacó"): the well-known officials of ``kg/data/known_officials.txt`` and the
    local officials of three syllables or more that two articles or more attest."""
    names = {fold(name) for name in tables.lines(tables.data_path("data", "known_officials.txt"))}
    rows = tables.rows(tables.data_path("data", "local_officials.tsv"))
    local = {fold(r[0]) for r in rows if len(r) > 2 and r[2].isdigit() and int(r[2]) >= 2}
    return frozenset(names | {n for n in local if len(n.split()) >= 3})


@cache
def local_officials() -> dict[str, tuple[str, str]]:
    """Folded name -> (province, province before the 2025 merger) of officials whose local posts
    other corpora attest (``kg/data/local_officials.tsv``, by ``tools/make_local_officials.py``),
    then of the provincial officials kept by hand (:func:`hand_officials`; one of them whose row
    names a merged province and the one before, "Đắk Lắk/Phú Yên", before the corpora's)."""
    rows = tables.rows(tables.data_path("data", "local_officials.tsv"))
    listed = {fold(r[0]): (r[1], r[3] if len(r) > 3 and r[3] else r[1]) for r in rows if len(r) > 1}
    for name, provinces in _hand_provinces().items():
        if provinces[0] == "central":
            continue
        if provinces[0] != provinces[1]:  # a row naming both sides of the merger knows better than
            listed[name] = provinces  # the corpora, which count the province an article names
        elif name in listed and listed[name][1] != provinces[0] and _same_key(listed[name][0], provinces[0]):
            # a row of one province is the province before the merger too: older articles name it, in the
            # province the corpora count or one merged into it ("Trần Quốc Nam Ninh Thuận", counted in Khanh Hoa)
            listed[name] = (listed[name][0], provinces[0])
        else:
            listed.setdefault(name, provinces)  # (else the corpora's province first)
    return listed


@cache
def hand_officials() -> dict[str, str]:
    """Folded name -> province or "central" of the officials kept by hand
    (``kg/data/officials_known.tsv``: national leaders, provincial secretaries, chairs and deputies,
    from general knowledge, not the corpora; the province of the latest post listed, a post-2025
    one in its merged province). They join :func:`known_officials` and, with a province,
    :func:`local_officials` (also with the province before the merger), but not
    :func:`attested_officials`: a bare name is no official because the list knows it.

    >>> hand_officials()["pham minh chinh"], hand_officials()["lam van man"]
    ('central', 'Soc Trang')
    >>> hand_officials()["ta anh tuan"], local_officials()["ta anh tuan"]
    ('Dak Lak', ('Dak Lak', 'Phu Yen'))
    """
    return {name: provinces[0] for name, provinces in _hand_provinces().items()}


def hand_province(written: str) -> tuple[str, str] | None:
    """The provinces a row of ``kg/data/officials_known.tsv`` writes: ``(province, province before
    the 2025 merger)``, from "Đắk Lắk/Phú Yên" (a post in the merged province after a post in one
    merged into it), "Ninh Bình" (both the same) or "central"; None for a place the gazetteer lacks.

    >>> hand_province("Đắk Lắk/Phú Yên"), hand_province("Ninh Bình"), hand_province("central")
    (('Dak Lak', 'Phu Yen'), ('Ninh Binh', 'Ninh Binh'), ('central', 'central'))
    >>> hand_province("Atlantis"), hand_province("Đắk Lắk/Atlantis")
    (None, None)
    """
    if written == "central":
        return ("central", "central")
    now, _, before = written.partition("/")
    provinces = gazetteer.province_of(now.strip()), gazetteer.province_of((before or now).strip())
    return (provinces[0], provinces[1]) if provinces[0] and provinces[1] else None


@cache
def _hand_provinces() -> dict[str, tuple[str, str]]:
    """Folded name -> :func:`hand_province` of each row of ``kg/data/officials_known.tsv``."""
    rows = tables.rows(tables.data_path("data", "officials_known.tsv"))
    return {fold(r[0]): hand_province(r[1]) or (r[1], r[1]) for r in rows if len(r) > 1}


# ---------------------------------------------------------------- names read from another script
# A name written in another script has several Latin readings (kg.extract.names scores them by how
# well the letters spell them and how Vietnamese they look); which one the person is, is decided
# here. A known name is preferred only among readings this close (log) to the likeliest: about
# three unusual spellings; a name the letters hardly spell is not taken because someone bears it.
KNOWN_MARGIN = 8.0
KNOWN_BONUS = 2.0  # what a known reading adds to the score of a cut of a run into names
# how much worse (spelling points, kg.extract.names._fitted) than the likeliest reading the letters may
# spell a listed name that is taken for it: about one spelling the translations seldom write
SPELLING_MARGIN = 1.0


def is_known_reading(name: str, known: Collection[str] = frozenset()) -> bool:
    """Is the folded reading ``name`` a known name: one of ``known`` (names the article gives) or
    of the shipped lists (:func:`known_officials`)?

    >>> is_known_reading("luong cuong"), is_known_reading("luong cuong x", {"luong cuong x"})
    (True, True)
    """
    return name in known or name in known_officials()


def reading_bonus(name: str, known: Collection[str] = frozenset()) -> float:
    """What a reading adds to the score of a cut of a run of syllables into names: a known name
    (:func:`is_known_reading`) is :data:`KNOWN_BONUS` likelier."""
    return KNOWN_BONUS if is_known_reading(name, known) else 0.0


def plausible_readings(ranked: Sequence[tuple[float, str]], limit: int = 12) -> list[str]:
    """Of the readings ``(score, folded name)`` of a name written in another script, best first,
    those a known name may replace the likeliest by (within :data:`KNOWN_MARGIN`): the
    alternatives :meth:`Resolver.prefer_known` chooses from.

    >>> plausible_readings([(-20.0, "a b"), (-25.0, "a c"), (-30.0, "d e")])
    ['a b', 'a c']
    """
    floor = ranked[0][0] - KNOWN_MARGIN if ranked else 0.0
    return [name for score, name in ranked[:limit] if score >= floor]


def choose_reading(
    ranked: Sequence[tuple[float, str]],
    spelled: Callable[[], Iterable[str]],
    score: Callable[[str], float],
    known: Collection[str] = frozenset(),
    spelling: Callable[[str], float] | None = None,
) -> str | None:
    """Which reading of a name written in another script it is: the best-ranked reading that is a
    known name (:func:`is_known_reading`; one the article gives, ``known``, before the shipped
    lists) within :data:`KNOWN_MARGIN` of the likeliest; else, of
    the other names its letters spell (``spelled()``), the known one ``score`` rates best within
    that margin; else the likeliest (None without any reading).

    A name of the shipped lists (not one the article gives) is taken only when the letters spell it
    about as well as the likeliest reading (``spelling``: what a reading's spellings cost, points;
    at most :data:`SPELLING_MARGIN` more): a person the lists do not know is read by his letters,
    not as a listed namesake they spell worse (توان is Tuan, not the listed Thuan, whose th the
    translations write ث; كانغ Khang, not Quang, written كوانغ).

    >>> ranked = [(-20.0, "luong cong"), (-24.0, "luong cuong"), (-40.0, "to lam")]
    >>> choose_reading(ranked, lambda: (), lambda n: 0.0)
    'luong cuong'
    >>> choose_reading(ranked[:1], lambda: ["to lam"], lambda n: -21.0)
    'to lam'
    >>> choose_reading(ranked[:1], lambda: ["to lam"], lambda n: -40.0)
    'luong cong'
    """
    floor = ranked[0][0] - KNOWN_MARGIN if ranked else -math.inf
    officials = known_officials()
    # the article's own names (earlier officials, names it writes in Latin letters, its address) first
    # then the officials kept by hand (kg/data/officials_known.tsv) before those the corpora gave
    # (a generated list may hold a misreading: 'Doan Minh Hoan' of Ninh Binh is Doan Minh Huan)
    hand = hand_officials()
    if spelling is None or not ranked:
        spelt = None
    else:
        ceiling = spelling(ranked[0][1]) + SPELLING_MARGIN

        def spelt(name: str) -> bool:
            return spelling(name) <= ceiling

    hits = [name for value, name in ranked if value >= floor and name in known]
    for tier in (hand, officials):
        hits = hits or [
            name
            for value, name in ranked
            if value >= floor and name in tier and (spelt is None or spelt(name))
        ]
    if hits:
        return hits[0]
    names = spelled()
    if not isinstance(names, (tuple, list)):
        names = list(names)
    if officials.isdisjoint(names) and not any(map(known.__contains__, names)):
        return ranked[0][1] if ranked else None  # (no name its letters spell is known: the likeliest)
    for tier in (known, hand, officials):
        hits = [
            name
            for name in names
            if name in tier and score(name) >= floor and (tier is known or spelt is None or spelt(name))
        ]
        if hits:
            return max(hits, key=score)
    return ranked[0][1] if ranked else None


def home_reading(name: str, alternatives: Sequence[str], provinces: Collection[str]) -> str | None:
    """Of the readings of a name written in another script (``name``, the chosen one, then its
    ``alternatives``, likeliest first), the one listed as a local official
    (``kg/data/local_officials.tsv``) of one of ``provinces`` (:func:`kg.gazetteer.province_keys`),
    when ``name`` is not: an official of Hue is rather Hue's Nguyen Van Phuong than Ha Noi's Nguyen
    Van Phong. None when ``name`` is such an official or no reading is.

    >>> home_reading("Nguyen Van Phong", ["Nguyen Van Phuong"], {"Hue"})
    'Nguyen Van Phuong'
    >>> home_reading("Nguyen Van Phong", ["Nguyen Van Phuong"], {"Ha Noi"}) is None
    True
    """
    if not provinces:
        return None
    listed = local_officials()

    def home(reading: str) -> bool:
        key = fold(reading)
        return key in listed and bool(gazetteer.province_keys(listed[key]) & set(provinces))

    if home(name):
        return None
    return next((a for a in alternatives if home(a)), None)


def _slug_names(url: str | None) -> frozenset[str]:
    from kg.extract.names import slug_names  # (kg.extract imports this module)

    return slug_names(url)


# ---------------------------------------------------------------- people
@dataclass
class _Person:
    iri: str
    provinces: set[str] = field(default_factory=set)  # provinces of its local posts
    central: bool = False
    mentions: int = 0


@dataclass
class Identities:
    """What one article's mentions resolved to: ``people[name] -> (iri, home province)``."""

    article_id: str
    people: dict[str, tuple[str, str | None]] = field(default_factory=dict)

    def person(self, name: str) -> str:
        return self.people[name][0] if name in self.people else person_iri(name)

    def home(self, name: str) -> str | None:
        return self.people[name][1] if name in self.people else None

    def body(self, body: Body) -> str:
        return body_iri(body, self.article_id)


class Resolver:
    """Canonical IRIs of people and bodies, seeded from a store and grown article by article."""

    def __init__(self) -> None:
        self._people: dict[str, list[_Person]] = {}
        self._known: set[str] = set()  # folded names seen (store, earlier articles)
        self._merged: dict[str, str] = {}  # IRI -> the IRI it was merged into
        self._iris: set[str] = set()  # every person IRI given out
        self._unknown: set[str] = set()  # folded names a lazily seeded resolver found not stored

    # ---------------------------------------------------------- seeding
    @classmethod
    def from_store(cls, store) -> Resolver:
        """One query: the officials' names, the articles that name them (``kg:surfaceForm``), their
        posts (the ``entities`` graph) and the level and place of the posts' bodies (written by
        the articles that name them: a body's level and place are those of its IRI, whichever
        article says so). The query is a union of single patterns, joined here: a join in SPARQL
        costs several times more."""
        r = cls()
        q = f"""SELECT ?p ?n ?g ?post ?b ?level ?place WHERE {{
                  {{ GRAPH ?g {{ ?p a <{KG.Official}> ; <{SCHEMA.name}> ?n }} }}
                  UNION {{ GRAPH ?g {{ ?p <{KG.surfaceForm}> ?surface }} }}
                  UNION {{ GRAPH ?g {{ ?post <{ORG.member}> ?p }} }}
                  UNION {{ GRAPH ?g {{ ?post <{ORG.organization}> ?b }} }}
                  UNION {{ GRAPH ?g {{ ?b <{KG.level}> ?level }} }}
                  UNION {{ GRAPH ?g {{ ?b <{KG.place}> ?place }} }} }}"""
        names: dict[str, str] = {}
        graphs: dict[str, set[str]] = {}
        member: dict[str, str] = {}
        organization: dict[str, str] = {}
        levels: dict[str, str] = {}
        places: dict[str, str] = {}
        for p, n, g, post, b, level, place in (tuple(row) for row in store.query(q)):
            if n is not None:
                names[p.value] = n.value
            elif post is not None:
                (member if p is not None else organization)[post.value] = (p or b).value
            elif level is not None:
                levels[b.value] = level.value.rsplit("/", 1)[-1]
            elif place is not None:
                places[b.value] = place.value.rsplit("/", 1)[-1]  # the place's slug
            elif p is not None:
                graphs.setdefault(p.value, set()).add(g.value)
        for iri, name in names.items():
            r._find(name, iri).mentions = len(graphs.get(iri, ()))
        for post, iri in member.items():
            body = organization.get(post)
            if iri not in names or body is None:
                continue
            person = r._find(names[iri], iri)
            if levels.get(body) == "central":
                person.central = True
            elif body in places:
                province = gazetteer.province_of(places[body])
                if province:
                    person.provinces.add(province)
        for idents in r._people.values():
            central = next((p for p in idents if p.central), None)
            if central is not None:
                r._merge_into(central, idents)
        return r

    @classmethod
    def on_store(cls, store) -> Resolver:
        """A resolver seeded lazily: a name's identities (officials of that name, the articles that
        name them, the level and place of their posts' bodies) are read from ``store`` by a few
        point look-ups the first time the name is met, as :meth:`from_store` would have read
        them; a name known, an IRI taken, likewise. Nothing is read for a store with no official,
        and a build that meets few names reads little of a large store."""
        import pyoxigraph as ox

        r = cls()
        official = ox.NamedNode(KG.Official)
        if any(True for _ in store.quads_for_pattern(None, ox.NamedNode(_RDF_TYPE), official, None)):
            r._store = store
            r._people = _Seeded(r)
        return r

    _store = None  # the store a lazily seeded resolver reads from

    def _seed(self, name: str) -> None:
        """Read the identities of ``name`` from the store (see :meth:`from_store`): the officials
        of that name, then for each two queries whose work stays in the store however many
        articles name them (the articles counted, the distinct level and place of their posts'
        bodies)."""
        import pyoxigraph as ox

        st = self._store
        official, rdf_type = ox.NamedNode(KG.Official), ox.NamedNode(_RDF_TYPE)
        iris: list = []
        for q in st.quads_for_pattern(None, ox.NamedNode(SCHEMA.name), ox.Literal(name), None):
            if q.subject not in iris and any(
                True for _ in st.quads_for_pattern(q.subject, rdf_type, official, q.graph_name)
            ):
                iris.append(q.subject)
        for node in iris:
            person = self._find(name, node.value)
            mentions = f"""SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{
                             GRAPH ?g {{ {node} <{KG.surfaceForm}> ?surface }} }}"""
            person.mentions = int(next(iter(st.query(mentions)))["n"].value)
            # the posts (the entities graph), then one level and one place of each post's body,
            # one point look-up each whatever the number of articles naming the body
            bodies = {
                o.object
                for q in st.quads_for_pattern(None, ox.NamedNode(ORG.member), node, None)
                for o in st.quads_for_pattern(q.subject, ox.NamedNode(ORG.organization), None, None)
            }
            for b in bodies:
                level = next(iter(st.quads_for_pattern(b, ox.NamedNode(KG.level), None, None)), None)
                place = next(iter(st.quads_for_pattern(b, ox.NamedNode(KG.place), None, None)), None)
                if level is not None and level.object.value.rsplit("/", 1)[-1] == "central":
                    person.central = True
                elif place is not None:
                    province = gazetteer.province_of(place.object.value.rsplit("/", 1)[-1])
                    if province:
                        person.provinces.add(province)
        idents = dict.get(self._people, name, [])
        central = next((p for p in idents if p.central), None)
        if central is not None:
            self._merge_into(central, idents)

    def _stored_name(self, key: str) -> bool:
        """Whether the store holds an official whose name folds to ``key``."""
        import pyoxigraph as ox

        st = self._store
        name_p = ox.NamedNode(SCHEMA.name)
        for q in st.quads_for_pattern(None, ox.NamedNode(KG.searchKey), ox.Literal(key), None):
            for n in st.quads_for_pattern(q.subject, name_p, None, None):
                if fold(n.object.value) == key:
                    return True
        return False

    def _stored_iri(self, iri: str) -> bool:
        """Whether the store holds an official of this IRI."""
        import pyoxigraph as ox

        node, official = ox.NamedNode(iri), ox.NamedNode(KG.Official)
        return any(True for _ in self._store.quads_for_pattern(node, ox.NamedNode(_RDF_TYPE), official, None))

    def _find(self, name: str, iri: str) -> _Person:
        idents = self._people.setdefault(name, [])
        for person in idents:
            if person.iri == iri:
                return person
        person = _Person(iri)
        idents.append(person)
        self._iris.add(iri)
        self._known.add(fold(name))
        return person

    # ---------------------------------------------------------- names
    def known(self) -> frozenset[str]:
        """Folded names known: the shipped lists, the store and the articles resolved so far."""
        return frozenset(self._known) | known_officials()

    def is_known(self, name: str) -> bool:
        key = fold(name)
        if is_known_reading(key, self._known):
            return True
        if self._store is not None and key not in self._unknown:
            if self._stored_name(key):
                self._known.add(key)
                return True
            self._unknown.add(key)
        return False

    def prefer_known(self, x: Extraction, spelled: frozenset[str] | None = None) -> None:
        """Rename an official whose name was read from another script when another of its
        readings is a known name and its own is not; or, for an official with a local post, when
        another reading is a local official of that post's province (:func:`home_reading`) and its
        own is not: the person is of the province the article places them in."""
        for official in x.officials:
            if not official.alternatives:
                continue
            if spelled is None:  # a name the page's address spells is the article's own
                spelled = _slug_names(x.article.url)
            if fold(official.name) in spelled:
                continue
            better = home_reading(official.name, official.alternatives, self._home_keys(x, official))
            if better is None and self.is_known(official.name):
                continue
            better = better or next((a for a in official.alternatives if self.is_known(a)), None)
            if better is None or better == official.name:
                continue
            old = official.name
            official.name = better
            for meeting in x.meetings:
                meeting.chairs = [better if c == old else c for c in meeting.chairs]

    def _home_keys(self, x: Extraction, official) -> set[str]:
        """The provinces (:func:`kg.gazetteer.province_keys`) an official with a local post is of: its
        posts' places; else the article's province; else the one the other officials with local
        posts are listed in (``kg/data/local_officials.tsv``), when they agree."""
        local = [p.body for p in official.positions if p.body.level not in (None, "central")]
        if not local:
            return set()
        keys = gazetteer.province_keys(gazetteer.province_of(b.place) for b in local if b.place)
        if keys or x.province:
            return keys or gazetteer.province_keys([x.province])
        others: set[str] = set()
        for other in x.officials:
            listed = local_officials().get(fold(other.name))
            posted = any(p.body.level not in (None, "central") for p in other.positions)
            if other is not official and listed and posted:
                others |= gazetteer.province_keys(listed)
        return others if len(others) == 1 else set()

    # ---------------------------------------------------------- people
    def person(
        self, name: str, province_hint: str | None = None, posts: Iterable[Body | Position] = ()
    ) -> str:
        """The IRI of ``name`` holding ``posts`` (bodies), met in an article about
        ``province_hint``; see the module's rules."""
        return self._person(name, province_hint, posts).iri

    def _person(self, name: str, hint: str | None, posts: Iterable[Body | Position]) -> _Person:
        central = False
        local: set[str] = set()  # the provinces of its local posts
        for p in posts:
            b = p.body if isinstance(p, Position) else p
            if b.level == "central":
                central = True
            elif b.place:
                province = gazetteer.province_of(b.place)
                if province is not None:
                    local.add(province)
        idents = self._people.setdefault(name, [])
        chosen = None
        if central:
            chosen = next((p for p in idents if p.central), None)
            if chosen is None and idents:
                keys = _province_keys(local)
                fitting = [p for p in idents if _province_keys(p.provinces) & keys] or idents
                chosen = max(fitting, key=lambda p: p.mentions)
            if chosen is not None:
                self._merge_into(chosen, idents)
        elif any(p.central for p in idents):
            chosen = next(p for p in idents if p.central)
        elif local:
            keys = _province_keys(local)
            same = [p for p in idents if _province_keys(p.provinces) & keys]
            free = [p for p in idents if p.central] or [p for p in idents if not p.provinces]
            if same or free:
                chosen = max(same or free, key=lambda p: p.mentions)
        elif len(idents) == 1:  # (the one identity, whatever the hint)
            chosen = idents[0]
        elif idents:
            hinted = _province_keys((hint,))
            same = [p for p in idents if hinted & _province_keys(p.provinces)]
            chosen = max(same or idents, key=lambda p: p.mentions)
        if chosen is None:
            chosen = _Person(self._new_iri(name, sorted(local)))
            self._iris.add(chosen.iri)
            idents.append(chosen)
        chosen.central = chosen.central or central
        chosen.provinces |= local
        self._known.add(fold(name))
        return chosen

    def _merge_into(self, chosen: _Person, idents: list[_Person]) -> None:
        """A name borne by an official with a central post is one person: its other identities
        (told apart by local posts before the central post was seen) become that one, under the
        name's first IRI."""
        first = idents[0].iri
        for other in [p for p in idents if p is not chosen]:
            if other.iri != first:
                self._merged[other.iri] = first
            chosen.provinces |= other.provinces
            chosen.mentions += other.mentions
            idents.remove(other)
        if chosen.iri != first:
            self._merged[chosen.iri] = first
            chosen.iri = first

    def take_merges(self) -> dict[str, str]:
        """IRIs merged into others since the last call (old -> new), for
        :func:`merge_identities` to rewrite in the store."""
        out = {}
        for old in self._merged:
            new = old
            while new in self._merged:
                new = self._merged[new]
            out[old] = new
        self._merged.clear()
        return out

    def _new_iri(self, name: str, provinces: list[str]) -> str:
        iris = self._iris

        class Taken:  # IRIs given out, and (seeded lazily) those of the store
            def __contains__(_, iri: str) -> bool:
                return iri in iris or (self._store is not None and self._stored_iri(iri))

        taken = Taken()
        base = slug(name)
        candidates = [base] + [f"{base}-{slug(p)}" for p in provinces]
        for cand in candidates:
            if id_iri("person", cand) not in taken:
                return id_iri("person", cand)
        n = 2
        while id_iri("person", f"{candidates[-1]}-{n}") in taken:
            n += 1
        return id_iri("person", f"{candidates[-1]}-{n}")

    # ---------------------------------------------------------- bodies
    def body(self, org: str, level: str | None, place: str | None, article: str) -> str:
        """The IRI of a body of type ``org`` at ``level`` in ``place`` named by ``article`` (its
        id); without a place a local body is the article's own."""
        return body_iri(Body(org, level, place), article)

    # ---------------------------------------------------------- places
    def people_province(self, x: Extraction) -> str | None:
        """The province an article's officials hold local posts in (from the store, earlier
        articles or the shipped list), when they agree."""
        votes: Counter[str] = Counter()
        names: Counter[str] = Counter()
        # (of them, those not only counted by the corpora in a province others were merged into)
        sure: Counter[str] = Counter()
        for official in x.officials:
            if not any(p.body.level not in (None, "central") for p in official.positions):
                continue
            provinces: set[str] = set()
            for person in self._people.get(official.name, ()):
                provinces |= person.provinces
            listed = local_officials().get(fold(official.name))
            unsure = None
            if listed:
                provinces.add(gazetteer.named_in(x.year, *listed))
                if listed[0] in _absorbing() and not _known_before(fold(official.name), listed):
                    unsure = listed[0]
            keys = _province_keys(provinces)
            if len(keys) == 1:
                votes[next(iter(keys))] += 1
                names.update(provinces)
                sure.update(p for p in provinces if p != unsure)
        if not votes:
            return None
        (best, n), *rest = votes.most_common(2)
        if rest and rest[0][1] * 2 > n:
            return None
        if gazetteer.named_in(x.year, "now", "before") == "before" and any(
            gazetteer.province_key(p) == best for p in sure
        ):
            # (before the merger, the provinces officials are known to have held posts in then, not the merged
            # province the corpora count for an official with no older article nor row kept by hand: they count
            # the province their articles name, after the merger too; Ninh Thuan's chairman, and the Khanh Hoa
            # they count for his colleagues, are Ninh Thuan's)
            names = sure
        return gazetteer.as_of(best, x.year, names)

    def place(self, x: Extraction) -> None:
        """Give an article with no province its officials' province, and provincial bodies
        without a place that province (:func:`place_article`)."""
        if x.province is not None:
            return
        province = self.people_province(x)
        if province is not None:
            place_article(x, province)

    # ---------------------------------------------------------- one article
    def resolve(self, x: Extraction, spelled: frozenset[str] | None = None) -> Identities:
        """Decide every identity of one article (in order: readings, places, people); ``spelled``:
        the names its address spells (:func:`kg.extract.names.slug_names`), when known."""
        self.prefer_known(x, spelled)
        self.place(x)
        out = Identities(x.article.id)
        for official in x.officials:
            person = self._person(official.name, x.province, official.positions)
            person.mentions += 1
            local = [p.body.place for p in official.positions if p.body.level != "central" and p.body.place]
            home = gazetteer.province_of(local[0]) if local else None
            out.people[official.name] = (person.iri, home)
        for meeting in x.meetings:
            for name in meeting.chairs:
                if name not in out.people:
                    person = self._person(name, x.province, ())
                    person.mentions += 1
                    out.people[name] = (person.iri, None)
        return out


@cache
def _absorbing() -> frozenset[str]:
    """The provinces others were merged into in 2025 (Khanh Hoa, Ninh Binh, ...)."""
    return frozenset(filter(None, (gazetteer.merged_into(p.name) for p in gazetteer.provinces().values())))


def _same_key(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one province after the 2025 merger (:func:`kg.gazetteer.province_key`)?"""
    return gazetteer.province_key(a) is not None and gazetteer.province_key(a) == gazetteer.province_key(b)


def _known_before(name: str, listed: tuple[str, str]) -> bool:
    """Is the province before the merger of the official ``name`` (folded) listed ``listed``
    (:func:`local_officials`) known: the corpora's older articles or the row kept by hand name it, not only
    the corpora's count, which names a merged province as articles after the merger do?"""
    hand = _hand_provinces().get(name)
    return listed[1] != listed[0] or (hand is not None and hand[1] == listed[1])


def _province_keys(places: Collection[str | None]) -> frozenset[str]:
    """:func:`kg.gazetteer.province_keys` of a set or tuple of places, each asked once (the resolver
    compares the provinces of a name's identities at each of its mentions)."""
    key = places if isinstance(places, tuple) else frozenset(places)
    found = _KEYS.get(key)
    if found is None:
        if len(_KEYS) >= 4096:
            _KEYS.clear()
        found = _KEYS[key] = frozenset(gazetteer.province_keys(key))
    return found


_KEYS: dict[tuple | frozenset, frozenset[str]] = {}


def place_article(x: Extraction, province: str) -> None:
    """Place an article that named no province in ``province``: the article, and its provincial
    bodies that write no place (its officials' posts, its meetings' organisers)."""
    x.province = province

    def placed(body: Body | None) -> Body | None:
        if body is None or body.place or body.level != "provincial":
            return body
        return replace(body, place=province)

    for official in x.officials:
        for pos in official.positions:
            pos.body = placed(pos.body)
    for meeting in x.meetings:
        meeting.organizer = placed(meeting.organizer)


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


class _Seeded(dict):
    """name -> identities, a name's read from the store (:meth:`Resolver._seed`) when first met."""

    def __init__(self, resolver: Resolver) -> None:
        super().__init__()
        self.resolver = resolver

    def _ensure(self, name: str) -> None:
        if not dict.__contains__(self, name):
            dict.__setitem__(self, name, [])
            self.resolver._seed(name)

    def __getitem__(self, name: str) -> list[_Person]:
        self._ensure(name)
        return dict.__getitem__(self, name)

    def __contains__(self, name: object) -> bool:
        if isinstance(name, str):
            self._ensure(name)
        return dict.__contains__(self, name) and bool(dict.__getitem__(self, name))

    def get(self, name, default=None):
        self._ensure(name)
        return dict.get(self, name, default)

    def setdefault(self, name, default=None):
        self._ensure(name)
        return dict.__getitem__(self, name)


def merge_identities(store, merges: dict[str, str]) -> None:
    """Rewrite people's IRIs merged by the resolver (old -> new) in every graph of ``store``, and
    the IRIs of their posts (:func:`post_iri` of the person they now name)."""
    for old, new in merges.items():
        _rename(store, old, new)
        q = f"""SELECT DISTINCT ?post ?role ?body ?former WHERE {{ GRAPH ?g {{
                  ?post <{ORG.member}> <{new}> ; <{ORG.role}> ?role ; <{ORG.organization}> ?body .
                  OPTIONAL {{ ?post <{KG.former}> ?former }} }} }}"""
        for row in list(store.query(q)):
            post = row["post"].value
            target = post_iri(
                new, row["role"].value.rsplit("/", 1)[-1], row["body"].value, row["former"] is not None
            )
            if target != post:
                _rename(store, post, target)


def _rename(store, old: str, new: str) -> None:
    """Rewrite one IRI (subject or object) in every graph of ``store``."""
    o, n = f"<{old}>", f"<{new}>"
    store.update(
        f"DELETE {{ GRAPH ?g {{ ?s ?p {o} }} }} INSERT {{ GRAPH ?g {{ ?s ?p {n} }} }} "
        f"WHERE {{ GRAPH ?g {{ ?s ?p {o} }} }} ; "
        f"DELETE {{ GRAPH ?g {{ {o} ?p ?v }} }} INSERT {{ GRAPH ?g {{ {n} ?p ?v }} }} "
        f"WHERE {{ GRAPH ?g {{ {o} ?p ?v }} }}"
    )
