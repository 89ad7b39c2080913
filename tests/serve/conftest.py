"""Fixtures for the server tests: an on-disk store of the seeds and ``kg serve`` over it (the
helpers they use are in ``server.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.serve.server import CAP, Listener, build_store, serving


@pytest.fixture(scope="session")
def seeds_on_disk(tmp_path_factory) -> Path:
    """An on-disk store of the five seed articles (read-only servers share it)."""
    return build_store(tmp_path_factory.mktemp("serve") / "store")


@pytest.fixture()
def fresh_store(tmp_path) -> Path:
    """A store of one seed article that a test may write to."""
    return build_store(tmp_path / "store", "seeds/000_fedb5b510b52c1b7.txt")


@pytest.fixture(scope="module")
def endpoint(seeds_on_disk):
    """``kg serve`` over the seeds, with a cap of ``CAP`` rows."""
    with serving(seeds_on_disk, "--timeout", "20", "--max-results", str(CAP), "--workers", "3") as served:
        yield served


@pytest.fixture()
def listener():
    target = Listener()
    yield target
    target.close()
