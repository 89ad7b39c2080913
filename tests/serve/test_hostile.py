"""Issue 13, the server rows: what a stranger sends cannot stop ``kg serve``, turn it outward or
make it write. Each test is an attack that worked on the Oxigraph-child design."""

from __future__ import annotations

import http.client
import itertools
import os
import signal
import socket
import subprocess
import sys
import threading
import time

import pytest

from tests.serve.server import (
    CAP,
    NAMES,
    ROOT,
    RUNAWAY,
    ask,
    processes_with,
    request,
    select,
    serving,
    start,
    update,
    wait_gone,
)

pytestmark = pytest.mark.slow  # a kg serve process per test

_COUNT = itertools.count()


def fresh(query: str) -> str:
    """The query with a comment no earlier request had: the server's answer cache cannot serve it."""
    return f"{query}\n# request {next(_COUNT)} of {os.getpid()}"


# ------------------------------------------------------------------ stack bombs


@pytest.mark.parametrize(
    "bomb",
    [
        "SELECT * WHERE { " + "OPTIONAL { ?a ?b ?c " * 1000 + "}" * 1000 + " }",
        "SELECT * WHERE { ?a ?b ?c FILTER(" + "!" * 10_000 + "?a) }",
        "SELECT * WHERE { ?a ?b ?c FILTER(" + "(" * 10_000 + "?a" + ")" * 10_000 + ") }",
        "SELECT * WHERE " + "{" * 10_000 + "}" * 10_000,
        # brackets a lexer might take for an IRI's content still count
        "SELECT * WHERE { ?a ?b ?c FILTER(?a<" + "(" * 5_000 + "?a" + ")" * 5_000 + ") }",
    ],
    ids=["optional", "bang", "paren", "brace", "paren-after-lt"],
)
def test_a_nesting_bomb_is_400_and_the_server_still_answers(endpoint, bomb):
    status, _, body = select(endpoint.url, bomb)
    assert status == 400 and (b"levels deep" in body or b"brackets open" in body), (status, body[:200])
    status, _, rows = select(endpoint.url, fresh(NAMES))
    assert status == 200 and {"Mai Van Tuat"} <= {r["n"]["value"] for r in rows}


def test_a_huge_query_is_refused_before_it_is_read(endpoint):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 300_000
    status, _, body = select(endpoint.url, big)
    assert status == 413 and b"bytes" in body
    assert select(endpoint.url, fresh(NAMES))[0] == 200


# ------------------------------------------------------------------ SERVICE and LOAD

HIDDEN = [
    'SELECT * {{ BIND("""a\\"""" AS ?x) SERVICE <{url}> {{ ?s ?p ?o }} }}',
    "SELECT * {{ BIND('''a\\'''' AS ?x) SERVICE <{url}> {{ ?s ?p ?o }} }}",
    'SELECT * {{ BIND("a\\"b" AS ?x) sErViCe <{url}> {{ ?s ?p ?o }} }}',
    "SELECT * {{ ?s ?p ?o # a comment }} \n SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * {{ ?s ?p ?o . SERVICE#comment\n<{url}>{{?s ?p ?o}} }}",
]


@pytest.mark.parametrize("template", HIDDEN)
def test_service_hidden_after_a_string_is_refused_and_nothing_is_fetched(endpoint, listener, template):
    q = template.format(url=listener.url)
    status, _, body = request(endpoint.url + "/sparql", query=q, headers={"Accept": "text/csv"})
    assert status in (400, 403), (status, body)
    assert listener.hits() == 0, "the server connected to the URL in the query"


def test_a_variable_named_service_is_fine(endpoint):
    status, _, rows = select(endpoint.url, "SELECT ?service ?load WHERE { ?service ?load ?o } LIMIT 3")
    assert status == 200 and len(rows) == 3


def test_load_under_allow_update_via_the_string_trick_is_refused(fresh_store, listener):
    with serving(fresh_store, "--allow-update", "--workers", "2") as served:
        for text in [
            f'INSERT DATA {{ <urn:a> <urn:b> """a\\"""" }} ; LOAD <{listener.url}x.ttl>',
            f"INSERT DATA {{ <urn:a> <urn:b> 'x' }} ; load silent <{listener.url}x.ttl> INTO GRAPH <urn:g>",
            f'INSERT {{ <urn:a> <urn:b> ?o }} WHERE {{ BIND("""\\"""" AS ?x) SERVICE <{listener.url}> {{ ?s ?p ?o }} }}',
        ]:
            status, body = update(served.url, text)
            assert status == 403, (status, body)
        assert listener.hits() == 0
        status, _, rows = select(served.url, "SELECT ?o WHERE { <urn:a> <urn:b> ?o }")
        assert status == 200 and rows == [], "a refused update wrote nothing"


