"""The library API behind every ``kg`` command."""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.extract import extract
from kg.identity import Registry
from kg.mint import article_iri, content_hash, mint
from kg.model import Article, Extraction
from kg.reader import Skipped, read_articles
from kg.store import ONTOLOGY_GRAPH, article_ids, ontology_dir, replace_article, stored_hash
from kg.text import fold

__all__ = [
    "EXPORT_FORMATS",
    "RESULT_FORMATS",
    "BuildReport",
    "QueryError",
    "build",
    "export",
    "format_results",
    "load",
    "query",
    "remove",
    "stats",
    "validate",
]

EXPORT_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
    "ntriples": ox.RdfFormat.N_TRIPLES,
}
RESULT_FORMATS = ("table", "json", "csv", "tsv")


class QueryError(Exception):
    """A SPARQL query that does not parse or cannot run."""


@dataclass
class BuildReport:
    articles: int = 0  # articles extracted and stored
    unchanged: int = 0  # articles skipped because their stored content hash is the same
    triples: int = 0  # quads written
    skipped: list[Skipped] = field(default_factory=list)  # files not used, with the reason
    partial: list[Skipped] = field(default_factory=list)  # files used only in part, with the reason
    built: list[str] = field(default_factory=list)  # ids stored by this build, in order

    @property
    def ok(self) -> bool:
        return not self.skipped and not self.partial


def _extract_safely(article: Article) -> Extraction | str:
    """Run in a worker process: the extraction, or the reason it failed."""
    try:
        return extract(article)
    except Exception as err:
        return f"extraction failed: {err!r}"


def build(
    paths: list[str | Path],
    store: ox.Store,
    progress: Callable[[str], None] | None = None,
    on_built: Callable[[str], None] | None = None,
    jobs: int = 1,
    batch: int = 64,
) -> BuildReport:
    """Read, extract and store every article under ``paths``.

    An article whose text is unchanged since the last build is skipped; a changed one replaces
    its named graph in one transaction; new articles are written ``batch`` at a time, each batch
    in one transaction. ``jobs`` worker processes extract in parallel (identities are still
    resolved in order, in this process). ``on_built(id)`` is called once an article is stored.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a1.txt").write_text("Comrade Nguyen Van An, Secretary of the Provincial Party Committee, chaired the meeting.")
    >>> from kg.store import open_store
    >>> store = open_store()
    >>> build([folder], store).articles
    1
    >>> build([folder], store).unchanged
    1
    """
    report = BuildReport()
    known = known_names(store)
    registry = Registry.from_store(store)
    pending: list[tuple[Article, list[ox.Quad]]] = []

    def commit() -> None:
        if not pending:
            return
        store.extend([q for _, quads in pending for q in quads])  # one transaction
        for article, _ in pending:
            report.built.append(article.id)
            if on_built:
                on_built(article.id)
        pending.clear()

    def to_extract():
        for item in read_articles([Path(p) for p in paths]):
            if isinstance(item, Skipped):
                report.skipped.append(item)
                if progress:
                    progress(item.path)
            elif stored_hash(store, item.id) == content_hash(item.text):
                report.unchanged += 1
                if progress:
                    progress(item.source or item.id)
            else:
                yield item

    pool = None

    def extracted():
        """(article, extraction) in order. For larger corpora a worker pool extracts the next
        chunk of articles while this process stores the current one."""
        nonlocal pool
        items = to_extract()
        previous = None
        while True:
            chunk = list(itertools.islice(items, 128))
            if pool is None and jobs > 1 and len(chunk) >= 64:
                import multiprocessing

                pool = multiprocessing.get_context("forkserver").Pool(jobs)
            if pool is None:
                yield from ((a, _extract_safely(a)) for a in chunk)
            else:
                current = (chunk, pool.map_async(_extract_safely, chunk, chunksize=4)) if chunk else None
                if previous is not None:
                    yield from zip(previous[0], previous[1].get(), strict=True)
                previous = current
            if not chunk:
                break

    results = extracted()
    seen_ids: set[str] = set()
    try:
        for item, extraction in results:
            if isinstance(extraction, str):
                report.skipped.append(Skipped(item.source or item.id, extraction))
                continue
            extraction.prefer_known(known, fold)
            known.update(fold(o.name) for o in extraction.officials)
            quads = mint(extraction, registry)
            if item.id in seen_ids or store.contains_named_graph(ox.NamedNode(article_iri(item.id))):
                commit()
                replace_article(store, item.id, quads)
                report.built.append(item.id)
                if on_built:
                    on_built(item.id)
            else:
                pending.append((item, quads))
                if len(pending) >= batch:
                    commit()
            seen_ids.add(item.id)
            report.articles += 1
            report.triples += len(quads)
            notes = item.notes + extraction.notes
            if notes:
                report.partial.append(Skipped(item.source or item.id, "; ".join(notes)))
            if progress:
                progress(item.source or item.id)
        commit()
    finally:
        if pool is not None:
            pool.terminate()
    store.flush()
    return report


