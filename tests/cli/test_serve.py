"""kg serve: a real SPARQL endpoint on loopback, queried with a plain HTTP client, SPARQLWrapper
and headless Chromium."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import chromium_command

ROOT = Path(__file__).resolve().parents[2]
NAMES = (
    "SELECT DISTINCT ?n WHERE { ?p a <https://w3id.org/kg-vn/ontology#Official> ; <https://schema.org/name> ?n "
    'FILTER(STRSTARTS(?n, "Mai") || STRSTARTS(?n, "Truong")) } ORDER BY ?n'
)
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(store: Path, *extra: str):
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port), *extra],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(url + "/api/queries", timeout=1).read()
            return proc, url
        except OSError:
            if proc.poll() is not None:
                raise AssertionError(proc.stderr.read()) from None
            time.sleep(0.05)
    raise AssertionError("kg serve did not start")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "store"
    subprocess.run(
        [sys.executable, "-m", "kg", "build", "seeds", "tests/data/dev", "--store", str(path), "--quiet"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return path


@pytest.fixture(scope="module")
def endpoint(store):
    proc, url = start(store, "--timeout", "2", "--max-results", "50")
    yield url
    proc.terminate()
    proc.wait(10)


def get(url: str, accept: str) -> tuple[int, str, bytes]:
    req = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers["Content-Type"], r.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers["Content-Type"], err.read()


@pytest.mark.parametrize(
    ("accept", "check"),
    [
        (
            "application/sparql-results+json",
            lambda b: "Mai Van Tuat" in {x["n"]["value"] for x in json.loads(b)["results"]["bindings"]},
        ),
        ("application/sparql-results+xml", lambda b: b"<literal>Mai Van Tuat</literal>" in b),
        ("text/csv", lambda b: b"\r\nMai Van Tuat\r\n" in b or b"\nMai Van Tuat\n" in b),
        ("text/tab-separated-values", lambda b: b'"Mai Van Tuat"' in b),
    ],
)
def test_select_in_every_results_format(endpoint, accept, check):
    status, ctype, body = get(f"{endpoint}/sparql?query={urllib.parse.quote(NAMES)}", accept)
    assert status == 200 and ctype.startswith(accept), (status, ctype)
    assert check(body)


@pytest.mark.parametrize("accept", ["text/turtle", "application/n-triples"])
def test_construct_as_rdf(endpoint, accept):
    q = "CONSTRUCT { ?p <https://schema.org/name> ?n } WHERE { ?p a <https://w3id.org/kg-vn/ontology#Official> ; <https://schema.org/name> ?n }"
    status, ctype, body = get(f"{endpoint}/sparql?query={urllib.parse.quote(q)}", accept)
    assert status == 200 and ctype.startswith(accept) and b'"Mai Van Tuat"' in body


def test_post_query_and_sparqlwrapper(endpoint):
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(f"{endpoint}/sparql")
    client.setQuery(NAMES)
    client.setReturnFormat(JSON)
    client.setMethod("POST")
    names = {b["n"]["value"] for b in client.query().convert()["results"]["bindings"]}
    assert "Truong Thi Mai" in names


def test_update_is_refused_by_default(endpoint):
    for ctype, body in [
        ("application/sparql-update", b"INSERT DATA { <urn:a> <urn:b> <urn:c> }"),
        ("application/x-www-form-urlencoded", b"update=DROP+ALL"),
    ]:
        req = urllib.request.Request(f"{endpoint}/sparql", data=body, headers={"Content-Type": ctype})
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(req, timeout=10)
        assert err.value.code == 403


def test_load_is_refused(endpoint):
    req = urllib.request.Request(
        f"{endpoint}/sparql",
        data=b"LOAD <http://example.org/data.ttl>",
        headers={"Content-Type": "application/sparql-update"},
    )
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=10)
    assert err.value.code == 403


def test_service_and_load_are_refused(endpoint):
    q = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    status, _, body = get(
        f"{endpoint}/sparql?query={urllib.parse.quote(q)}", "application/sparql-results+json"
    )
    assert status == 403 and b"SERVICE" in body


def test_a_runaway_query_is_stopped_by_the_time_out(endpoint):
    started = time.time()
    status, _, body = get(
        f"{endpoint}/sparql?query={urllib.parse.quote(RUNAWAY)}", "application/sparql-results+json"
    )
    assert status == 503 and b"time-out" in body
    assert time.time() - started < 15


def test_results_are_capped(endpoint):
    q = "SELECT ?s WHERE { ?s ?p ?o }"
    status, _, body = get(
        f"{endpoint}/sparql?query={urllib.parse.quote(q)}", "application/sparql-results+json"
    )
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 50


def test_cors_is_configurable(store):
    proc, url = start(store, "--cors", "http://analyst.example")
    try:
        req = urllib.request.Request(
            f"{url}/sparql?query={urllib.parse.quote(NAMES)}", headers={"Origin": "http://analyst.example"}
        )
        with urllib.request.urlopen(req, timeout=10) as r:
            assert r.headers["Access-Control-Allow-Origin"] == "http://analyst.example"
        req = urllib.request.Request(
            f"{url}/sparql?query={urllib.parse.quote(NAMES)}", headers={"Origin": "http://other"}
        )
        with urllib.request.urlopen(req, timeout=10) as r:
            assert r.headers["Access-Control-Allow-Origin"] is None
    finally:
        proc.terminate()
        proc.wait(10)


def test_allow_update(tmp_path):
    path = tmp_path / "s"
    subprocess.run(
        [sys.executable, "-m", "kg", "build", "seeds/000_fedb5b510b52c1b7.txt", "--store", str(path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    proc, url = start(path, "--allow-update")
    try:
        req = urllib.request.Request(
            f"{url}/sparql",
            data=b"INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> 'c' } }",
            headers={"Content-Type": "application/sparql-update"},
        )
        assert urllib.request.urlopen(req, timeout=10).status in (200, 204)
        q = "ASK { <urn:a> <urn:b> 'c' }"
        _, _, body = get(f"{url}/sparql?query={urllib.parse.quote(q)}", "application/sparql-results+json")
        assert json.loads(body)["boolean"] is True
    finally:
        proc.terminate()
        proc.wait(10)


def test_the_page_runs_a_query_and_draws_the_graph_in_chromium(endpoint, tmp_path):
    page = urllib.request.urlopen(endpoint + "/", timeout=10).read().decode()
    for asset in ("/static/app.js", "/static/app.css"):
        page += urllib.request.urlopen(endpoint + asset, timeout=10).read().decode()
    assert 'src="http' not in page and 'href="http' not in page and "@import" not in page  # offline
    dom = subprocess.run(
        [
            *chromium_command(tmp_path / "profile"),
            "--virtual-time-budget=10000",
            "--dump-dom",
            endpoint + "/",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert dom.count("<tr>") > 3, "the results table has rows"
    assert "Mai Van Tuat" in dom
    assert (
        dom.count('class="node official"') >= 5
        and 'class="node meeting"' in dom
        and 'class="node body"' in dom
    )
