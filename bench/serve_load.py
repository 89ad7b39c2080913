"""Load check of `kg serve`: 16 and 32 concurrent clients running the explorer's queries.

Builds (once, then reused) a store of a generated corpus (`bench/run.py`'s generator, 10k
articles by default), starts `kg serve` on a free port and, for each client count, has every
client walk the explorer as a reader would: a search by name (then the home provinces and latest
posts of 30 officials, as the search page asks), an official's page (six queries), a body's page
(three) and a meeting's page — the queries of `kg/web/app.js`, with the IRIs and names of real
entities of the store. Each client opens a new connection per request (the hardest case for the
listen backlog).

Prints, per client count: requests, errors (any status but 200), connection resets, p50 / p99
latency and requests/s. Target: 0 errors, 0 resets.

    python bench/serve_load.py                       # 10k articles, 16 and 32 clients
    python bench/serve_load.py --articles 2000 --clients 16 --rounds 5
    python bench/serve_load.py --store /tmp/s/store --cold   # every query run, none from the cache
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PROLOGUE = """PREFIX kg: <https://w3id.org/kg-vn/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""
# The queries below are the page's (kg/web/app.js), word for word: each binds its entity first (a
# constant IRI, or a look-up in the entities graph), matches what the articles say inside GRAPH ?a
# from there, and gives each OPTIONAL a GRAPH ?a of its own (an OPTIONAL of two patterns inside the
# article's GRAPH block is joined by a scan: 100 times slower) — no property path over the union.
ENT = "<https://w3id.org/kg-vn/id/graph/entities>"


def opt(*patterns: str) -> str:
    """What the article ?a may say: `OPTIONAL { GRAPH ?a { … } }` for each group of patterns."""
    return " ".join(f"OPTIONAL {{ GRAPH ?a {{ {p} }} }}" for p in patterns)


SRC = opt("?a schema:url ?url")
APROV = opt("?a kg:province ?apl . ?apl schema:name ?aprov")
# a body ?b of the article ?a: its type, then (if stated) its level and its place
BODY = "?b kg:orgType ?org"
BODY_MORE = opt("?b kg:level ?level", "?b kg:place ?bpl . ?bpl schema:name ?place")
CHAIRS = 'GROUP_CONCAT(DISTINCT CONCAT(STR(?c), "\\u001e", ?cn); separator="\\u001f")'
LIST = 300  # rows of a list on a page


def mkind(m: str) -> str:
    """A meeting's kind (code/meeting), if known."""
    return opt(f"{m} kg:meetingKind ?mkind")


def chair_names(m: str) -> str:
    return f"OPTIONAL {{ GRAPH ?a {{ {m} kg:chairedBy ?c }} GRAPH {ENT} {{ ?c schema:name ?cn }} }}"


def organiser(m: str) -> str:
    """A meeting's organiser, if stated: no OPTIONAL inside an OPTIONAL (also joined by a scan), so
    the level and place are looked up on ?ob, the organiser or rdf:nil (which has neither)."""
    return (
        f"OPTIONAL {{ GRAPH ?a {{ {m} schema:organizer ?b . {BODY} }} }} BIND(COALESCE(?b, rdf:nil) AS ?ob)\n  "
        + opt("?ob kg:level ?level", "?ob kg:place ?bpl . ?bpl schema:name ?place")
    )


def search(word: str) -> str:
    """The page's findOfficials for one folded word: the officials whose folded search key has a
    word starting with it (entities graph), then their canonical names and the forms the
    articles wrote."""
    t = word.replace("\\", "\\\\").replace('"', '\\"')
    return f"""SELECT ?p ?name (COUNT(DISTINCT ?a) AS ?articles)
      (GROUP_CONCAT(DISTINCT ?form; separator="\\u001f") AS ?forms) WHERE {{
    {{ SELECT DISTINCT ?p WHERE {{ GRAPH {ENT} {{ ?p kg:searchKey ?k .
      FILTER(CONTAINS(?k, "{t}") && REGEX(?k, "(^|[^\\\\p{{L}}]){t}", "i")) ?p a kg:Official }} }} LIMIT 60 }}
    GRAPH {ENT} {{ ?p schema:name ?name }}
    {opt("?p kg:surfaceForm ?form")}
  }} GROUP BY ?p ?name ORDER BY DESC(?articles) ?name"""


def homes(people: list[str]) -> str:
    values = " ".join(f"<{p}>" for p in people)
    return f"""SELECT DISTINCT ?p ?prov WHERE {{ VALUES ?p {{ {values} }}
      GRAPH {ENT} {{ ?p kg:province ?pl }} ?pl schema:name ?prov }}"""


