"""`kg query` on a store a build is writing: RocksDB read-only readers keep the table files they
opened with, so a compaction by the build can take one away under a query (seen as
"Corruption: IO error: ... 000123.sst: No such file or directory"). The reader opens the store
again and reads again; a missing file of any other kind is still the user's message."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kg import api, cli
from kg.errors import QueryError
from kg.store import file_vanished, open_store
from tests.helpers import DEV

VANISHED = "Corruption: IO error: No such file or directory: While open a file for random read: /s/000123.sst"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("read") / "s"
    st = open_store(path)
    api.build([DEV / "en-001.txt"], st)
    del st  # closes the store: the CLI opens it read-only
    return path


def _flaky_query(monkeypatch, failures: int, message: str = VANISHED):
    """api.query that fails ``failures`` times as a compacted-away file would, then answers."""
    real, calls = api.query, []

    def query(*args, **kwargs):
        calls.append(1)
        if len(calls) <= failures:
            raise OSError(message)
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "query", query)
    return calls


def _ask(store):
    q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g a <https://schema.org/NewsArticle> } }"
    return CliRunner().invoke(cli.main, ["query", "-e", q, "--store", str(store), "--format", "csv"])


def test_a_file_compacted_away_under_the_reader_is_read_again(store, monkeypatch):
    calls = _flaky_query(monkeypatch, failures=2)
    result = _ask(store)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["n", "1"]
    assert len(calls) == 3


def test_a_store_that_keeps_losing_files_is_a_query_error(store, monkeypatch):
    calls = _flaky_query(monkeypatch, failures=99)
    result = _ask(store)
    assert isinstance(result.exception, QueryError)
    assert "000123.sst" in str(result.exception)
    assert len(calls) == cli._READ_TRIES


def test_any_other_missing_file_is_not_read_again(store, monkeypatch):
    calls = _flaky_query(monkeypatch, failures=1, message="No such file or directory: /tmp/x.rq")
    result = _ask(store)
    assert isinstance(result.exception, QueryError)
    assert len(calls) == 1


@pytest.mark.parametrize(
    "message, vanished",
    [
        (VANISHED, True),
        ("IO error: No such file or directory: /s/MANIFEST-000005", True),
        ("No such file or directory: articles.jsonl", False),
        ("Corruption: block checksum mismatch in /s/000123.sst", False),
    ],
)
def test_which_errors_are_a_file_compacted_away(message, vanished):
    assert file_vanished(OSError(message)) is vanished


def _flaky(monkeypatch, name: str, failures: int):
    """api.<name> failing ``failures`` times as a compacted-away file would, then answering."""
    real, calls = getattr(api, name), []

    def read(*args, **kwargs):
        calls.append(1)
        if len(calls) <= failures:
            raise OSError(VANISHED)
        return real(*args, **kwargs)

    monkeypatch.setattr(api, name, read)
    return calls


@pytest.mark.parametrize(
    "name, args, expect",
    [
        ("export", ["export", "--format", "nquads"], "schema.org/NewsArticle"),
        ("stats", ["stats"], "articles"),
    ],
)
def test_every_reading_command_reads_again_when_a_file_was_compacted_away(
    store, monkeypatch, name, args, expect
):
    calls = _flaky(monkeypatch, name, failures=2)
    result = CliRunner().invoke(cli.main, [*args, "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert expect in result.output
    assert len(calls) == 3


def test_a_reading_command_gives_up_after_its_tries(store, monkeypatch):
    calls = _flaky(monkeypatch, "stats", failures=99)
    result = CliRunner().invoke(cli.main, ["stats", "--store", str(store)])
    assert result.exit_code != 0
    assert len(calls) == cli._READ_TRIES
