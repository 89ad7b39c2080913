"""A rebuild with a few edited articles pays for them, not for the store: the edited articles'
manifest entries go in one chunk (not one each, which made a 1% rebuild compact the manifest),
still written before they are reported; the worker pool starts while the scan goes on."""

from __future__ import annotations

import threading

import pyoxigraph as ox
import pytest

import kg.api
import kg.reader
from kg.api import build
from kg.mint import content_hash
from kg.store import Manifest, open_store
from tests.api.test_rebuild import ARTICLES, fresh, quads
from tests.helpers import editable_corpus


@pytest.fixture
def corpus(tmp_path):
    return editable_corpus(tmp_path, ARTICLES)


def _edit(files) -> None:
    for f in files:
        f.write_text(f.read_text(encoding="utf-8") + "\n(edited)\n", encoding="utf-8")


def test_edited_articles_share_one_manifest_chunk_and_the_store_is_a_fresh_builds(corpus, tmp_path):
    store = open_store(tmp_path / "store")
    build([corpus], store)
    before = Manifest.load(store).chunks
    edited = sorted(corpus.glob("*.txt"))[:4]
    _edit(edited)
    again = build([corpus], store)
    assert again.articles == len(edited)
    manifest = Manifest.load(store)
    assert manifest.chunks == before + 1  # one chunk for the four edits (it was one each)
    for f in edited:
        assert manifest.by_id[f.stem].hash == content_hash(kg.reader.read_article(f, f.stem).text)
    assert quads(store) == fresh(corpus)
    assert build([corpus], store).unchanged == len(list(corpus.glob("*.txt")))


def test_an_edited_article_is_reported_once_its_manifest_entry_is_stored(corpus, tmp_path):
    store = open_store(tmp_path / "store")
    build([corpus], store)
    edited = sorted(corpus.glob("*.txt"))[:3]
    _edit(edited)
    reported: list[str] = []

    class Crash(Exception):
        pass

    def on_built(article_id: str) -> None:
        reported.append(article_id)
        manifest = Manifest.load(store)  # read back when it is reported
        f = next(f for f in edited if f.stem == article_id)
        assert manifest.by_id[article_id].hash == content_hash(kg.reader.read_article(f, f.stem).text)
        if len(reported) == 2:
            raise Crash

    with pytest.raises(Crash):
        build([corpus], store, on_built=on_built)
    assert reported == [f.stem for f in edited[:2]]
    rerun = build([corpus], store)
    assert rerun.unchanged >= len(reported)
    assert quads(store) == fresh(corpus)


def test_the_scan_goes_on_while_the_pool_starts(monkeypatch):
    started = threading.Event()
    release = threading.Event()

    class Pool:
        terminated = 0

        def terminate(self):
            Pool.terminated += 1

    def slow_pool(jobs):
        started.set()
        release.wait(10)
        return Pool()

    monkeypatch.setattr(kg.api, "_pool", slow_pool)
    starting = kg.api._Starting(2)
    assert started.wait(10)
    taken = []

    def tasks():
        for i in range(10):
            taken.append(i)
            yield ("file", f"f{i}", None, None, f"f{i}")
        release.set()  # the pool comes up once the scan has gone through ten files
        starting.ready.wait(10)
        yield from (("file", f"g{i}", None, None, f"g{i}") for i in range(10_000))

    got = starting.meanwhile(tasks())
    assert len(taken) == 10 and len(got) == 11  # read on while it started, stopped once it was up
    assert [t[1] for t in got[:10]] == [f"f{i}" for i in range(10)]  # in order
    assert isinstance(starting.pool(), Pool)
    starting.close()
    assert Pool.terminated == 1


def test_a_pool_that_comes_up_after_the_build_stopped_is_terminated(monkeypatch):
    release = threading.Event()
    terminated = threading.Event()

    class Pool:
        def terminate(self):
            terminated.set()

    monkeypatch.setattr(kg.api, "_pool", lambda jobs: (release.wait(10), Pool())[1])
    starting = kg.api._Starting(2)
    assert len(starting.meanwhile(iter([("file", "a", None, None, "a")] * (kg.api._AHEAD + 5)))) == (
        kg.api._AHEAD
    )  # no more than that while it starts
    starting.close()
    release.set()
    assert terminated.wait(10)