def posts(p: str) -> str:
    """The page's POSTS: a person's posts, each once, in the entities graph."""
    return (
        f"GRAPH {ENT} {{ ?post org:member {p} . ?post org:role ?role . ?post org:organization ?b . "
        "OPTIONAL { ?post kg:former ?former } }"
    )


def latest_posts(p: str) -> str:
    """The page's latestPostsQuery: the posts of one official, not named former (the page asks
    this for each official it lists, all at once)."""
    return f"""SELECT ?p ?role ?org ?level ?place (MAX(STR(?y)) AS ?year) (COUNT(DISTINCT ?a) AS ?n) WHERE {{
    VALUES ?p {{ <{p}> }}
    {posts("?p")} GRAPH ?a {{ ?post kg:sentence ?ps . {BODY} }}
    {BODY_MORE} {opt("?post kg:attestedIn ?y")}
    FILTER(!BOUND(?former) || ?former != true)
  }} GROUP BY ?p ?role ?org ?level ?place ORDER BY ?p DESC(?year) DESC(?n)"""


def official_page(p: str) -> list[str]:
    P = f"<{p}>"
    # the articles that name the official (kg:surfaceForm), once each
    named = f"{{ SELECT DISTINCT ?a WHERE {{ GRAPH ?a {{ {P} kg:surfaceForm ?f }} }} }}"
    return [
        f"""SELECT DISTINCT ?name ?prov WHERE {{ GRAPH {ENT} {{ {P} schema:name ?name OPTIONAL {{ {P} kg:province ?pl }} }}
      BIND(COALESCE(?pl, rdf:nil) AS ?home) OPTIONAL {{ ?home schema:name ?prov }} }}""",
        f"""SELECT DISTINCT ?form ?text ?a ?url WHERE {{ GRAPH ?a {{ {P} kg:sentence ?s . ?s kg:text ?text }}
      {opt(f"{P} kg:surfaceForm ?form")} {SRC} }}""",
        f"""SELECT DISTINCT ?post ?role ?b ?org ?level ?place ?year ?former ?text ?a ?url WHERE {{
      {posts(P)} GRAPH ?a {{ ?post kg:sentence ?ps . {BODY} }}
      {BODY_MORE} {opt("?post kg:attestedIn ?year", "?ps kg:text ?text")} {SRC} }}""",
        f"""SELECT ?m ?how ?date ?mkind ?b ?org ?level ?place ?aprov ?text ?a ?url ({CHAIRS} AS ?chairs) WHERE {{
      {{ GRAPH ?a {{ ?m kg:chairedBy {P} }} BIND("chaired" AS ?how) }}
      UNION {{ GRAPH ?a {{ ?m schema:attendee {P} }} BIND("attended" AS ?how) }}
      {opt("?m schema:startDate ?date", "?m kg:sentence ?ms . ?ms kg:text ?text")} {mkind("?m")}
      {chair_names("?m")} {organiser("?m")} {APROV} {SRC} }}
    GROUP BY ?m ?how ?date ?mkind ?b ?org ?level ?place ?aprov ?text ?a ?url""",
        # every document and figure has its sentence, so it is matched, not OPTIONAL
        f"""SELECT DISTINCT ?d ?kind ?number ?dname ?text ?a ?url WHERE {{ {named}
      GRAPH ?a {{ ?d kg:documentKind ?kind . ?d kg:sentence ?s . ?s kg:text ?text }}
      {opt("?d kg:number ?number", "?d schema:name ?dname")} {SRC} }} LIMIT {LIST}""",
        f"""SELECT DISTINCT ?o ?indicator ?value ?unit ?change ?surface ?text ?a ?url WHERE {{ {named}
      GRAPH ?a {{ ?o kg:indicator ?indicator . ?o kg:value ?value . ?o kg:unit ?unit . ?o kg:sentence ?s . ?s kg:text ?text }}
      {opt("?o kg:changePct ?change", "?o schema:text ?surface")} {SRC} }} LIMIT {LIST}""",
    ]