def test_workers_cannot_open_network_sockets_even_if_a_parser_is_fooled(listener):
    """The second wall: a worker's seccomp filter, tested without the parse guard in front."""
    code = (
        "import sys; sys.path.insert(0, 'kg/serve'); import worker, pyoxigraph as ox\n"
        "assert worker.deny_network()\n"
        f"try:\n    list(ox.Store().query('SELECT * {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}'))\n"
        "except OSError as e:\n    print('refused', e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert "refused" in out.stdout, out.stderr
    assert listener.hits() == 0


# ------------------------------------------------------------------ time-outs cost one query


@pytest.mark.slow
def test_a_timed_out_query_does_not_drop_other_clients_queries(seeds_on_disk):
    with serving(seeds_on_disk, "--timeout", "1.5", "--workers", "3") as served:
        results: list[int] = []
        stopped: list[int] = []  # what the runaways got
        stop = threading.Event()

        def runaway() -> None:
            while not stop.is_set():
                stopped.append(select(served.url, RUNAWAY)[0])

        attackers = [threading.Thread(target=runaway) for _ in range(2)]
        for t in attackers:
            t.start()
        # other clients query while runaways are stopped and their workers replaced beside them:
        # until four were (however long a loaded machine takes), and every query is answered
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and (len(results) < 6 or len(stopped) < 4):
            results.append(select(served.url, fresh(NAMES))[0])
        stop.set()
        for t in attackers:
            t.join(90)
        assert len(results) >= 6 and len(stopped) >= 4, (results, stopped)
        assert set(results) == {200}, results
        assert set(stopped) == {503}, stopped


@pytest.mark.slow
def test_the_server_heals_when_a_worker_dies(seeds_on_disk):
    with serving(seeds_on_disk, "--workers", "2") as served:
        before = served.workers()
        assert len(before) == 2
        for pid in before:
            os.kill(pid, signal.SIGKILL)
        statuses = [select(served.url, fresh(NAMES))[0] for _ in range(6)]
        assert statuses[-3:] == [200, 200, 200], statuses
        # the first replacement may answer all six while the second is still being started
        deadline = time.monotonic() + 60
        while len(after := served.workers()) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(after) == 2 and not set(after) & set(before)


# ------------------------------------------------------------------ writes need the same origin


def test_a_cross_origin_form_post_cannot_write(fresh_store):
    with serving(fresh_store, "--allow-update", "--workers", "2") as served:
        insert = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> 'evil' } }"
        # what a form on another site sends
        status, body = update(served.url, insert, {"Origin": "http://evil.example"})
        assert status == 403 and b"origin" in body
        status, body = update(served.url, insert, {"Referer": "http://evil.example/page.html"})
        assert status == 403
        # the same POST with a loopback Origin but a foreign Host (DNS rebinding)
        status, body = update(
            served.url, insert, {"Origin": "http://rebind.example:1", "Host": "rebind.example:1"}
        )
        assert status == 403
        assert ask(served.url, "ASK { <urn:a> <urn:b> 'evil' }") is False
        # the server's own page, and a client that is not a browser, may write
        status, _ = update(served.url, insert.replace("evil", "own"), {"Origin": served.url})
        assert status == 204
        status, _ = update(served.url, insert.replace("evil", "curl"))
        assert status == 204
        _, _, body = request(
            served.url + "/sparql",
            query="SELECT ?o WHERE { <urn:a> <urn:b> ?o } ORDER BY ?o",
            headers={"Accept": "text/csv"},
        )
        assert body.decode().split() == ["o", "curl", "own"]


def test_an_update_token_is_required_when_given(fresh_store):
    with serving(fresh_store, "--allow-update", "--update-token", "s3cret", "--workers", "1") as served:
        insert = "INSERT DATA { <urn:t> <urn:t> 't' }"
        assert update(served.url, insert)[0] == 403
        assert update(served.url, insert, {"Authorization": "Bearer nope"})[0] == 403
        assert update(served.url, insert, {"Authorization": "Bearer s3cret"})[0] == 204


