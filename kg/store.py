"""The on-disk store (pyoxigraph): one named graph per article, the ``entities`` graph (one record
per official, body, place, document and post), the ontology graph, and the build manifest.

The manifest (graph :data:`MANIFEST_GRAPH`: content hash, size and mtime of each article's file,
its id and source) is written after the articles' own graphs, so it only ever names articles that
are whole: a rebuild skips a file whose size and mtime are those of the manifest without reading
it or asking the store anything else. It is kept as numbered chunks, one quad per batch of
articles (a batch's entries in one literal, later chunks overriding earlier ones, a removed
article as a tombstone), so a rebuild reads it in one pass of a few hundred quads, not one per
article; :meth:`Manifest.compact` rewrites it when edits have left many small chunks.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox

from kg.errors import StoreError
from kg.mint import ENTITIES_GRAPH, SERIES_GRAPH, article_iri, series_lines
from kg.resolve import slug_keep
from kg.vocab import ID, KG, ORG, SCHEMA, XSD

__all__ = [
    "ENTITIES_GRAPH",
    "MANIFEST_GRAPH",
    "ONTOLOGY_GRAPH",
    "SERIES_GRAPH",
    "TALLY_GRAPH",
    "Manifest",
    "StoreError",
    "Tallies",
    "file_vanished",
    "ontology_dir",
    "open_store",
    "replace_article",
    "stored_hash",
]

ONTOLOGY_GRAPH = ID["graph/ontology"]
MANIFEST_GRAPH = ID["graph/manifest"]
TALLY_GRAPH = ID["graph/tallies"]  # derived counts (see :class:`Tallies`)
_ENTRY = ID["manifest/entry"]
INTERNAL_GRAPHS = frozenset({MANIFEST_GRAPH, TALLY_GRAPH})  # bookkeeping: not exported, not counted
_BOOKKEEPING = (TALLY_GRAPH + "/", SERIES_GRAPH + "/")  # and the graphs under these: the tallies,
# the indicator series


def ontology_dir() -> Path:
    """``kg/ontology/``: package data (the ontology, its code lists and the SHACL shapes)."""
    from importlib import resources

    return Path(str(resources.files("kg") / "ontology"))


def open_store(path: str | Path | None = None, read_only: bool = False) -> ox.Store:
    """Open (or create) the store at ``path``; ``None`` gives an in-memory store and an
    ``http(s)://`` URL a SPARQL 1.1 server (see :mod:`kg.remote`).

    >>> store = open_store()
    >>> len(store) > 0   # the ontology and its code lists are loaded
    True
    """
    remote = isinstance(path, str) and path.startswith(("http://", "https://"))  # kg.remote.is_remote
    try:
        if remote:
            from kg.remote import RemoteStore  # urllib and http.client: only for a server

            store = RemoteStore(str(path))
            if read_only:
                return store
        elif path is None:
            store = ox.Store()
        elif read_only:
            store = ox.Store.read_only(str(path))
        else:
            Path(path).mkdir(parents=True, exist_ok=True)
            store = ox.Store(str(path))
    except OSError as err:
        raise StoreError(_explain(path, err)) from None
    if not read_only:
        _load_ontology(store)
    return store


def file_vanished(err: BaseException) -> bool:
    """Whether a read-only store lost a file under it: a build writing the same store compacted
    away a table file this reader had opened (RocksDB read-only instances keep the file list they
    opened with). Opening the store again sees the build's new files.

    >>> file_vanished(OSError("Corruption: IO error: No such file or directory: /s/000012.sst"))
    True
    >>> file_vanished(OSError("No such file or directory: articles.jsonl"))
    False
    """
    text = str(err)
    return "No such file" in text and (".sst" in text or "MANIFEST" in text)


def _explain(path, err: OSError) -> str:
    text = str(err)
    if "lock" in text.lower():
        return (
            f"the store {path} is in use by another kg process (it takes one writer at a time); "
            "wait for it to finish or use another --store"
        )
    return f"cannot open the store {path}: {text}"


_ONTOLOGY_STAMP = ID[
    "manifest/ontology"
]  # the files' sizes and mtimes when last loaded (in the manifest graph)


def _load_ontology(store: ox.Store) -> None:
    """Load the ontology and its code lists into their graph, unless the store holds them as they
    are now (the files' sizes and mtimes, recorded with them: no parse, one look-up)."""
    graph = ox.NamedNode(ONTOLOGY_GRAPH)
    files = [t for t in sorted(ontology_dir().glob("*.ttl")) if t.name != "shapes.ttl"]
    stamp = ox.Literal(";".join(f"{t.name}:{t.stat().st_size}:{t.stat().st_mtime_ns}" for t in files))
    node, manifest = ox.NamedNode(_ONTOLOGY_STAMP), ox.NamedNode(MANIFEST_GRAPH)
    if isinstance(store, ox.Store) and ox.Quad(node, node, stamp, manifest) in store:
        return
    quads: list[ox.Quad] = []
    for ttl in files:
        for t in ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE):
            quads.append(ox.Quad(t.subject, t.predicate, t.object, graph))
    current = sum(1 for _ in store.quads_for_pattern(None, None, None, graph))
    if current != len(quads):
        store.remove_graph(graph) if current else None
        store.extend(quads)
    if isinstance(store, ox.Store):
        for q in list(store.quads_for_pattern(node, node, None, manifest)):
            store.remove(q)
        store.add(ox.Quad(node, node, stamp, manifest))


