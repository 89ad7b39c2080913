"""The indicator series kept with the store (kg.mint.series_lines, kg.store.recount_series), which
``indicator-observations`` reads, give the rows the query over every observation gave; and
``indicator-series`` sums them up by period and unit (the figure most articles report, how many
report it, how many figures and distinct figures): after a build, an added, an edited and a removed
article, an article the resolver places by its officials, a store built before kg kept them, and
``kg load``."""

from __future__ import annotations

from collections import Counter

import pyoxigraph as ox
import pytest

from kg import canned
from kg.api import build, export, load, remove, stats
from kg.mint import least_date
from kg.sparql import PREFIXES
from kg.store import _series_graphs, open_store, recount_series
from tests.helpers import editable_corpus

COLUMNS = ("indicator", "place", "period", "value", "unit", "changePct", "article")

# the query before the series were kept: every observation of the indicator joined with the place's
PLAIN = """SELECT ?indicator ?place (MIN(?date) AS ?period) ?value ?unit ?changePct ?article WHERE {
  { SELECT ?indicator ?obs ?article WHERE { GRAPH ?article { ?obs kg:indicator ?indicator } } }
  { SELECT ?place ?obs ?article WHERE { GRAPH ?article { ?obs kg:place ?place } } }
  OPTIONAL { GRAPH ?article { ?obs kg:value ?value } }
  OPTIONAL { GRAPH ?article { ?obs kg:unit ?unit } }
  OPTIONAL { GRAPH ?article { ?obs kg:changePct ?changePct } }
  OPTIONAL { GRAPH ?article { ?meeting schema:startDate ?date } }
} GROUP BY ?indicator ?place ?value ?unit ?changePct ?article"""


def rows(store, text: str, subs: dict) -> Counter:
    found = store.query(text, use_default_graph_as_union=True, prefixes=PREFIXES, substitutions=subs)
    return Counter(tuple(str(r[c]) if r[c] is not None else "" for c in COLUMNS) for r in found)


def parameter_sets(store) -> list[dict]:
    """Every indicator × place the observations give, each indicator and each place alone, none."""
    q = "SELECT DISTINCT ?i ?p WHERE { GRAPH ?g { ?o kg:indicator ?i ; kg:place ?p } }"
    pairs = [(r["i"], r["p"]) for r in store.query(q, prefixes=PREFIXES)]
    i, p = ox.Variable("indicator"), ox.Variable("place")
    return (
        [{i: a, p: b} for a, b in pairs]
        + [{i: a} for a in {a for a, _ in pairs}]
        + [{p: b} for b in {b for _, b in pairs}]
        + [{}]
    )


SUMMED = (*COLUMNS, "articles", "reports", "figures")


def values(store, text: str, subs: dict, columns: tuple[str, ...]) -> list[tuple[str, ...]]:
    found = store.query(text, use_default_graph_as_union=True, prefixes=PREFIXES, substitutions=subs)
    return [tuple(r[c].value if r[c] is not None else "" for c in columns) for r in found]