def load(shards: list[str | Path], store: ox.Store) -> BuildReport:
    """Bulk-load N-Quads shards (``.nq``, ``.nq.gz``) as written by ``kg export --format nquads``:
    each named graph replaces the graph of the same name, one transaction per graph."""
    import gzip

    report = BuildReport()
    for shard in shards:
        path = Path(shard)
        try:
            opener = gzip.open if path.name.endswith(".gz") else open
            with opener(path, "rb") as f:
                quads = list(ox.parse(f, format=ox.RdfFormat.N_QUADS))
        except (OSError, SyntaxError, ValueError) as err:
            report.skipped.append(Skipped(str(path), f"not N-Quads: {err}"))
            continue
        by_graph: dict[str, list[ox.Quad]] = {}
        for q in quads:
            by_graph.setdefault(str(q.graph_name), []).append(q)
        for graph_quads in by_graph.values():
            name = graph_quads[0].graph_name
            if isinstance(name, ox.DefaultGraph):
                store.extend(graph_quads)
                continue
            if store.contains_named_graph(name):
                triples = ox.serialize(
                    [ox.Triple(q.subject, q.predicate, q.object) for q in graph_quads],
                    format=ox.RdfFormat.N_TRIPLES,
                )
                store.update(
                    f"DROP SILENT GRAPH {name} ; INSERT DATA {{ GRAPH {name} {{ {triples.decode()} }} }}"
                )
            else:
                store.extend(graph_quads)
            report.articles += 1
            report.triples += len(graph_quads)
    store.flush()
    return report


def remove(store: ox.Store, article_ids: list[str]) -> list[str]:
    """Remove articles (their named graphs); returns the ids that were not in the store."""
    from kg.store import remove_articles

    return remove_articles(store, article_ids)


def known_names(store: ox.Store) -> set[str]:
    """Folded names of the officials already in the store."""
    from kg.vocab import KG, SCHEMA

    q = f"SELECT DISTINCT ?n WHERE {{ GRAPH ?g {{ ?p a <{KG.Official}> ; <{SCHEMA.name}> ?n }} }}"
    return {fold(s["n"].value) for s in store.query(q)}


def query(store: ox.Store, sparql: str):
    """Run a SPARQL query over the union of all graphs.

    >>> from kg.store import open_store
    >>> store = open_store()
    >>> [s["n"].value for s in query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?c a <http://www.w3.org/2004/02/skos/core#ConceptScheme> }")]
    ['6']
    """
    try:
        return store.query(sparql, use_default_graph_as_union=True)
    except (SyntaxError, ValueError, OSError) as err:
        raise QueryError(str(err)) from None


def _cell(term) -> str:
    return "" if term is None else term.value


def format_results(results, fmt: str = "table") -> str:
    """Render query results as ``table``, ``json`` (SPARQL 1.1 JSON), ``csv`` or ``tsv``."""
    if isinstance(results, ox.QueryBoolean):
        return json.dumps({"head": {}, "boolean": bool(results)}) if fmt == "json" else str(bool(results))
    if isinstance(results, ox.QueryTriples) or not hasattr(results, "variables"):
        return results.serialize(format=ox.RdfFormat.TURTLE).decode("utf-8")
    variables = [v.value for v in results.variables]
    if fmt == "json":
        rows = []
        for sol in results:
            row = {}
            for v in variables:
                term = sol[v]
                if term is not None:
                    row[v] = _json_term(term)
            rows.append(row)
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": rows}}, ensure_ascii=False)
    rows = [[_cell(sol[v]) for v in variables] for sol in results]
    if fmt == "table":
        rows = [[_short(c) for c in r] for r in rows]
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(variables)
        writer.writerows(rows)
        return buf.getvalue()
    widths = [max([len(v)] + [min(len(r[i]), 60) for r in rows]) for i, v in enumerate(variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(variables, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for r in rows:
        lines.append("  ".join(c[:60].ljust(w) for c, w in zip(r, widths, strict=True)))
    lines.append(f"({len(rows)} rows)")
    return "\n".join(lines)


def _short(value: str) -> str:
    """Prefixed name for display: ``code:role/chair`` instead of the full IRI."""
    from kg.vocab import PREFIXES

    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if value.startswith(ns):
            return f"{prefix}:{value[len(ns) :]}"
    return value


def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def export(store: ox.Store, fmt: str = "turtle", out: str | Path | None = None) -> bytes | None:
    """Serialise the store: ``turtle`` (all graphs merged), ``trig``/``nquads`` (one graph per
    article), ``jsonld``. Writes to ``out`` when given, else returns the bytes."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(EXPORT_FORMATS)}")
    rdf_format = EXPORT_FORMATS[fmt]
    from kg.vocab import PREFIXES

    if fmt in ("turtle", "ntriples"):
        triples = {(q.subject, q.predicate, q.object) for q in store}
        data = ox.serialize(
            [ox.Triple(*t) for t in sorted(triples, key=str)],
            format=rdf_format,
            prefixes=PREFIXES if fmt == "turtle" else None,
        )
    else:
        kwargs = {"prefixes": PREFIXES} if fmt == "trig" else {}
        data = ox.serialize(store, format=rdf_format, **kwargs)
    if out is None:
        return data
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_bytes(data)
    return None


def stats(store: ox.Store) -> dict[str, int]:
    """Counts of articles, quads and each kind of fact."""
    from kg.vocab import KG, ORG

    def count(cls: str) -> int:
        q = f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a <{cls}> }}"
        return int(next(iter(query(store, q)))["n"].value)

    return {
        "articles": len(article_ids(store)),
        "quads": len(store),
        "officials": count(KG.Official),
        "bodies": count(ORG.Organization),
        "posts": count(KG.Post),
        "meetings": count(KG.Meeting),
        "documents": count(KG.Document),
        "metrics": count(KG.MetricObservation),
    }


def validate(store: ox.Store) -> tuple[bool, str]:
    """Check the graph against ``ontology/shapes.ttl`` with pyshacl: (conforms, report)."""
    import pyshacl
    import rdflib

    data = rdflib.Graph()
    data.parse(data=export(store, "ntriples").decode("utf-8"), format="nt")
    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, inference="rdfs", allow_warnings=True)
    return bool(conforms), text


_ = ONTOLOGY_GRAPH
