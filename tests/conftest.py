"""Shared fixtures: small in-memory stores built from real corpus articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.api import build
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DEV = ROOT / "tests" / "data" / "dev"


@pytest.fixture(scope="session")
def seeds_store():
    """An in-memory store holding the five seed articles."""
    store = open_store()
    report = build([SEEDS], store)
    assert report.articles == 5
    return store
