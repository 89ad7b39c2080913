"""Build benchmark: throughput against the store's own bulk load, cores, rebuilds, memory, quads per
article, a person's questions and time to first row — and kg against a plain rdflib pipeline.

    python bench/run.py                            # 1k and 10k articles
    python bench/run.py --sizes 1000,10000,100000 --rdflib-max 10000

A generated corpus of N articles is made from the real dev and seed articles (ids, numbers and
days varied so that nothing is deduplicated away), streamed to disk. For each size, in one run:

- ``kg build`` end to end (a subprocess, as a user runs it, one worker per core): articles/s,
  MB/s, peak RSS (largest process), store size;
- pyoxigraph's ``Store.bulk_load`` of the very quads that build wrote (dumped as N-Quads, loaded
  into a fresh store): the ratio build / bulk_load;
- articles/s with ``--jobs 1`` and ``--jobs 2`` (and more when the machine has the cores) on the
  first 1,000 articles;
- a rebuild of the unchanged corpus (the manifest: no file read) and of the corpus with 1% edited;
- quads per article by kind: article record, facts, provenance (``kg:sentence`` links),
  sentences, entity records (the ``entities`` graph, per article);
- p50/p99 of the parameterised queries (``person``, ``body``, ``post-holders``,
  ``indicator-series``) over parameters drawn from the store, and time to the first row of every
  canned query;
- the same articles through a plain rdflib pipeline (the same extractor, an rdflib Dataset,
  serialised to TriG and parsed back): the ratio kg / rdflib (sizes <= ``--rdflib-max``).
"""

from __future__ import annotations

import argparse
import os
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

