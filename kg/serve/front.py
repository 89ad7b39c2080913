"""The HTTP side of ``kg serve``: the SPARQL 1.1 Protocol at ``/sparql`` (and ``/query``,
``/update``), the page at ``/``, its files at ``/static/``, and ``/api/queries``.

Every SPARQL request goes through the same steps:

1. the body is read only if its ``Content-Length`` is within the size limit;
2. :func:`kg.serve.guard.check_shape` refuses a text too big or nested too deep (``400``), before
   any parser recurses;
3. a query worker (:mod:`kg.serve.pool`) reads it with Oxigraph's parser (and rdflib's, when the
   text could hold ``SERVICE`` or ``LOAD``) and runs it: a syntax error is ``400`` with the
   parser's message at the text's own line and column; an update is ``403`` unless
   ``--allow-update``; ``SERVICE`` and ``LOAD`` are ``403`` unless ``--allow-service``;
4. the worker writes the results in the format asked for, at most ``--max-results`` rows; a cut
   result carries ``X-KG-Truncated: true``;
5. past ``--timeout`` seconds the worker is killed and replaced (``503``): only that query is lost.

Updates (``--allow-update``) must come by POST from the server's own origin (or one given with
``--cors``): a browser's cross-site form or fetch carries an ``Origin`` (or ``Referer``) that
does not match and is refused; with ``--update-token`` they also need ``Authorization: Bearer``.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import mimetypes
import os
import sys
import threading
import urllib.parse
from collections import OrderedDict
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

from kg import formats
from kg.errors import FormatError
from kg.serve import guard
from kg.serve.pool import Busy, Crashed, Pool, TimedOut, TooBig

__all__ = ["ServeOptions", "Server"]

_WEB = Path(str(resources.files("kg"))) / "web"


def _page_file_type(name: str) -> str:
    """The media type of a file of the page: from kg.formats (page files, then charts), else the
    system's guess; licence files are text.

    >>> _page_file_type("app.js"), _page_file_type("index.html"), _page_file_type("cytoscape.LICENSE")
    ('text/javascript', 'text/html', 'text/plain')
    """
    for kind in ("asset", "chart"):
        try:
            return formats.for_path(name, kind).media_type
        except FormatError:
            pass
    guessed = mimetypes.guess_type(name)[0]
    if guessed is None and ("." not in name or "LICENSE" in name):
        return "text/plain"
    return guessed or "application/octet-stream"


_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


@dataclass
class ServeOptions:
    store: str
    host: str = "127.0.0.1"
    port: int = 7878
    allow_update: bool = False
    allow_service: bool = False
    timeout: float = 10.0  # seconds a query may run
    max_results: int = 10_000  # rows (or triples) a result holds at most
    cors: list[str] = field(default_factory=list)  # allowed origins ("*" for any)
    workers: int = 0  # query worker processes (0: from the number of CPUs)
    update_token: str | None = None  # when set, updates need "Authorization: Bearer <token>"
    max_query_bytes: int = guard.MAX_BYTES
    max_depth: int = guard.MAX_DEPTH
    max_result_bytes: int = 64_000_000
    max_worker_memory: int = 2 << 30  # bytes of RSS a worker may reach while answering
    max_connections: int = 256  # open client connections at once
    socket_timeout: float = 30.0  # seconds a client may stay silent mid-request
    cache_bytes: int = 64_000_000  # answers kept for repeated queries (0: none)


class _HTTPServer(ThreadingHTTPServer):
    request_queue_size = 128  # the listen backlog: 32 clients connecting at once get no reset
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, handler, max_connections: int):
        self._slots = threading.BoundedSemaphore(max_connections)
        super().__init__(address, handler)

    def process_request(self, request, client_address):
        if not self._slots.acquire(blocking=False):  # too many open connections: say so, close
            try:
                request.sendall(
                    b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                    b"Retry-After: 1\r\nConnection: close\r\n\r\n"
                )
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def handle_error(self, request, client_address):
        """One line on stderr, none for a client that went away (a full stderr pipe nobody reads
        must not be able to stall the server)."""
        err = sys.exc_info()[1]
        if isinstance(err, ConnectionError | TimeoutError):
            return
        try:
            print(f"kg serve: {type(err).__name__}: {err}"[:300], file=sys.stderr)
        except (OSError, ValueError):
            pass

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()


class _Cache:
    """Answers already given, by request (LRU, bounded in bytes). The store a read-only server
    reads cannot change under it (its workers see the store as it was when they opened it), so
    an answer stays true; an update empties the cache."""

    def __init__(self, max_bytes: int, max_entry: int):
        self.max_bytes, self.max_entry = max_bytes, max_entry
        self._items: OrderedDict[tuple, tuple[dict, bytes]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.generation = 0  # bumped by clear(): an answer computed before it is not kept

    def get(self, key: tuple) -> tuple[dict, bytes] | None:
        with self._lock:
            item = self._items.get(key)
            if item is not None:
                self._items.move_to_end(key)
                self.hits += 1
            return item

    def put(self, key: tuple, item: tuple[dict, bytes], generation: int) -> None:
        size = len(item[1]) + sum(len(str(k)) for k in key)
        if size > self.max_entry:
            return
        with self._lock:
            if key in self._items or generation != self.generation:
                return
            self._items[key] = item
            self._size += size
            while self._size > self.max_bytes and self._items:
                old_key, old = self._items.popitem(last=False)
                self._size -= len(old[1]) + sum(len(str(k)) for k in old_key)

    def clear(self) -> None:
        with self._lock:
            self.generation += 1
            self._items.clear()
            self._size = 0


class Server:
    """``kg serve``: ``start()`` (listen first, then start the workers), then ``stop()``."""

    def __init__(self, options: ServeOptions):
        self.options = options
        self.httpd: _HTTPServer | None = None
        self.pool: Pool | None = None
        self._thread: threading.Thread | None = None
        self.cache = _Cache(options.cache_bytes, options.cache_bytes // 16)

    @property
    def url(self) -> str:
        host = self.options.host
        return f"http://{'[' + host + ']' if ':' in host else host}:{self.options.port}"

    def start(self) -> None:
        opts = self.options
        if not Path(opts.store).is_dir():
            raise FileNotFoundError(
                f"no store at {opts.store}: build one first with `kg build ARTICLES --store {opts.store}`"
            )
        handler = type("Handler", (_Handler,), {"server_ref": self, "timeout": opts.socket_timeout})
        # listen first: when the port is taken we stop here, before any worker exists
        self.httpd = _HTTPServer((opts.host, opts.port), handler, opts.max_connections)
        self.options.port = self.httpd.server_address[1]
        size = opts.workers or max(2, min(8, 2 * (os.cpu_count() or 1)))
        self.pool = Pool(
            opts.store,
            size,
            writer=opts.allow_update,
            allow_service=opts.allow_service,
            max_results=opts.max_results,
            max_bytes=opts.max_result_bytes,
            max_memory=opts.max_worker_memory,
            prefixes=_prefixes(),
        )
        try:
            self.pool.start()
        except BaseException:
            self.httpd.server_close()
            raise
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="kg-serve-http", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self.httpd:
            self.httpd.shutdown()
            self.httpd.server_close()
        if self.pool:
            self.pool.stop()

    def pids(self) -> list[int]:
        """The worker processes (for tests and diagnostics)."""
        return self.pool.pids() if self.pool else []


def _prefixes() -> dict[str, str]:
    """The prefixes a query may use undeclared (kg's own vocabulary)."""
    from kg.vocab import PREFIXES

    return {k: str(v) for k, v in PREFIXES.items()}


def _queries() -> dict[str, str]:
    """The canned queries (``kg/queries/*.rq``) by name, as the page lists them."""
    from kg.canned import queries_dir

    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(queries_dir().glob("*.rq"))}


