"""Extraction speed and identity check: dump every Extraction of a fixed corpus, time the extraction.

Reads the corpora as ``kg build`` reads them (``kg.reader.read_articles``): the 312 unlabelled
articles (``../shared/corpus/unlabelled/articles.jsonl``, the ones timed), the other unlabelled
dump, the 70 dev articles and the seeds beside the repository (``../shared/corpus/{dev,seeds}``). Writes one canonical line per article (the
``repr`` of every field of its :class:`~kg.model.Extraction`, the article's id and detected
language) to ``--dump``, so two code versions can be compared byte for byte (``cmp``); then times
the extraction of the unlabelled articles (``time.process_time``, median of ``--runs``, each run in
a new process warmed on the other corpora and settled as a build worker is, so the articles timed are
new to it as in a build) and
prints ms/article; ``--profile N`` prints the N costliest functions of one more such run (cProfile,
by own time and cumulative time; in a new process, as the timed runs).

Run it from the tree to measure: ``PYTHONPATH=. python tools/extract_check.py --dump /tmp/a.txt``.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import os
import pstats
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
OTHERS = [CORPUS / "unlabelled" / "vi-officials.jsonl", CORPUS / "dev", CORPUS / "seeds"]


def _articles(paths: list[Path]):
    from kg.reader import Skipped, read_articles

    return [a for a in read_articles(paths) if not isinstance(a, Skipped)]


def _canonical(x) -> str:
    fields = {f.name: getattr(x, f.name) for f in dataclasses.fields(x) if f.name != "article"}
    return f"{x.article.id}\t{x.article.lang}\t{fields!r}"


def _fresh(articles):
    from kg.model import Article

    return [Article(a.id, a.text, url=a.url, lang=a.lang, published=a.published) for a in articles]


def _timed_once(profile: int) -> float:
    """One timing in this process: extraction warmed on the other corpora (packs loaded, caches of
    words filled as a long build fills them), then every unlabelled article once, as new."""
    from kg.extract import extract, settle

    timed = _articles([CORPUS / "unlabelled" / "articles.jsonl"])
    for a in _fresh(_articles(OTHERS)):
        extract(a)
    settle()  # as a build worker does once warm (kg.api._worker_start)
    batch = _fresh(timed)
    prof = cProfile.Profile() if profile else None
    t = time.process_time()
    if prof:
        prof.enable()
    for a in batch:
        extract(a)
    if prof:
        prof.disable()
    ms = (time.process_time() - t) * 1000 / len(batch)
    if prof:
        stats = pstats.Stats(prof, stream=sys.stdout)
        stats.sort_stats("tottime").print_stats(profile)
        stats.sort_stats("cumulative").print_stats(profile)
    return ms


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, help="write the canonical extractions here")
    parser.add_argument("--runs", type=int, default=3, help="timed runs (each in a new process)")
    parser.add_argument("--profile", type=int, default=0, help="print the N costliest functions of one run")
    parser.add_argument("--once", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.once:
        ms = _timed_once(args.profile)
        print(f"{ms:.3f}")
        return 0
    if args.dump:
        from kg.extract import extract

        articles = _articles([CORPUS / "unlabelled" / "articles.jsonl", *OTHERS])
        with args.dump.open("w", encoding="utf-8") as out:
            for a in _fresh(articles):
                out.write(_canonical(extract(a)) + "\n")
        print(f"dumped {len(articles)} extractions to {args.dump}")
    times = []
    for _ in range(args.runs):
        run = subprocess.run(
            [sys.executable, __file__, "--once"], check=True, capture_output=True, text=True, env=os.environ
        )
        times.append(float(run.stdout.split()[-1]))
    if times:
        runs = " ".join(f"{t:.2f}" for t in times)
        print(
            f"ms/article (process time, 312 unlabelled articles, new to each process): "
            f"median {statistics.median(times):.2f}  [{runs}]"
        )
    if args.profile:  # in a new process too: this one's caches are warm from the dump
        subprocess.run(
            [sys.executable, __file__, "--once", "--profile", str(args.profile)], check=True, env=os.environ
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
