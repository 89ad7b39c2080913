"""``kg serve``: the store over the SPARQL 1.1 Protocol, and a page to explore it.

The protocol is served by a real SPARQL server, Oxigraph's ``serve-read-only`` (``serve`` with
``--allow-update``), started on an internal loopback port over the same store. In front of it a
small HTTP server of ours:

- serves the page at ``/`` (offline: everything is in ``kg/web/``) and its JSON helpers;
- forwards ``/sparql`` and ``/query`` (GET and POST, any ``Accept``) to Oxigraph, after refusing
  updates (unless ``--allow-update``) and ``SERVICE`` calls (unless ``--allow-service``), and
  capping SELECT results at ``--max-results`` rows;
- turns Oxigraph's time-out (``--timeout`` seconds) into a clean ``503`` answer;
- answers CORS pre-flight requests for the origins given with ``--cors``.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

__all__ = ["ServeOptions", "Server", "cap_select", "projected", "sparql_form"]

_WEB = Path(str(resources.files("kg"))) / "web"
_QUERIES = Path(__file__).resolve().parents[1] / "queries"
_STRINGS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
)


@dataclass
class ServeOptions:
    store: str
    host: str = "127.0.0.1"
    port: int = 7878
    allow_update: bool = False
    allow_service: bool = False
    timeout: float = 10.0  # seconds a query may run
    max_results: int = 10_000  # SELECT rows returned at most
    cors: list[str] = field(default_factory=list)  # allowed origins ("*" for any)


def _code(query: str) -> str:
    """The query with strings, IRIs and comments blanked (same length, so offsets hold): what is
    left are keywords and names."""
    return _STRINGS.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), query)


def sparql_form(query: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE (None when it is none of them: an update).

    >>> sparql_form('PREFIX s: <https://schema.org/> SELECT * WHERE { ?x s:name "DELETE" }')
    'SELECT'
    >>> sparql_form("INSERT DATA { <urn:a> <urn:b> <urn:c> }") is None
    True
    """
    m = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", _code(query), re.I)
    first_update = re.search(
        r"\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", _code(query), re.I
    )
    if m is None or (first_update and first_update.start() < m.start()):
        return None
    return m.group(1).upper()


def uses_service(query: str) -> bool:
    return re.search(r"\bSERVICE\b", _code(query), re.I) is not None


def projected(query: str) -> list[str] | None:
    """The variables a SELECT projects, in order (None for ``SELECT *``), read from its text.

    >>> projected('SELECT DISTINCT ?a (COUNT(?b) AS ?n) ?c WHERE { ?a ?b ?c }')
    ['a', 'n', 'c']
    """
    code = _code(query)
    m = re.search(r"\bSELECT\b(.*?)(?:\bWHERE\b|\{|\bFROM\b)", code, re.I | re.S)
    if m is None:
        return None
    out: list[str] = []
    depth, after_as = 0, False
    for tok in re.findall(r"\(|\)|[?$]\w+|\bAS\b|\*", m.group(1), re.I):
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth -= 1
        elif tok == "*" and depth == 0:
            return None
        elif tok.upper() == "AS":
            after_as = True
        elif tok[0] in "?$" and (depth == 0 or (depth == 1 and after_as)):
            out.append(tok[1:])
            after_as = False
    return out or None


def cap_select(query: str, limit: int, variables: list[str] | None = None) -> str:
    """Wrap a SELECT so that it returns at most ``limit`` rows, keeping its prologue and (when
    ``variables`` are given) the order of its columns.

    >>> cap_select("PREFIX a: <urn:a#> SELECT ?x WHERE { ?x a:p ?y } ORDER BY ?x", 5, ["x"])
    'PREFIX a: <urn:a#> SELECT ?x WHERE { SELECT ?x WHERE { ?x a:p ?y } ORDER BY ?x } LIMIT 5'
    """
    code = _code(query)
    m = re.search(r"\bSELECT\b", code, re.I)
    if m is None:
        return query
    projection = " ".join(f"?{v}" for v in variables) if variables else "*"
    return f"{query[: m.start()]}SELECT {projection} WHERE {{ {query[m.start() :].strip()} }} LIMIT {limit}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _oxigraph() -> str:
    exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(exe).exists():
        raise RuntimeError("the oxigraph server is not installed (pip install oxigraph)")
    return exe


_CHAIRS = """
PREFIX kg: <https://w3id.org/kg-vn/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?article ?meeting ?date ?person ?name ?body ?orgType ?level ?place ?province
       (GROUP_CONCAT(DISTINCT ?office; separator="; ") AS ?offices) WHERE {
  GRAPH ?article {
    ?meeting kg:chairedBy ?person . ?person schema:name ?name .
    OPTIONAL { ?meeting schema:startDate ?date }
    OPTIONAL { ?article kg:province/schema:name ?province }
    OPTIONAL { ?meeting schema:organizer ?body . ?body kg:orgType ?orgType .
               OPTIONAL { ?body kg:level ?level } OPTIONAL { ?body kg:place/schema:name ?place } }
    OPTIONAL { ?post org:member ?person ; org:role ?r ; org:organization/kg:orgType ?o .
               BIND(CONCAT(STRAFTER(STR(?r), "/role/"), " of ", STRAFTER(STR(?o), "/org/")) AS ?office) }
  }
} GROUP BY ?article ?meeting ?date ?person ?name ?body ?orgType ?level ?place ?province
"""