DEV = ROOT / "tests" / "data" / "dev"
SOURCES = sorted(DEV.glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
PARAMETERISED = ("person", "body", "post-holders", "indicator-series")
ENTITIES = "https://w3id.org/kg-vn/id/graph/entities"
INTERNAL = ("https://w3id.org/kg-vn/id/graph/ontology", "https://w3id.org/kg-vn/id/graph/manifest")


def generate(n: int, folder: Path, seed: int = 7) -> int:
    """Write n varied articles into folder (one at a time); returns the bytes written."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in SOURCES]
    folder.mkdir(parents=True, exist_ok=True)
    total = 0

    def number(m: re.Match) -> str:
        digits = m.group()
        if len(digits) == 4 and digits.startswith(("19", "20")):
            return str(rng.choice(range(2016, 2026)))
        return str(rng.randint(10 ** (len(digits) - 1) if len(digits) > 1 else 1, 10 ** len(digits) - 1))

    for i in range(n):
        base = texts[i % len(texts)]
        text = re.sub(r"(?<![\d/-])\d{1,4}(?![\d/-])", number, base) + f"\n(ref {i})\n"
        path = folder / f"gen-{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def kg_build(corpus: Path, store: Path, jobs: int | None = None) -> tuple[float, int]:
    """Wall seconds and peak RSS (bytes, largest process) of `kg build`."""
    args = [sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store), "--quiet"]
    if jobs:
        args += ["--jobs", str(jobs)]
    t = time.perf_counter()
    proc = subprocess.run(
        ["/usr/bin/time", "-f", "%M", *args] if Path("/usr/bin/time").exists() else args,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - t
    if proc.returncode not in (0, 1):
        sys.exit(f"kg build failed: {proc.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    last = proc.stderr.strip().splitlines()[-1:] if Path("/usr/bin/time").exists() else []
    if last and last[0].isdigit():
        peak = int(last[0]) * 1024  # this build only: its main process
    return wall, peak


def dump_and_bulk_load(store: Path, work: Path) -> tuple[float, int]:
    """Seconds pyoxigraph's bulk_load needs for the quads the build wrote; and how many there are."""
    import pyoxigraph as ox

    dump = work / "dump.nq"
    st = ox.Store.read_only(str(store))
    quads = (q for q in st if getattr(q.graph_name, "value", None) not in INTERNAL)
    with open(dump, "wb") as f:
        ox.serialize(quads, f, format=ox.RdfFormat.N_QUADS)
    del st
    target = work / "bulk"
    t = time.perf_counter()
    fresh = ox.Store(str(target))
    fresh.bulk_load(path=str(dump), format=ox.RdfFormat.N_QUADS)
    fresh.flush()
    seconds = time.perf_counter() - t
    n = len(fresh)
    del fresh
    shutil.rmtree(target)
    dump.unlink()
    return seconds, n


def quads_by_kind(store: Path) -> tuple[int, dict[str, int]]:
    """(articles, quads by kind) of a built store."""
    import pyoxigraph as ox

    st = ox.Store.read_only(str(store))
    kinds = dict.fromkeys(("article record", "facts", "provenance", "sentences", "entity records"), 0)
    sentence = "https://w3id.org/kg-vn/ontology#sentence"
    articles = 0
    for q in st:
        g = getattr(q.graph_name, "value", None)
        if g is None or g in INTERNAL:
            continue
        if g == ENTITIES:
            kinds["entity records"] += 1
        elif q.subject.value == g:
            kinds["article record"] += 1
            articles += q.predicate.value == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
        elif q.predicate.value == sentence:
            kinds["provenance"] += 1
        elif q.subject.value.startswith(g + "#s"):
            kinds["sentences"] += 1
        else:
            kinds["facts"] += 1
    return articles, kinds


def _time_query(st, text: str, subs: dict | None, first_only: bool = False) -> float:
    t = time.perf_counter()
    results = st.query(text, use_default_graph_as_union=True, substitutions=subs or None)
    for _row in results:
        if first_only:
            break
    return (time.perf_counter() - t) * 1000


def _parameters(st, rng: random.Random, k: int) -> dict[str, list[dict]]:
    """k parameter sets per parameterised query, drawn from the store."""
    import pyoxigraph as ox

    def rows(q: str) -> list:
        return list(st.query(q, use_default_graph_as_union=True))

    keys = rows(
        f"SELECT DISTINCT ?k WHERE {{ GRAPH <{ENTITIES}> {{ ?p <https://w3id.org/kg-vn/ontology#searchKey> ?k }} }}"
    )
    bodies = rows(
        f"SELECT DISTINCT ?b WHERE {{ GRAPH <{ENTITIES}> {{ ?b a <https://w3id.org/kg-vn/ontology#Body> }} }}"
    )
    posts = rows(
        "SELECT DISTINCT ?body ?role ?year WHERE { GRAPH ?g { ?post <http://www.w3.org/ns/org#organization> ?body ;"
        " <http://www.w3.org/ns/org#role> ?role ; <https://w3id.org/kg-vn/ontology#attestedIn> ?year } } LIMIT 2000"
    )
    series = rows(
        "SELECT DISTINCT ?indicator ?place WHERE { GRAPH ?g { ?o <https://w3id.org/kg-vn/ontology#indicator> ?indicator ;"
        " <https://w3id.org/kg-vn/ontology#place> ?place } } LIMIT 2000"
    )

    def pick(found: list, names: tuple[str, ...]) -> list[dict]:
        chosen = rng.sample(found, min(k, len(found))) if found else []
        return [{ox.Variable(n): r[n] for n in names} for r in chosen]

    return {
        "person": [{ox.Variable("key"): d[ox.Variable("k")]} for d in pick(keys, ("k",))],
        "body": [{ox.Variable("body"): d[ox.Variable("b")]} for d in pick(bodies, ("b",))],
        "post-holders": pick(posts, ("body", "role", "year")),
        "indicator-series": pick(series, ("indicator", "place")),
    }


def query_latency(store: Path, params_per_query: int = 20, repeats: int = 3) -> tuple[dict, dict]:
    """{parameterised query: (p50, p99, rows)} and {canned query: ms to first row}."""
    import pyoxigraph as ox

    from kg.canned import all_queries

    st = ox.Store.read_only(str(store))
    rng = random.Random(11)
    canned = {q.name: q for q in all_queries()}
    params = _parameters(st, rng, params_per_query)
    latency = {}
    for name in PARAMETERISED:
        if name not in canned:
            continue
        text = canned[name].text
        times, rows = [], []
        for subs in params.get(name) or []:
            rows.append(sum(1 for _ in st.query(text, use_default_graph_as_union=True, substitutions=subs)))
            times += [_time_query(st, text, subs) for _ in range(repeats)]
        if times:
            times.sort()
            latency[name] = (
                statistics.median(times),
                times[min(len(times) - 1, int(0.99 * len(times)))],
                statistics.mean(rows),
            )
    first = {}
    for name, q in canned.items():
        if name in PARAMETERISED:
            continue
        subs = {ox.Variable(k): v for k, v in q.bindings().items()}
        first[name] = min(_time_query(st, q.text, subs, first_only=True) for _ in range(2))
    return latency, first


def rdflib_pipeline(corpus: Path) -> float:
    """Articles/s of the same extractor feeding an rdflib Dataset, serialised to TriG and parsed back."""
    import pyoxigraph as ox
    import rdflib

    from kg.extract import extract
    from kg.mint import mint
    from kg.reader import read_articles
    from kg.resolve import Resolver

    def term(t):
        if isinstance(t, ox.NamedNode):
            return rdflib.URIRef(t.value)
        if isinstance(t, ox.BlankNode):
            return rdflib.BNode(t.value)
        dt = rdflib.URIRef(t.datatype.value) if t.datatype and not t.language else None
        return rdflib.Literal(t.value, lang=t.language, datatype=dt)

    t = time.perf_counter()
    ds = rdflib.Dataset()
    resolver = Resolver()
    n = 0
    for article in read_articles([corpus]):
        if not hasattr(article, "text"):
            continue
        for q in mint(extract(article), resolver):
            ds.graph(rdflib.URIRef(q.graph_name.value)).add(
                (term(q.subject), term(q.predicate), term(q.object))
            )
        n += 1
    data = ds.serialize(format="trig")
    rdflib.Dataset().parse(data=data, format="trig")
    return n / (time.perf_counter() - t)


def jobs_scaling(corpus: Path, work: Path, n: int) -> dict[int, float]:
    """articles/s of `kg build --jobs N` on the first n articles, N = 1, 2, … up to the cores."""
    sub = work / "jobs-corpus"
    sub.mkdir()
    for p in sorted(corpus.glob("*.txt"))[:n]:
        os.link(p, sub / p.name)
    out = {}
    cores = os.cpu_count() or 1
    for jobs in sorted({1, 2, *(j for j in (4, 8, 16) if j <= cores)}):
        store = work / f"jobs-{jobs}"
        wall, _ = kg_build(sub, store, jobs)
        out[jobs] = n / wall
        shutil.rmtree(store)
    shutil.rmtree(sub)
    return out


def say(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def fmt(v, width=9) -> str:
    if isinstance(v, float):
        return f"{v:>{width}.1f}" if v == v else f"{'-':>{width}}"
    return f"{v!s:>{width}}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--rdflib-max", type=int, default=1000, help="largest size also run through rdflib")
    ap.add_argument("--jobs-sample", type=int, default=1000, help="articles for the --jobs scaling runs")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    results = []
    scaling: dict[int, float] = {}
    try:
        for n in [int(s) for s in args.sizes.split(",")]:
            corpus, store = work / f"corpus-{n}", work / f"store-{n}"
            size = generate(n, corpus)
            say(f"{n} articles generated ({size / 1e6:.1f} MB); building")
            r = {"n": n}
            wall, rss = kg_build(corpus, store)
            r.update(build_s=wall, rate=n / wall, mbs=size / wall / 1e6, rss=rss / 1e6, store=du(store) / 1e6)
            say(f"built in {wall:.1f} s; bulk_load of the same quads")
            bulk, nquads = dump_and_bulk_load(store, work)
            r.update(bulk_s=bulk, ratio=wall / bulk, quads=nquads)
            articles, kinds = quads_by_kind(store)
            r["kinds"] = {k: v / max(articles, 1) for k, v in kinds.items()}
            say("unchanged rebuild")
            re_wall, re_rss = kg_build(corpus, store)
            r.update(unchanged=n / re_wall, unchanged_rss=re_rss / 1e6)
            changed = sorted(corpus.glob("*.txt"))[::100]
            for p in changed:
                p.write_text(p.read_text(encoding="utf-8") + "\n(edited)\n", encoding="utf-8")
            say(f"rebuild with {len(changed)} edited")
            ch_wall, _ = kg_build(corpus, store)
            r.update(changed=len(changed), changed_s=ch_wall, changed_rate=len(changed) / ch_wall)
            r["expected_changed_s"] = len(changed) / r["rate"]
            say("queries")
            r["latency"], r["first"] = query_latency(store)
            if not scaling and n >= args.jobs_sample:
                say("--jobs scaling")
                scaling = jobs_scaling(corpus, work, args.jobs_sample)
            if n <= args.rdflib_max:
                say("rdflib pipeline")
            r["rdflib"] = rdflib_pipeline(corpus) if n <= args.rdflib_max else float("nan")
            r["kg_rdflib"] = r["rate"] / r["rdflib"] if r["rdflib"] == r["rdflib"] else float("nan")
            results.append(r)
            shutil.rmtree(corpus)
            shutil.rmtree(store)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(results, scaling, args.jobs_sample)


def report(results: list[dict], scaling: dict[int, float], sample: int) -> None:
    cols = [
        ("articles", "n"),
        ("build/s", "rate"),
        ("MB/s", "mbs"),
        ("build s", "build_s"),
        ("bulk s", "bulk_s"),
        ("build/bulk", "ratio"),
        ("kg/rdflib", "kg_rdflib"),
        ("RSS MB", "rss"),
        ("store MB", "store"),
        ("quads", "quads"),
        ("unchg/s", "unchanged"),
        ("1%chg/s", "changed_rate"),
        ("1%chg s", "changed_s"),
        ("1% of build s", "expected_changed_s"),
    ]
    print("  ".join(fmt(h, 13) for h, _ in cols))
    for r in results:
        print("  ".join(fmt(r[k], 13) for _, k in cols))
    print()
    if scaling:
        base = scaling.get(1)
        print(f"--jobs scaling on {sample} articles (cores: {os.cpu_count()}):")
        for jobs, rate in scaling.items():
            print(f"  --jobs {jobs:>2}: {rate:8.1f} articles/s  ({rate / base:.2f}x one worker)")
        print()
    kinds = list(results[0]["kinds"]) if results else []
    print("quads per article by kind:  " + "  ".join(fmt(k, 15) for k in kinds) + fmt("total", 10))
    for r in results:
        vals = [r["kinds"][k] for k in kinds]
        print(f"  {r['n']:>8} articles:      " + "  ".join(fmt(v, 15) for v in vals) + fmt(sum(vals), 10))
    print()
    print("parameterised queries (ms):   " + "  ".join(f"{n:>24}" for n in PARAMETERISED))
    for r in results:
        cells = []
        for name in PARAMETERISED:
            if name in r["latency"]:
                p50, p99, rows = r["latency"][name]
                cells.append(f"{p50:6.1f} /{p99:7.1f} ({rows:5.0f} rows)")
            else:
                cells.append(f"{'-':>24}")
        print(f"  {r['n']:>8} p50/p99:         " + "  ".join(f"{c:>24}" for c in cells))
    print()
    names = sorted(results[0]["first"]) if results else []
    print("time to first row (ms):       " + "  ".join(f"{n[:14]:>14}" for n in names))
    for r in results:
        print(f"  {r['n']:>8} articles:      " + "  ".join(f"{r['first'][n]:>14.1f}" for n in names))
    print()
    print(
        "targets (issue 11): build/bulk <= 2; kg/rdflib >= 20; --jobs 2 >= 1.8x; unchanged >= 20000/s at 100k; "
        "1%-changed in proportion; RSS < 1 GB, flat; parameterised p50 < 20 ms, p99 < 100 ms; first row < 200 ms"
    )


if __name__ == "__main__":
    main()
