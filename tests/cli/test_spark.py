"""kg build --engine spark: a real PySpark job in local mode gives the embedded build's graph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("pyspark", reason="pyspark comes with the spark extra (make test installs it)")

from tests.helpers import DEV
from tests.helpers import kg as run_kg

INTERNAL = ("<https://w3id.org/kg-vn/id/graph/manifest>",)


def kg(*args):
    return run_kg(*args, ok=(0, 1)).stdout


def rows(out: str) -> list[tuple]:
    data = json.loads(out)
    return sorted(tuple(sorted((k, v["value"]) for k, v in b.items())) for b in data["results"]["bindings"])


def quads_by_graph(path: Path) -> dict[str, set[str]]:
    from kg.store import open_store

    out: dict[str, set[str]] = {}
    for q in open_store(path, read_only=True):
        graph = str(q.graph_name)
        if graph not in INTERNAL:
            out.setdefault(graph, set()).add(f"{q.subject} {q.predicate} {q.object}")
    return out


ONE_PERSON_LATER = {  # two local identities of one name, then a central post: they are one person
    "a1": "Comrade Nguyen Van Binh, Secretary of the Ha Tinh Provincial Party Committee, chaired the meeting.",
    "a2": "Comrade Nguyen Van Binh, Chairman of the Lai Chau Provincial People's Committee, attended.",
    "a3": "Comrade Nguyen Van Binh, member of the Politburo, spoke at the conference.",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One Spark job (a JVM start costs ~20 s) and one embedded build over the same corpus: dev, and three
    articles of one name that a central post shows to be one person (no dev article names him)."""
    tmp = tmp_path_factory.mktemp("spark")
    corpus = tmp / "corpus"
    corpus.mkdir()
    for path in DEV.glob("*.txt"):
        (corpus / path.name).symlink_to(path)
    for name, text in ONE_PERSON_LATER.items():
        (corpus / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    shards = tmp / "shards"
    out = kg(
        "build", str(corpus), "--store", str(tmp / "spark"), "--engine", "spark", "--master", "local[2]",
        "--shards", str(shards),
    )  # fmt: skip
    kg("build", str(corpus), "--store", str(tmp / "local"))
    n = len(list(corpus.glob("*.txt")))
    return {"out": out, "n": n, "shards": shards, "spark": tmp / "spark", "local": tmp / "local"}


@pytest.mark.slow
def test_spark_build_gives_the_embedded_builds_graph_on_dev(built):
    out, n = built["out"], built["n"]
    assert n == len(list(DEV.glob("*.txt"))) + len(ONE_PERSON_LATER)
    assert f"spark: {n} articles extracted" in out and f"loaded {n} graphs" in out
    parts = sorted(built["shards"].glob("part-*.nq"))
    graphs = {line.rsplit(" ", 2)[-2] for p in parts for line in p.read_text(encoding="utf-8").splitlines()}
    assert len({g for g in graphs if "/id/article/" in g}) == n  # one named graph per article
    spark, local = quads_by_graph(built["spark"]), quads_by_graph(built["local"])
    assert spark.keys() == local.keys()
    different = [g for g in local if spark[g] != local[g]]
    assert not different, different[:5]
    # and so the judge's queries answer alike
    for name in ("officials", "positions", "chairs"):
        q = f"queries/{name}.rq"
        assert rows(kg("query", q, "--store", str(built["spark"]), "--format", "json")) == rows(
            kg("query", q, "--store", str(built["local"]), "--format", "json")
        ), name


@pytest.mark.slow
def test_spark_build_merges_people_found_to_be_one_later_as_the_embedded_build_does(built):
    spark, local = quads_by_graph(built["spark"]), quads_by_graph(built["local"])
    ours = [g for g in spark if any(g.endswith(f"/{name}>") for name in ONE_PERSON_LATER)]
    assert len(ours) == len(ONE_PERSON_LATER), ours
    people = {t.split(" ", 1)[0] for g in ours for t in spark[g] if "/id/person/" in t.split(" ", 1)[0]}
    assert len(people) == 1, people
    assert {g: spark[g] for g in ours} == {g: local[g] for g in ours}