def stored_hash(store: ox.Store, article_id: str) -> str | None:
    g = ox.NamedNode(article_iri(article_id))
    for q in store.quads_for_pattern(g, ox.NamedNode(KG.contentHash), None, g):
        return q.object.value
    return None


# ------------------------------------------------------------------------------------ manifest
class Entry(NamedTuple):
    hash: str
    size: int
    mtime: int
    id: str
    source: str


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


_CHUNK = ID["manifest/entries"]  # predicate of a chunk: its entries as a JSON list
_CHUNK_SUBJECT = ID["manifest/chunk/"]  # + its number: later chunks override earlier ones
COMPACT_AFTER = 256  # chunks; a compacted manifest has one per thousand articles


class Manifest:
    """What the store holds, article by article: content hash and the file it came from.

    Read in one pass (:meth:`load`); written a chunk at a time (:meth:`chunk`, :meth:`tombstones`),
    each chunk one quad holding the entries of one batch as a JSON list of
    ``[hash, size, mtime, id, source]`` (``hash`` null for a removed article)."""

    def __init__(self) -> None:
        self.by_id: dict[str, Entry] = {}
        self.by_path: dict[str, str] = {}  # source file (absolute) -> article id
        self.chunks = 0  # chunks in the store
        self.legacy = 0  # entries of the one-quad-per-article form (stores built before chunks)
        self._next = 0

    @classmethod
    def load(cls, store) -> Manifest:
        import json

        m = cls()
        graph = ox.NamedNode(MANIFEST_GRAPH)
        for q in store.quads_for_pattern(None, ox.NamedNode(_ENTRY), None, graph):
            parts = q.object.value.split("\t", 4)
            if len(parts) == 5:
                m.legacy += 1
                m._put(Entry(parts[0], int(parts[1]), int(parts[2]), parts[3], parts[4]))
        chunks = []
        for q in store.quads_for_pattern(None, ox.NamedNode(_CHUNK), None, graph):
            number = q.subject.value[len(_CHUNK_SUBJECT) :]
            if number.isdigit():
                chunks.append((int(number), q.object.value))
        chunks.sort()
        by_id, by_path, make = m.by_id, m.by_path, Entry._make
        for _, value in chunks:  # (:meth:`_put` inlined: 100k entries are read at each rebuild)
            try:
                entries = json.loads(value)
            except ValueError:
                continue
            for row in entries:
                h, _, _, ident, source = row
                if h is None:
                    m.drop(ident)
                    continue
                old = by_id.get(ident)
                if old is not None and by_path.get(old.source) == ident:
                    del by_path[old.source]
                by_id[ident] = make(row)
                by_path[source] = ident
        m.chunks = len(chunks)
        m._next = chunks[-1][0] + 1 if chunks else 0
        return m

    def _put(self, e: Entry) -> None:
        old = self.by_id.get(e.id)
        if old is not None and self.by_path.get(old.source) == e.id:
            del self.by_path[old.source]
        self.by_id[e.id] = e
        self.by_path[e.source] = e.id

    def unchanged(self, path: str, size: int, mtime: int) -> str | None:
        """The id of the article read from ``path`` if the file has the size and mtime it had."""
        ident = self.by_path.get(path)
        if ident is None:
            return None
        e = self.by_id[ident]
        return ident if e.size == size and e.mtime == mtime else None

    def drop(self, article_id: str) -> None:
        e = self.by_id.pop(article_id, None)
        if e is not None and self.by_path.get(e.source) == article_id:
            del self.by_path[e.source]

    def _quad(self, rows: list) -> str:
        import json

        number = self._next
        self._next += 1
        self.chunks += 1
        value = json.dumps(rows, separators=(",", ":"))
        return f'<{_CHUNK_SUBJECT}{number}> <{_CHUNK}> "{_escape(value)}" <{MANIFEST_GRAPH}> .\n'

    def chunk(self, entries: list[Entry]) -> str:
        """The N-Quads line of a new chunk holding ``entries`` (and remember them); "" for none."""
        if not entries:
            return ""
        for e in entries:
            self._put(e)
        return self._quad([list(e) for e in entries])

    def line(self, e: Entry) -> str:
        """The N-Quads line of a chunk of one entry (and remember it)."""
        return self.chunk([e])

    def tombstones(self, article_ids: list[str]) -> str:
        """The N-Quads line of a chunk saying these articles are no longer stored."""
        if not article_ids:
            return ""
        for ident in article_ids:
            self.drop(ident)
        return self._quad([[None, 0, 0, ident, ""] for ident in article_ids])

    @property
    def needs_compaction(self) -> bool:
        return self.legacy > 0 or self.chunks > COMPACT_AFTER

    def compact(self, store, per_chunk: int = 1000) -> None:
        """Rewrite the manifest as one chunk per ``per_chunk`` articles, in one transaction."""
        entries = sorted(self.by_id.values(), key=lambda e: e.id)
        self._next, self.chunks = 0, 0
        lines = "".join(self.chunk(entries[i : i + per_chunk]) for i in range(0, len(entries), per_chunk))
        store.update(
            f"DELETE WHERE {{ GRAPH <{MANIFEST_GRAPH}> {{ ?a <{_ENTRY}> ?e }} }} ;"
            f" DELETE WHERE {{ GRAPH <{MANIFEST_GRAPH}> {{ ?c <{_CHUNK}> ?e }} }} ;"
            f" INSERT DATA {{ GRAPH <{MANIFEST_GRAPH}> {{ {as_triples(lines, MANIFEST_GRAPH)} }} }}"
        )
        self.legacy = 0


