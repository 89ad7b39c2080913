"""A rebuild with a few edited articles pays for them, not for the store: the edited articles'
manifest entries go in one chunk (not one each, which made a 1% rebuild compact the manifest),
still written before they are reported; the worker pool starts while the scan goes on."""

from __future__ import annotations

import threading
import time

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
        time.sleep(0.05)
        yield from (("file", f"g{i}", None, None, f"g{i}") for i in range(10_000))

    got = starting.meanwhile(tasks())
    assert len(taken) == 10 and 10 <= len(got) < kg.api._AHEAD  # read on, stopped once it was up
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