def test_a_pool_that_cannot_start_raises_in_the_build(monkeypatch):
    def broken(jobs):
        raise OSError("no processes")

    monkeypatch.setattr(kg.api, "_pool", broken)
    starting = kg.api._Starting(2)
    assert starting.meanwhile(iter(())) == []
    with pytest.raises(OSError, match="no processes"):
        starting.pool()


_G = "https://w3id.org/kg-vn/id/article/x1"


def _nquads(*triples: str) -> str:
    return "".join(f"{t[:-2]} <{_G}> .\n" for t in triples)  # "<s> <p> <o> ." in the article's graph


_KEEP = [
    f"<{_G}#s{i}> <https://schema.org/text> {lit} ."
    for i, lit in enumerate(
        [
            '"plain"',
            '"a \\"quoted\\" \\\\ back\\nslash"',
            '"Hà Nội"@vi',
            '"2024"^^<http://www.w3.org/2001/XMLSchema#gYear>',
        ]
    )
]


class _Recording:
    """A store whose updates are recorded (and run)."""

    def __init__(self, store):
        self.store, self.updates = store, []

    def update(self, text):
        self.updates.append(text)
        self.store.update(text)


def _graph(store) -> set[str]:
    return {
        str(ox.Triple(q.subject, q.predicate, q.object))
        for q in store.quads_for_pattern(None, None, None, ox.NamedNode(_G))
    }


def test_an_edit_writes_only_the_triples_that_differ_and_leaves_the_new_graph():
    from kg.store import replace_article, stored_article

    store = open_store()
    old_only = f'<{_G}> <https://w3id.org/kg-vn/ontology#contentHash> "old" .'
    store.load(_nquads(*_KEEP, old_only).encode(), format=ox.RdfFormat.N_QUADS)
    new_only = f'<{_G}> <https://w3id.org/kg-vn/ontology#contentHash> "new \\"one\\"" .'
    lines: set[str] = set()
    stored_article(store, "x1", lines)
    assert len(lines) == len(_KEEP) + 1
    recording = _Recording(store)
    replace_article(recording, "x1", _nquads(*_KEEP, new_only), old=lines)
    assert _graph(store) == {t[:-2] for t in (*_KEEP, new_only)}
    (text,) = recording.updates
    assert '"old"' in text and "one" in text and "plain" not in text  # the kept triples untouched


def test_a_graph_with_a_blank_node_is_written_whole():
    from kg.store import replace_article, stored_article

    store = open_store()
    blank = f"<{_G}> <https://schema.org/about> _:b1 ."
    store.load(_nquads(*_KEEP, blank).encode(), format=ox.RdfFormat.N_QUADS)
    lines: set[str] = set()
    stored_article(store, "x1", lines)
    assert lines == set()  # not compared: a blank node is another node in each text
    recording = _Recording(store)
    replace_article(recording, "x1", _nquads(*_KEEP[:2]), old=lines)
    assert _graph(store) == {t[:-2] for t in _KEEP[:2]}
    assert "DROP SILENT GRAPH" in recording.updates[0]
    replace_article(recording, "x1", _nquads(*_KEEP[:3], blank), old={t for t in _KEEP[:2]})
    assert len(_graph(store)) == 4 and "DROP SILENT GRAPH" in recording.updates[1]


def test_stored_lines_the_update_cannot_read_mean_the_graph_is_written_whole():
    from kg.store import replace_article

    store = open_store()
    store.load(_nquads(*_KEEP).encode(), format=ox.RdfFormat.N_QUADS)
    recording = _Recording(store)
    unreadable = {*_KEEP, "<not an IRI at all"}
    replace_article(recording, "x1", _nquads(*_KEEP[1:]), old=unreadable)
    assert _graph(store) == {t[:-2] for t in _KEEP[1:]}
    assert "DROP SILENT GRAPH" in recording.updates[-1]
