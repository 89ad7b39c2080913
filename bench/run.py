"""Build benchmark: throughput, memory, store size, rebuilds, query latency, and kg vs rdflib.

    python bench/run.py                 # 1k and 10k articles
    python bench/run.py --sizes 1000,10000,100000

A generated corpus of N articles is made from the real dev and seed articles (ids, numbers and
days varied so that nothing is deduplicated away). For each size it measures, in one run and side
by side:

- ``kg build`` end to end (a subprocess, as a user runs it): articles/s, MB/s, peak RSS, store size;
- a rebuild of the unchanged corpus (skipped by content hash) and of the corpus with 1% changed;
- canned-query latency p50/p95 (sizes >= 10k), on the built store;
- the same articles through a plain rdflib pipeline (the same extractor, an rdflib Dataset,
  serialised to TriG and parsed back): articles/s and the ratio kg / rdflib (sizes <= --rdflib-max).
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SOURCES = sorted((ROOT / "tests" / "data" / "dev").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))


def generate(n: int, folder: Path, seed: int = 7) -> int:
    """Write n varied articles into folder; returns the bytes written."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in SOURCES]
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        base = texts[i % len(texts)]

        def number(m: re.Match) -> str:
            digits = m.group()
            if len(digits) == 4 and digits.startswith(("19", "20")):
                return str(rng.choice(range(2016, 2026)))
            return str(rng.randint(10 ** (len(digits) - 1) if len(digits) > 1 else 1, 10 ** len(digits) - 1))

        text = re.sub(r"(?<![\d/-])\d{1,4}(?![\d/-])", number, base) + f"\n(ref {i})\n"
        path = folder / f"gen-{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def kg_build(corpus: Path, store: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS (bytes, largest process) of `kg build`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store), "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - t
    if proc.returncode not in (0, 1):
        sys.exit(f"kg build failed: {proc.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) * 1024


def query_latency(store: Path, repeats: int) -> tuple[float, float]:
    import pyoxigraph as ox

    st = ox.Store.read_only(str(store))
    times = []
    for rq in sorted((ROOT / "queries").glob("*.rq")):
        q = rq.read_text(encoding="utf-8")
        for _ in range(repeats):
            t = time.perf_counter()
            for _row in st.query(q, use_default_graph_as_union=True):
                pass
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def rdflib_pipeline(corpus: Path) -> float:
    """Articles/s of the same extractor feeding an rdflib Dataset, serialised to TriG and parsed back."""
    import rdflib

    from kg.extract import extract
    from kg.mint import mint
    from kg.reader import read_articles

    def term(t):
        import pyoxigraph as ox

        if isinstance(t, ox.NamedNode):
            return rdflib.URIRef(t.value)
        if isinstance(t, ox.BlankNode):
            return rdflib.BNode(t.value)
        dt = rdflib.URIRef(t.datatype.value) if t.datatype and not t.language else None
        return rdflib.Literal(t.value, lang=t.language, datatype=dt)

    t = time.perf_counter()
    ds = rdflib.Dataset()
    n = 0
    for article in read_articles([corpus]):
        if not hasattr(article, "text"):
            continue
        for q in mint(extract(article)):
            ds.graph(rdflib.URIRef(q.graph_name.value)).add(
                (term(q.subject), term(q.predicate), term(q.object))
            )
        n += 1
    data = ds.serialize(format="trig")
    rdflib.Dataset().parse(data=data, format="trig")
    return n / (time.perf_counter() - t)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--rdflib-max", type=int, default=1000, help="largest size also run through rdflib")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    rows = []
    try:
        for n in [int(s) for s in args.sizes.split(",")]:
            corpus, store = work / f"corpus-{n}", work / f"store-{n}"
            size = generate(n, corpus)
            wall, rss = kg_build(corpus, store)
            store_bytes = du(store)
            re_wall, _ = kg_build(corpus, store)
            changed = sorted(corpus.glob("*.txt"))[::100]
            for p in changed:
                p.write_text(p.read_text(encoding="utf-8") + "\n(edited)\n", encoding="utf-8")
            ch_wall, _ = kg_build(corpus, store)
            p50 = p95 = float("nan")
            if n >= 10000:
                p50, p95 = query_latency(store, repeats=5 if n < 100000 else 2)
            rdf = rdflib_pipeline(corpus) if n <= args.rdflib_max else float("nan")
            rows.append(
                (
                    n,
                    n / wall,
                    size / wall / 1e6,
                    rss / 1e6,
                    store_bytes / 1e6,
                    n / re_wall,
                    len(changed) / ch_wall,
                    ch_wall,
                    p50,
                    p95,
                    rdf,
                    (n / wall) / rdf if rdf == rdf else float("nan"),
                )
            )
            shutil.rmtree(corpus)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    head = (
        "articles",
        "build/s",
        "MB/s",
        "RSS MB",
        "store MB",
        "unchanged/s",
        "1%chg/s",
        "1%chg s",
        "q p50 ms",
        "q p95 ms",
        "rdflib/s",
        "kg/rdflib",
    )
    print("  ".join(f"{h:>11}" for h in head))
    for r in rows:
        print("  ".join(f"{v:>11.1f}" if isinstance(v, float) else f"{v:>11}" for v in r))
    print(
        "targets (issue 4): build >= 2000/s at 100k; >= 20x rdflib; unchanged >= 20000/s; q p50 < 20 ms; RSS < 1 GB"
    )


if __name__ == "__main__":
    main()
