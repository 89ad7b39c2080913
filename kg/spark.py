"""``kg build --engine spark``: extraction and minting as a PySpark job; identities in order.

The driver reads the articles (reporting what it skips, as ``kg build`` does); Spark extracts and
mints them in parallel (``local[*]`` here; any cluster with ``--master URL``, where kg must be
installed on the executors) exactly as ``kg build``'s worker processes do
(:func:`kg.mint.mint_article`: each article's graph with people as placeholders). The driver then
reads the minted articles back in corpus order and decides identities with the same code as the
embedded build (:class:`kg.mint.EntityIndex`, :class:`kg.resolve.Resolver`) — a few dictionary
look-ups per article — and writes N-Quads shards, one named graph per article plus the entity
records, that ``kg load`` (or ``--store``) bulk-loads. People the driver finds to be one only
later in the corpus (a name with two local identities, then a central post) are returned as
merges (old IRI -> new) for :func:`kg.resolve.merge_identities` to rewrite in the store once the
shards are loaded, as the embedded build does after its last write. The graph is the embedded
build's.
"""

from __future__ import annotations

import base64
import os
import pickle
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from kg.model import Article
from kg.reader import Skipped, read_articles

__all__ = ["SparkBuild", "spark_build"]


class SparkBuild(NamedTuple):
    """What :func:`spark_build` did: articles sent to Spark, the shard files written, the files
    skipped while reading, and the identities merged (old IRI -> new) to rewrite after loading."""

    sent: int
    files: list[Path]
    skipped: list[Skipped]
    merges: dict[str, str]


def _to_minted(records: Iterable[tuple]) -> Iterator[str]:
    """Run on the executors: one line per article, the minted article (pickled, base64)."""
    from kg.extract import extract
    from kg.mint import mint_article

    for ident, text, url, lang, source, published in records:
        article = Article(ident, text, url=url, lang=lang, source=source, published=published)
        try:
            minted = mint_article(extract(article))
        except Exception:  # one bad article must not fail the job; the driver counts what is missing
            continue
        yield base64.b64encode(pickle.dumps(minted, protocol=pickle.HIGHEST_PROTOCOL)).decode("ascii")


def _finish(minted_dir: Path, out: Path, store=None) -> tuple[list[Path], dict[str, str]]:
    """Identities in corpus order (Spark keeps the order of the records across its part files),
    then one N-Quads shard per part; and the merges found on the way."""
    from kg.mint import EntityIndex

    index = EntityIndex.from_store(store) if store is not None else EntityIndex()
    files = []
    for part in sorted(minted_dir.glob("part-*")):
        target = out / f"{part.name}.nq"
        with open(part, encoding="ascii") as lines, open(target, "w", encoding="utf-8") as shard:
            for line in lines:
                if line.strip():
                    text, entities = index.finish(pickle.loads(base64.b64decode(line)))
                    shard.write(entities)
                    shard.write(text)
        if target.stat().st_size:
            files.append(target)
        else:
            target.unlink()
    return files, index.resolver.take_merges()


def spark_build(
    paths: list[str | Path],
    shards: str | Path,
    master: str = "local[*]",
    partitions: int | None = None,
    store=None,
) -> SparkBuild:
    """Extract every article under ``paths`` with Spark; write N-Quads shards into ``shards``.
    ``store`` (optional) seeds the identities with the officials it already holds. Load the
    shards, then apply ``merges`` with :func:`kg.resolve.merge_identities`.
    """
    import shutil

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
    minted = out / "minted"
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
        sc.parallelize(records, slices).mapPartitions(_to_minted).saveAsTextFile(str(minted))
    finally:
        spark.stop()
    files, merges = _finish(minted, out, store)
    shutil.rmtree(minted)
    return SparkBuild(len(records), files, skipped, merges)
