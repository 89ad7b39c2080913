"""Crash safety, idempotence, removal and one writer at a time, with real processes."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.api import build
from kg.store import open_store
from tests.helpers import ROOT, kg

pytestmark = pytest.mark.slow  # every test builds or kills builds of the 70 dev articles x 8

DEV = ROOT / "tests" / "data" / "dev"


def quads_by_graph(store) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for q in store:
        out.setdefault(str(q.graph_name), set()).add(f"{q.subject} {q.predicate} {q.object}")
    return out


def start_build(corpus: Path, store: Path) -> subprocess.Popen:
    """`kg build --verbose` in the background: it prints `built ID` as each article is stored."""
    return subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(corpus), "--store", str(store), "--verbose", "--quiet"],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """256 articles: the 32 dev articles under eight prefixes, the text varied so none is a copy."""
    d = tmp_path_factory.mktemp("corpus")
    for k in range(8):
        for f in sorted(DEV.glob("*.txt")):
            text = f.read_text(encoding="utf-8")
            (d / f"{k}-{f.stem}.txt").write_text(f"{text}\n(copy {k})", encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("clean") / "s")
    build([corpus], store)
    return quads_by_graph(store)


def test_sigkill_mid_build_loses_nothing_reported_and_a_rerun_completes(corpus, clean, tmp_path):
    path = tmp_path / "s"
    proc = start_build(corpus, path)
    done = []
    deadline = time.monotonic() + 600  # 40 articles: seconds quiet, a minute and more on a loaded machine
    while len(done) < 40 and time.monotonic() < deadline:
        line = proc.stderr.readline()
        if line.startswith("built "):
            done.append(line.split()[1])
        elif not line:  # the build ended (its standard error closed) before the kill
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert len(done) >= 40
    store = open_store(path)
    got = quads_by_graph(store)
    for article_id in done:
        graph = f"<https://w3id.org/kg-vn/id/article/{article_id}>"
        assert got.get(graph) == clean[graph], f"{article_id} reported done but not intact"
    del store
    rerun = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(corpus), "--store", str(path), "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert quads_by_graph(open_store(path, read_only=True)) == clean


def test_building_twice_gives_the_same_triples(corpus, clean, tmp_path):
    store = open_store(tmp_path / "s")
    build([corpus], store)
    first = quads_by_graph(store)
    report = build([corpus], store)
    assert report.articles == 0 and report.unchanged == len(list(corpus.glob("*.txt")))
    assert quads_by_graph(store) == first == clean


def test_remove_articles(tmp_path):
    shutil.copy(DEV / "en-004.txt", tmp_path / "a.txt")
    shutil.copy(DEV / "pl-003.txt", tmp_path / "b.txt")
    store_path = tmp_path / "s"
    kg("build", tmp_path / "a.txt", tmp_path / "b.txt", "--store", store_path)
    proc = kg("remove", "a", "zzz", "--store", store_path, ok=(1,))
    assert (
        proc.returncode == 1 and "removed 1 article" in proc.stdout and "not in the store: zzz" in proc.stderr
    )
    graphs = {g for g in quads_by_graph(open_store(store_path, read_only=True)) if "/article/" in g}
    assert graphs == {"<https://w3id.org/kg-vn/id/article/b>"}


def test_a_second_writer_is_told_the_store_is_busy_and_readers_see_whole_articles(corpus, tmp_path):
    path = tmp_path / "s"
    writer = start_build(corpus, path)
    try:
        line = writer.stderr.readline()
        assert line.startswith("built "), line
        # stopped mid-build, it holds the store while the second writer tries, however soon the
        # rest of the build would have ended (a fast machine, or a slow start of the second)
        writer.send_signal(signal.SIGSTOP)
        second = subprocess.run(
            [sys.executable, "-m", "kg", "build", str(DEV / "en-001.txt"), "--store", str(path)],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        assert second.returncode == 2
        assert f"the store {path} is in use by another kg process" in second.stderr
        assert "Traceback" not in second.stderr
        writer.send_signal(signal.SIGCONT)
        # a reader during the build: every article it sees has its content hash (stored last in
        # the same transaction as all its facts) and sentences
        query = (
            "SELECT ?g (COUNT(?h) AS ?hashes) (COUNT(?s) AS ?sentences) WHERE { GRAPH ?g { "
            "?g a <https://schema.org/NewsArticle> . OPTIONAL { ?g <https://w3id.org/kg-vn/ontology#contentHash> ?h } "
            "OPTIONAL { ?s a <https://w3id.org/kg-vn/ontology#Sentence> } } } GROUP BY ?g"
        )
        reader = subprocess.run(
            [sys.executable, "-m", "kg", "query", "-e", query, "--store", str(path), "--format", "csv"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        assert reader.returncode == 0, reader.stderr
        rows = [r.split(",") for r in reader.stdout.splitlines()[1:]]
        assert all(len(r) == 3 for r in rows), reader.stdout
        assert rows and all(int(h) > 0 and int(s) > 0 for _, h, s in rows)
    finally:
        writer.kill()
        writer.wait()
