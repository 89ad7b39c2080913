"""The store, exports and validation, on real articles."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import rdflib

from kg.api import build, export, query, stats, validate
from kg.store import is_internal, open_store

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
DEV = Path(__file__).resolve().parents[1] / "data" / "dev"

CHAIRS = (SEEDS.parent / "queries" / "chairs.rq").read_text(encoding="utf-8")


def test_seeds_end_to_end(seeds_store):
    rows = [
        (r["date"].value if r["date"] else None, r["name"].value if r["name"] else None)
        for r in query(seeds_store, CHAIRS)
    ]
    assert ("2024-02-01", "Mai Van Tuat") in rows
    counts = stats(seeds_store)
    assert counts["articles"] == 5
    assert counts["officials"] >= 8 and counts["meetings"] >= 3 and counts["metrics"] >= 15


def test_building_twice_changes_nothing_and_an_edit_leaves_no_stale_fact(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS / "000_fedb5b510b52c1b7.txt", corpus)
    store = open_store(tmp_path / "store")
    first = build([corpus], store)
    size = len(store)
    again = build([corpus], store)
    assert (first.articles, again.articles, again.unchanged, len(store)) == (1, 0, 1, size)
    text = (corpus / "000_fedb5b510b52c1b7.txt").read_text(encoding="utf-8")
    (corpus / "000_fedb5b510b52c1b7.txt").write_text(text.replace("8,641", "9,999"), encoding="utf-8")
    assert build([corpus], store).articles == 1
    values = {
        r["v"].value
        for r in query(store, "SELECT ?v WHERE { ?o <https://w3id.org/kg-vn/ontology#value> ?v }")
    }
    assert "9999" in values and "8641" not in values


def test_store_persists_on_disk(tmp_path):
    store = open_store(tmp_path / "s")
    build([SEEDS / "003_9e90e167a72bcd0b.txt"], store)
    del store
    reopened = open_store(tmp_path / "s", read_only=True)
    assert stats(reopened)["articles"] == 1


def test_turtle_export_parses_back_to_the_same_triples(seeds_store):
    data = export(seeds_store, "turtle")
    g = rdflib.Graph().parse(data=data.decode("utf-8"), format="turtle")
    distinct = {
        (q.subject, q.predicate, q.object)
        for q in seeds_store
        if not is_internal(getattr(q.graph_name, "value", None))  # bookkeeping: the manifest, the tallies
    }
    assert len(g) == len(distinct)
    assert b"@prefix kg: <https://w3id.org/kg-vn/ontology#>" in data


def test_trig_export_keeps_one_graph_per_article(seeds_store):
    ds = rdflib.Dataset()
    ds.parse(data=export(seeds_store, "trig").decode("utf-8"), format="trig")
    graphs = {str(g.identifier) for g in ds.graphs()}
    articles = {g for g in graphs if "/id/article/" in g}
    assert len(articles) == 5


@pytest.mark.slow  # pyshacl over the seeds and 70 dev articles
def test_seeds_and_dev_graph_conforms_to_the_shapes():
    store = open_store()
    build([SEEDS, DEV], store)
    conforms, report = validate(store)
    assert conforms, report


def test_a_broken_node_is_reported_by_validation():
    store = open_store()
    store.update("INSERT DATA { GRAPH <urn:x> { <urn:p> a <https://w3id.org/kg-vn/ontology#Post> } }")
    conforms, report = validate(store)
    assert not conforms and "urn:p" in report


def test_jsonl_dumps_are_read_and_published_dates_anchor_meetings(tmp_path):
    import gzip
    import json

    records = [
        {
            "id": "j1",
            "url": "https://example.org/j1",
            "lang": "en",
            "published": "2024-08-22",
            "title": "Standing Committee meets",
            "text": "On August 21, the Provincial Party Committee held its 54th meeting. Comrade Trinh Thi Minh "
            "Thanh, Permanent Deputy Secretary of the Provincial Party Committee, presided over the meeting.",
        },
        {"id": "j2", "text": "Towarzysz Hoang Trung Dung przewodniczył konferencji.", "lang": "pl"},
    ]
    lines = [json.dumps(r) for r in records] + ["{not json", json.dumps({"id": "j3"})]
    with gzip.open(tmp_path / "dump.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    store = open_store()
    report = build([tmp_path], store)
    assert report.articles == 2
    assert [s.reason for s in report.skipped] == [
        "bad JSON line: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)",
        "bad JSON line: no 'text'",
    ]
    rows = {
        (r["article"].value.rsplit("/", 1)[-1], r["date"].value if r["date"] else None)
        for r in query(store, CHAIRS)
    }
    assert ("j1", "2024-08-21") in rows


def test_nquads_and_trig_exports_stream_into_a_file_with_the_same_quads(seeds_store, tmp_path):
    import pyoxigraph as ox

    in_memory = sorted(str(q) for q in ox.parse(export(seeds_store, "nquads"), format=ox.RdfFormat.N_QUADS))
    for fmt, rdf in (("nquads", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG)):
        out = tmp_path / f"kg.{fmt}"
        assert export(seeds_store, fmt, out) is None
        assert sorted(str(q) for q in ox.parse(path=str(out), format=rdf)) == in_memory
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.nquads", "kg.trig"]  # no temporary left
    assert not any("manifest" in q for q in in_memory)
