"""The pieces of kg serve that need no server: the linear shape scan, the parse-based analysis and
the capped result writers."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.serve import guard, results


def test_shape_scan_is_linear_and_reads_strings_iris_and_comments():
    fine = 'SELECT * WHERE { ?s ?p "{{{{ ((((" . ?s <http://x/a(b)> ?o # {{{{{{ \n }'
    assert guard.check_shape(fine) is None
    deep = "SELECT * WHERE " + "{" * 65 + "}" * 65
    assert "65 levels" in guard.check_shape(deep)
    long_flat = "SELECT * WHERE { " + "?s ?p ?o . " * 20_000 + "}"
    t = time.thread_time()  # the work this thread did, not how long a loaded machine left it waiting
    assert guard.check_shape(long_flat, max_bytes=10**7) is None
    assert time.thread_time() - t < 2.0


def test_brackets_hidden_where_lexers_could_disagree_still_count():
    # a string that ends where one lexer says and not another: the coarse count sees its brackets
    hidden = "SELECT * WHERE { ?a ?b '" + "(" * 300 + "' }"
    assert "brackets open" in guard.check_shape(hidden)
    # a local-name escape is not a comment: what follows is read
    assert "levels" in guard.check_shape("SELECT * WHERE { ?a ex:a\\#b " + "(" * 70 + ")" * 70 + " }")


def test_the_size_limit_counts_bytes():
    assert guard.check_shape("SELECT * { ?s ?p 'ặ' }" * 10, max_bytes=100) is not None
    assert guard.check_shape("SELECT * { ?s ?p 'a' }", max_bytes=100) is None


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * { SERVICE <http://a/> { ?s ?p ?o } }",
        "select * { service silent <http://a/> { ?s ?p ?o } }",
        "SELECT * { ?s ?p ?o } # no service here",
        "SELECT * { ?s ?p 'Unload' }",
        "SELECT * { SERVIC\\u0045 <http://a/> { ?s ?p ?o } }",
        "SELECT * { ?s ?p 'ſervice' }",
    ],
)
def test_may_reach_out_never_misses_the_letters(text):
    assert guard.may_reach_out(text)


def test_analysis_by_parsing():
    a = guard.analyse('SELECT * WHERE { ?s ?p "SERVICE <http://a/> { }" }')
    assert a.kind == "query" and not a.service
    a = guard.analyse("SELECT * WHERE { ?s ?p ?o # \n SERVICE <http://a/> { ?s ?p ?o } }")
    assert a.service
    a = guard.analyse("CONSTRUCT WHERE { ?s ?p ?o }")
    assert (a.kind, a.form) == ("query", "CONSTRUCT")
    a = guard.analyse("PREFIX load: <urn:x#> DELETE WHERE { ?s load:p ?o }")
    assert a.kind == "update" and not a.load and a.operations == ["DeleteWhere"]
    a = guard.analyse("SELECT ?x WHERE {\n  ?x ?y ?z\n  FILTER(?x = ) }")
    assert a.kind is None and "line 3" in a.error


def _solutions(n: int):
    store = ox.Store()
    for i in range(n):
        store.add(ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal(f'v,{i}\t"')))
    return store


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_rows_are_capped_for_every_format(fmt):
    store = _solutions(30)
    out = results.render(store.query("SELECT ?s ?o WHERE { ?s ?p ?o }"), None, fmt, 10, 10**6)
    assert out.truncated and out.count == 10
    if fmt == "json":
        assert len(json.loads(out.body)["results"]["bindings"]) == 10
    out = results.render(store.query("SELECT ?s ?o WHERE { ?s ?p ?o }"), None, fmt, 100, 10**6)
    assert not out.truncated and out.count == 30


def test_bytes_are_capped_even_for_one_huge_value():
    store = _solutions(300)
    q = "SELECT (GROUP_CONCAT(?o) AS ?all) WHERE { ?s ?p ?o }"
    out = results.render(store.query(q), "application/sparql-results+json", None, 10_000, 2_000)
    assert out.truncated and len(out.body) <= 2_100
    json.loads(out.body)  # still a whole document


def test_graphs_are_capped_and_negotiated():
    store = _solutions(30)
    out = results.render(store.query("CONSTRUCT WHERE { ?s ?p ?o }"), "application/n-triples", None, 7, 10**6)
    assert out.truncated and len(out.body.splitlines()) == 7
    assert out.media_type.startswith("application/n-triples")
    out = results.render(store.query("CONSTRUCT WHERE { ?s ?p ?o }"), None, "xml", 100, 10**6)
    assert out.media_type.startswith("application/rdf+xml") and b"rdf:RDF" in out.body


def test_xml_results_survive_control_characters():
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.Literal("a\x1eb")))
    out = results.render(
        store.query("SELECT ?o WHERE { ?s ?p ?o }"), "application/sparql-results+xml", None, 9, 10**6
    )
    from xml.dom.minidom import parseString

    assert parseString(out.body).getElementsByTagName("literal")[0].firstChild.data == "a\ufffdb"


def test_a_worker_loads_the_format_table_and_nothing_else_of_kg():
    """The worker imports its siblings as a script does; of kg it loads the package (lazy: it
    imports nothing), the errors and the one format table, not the engine or the store."""
    worker = Path(results.__file__).with_name("worker.py")
    code = (
        f"import runpy, sys; sys.argv = [{str(worker)!r}, '--help']; sys.path.insert(0, {str(worker.parent)!r})\n"
        "try:\n    runpy.run_path(sys.argv[0], run_name='__main__')\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m == 'kg' or m.startswith('kg.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "['kg', 'kg.errors', 'kg.formats']"


@pytest.mark.parametrize(
    ("kind", "accept", "param", "name"),
    [
        ("solutions", "text/plain", None, "json"),  # kg's terminal table is never sent
        ("solutions", None, "table", "json"),
        ("solutions", "application/sparql-results+xml;q = 0.9, text/csv;q=0.5", None, "xml"),
        ("solutions", None, "srx", "xml"),
        ("boolean", "text/tab-separated-values", None, "tsv"),
        ("graph", "text/plain", None, "ntriples"),
        ("graph", None, "json", "jsonld"),  # SPARQLWrapper's format=json for a CONSTRUCT
        ("graph", None, "text/turtle", "turtle"),  # a media type in the parameter
        ("graph", "*/*", None, "turtle"),
        ("graph", "application/n-quads", "nonsense", "nquads"),  # an unknown parameter: Accept decides
    ],
)
def test_formats_are_chosen_from_the_one_table(kind, accept, param, name):
    from kg import formats

    chosen, media = results.choose(kind, accept, param)
    assert chosen == name
    assert media == formats.get(name, "rdf" if kind == "graph" else "results").media_type
