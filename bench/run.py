"""Build benchmark: throughput against the store's own bulk load, cores, rebuilds, memory, quads per
article, a person's questions and time to first row — and kg against a plain rdflib pipeline.

    python bench/run.py                            # 1k and 10k articles
    python bench/run.py --sizes 10000,100000       # make bench: 1k, 10k and 100k

A generated corpus of N articles is made from the real dev and seed articles (ids, numbers and
days varied so that nothing is deduplicated away), streamed to disk. For each size, in one run:

- ``kg build`` end to end (a subprocess, as a user runs it, one worker per core): articles/s,
  MB/s, peak RSS (largest process), store size;
- pyoxigraph's ``Store.bulk_load`` of the very quads that build wrote (dumped as N-Quads, loaded
  into a fresh store): the ratio build / bulk_load;
- articles/s with ``--jobs 1`` and ``--jobs 2`` (and more when the machine has the cores) on the
  first 1,000 articles: over the whole build (the pool's start, about a second, included) and
  running (from the time the 250th article's result reached the main process to the build's end:
  the 750 articles after it over that time), ``--jobs 2 / --jobs 1`` for both; with the CPU
  milliseconds per article of the main process (every thread:
  the store's bulk loads and background compactions too), of its own thread in the store's writes
  and outside them (reading the manifest, identities, bookkeeping: the serial part) and of the
  workers, which say what the scaling is on a quiet machine;
- a rebuild of the unchanged corpus (the manifest: no file read) and of the corpus with 1% edited;
- quads per article by kind: article record, facts, provenance (``kg:sentence`` links),
  sentences, entity records (the ``entities`` graph, per article);
- p50/p99 of the parameterised queries (``person``, ``body``, ``post-holders``,
  ``indicator-series``) over parameters drawn from the store, and time to the first row of every
  canned query;
- the same articles through a plain rdflib pipeline (the same extractor, an rdflib Dataset,
  serialised to TriG and parsed back): the ratio kg / rdflib (sizes <= ``--rdflib-max``).

Everything is printed as one table, a column per size, with the issue's targets and whether they
hold.
"""

from __future__ import annotations

import argparse
import json
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
TALLIES = "https://w3id.org/kg-vn/id/graph/tallies"  # bookkeeping too: kg.store.Tallies, a graph per person
SERIES = "https://w3id.org/kg-vn/id/graph/series"  # and the indicator series, a graph per indicator and place