def test_an_update_is_refused_by_get_and_when_read_only(endpoint):
    status, _, body = request(endpoint.url + "/sparql", query="INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert status == 403 and b"read-only" in body
    status, _ = update(endpoint.url, "DROP ALL")
    assert status == 403


# ------------------------------------------------------------------ no child outlives the server


def test_kill_9_of_the_front_ends_every_worker(fresh_store):
    served = start(fresh_store, "--allow-update", "--workers", "2")
    try:
        workers = served.workers()
        assert len(workers) == 1  # under --allow-update: the writer alone
        served.proc.send_signal(signal.SIGKILL)
        served.proc.wait(10)
        assert wait_gone(workers) == [], "a worker outlived kg serve"
    finally:
        for pid in processes_with(str(fresh_store), "worker.py"):
            os.kill(pid, signal.SIGKILL)
    # the store lock went with the writer: the store opens read-write again (the kernel
    # closes a killed process's files as its last thread goes; allow it a moment under load)
    import pyoxigraph as ox

    deadline = time.time() + 10
    while True:
        try:
            ox.Store(str(fresh_store))
            break
        except OSError as e:
            if "LOCK" not in str(e) or time.time() > deadline:
                raise
            time.sleep(0.2)


def test_a_taken_port_leaves_no_process_behind(fresh_store):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        out = subprocess.run(
            [sys.executable, "-m", "kg", "serve", "--store", str(fresh_store), "--port", str(port)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert out.returncode != 0 and "cannot listen" in out.stderr, out.stderr
    assert processes_with(str(fresh_store)) == [], "a child of kg serve is still running"


# ------------------------------------------------------------------ the row cap holds


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?s WHERE { ?s ?p ?o }",
        "SELECT ?s WHERE { ?s ?p ?o } LIMIT 100000",
        "SELECT ?s WHERE { ?s ?p ?o } #",
        "SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o } } } # } LIMIT 1",
        "SELECT ?s WHERE { ?s ?p ?o } # } } LIMIT 1 {",
        "SELECT ?s WHERE { ?s ?p ?o }\n#",
    ],
)
def test_the_row_cap_cannot_be_escaped(endpoint, query):
    status, headers, rows = select(endpoint.url, query)
    assert status == 200 and len(rows) == CAP, (status, rows if status != 200 else len(rows))
    assert headers.get("X-KG-Truncated") == "true"


def test_a_query_that_does_not_parse_returns_no_rows(endpoint):
    status, _, body = select(endpoint.url, "SELECT * WHERE { ?s ?p ?o } } } #")
    assert status == 400 and b"syntax error" in body


def test_construct_is_capped_too(endpoint):
    status, headers, body = request(
        endpoint.url + "/sparql",
        query="CONSTRUCT WHERE { ?s ?p ?o }",
        headers={"Accept": "application/n-triples"},
    )
    assert status == 200 and len(body.splitlines()) == CAP
    assert headers.get("X-KG-Truncated") == "true"


def test_a_result_under_the_cap_says_nothing(endpoint):
    status, headers, rows = select(endpoint.url, NAMES)
    assert status == 200 and 0 < len(rows) < CAP and "X-KG-Truncated" not in headers


# ------------------------------------------------------------------ load: backlog and slow sockets


@pytest.mark.slow
def test_32_clients_at_once_get_no_reset(endpoint):
    host, port = "127.0.0.1", endpoint.port
    errors: list[str] = []
    ok = [0]
    lock = threading.Lock()
    barrier = threading.Barrier(32)

    def client() -> None:
        barrier.wait()
        for _ in range(5):
            try:
                conn = http.client.HTTPConnection(host, port, timeout=60)
                conn.request(
                    "POST",
                    "/sparql",
                    fresh(NAMES).encode(),
                    {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
                )
                r = conn.getresponse()
                r.read()
                conn.close()
                with lock:
                    if r.status == 200:
                        ok[0] += 1
                    else:
                        errors.append(str(r.status))
            except OSError as err:
                with lock:
                    errors.append(repr(err))

    threads = [threading.Thread(target=client) for _ in range(32)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    assert errors == [] and ok[0] == 160, errors[:5]


def test_a_silent_client_does_not_hold_the_server(seeds_on_disk):
    with serving(seeds_on_disk, "--workers", "1") as served:
        idle = [socket.create_connection(("127.0.0.1", served.port)) for _ in range(20)]
        for s in idle:
            s.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nSELECT")
        try:
            assert select(served.url, fresh(NAMES), timeout=20)[0] == 200
        finally:
            for s in idle:
                s.close()
