"""Regenerate the README's pictures from the current code: build a store from the real unlabelled
articles, start ``kg serve`` on it and photograph the explorer with headless Chromium.

    python tools/screenshots.py   # writes docs/page.png, docs/official.png, docs/graph.png, docs/chart.png
    python tools/screenshots.py --corpus DIR --official to-lam --province "Nghe An"

Needs Debian's ``chromium`` (``apt-get install chromium``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "unlabelled" / "articles.jsonl"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
]
KG_VIZ = [sys.executable, "-m", "kg", "viz"]
PREFIXES = "PREFIX kg: <https://w3id.org/kg-vn/ontology#>\nPREFIX schema: <https://schema.org/>\n"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sparql(url: str, query: str) -> list[dict]:
    req = urllib.request.Request(
        url + "/sparql",
        data=(PREFIXES + query).encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(req, timeout=60) as r:
        return [{k: v["value"] for k, v in b.items()} for b in json.load(r)["results"]["bindings"]]


def shoot(chromium: str, profile: Path, url: str, out: Path, width: int, height: int) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            chromium,
            *FLAGS,
            f"--user-data-dir={profile}",
            "--virtual-time-budget=30000",
            f"--window-size={width},{height}",
            f"--screenshot={out}",
            url,
        ],
        capture_output=True,
        timeout=300,
        check=False,
    )
    if not out.exists():
        sys.exit(f"chromium wrote no {out}")
    print(f"wrote {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="articles to build the store from")
    ap.add_argument("--out", type=Path, default=ROOT / "docs", help="folder for the pictures")
    ap.add_argument("--official", help="id of the official to show (default: who chaired most meetings)")
    ap.add_argument("--province", help="province of the graph (default: the one with most chairs)")
    args = ap.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("Debian chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        subprocess.run(
            [sys.executable, "-m", "kg", "build", str(args.corpus), "--store", str(store), "--quiet"],
            cwd=ROOT,
            check=False,
        )
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port)],
            cwd=ROOT,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(400):
                try:
                    urllib.request.urlopen(url + "/", timeout=1).read()
                    break
                except OSError:
                    time.sleep(0.05)
            official = args.official
            if official is None:
                top = sparql(
                    url,
                    "SELECT ?p (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m kg:chairedBy ?p } GROUP BY ?p ORDER BY DESC(?n) ?p LIMIT 1",
                )
                official = top[0]["p"].rsplit("/", 1)[-1]
            province = args.province
            if province is None:
                rows = sparql(
                    url,
                    """SELECT ?prov (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?a { ?m kg:chairedBy ?p .
                         { ?a kg:province/schema:name ?prov } UNION { ?m schema:organizer/kg:place/schema:name ?prov } } }
                       GROUP BY ?prov ORDER BY DESC(?n) ?prov LIMIT 1""",
                )
                province = rows[0]["prov"]
            profile = Path(tmp) / "profile"
            shoot(chromium, profile, url + "/", args.out / "page.png", 1400, 900)
            shoot(chromium, profile, f"{url}/#/id/person/{official}", args.out / "official.png", 1400, 1500)
            scope = urllib.parse.urlencode({"province": province, "top": 0})
            shoot(chromium, profile, f"{url}/#/graph?{scope}", args.out / "graph.png", 1400, 1050)
            chart = args.out / "chart.png"
            subprocess.run(
                [*KG_VIZ, "--store", str(store), "--since", "2024", "--top", "6", "--out", str(chart)],
                cwd=ROOT,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            print(f"wrote {chart.relative_to(ROOT) if chart.is_relative_to(ROOT) else chart}")
        finally:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()


if __name__ == "__main__":
    main()