def file_key(path: str | Path) -> str:
    return os.path.abspath(path)


# ------------------------------------------------------------------------------------ writes
def as_triples(nquads: str, graph: str) -> str:
    """N-Quads lines of one graph as triples (for ``INSERT DATA { GRAPH g { … } }``)."""
    return nquads.replace(f" <{graph}> .\n", " .\n")


def replace_article(
    store,
    article_id: str,
    quads: list[ox.Quad] | str,
    entities: str = "",
    manifest: str = "",
    series: str = "",
    old: set[str] | None = None,
) -> None:
    """Replace the article's named graph by ``quads`` (pyoxigraph quads or N-Quads text) in one
    transaction, with new entity records, its manifest entry and its rows of the indicator series
    (:func:`kg.mint.series_lines`, replacing those it had): a reader sees the old graph or the
    new one, never a mix, and an edited article leaves nothing stale. ``old``: the stored graph's
    triples as N-Triples lines (:func:`stored_article`), when known: only the triples that differ
    are deleted and inserted (an edit changes a few of an article's ~70: dropping and writing them
    all was most of a rebuild's store time), else the graph is dropped and written whole."""
    graph = article_iri(article_id)
    if not isinstance(quads, str):
        quads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")
    triples = as_triples(quads, graph)
    if old and not _blank(triples):  # (a blank node is another node in each text: never the same)
        new = set(triples.splitlines())
        gone, added = old.difference(new), new.difference(old)
        parts = [f"DELETE DATA {{ GRAPH <{graph}> {{ {chr(10).join(gone)} }} }}"] if gone else []
        parts += [f"INSERT DATA {{ GRAPH <{graph}> {{ {chr(10).join(added)} }} }}"] if added else []
        if not new:  # (no triple left: the graph goes, as a drop does)
            parts = [f"DROP SILENT GRAPH <{graph}>"]
    else:
        parts = [
            f"DROP SILENT GRAPH <{graph}>",
            f"INSERT DATA {{ GRAPH <{graph}> {{ {triples} }} }}",
        ]
    if entities:
        parts.append(
            f"INSERT DATA {{ GRAPH <{ENTITIES_GRAPH}> {{ {as_triples(entities, ENTITIES_GRAPH)} }} }}"
        )
    parts += series_parts(graph, series)
    if manifest:
        parts.append(f"DELETE WHERE {{ GRAPH <{MANIFEST_GRAPH}> {{ <{graph}> <{_ENTRY}> ?e }} }}")
        parts.append(
            f"INSERT DATA {{ GRAPH <{MANIFEST_GRAPH}> {{ {as_triples(manifest, MANIFEST_GRAPH)} }} }}"
        )
    try:
        store.update(" ;\n".join(parts))
    except (SyntaxError, ValueError):
        if not old:
            raise
        # a stored triple the update's parser does not read as it is written: nothing was changed
        # (one transaction); the graph is dropped and written whole
        replace_article(store, article_id, quads, entities, manifest, series)


_ENTITY_PREFIXES = tuple(ID[k + "/"] for k in ("person", "body", "document", "place", "post"))


def _blank(ntriples: str) -> bool:
    """Whether N-Triples text may hold a blank node (a term starting ``_:``; also said of a literal
    holding " _:", which only costs the whole graph written again)."""
    return ntriples.startswith("_:") or " _:" in ntriples or "\n_:" in ntriples


def named_entities(store, article_id: str) -> set[str]:
    """IRIs of the officials, bodies, documents, places and posts an article's graph names."""
    return stored_article(store, article_id)[0]


def stored_article(store, article_id: str, lines: set | None = None) -> tuple[set[str], set[tuple[str, ...]]]:
    """What an article's stored graph names (:func:`named_entities`) and counts for (its tally
    keys, as :class:`kg.mint.ArticleGraph` makes them), in one pass over its quads and one look-up
    of each post it attests; ``lines`` (a set, from an on-disk store) gets the graph's triples as
    N-Triples lines (what :func:`replace_article` changes; left empty when the graph holds a blank
    node)."""
    g = ox.NamedNode(article_iri(article_id))
    out: set[str] = set()
    posts: dict[str, str] = {}  # post attested -> year ("" for none)
    meetings: dict[str, list] = {}  # meeting -> [chairs, organiser, date]
    sentence, attested, chaired = KG.sentence, KG.attestedIn, KG.chairedBy
    organizer, start, post_prefix = SCHEMA.organizer, SCHEMA.startDate, ID["post/"]
    if lines is not None and isinstance(store, ox.Store):
        text = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g).decode("utf-8")
        quads = ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
        if not _blank(text):
            lines.update(text.splitlines())
    else:
        quads = store.quads_for_pattern(None, None, None, g)
    for q in quads:
        for t in (q.subject, q.object):
            if isinstance(t, ox.NamedNode) and t.value.startswith(_ENTITY_PREFIXES):
                out.add(t.value)
        p = q.predicate.value
        if p == sentence and q.subject.value.startswith(post_prefix):
            posts.setdefault(q.subject.value, "")
        elif p == attested:
            posts[q.subject.value] = q.object.value
        elif p == chaired:
            meetings.setdefault(q.subject.value, [[], "", ""])[0].append(q.object.value)
        elif p == organizer:
            meetings.setdefault(q.subject.value, [[], "", ""])[1] = q.object.value
        elif p == start:
            meetings.setdefault(q.subject.value, [[], "", ""])[2] = q.object.value
    keys: set[tuple[str, ...]] = set()
    ent = ox.NamedNode(ENTITIES_GRAPH)
    for post, year in posts.items():
        record = {
            q.predicate.value: q.object.value
            for q in store.quads_for_pattern(ox.NamedNode(post), None, None, ent)
        }
        if ORG.member in record and ORG.role in record and ORG.organization in record:
            keys.add(("p", record[ORG.member], record[ORG.role], record[ORG.organization], year))
    for chairs, body, date in meetings.values():
        keys.update(("c", person, "", body, date) for person in chairs)
    return out, keys


