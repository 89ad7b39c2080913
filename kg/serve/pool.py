"""The query workers of ``kg serve`` and their keeper.

A :class:`Pool` keeps ``size`` reader processes (or, under ``--allow-update``, one writer that
answers queries and updates in turn), each running :mod:`kg.serve.worker`. A request borrows an idle worker, sends it one frame and waits for
the answer; when the answer does not come within the time-out, or the worker grows past its memory
allowance, that one worker is killed and a new one started in its place: the queries other
workers are running go on. A worker that dies on its own (a crash) is replaced the same way.

Workers are started from one long-lived thread (the keeper), because Linux sends a child its
parent-death signal when the *thread* that started it ends; the keeper ends only with the pool.

Frames: a 4-byte big-endian length, then the bytes. A request is one JSON frame; an answer is a
JSON header frame (``status``, ``message``, ``ctype``, ``truncated``...) and a body frame.
"""

from __future__ import annotations

import json
import os
import queue
import select
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

__all__ = ["Busy", "Crashed", "Pool", "TimedOut", "TooBig"]

_WORKER = Path(__file__).with_name("worker.py")
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


class Busy(Exception):
    """No worker became free in time."""


class TimedOut(Exception):
    """The worker ran past the time-out and was killed."""


class TooBig(Exception):
    """The worker grew past its memory allowance and was killed."""


class Crashed(Exception):
    """The worker died while answering."""


