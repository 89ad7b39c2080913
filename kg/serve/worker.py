"""A query worker of ``kg serve``: one process that opens the store and answers one request at a
time, read from its stdin and answered on its stdout (length-prefixed frames, see :mod:`kg.serve.pool`).

The front starts a few of them and kills one that runs past the time-out (or grows past its
memory allowance), so a bad query costs only itself. Each worker:

- dies with the server: the kernel sends it SIGKILL when the thread that started it ends
  (``PR_SET_PDEATHSIG``), and a watchdog thread also ends it if its parent changes;
- cannot reach the network unless ``--allow-service`` was given: a seccomp filter makes every
  ``socket(AF_INET|AF_INET6, ...)`` call fail, so no SERVICE or LOAD can fetch anything, whatever a
  parser made of the text;
- opens the store read-only (``reader``) or read-write (``writer``, only under ``--allow-update``).

Run as a script (``python .../kg/serve/worker.py``): it imports its two siblings and, through
``results``, the format table ``kg.formats`` (``import kg`` loads nothing more), not the engine or
the store, so that a new worker starts in a fraction of a second.
"""

from __future__ import annotations

import argparse
import ctypes
import errno
import json
import os
import platform
import signal
import socket
import struct
import sys
import threading
import time

if __package__ in (None, ""):  # run as a script: the siblings are on sys.path[0]
    import guard  # type: ignore[import-not-found,no-redef]
    import results  # type: ignore[import-not-found,no-redef]
else:
    from kg.serve import guard, results

import pyoxigraph as ox

# ------------------------------------------------------------------ process hygiene

_PR_SET_PDEATHSIG, _PR_SET_NO_NEW_PRIVS, _PR_SET_SECCOMP = 1, 38, 22
_SECCOMP_MODE_FILTER = 2
_ARCH = {"x86_64": (0xC000003E, 41), "aarch64": (0xC00000B7, 198)}  # audit arch, socket() number


