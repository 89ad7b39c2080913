"""Fixtures for the explorer tests: one store built from the 312 real unlabelled articles per
session, ``kg serve`` over it, and headless Chromium to read the page as a browser renders it."""

from __future__ import annotations

import subprocess
import urllib.parse
from pathlib import Path

import pytest

from tests.conftest import chromium_command
from tests.helpers import UNLABELLED, kg
from tests.serve.server import start


@pytest.fixture(scope="session")
def unlabelled_store(tmp_path_factory) -> Path:
    """An on-disk store of ../shared/corpus/unlabelled/articles.jsonl, built once."""
    if not UNLABELLED.exists():
        pytest.fail(f"{UNLABELLED} is missing: the explorer tests need the unlabelled corpus")
    path = tmp_path_factory.mktemp("explorer") / "store"
    kg("build", UNLABELLED, "--store", path, "--quiet", ok=(0, 1), timeout=600)
    return path


@pytest.fixture(scope="session")
def explorer(unlabelled_store):
    """The URL of ``kg serve`` over the unlabelled store."""
    served = start(unlabelled_store)  # as the server tests run it (tests/serve/server.py)
    yield served.url
    served.stop()


@pytest.fixture()
def browser_dom(explorer, tmp_path):
    """``browser_dom('#/search?q=...')``: the page's DOM after Chromium ran its scripts."""

    def dom(fragment: str) -> str:
        address = explorer + "/" + urllib.parse.quote(fragment, safe="#/?=&%")
        out = subprocess.run(
            [
                *chromium_command(tmp_path / "profile"),
                "--virtual-time-budget=20000",
                "--dump-dom",
                address,
            ],
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert "<main" in out.stdout, out.stderr[-2000:]
        return out.stdout

    return dom


def sparql(url: str, query: str) -> list[dict]:
    """Rows of a SELECT against the endpoint, as {variable: value}."""
    import json

    req = urllib.request.Request(
        url + "/sparql",
        data=query.encode(),
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(req, timeout=60) as r:
        data = json.load(r)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]
