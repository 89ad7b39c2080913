"""A ``kg serve`` reader whose store a build compacts under it: RocksDB read-only instances keep the table files they
opened with, so a query can fail with "No such file or directory: ... .sst". The worker opens the store again and
answers again (as ``kg query`` does, tests/cli/test_read_during_build.py); other errors are the request's."""

from __future__ import annotations

import argparse
import json

import pytest

from kg.serve.worker import _READ_TRIES, Worker

VANISHED = "Corruption: IO error: No such file or directory: While open a file for random read: /s/000123.sst"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


class Failing:
    """A store whose first ``failures`` queries fail with ``message``, then the real store's answers."""

    def __init__(self, real, failures: int, message: str):
        self.real, self.failures, self.message, self.calls = real, failures, message, 0

    def query(self, *args, **kwargs):
        self.calls += 1
        if self.calls <= self.failures:
            raise OSError(self.message)
        return self.real.query(*args, **kwargs)


def _worker(store, role: str, failures: int, message: str = VANISHED, again: int = 0):
    args = argparse.Namespace(
        store=str(store), role=role, allow_service=True, max_results=100, max_bytes=1_000_000, prefixes=""
    )
    worker = Worker(args)
    opened = []
    real_open = worker.open

    def open_again():
        opened.append(1)
        return Failing(real_open(), again, message)

    worker.store = Failing(worker.store, failures, message)
    worker.open = open_again
    return worker, opened


def _count(worker) -> int:
    header, body = worker.answer({"op": "sparql", "text": COUNT, "accept": "application/sparql-results+json"})
    assert header["status"] == 200, header
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_a_reader_opens_the_store_again_when_a_file_vanished_under_it(seeds_on_disk):
    worker, opened = _worker(seeds_on_disk, "reader", failures=1)
    plain, _ = _worker(seeds_on_disk, "reader", failures=0)
    assert _count(worker) == _count(plain) > 0
    assert opened == [1]


def test_a_reader_gives_up_after_its_tries(seeds_on_disk):
    worker, opened = _worker(seeds_on_disk, "reader", failures=1, again=1)
    with pytest.raises(OSError, match=r"000123\.sst"):
        _count(worker)
    assert len(opened) == _READ_TRIES - 1


@pytest.mark.parametrize("message", ["No such file or directory: articles.jsonl", "IO error: disk full"])
def test_any_other_failure_is_the_request_s_own(seeds_on_disk, message):
    worker, opened = _worker(seeds_on_disk, "reader", failures=1, message=message)
    with pytest.raises(OSError, match=message.split(":")[0]):
        _count(worker)
    assert opened == []