_FACTS = """
PREFIX kg: <https://w3id.org/kg-vn/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?node ?p ?o ?text ?article ?url WHERE {
  GRAPH ?article {
    { ?node ?p ?o } UNION { ?s ?p ?node . BIND(?s AS ?o) }
    OPTIONAL { ?node kg:sentence/kg:text ?text }
    OPTIONAL { ?article schema:url ?url }
  }
} LIMIT 400
"""


class Server:
    """Our front server plus the Oxigraph server behind it; ``start()`` then ``stop()``."""

    def __init__(self, options: ServeOptions):
        self.options = options
        self.backend_port = _free_port()
        self.backend: subprocess.Popen | None = None
        self.httpd: ThreadingHTTPServer | None = None
        self.store: ox.Store | None = None
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://{self.options.host}:{self.options.port}"

    def start(self) -> None:
        opts = self.options
        if not Path(opts.store).is_dir():
            raise FileNotFoundError(
                f"no store at {opts.store}: build one first with `kg build ARTICLES --store {opts.store}`"
            )
        self._start_backend()
        self.store = ox.Store.read_only(opts.store) if not opts.allow_update else None
        handler = type("Handler", (_Handler,), {"server_ref": self})
        self.httpd = ThreadingHTTPServer((opts.host, opts.port), handler)
        self.options.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def restart_backend(self) -> None:
        """Stop a query that outlived the time-out: restart the SPARQL server."""
        with self._lock:
            if self.backend and self.backend.poll() is None:
                self.backend.kill()
                self.backend.wait()
            self._start_backend()

    def _start_backend(self) -> None:
        opts = self.options
        mode = "serve" if opts.allow_update else "serve-read-only"
        cmd = [
            _oxigraph(),
            mode,
            "--location",
            opts.store,
            "--bind",
            f"127.0.0.1:{self.backend_port}",
            "--union-default-graph",
            "--timeout-s",
            str(max(1, round(opts.timeout))),
        ]
        self.backend = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.time() + 20
        while time.time() < deadline:
            if self.backend.poll() is not None:
                raise RuntimeError(
                    f"the SPARQL server did not start: {self.backend.stderr.read().decode()[-500:]}"
                )
            try:
                with socket.create_connection(("127.0.0.1", self.backend_port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.05)

    def stop(self) -> None:
        if self.httpd:
            self.httpd.shutdown()
            self.httpd.server_close()
        if self.backend and self.backend.poll() is None:
            self.backend.terminate()
            try:
                self.backend.wait(5)
            except subprocess.TimeoutExpired:
                self.backend.kill()

    # -------------------------------------------------------------- helpers for the page
    def local_query(self, query: str, **bindings: str) -> list[dict]:
        store = self.store
        if store is None:  # read-write backend: ask it over HTTP
            body = urllib.parse.urlencode({"query": query}).encode()
            req = urllib.request.Request(
                f"http://127.0.0.1:{self.backend_port}/query",
                data=body,
                headers={"Accept": "application/sparql-results+json"},
            )
            with urllib.request.urlopen(req, timeout=self.options.timeout + 2) as r:
                data = json.load(r)
            return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]
        subs = {ox.Variable(k): ox.NamedNode(v) for k, v in bindings.items()}
        rows = store.query(query, use_default_graph_as_union=True, substitutions=subs or None)
        names = [v.value for v in rows.variables]
        return [{n: row[n].value for n in names if row[n] is not None} for row in rows]


