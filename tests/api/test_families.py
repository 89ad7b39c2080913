"""The fact-family registry (kg.families) drives extraction, minting, stats, scoring and queries."""

from __future__ import annotations

import dataclasses

import pytest

import kg
from kg import canned, families, mint
from kg.families import FACTS, FAMILIES, Family
from kg.model import Article, Extraction
from kg.vocab import KG, RDF

TEXT = (
    "On August 21, the Provincial Party Committee held its 54th meeting. Comrade Trinh Thi Minh "
    "Thanh, Permanent Deputy Secretary of the Provincial Party Committee, presided over the meeting. "
    "Budget revenue reached 12,500 billion VND, up 8% over the same period. Resolution 18-NQ/TW was cited."
)


def test_each_family_names_an_extraction_list_a_minting_function_and_what_it_counts():
    lists = {f.name for f in dataclasses.fields(Extraction) if f.type.startswith("list[")}
    for family in FAMILIES:
        assert family.field in lists
        assert family.mint.__module__ == "kg.mint" and family.mint.__name__ == f"mint_{family.name}"
        assert family.counts and all(cls.startswith(KG._base) for cls in family.counts.values())
    assert [f.name for f in FACTS] == ["officials", "positions", "chairs", "dates", "resolutions", "metrics"]


@pytest.mark.slow  # the seeds store (tests/conftest.py) takes seconds to build
def test_stats_count_what_the_families_declare(seeds_store):
    import pyoxigraph as ox

    stats = kg.stats(seeds_store)
    declared = [name for family in FAMILIES for name in family.counts]
    assert list(stats) == ["articles", "quads", *declared]
    rdf_type = ox.NamedNode(RDF.type)
    for family in FAMILIES:
        for name, cls in family.counts.items():
            typed = {
                q.subject for q in seeds_store.quads_for_pattern(None, rdf_type, ox.NamedNode(cls), None)
            }
            assert stats[name] == len(typed), name
    # the seeds hold every family the gold scores (a family of its own need not be in them)
    assert all(stats[name] > 0 for family in FAMILIES if family.facts for name in family.counts)


@pytest.mark.slow  # the seeds store (tests/conftest.py) takes seconds to build
@pytest.mark.parametrize("facts", FACTS, ids=lambda f: f.name)
def test_each_kind_of_fact_has_a_canned_query_giving_its_columns(seeds_store, facts):
    query = canned.get(facts.query)
    results = kg.query(seeds_store, query.text, query.bindings())
    assert set(facts.columns) <= {v.value for v in results.variables}
    assert list(results), f"{facts.query} lists no {facts.name} for the seeds"


def test_the_matchers_follow_the_gold_rules():
    by = {f.name: f for f in FACTS}
    gold = {
        "officials": [{"name": "Trịnh Thị Minh Thanh", "surface": "Trinh Thi Minh Thanh", "positions": []}],
        "meetings": [{"date": "2024-08-21", "chairs": ["Trịnh Thị Minh Thanh"]}],
        "metrics": [{"value": 12500, "unit": "billion_vnd", "surface": "12,500 billion VND"}],
        "resolutions": [{"kind": "resolution", "number": "18-NQ/TW"}],
    }
    x = kg.extract(Article("t", TEXT, url="https://example.org/2024/08/x", lang="en"))
    names = families.gold_names(gold)
    for name in ("officials", "chairs", "dates", "resolutions", "metrics"):
        g, p = by[name].gold(gold, names), by[name].pred(x)
        assert g and p and any(by[name].match(g[0], q) for q in p), (name, g, p)
    assert not by["metrics"].match((12500.0, "billion_vnd", ""), (12700.0, "billion_vnd", ""))  # > 0.5 %
    assert by["metrics"].match((12500.0, "billion_vnd", ""), (12540.0, "billion_vnd", ""))


def test_a_family_added_to_the_registry_is_extracted_and_minted(monkeypatch):
    """What adding a family is: an extractor, a minting function, one Family line."""

    def find_cited(sentence, folded, pack):
        return [sentence.index] if "cited" in folded else []

    def mint_cited(a, x):
        for i in x.cited:
            a.add(a.art, KG.sentence, a.sentence(i))

    @dataclasses.dataclass
    class WithCited(Extraction):
        cited: list = dataclasses.field(default_factory=list)

    family = Family("cited", "cited", find_cited, mint_cited, {})
    monkeypatch.setattr(families, "FAMILIES", (*FAMILIES, family))
    monkeypatch.setattr("kg.extract.Extraction", WithCited)
    x = kg.extract(Article("t", TEXT, lang="en"))
    assert x.cited == [3]
    quads = mint.mint(x)
    assert any(
        q.predicate.value == KG.sentence and q.subject.value.endswith("/t") and "#s3" in q.object.value
        for q in quads
    )
