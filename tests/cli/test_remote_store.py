"""--store http://…: build, query and export against a real SPARQL server (oxigraph serve on
loopback), with the same answers as the embedded store."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.helpers import free_port
from tests.helpers import kg as run_kg

pytestmark = pytest.mark.slow  # an oxigraph server and kg processes per test


def kg(*args):
    return run_kg(*args).stdout


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``oxigraph serve`` on a free loopback port, once it answers. It prints no port it was
    given, so the port is found free here; when another process took it meanwhile, oxigraph ends
    at once and another port is tried."""
    exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    folder = tmp_path_factory.mktemp("ox")
    for attempt in range(5):
        url = f"http://127.0.0.1:{free_port()}"
        with open(folder / f"stderr{attempt}", "wb") as err:
            proc = subprocess.Popen(
                [exe, "serve", "--location", str(folder / "store"), "--bind", url.removeprefix("http://")],
                stdout=subprocess.DEVNULL,
                stderr=err,
            )
        if _answers(url, proc, seconds=120):
            break
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
            pytest.fail(f"oxigraph serve did not answer at {url} in 120 s")
    else:
        pytest.fail(f"oxigraph serve could not listen: {(folder / 'stderr4').read_text(errors='replace')}")
    yield url
    proc.terminate()
    proc.wait(10)


def _answers(url: str, proc: subprocess.Popen, seconds: float) -> bool:
    """Whether the server at ``url`` answers within ``seconds`` (False at once if it ended)."""
    deadline = time.monotonic() + seconds
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=5).read()
            return True
        except OSError:
            time.sleep(0.05)
    return False


def rows(out: str) -> list[tuple]:
    data = json.loads(out)
    return sorted(tuple(sorted((k, v["value"]) for k, v in b.items())) for b in data["results"]["bindings"])


def test_remote_store_gives_the_same_answers_as_the_embedded_one(server, tmp_path):
    local = tmp_path / "local"
    assert "built 5 articles" in kg("build", "seeds", "--store", server)
    kg("build", "seeds", "--store", str(local))
    assert "5 unchanged" in kg("build", "seeds", "--store", server)  # content hashes are read back
    for name in ("officials", "positions", "chairs", "metrics", "resolutions"):
        rq = f"queries/{name}.rq"
        assert rows(kg("query", rq, "--store", server, "--format", "json")) == rows(
            kg("query", rq, "--store", str(local), "--format", "json")
        ), name


def test_remote_export_and_remove(server, tmp_path):
    kg("build", "seeds", "--store", server)
    out = tmp_path / "kg.trig"
    kg("export", "--format", "trig", "--out", str(out), "--store", server)
    import rdflib

    ds = rdflib.Dataset()
    ds.parse(out, format="trig")
    assert len({str(g.identifier) for g in ds.graphs() if "/id/article/" in str(g.identifier)}) == 5
    kg("remove", "000_fedb5b510b52c1b7", "--store", server)
    stats = kg("stats", "--store", server)
    assert "articles   4" in stats


def test_load_nquads_shards_into_a_store(tmp_path):
    source = tmp_path / "source"
    kg("build", "seeds", "--store", str(source))
    shard = tmp_path / "all.nq"
    kg("export", "--format", "nquads", "--out", str(shard), "--store", str(source))
    target = tmp_path / "target"
    assert "loaded" in kg("load", str(shard), "--store", str(target))
    kg("load", str(shard), "--store", str(target))  # loading again replaces, it does not double
    q = "queries/officials.rq"
    assert rows(kg("query", q, "--store", str(target), "--format", "json")) == rows(
        kg("query", q, "--store", str(source), "--format", "json")
    )
    assert kg("stats", "--store", str(target)) == kg("stats", "--store", str(source))