class _Handler(BaseHTTPRequestHandler):
    server_ref: Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass

    # -------------------------------------------------------------- plumbing
    def _cors(self) -> None:
        origins = self.server_ref.options.cors
        origin = self.headers.get("Origin")
        if "*" in origins:
            self.send_header("Access-Control-Allow-Origin", "*")
        elif origin and origin in origins:
            self.send_header("Access-Control-Allow-Origin", origin)
            self.send_header("Vary", "Origin")

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self._cors()
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode(), "text/plain; charset=utf-8")

    def _json(self, data) -> None:
        self._send(200, json.dumps(data, ensure_ascii=False).encode(), "application/json; charset=utf-8")

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    # -------------------------------------------------------------- routes
    def do_OPTIONS(self) -> None:
        self.send_response(204)
        self._cors()
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query)
        if url.path in ("/", "/index.html"):
            self._send(200, (_WEB / "index.html").read_bytes(), "text/html; charset=utf-8")
        elif url.path.startswith("/static/") and re.fullmatch(r"/static/(vendor/)?[\w-][\w.-]*", url.path):
            path = _WEB / url.path.removeprefix("/static/")
            if not path.is_file():
                return self._error(404, "not found")
            ctype = {"js": "text/javascript", "css": "text/css"}.get(
                path.suffix[1:], "application/octet-stream"
            )
            self._send(200, path.read_bytes(), f"{ctype}; charset=utf-8")
        elif url.path == "/api/queries":
            self._json({p.stem: p.read_text(encoding="utf-8") for p in sorted(_QUERIES.glob("*.rq"))})
        elif url.path == "/api/chairs":
            self._json(self.server_ref.local_query(_CHAIRS))
        elif url.path == "/api/facts":
            node = (params.get("node") or [""])[0]
            try:
                ox.NamedNode(node)
            except (ValueError, SyntaxError):
                return self._error(400, "node must be an IRI")
            self._json(self.server_ref.local_query(_FACTS, node=node))
        elif url.path in ("/sparql", "/query"):
            query = (params.get("query") or [None])[0]
            if query is None:
                return self._error(400, "give a SPARQL query in the 'query' parameter")
            self._sparql(query, params)
        elif url.path == "/update":
            self._error(405, "send updates with POST")
        else:
            self._error(404, "not found")

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        body = self._body()
        params = urllib.parse.parse_qs(url.query)
        if ctype == "application/x-www-form-urlencoded":
            params.update(urllib.parse.parse_qs(body.decode("utf-8")))
            query, update = (params.get("query") or [None])[0], (params.get("update") or [None])[0]
        elif ctype == "application/sparql-query":
            query, update = body.decode("utf-8"), None
        elif ctype == "application/sparql-update":
            query, update = None, body.decode("utf-8")
        else:
            return self._error(415, "send application/sparql-query, application/sparql-update or a form")
        if url.path not in ("/sparql", "/query", "/update"):
            return self._error(404, "not found")
        if update is not None or url.path == "/update":
            return self._update(update or query or "")
        if query is None:
            return self._error(400, "give a SPARQL query")
        self._sparql(query, params)

    # -------------------------------------------------------------- SPARQL
    def _update(self, update: str) -> None:
        opts = self.server_ref.options
        if not opts.allow_update:
            return self._error(
                403, "this endpoint is read-only (start kg serve with --allow-update to allow updates)"
            )
        if re.search(r"\bLOAD\b", _code(update), re.I) and not opts.allow_service:
            return self._error(
                403, "LOAD fetches data from elsewhere: refused (start kg serve with --allow-service)"
            )
        if uses_service(update) and not opts.allow_service:
            return self._error(403, "SERVICE calls are refused (start kg serve with --allow-service)")
        self._forward("/update", urllib.parse.urlencode({"update": update}).encode(), "*/*")

    def _sparql(self, query: str, params: dict) -> None:
        opts = self.server_ref.options
        form = sparql_form(query)
        if form is None:
            return self._update(query) if re.search(r"\S", query) else self._error(400, "empty query")
        if uses_service(query) and not opts.allow_service:
            return self._error(403, "SERVICE calls are refused (start kg serve with --allow-service)")
        if form == "SELECT":
            query = cap_select(query, opts.max_results, projected(query))
        accept = self.headers.get("Accept") or "application/sparql-results+json"
        fmt = (params.get("format") or params.get("output") or [None])[0]
        if fmt:
            accept = {
                "json": "application/sparql-results+json",
                "xml": "application/sparql-results+xml",
                "csv": "text/csv",
                "tsv": "text/tab-separated-values",
                "turtle": "text/turtle",
                "ntriples": "application/n-triples",
            }.get(fmt, accept)
        self._forward("/query", urllib.parse.urlencode({"query": query}).encode(), accept)

    def _forward(self, path: str, body: bytes, accept: str) -> None:
        srv = self.server_ref
        req = urllib.request.Request(
            f"http://127.0.0.1:{srv.backend_port}{path}",
            data=body,
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
        )
        try:
            with urllib.request.urlopen(req, timeout=srv.options.timeout + 2) as resp:
                data = resp.read()
                ctype = resp.headers.get("Content-Type", "application/octet-stream")
                status = resp.status
        except urllib.error.HTTPError as err:
            return self._error(err.code, err.read().decode("utf-8", "replace").strip() or err.reason)
        except (TimeoutError, urllib.error.URLError) as err:
            if "timed out" in str(err):
                srv.restart_backend()  # the query did not stop by itself: stop it
                return self._error(
                    HTTPStatus.SERVICE_UNAVAILABLE,
                    f"the query was stopped after the {srv.options.timeout:g} s time-out",
                )
            return self._error(HTTPStatus.SERVICE_UNAVAILABLE, f"the SPARQL server did not answer: {err}")
        if data.rstrip().endswith(b"The SPARQL operation has been cancelled"):
            return self._error(
                HTTPStatus.SERVICE_UNAVAILABLE,
                f"the query was stopped after the {srv.options.timeout:g} s time-out",
            )
        self._send(status, data, ctype)
