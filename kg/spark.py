"""``kg build --engine spark``: extraction as a PySpark job writing N-Quads shards.

The driver reads the articles (reporting what it skips, as ``kg build`` does), Spark extracts and
mints them in parallel (``local[*]`` here; any cluster with ``--master URL``, where kg must be
installed on the executors), and each partition is written as an N-Quads shard with one named
graph per article. ``kg load`` (or ``--store``) bulk-loads the shards.

Identities in this path are per name (a name is one IRI, whatever the province): the
same-name-in-two-provinces split of :mod:`kg.resolve` needs the articles in order, which a
distributed job does not give.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.model import Article
from kg.reader import Skipped, read_articles

__all__ = ["spark_build"]


def _to_nquads(records: Iterable[tuple]) -> Iterator[str]:
    """Run on the executors: one N-Quads text per article."""
    import pyoxigraph as ox

    from kg.extract import extract
    from kg.mint import mint
    from kg.resolve import Resolver

    for ident, text, url, lang, source, published in records:
        article = Article(ident, text, url=url, lang=lang, source=source, published=published)
        try:
            extraction = extract(article)
        except Exception:  # one bad article must not fail the job; the driver counts what is missing
            continue
        yield (
            ox.serialize(mint(extraction, Resolver()), format=ox.RdfFormat.N_QUADS)
            .decode("utf-8")
            .rstrip("\n")
        )


def spark_build(
    paths: list[str | Path], shards: str | Path, master: str = "local[*]", partitions: int | None = None
):
    """Extract every article under ``paths`` with Spark; write N-Quads shards into ``shards``.

    Returns ``(articles sent, shard files, skipped files)``.
    """
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    skipped: list[Skipped] = []
    records = []
    for item in read_articles([Path(p) for p in paths]):
        if isinstance(item, Skipped):
            skipped.append(item)
        else:
            records.append((item.id, item.text, item.url, item.lang, item.source, item.published))
    out = Path(shards)
    spark = (
        SparkSession.builder.master(master)
        .appName("kg build")
        .config("spark.ui.enabled", "false")
        .config("spark.log.level", "ERROR")
        .getOrCreate()
    )
    try:
        sc = spark.sparkContext
        slices = partitions or max(1, min(len(records) // 200 + 1, sc.defaultParallelism * 4))
        sc.parallelize(records, slices).mapPartitions(_to_nquads).saveAsTextFile(str(out))
    finally:
        spark.stop()
    files = sorted(p for p in out.glob("part-*") if p.stat().st_size > 0)
    return len(records), files, skipped