def die_with_parent(parent: int) -> None:
    """SIGKILL when the parent goes (Linux), and a watchdog for the rest."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent went before the line above
        os._exit(0)

    def watch() -> None:
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def deny_network() -> bool:
    """Install a seccomp filter: socket(AF_INET/AF_INET6) fails with EACCES. False if the kernel
    or the machine does not allow it (the parse-based refusal still holds)."""
    arch = _ARCH.get(platform.machine())
    if arch is None:
        return False
    audit_arch, socket_nr = arch

    def op(code: int, jt: int, jf: int, k: int) -> bytes:
        return struct.pack("HBBI", code, jt, jf, k)

    ld, jeq, jset, ret = 0x20, 0x15, 0x45, 0x06
    allow, deny = 0x7FFF0000, 0x00050000 | errno.EACCES
    prog = b"".join(
        [
            op(ld, 0, 0, 4),  # arch
            op(jeq, 1, 0, audit_arch),
            op(ret, 0, 0, deny),  # another ABI: refuse everything (never happens for us)
            op(ld, 0, 0, 0),  # syscall number
            op(jset, 0, 1, 0x40000000),  # the x32 ABI: refuse
            op(ret, 0, 0, deny),
            op(jeq, 1, 0, socket_nr),
            op(ret, 0, 0, allow),
            op(ld, 0, 0, 16),  # first argument: the address family
            op(jeq, 2, 0, socket.AF_INET),
            op(jeq, 1, 0, socket.AF_INET6),
            op(ret, 0, 0, allow),
            op(ret, 0, 0, deny),
        ]
    )

    class Prog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    buf = ctypes.create_string_buffer(prog)
    fprog = Prog(len(prog) // 8, ctypes.cast(buf, ctypes.c_void_p))
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            return False
        return libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) == 0
    except (OSError, AttributeError):
        return False


# ------------------------------------------------------------------ frames


def read_frame(stream) -> bytes | None:
    head = stream.read(4)
    if len(head) < 4:
        return None
    (n,) = struct.unpack(">I", head)
    data = stream.read(n)
    return data if len(data) == n else None


def write_frame(stream, data: bytes) -> None:
    stream.write(struct.pack(">I", len(data)) + data)


# ------------------------------------------------------------------ requests

_REFUSED_SERVICE = (
    "SERVICE calls are refused: this server does not query other servers (kg serve --allow-service)"
)
_REFUSED_LOAD = "LOAD is refused: this server does not fetch data from elsewhere (kg serve --allow-service)"


_READ_TRIES = 5  # answers of a reader whose store a build compacts under it


def _vanished(err: BaseException) -> bool:
    """:func:`kg.store.file_vanished`, imported only when a request failed (a worker starts without the store module)."""
    from kg.store import file_vanished

    return file_vanished(err)


class Worker:
    def __init__(self, args):
        self.args = args
        self.prefixes = json.loads(args.prefixes) if args.prefixes else None
        self.store = self.open()

    def open(self):
        if self.args.role == "writer":
            return ox.Store(self.args.store)
        return ox.Store.read_only(self.args.store)

    def answer(self, req: dict) -> tuple[dict, bytes]:
        """``handle(req)``; a reader whose store lost a table file under it (a build writing the same store compacted
        it away: RocksDB read-only instances keep the files they opened with) opens the store again, which also shows
        it what the build has written since, and answers again, up to ``_READ_TRIES`` times."""
        for attempt in range(1, _READ_TRIES + 1):
            try:
                return self.handle(req)
            except (OSError, RuntimeError, ValueError) as err:
                if self.args.role != "reader" or attempt == _READ_TRIES or not _vanished(err):
                    raise
                self.store = self.open()
        raise AssertionError("unreachable")

    # the answer to one request: (header, body)
    def handle(self, req: dict) -> tuple[dict, bytes]:
        op = req.get("op")
        if op == "ping":
            return {"status": 200}, b""
        if op == "sparql":
            return self.sparql(req)
        if op == "update":
            return self.update(req["text"])
        if op == "rows":
            return self.rows(req)
        return {"status": 400, "message": f"unknown operation {op!r}"}, b""

    def sparql(self, req: dict) -> tuple[dict, bytes]:
        text = req["text"]
        if not self.args.allow_service and guard.may_reach_out(text):
            a = guard.analyse(text)
            if a.error:
                return {"status": 400, "message": f"syntax error: {a.error}"}, b""
            if a.service:
                return {"status": 403, "message": _REFUSED_SERVICE}, b""
            if a.kind == "update":
                if a.load:
                    return {"status": 403, "message": _REFUSED_LOAD}, b""
                return {"status": 200, "kind": "update"}, b""
        dataset: dict = {"use_default_graph_as_union": True}
        try:  # the protocol's default-graph-uri and named-graph-uri
            if req.get("default_graphs"):
                dataset = {"default_graph": [ox.NamedNode(g) for g in req["default_graphs"]]}
            if req.get("named_graphs"):
                dataset["named_graphs"] = [ox.NamedNode(g) for g in req["named_graphs"]]
        except ValueError as err:
            return {"status": 400, "message": f"a graph IRI is not valid: {err}"}, b""
        try:
            result = self.store.query(text, prefixes=self.prefixes, **dataset)
        except SyntaxError as err:
            if self.parses_as_update(text):
                return {"status": 200, "kind": "update"}, b""
            return {"status": 400, "message": self.syntax_error(text, err)}, b""
        try:
            out = results.render(
                result, req.get("accept"), req.get("format"), self.args.max_results, self.args.max_bytes
            )
        except PermissionError:  # the seccomp filter stopped a network call
            return {"status": 403, "message": _REFUSED_SERVICE}, b""
        return {
            "status": 200,
            "ctype": out.media_type,
            "truncated": out.truncated,
            "count": out.count,
        }, out.body

    def parses_as_update(self, text: str) -> bool:
        """Oxigraph's own reading: does ``text`` parse as an update? (Run on an empty store in
        memory, and only for texts that cannot hold SERVICE or LOAD.)"""
        if not self.args.allow_service and guard.may_reach_out(text):
            return False  # rdflib read it as no update: it stays no update
        try:
            ox.Store().update(text, prefixes=self.prefixes)
        except SyntaxError:
            return False
        except OSError:
            return True
        return True

    def syntax_error(self, text: str, err: SyntaxError) -> str:
        msg = str(err)
        try:
            a = guard.analyse(text)
        except Exception:  # rdflib is only here to say it in other words
            a = None
        if a is not None and a.error:
            return f"syntax error: {a.error} (Oxigraph: {msg})"[:2000]
        return f"syntax error: {msg}"[:2000]

    def update(self, text: str) -> tuple[dict, bytes]:
        if self.args.role != "writer":
            return {"status": 403, "message": "this worker is read-only"}, b""
        if not self.args.allow_service and guard.may_reach_out(text):
            a = guard.analyse(text)
            if a.error:
                return {"status": 400, "message": f"syntax error: {a.error}"}, b""
            if a.kind != "update":
                return {"status": 400, "message": "this is a query, not an update"}, b""
            if a.load:
                return {"status": 403, "message": _REFUSED_LOAD}, b""
            if a.service:
                return {"status": 403, "message": _REFUSED_SERVICE}, b""
        try:
            self.store.update(text, prefixes=self.prefixes)
        except SyntaxError as err:
            return {"status": 400, "message": f"syntax error: {err}"}, b""
        except PermissionError:
            return {"status": 403, "message": _REFUSED_LOAD}, b""
        return {"status": 204}, b""

    def rows(self, req: dict) -> tuple[dict, bytes]:
        """A query of the server's own (no guard), with IRIs bound; rows as a JSON list."""
        subs = {ox.Variable(k): ox.NamedNode(v) for k, v in (req.get("bindings") or {}).items()}
        out = self.store.query(
            req["text"], use_default_graph_as_union=True, substitutions=subs or None, prefixes=self.prefixes
        )
        names = [v.value for v in out.variables]
        rows = []
        for i, row in enumerate(out):
            if i >= self.args.max_results:
                break
            rows.append({n: row[n].value for n in names if row[n] is not None})
        return {"status": 200, "ctype": "application/json; charset=utf-8"}, json.dumps(
            rows, ensure_ascii=False
        ).encode()