def drop_orphans(store, candidates: set[str]) -> list[str]:
    """Remove the records of the entities no article names any more; returns their IRIs. A post
    goes first (its record names its person and body), a place last (bodies name it)."""
    ent = ox.NamedNode(ENTITIES_GRAPH)
    dropped = []
    order = {ID["post/"]: 0, ID["place/"]: 2}
    for iri in sorted(candidates, key=lambda i: order.get(i[: i.rfind("/") + 1], 1)):
        node = ox.NamedNode(iri)
        if any(q.graph_name != ent for q in store.quads_for_pattern(node, None, None, None)):
            continue
        if any(
            q.subject != node and not is_internal(getattr(q.graph_name, "value", None))  # not the tallies
            for q in store.quads_for_pattern(None, None, node, None)
        ):
            continue
        for q in list(store.quads_for_pattern(node, None, None, ent)):
            store.remove(q)
        dropped.append(iri)
    return dropped


def remove_articles(store: ox.Store, article_ids: list[str]) -> list[str]:
    """Drop the named graphs of these articles and their manifest entries (one transaction each),
    the records of the entities no other article names, and what they counted for in the tallies;
    returns the ids that were not in the store."""
    missing = []
    entries = Manifest.load(store)
    tallies: Tallies | None = None
    for article_id in article_ids:
        graph = article_iri(article_id)
        if not store.contains_named_graph(ox.NamedNode(graph)):
            missing.append(article_id)
            continue
        if tallies is None:
            tallies = open_tallies(store)
        named, keys = stored_article(store, article_id)
        tallies.remove(graph, keys)
        parts = [
            f"DROP SILENT GRAPH <{graph}>",
            f"DELETE WHERE {{ GRAPH <{MANIFEST_GRAPH}> {{ <{graph}> <{_ENTRY}> ?e }} }}",
            *series_parts(graph, ""),
        ]
        if article_id in entries.by_id:
            tomb = entries.tombstones([article_id])
            parts.append(
                f"INSERT DATA {{ GRAPH <{MANIFEST_GRAPH}> {{ {as_triples(tomb, MANIFEST_GRAPH)} }} }}"
            )
        store.update(" ;\n".join(p for p in parts if p))
        drop_orphans(store, named)
    if tallies is not None:
        tallies.write()
    if entries.needs_compaction:
        entries.compact(store)
    return missing


def article_ids(store: ox.Store) -> list[str]:
    q = f"""SELECT ?id WHERE {{ GRAPH ?g {{ ?g a <{SCHEMA.NewsArticle}> ; <{SCHEMA.identifier}> ?id }} }}"""
    return sorted(s["id"].value for s in store.query(q))


# ------------------------------------------------------------------------------------ entity index
class StoredEntities:
    """The IRIs typed in the entities graph, as :class:`kg.mint.EntityIndex` asks for them: a set
    filled as the build goes, an IRI it has not met looked up in the store once (a point look-up)
    instead of the whole graph read at the start. ``empty``: the store held no entity record when
    the build began, so nothing is looked up."""

    def __init__(self, store, empty: bool = False) -> None:
        self.store = store
        self.empty = empty
        self.have: set[str] = set()
        self.absent: set[str] = set()

    def __contains__(self, iri: object) -> bool:
        if iri in self.have:
            return True
        if self.empty or iri in self.absent or not isinstance(iri, str):
            return False
        try:
            node = ox.NamedNode(iri)
        except ValueError:
            return False
        rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
        found = any(
            True for _ in self.store.quads_for_pattern(node, rdf_type, None, ox.NamedNode(ENTITIES_GRAPH))
        )
        (self.have if found else self.absent).add(iri)
        return found

    def add(self, iri: str) -> None:
        self.have.add(iri)
        self.absent.discard(iri)

    def discard(self, iri: str) -> None:
        self.have.discard(iri)
        self.absent.add(iri)


class StoredFacts:
    """The (subject, predicate, object) records of the entities graph (object in N-Triples form), a
    subject's read from the store the first time one of its records is asked for."""

    def __init__(self, store, empty: bool = False) -> None:
        self.store = store
        self.empty = empty
        self.have: set[tuple[str, str, str]] = set()
        self.loaded: set[str] = set()

    def __contains__(self, fact: object) -> bool:
        if not isinstance(fact, tuple) or len(fact) != 3:
            return False
        subject = fact[0]
        if not self.empty and subject not in self.loaded:
            self.loaded.add(subject)
            try:
                node = ox.NamedNode(subject)
            except ValueError:
                return fact in self.have
            rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
            for q in self.store.quads_for_pattern(node, None, None, ox.NamedNode(ENTITIES_GRAPH)):
                if q.predicate.value != rdf_type:
                    self.have.add((subject, q.predicate.value, str(q.object)))
        return fact in self.have

    def add(self, fact: tuple[str, str, str]) -> None:
        self.have.add(fact)

    def forget(self, subject: str) -> None:
        self.have = {f for f in self.have if f[0] != subject}
        self.loaded.add(subject)  # its records were removed: nothing to read