class Worker:
    def __init__(self, proc: subprocess.Popen, role: str):
        self.proc = proc
        self.role = role
        self.pid = proc.pid
        self.fd = proc.stdout.fileno()
        self.sandboxed = False

    def alive(self) -> bool:
        return self.proc.poll() is None

    def send(self, obj: dict) -> None:
        data = json.dumps(obj).encode()
        self.proc.stdin.write(struct.pack(">I", len(data)) + data)
        self.proc.stdin.flush()

    def recv(self, deadline: float, max_rss: int) -> tuple[dict, bytes]:
        header = json.loads(self._frame(deadline, max_rss))
        body = self._frame(deadline, max_rss) if "ready" not in header else b""
        return header, body

    def _frame(self, deadline: float, max_rss: int) -> bytes:
        (n,) = struct.unpack(">I", self._exact(4, deadline, max_rss))
        return self._exact(n, deadline, max_rss)

    def _exact(self, n: int, deadline: float, max_rss: int) -> bytes:
        chunks, got = [], 0
        while got < n:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimedOut
            ready, _, _ = select.select([self.fd], [], [], min(left, 0.25))
            if not ready:
                if max_rss and self.rss() > max_rss:
                    raise TooBig
                continue
            chunk = os.read(self.fd, min(n - got, 1 << 20))
            if not chunk:
                raise Crashed
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks)

    def rss(self) -> int:
        try:
            with open(f"/proc/{self.pid}/statm", "rb") as f:
                return int(f.read().split()[1]) * _PAGE
        except (OSError, ValueError, IndexError):
            return 0

    def kill(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.kill()
            except OSError:
                pass
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            pass
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()
            except OSError:
                pass

    def close(self, wait: float = 3.0) -> None:
        """Ask the worker to end (its stdin closes), kill it if it does not."""
        try:
            self.proc.stdin.close()
        except OSError:
            pass
        try:
            self.proc.wait(wait)
        except subprocess.TimeoutExpired:
            pass
        self.kill()


class Pool:
    def __init__(
        self,
        store: str,
        size: int,
        *,
        writer: bool = False,
        allow_service: bool = False,
        max_results: int = 10_000,
        max_bytes: int = 64_000_000,
        max_memory: int = 2 << 30,
        prefixes: dict[str, str] | None = None,
        start_timeout: float = 60.0,
    ):
        self.store = store
        self.size = max(1, size)
        self.writer = writer
        self.allow_service = allow_service
        self.max_results = max_results
        self.max_bytes = max_bytes
        self.max_memory = max_memory
        self.prefixes = prefixes or {}
        self.start_timeout = start_timeout
        self.sandboxed = False
        self.restarts = 0
        self._idle: dict[str, queue.Queue[Worker]] = {"reader": queue.Queue(), "writer": queue.Queue()}
        self._all: set[Worker] = set()
        self._todo: queue.Queue[str | None] = queue.Queue()
        self._lock = threading.Lock()
        self._stopping = False
        self._failed: str | None = None
        self._keeper: threading.Thread | None = None

    # -------------------------------------------------------------- life
    def start(self) -> None:
        """Start the workers; return when all are ready (RuntimeError if one cannot start)."""
        # under --allow-update one writer holds the store and answers queries too: a read-only
        # copy of a store that another process writes can lose files under it (compactions)
        roles = ["writer"] if self.writer else ["reader"] * self.size
        for role in roles:
            self._todo.put(role)
        self._keeper = threading.Thread(target=self._keep, name="kg-serve-keeper", daemon=True)
        self._keeper.start()
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self._failed:
                self.stop()
                raise RuntimeError(self._failed)
            if sum(q.qsize() for q in self._idle.values()) >= len(roles):
                return
            time.sleep(0.02)
        self.stop()
        raise RuntimeError("the query workers did not start in time")

    def stop(self) -> None:
        """Ask every worker to end (the writer finishes what it writes), then end the keeper (its
        end kills, by the parent-death signal, any worker still there)."""
        self._stopping = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:  # all at once: a closed stdin is the worker's signal to end
            try:
                w.proc.stdin.close()
            except OSError:
                pass
        deadline = time.monotonic() + 5.0
        for w in workers:
            try:
                w.proc.wait(max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                pass
            w.kill()
        self._todo.put(None)
        if self._keeper is not None:
            self._keeper.join(10)

    def pids(self) -> list[int]:
        with self._lock:
            return [w.pid for w in self._all]

    def _keep(self) -> None:
        """The keeper thread: it alone starts workers (see the module's docstring)."""
        while True:
            role = self._todo.get()
            if role is None or self._stopping:
                return
            try:
                w = self._spawn(role)
            except (OSError, RuntimeError) as err:
                self._failed = str(err)
                if self._todo.empty():
                    time.sleep(1.0)  # do not spin on a store that cannot be opened
                self._todo.put(role)
                continue
            if self._stopping:
                w.close()
                return
            self._idle[role].put(w)

    def _spawn(self, role: str) -> Worker:
        cmd = [
            sys.executable,
            str(_WORKER),
            "--store",
            str(self.store),
            "--role",
            role,
            "--parent",
            str(os.getpid()),
            "--max-results",
            str(self.max_results),
            "--max-bytes",
            str(self.max_bytes),
            "--prefixes",
            json.dumps(self.prefixes),
        ]
        if self.allow_service:
            cmd.append("--allow-service")
        env = {**os.environ, "RUST_BACKTRACE": "0", "PYTHONDONTWRITEBYTECODE": "1"}
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, close_fds=True, env=env)
        w = Worker(proc, role)
        with self._lock:
            self._all.add(w)
        try:
            header, _ = w.recv(time.monotonic() + self.start_timeout, 0)
        except (TimedOut, Crashed, TooBig, ValueError):
            self._forget(w)
            raise RuntimeError(f"a query worker did not start (exit code {proc.poll()})") from None
        if not header.get("ready"):
            self._forget(w)
            raise RuntimeError(header.get("message") or "a query worker did not start")
        w.sandboxed = bool(header.get("sandboxed"))
        self.sandboxed = w.sandboxed
        self._failed = None
        return w

    def _forget(self, w: Worker) -> None:
        w.kill()
        with self._lock:
            self._all.discard(w)

    def _replace(self, w: Worker) -> None:
        self._forget(w)
        self.restarts += 1
        if not self._stopping:
            self._todo.put(w.role)

    # -------------------------------------------------------------- work
    def run(self, role: str, request: dict, timeout: float, wait: float) -> tuple[dict, bytes]:
        """Send ``request`` to an idle worker of ``role`` (waiting up to ``wait`` seconds for one)
        and return its answer; the worker is killed if it takes longer than ``timeout``."""
        if self.writer:
            role = "writer"
        try:
            w = self._idle[role].get(timeout=wait)
        except queue.Empty:
            raise Busy from None
        if not w.alive():
            self._replace(w)
            return self.run(role, request, timeout, wait)
        try:
            w.send(request)
            answer = w.recv(time.monotonic() + timeout, self.max_memory)
        except (TimedOut, TooBig, Crashed):
            self._replace(w)
            raise
        except (OSError, ValueError):
            self._replace(w)
            raise Crashed from None
        self._idle[role].put(w)
        return answer
