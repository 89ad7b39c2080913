"""Where extraction spends its time: the tables of ``docs/perf/extract-profile.md``, made again.

Two views of the 312 unlabelled articles, each new to a process warmed on the other corpora as
``tools/extract_check.py --once`` times them:

- ``--lexicons``: every ``Lexicon.finditer`` call of one run counted by lexicon and by caller, with how
  it ended (the word prefilter said no, searched, the lexicon's cache of texts read last), then all of
  them replayed alone with the caches emptied and the matchers compiled (the lexicon layer's own cost;
  minimum and median of ``--runs``).
- ``--spy FILE``: a py-spy raw profile (``py-spy record --format raw -o FILE -- python
  tools/extract_check.py --once``, several appended) read, for the timed articles only, by stage of ``kg.extract._extract``, by
  deepest ``kg/`` module, and by function (own and inclusive time).

Run it from the tree to measure: ``PYTHONPATH=. python tools/extract_profile.py --lexicons``.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _check():
    spec = importlib.util.spec_from_file_location("extract_check", ROOT / "tools" / "extract_check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _label(lexicon, names: dict[int, str]) -> str:
    from kg.lang import _LOADED

    if id(lexicon) not in names:
        names[id(lexicon)] = "(no such cue in the pack: empty)" if not lexicon.entries else "?"
        for pack in _LOADED.values():
            for field in ("roles", "bodies", "levels", "months", "ordinals", "units", "scales"):
                if getattr(pack, field) is lexicon:
                    names[id(lexicon)] = f"{pack.code}:{field}"
            for field in ("indicators", "documents"):
                if getattr(pack, field) is lexicon:
                    names[id(lexicon)] = f"{pack.code}:{field}"
            for kind, cue in pack.cues.items():
                if cue is lexicon:
                    names[id(lexicon)] = f"{pack.code}:cue/{kind}"
    return names[id(lexicon)]


def lexicons(top: int, runs: int) -> None:
    import kg.lang
    from kg.extract import extract, settle
    from kg.lang import matcher

    check = _check()
    calls: list[tuple] = []
    plain = kg.lang.Lexicon.finditer

    def recorded(self, folded, start=0, end=None):
        caller = sys._getframe(1).f_code
        cached = (folded, start, end) in self._found
        found = list(plain(self, folded, start, end))
        searched = not cached and (folded, start, end) in self._found
        outcome = "cache" if cached else ("searched" if searched or found else "prefilter")
        calls.append((self, folded, start, end, f"{Path(caller.co_filename).stem}.{caller.co_name}", outcome))
        return iter(found)

    timed = check._articles([check.CORPUS / "unlabelled" / "articles.jsonl"])
    for a in check._fresh(check._articles(check.OTHERS)):
        extract(a)
    settle()
    kg.lang.Lexicon.finditer = recorded
    try:
        for a in check._fresh(timed):
            extract(a)
    finally:
        kg.lang.Lexicon.finditer = plain
    names: dict[int, str] = {}
    n = len(timed)
    print(f"{len(calls):,} calls, {len(calls) / n:.0f} an article")
    print("outcomes:", dict(collections.Counter(c[5] for c in calls)))
    whole = sum(1 for c in calls if c[2] == 0 and c[3] is None)
    print(f"whole texts: {whole / len(calls):.0%}")
    by_lexicon = collections.Counter(_label(c[0], names) for c in calls)
    print("\ncalls  lexicon")
    for name, count in by_lexicon.most_common(top):
        print(f"{count:6d}  {name}")
    by_caller = collections.Counter((_label(c[0], names), c[4]) for c in calls)
    print("\ncalls  lexicon  caller")
    for (name, caller), count in by_caller.most_common(top):
        print(f"{count:6d}  {name}  {caller}")
    seconds = []
    for _ in range(runs):
        for c in calls:
            c[0]._found.clear()
        matcher._WORDS.clear()
        start = time.process_time()
        for lexicon, folded, a, b, _, _ in calls:
            list(plain(lexicon, folded, a, b))
        seconds.append(time.process_time() - start)
    print(
        f"\nreplayed alone (caches emptied, matchers compiled): min {min(seconds) * 1000 / n:.2f} ms/article, "
        f"median {statistics.median(seconds) * 1000 / n:.2f}"
    )


def spy(path: Path, top: int) -> None:
    stages: collections.Counter[str] = collections.Counter()
    modules: collections.Counter[str] = collections.Counter()
    own: collections.Counter[str] = collections.Counter()
    inclusive: collections.Counter[str] = collections.Counter()
    total = 0
    # the line of extract_check.py that extracts the timed articles (not the warm-up before it)
    source = (ROOT / "tools" / "extract_check.py").read_text(encoding="utf-8").splitlines()
    loop = next(k + 2 for k, line in enumerate(source) if line.strip() == "for a in batch:")
    for line in path.open(encoding="utf-8"):
        stack, _, count = line.rstrip().rpartition(" ")
        frames = stack.split(";")
        timed = any(f.startswith("_timed_once (") and f.endswith(f":{loop})") for f in frames)
        at = next((k for k, f in enumerate(frames) if f.startswith("extract (kg/extract/__init__.py")), None)
        if not timed or at is None or not count.isdigit():
            continue
        n = int(count)
        total += n
        frames = frames[at:]
        names = [re.sub(r":\d+\)$", ")", f) for f in frames]
        own[names[-1]] += n
        for name in set(names):
            inclusive[name] += n
        deepest = [f for f in frames if "(kg/" in f]
        modules[re.search(r"\((kg/[^:]+)", deepest[-1]).group(1)] += n
        stage = next((k for k, f in enumerate(frames) if f.startswith("_extract (")), None)
        if stage is not None and stage + 1 < len(frames):
            line_no = frames[stage].rsplit(":", 1)[1].rstrip(")")
            stages[f"line {line_no}: {frames[stage + 1].split(' (')[0]}"] += n
    if not total:
        raise SystemExit(f"{path}: no sample inside kg.extract.extract")
    for title, table in (
        ("stage of _extract (inclusive)", stages),
        ("deepest kg module (own)", modules),
        ("function (own)", own),
        ("function (inclusive)", inclusive),
    ):
        print(f"\n{title}, of {total:,} samples")
        for name, n in table.most_common(top):
            print(f"{n / total:6.1%}  {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lexicons", action="store_true", help="count and replay the lexicons' calls")
    parser.add_argument("--spy", type=Path, help="read a py-spy raw profile of extract_check.py --once")
    parser.add_argument("--top", type=int, default=25, help="rows of each table")
    parser.add_argument("--runs", type=int, default=5, help="replays (--lexicons)")
    args = parser.parse_args(argv)
    if not args.lexicons and not args.spy:
        parser.error("give --lexicons or --spy FILE")
    if args.spy:
        spy(args.spy, args.top)
    if args.lexicons:
        lexicons(args.top, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
