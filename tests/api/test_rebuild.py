"""Rebuilds: an unchanged one reads no file, starts nothing and writes nothing; an edited article
replaces its facts; a crash loses nothing already reported; identities read lazily from the store
are those of one fresh build; the manifest is read in one pass and kept small."""

from __future__ import annotations

import shutil

import pyoxigraph as ox
import pytest

import kg.api
import kg.reader
from kg.api import build, remove
from kg.store import MANIFEST_GRAPH, Entry, Manifest, open_store
from tests.helpers import DEV, SEEDS, add_copies, editable_corpus

ARTICLES = ("en-001", "en-002", "ar-001", "ar-006", "pl-001", "vi-001")


@pytest.fixture
def corpus(tmp_path):
    """The seeds and a few dev articles in four languages, as files we may edit."""
    return editable_corpus(tmp_path, ARTICLES)


def quads(store, manifest: bool = False) -> set[tuple[str, str, str, str]]:
    out = set()
    for q in store:
        g = str(q.graph_name)
        if manifest or MANIFEST_GRAPH not in g:
            out.add((str(q.subject), str(q.predicate), str(q.object), g))
    return out


def fresh(corpus) -> set:
    store = open_store()
    build([corpus], store)
    return quads(store)


def test_an_unchanged_rebuild_reads_no_file_starts_nothing_and_writes_nothing(corpus, tmp_path, monkeypatch):
    store = open_store(tmp_path / "store")
    first = build([corpus], store)
    assert first.articles == len(list(corpus.glob("*.txt")))
    before = quads(store, manifest=True)

    def forbidden(what):
        def fail(*args, **kwargs):
            raise AssertionError(f"an unchanged rebuild {what}")

        return fail

    monkeypatch.setattr(kg.reader, "read_article", forbidden("read a file"))
    monkeypatch.setattr(kg.api, "_pool", forbidden("started workers"))
    monkeypatch.setattr(kg.api, "_warm_up", forbidden("loaded the packs"))
    monkeypatch.setattr(kg.api, "stored_index", forbidden("read the identities"))
    again = build([corpus], store, jobs=2)
    assert (again.articles, again.unchanged, again.skipped) == (0, first.articles, [])
    assert quads(store, manifest=True) == before


def test_an_edited_article_replaces_its_facts_as_a_fresh_build_has_them(corpus, tmp_path):
    store = open_store(tmp_path / "store")
    build([corpus], store)
    target = corpus / "en-001.txt"
    old = quads(store)
    text = target.read_text(encoding="utf-8")
    assert "Nguyen Van De" in text and "15,058" in text
    # another official in the same post, another figure
    target.write_text(
        text.replace("Nguyen Van De", "Tran Quoc Vuong").replace("15,058", "16,123"), encoding="utf-8"
    )
    report = build([corpus], store)
    assert (report.articles, report.built) == (1, ["en-001"])
    now = quads(store)
    assert now == fresh(corpus)  # old facts gone (the official's record too), new ones in, the rest untouched
    graph = "<https://w3id.org/kg-vn/id/article/en-001>"
    assert {q for q in old if q[3] == graph} != {q for q in now if q[3] == graph}
    assert any("nguyen-van-de" in q[0] + q[2] for q in old) and not any(
        "nguyen-van-de" in q[0] + q[2] for q in now
    )
    assert any("tran-quoc-vuong" in q[0] + q[2] for q in now if q[3] == graph)
    assert any("16123" in q[2] for q in now if q[3] == graph) and not any("15058" in q[2] for q in now)


def test_identities_built_in_several_runs_are_those_of_one_build(tmp_path):
    """Each run reads the identities it needs from the store, lazily: the graph is the one a
    single build makes (the same IRI for Mai Van Tuat across runs and scripts, the same people)."""
    d = tmp_path / "corpus"
    d.mkdir()
    files = sorted(SEEDS.glob("*.txt")) + sorted(DEV.glob("*.txt"))[:24]
    for f in files:
        shutil.copy(f, d)
    one = fresh(d)
    store = open_store(tmp_path / "store")
    parts = [tmp_path / f"part{k}" for k in range(3)]
    for k, part in enumerate(parts):
        part.mkdir()
        for f in files[k::3]:
            shutil.copy(f, part)
        build([part], store)
    split = {q for q in quads(store) if "/part" not in q[2]}
    people = {t for q in one for t in (q[0], q[2]) if "/id/person/" in t}
    assert people and people == {t for q in split for t in (q[0], q[2]) if "/id/person/" in t}


def test_a_lazily_seeded_resolver_decides_as_one_seeded_from_the_whole_store(tmp_path):
    from kg.extract import extract
    from kg.reader import read_articles
    from kg.resolve import Resolver

    store = open_store(tmp_path / "store")
    first = tmp_path / "first"
    first.mkdir()
    for f in sorted(SEEDS.glob("*.txt"))[:3] + sorted(DEV.glob("ar-*.txt"))[:4]:
        shutil.copy(f, first)
    build([first], store)
    later = [a for a in read_articles([SEEDS, DEV]) if hasattr(a, "text")][:30]
    eager, lazy = Resolver.from_store(store), Resolver.on_store(store)
    assert lazy._store is not None  # the store has officials: the lazy resolver reads it
    for article in later:
        a, b = eager.resolve(extract(article)), lazy.resolve(extract(article))
        assert a.people == b.people, article.id


