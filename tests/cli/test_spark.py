"""kg build --engine spark: a real PySpark job in local mode gives the embedded build's answers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pyspark", reason="pyspark comes with the spark extra (make test installs it)")

ROOT = Path(__file__).resolve().parents[2]


def kg(*args):
    proc = subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout


def rows(out: str) -> list[tuple]:
    data = json.loads(out)
    return sorted(tuple(sorted((k, v["value"]) for k, v in b.items())) for b in data["results"]["bindings"])


def test_spark_build_writes_shards_and_answers_like_the_embedded_build(tmp_path):
    shards = tmp_path / "shards"
    out = kg(
        "build",
        "seeds",
        "tests/data/dev/pl-003.txt",
        "--store",
        str(tmp_path / "spark"),
        "--engine",
        "spark",
        "--master",
        "local[2]",
        "--shards",
        str(shards),
    )
    assert "spark: 6 articles extracted" in out and "loaded 6 graphs" in out
    parts = [p for p in shards.glob("part-*") if p.stat().st_size]
    graphs = {
        line.rsplit(" ", 2)[-2] for p in parts for line in p.read_text(encoding="utf-8").splitlines() if line
    }
    assert len(graphs) == 6  # one named graph per article
    kg("build", "seeds", "tests/data/dev/pl-003.txt", "--store", str(tmp_path / "local"))
    for name in ("officials", "positions", "chairs", "metrics", "resolutions"):
        q = f"queries/{name}.rq"
        assert rows(kg("query", q, "--store", str(tmp_path / "spark"), "--format", "json")) == rows(
            kg("query", q, "--store", str(tmp_path / "local"), "--format", "json")
        ), name