def body_page(b: str) -> list[str]:
    B = f"<{b}>"
    return [
        f"""SELECT ?org ?level ?place ?pl WHERE {{ GRAPH ?a {{ {B} kg:orgType ?org }}
      {opt(f"{B} kg:level ?level", f"{B} kg:place ?pl . ?pl schema:name ?place")} }} LIMIT 1""",
        f"""SELECT ?m ?date ?mkind ?aprov ?text ?a ?url ({CHAIRS} AS ?chairs) WHERE {{ GRAPH ?a {{ ?m schema:organizer {B} }}
      {opt("?m schema:startDate ?date", "?m kg:sentence ?ms . ?ms kg:text ?text")} {mkind("?m")}
      {chair_names("?m")} {APROV} {SRC} }}
    GROUP BY ?m ?date ?mkind ?aprov ?text ?a ?url ORDER BY DESC(STR(?date)) LIMIT {LIST}""",
        f"""SELECT DISTINCT ?p ?name ?role ?year ?former ?text ?a ?url WHERE {{
      GRAPH {ENT} {{ ?post org:organization {B} . ?post org:role ?role . ?post org:member ?p . OPTIONAL {{ ?post kg:former ?former }} }}
      GRAPH ?a {{ ?post kg:sentence ?ps }} {opt("?post kg:attestedIn ?year", "?ps kg:text ?text")}
      GRAPH {ENT} {{ ?p schema:name ?name }} {SRC} }}
    ORDER BY DESC(STR(?year)) LIMIT {LIST}""",
    ]


def meeting_page(m: str) -> list[str]:
    M = f"<{m}>"
    return [
        f"""SELECT ?date ?mkind ?b ?org ?level ?place ?aprov ?text ?a ?url ?c ?cn ?t ?tn WHERE {{
    GRAPH ?a {{ {M} kg:sentence ?s }} {opt(f"{M} schema:startDate ?date", "?s kg:text ?text")} {mkind(M)}
    {chair_names(M)} OPTIONAL {{ GRAPH ?a {{ {M} schema:attendee ?t }} GRAPH {ENT} {{ ?t schema:name ?tn }} }}
    {organiser(M)} {APROV} {SRC} }}"""
    ]


# ------------------------------------------------------------------ plumbing


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(port: int, query: str, timeout: float = 120) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(
            "POST",
            "/sparql",
            (PROLOGUE + query).encode(),
            {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
        )
        r = conn.getresponse()
        return r.status, r.read()
    finally:
        conn.close()


def rows(port: int, query: str) -> list[dict[str, str]]:
    status, body = post(port, query)
    if status != 200:
        raise SystemExit(f"setup query failed ({status}): {body[:300]!r}")
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(body)["results"]["bindings"]]


def build_store(articles: int, store: Path) -> None:
    from bench.run import generate

    if (store / "CURRENT").exists():
        print(f"reusing the store {store}", file=sys.stderr)
        return
    corpus = store.parent / f"corpus-{articles}"
    shutil.rmtree(corpus, ignore_errors=True)
    print(f"generating {articles} articles and building {store} ...", file=sys.stderr)
    generate(articles, corpus)
    started = time.time()
    subprocess.run(
        [sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store), "--quiet"],
        cwd=ROOT,
        check=False,
    )
    if not (store / "CURRENT").exists():
        raise SystemExit("kg build made no store")
    print(f"built in {time.time() - started:.0f} s", file=sys.stderr)
    shutil.rmtree(corpus, ignore_errors=True)


def sessions(port: int, rng: random.Random) -> list[list[tuple[str, str]]]:
    """Reader sessions: a search, then pages of what it found (entities of the store)."""
    people = rows(port, "SELECT DISTINCT ?p ?name WHERE { ?p a kg:Official ; schema:name ?name } LIMIT 400")
    bodies = [
        r["b"] for r in rows(port, "SELECT DISTINCT ?b WHERE { ?b a kg:Body ; kg:orgType ?o } LIMIT 200")
    ]
    meetings = [r["m"] for r in rows(port, "SELECT DISTINCT ?m WHERE { ?m a kg:Meeting } LIMIT 400")]
    if not (people and bodies and meetings):
        raise SystemExit("the store has no officials, bodies or meetings to browse")
    out = []
    for _ in range(64):
        person = rng.choice(people)
        word = person["name"].split()[-1].lower()
        session = [("search", search(word))]
        # the search page's next two queries, on up to 30 officials (the most it lists)
        found = [p["p"] for p in rng.sample(people, min(30, len(people)))]
        session += [("homes", homes(found))] + [("latest posts", latest_posts(p)) for p in found]
        session += [(f"official {i}", q) for i, q in enumerate(official_page(person["p"]))]
        session += [(f"body {i}", q) for i, q in enumerate(body_page(rng.choice(bodies)))]
        session += [("meeting", q) for q in meeting_page(rng.choice(meetings))]
        out.append(session)
    return out


