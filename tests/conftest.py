"""Shared fixtures: small in-memory stores built from real corpus articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.api import build
from kg.store import open_store
from tests.helpers import DEV, ROOT, SEEDS, kg

__all__ = ["CHROMIUM_FLAGS", "DEV", "ROOT", "SEEDS", "chromium_command"]


@pytest.fixture(scope="session")
def seeds_store():
    """An in-memory store holding the five seed articles."""
    store = open_store()
    report = build([SEEDS], store)
    assert report.articles == 5
    return store


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """A store on disk holding the five seed articles, built by the ``kg`` command as a user runs it
    (the CLI tests query it; none writes to it)."""
    store = tmp_path_factory.mktemp("cli") / "store"
    proc = kg("build", "seeds", "--store", str(store))
    assert "built 5 articles" in proc.stdout
    return store


CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_command(profile: Path) -> list[str]:
    """Debian's chromium, headless, offline, with a fresh profile (the test fails without it)."""
    import shutil

    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.fail("Debian chromium is not installed (.ci/run installs it)")
    return [exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}"]
