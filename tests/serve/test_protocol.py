"""kg serve: a standard SPARQL 1.1 endpoint on loopback (issue 12, "the endpoint is standard"),
queried with a plain HTTP client and with SPARQLWrapper's default settings (the server of the
``endpoint`` fixture, ``conftest.py``)."""

from __future__ import annotations

import json
import urllib.parse
from pathlib import Path

import pytest

from tests.serve.server import CAP, NAMES, ROOT, ask, request, select, serving, update

pytestmark = pytest.mark.slow  # a kg serve process over a built store

KG = "https://w3id.org/kg-vn/ontology#"
CONSTRUCT = f"CONSTRUCT {{ ?p <https://schema.org/name> ?n }} WHERE {{ ?p a <{KG}Official> ; <https://schema.org/name> ?n }}"


# ------------------------------------------------------------------ SPARQLWrapper, default settings


def _wrapper(endpoint: str, query: str):
    from SPARQLWrapper import SPARQLWrapper

    client = SPARQLWrapper(f"{endpoint}/sparql")  # defaults: GET, XML, format=xml&output=xml
    client.setQuery(query)
    return client.query().convert()


def test_sparqlwrapper_defaults_select(endpoint):
    doc = _wrapper(endpoint.url, NAMES)
    names = {n.firstChild.data for n in doc.getElementsByTagName("literal")}
    assert "Mai Van Tuat" in names


def test_sparqlwrapper_defaults_ask(endpoint):
    doc = _wrapper(endpoint.url, f"ASK {{ ?p a <{KG}Official> }}")
    assert doc.getElementsByTagName("boolean")[0].firstChild.data == "true"
    doc = _wrapper(endpoint.url, "ASK { <urn:nothing> ?p ?o }")
    assert doc.getElementsByTagName("boolean")[0].firstChild.data == "false"


def test_sparqlwrapper_defaults_construct(endpoint):
    graph = _wrapper(endpoint.url, CONSTRUCT)  # an rdflib Graph, read from RDF/XML
    assert "Mai Van Tuat" in {str(o) for o in graph.objects()}


def test_sparqlwrapper_defaults_describe(endpoint):
    graph = _wrapper(endpoint.url, "DESCRIBE <https://w3id.org/kg-vn/id/person/mai-van-tuat>")
    assert len(graph) > 0
    assert "Mai Van Tuat" in {str(o) for o in graph.objects()}


def test_sparqlwrapper_json_post(endpoint):
    from SPARQLWrapper import JSON, POST, SPARQLWrapper

    client = SPARQLWrapper(f"{endpoint.url}/sparql")
    client.setQuery(NAMES)
    client.setReturnFormat(JSON)
    client.setMethod(POST)
    names = {b["n"]["value"] for b in client.query().convert()["results"]["bindings"]}
    assert "Mai Van Tuat" in names


# ------------------------------------------------------------------ errors by parsing


def test_a_typo_is_400_not_403(endpoint):
    from SPARQLWrapper import SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    status, _, body = request(endpoint.url + "/sparql", query="SELEC ?x WHERE { ?x ?y ?z }")
    assert status == 400 and b"SELEC" in body and b"line 1, column 1" in body
    client = SPARQLWrapper(f"{endpoint.url}/sparql")
    client.setQuery("SELEC ?x WHERE { ?x ?y ?z }")
    with pytest.raises(QueryBadFormed):
        client.query()


def test_a_parse_error_points_into_the_users_own_text(endpoint):
    q = "PREFIX s: <https://schema.org/>\nSELECT ?x WHERE { ?x s:name ?n FILTER(?n = ) }"
    status, _, body = request(endpoint.url + "/sparql", query=q)
    assert status == 400
    col = q.splitlines()[1].index("FILTER") + 1  # where the parser stops, in the text as sent
    assert f"line 2, column {col}" in body.decode(), body


def test_select_service_as_a_variable_is_a_query(endpoint):
    status, _, rows = select(endpoint.url, "SELECT ?service WHERE { ?service a ?t } LIMIT 2")
    assert status == 200 and len(rows) == 2


def test_an_update_sent_as_a_query_is_403_read_only(endpoint):
    status, _, body = select(endpoint.url, "DELETE WHERE { ?s ?p ?o }")
    assert status == 403 and b"read-only" in body


# ------------------------------------------------------------------ formats