def stored_index(store):
    """A :class:`kg.mint.EntityIndex` over ``store`` that reads only what a build meets: people
    through :meth:`kg.resolve.Resolver.on_store`, entity records through :class:`StoredEntities`
    and :class:`StoredFacts` — no start-up cost, a few point look-ups per new name or IRI. A
    SPARQL server (no point look-ups) is read in one query (:meth:`EntityIndex.from_store`)."""
    from kg.mint import EntityIndex
    from kg.resolve import Resolver

    if not isinstance(store, ox.Store):
        return EntityIndex.from_store(store)
    empty = not any(True for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(ENTITIES_GRAPH)))
    index = EntityIndex(Resolver.on_store(store))
    index.entities = StoredEntities(store, empty)
    index.facts = StoredFacts(store, empty)
    return index


def forget_entity(index, iri: str) -> None:
    """An entity whose record was removed (no article names it any more)."""
    if isinstance(index.entities, StoredEntities):
        index.entities.discard(iri)
        index.facts.forget(iri)
        index.written.clear()
    else:
        index.forget(iri)


# ------------------------------------------------------------------------------------ tallies
_T = {n: ID[f"tally-{n}"] for n in ("kind", "role", "body", "when", "articles", "example", "org", "place")}
_KIND = {"p": "post", "c": "chaired"}
_TALLIED = ID["manifest/tallies"]  # in the manifest graph: the store keeps tallies
_COUNTED = '"true"^^<' + XSD.boolean + ">"
_PERSON = ID["person/"]


def tally_graph(person: str) -> str:
    """The graph of one person's tallies: ``id:graph/tallies/<the person's slug>``."""
    return TALLY_GRAPH + "/" + (person[len(_PERSON) :] if person.startswith(_PERSON) else slug_keep(person))


def is_internal(graph: str | None) -> bool:
    """Bookkeeping graphs (the manifest, the tallies): not exported, not counted."""
    return graph in INTERNAL_GRAPHS or (graph or "").startswith(_BOOKKEEPING)


def tally_iri(key: tuple[str, ...]) -> str:
    """The IRI of one tally (a hash of its key: the same whichever build or recount writes it)."""
    import hashlib

    return ID["tally/" + hashlib.sha1("\x1f".join(key).encode("utf-8")).hexdigest()[:20]]


def _lines(key: tuple[str, ...], value, whole: bool) -> list[str]:
    """The triples of a tally: its counts (articles, example, the body's type and place name
    there), and with ``whole`` its key (kind, role, body, when)."""
    kind, _, role, body, when = key
    n, example, org, place = value
    t = f"<{tally_iri(key)}>"
    out = [f'{t} <{_T["articles"]}> "{n}"^^<{XSD.integer}> .', f"{t} <{_T['example']}> <{example}> ."]
    if org:
        out.append(f"{t} <{_T['org']}> <{org}> .")
    if place:
        out.append(f'{t} <{_T["place"]}> "{place.translate(_ESCAPES)}" .')
    if whole:
        out.append(f'{t} <{_T["kind"]}> "{_KIND[kind]}" .')
        if role:
            out.append(f"{t} <{_T['role']}> <{role}> .")
        if body:
            out.append(f"{t} <{_T['body']}> <{body}> .")
        if when:
            out.append(f'{t} <{_T["when"]}> "{when}"^^<{_DATE_TYPES[len(when)]}> .')
    return out


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _has(store, pattern: str) -> bool:
    return bool(store.query(f"ASK {{ {pattern} }}"))


def _data(verb: str, by_graph: dict[str, list[str]]) -> list[str]:
    body = " ".join(f"GRAPH <{g}> {{ {' '.join(lines)} }}" for g, lines in by_graph.items() if lines)
    return [f"{verb} DATA {{ {body} }}"] if body else []