def test_a_crash_loses_nothing_already_reported_and_a_rerun_completes(corpus, tmp_path):
    store = open_store(tmp_path / "store")
    reported: list[str] = []

    class Crash(Exception):
        pass

    def on_built(article_id: str) -> None:
        reported.append(article_id)
        if len(reported) == 4:
            raise Crash  # the process dies right after reporting a fourth article

    with pytest.raises(Crash):
        build([corpus], store, on_built=on_built, batch=50)  # small batches: several bulk loads
    manifest = Manifest.load(store)
    for article_id in reported:
        node = ox.NamedNode(f"https://w3id.org/kg-vn/id/article/{article_id}")
        assert store.contains_named_graph(node), article_id
        assert article_id in manifest.by_id, article_id
    rerun = build([corpus], store)
    assert rerun.unchanged >= len(reported)
    assert quads(store) == fresh(corpus)


def test_the_manifest_is_a_few_chunks_read_in_one_pass(corpus, tmp_path):
    store = open_store(tmp_path / "store")
    n = build([corpus], store).articles
    manifest = Manifest.load(store)
    assert len(manifest.by_id) == n and 1 <= manifest.chunks < n  # one quad per batch, not per article
    # a removed article's file is unchanged, yet the next build brings it back
    assert remove(store, ["en-001"]) == []
    assert "en-001" not in Manifest.load(store).by_id
    again = build([corpus], store)
    assert (again.articles, again.built) == (1, ["en-001"])
    # compaction keeps every entry, in fewer chunks
    m = Manifest.load(store)
    entries = dict(m.by_id)
    m.compact(store, per_chunk=2)
    m = Manifest.load(store)
    assert m.by_id == entries and m.chunks == -(-len(entries) // 2)


def test_a_manifest_of_one_quad_per_article_is_read_and_rewritten_as_chunks(corpus, tmp_path):
    store = open_store(tmp_path / "store")
    n = build([corpus], store).articles
    entries = Manifest.load(store).by_id
    graph = ox.NamedNode(MANIFEST_GRAPH)
    for q in list(store.quads_for_pattern(None, None, None, graph)):
        if "manifest/ontology" not in q.subject.value:
            store.remove(q)
    entry = ox.NamedNode("https://w3id.org/kg-vn/id/manifest/entry")  # the older form
    for e in entries.values():
        value = "\t".join(map(str, Entry(*e)))
        node = ox.NamedNode(f"https://w3id.org/kg-vn/id/article/{e.id}")
        store.add(ox.Quad(node, entry, ox.Literal(value), graph))
    legacy = Manifest.load(store)
    assert legacy.by_id == entries and legacy.needs_compaction
    assert build([corpus], store).unchanged == n
    m = Manifest.load(store)
    assert m.by_id == entries and not m.legacy and not m.needs_compaction


@pytest.mark.slow
def test_workers_give_the_graph_one_process_gives_and_report_their_cpu(corpus):
    add_copies(corpus, 4)
    one, two = open_store(), open_store()
    a, b = build([corpus], one, jobs=1), build([corpus], two, jobs=2)
    assert a.articles == b.articles > 32
    assert "workers" not in a.cpu and b.cpu["workers"] > 0 and b.cpu["main"] >= 0
    assert quads(one) == quads(two)


def test_the_build_scan_finds_the_files_the_reader_finds_in_its_order_with_the_manifest_keys(tmp_path):
    import os

    from kg.api import _name, _scan
    from kg.reader import _files, article_id, display
    from kg.store import file_key

    root = tmp_path / "in"
    (root / "b" / "deep").mkdir(parents=True)
    (root / "a").mkdir()
    for rel in (
        "z.txt",
        "A.TXT",
        "b/x.html",
        "b/deep/y.htm",
        "a/dump.jsonl",
        "a/n.md",
        "b/é ü.txt",
        "a/.txt",
    ):
        (root / rel).write_text("Comrade Nguyen Van An chaired.", encoding="utf-8")
    os.symlink(root, root / "b" / "loop")  # a link back up: each folder once
    weird = os.fsencode(str(root / "a")) + b"/bad\xff.txt"  # a name that is not UTF-8
    with open(weird, "wb") as f:
        f.write(b"text")
    found = list(_scan(root, set()))
    expected = list(_files(root, set()))
    assert [f for f, _, _ in found] == [str(p) for p in expected]
    for (file, name, key), path in zip(found, expected, strict=True):
        shown, ident = _name(file, name)
        assert shown == display(path) and ident == article_id(path)
        assert (key if shown is file else file_key(shown)) == file_key(display(path))
