"""A SPARQL 1.1 server used as the store: ``--store http://host:port``.

Queries go to the query endpoint, updates to the update endpoint, and whole graphs through the
Graph Store Protocol — the paths of Oxigraph's server (``/query``, ``/update``, ``/store``); other
servers can be given their endpoints. Only what kg needs of a pyoxigraph ``Store`` is offered.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from kg import formats

_JSON, _NT = formats.get("json", "results"), formats.get("ntriples", "rdf")

__all__ = ["RemoteStore", "is_remote"]


def is_remote(location: object) -> bool:
    return isinstance(location, str) and location.startswith(("http://", "https://"))


class RemoteStore:
    """The subset of :class:`pyoxigraph.Store` that kg uses, over HTTP.

    Each graph is written in one request (the server applies it atomically); a graph replaced
    with :meth:`update` (``DROP`` + ``INSERT DATA``) is replaced in one transaction.
    """

    def __init__(
        self, base: str, query_path: str = "/query", update_path: str = "/update", store_path: str = "/store"
    ):
        self.base = base.rstrip("/")
        self.query_url = self.base + query_path
        self.update_url = self.base + update_path
        self.store_url = self.base + store_path

    # -------------------------------------------------------------- HTTP
    def _request(
        self, url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None
    ) -> bytes:
        req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
        try:
            with urllib.request.urlopen(req, timeout=300) as r:
                return r.read()
        except urllib.error.HTTPError as err:
            detail = err.read().decode("utf-8", "replace").strip()[:500]
            raise OSError(f"the SPARQL server at {self.base} answered {err.code}: {detail}") from None
        except urllib.error.URLError as err:
            raise OSError(f"cannot reach the SPARQL server at {self.base}: {err.reason}") from None

    # -------------------------------------------------------------- queries
    def query(self, query: str, use_default_graph_as_union: bool = False, substitutions=None):
        if substitutions:
            values = " ".join(f"?{var.value}" for var in substitutions)
            row = " ".join(str(term) for term in substitutions.values())
            query = f"{query}\nVALUES ({values}) {{ ({row}) }}"
        params = {"query": query}
        if use_default_graph_as_union:
            params["union-default-graph"] = ""
        body = urllib.parse.urlencode(params).encode()
        head = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": f"{_JSON.media_type}, {_NT.media_type};q=0.9",
        }
        req = urllib.request.Request(self.query_url, data=body, headers=head)
        try:
            with urllib.request.urlopen(req, timeout=300) as r:
                data, ctype = r.read(), r.headers.get("Content-Type", "")
        except urllib.error.HTTPError as err:
            raise SyntaxError(err.read().decode("utf-8", "replace").strip()[:500]) from None
        except urllib.error.URLError as err:
            raise OSError(f"cannot reach the SPARQL server at {self.base}: {err.reason}") from None
        if "n-triples" in ctype:
            return _Triples(data)
        return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)

    def update(self, update: str) -> None:
        self._request(
            self.update_url,
            urllib.parse.urlencode({"update": update}).encode(),
            {"Content-Type": "application/x-www-form-urlencoded"},
        )

    def contains_named_graph(self, graph: ox.NamedNode) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}"))

    def quads_for_pattern(self, subject=None, predicate=None, obj=None, graph=None) -> Iterator[ox.Quad]:
        def part(term, name):
            return str(term) if term is not None else f"?{name}"

        pattern = f"{part(subject, 's')} {part(predicate, 'p')} {part(obj, 'o')}"
        where = f"GRAPH {part(graph, 'g')} {{ {pattern} }}"
        for row in self.query(f"SELECT * WHERE {{ {where} }}"):
            yield ox.Quad(
                subject or row["s"],
                predicate or row["p"],
                obj if obj is not None else row["o"],
                graph or row["g"],
            )

    # -------------------------------------------------------------- writes
    def extend(self, quads: Iterable[ox.Quad]) -> None:
        by_graph: dict[str, list[ox.Triple]] = defaultdict(list)
        for q in quads:
            by_graph[q.graph_name.value].append(ox.Triple(q.subject, q.predicate, q.object))
        for graph, triples in by_graph.items():
            data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
            url = f"{self.store_url}?{urllib.parse.urlencode({'graph': graph})}"
            self._request(url, data, {"Content-Type": "application/n-triples"}, method="POST")

    def load(self, data: bytes | str, format=ox.RdfFormat.N_QUADS) -> None:
        """N-Quads (one request: the server adds them in one transaction)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if format != ox.RdfFormat.N_QUADS:
            data = ox.serialize(ox.parse(data, format=format), format=ox.RdfFormat.N_QUADS)
        if data.strip():
            self._request(self.store_url, data, {"Content-Type": "application/n-quads"}, method="POST")

    def remove(self, quad: ox.Quad) -> None:
        triple = f"{quad.subject} {quad.predicate} {quad.object} ."
        if isinstance(quad.graph_name, ox.DefaultGraph):
            self.update(f"DELETE DATA {{ {triple} }}")
        else:
            self.update(f"DELETE DATA {{ GRAPH {quad.graph_name} {{ {triple} }} }}")

    def remove_graph(self, graph: ox.NamedNode) -> None:
        url = f"{self.store_url}?{urllib.parse.urlencode({'graph': graph.value})}"
        self._request(url, method="DELETE")

    def flush(self) -> None:
        pass

    # -------------------------------------------------------------- reading everything
    def __iter__(self) -> Iterator[ox.Quad]:
        data = self._request(self.store_url, headers={"Accept": "application/n-quads"})
        return iter(list(ox.parse(data, format=ox.RdfFormat.N_QUADS)))

    def __len__(self) -> int:
        rows = list(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        default = list(self.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
        return int(rows[0]["n"].value) + int(default[0]["n"].value)


class _Triples:
    """CONSTRUCT / DESCRIBE results from the server, with ``serialize`` like pyoxigraph's."""

    def __init__(self, data: bytes):
        self.triples = list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))

    def __iter__(self):
        return iter(self.triples)

    def serialize(self, format=ox.RdfFormat.TURTLE) -> bytes:
        return ox.serialize(self.triples, format=format)