def _preload() -> None:
    try:
        guard.analyse("SELECT * WHERE { ?s ?p ?o }")
    except Exception:
        pass


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", required=True)
    ap.add_argument("--role", choices=["reader", "writer"], default="reader")
    ap.add_argument("--parent", type=int, required=True)
    ap.add_argument("--allow-service", action="store_true")
    ap.add_argument("--max-results", type=int, default=10_000)
    ap.add_argument("--max-bytes", type=int, default=64_000_000)
    ap.add_argument("--prefixes", default="")
    args = ap.parse_args(argv)
    die_with_parent(args.parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in the terminal is for the front
    sys.setrecursionlimit(20_000)
    # our stdout is the answer channel: nothing else may write to it
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    inp = os.fdopen(0, "rb")
    sandboxed = False if args.allow_service else deny_network()
    try:
        worker = Worker(args)
    except OSError as err:
        write_frame(out, json.dumps({"ready": False, "message": f"cannot open the store: {err}"}).encode())
        out.flush()
        return
    write_frame(out, json.dumps({"ready": True, "pid": os.getpid(), "sandboxed": sandboxed}).encode())
    out.flush()
    if not args.allow_service:  # load rdflib's parser now, not in the first query that needs it
        threading.Thread(target=_preload, daemon=True).start()
    while True:
        data = read_frame(inp)
        if data is None:  # the front closed our stdin: it is stopping
            return
        try:
            header, body = worker.answer(json.loads(data))
        except SyntaxError as err:
            header, body = {"status": 400, "message": f"syntax error: {err}"}, b""
        except PermissionError:
            header, body = {"status": 403, "message": _REFUSED_SERVICE}, b""
        except Exception as err:  # the query failed, the worker carries on
            header, body = {"status": 500, "message": f"{type(err).__name__}: {err}"[:2000]}, b""
        write_frame(out, json.dumps(header).encode())
        write_frame(out, body)
        out.flush()


if __name__ == "__main__":
    main()