_CHAIRS = """
PREFIX kg: <https://w3id.org/kg-vn/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?article ?meeting ?kind ?date ?person ?name ?body ?orgType ?level ?place ?province
       (GROUP_CONCAT(DISTINCT ?office; separator="; ") AS ?offices) WHERE {
  ?person schema:name ?name .
  GRAPH ?article {
    ?meeting kg:chairedBy ?person .
    OPTIONAL { ?meeting schema:startDate ?date }
    OPTIONAL { ?meeting kg:meetingKind ?kind }
    OPTIONAL { ?article kg:province/schema:name ?province }
    OPTIONAL { ?meeting schema:organizer ?body . ?body kg:orgType ?orgType .
               OPTIONAL { ?body kg:level ?level } OPTIONAL { ?body kg:place/schema:name ?place } }
  }
  OPTIONAL { GRAPH <https://w3id.org/kg-vn/id/graph/entities> { ?post org:member ?person ; org:role ?r ; org:organization ?ob }
             GRAPH ?article { ?post kg:sentence ?ps . ?ob kg:orgType ?o }
             BIND(CONCAT(STRAFTER(STR(?r), "/role/"), " of ", STRAFTER(STR(?o), "/org/")) AS ?office) }
} GROUP BY ?article ?meeting ?kind ?date ?person ?name ?body ?orgType ?level ?place ?province
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


class _Handler(BaseHTTPRequestHandler):
    server_ref: Server
    protocol_version = "HTTP/1.1"
    server_version = "kg-serve"
    sys_version = ""

    def log_message(self, format, *args):
        pass

    def version_string(self) -> str:
        return "kg-serve"

    # -------------------------------------------------------------- plumbing
    def _cors(self) -> None:
        origins = self.server_ref.options.cors
        origin = self.headers.get("Origin")
        if "*" in origins:
            self.send_header("Access-Control-Allow-Origin", "*")
        elif origin and origin in origins:
            self.send_header("Access-Control-Allow-Origin", origin)
            self.send_header("Vary", "Origin")
        if origins:
            self.send_header("Access-Control-Expose-Headers", "X-KG-Truncated")

    def _send(self, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if status != 204:
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self._cors()
        self.end_headers()
        if self.command != "HEAD" and status != 204:
            self.wfile.write(body)

    def _error(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self._send(status, (message + "\n").encode(), "text/plain; charset=utf-8", headers)

    def _json(self, data) -> None:
        self._send(200, json.dumps(data, ensure_ascii=False).encode(), "application/json; charset=utf-8")

    def _body(self) -> bytes | None:
        """The request body; None (and an error sent, connection closed) when it cannot be read."""
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            self._error(411, "send the body with a Content-Length")
            return None
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        limit = 2 * self.server_ref.options.max_query_bytes + 1024  # room for form encoding
        if length < 0 or length > limit:
            self.close_connection = True
            self._error(413, f"the request body is over {limit:,} bytes")
            return None
        return self.rfile.read(length) if length else b""

    # -------------------------------------------------------------- routes
    def do_OPTIONS(self) -> None:
        self.send_response(204)
        self._cors()
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept, Authorization")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query)
        if url.path in ("/", "/index.html"):
            self._static("index.html")
        elif url.path.startswith("/static/"):
            self._static(url.path.removeprefix("/static/"))
        elif url.path == "/api/queries":
            self._json(_queries())
        elif url.path == "/api/chairs":
            self._rows(_CHAIRS, {})
        elif url.path == "/api/facts":
            node = (params.get("node") or [""])[0]
            if not node.startswith(("http://", "https://", "urn:")) or any(c in node for c in '<>"{}|^`\\ '):
                return self._error(400, "node must be an IRI")
            self._rows(_FACTS, {"node": node})
        elif url.path in ("/sparql", "/query"):
            query = (params.get("query") or [None])[0]
            if (params.get("update") or [None])[0] is not None:
                return self._error(405, "send updates with POST")
            if query is None:
                return self._error(400, "give a SPARQL query in the 'query' parameter")
            self._sparql(query, params, via_get=True)
        elif url.path == "/update":
            self._error(405, "send updates with POST")
        else:
            self._error(404, "not found")

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path not in ("/sparql", "/query", "/update"):
            self.close_connection = True
            return self._error(404, "not found")
        body = self._body()
        if body is None:
            return
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = urllib.parse.parse_qs(url.query)
        try:
            if ctype == "application/x-www-form-urlencoded":
                params.update(urllib.parse.parse_qs(body.decode("utf-8"), errors="strict"))
                query, update = (params.get("query") or [None])[0], (params.get("update") or [None])[0]
            elif ctype == "application/sparql-query":
                query, update = body.decode("utf-8"), None
            elif ctype == "application/sparql-update":
                query, update = None, body.decode("utf-8")
            else:
                return self._error(415, "send application/sparql-query, application/sparql-update or a form")
        except UnicodeDecodeError:
            return self._error(400, "the request is not UTF-8")
        if update is not None or (url.path == "/update" and query is not None):
            return self._sparql(update if update is not None else query, params, declared_update=True)
        if query is None:
            return self._error(400, "give a SPARQL query")
        self._sparql(query, params)

    # -------------------------------------------------------------- files
    def _static(self, name: str) -> None:
        root = _WEB.resolve()
        try:
            path = (root / urllib.parse.unquote(name)).resolve()
        except (OSError, ValueError):
            return self._error(404, "not found")
        if not path.is_relative_to(root) or not path.is_file():
            return self._error(404, "not found")
        ctype = _page_file_type(path.name)
        if ctype.startswith("text/") or ctype.endswith(("/json", "+xml")):
            ctype += "; charset=utf-8"
        self._send(200, path.read_bytes(), ctype, {"X-Content-Type-Options": "nosniff"})

    # -------------------------------------------------------------- SPARQL
    def _run(self, role: str, request: dict) -> tuple[dict, bytes] | None:
        """A worker's answer, or None when an error was sent instead."""
        srv = self.server_ref
        opts = srv.options
        try:
            # a request waits its turn for a worker (as long as a few queries may run), then runs
            return srv.pool.run(role, request, opts.timeout, wait=max(60.0, 6 * opts.timeout))
        except Busy:
            self._error(503, "every query worker is busy; try again", {"Retry-After": "1"})
        except TimedOut:
            self._error(503, f"the query was stopped after the {opts.timeout:g} s time-out")
        except TooBig:
            self._error(
                503, f"the query was stopped: it needed more than {opts.max_worker_memory >> 20} MB of memory"
            )
        except Crashed:
            self._error(500, "the query crashed the worker running it (a new worker has taken its place)")
        return None

    def _sparql(self, text: str, params: dict, declared_update: bool = False, via_get: bool = False) -> None:
        opts = self.server_ref.options
        if not text.strip():
            return self._error(400, "empty query")
        problem = guard.check_shape(text, opts.max_query_bytes, opts.max_depth)
        if problem:
            return self._error(413 if "bytes" in problem.split(";")[0] else 400, problem)
        if declared_update:
            return self._update(text)
        fmt = (params.get("format") or params.get("output") or params.get("results") or [None])[0]
        request = {
            "op": "sparql",
            "text": text,
            "accept": self.headers.get("Accept"),
            "format": fmt,
            "default_graphs": params.get("default-graph-uri") or [],
            "named_graphs": params.get("named-graph-uri") or [],
        }
        cache = self.server_ref.cache
        key = (text, request["accept"], fmt, tuple(request["default_graphs"]), tuple(request["named_graphs"]))
        answer = cache.get(key)
        if answer is None:
            generation = cache.generation
            answer = self._run("reader", request)
            if answer is None:
                return
            if answer[0].get("status") == 200 and "kind" not in answer[0]:
                cache.put(key, answer, generation)
        header, body = answer
        if header.get("kind") == "update":
            if via_get:
                return self._error(
                    403 if not opts.allow_update else 405,
                    "this is an update: "
                    + ("send it with POST" if opts.allow_update else "this endpoint is read-only"),
                )
            return self._update(text)
        status = header.get("status", 500)
        if status >= 400:
            return self._error(status, header.get("message") or "error")
        extra = {"X-KG-Truncated": "true"} if header.get("truncated") else {}
        self._send(status, body, header.get("ctype", "application/octet-stream"), extra)

    def _update(self, text: str) -> None:
        srv = self.server_ref
        opts = srv.options
        if not opts.allow_update:
            return self._error(
                403, "this endpoint is read-only (start kg serve with --allow-update to allow updates)"
            )
        refusal = self._write_refusal()
        if refusal:
            return self._error(403, refusal)
        answer = self._run("writer", {"op": "update", "text": text})
        if answer is None:
            return
        header, _ = answer
        srv.cache.clear()  # even a failed update may have been applied in part of its operations
        status = header.get("status", 500)
        if status >= 400:
            return self._error(status, header.get("message") or "error")
        self._send(204, b"", "text/plain")

    def _write_refusal(self) -> str | None:
        """Why this request may not write (None: it may). A browser always says where a POST
        comes from (Origin, or Referer); it must be this server itself or an origin given with
        --cors. Clients that are not browsers (curl, SPARQLWrapper) send neither."""
        opts = self.server_ref.options
        if opts.update_token:
            given = self.headers.get("Authorization") or ""
            if not hmac.compare_digest(given.encode(), f"Bearer {opts.update_token}".encode()):
                return "updates need the token given with --update-token (Authorization: Bearer ...)"
        host = (self.headers.get("Host") or "").strip().lower()
        if not self._host_ok(host):
            return f"updates are refused for the host name {host!r} (DNS rebinding guard)"
        origin = self.headers.get("Origin")
        if origin is None and self.headers.get("Referer"):
            ref = urllib.parse.urlsplit(self.headers["Referer"])
            origin = f"{ref.scheme}://{ref.netloc}"
        if origin is None:
            return None
        origin = origin.strip().lower()
        if origin in (f"http://{host}", f"https://{host}") or origin in (
            o.lower() for o in opts.cors if o != "*"
        ):
            return None
        return f"updates from another origin ({origin}) are refused; only this server's own pages may write"

    def _host_ok(self, host: str) -> bool:
        """When we listen on loopback only, the Host must name loopback (a page whose DNS name
        was made to point at 127.0.0.1 would otherwise count as same-origin)."""
        bound = self.server_ref.options.host
        try:
            if not ipaddress.ip_address(bound).is_loopback:
                return True
        except ValueError:
            if bound.lower() not in _LOOPBACK_NAMES:
                return True
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        name = name.strip("[]")
        if name in _LOOPBACK_NAMES or name == bound.lower():
            return True
        try:
            return ipaddress.ip_address(name).is_loopback
        except ValueError:
            return False

    def _rows(self, text: str, bindings: dict[str, str]) -> None:
        answer = self._run(
            "reader",
            {"op": "rows", "text": text, "bindings": bindings},
        )
        if answer is None:
            return
        header, body = answer
        if header.get("status", 500) >= 400:
            return self._error(header["status"], header.get("message") or "error")
        self._send(200, body, header.get("ctype", "application/json"))