class Tallies:
    """What a person's questions read instead of every article that attests a fact: bookkeeping,
    like the manifest (not exported; counted again by ``kg load``), in a small graph per person
    (:func:`tally_graph`, so that one index scan reads all of a person's).

    A tally is a key — ``("p", person, role, body, year)``: a post of that role in that body
    (former or not) attested in that year (``""``: by articles without a year); ``("c", person,
    "", organiser, date)``: meetings that person chaired, with that organiser and date (``""``:
    none stated) — with the number of articles that say so, one of them (the least IRI, so that a
    recount gives the same) and the body's type and place name as that one writes them.

    A build keeps them in memory — an article's keys (:attr:`kg.mint.Minted.tallies`) added when
    it is stored, those of its stored graph (:func:`stored_article`) removed when it is edited or
    removed; the tallies of a person the store held are read (one scan) the first time the person
    is met — and writes what changed once, at its end (:meth:`write`). The manifest says the
    tallies are whole (:data:`_TALLIED`); a build takes that back before it writes anything and
    says it again once it has written them, so a build that stopped midway leaves the next one to
    count them again from the article graphs (:func:`open_tallies`)."""

    def __init__(self, store, empty: bool = False) -> None:
        self.store = store
        self.empty = empty  # no tally in the store when the build began: nothing to read
        # key -> [articles, example, org, place] now, then as stored
        self.now: dict[tuple[str, ...], list] = {}
        self.people: set[str] = set()  # people whose stored tallies are in ``now``
        self.dirty: set[tuple[str, ...]] = set()

    def _get(self, key: tuple[str, ...]) -> list:
        c = self.now.get(key)
        if c is None:
            person = key[1]
            if not self.empty and person not in self.people:
                self.people.add(person)
                self._read(person)
                c = self.now.get(key)
            if c is None:
                c = self.now[key] = [0, "", "", "", 0, "", "", ""]
        return c

    def _read(self, person: str) -> None:
        nodes: dict[str, dict[str, str]] = {}
        for q in self.store.quads_for_pattern(None, None, None, ox.NamedNode(tally_graph(person))):
            nodes.setdefault(q.subject.value, {})[q.predicate.value] = q.object.value
        kinds = {v: k for k, v in _KIND.items()}
        for fields in nodes.values():
            get = fields.get
            kind = kinds.get(get(_T["kind"], ""))
            if kind is None or _T["articles"] not in fields:
                continue
            key = (kind, person, get(_T["role"], ""), get(_T["body"], ""), get(_T["when"], ""))
            value = [
                int(fields[_T["articles"]]),
                get(_T["example"], ""),
                get(_T["org"], ""),
                get(_T["place"], ""),
            ]
            self.now.setdefault(key, value + value)

    def get(self, key: tuple[str, ...]) -> tuple:
        """(articles, example, org, place) of one key, as counted now."""
        return tuple(self._get(key)[:4])

    def add(self, article: str, items) -> None:
        """Count ``article`` (an IRI) for each of ``items`` — a key, then the body's type and
        place as the article writes them — which it did not count for."""
        seen = set()
        for item in items:
            key = item[:5]
            if key in seen:  # two names of one person, or two spellings of a place
                continue
            seen.add(key)
            c = self._get(key)
            c[0] += 1
            if not c[1] or article < c[1]:
                c[1], c[2], c[3] = article, item[5], item[6]
            self.dirty.add(key)

    def remove(self, article: str, keys) -> None:
        """``article`` counts no more for ``keys`` (each one it counted for); the example of a key
        it was is the least article left, read from the store (where ``article`` may still be)."""
        for key in keys:
            key = key[:5]
            c = self._get(key)
            c[0] -= 1
            if c[0] <= 0:
                c[:4] = [0, "", "", ""]
            elif c[1] == article:
                c[1:4] = least_article(self.store, key, article)
            self.dirty.add(key)

    def write(self, whole: bool = True, call=None) -> None:
        """Write what changed (new tallies in one bulk load, changed ones a few thousand triples
        per update), then (``whole``) say in the manifest that the tallies are whole. ``call(f,
        *args)`` makes each write to the store (a build's, to count its time as the store's)."""
        call = call or (lambda f, *args: f(*args))
        dels: dict[str, list[str]] = {}
        ins: dict[str, list[str]] = {}
        for key in self.dirty:
            c = self.now[key]
            if c[:4] == c[4:]:
                continue
            graph = tally_graph(key[1])
            if c[4]:
                dels.setdefault(graph, []).extend(_lines(key, c[4:], whole=not c[0]))
            if c[0]:
                ins.setdefault(graph, []).extend(_lines(key, c[:4], whole=not c[4]))
            c[4:] = c[:4]
        self.dirty.clear()
        for part in _chunks(dels):
            call(self.store.update, _data("DELETE", part)[0])
        if ins:
            data = "".join(line[:-1] + f"<{g}> .\n" for g, lines in ins.items() for line in lines)
            call(write_quads, self.store, data.encode("utf-8"))
        if whole:
            call(set_whole, self.store, True)


_SMALL = 1_000_000  # bytes of N-Quads (~5,000 quads) below which one transaction is faster than a bulk load


def write_quads(store, data: bytes) -> None:
    """N-Quads into the store: bulk-loaded (new files written and ingested: ~0.15 s whatever their
    size, then faster than a transaction), or, when they are fewer than :data:`_SMALL` bytes (a
    build's last batch, a small build's tallies), loaded in one transaction (~10 ms for 1,000
    quads), which keeps no build waiting at its end."""
    if hasattr(store, "bulk_load") and len(data) >= _SMALL:
        store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
    else:
        store.load(data, format=ox.RdfFormat.N_QUADS)


def _chunks(by_graph: dict[str, list[str]], size: int = 5000) -> Iterator[dict[str, list[str]]]:
    part: dict[str, list[str]] = {}
    n = 0
    for g, lines in by_graph.items():
        part[g] = lines
        n += len(lines)
        if n >= size:
            yield part
            part, n = {}, 0
    if part:
        yield part


def set_whole(store, whole: bool) -> None:
    """Say in the manifest that the tallies are whole, or take it back (before writing any)."""
    flag = f"GRAPH <{MANIFEST_GRAPH}> {{ <{_TALLIED}> <{_TALLIED}> {_COUNTED} }}"
    store.update(f"{'INSERT' if whole else 'DELETE'} DATA {{ {flag} }}")


