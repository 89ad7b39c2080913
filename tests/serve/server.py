"""What the server tests need, written once: ``kg serve`` run as a real process on a free loopback
port (the way a user runs it), over an on-disk store ``kg build`` wrote, and HTTP requests to it.
The fixtures built on these are in ``conftest.py``."""

from __future__ import annotations

import contextlib
import json
import queue
import re
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from tests.helpers import KG, ROOT, kg

OFFICIAL = "https://w3id.org/kg-vn/ontology#Official"
NAME = "https://schema.org/name"
NAMES = f"SELECT DISTINCT ?n WHERE {{ ?p a <{OFFICIAL}> ; <{NAME}> ?n }} ORDER BY ?n"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
CAP = 20  # the row cap of the shared server (the ``endpoint`` fixture)


def build_store(path: Path, *inputs: str) -> Path:
    """``kg build`` of ``inputs`` (the seeds by default); exit 1 (an article partly read) is fine."""
    out = kg("build", *(inputs or ("seeds",)), "--store", path, "--quiet", ok=(0, 1))
    assert (path / "CURRENT").exists(), out.stderr
    return path


class Served:
    """A running ``kg serve``: its process, URL and store."""

    def __init__(self, proc: subprocess.Popen, url: str, store: Path, port: int):
        self.proc, self.url, self.store, self.port = proc, url, store, port

    def workers(self) -> list[int]:
        """The pids of this server's query workers (found by their command line)."""
        return processes_with(str(self.store), "worker.py", f"--parent {self.proc.pid} ")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def processes_with(*words: str) -> list[int]:
    """Live processes whose command line holds every one of ``words`` (zombies left out)."""
    out = []
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            cmd = (d / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
            state = (d / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z" and all(w in cmd for w in words):
            out.append(int(d.name))
    return out


def start(store: Path, *extra: str, ready: float = 90.0) -> Served:
    """``kg serve`` over ``store`` on a port the kernel gives it (``--port 0``: no port found free
    here can be taken by another process before kg binds it); ready when it prints its URL, which
    it does once its workers are ready and it answers. Its standard error is read all along (a
    full pipe would stall it) and shown when it fails to start."""
    proc = subprocess.Popen(
        [*KG, "serve", "--store", str(store), "--port", "0", *extra],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_drain, args=(proc.stderr, lines), daemon=True).start()
    said: list[str] = []
    deadline = time.monotonic() + ready
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            break
        if line is None:  # its standard error closed: kg serve ended
            proc.wait(30)
            raise AssertionError(f"kg serve exited {proc.returncode}: {''.join(said)}")
        said.append(line)
        found = re.search(r" at (http://127\.0\.0\.1:(\d+))/ ", line)
        if found:
            return Served(proc, found[1], store, int(found[2]))
    proc.kill()
    proc.wait(30)
    raise AssertionError(f"kg serve did not start in {ready:g} s: {''.join(said)}")


def _drain(stream, lines: queue.Queue) -> None:
    """Every line of ``stream`` into ``lines`` (the first few kept), then None."""
    for n, line in enumerate(stream):
        if n < 200:
            lines.put(line)
    lines.put(None)


@contextlib.contextmanager
def serving(store: Path, *extra: str):
    served = start(store, *extra)
    try:
        yield served
    finally:
        served.stop()


def request(
    url: str,
    *,
    query: str | None = None,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 60,
) -> tuple[int, dict[str, str], bytes]:
    """(status, headers, body) of one HTTP request; errors are answers too."""
    if query is not None:
        url = f"{url}?query={urllib.parse.quote(query)}"
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def select(url: str, query: str, **kw) -> tuple[int, dict[str, str], list[dict] | bytes]:
    """POST a query as the page does; the bindings when it worked."""
    status, headers, body = request(
        url + "/sparql",
        data=query.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
        **kw,
    )
    if status == 200:
        return status, headers, json.loads(body)["results"]["bindings"]
    return status, headers, body


def ask(url: str, query: str) -> bool:
    """The answer of an ASK query, sent as a GET."""
    _, _, body = request(url + "/sparql", query=query, headers={"Accept": "application/sparql-results+json"})
    return json.loads(body)["boolean"]


def update(url: str, text: str, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    status, _, body = request(
        url + "/sparql",
        data=urllib.parse.urlencode({"update": text}).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded", **(headers or {})},
    )
    return status, body


class Listener:
    """A TCP port on loopback that records every connection made to it (an SSRF target)."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/"

    def hits(self) -> int:
        n = 0
        while True:
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                return n
            conn.close()
            n += 1

    def close(self) -> None:
        self.sock.close()


def wait_gone(pids: list[int], seconds: float = 10.0) -> list[int]:
    """The pids still alive after ``seconds``."""
    deadline = time.time() + seconds
    left = list(pids)
    while left and time.time() < deadline:
        left = [p for p in left if _alive(p)]
        if left:
            time.sleep(0.1)
    return left


def _alive(pid: int) -> bool:
    """Whether any thread of ``pid`` still runs.

    A killed multi-threaded process shows its leader as a zombie while its other threads
    (rocksdb's among them) are still tearing down; its files, the store's LOCK among them,
    are closed only when the last thread is gone. So a process is gone when every task is.
    """
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return False
    for task in tasks:
        try:
            state = (task / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if state not in ("Z", "X", "x"):
            return True
    return False
