"""The tallies a person's questions read (kg.store.Tallies) are the counts of the article graphs:
after a build, an added, an edited and a removed article, a merge of identities, a build that
stopped midway, a store built before kg kept them, and ``kg load``."""

from __future__ import annotations

from collections import Counter

import pyoxigraph as ox
import pytest

import kg.api
from kg import canned
from kg.api import build, export, load, remove
from kg.sparql import PREFIXES
from kg.store import _tally_graphs, open_store, recount
from tests.helpers import editable_corpus

TUAT = "mai van tuat"


def tallies(store) -> set[tuple[str, str, str, str]]:
    """Every quad of the tally graphs (the marks' and each person's)."""
    return {
        (str(q.subject), str(q.predicate), str(q.object), g)
        for g in _tally_graphs(store)
        for q in store.quads_for_pattern(None, None, None, ox.NamedNode(g))
    }


def assert_recount_agrees(store) -> set:
    """The tallies kept as the store changed equal those counted again from the article graphs."""
    kept = tallies(store)
    recount(store)
    assert tallies(store) == kept
    return kept


def person(store, key: str = TUAT) -> Counter:
    """(what, role, when) -> articles, as the canned query gives them."""
    q = canned.get("person")
    rows = store.query(
        q.text,
        use_default_graph_as_union=True,
        prefixes=PREFIXES,
        substitutions={ox.Variable("key"): ox.Literal(key)},
    )
    out: Counter = Counter()
    for r in rows:
        role = r["role"].value.rsplit("/", 1)[-1] if r["role"] else None
        when = r["when"].value if r["when"] else None
        out[(r["what"].value, role, when, r["org"].value.rsplit("/", 1)[-1] if r["org"] else None)] += int(
            r["articles"].value
        )
    return out


def plain(store, key: str = TUAT) -> Counter:
    """The same counts from the article graphs (the query person.rq ran before the tallies)."""
    text = """SELECT ?what ?role ?when ?org (COUNT(DISTINCT ?article) AS ?n) WHERE {
      GRAPH id:graph/entities { ?person kg:searchKey ?key }
      {
        GRAPH id:graph/entities { ?post org:member ?person ; org:role ?role ; org:organization ?body }
        GRAPH ?article { ?post kg:sentence ?s }
        OPTIONAL { GRAPH ?article { ?post kg:attestedIn ?when } }
        BIND("post" AS ?what)
      } UNION {
        GRAPH ?article { ?m kg:chairedBy ?person }
        OPTIONAL { GRAPH ?article { ?m schema:startDate ?when } }
        OPTIONAL { GRAPH ?article { ?m schema:organizer ?body } }
        BIND("chaired" AS ?what)
      }
      OPTIONAL { GRAPH ?article { ?body kg:orgType ?org } }
    } GROUP BY ?what ?role ?body ?when ?org"""
    rows = kg.api.query(store, text.replace("?key", f'"{key}"'))
    out: Counter = Counter()
    for r in rows:
        role = r["role"].value.rsplit("/", 1)[-1] if r["role"] else None
        when = r["when"].value if r["when"] else None
        out[(r["what"].value, role, when, r["org"].value.rsplit("/", 1)[-1] if r["org"] else None)] += int(
            r["n"].value
        )
    return out


@pytest.fixture
def corpus(tmp_path):
    return editable_corpus(tmp_path, ("en-001", "ar-006", "pl-001"))


def names_him(text: str) -> bool:
    return any(w in text for w in ("توات", "Tuat", "Tuất"))


def held(counts: Counter, role: str = "standing_deputy_secretary") -> int:
    return sum(n for (what, r, _, _), n in counts.items() if what == "post" and r == role)


def test_adding_editing_and_removing_an_article_moves_the_counts_the_person_query_gives(corpus, tmp_path):
    store = open_store(tmp_path / "store")
    build([corpus], store)
    first = person(store)
    assert first == plain(store) and held(first) >= 2 and any(k[0] == "chaired" for k in first)
    assert_recount_agrees(store)
    # a new article that says the same again: one more article for each of its posts and chairings
    text = (corpus / "000_fedb5b510b52c1b7.txt").read_text(encoding="utf-8")  # he chaired, in Arabic
    assert names_him(text)
    (corpus / "again.txt").write_text(text + "\n(again)\n", encoding="utf-8")
    build([corpus], store)
    added = person(store)
    assert added == plain(store) and held(added) > held(first)
    assert sum(added.values()) > sum(first.values())
    assert_recount_agrees(store)
    # edited so that it names him no more: back to the first counts
    (corpus / "again.txt").write_text("Nothing about anybody here.", encoding="utf-8")
    assert build([corpus], store).articles == 1
    assert person(store) == first == plain(store)
    assert_recount_agrees(store)
    # edited back, then removed
    (corpus / "again.txt").write_text(text + "\n(again)\n", encoding="utf-8")
    build([corpus], store)
    assert person(store) == added
    assert remove(store, ["again"]) == []
    assert person(store) == first == plain(store)
    assert_recount_agrees(store)
    # every article naming him removed: no tally of his is left
    for f in sorted(corpus.glob("*.txt")):
        if names_him(f.read_text(encoding="utf-8")):
            remove(store, [f.stem])
    assert person(store) == Counter() == plain(store)
    assert not any("mai-van-tuat" in g for *_, g in tallies(store))
    assert_recount_agrees(store)