def internal(graph: str | None) -> bool:
    return graph in INTERNAL or (graph or "").startswith((TALLIES, SERIES))


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
    quads = (q for q in st if not internal(getattr(q.graph_name, "value", None)))
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
        if g is None or internal(g):
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
    posts = rows(  # a post's record is in the entities graph, the years in the articles attesting it
        f"SELECT DISTINCT ?body ?role ?year WHERE {{ GRAPH <{ENTITIES}> {{ ?post <http://www.w3.org/ns/org#organization> ?body ;"
        f" <http://www.w3.org/ns/org#role> ?role }} GRAPH ?g {{ ?post <https://w3id.org/kg-vn/ontology#attestedIn> ?year }} }} LIMIT 2000"
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


_JOBS_RUN = """
import json, sys, time
from kg.api import build
from kg.store import open_store

if __name__ == "__main__":
    st = open_store(sys.argv[2])
    seen = []  # when each article's result reached this process
    t = time.perf_counter()
    r = build([sys.argv[1]], st, progress=lambda _: seen.append(time.perf_counter()), jobs=int(sys.argv[3]))
    end = time.perf_counter()
    k = len(seen) // 4  # running: the articles after the first quarter over the time they took
    running = (len(seen) - k) / (end - seen[k - 1]) if k else float("nan")
    print(json.dumps({"wall": end - t, "n": r.articles, "running": running, **r.cpu}))
"""


def _spin(n: int) -> int:
    s = 0
    for i in range(n):
        s += i * i
    return s


def machine_scaling(tasks: int = 8, n: int = 3_000_000) -> float:
    """How much faster 2 processes run pure Python than one on this machine now (2.0 on 2 idle
    cores; less when other jobs take the cores): the ceiling of any --jobs 2 figure of this run."""
    import multiprocessing

    t = time.perf_counter()
    for _ in range(tasks):
        _spin(n)
    one = time.perf_counter() - t
    with multiprocessing.get_context("forkserver").Pool(2) as pool:
        pool.map(_spin, [10, 10])
        t = time.perf_counter()
        pool.map(_spin, [n] * tasks, chunksize=1)
        two = time.perf_counter() - t
    return one / two


def jobs_scaling(corpus: Path, work: Path, n: int) -> dict[int, dict]:
    """`kg build --jobs N` on the first n articles, N = 1, 2, … up to the cores: articles/s (wall,
    in the build itself), and CPU seconds of the main process (identities, writes: the serial part)
    and of the workers, per article — what scaling must be on a quiet machine whatever the load."""
    sub = work / "jobs-corpus"
    sub.mkdir()
    for p in sorted(corpus.glob("*.txt"))[:n]:
        os.link(p, sub / p.name)
    script = work / "jobs_run.py"
    script.write_text(_JOBS_RUN, encoding="utf-8")
    out = {}
    cores = os.cpu_count() or 1
    for jobs in sorted({1, 2, *(j for j in (4, 8, 16) if j <= cores)}):
        store = work / f"jobs-{jobs}"
        proc = subprocess.run(
            [sys.executable, str(script), str(sub), str(store), str(jobs)],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if proc.returncode != 0:
            sys.exit(f"--jobs {jobs} failed: {proc.stderr[-2000:]}")
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        k = max(r["n"], 1)
        out[jobs] = {
            "rate": r["n"] / r["wall"],
            "running": r["running"],
            "main_ms": 1000 * r.get("main", 0.0) / k,
            "serial_ms": 1000 * r.get("serial", float("nan")) / k,
            "store_ms": 1000 * r.get("store", float("nan")) / k,
            "workers_ms": 1000 * r.get("workers", r.get("main", 0.0)) / k,
        }
        shutil.rmtree(store)
    shutil.rmtree(sub)
    script.unlink()
    return out


def say(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--rdflib-max", type=int, default=10000, help="largest size also run through rdflib")
    ap.add_argument("--jobs-sample", type=int, default=1000, help="articles for the --jobs scaling runs")
    ap.add_argument("--work", type=Path, help="folder for corpora and stores (default: a temporary one)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-", dir=args.work))
    results = []
    try:
        for n in [int(s) for s in args.sizes.split(",")]:
            results.append(run_size(n, work, args))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(results, args.jobs_sample)


def run_size(n: int, work: Path, args) -> dict:
    corpus, store = work / f"corpus-{n}", work / f"store-{n}"
    size = generate(n, corpus)
    say(f"{n} articles generated ({size / 1e6:.1f} MB); building")
    r: dict = {"n": n}
    wall, rss = kg_build(corpus, store)
    r.update(build_s=wall, rate=n / wall, mbs=size / wall / 1e6, rss=rss / 1e6, store=du(store) / 1e6)
    say(f"built in {wall:.1f} s; bulk_load of the same quads")
    bulk, nquads = dump_and_bulk_load(store, work)
    r.update(bulk_s=bulk, ratio=wall / bulk, quads=nquads, bulk_rate=n / bulk)
    articles, kinds = quads_by_kind(store)
    r["kinds"] = {k: v / max(articles, 1) for k, v in kinds.items()}
    say("unchanged rebuild")
    re_wall, re_rss = kg_build(corpus, store)
    r.update(unchanged_s=re_wall, unchanged=n / re_wall, unchanged_rss=re_rss / 1e6)
    changed = sorted(corpus.glob("*.txt"))[::100]
    for p in changed:
        p.write_text(p.read_text(encoding="utf-8") + "\n(edited)\n", encoding="utf-8")
    say(f"rebuild with {len(changed)} edited")
    ch_wall, _ = kg_build(corpus, store)
    r.update(changed=len(changed), changed_s=ch_wall, changed_rate=len(changed) / ch_wall)
    r["expected_changed_s"] = len(changed) / r["rate"]
    say("queries")
    r["latency"], r["first"] = query_latency(store)
    say("--jobs scaling")
    r["machine"] = machine_scaling()
    r["jobs"] = jobs_scaling(corpus, work, min(args.jobs_sample, n))
    r["machine_after"] = machine_scaling()
    if n <= args.rdflib_max:
        say("rdflib pipeline")
    r["rdflib"] = rdflib_pipeline(corpus) if n <= args.rdflib_max else float("nan")
    r["kg_rdflib"] = r["rate"] / r["rdflib"] if r["rdflib"] == r["rdflib"] else float("nan")
    shutil.rmtree(corpus)
    shutil.rmtree(store)
    return r


K1, K10, K100 = 1_000, 10_000, 100_000  # the sizes the issue's targets name


def _rows(results: list[dict], sample: int) -> list[tuple]:
    """(what, a value per size, target, test of a value or None[, the sizes the target is for]) —
    the table, in the issue's order. A target without sizes holds at every size."""
    nan = float("nan")

    def get(r, *keys):
        v = r
        for k in keys:
            if not isinstance(v, dict) or k not in v:
                return nan
            v = v[k]
        return v

    def col(*keys):
        return [get(r, *keys) for r in results]

    rows = [
        ("build: articles/s", col("rate"), "", None),
        ("build: MB/s", col("mbs"), "", None),
        ("build: seconds", col("build_s"), "", None),
        ("bulk_load of the same quads: s", col("bulk_s"), "", None),
        ("build / bulk_load", col("ratio"), "<= 2 (10k, 100k)", lambda v: v <= 2, (K10, K100)),
        ("rdflib pipeline: articles/s", col("rdflib"), "", None),
        ("kg / rdflib", col("kg_rdflib"), ">= 20 (1k, 10k)", lambda v: v >= 20, (K1, K10)),
    ]
    jobs = sorted({j for r in results for j in r.get("jobs", {})})
    for j in jobs:
        rows.append((f"--jobs {j} on {sample}: articles/s", col("jobs", j, "rate"), "", None))
    for j in jobs:
        rows.append((f"--jobs {j} running (last 3/4): articles/s", col("jobs", j, "running"), "", None))
    if 1 in jobs and 2 in jobs:
        speedup = [get(r, "jobs", 2, "rate") / get(r, "jobs", 1, "rate") for r in results]
        rows.append(("--jobs 2 / --jobs 1, whole build", speedup, "", None))
        running = [get(r, "jobs", 2, "running") / get(r, "jobs", 1, "running") for r in results]
        rows.append(("--jobs 2 / --jobs 1, running", running, ">= 1.8", lambda v: v >= 1.8))
        machine = [min(get(r, "machine"), get(r, "machine_after")) for r in results]
        rows.append(("  the machine now: 2 processes / 1", machine, "2.0 when idle", None))
        rows.append(("  main process CPU ms/article, --jobs 2", col("jobs", 2, "main_ms"), "", None))
        rows.append(("    its thread in store writes", col("jobs", 2, "store_ms"), "", None))
        rows.append(("    its thread outside them (serial)", col("jobs", 2, "serial_ms"), "us, not ms", None))
        rows.append(("  workers' CPU ms/article, --jobs 2", col("jobs", 2, "workers_ms"), "", None))
        serial = [get(r, "jobs", 2, "main_ms") / get(r, "jobs", 2, "workers_ms") for r in results]
        rows.append(("  serial share (main / workers CPU)", serial, "", None))
    rows += [
        ("unchanged rebuild: articles/s", col("unchanged"), ">= 20000 (100k)", lambda v: v >= 20000, (K100,)),
        ("unchanged rebuild: s", col("unchanged_s"), "", None),
        ("1%-changed rebuild: articles/s", col("changed_rate"), "", None),
        ("1%-changed rebuild: s", col("changed_s"), "~ 1% of build", None),
        ("  1% of the build: s", col("expected_changed_s"), "", None),
        ("peak RSS, build: MB", col("rss"), "< 1000, flat", lambda v: v < 1000),
        ("peak RSS, unchanged rebuild: MB", col("unchanged_rss"), "", None),
        ("store: MB", col("store"), "", None),
        ("quads", col("quads"), "", None),
    ]
    kinds = list(results[0]["kinds"]) if results else []
    total = [sum(r["kinds"].values()) for r in results]
    rows.append(("quads per article", total, "", None))
    for k in kinds:
        rows.append((f"  {k}", col("kinds", k), "", None))
    for name in PARAMETERISED:
        rows.append(
            (
                f"{name}: p50 ms",
                [get(r, "latency", name)[0] if name in r["latency"] else nan for r in results],
                "< 20 (100k)",
                lambda v: v < 20,
                (K100,),
            )
        )
        rows.append(
            (
                f"{name}: p99 ms",
                [get(r, "latency", name)[1] if name in r["latency"] else nan for r in results],
                "< 100 (100k)",
                lambda v: v < 100,
                (K100,),
            )
        )
        rows.append(
            (
                f"{name}: rows (mean)",
                [get(r, "latency", name)[2] if name in r["latency"] else nan for r in results],
                "",
                None,
            )
        )
    names = sorted({q for r in results for q in r["first"]})
    for q in names:
        rows.append((f"{q}: first row ms", col("first", q), "< 200 (100k)", lambda v: v < 200, (K100,)))
    return rows


def report(results: list[dict], sample: int) -> None:
    """One table: a column per corpus size, the issue's target and whether it holds at the sizes it
    names (:func:`_holds`)."""
    rows = _rows(results, sample)
    width = max(len(w) for w, *_ in rows) + 2
    head = f"{'':<{width}}" + "".join(f"{r['n']:>12,}" for r in results) + f"  {'target':<18}holds"
    print(head)
    print("-" * len(head))
    for what, values, target, ok, *at in rows:
        cells = "".join(f"{_cell(v):>12}" for v in values)
        print(f"{what:<{width}}{cells}  {target:<18}{_holds(results, values, ok, *at)}")
    print()
    print(
        f"(cores: {os.cpu_count()}; rdflib only up to --rdflib-max; the --jobs runs on the first {sample} articles)"
    )


def _holds(results: list[dict], values: list, ok, at: tuple[int, ...] | None = None) -> str:
    """Whether a target holds: "yes" / "NO" over the sizes it is for (``at``; every size when
    None), "-" when none of them was measured (a run without 100k says nothing of a 100k target).

    >>> rs = [{"n": 1000}, {"n": 100000}]
    >>> _holds(rs, [2632.0, 26861.0], lambda v: v >= 20000, (100000,)), _holds(rs, [2632.0, 26861.0], lambda v: v >= 20000)
    ('yes', 'NO')
    >>> _holds(rs[:1], [2632.0], lambda v: v >= 20000, (100000,)), _holds(rs, [1.0, 2.0], None)
    ('-', '')
    """
    if ok is None:
        return ""
    known = [v for r, v in zip(results, values, strict=True) if v == v and (at is None or r["n"] in at)]
    return "-" if not known else ("yes" if all(ok(v) for v in known) else "NO")


def _cell(v) -> str:
    if isinstance(v, float):
        if v != v:
            return "-"
        return f"{v:,.0f}" if abs(v) >= 1000 else f"{v:.2f}" if abs(v) < 10 else f"{v:.1f}"
    return f"{v:,}" if isinstance(v, int) else str(v)


if __name__ == "__main__":
    main()