@pytest.mark.parametrize(
    ("accept", "check"),
    [
        (
            "application/sparql-results+json",
            lambda b: "Mai Van Tuat" in {x["n"]["value"] for x in json.loads(b)["results"]["bindings"]},
        ),
        ("application/sparql-results+xml", lambda b: b"<literal>Mai Van Tuat</literal>" in b),
        ("text/csv", lambda b: b"\r\nMai Van Tuat\r\n" in b),
        ("text/tab-separated-values", lambda b: b'\n"Mai Van Tuat"\n' in b),
    ],
)
def test_select_in_every_results_format(endpoint, accept, check):
    status, headers, body = request(endpoint.url + "/sparql", query=NAMES, headers={"Accept": accept})
    assert status == 200 and headers["Content-Type"].startswith(accept), (status, headers)
    assert check(body)


@pytest.mark.parametrize(
    "accept", ["text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json"]
)
def test_construct_in_every_graph_format(endpoint, accept):
    status, headers, body = request(endpoint.url + "/sparql", query=CONSTRUCT, headers={"Accept": accept})
    assert status == 200 and headers["Content-Type"].startswith(accept)
    assert b"Mai Van Tuat" in body


def test_accept_weights_are_honoured(endpoint):
    status, headers, _ = request(
        endpoint.url + "/sparql",
        query=NAMES,
        headers={"Accept": "text/csv;q=0.4, application/sparql-results+xml"},
    )
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+xml")


def test_truncation_is_announced(endpoint):
    status, headers, rows = select(endpoint.url, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert status == 200 and len(rows) == CAP and headers["X-KG-Truncated"] == "true"


def test_predeclared_prefixes(endpoint):
    status, _, rows = select(endpoint.url, "SELECT ?n WHERE { ?p a kg:Official ; schema:name ?n } LIMIT 1")
    assert status == 200 and len(rows) == 1


# ------------------------------------------------------------------ the page's files and helpers


def test_every_file_of_the_page_is_served(endpoint):
    web = ROOT / "kg" / "web"
    files = [p for p in web.rglob("*") if p.is_file()]
    assert files
    for path in files:
        rel = path.relative_to(web).as_posix()
        status, _, body = request(f"{endpoint.url}/static/{urllib.parse.quote(rel)}")
        assert status == 200 and body == path.read_bytes(), rel
    status, headers, body = request(endpoint.url + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert body == (web / "index.html").read_bytes()


def test_no_file_outside_the_page_is_served(endpoint):
    for path in ["/static/../serve/front.py", "/static/%2e%2e/cli.py", "/static/..%2f..%2fpyproject.toml"]:
        assert request(endpoint.url + path)[0] == 404, path


def test_canned_queries_are_listed(endpoint):
    status, _, body = request(endpoint.url + "/api/queries")
    queries = json.loads(body)
    names = {p.stem for p in Path(ROOT / "kg" / "queries").glob("*.rq")}
    assert status == 200 and set(queries) == names


def test_cors_is_configurable(seeds_on_disk):
    with serving(seeds_on_disk, "--cors", "http://analyst.example", "--workers", "1") as served:
        _, headers, _ = request(
            served.url + "/sparql", query=NAMES, headers={"Origin": "http://analyst.example"}
        )
        assert headers["Access-Control-Allow-Origin"] == "http://analyst.example"
        assert "X-KG-Truncated" in headers["Access-Control-Expose-Headers"]
        _, headers, _ = request(served.url + "/sparql", query=NAMES, headers={"Origin": "http://other"})
        assert "Access-Control-Allow-Origin" not in headers


def test_allow_update_writes_and_reads_back(fresh_store):
    with serving(fresh_store, "--allow-update", "--workers", "1") as served:
        assert ask(served.url, "ASK { <urn:a> <urn:b> 'c' }") is False  # (not kept past the update)
        status, _, _ = request(
            served.url + "/sparql",
            data=b"INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> 'c' } }",
            headers={"Content-Type": "application/sparql-update"},
        )
        assert status == 204
        assert ask(served.url, "ASK { <urn:a> <urn:b> 'c' }") is True
        status, _ = update(served.url, "INSERT DAT { <urn:a> <urn:b> 'd' }")
        assert status == 400


def test_the_protocols_dataset_parameters(endpoint):
    _, _, rows = select(endpoint.url, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s a ?t } } ORDER BY ?g LIMIT 1")
    graph = rows[0]["g"]["value"]
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    _, _, everything = select(endpoint.url, count)
    status, _, body = request(
        f"{endpoint.url}/sparql?default-graph-uri={urllib.parse.quote(graph)}",
        data=count.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
    )
    one = int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
    assert status == 200 and 0 < one < int(everything[0]["n"]["value"])
