"""Counts over the union default graph are right (oxigraph #1919: a triple is seen once per named
graph holding it), entity records follow the articles that name them, and the manifest makes an
unchanged rebuild read no file."""

from __future__ import annotations

import os

import pytest

from kg.api import build, query, remove, stats
from kg.store import open_store
from tests.helpers import add_copies, editable_corpus

KG = "https://w3id.org/kg-vn/ontology#"


def count(store, cls: str) -> int:
    rows = query(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?x a <{KG}{cls}> }}")
    return int(next(iter(rows))["n"].value)


def assert_counts_match(store) -> dict[str, int]:
    s = stats(store)
    assert count(store, "Official") == s["officials"]
    assert count(store, "Body") == s["bodies"]
    assert count(store, "Document") == s["documents"]
    assert count(store, "Post") == s["posts"]
    return s


@pytest.fixture
def corpus(tmp_path):
    """The seeds (Mai Van Tuat in two of them) and two dev articles, as files we may edit."""
    return editable_corpus(tmp_path, ("en-001", "ar-006"))


def test_counting_officials_bodies_and_documents_over_the_default_graph_equals_stats(corpus):
    store = open_store()
    build([corpus], store)
    s = assert_counts_match(store)
    assert s["officials"] >= 8 and s["bodies"] >= 5 and s["documents"] >= 1
    # an official named in several articles is still one row, with one name
    rows = list(
        query(store, f"SELECT ?p ?n WHERE {{ ?p a <{KG}Official> ; <https://schema.org/name> ?n . }}")
    )
    assert len(rows) == len({r["p"].value for r in rows}) == s["officials"]
    tuat = [r for r in rows if r["n"].value == "Mai Van Tuat"]
    assert len(tuat) == 1
    named = query(
        store,
        f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ <{tuat[0]['p'].value}> <{KG}surfaceForm> ?f }} }}",
    )
    assert int(next(iter(named))["n"].value) >= 2  # named by several articles, counted once


def test_removing_and_editing_articles_keeps_counts_right_and_drops_orphan_records(corpus):
    store = open_store()
    build([corpus], store)
    before = assert_counts_match(store)
    assert remove(store, ["en-001"]) == []
    after = assert_counts_match(store)
    assert after["articles"] == before["articles"] - 1
    orphans = query(
        store,
        f"""SELECT ?p WHERE {{ GRAPH <https://w3id.org/kg-vn/id/graph/entities> {{ ?p a <{KG}Official> }}
            FILTER NOT EXISTS {{ GRAPH ?g {{ ?p <{KG}surfaceForm> ?f }} }} }}""",
    )
    assert list(orphans) == []
    # an edit that drops every official of an article leaves none of its own behind
    target = corpus / "en-001.txt"
    target.unlink()
    (corpus / "003_9e90e167a72bcd0b.txt").write_text("Nothing about anybody here.", encoding="utf-8")
    report = build([corpus], store)
    assert report.articles == 1
    assert_counts_match(store)
    assert list(query(store, orphans_query())) == []


def orphans_query() -> str:
    return f"""SELECT ?p WHERE {{ GRAPH <https://w3id.org/kg-vn/id/graph/entities> {{ ?p a <{KG}Official> }}
               FILTER NOT EXISTS {{ GRAPH ?g {{ ?p <{KG}surfaceForm> ?f }} }} }}"""


def test_an_unchanged_rebuild_reads_no_file_and_a_touched_one_is_checked_by_hash(corpus, monkeypatch):
    store = open_store(corpus.parent / "store")
    first = build([corpus], store)
    graph = {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in store}

    import kg.reader

    def no_reading(*args, **kwargs):
        raise AssertionError("an unchanged file was read")

    monkeypatch.setattr(kg.reader, "read_article", no_reading)
    again = build([corpus], store)
    assert (again.articles, again.unchanged) == (0, first.articles)
    monkeypatch.undo()
    touched = corpus / "en-001.txt"
    st = touched.stat()
    os.utime(touched, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000_000))
    third = build([corpus], store)
    assert (third.articles, third.unchanged) == (0, first.articles)
    now = {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in store}
    changed = {t for t in graph ^ now if "manifest" not in t[3]}
    assert changed == set()
    monkeypatch.setattr(kg.reader, "read_article", no_reading)
    assert build([corpus], store).unchanged == first.articles  # the new mtime is remembered


@pytest.mark.slow
def test_counts_are_right_with_worker_processes_too(corpus):
    add_copies(corpus, 5)
    one, two = open_store(), open_store()
    build([corpus], one, jobs=1)
    build([corpus], two, jobs=2)
    assert assert_counts_match(one) == assert_counts_match(two)
