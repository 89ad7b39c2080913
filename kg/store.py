"""The on-disk store (pyoxigraph): one named graph per article, the ``entities`` graph (one record
per official, body, place and document), the ontology graph, and the build manifest.

The manifest (graph :data:`MANIFEST_GRAPH`, one quad per article: content hash, size and mtime
of its file, id, source) is written after the article's own graph, so it only ever names articles
that are whole: a rebuild skips a file whose size and mtime are those of the manifest without
reading it or asking the store anything else.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError
from kg.mint import ENTITIES_GRAPH, article_iri
from kg.vocab import ID, KG, SCHEMA

__all__ = [
    "ENTITIES_GRAPH",
    "MANIFEST_GRAPH",
    "ONTOLOGY_GRAPH",
    "Manifest",
    "StoreError",
    "ontology_dir",
    "open_store",
    "replace_article",
    "stored_hash",
]

ONTOLOGY_GRAPH = ID["graph/ontology"]
MANIFEST_GRAPH = ID["graph/manifest"]
_ENTRY = ID["manifest/entry"]
INTERNAL_GRAPHS = frozenset({MANIFEST_GRAPH})  # bookkeeping: not exported, not counted


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
    from kg.remote import RemoteStore, is_remote

    try:
        if is_remote(path):
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


def _explain(path, err: OSError) -> str:
    text = str(err)
    if "lock" in text.lower():
        return (
            f"the store {path} is in use by another kg process (it takes one writer at a time); "
            "wait for it to finish or use another --store"
        )
    return f"cannot open the store {path}: {text}"


def _load_ontology(store: ox.Store) -> None:
    graph = ox.NamedNode(ONTOLOGY_GRAPH)
    quads: list[ox.Quad] = []
    for ttl in sorted(ontology_dir().glob("*.ttl")):
        if ttl.name == "shapes.ttl":
            continue
        for t in ox.parse(path=str(ttl), format=ox.RdfFormat.TURTLE):
            quads.append(ox.Quad(t.subject, t.predicate, t.object, graph))
    current = sum(1 for _ in store.quads_for_pattern(None, None, None, graph))
    if current == len(quads):
        return
    store.remove_graph(graph) if current else None
    store.extend(quads)


def stored_hash(store: ox.Store, article_id: str) -> str | None:
    g = ox.NamedNode(article_iri(article_id))
    for q in store.quads_for_pattern(g, ox.NamedNode(KG.contentHash), None, g):
        return q.object.value
    return None


# ------------------------------------------------------------------------------------ manifest
@dataclass
class Entry:
    hash: str
    size: int
    mtime: int
    id: str
    source: str


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


class Manifest:
    """What the store holds, article by article: content hash and the file it came from."""

    def __init__(self) -> None:
        self.by_id: dict[str, Entry] = {}
        self.by_path: dict[str, str] = {}  # source file (absolute) -> article id

    @classmethod
    def load(cls, store) -> Manifest:
        m = cls()
        for q in store.quads_for_pattern(None, ox.NamedNode(_ENTRY), None, ox.NamedNode(MANIFEST_GRAPH)):
            parts = q.object.value.split("\t", 4)
            if len(parts) == 5:
                m._put(Entry(parts[0], int(parts[1]), int(parts[2]), parts[3], parts[4]))
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

    def line(self, e: Entry) -> str:
        """The N-Quads line of an entry (and remember it)."""
        self._put(e)
        value = f"{e.hash}\t{e.size}\t{e.mtime}\t{e.id}\t{e.source}"
        return f'<{article_iri(e.id)}> <{_ENTRY}> "{_escape(value)}" <{MANIFEST_GRAPH}> .\n'


def file_key(path: str | Path) -> str:
    return os.path.abspath(path)


# ------------------------------------------------------------------------------------ writes
def as_triples(nquads: str, graph: str) -> str:
    """N-Quads lines of one graph as triples (for ``INSERT DATA { GRAPH g { … } }``)."""
    return nquads.replace(f" <{graph}> .\n", " .\n")


def replace_article(
    store, article_id: str, quads: list[ox.Quad] | str, entities: str = "", manifest: str = ""
) -> None:
    """Replace the article's named graph by ``quads`` (pyoxigraph quads or N-Quads text) in one
    transaction, with new entity records and its manifest entry: a reader sees the old graph or
    the new one, never a mix, and an edited article leaves nothing stale."""
    graph = article_iri(article_id)
    if not isinstance(quads, str):
        quads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")
    parts = [
        f"DROP SILENT GRAPH <{graph}>",
        f"INSERT DATA {{ GRAPH <{graph}> {{ {as_triples(quads, graph)} }} }}",
    ]
    if entities:
        parts.append(
            f"INSERT DATA {{ GRAPH <{ENTITIES_GRAPH}> {{ {as_triples(entities, ENTITIES_GRAPH)} }} }}"
        )
    if manifest:
        parts.append(f"DELETE WHERE {{ GRAPH <{MANIFEST_GRAPH}> {{ <{graph}> <{_ENTRY}> ?e }} }}")
        parts.append(
            f"INSERT DATA {{ GRAPH <{MANIFEST_GRAPH}> {{ {as_triples(manifest, MANIFEST_GRAPH)} }} }}"
        )
    store.update(" ;\n".join(parts))


_ENTITY_PREFIXES = tuple(ID[k + "/"] for k in ("person", "body", "document", "place"))


def named_entities(store, article_id: str) -> set[str]:
    """IRIs of the officials, bodies, documents and places an article's graph names."""
    g = ox.NamedNode(article_iri(article_id))
    out = set()
    for q in store.quads_for_pattern(None, None, None, g):
        for t in (q.subject, q.object):
            if isinstance(t, ox.NamedNode) and t.value.startswith(_ENTITY_PREFIXES):
                out.add(t.value)
    return out


def drop_orphans(store, candidates: set[str]) -> list[str]:
    """Remove the records of the entities no article names any more; returns their IRIs."""
    ent = ox.NamedNode(ENTITIES_GRAPH)
    dropped = []
    places = ID["place/"]
    for iri in sorted(candidates, key=lambda i: i.startswith(places)):  # places last: bodies name them
        node = ox.NamedNode(iri)
        if any(q.graph_name != ent for q in store.quads_for_pattern(node, None, None, None)):
            continue
        if any(q.subject != node for q in store.quads_for_pattern(None, None, node, None)):
            continue
        for q in list(store.quads_for_pattern(node, None, None, ent)):
            store.remove(q)
        dropped.append(iri)
    return dropped


def remove_articles(store: ox.Store, article_ids: list[str]) -> list[str]:
    """Drop the named graphs of these articles, their manifest entries and the records of the
    entities no other article names; returns the ids that were not in the store."""
    missing = []
    manifest = ox.NamedNode(MANIFEST_GRAPH)
    for article_id in article_ids:
        graph = ox.NamedNode(article_iri(article_id))
        if store.contains_named_graph(graph):
            named = named_entities(store, article_id)
            store.remove_graph(graph)
            for q in list(store.quads_for_pattern(graph, ox.NamedNode(_ENTRY), None, manifest)):
                store.remove(q)
            drop_orphans(store, named)
        else:
            missing.append(article_id)
    return missing


def article_ids(store: ox.Store) -> list[str]:
    q = f"""SELECT ?id WHERE {{ GRAPH ?g {{ ?g a <{SCHEMA.NewsArticle}> ; <{SCHEMA.identifier}> ?id }} }}"""
    return sorted(s["id"].value for s in store.query(q))
