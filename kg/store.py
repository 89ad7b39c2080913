"""The on-disk store (pyoxigraph): one named graph per article plus the ontology graph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.mint import article_iri
from kg.vocab import ID, KG, PREFIXES, SCHEMA

__all__ = ["ONTOLOGY_GRAPH", "StoreError", "ontology_dir", "open_store", "replace_article", "stored_hash"]

ONTOLOGY_GRAPH = ID["graph/ontology"]


class StoreError(Exception):
    """The store cannot be opened or written (locked by another process, not a store...)."""


def ontology_dir() -> Path:
    return Path(__file__).resolve().parents[1] / "ontology"


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


def replace_article(store: ox.Store, article_id: str, quads: list[ox.Quad]) -> None:
    """Replace the article's named graph by ``quads`` in one transaction: a reader sees the old
    graph or the new one, never a mix, and an edited article leaves nothing stale."""
    graph = ox.NamedNode(article_iri(article_id))
    if not store.contains_named_graph(graph):
        store.extend(quads)  # atomic
        return
    triples = ox.serialize(
        [ox.Triple(q.subject, q.predicate, q.object) for q in quads], format=ox.RdfFormat.N_TRIPLES
    )
    store.update(
        f"DROP SILENT GRAPH {graph} ; INSERT DATA {{ GRAPH {graph} {{ {triples.decode('utf-8')} }} }}"
    )


def remove_articles(store: ox.Store, article_ids: list[str]) -> list[str]:
    """Drop the named graphs of these articles; returns the ids that were not in the store."""
    missing = []
    for article_id in article_ids:
        graph = ox.NamedNode(article_iri(article_id))
        if store.contains_named_graph(graph):
            store.remove_graph(graph)
        else:
            missing.append(article_id)
    return missing


def article_ids(store: ox.Store) -> list[str]:
    q = f"""SELECT ?id WHERE {{ GRAPH ?g {{ ?g a <{SCHEMA.NewsArticle}> ; <{SCHEMA.identifier}> ?id }} }}"""
    return sorted(s["id"].value for s in store.query(q))


def prefixes_sparql() -> str:
    return "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
