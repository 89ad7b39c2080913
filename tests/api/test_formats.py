"""One format registry (kg/formats.py) behind the CLI, the API, the chart and the server."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import api, formats
from kg.errors import FormatError, KgError, QueryError
from tests.helpers import ROOT


def test_every_pyoxigraph_format_is_in_the_registry_once():
    rdf = [f.rdf for f in formats.FORMATS if f.rdf is not None]
    results = [f.results for f in formats.FORMATS if f.results is not None]
    for attr in ("TURTLE", "TRIG", "N_QUADS", "N_TRIPLES", "JSON_LD", "RDF_XML", "N3"):
        assert rdf.count(getattr(ox.RdfFormat, attr)) == 1, attr
    for attr in ("JSON", "XML", "CSV", "TSV"):
        assert results.count(getattr(ox.QueryResultsFormat, attr)) == 1, attr


def test_names_and_aliases_are_unique_within_a_kind():
    for kind in formats.KINDS:
        every = formats.names(kind, aliases=True)
        assert len(every) == len(set(every)), kind


def test_media_types_and_extensions_agree_with_pyoxigraph():
    for f in formats.FORMATS:
        native = f.rdf or f.results
        if native is not None:
            assert f.media_type == native.media_type.split(";")[0]
            assert f.extension == native.file_extension or native.file_extension in f.aliases


@pytest.mark.parametrize(
    "name, expected",
    [("ttl", "turtle"), ("NT", "ntriples"), ("nq", "nquads"), ("json-ld", "jsonld"), ("xml", "rdfxml")],
)
def test_aliases(name, expected):
    assert formats.get(name, "rdf").name == expected


def test_lookup_by_path_media_type_and_accept_header():
    assert formats.for_path("shards/part-0001.nq.gz").name == "nquads"
    assert formats.for_path("kg.TTL", "rdf").name == "turtle"
    assert formats.for_path("chairs.gexf", "chart").media_type == "application/gexf+xml"
    with pytest.raises(FormatError, match=r"\.html"):
        formats.for_path("chairs.doc", "chart")
    assert formats.for_media_type("text/csv; charset=utf-8", "results").name == "csv"
    assert (
        formats.negotiate("application/sparql-results+xml;q=0.9, text/csv", "results", "json").name == "csv"
    )
    assert formats.negotiate("text/html", "results", "json").name == "json"
    assert formats.negotiate(None, "rdf", "turtle").name == "turtle"
    assert formats.graph_format(formats.get("json", "results")).name == "jsonld"
    with pytest.raises(FormatError):
        formats.graph_format(formats.get("csv", "results"))


def test_errors_form_one_hierarchy():
    assert issubclass(FormatError, KgError) and issubclass(QueryError, KgError)
    from kg.store import StoreError

    assert issubclass(StoreError, KgError)
    with pytest.raises(KgError):
        formats.get("docx")


def test_result_formats_are_what_oxigraph_writes(seeds_store):
    text = "SELECT ?n ?p WHERE { ?p a kg:Official ; schema:name ?n } ORDER BY ?n"
    for name in ("json", "xml", "csv", "tsv"):
        ours = api.serialize_results(api.query(seeds_store, text), name)
        native = api.query(seeds_store, text).serialize(format=formats.get(name, "results").results)
        assert ours == native, name
    table = api.format_results(api.query(seeds_store, text), "table")
    assert "id:person/" in table and re.search(r"\(\d+ rows\)", table)
    assert (
        api.format_results(api.query(seeds_store, "ASK { ?p a kg:Official }"), "json")
        == '{"head":{},"boolean":true}'
    )


def test_exports_use_the_registry_and_jsonld_has_a_context(seeds_store):
    for name in formats.names("rdf", aliases=True):
        f = formats.get(name, "rdf")
        data = api.export(seeds_store, name)
        parsed = list(ox.parse(data, format=f.rdf))
        assert parsed, name
    doc = json.loads(api.export(seeds_store, "jsonld"))
    assert set(doc) == {"@context", "@graph"} and doc["@context"]["code"] == "https://w3id.org/kg-vn/code/"
    with pytest.raises(FormatError):
        api.export(seeds_store, "csv")


def test_chart_formats_come_from_the_registry(seeds_store, tmp_path):
    from kg.viz import draw

    with pytest.raises(ValueError, match="svg"):
        draw(seeds_store, tmp_path / "chairs.docx")
    for name in formats.names("chart"):
        out = draw(seeds_store, tmp_path / f"chairs.{formats.get(name, 'chart').extension}")
        assert Path(out).stat().st_size > 0


def test_the_cli_offers_what_the_registry_has():
    from kg import cli

    choices = {p.name: p for p in cli.query.params}["fmt"].type.choices
    assert set(formats.names("results", aliases=True)) <= set(choices)
    assert set(formats.names("rdf", aliases=True)) <= set(choices)
    export_choices = {p.name: p for p in cli.export.params}["fmt"].type.choices
    assert set(export_choices) == set(formats.names("rdf", aliases=True))


def _code(text: str) -> str:
    """A module's source without its docstrings (examples may name a media type)."""
    lines = text.splitlines()
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                lines[first.lineno - 1 : first.end_lineno] = [""] * (first.end_lineno - first.lineno + 1)
    return "\n".join(lines)


def test_no_other_module_keeps_a_format_table():
    """Output formats (media types, the pyoxigraph formats of exports and results) are named in
    kg/formats.py only (kg/serve included: its workers import kg.formats); N-Triples/N-Quads
    plumbing between kg and its stores is not a table."""
    pattern = re.compile(
        r"(?:application/(?:sparql-results\+\w+|ld\+json|rdf\+xml|trig)|text/turtle|image/svg\+xml)"
        r"|RdfFormat\.(?:JSON_LD|RDF_XML|TRIG|N3)\b|QueryResultsFormat\.(?:XML|CSV|TSV)\b"
    )
    offenders = []
    for path in sorted((ROOT / "kg").rglob("*.py")):
        if path.name == "formats.py":
            continue
        text = _code(path.read_text(encoding="utf-8"))
        offenders += [f"{path.relative_to(ROOT)}: {m}" for m in sorted(set(pattern.findall(text)))]
    assert offenders == [], offenders
