"""Load check of `kg serve`: 8 concurrent clients x 500 canned queries on loopback.

Builds the seeds + dev graph, starts `kg serve` on a free port, sends the canned queries of
queries/ round-robin from 8 threads (SPARQL JSON over HTTP POST) and prints p50 / p99 latency and
the error count. Target: 0 errors, p99 < 100 ms. Run: `python bench/serve_load.py` or `make bench`.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=500, help="per client")
    args = ap.parse_args()
    store = Path(tempfile.mkdtemp(prefix="kg-load-")) / "store"
    subprocess.run(
        [sys.executable, "-m", "kg", "build", "seeds", "tests/data/dev", "--store", str(store), "--quiet"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port)],
        cwd=ROOT,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/sparql"
    for _ in range(200):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/queries", timeout=1).read()
            break
        except OSError:
            time.sleep(0.05)
    queries = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "queries").glob("*.rq"))]
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()

    def client(k: int) -> None:
        nonlocal errors
        for i in range(args.requests):
            q = queries[(k + i) % len(queries)]
            req = urllib.request.Request(
                url,
                data=q.encode(),
                headers={
                    "Content-Type": "application/sparql-query",
                    "Accept": "application/sparql-results+json",
                },
            )
            t = time.perf_counter()
            try:
                with urllib.request.urlopen(req, timeout=30) as r:
                    r.read()
                    ok = r.status == 200
            except OSError:
                ok = False
            dt = (time.perf_counter() - t) * 1000
            with lock:
                latencies.append(dt)
                errors += not ok

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(k,)) for k in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    server.terminate()
    server.wait(10)
    lat = sorted(latencies)
    p99 = lat[int(0.99 * (len(lat) - 1))]
    print(f"{'clients':<10}{'requests':>10}{'errors':>8}{'p50 ms':>10}{'p99 ms':>10}{'req/s':>10}")
    print(
        f"{args.clients:<10}{len(lat):>10}{errors:>8}{statistics.median(lat):>10.1f}{p99:>10.1f}{len(lat) / wall:>10.0f}"
    )
    print("target: 0 errors, p99 < 100 ms:", "met" if errors == 0 and p99 < 100 else "NOT met")


if __name__ == "__main__":
    main()