def run(port: int, clients: int, rounds: int, plans: list[list[tuple[str, str]]], cold: bool = False) -> dict:
    latencies: list[float] = []
    by_kind: dict[str, list[float]] = {}
    errors: list[str] = []
    resets = 0
    timeouts = [0]  # of the errors: queries the server stopped at its --timeout
    lock = threading.Lock()
    barrier = threading.Barrier(clients)

    def client(k: int) -> None:
        nonlocal resets
        barrier.wait()
        for r in range(rounds):
            for i, (kind, q) in enumerate(plans[(k * rounds + r) % len(plans)]):
                if cold:  # a query text of its own: never answered from the server's cache
                    q += f"\n# {clients}-{k}-{r}-{i}"
                t = time.perf_counter()
                try:
                    status, body = post(port, q)
                    err = None if status == 200 else f"{status}: {body[:120]!r}"
                    if status == 503 and b"time-out" in body:
                        with lock:
                            timeouts[0] += 1
                except (ConnectionResetError, BrokenPipeError, ConnectionRefusedError) as e:
                    err, status = f"reset: {e!r}", -1
                except OSError as e:
                    err, status = f"{e!r}", -2
                dt = (time.perf_counter() - t) * 1000
                with lock:
                    latencies.append(dt)
                    by_kind.setdefault(kind, []).append(dt)
                    if err:
                        errors.append(f"{kind}: {err}")
                        resets += status == -1

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    lat = sorted(latencies)
    return {
        "clients": clients,
        "requests": len(lat),
        "errors": len(errors),
        "resets": resets,
        "timeouts": timeouts[0],
        "p50": statistics.median(lat),
        "p99": lat[int(0.99 * (len(lat) - 1))],
        "rps": len(lat) / wall,
        "sample": errors[:3],
        "error_kinds": Counter(e.split(":")[0] for e in errors),
        "by_kind": {k: statistics.median(v) for k, v in by_kind.items()},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--clients", default="16,32", help="client counts, comma-separated")
    ap.add_argument("--rounds", type=int, default=3, help="reader sessions (42 queries each) per client")
    ap.add_argument("--store", type=Path, help="store to use (built there if missing)")
    ap.add_argument("--workers", type=int, default=0, help="kg serve --workers")
    ap.add_argument("--timeout", type=float, default=10.0, help="kg serve --timeout (seconds)")
    ap.add_argument(
        "--cold",
        action="store_true",
        help="make every query text unique, so no answer comes from kg serve's answer cache",
    )
    ap.add_argument(
        "--kinds",
        default="",
        help="only these queries of a session, comma-separated (search, homes, latest posts, official 0-5, "
        "body 0-2, meeting); default all",
    )
    args = ap.parse_args()
    store = args.store or ROOT / "out" / f"bench-serve-{args.articles}" / "store"
    store.parent.mkdir(parents=True, exist_ok=True)
    build_store(args.articles, store)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port)]
        + ["--timeout", str(args.timeout)]
        + (["--workers", str(args.workers)] if args.workers else []),
        cwd=ROOT,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(600):
            try:
                http.client.HTTPConnection("127.0.0.1", port, timeout=2).request("GET", "/api/queries")
                break
            except OSError:
                time.sleep(0.1)
        keep = {k.strip() for k in args.kinds.split(",") if k.strip()}

        def plans_for(seed: int) -> list[list[tuple[str, str]]]:
            plans = sessions(port, random.Random(seed))
            if keep:
                plans = [[(k, q) for k, q in plan if k in keep] for plan in plans]
                if not plans[0]:
                    raise SystemExit(f"no query kind among {sorted(keep)}")
            return plans

        print(
            f"{store}: explorer sessions of {len(plans_for(7)[0])} queries each"
            + (" (cold: no answer from the server's cache)" if args.cold else "")
        )
        print(
            f"{'clients':<9}{'requests':>9}{'errors':>8}{'time-outs':>11}{'resets':>8}"
            f"{'p50 ms':>9}{'p99 ms':>9}{'req/s':>8}"
        )
        ok = True
        for n in (int(x) for x in args.clients.split(",")):
            # other sessions for each client count: a run does not replay the previous one's queries
            r = run(port, n, args.rounds, plans_for(7 + n), args.cold)
            print(
                f"{r['clients']:<9}{r['requests']:>9}{r['errors']:>8}{r['timeouts']:>11}{r['resets']:>8}"
                f"{r['p50']:>9.0f}{r['p99']:>9.0f}{r['rps']:>8.1f}"
            )
            if r["error_kinds"]:
                print(
                    "    errors by query:", ", ".join(f"{k} {n}" for k, n in r["error_kinds"].most_common())
                )
            for e in r["sample"]:
                print("   ", e)
            slowest = sorted(r["by_kind"].items(), key=lambda kv: -kv[1])[:4]
            print("    slowest queries (median ms):", ", ".join(f"{k} {v:.0f}" for k, v in slowest))
            ok = ok and r["errors"] == 0 and r["resets"] == 0
        print("target: 0 errors, 0 resets:", "met" if ok else "NOT met")
    finally:
        server.terminate()
        server.wait(30)


if __name__ == "__main__":
    main()