def _key_pattern(key: tuple[str, ...]) -> str:
    """The articles ``?g`` that count for ``key``, as a graph pattern."""
    kind, person, role, body, when = key
    if kind == "p":
        pattern = (
            f"GRAPH <{ENTITIES_GRAPH}> {{ ?post <{ORG.member}> <{person}> ; <{ORG.role}> <{role}> ;"
            f" <{ORG.organization}> <{body}> }} GRAPH ?g {{ ?post <{KG.sentence}> ?s }}"
        )
        if when:
            return pattern + f' GRAPH ?g {{ ?post <{KG.attestedIn}> "{when}"^^<{XSD.gYear}> }}'
        return pattern + f" FILTER NOT EXISTS {{ GRAPH ?g {{ ?post <{KG.attestedIn}> ?y }} }}"
    pattern = f"GRAPH ?g {{ ?m <{KG.chairedBy}> <{person}> }}"
    date = f'"{when}"^^<{_DATE_TYPES[len(when)]}>' if when else ""
    for prop, value in ((SCHEMA.organizer, f"<{body}>" if body else ""), (SCHEMA.startDate, date)):
        if value:
            pattern += f" GRAPH ?g {{ ?m <{prop}> {value} }}"
        else:
            pattern += f" FILTER NOT EXISTS {{ GRAPH ?g {{ ?m <{prop}> ?x }} }}"
    return pattern


_DATE_TYPES = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}  # as kg.mint writes a date


def least_article(store, key: tuple[str, ...], but: str = "") -> list[str]:
    """[the least IRI of the articles other than ``but`` that count for ``key``, the body's type
    and place name as that one writes them] (all "" for none)."""
    pattern = _key_pattern(key) + (f" FILTER(?g != <{but}>)" if but else "")
    rows = list(store.query(f"SELECT (MIN(STR(?g)) AS ?a) WHERE {{ {pattern} }}"))
    if not rows or rows[0]["a"] is None:
        return ["", "", ""]
    article = rows[0]["a"].value
    return [article, *_seen_in(store, article, key[3])]


def _seen_in(store, article: str, body: str) -> tuple[str, str]:
    """A body's type and place name as ``article`` writes them ("" for none)."""
    if not body:
        return "", ""
    q = f"""SELECT ?org ?place WHERE {{ GRAPH <{article}> {{ <{body}> <{KG.orgType}> ?org
              OPTIONAL {{ <{body}> <{KG.place}> ?pl . ?pl <{SCHEMA.name}> ?place }} }} }}"""
    for r in store.query(q):
        return r["org"].value, r["place"].value if r["place"] is not None else ""
    return "", ""


def _counts(store, persons: list[str] | None = None) -> Iterator[tuple[tuple[str, ...], list]]:
    """Every tally (key, [articles, example, org, place]) counted from the article graphs (of
    ``persons`` only, when given): two aggregate queries, then the body's type and place name in
    each example."""
    ent = f"<{ENTITIES_GRAPH}>"
    values = f"VALUES ?person {{ {' '.join(f'<{p}>' for p in persons)} }}" if persons is not None else ""
    posts = f"""SELECT ?person ?role ?body ?when (COUNT(DISTINCT ?g) AS ?n) (MIN(STR(?g)) AS ?ex) WHERE {{ {values}
      GRAPH {ent} {{ ?post <{ORG.member}> ?person ; <{ORG.role}> ?role ; <{ORG.organization}> ?body }}
      GRAPH ?g {{ ?post <{KG.sentence}> ?s }}
      OPTIONAL {{ GRAPH ?g {{ ?post <{KG.attestedIn}> ?when }} }}
    }} GROUP BY ?person ?role ?body ?when"""
    chairs = f"""SELECT ?person ?body ?when (COUNT(DISTINCT ?g) AS ?n) (MIN(STR(?g)) AS ?ex) WHERE {{ {values}
      GRAPH ?g {{ ?m <{KG.chairedBy}> ?person }}
      OPTIONAL {{ GRAPH ?g {{ ?m <{SCHEMA.startDate}> ?when }} }}
      OPTIONAL {{ GRAPH ?g {{ ?m <{SCHEMA.organizer}> ?body }} }}
    }} GROUP BY ?person ?body ?when"""
    for kind, text in (("p", posts), ("c", chairs)):
        for r in list(store.query(text)):
            role = r["role"].value if kind == "p" else ""
            body = r["body"].value if r["body"] is not None else ""
            when = r["when"].value if r["when"] is not None else ""
            example = r["ex"].value
            yield (
                (kind, r["person"].value, role, body, when),
                [int(r["n"].value), example, *_seen_in(store, example, body)],
            )


def recount(store, persons: list[str] | None = None, gone: list[str] = ()) -> None:
    """Count the tallies again from the article graphs: all of them (a store built before kg kept
    tallies, or after ``kg load``), or those of ``persons`` (people merged by the resolver: the
    tallies of the IRIs ``gone`` into them are dropped)."""
    by_graph: dict[str, list[str]] = {}
    for key, value in _counts(store, persons):
        by_graph.setdefault(tally_graph(key[1]), []).extend(_lines(key, value, whole=True))
    if persons is not None:
        drops = [f"DROP SILENT GRAPH <{tally_graph(p)}>" for p in [*persons, *gone]]
        store.update(" ;\n".join(drops + _data("INSERT", by_graph)))
        return
    set_whole(store, False)
    for graph in _tally_graphs(store):
        store.remove_graph(ox.NamedNode(graph))
    store.load(
        "".join(line[:-1] + f"<{g}> .\n" for g, lines in by_graph.items() for line in lines),
        format=ox.RdfFormat.N_QUADS,
    )
    recount_series(store)
    set_whole(store, True)