def summed(observations: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The series by period and unit, as ``indicator-series`` gives it, from every observation
    (``COLUMNS``' values): per figure (value and change) the articles giving it; the figure with the
    most, ties the one whose stored text (``value|change|period``) sorts first, and the least of its
    articles; how many observations and distinct figures the period and unit have."""
    groups: dict[tuple, dict[tuple, set]] = {}
    for indicator, place, period, value, unit, change, article in observations:
        figures = groups.setdefault((indicator, place, period, unit), {})
        figures.setdefault((value, change), set()).add(article)
    out = []
    for (indicator, place, period, unit), figures in groups.items():
        (value, change), articles = min(
            figures.items(), key=lambda kv: (-len(kv[1]), "|".join((*kv[0], period)))
        )
        reports = sum(len(a) for a in figures.values())
        out.append(
            (
                indicator,
                place,
                period,
                value,
                unit,
                change,
                min(articles),
                *map(str, (len(articles), reports, len(figures))),
            )
        )
    return out


def assert_same_rows(store) -> int:
    """``indicator-observations`` gives the plain query's rows for every parameter set, and
    ``indicator-series`` their sum by period and unit; returns how many
    observations."""
    observations = canned.get("indicator-observations").text
    series = canned.get("indicator-series").text
    n = 0
    for subs in parameter_sets(store):
        got = rows(store, observations, subs)
        assert got == rows(store, PLAIN, subs), subs
        n += sum(got.values())
        by_period = values(store, series, subs, SUMMED)
        assert sorted(by_period) == sorted(summed(values(store, PLAIN, subs, COLUMNS))), subs
        assert len(by_period) <= sum(got.values())
    return n


def kept(store) -> set:
    return {
        (str(q.subject), str(q.predicate), str(q.object), g)
        for g in _series_graphs(store)
        for q in store.quads_for_pattern(None, None, None, ox.NamedNode(g))
    }


def assert_recount_agrees(store) -> None:
    before = kept(store)
    recount_series(store)
    assert kept(store) == before


@pytest.fixture
def corpus(tmp_path):
    return editable_corpus(tmp_path, ("en-001", "en-003", "vi-002", "pl-001", "ar-006"))


def test_adding_editing_and_removing_an_article_moves_the_series(corpus, tmp_path):
    store = open_store(tmp_path / "store")
    build([corpus], store)
    first = assert_same_rows(store)
    assert first > 0
    assert_recount_agrees(store)
    with_figures = sorted(
        {s.rsplit("/", 1)[-1].strip(">") for s, _, _, g in kept(store) if s != f"<{g}>"}  # rows
    )
    text = (corpus / f"{with_figures[0]}.txt").read_text(encoding="utf-8")
    (corpus / "again.txt").write_text(text + "\n(again)\n", encoding="utf-8")
    build([corpus], store)
    added = assert_same_rows(store)
    assert added > first
    assert_recount_agrees(store)
    (corpus / "again.txt").write_text("Nothing about any figure here.", encoding="utf-8")
    assert build([corpus], store).articles == 1
    assert assert_same_rows(store) == first
    assert_recount_agrees(store)
    (corpus / "again.txt").write_text(text + "\n(again)\n", encoding="utf-8")
    build([corpus], store)
    assert remove(store, ["again"]) == []
    assert assert_same_rows(store) == first
    assert_recount_agrees(store)


def test_an_article_placed_by_its_officials_has_its_figures_in_the_province(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(  # places him in Ha Tinh
        "Comrade Tran Van Khiem, Secretary of the Ha Tinh Provincial Party Committee, chaired the meeting.",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(  # names no province: placed by him
        "On 12 March 2024, Comrade Tran Van Khiem, Secretary of the Provincial Party Committee, chaired the "
        "conference. Budget revenue reached 1,250 billion VND, up 12.5% over the same period.",
        encoding="utf-8",
    )
    store = open_store(tmp_path / "store")
    build([folder], store, jobs=1)
    series = canned.get("indicator-observations").text
    got = rows(store, series, {ox.Variable("place"): ox.NamedNode("https://w3id.org/kg-vn/id/place/ha-tinh")})
    assert [r[6].rsplit("/", 1)[-1].strip(">") for r in got] == ["b"]
    assert assert_same_rows(store) == 4  # that row under each parameter set: both, either, neither
    assert_recount_agrees(store)


def test_a_store_built_before_the_series_gets_them_at_its_next_build(corpus, tmp_path):
    store = open_store(tmp_path / "store")
    build([corpus], store)
    want = kept(store)
    for g in _series_graphs(store):
        store.remove_graph(ox.NamedNode(g))
    store.update(
        "DELETE WHERE { GRAPH <https://w3id.org/kg-vn/id/graph/manifest> "
        "{ <https://w3id.org/kg-vn/id/manifest/series-by-unit> ?p ?o } }"
    )
    (corpus / "again.txt").write_text("Nothing about any figure here.", encoding="utf-8")
    build([corpus], store)
    assert kept(store) == want
    assert_same_rows(store)


def test_a_store_with_the_rows_of_before_gets_them_again_at_its_next_build(corpus, tmp_path):
    """Rows were ``<article> id:series-row "value|unit|change|period"`` under the mark
    ``manifest/series``; the query reads none of them, and the next build writes the series again."""
    store = open_store(tmp_path / "store")
    build([corpus], store)
    want = kept(store)
    graph = sorted(_series_graphs(store))[0]
    old = "https://w3id.org/kg-vn/id/series-row"
    store.update(
        f"INSERT DATA {{ GRAPH <{graph}> {{ <https://w3id.org/kg-vn/id/article/old> <{old}> "
        f'"1|percent||2024" }} GRAPH <https://w3id.org/kg-vn/id/graph/manifest> {{ '
        "<https://w3id.org/kg-vn/id/manifest/series> <https://w3id.org/kg-vn/id/manifest/series> 1 } } ; "
        "DELETE WHERE { GRAPH <https://w3id.org/kg-vn/id/graph/manifest> "
        "{ <https://w3id.org/kg-vn/id/manifest/series-by-unit> ?p ?o } }"
    )
    series = canned.get("indicator-observations").text
    assert not any("article/old" in r[6] for subs in parameter_sets(store) for r in rows(store, series, subs))
    (corpus / "again.txt").write_text("Nothing about any figure here.", encoding="utf-8")
    build([corpus], store)
    assert kept(store) == want
    assert_same_rows(store)


def test_the_series_are_bookkeeping_not_exported_and_counted_again_by_load(corpus, tmp_path):
    store = open_store(tmp_path / "store")
    build([corpus], store)
    data = export(store, "trig")
    assert b"graph/series" not in data and b"series-article" not in data
    assert stats(store)["quads"] == len(list(ox.parse(data, format=ox.RdfFormat.TRIG)))
    (tmp_path / "kg.trig").write_bytes(data)
    other = open_store(tmp_path / "other")
    load([tmp_path / "kg.trig"], other)
    assert kept(other) == kept(store)
    assert assert_same_rows(other) == assert_same_rows(store)


def test_the_period_is_the_least_date_as_sparql_orders_dates_of_several_forms():
    assert least_date([]) == ""
    assert least_date(["2024-03-12", "2024-02-28"]) == "2024-02-28"
    assert least_date(["2024-03-12", "2024", "2023-05"]) == "2023-05"
    assert least_date(["2025-01-01", "2020"]) == "2020"
    assert least_date(["2025-01-01", "2025-03"]) == "2025-01-01"