def examples(store) -> dict[str, str]:
    """tally -> its example article."""
    return {s: o.strip("<>") for s, p, o, _ in tallies(store) if p.endswith("tally-example>")}


def test_an_example_removed_gives_way_to_the_least_article_left(corpus, tmp_path):
    store = open_store(tmp_path / "store")
    build([corpus], store)
    before = examples(store)
    least = min(before.values())
    remove(store, [least.rsplit("/", 1)[-1]])
    after = examples(store)
    assert least not in after.values()
    assert any(before[t] == least and t in after for t in before)  # a tally it was the example of, kept
    assert_recount_agrees(store)


def test_tallies_follow_identities_merged_once_a_central_post_is_seen(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Comrade Nguyen Van Son, Secretary of the Ha Tinh Provincial Party Committee, chaired the meeting.",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Comrade Nguyen Van Son, Chairman of the Lai Chau Provincial People's Committee, chaired the session.",
        encoding="utf-8",
    )
    store = open_store(tmp_path / "store")
    build([folder], store)
    (folder / "c.txt").write_text(
        "Comrade Nguyen Van Son, Member of the Party Central Committee, Secretary of the Lai Chau "
        "Provincial Party Committee, chaired the conference.",
        encoding="utf-8",
    )
    build([folder], store)
    counts = person(store, "nguyen van son")
    assert counts == plain(store, "nguyen van son")
    assert sum(n for (what, *_), n in counts.items() if what == "chaired") == 3
    assert_recount_agrees(store)


def test_a_build_that_stops_after_a_bulk_load_leaves_the_next_to_count_again(corpus, tmp_path, monkeypatch):
    store = open_store(tmp_path / "store")
    real = kg.api._Writer.flush
    calls = {"n": 0}

    def crash(self):
        if self.pending:  # the batch bulk-loaded, then the process dies before its manifest
            kg.api._bulk(self.store, self._batch())
            calls["n"] += 1
            raise KeyboardInterrupt
        return real(self)

    monkeypatch.setattr(kg.api._Writer, "flush", crash)
    with pytest.raises(KeyboardInterrupt):
        build([corpus], store)
    assert calls["n"] == 1
    monkeypatch.setattr(kg.api._Writer, "flush", real)
    # the manifest does not say the tallies are whole: the next build counts them again, then
    # stores the articles again, as edits of graphs the manifest does not list
    build([corpus], store)
    assert person(store) == plain(store) and person(store)
    assert_recount_agrees(store)


def test_a_store_built_before_tallies_is_counted_once_then_kept(corpus, tmp_path):
    store = open_store(tmp_path / "store")
    build([corpus], store)
    want = tallies(store)
    for g in _tally_graphs(store):
        store.remove_graph(ox.NamedNode(g))
    store.update(
        "DELETE WHERE { GRAPH <https://w3id.org/kg-vn/id/graph/manifest> "
        "{ <https://w3id.org/kg-vn/id/manifest/tallies> ?p ?o } }"
    )
    assert person(store) == Counter()
    (corpus / "again.txt").write_text("Nothing about anybody here.", encoding="utf-8")
    build([corpus], store)  # counts the stored articles first, then adds the new one
    assert tallies(store) == want  # the new article names nobody
    assert person(store) == plain(store)


def test_an_export_loaded_into_another_store_answers_the_same(corpus, tmp_path):
    store = open_store(tmp_path / "store")
    build([corpus], store)
    data = export(store, "trig")
    assert b"graph/tallies" not in data  # bookkeeping, like the manifest
    (tmp_path / "kg.trig").write_bytes(data)
    other = open_store(tmp_path / "other")
    load([tmp_path / "kg.trig"], other)
    assert tallies(other) == tallies(store)
    assert person(other) == person(store)


def test_a_build_that_stops_before_its_tallies_leaves_the_next_to_count_them_with_nothing_to_store(
    corpus, tmp_path, monkeypatch
):
    """Every article and its manifest entry stored, then the process dies before the tallies are
    written: the next build has no article to store, and counts them all the same (the crash test
    of tests/cli lost 90 tally graphs so when its kill came after the last batch)."""
    from kg.store import Tallies

    store = open_store(tmp_path / "store")

    def crash(self, *args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(Tallies, "write", crash)
    with pytest.raises(KeyboardInterrupt):
        build([corpus], store)
    monkeypatch.undo()
    report = build([corpus], store)
    assert report.articles == 0 and report.unchanged == len(list(corpus.glob("*.txt")))
    assert person(store) == plain(store) and person(store)
    assert_recount_agrees(store)