def _tally_graphs(store) -> list[str]:
    """The tally graphs in the store (the marks' and every person's)."""
    if hasattr(store, "named_graphs"):
        graphs = [g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)]
    else:
        graphs = [r["g"].value for r in store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")]
    return [g for g in graphs if g == TALLY_GRAPH or g.startswith(TALLY_GRAPH + "/")]


# ------------------------------------------------------------------------------------ indicator series
# in the manifest graph: the store keeps the indicator series (as :func:`kg.mint.series_lines`
# writes them since their rows are keyed by unit: a store with the rows of before writes them again)
_SERIES_KEPT = ID["manifest/series-by-unit"]


def series_parts(article: str, lines: str) -> list[str]:
    """The SPARQL update parts that replace an article's rows of the indicator series (IRI
    ``article``) by ``lines`` (N-Quads, :func:`kg.mint.series_lines`; "" to remove them)."""
    parts = [  # (the article is the subject of its own record too: only the series' graphs)
        f"DELETE {{ GRAPH ?g {{ <{article}> ?unit ?row }} }} WHERE {{ GRAPH ?g {{ <{article}> ?unit ?row }}"
        f' FILTER(STRSTARTS(STR(?g), "{SERIES_GRAPH}/")) }}'
    ]
    by_graph: dict[str, list[str]] = {}
    for line in lines.splitlines():
        triple, _, graph = line[: -len(" .")].rpartition(" ")
        by_graph.setdefault(graph[1:-1], []).append(triple + " .")
    return parts + _data("INSERT", by_graph)


def _series_graphs(store) -> list[str]:
    """The graphs of the indicator series in the store."""
    if hasattr(store, "named_graphs"):
        graphs = [g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)]
    else:
        graphs = [r["g"].value for r in store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")]
    return [g for g in graphs if g.startswith(SERIES_GRAPH + "/")]


def recount_series(store) -> None:
    """Write the indicator series again from the article graphs (after ``kg load``, or in a store
    built before kg kept them): every figure placed in a province, with its article's dates."""
    rows: dict[str, set] = {}
    q = f"""SELECT ?g ?indicator ?place ?value ?unit ?change WHERE {{ GRAPH ?g {{
              ?obs <{KG.indicator}> ?indicator ; <{KG.place}> ?place .
              OPTIONAL {{ ?obs <{KG.value}> ?value }} OPTIONAL {{ ?obs <{KG.unit}> ?unit }}
              OPTIONAL {{ ?obs <{KG.changePct}> ?change }} }} }}"""
    for r in store.query(q):
        if not all(isinstance(r[v], ox.NamedNode) for v in ("g", "indicator", "place")):
            continue
        rows.setdefault(r["g"].value, set()).add(
            (
                r["indicator"].value,
                r["place"].value,
                r["value"].value if r["value"] is not None else "",
                r["unit"].value if isinstance(r["unit"], ox.NamedNode) else "",
                r["change"].value if r["change"] is not None else "",
            )
        )
    dates: dict[str, set] = {}
    q = f"SELECT ?g ?date WHERE {{ GRAPH ?g {{ ?m <{SCHEMA.startDate}> ?date }} }}"
    for r in store.query(q):
        if r["g"].value in rows:
            dates.setdefault(r["g"].value, set()).add(r["date"].value)
    for graph in _series_graphs(store):
        store.remove_graph(ox.NamedNode(graph))
    data = "".join(series_lines(g, keys, dates.get(g, ())) for g, keys in rows.items())
    if data:
        store.load(data.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    store.update(
        f"INSERT DATA {{ GRAPH <{MANIFEST_GRAPH}> {{ <{_SERIES_KEPT}> <{_SERIES_KEPT}> {_COUNTED} }} }}"
    )


def tallies_left_uncounted(store) -> bool:
    """Whether the store holds articles and the manifest does not say their tallies are whole: a
    build stopped after storing articles and before writing their tallies (the next build counts
    them again, even when it has no article to store)."""
    whole = _has(store, f"GRAPH <{MANIFEST_GRAPH}> {{ <{_TALLIED}> <{_TALLIED}> ?v }}")
    return not whole and _has(store, f"GRAPH ?g {{ ?g a <{SCHEMA.NewsArticle}> }}")


def open_tallies(store) -> Tallies:
    """The store's tallies, for a build or a removal to keep: counted again from the article graphs
    when the manifest does not say they are whole (a build that stopped midway, a store built
    before kg kept them) and the store holds articles; then, until :meth:`Tallies.write`, not
    whole."""
    whole = _has(store, f"GRAPH <{MANIFEST_GRAPH}> {{ <{_TALLIED}> <{_TALLIED}> ?v }}")
    if not whole and _has(store, f"GRAPH ?g {{ ?g a <{SCHEMA.NewsArticle}> }}"):
        recount(store)
    if not _has(store, f"GRAPH <{MANIFEST_GRAPH}> {{ <{_SERIES_KEPT}> <{_SERIES_KEPT}> ?v }}"):
        recount_series(store)  # a store built before kg kept them (or a new one: nothing to read)
    empty = not _has(store, f"GRAPH ?g {{ ?t <{_T['articles']}> ?n }}")
    set_whole(store, False)
    return Tallies(store, empty=empty)
