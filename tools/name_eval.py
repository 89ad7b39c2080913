"""How well kg reads back Vietnamese names written in Arabic script that it has never seen: a
leave-one-article-out measurement of the name reader (``kg.extract.names.read_name``).

Every official of a labelled Arabic article (``<id>.json`` beside ``<id>.txt``, language ``ar``: the
dev corpus, the seeds, the repository's ``silver`` and every folder of it but ``hold``, the mt sets' Arabic retellings
among them; the held-out ids of ``../scratch/hold-ids.txt`` never read) whose surface has as many
words as its gold name has syllables is read back from its surface alone, three ways:

- ``in-sample``: as kg reads it today (spelling counts from every article, the name counts and the
  officials' lists as shipped);
- ``new, lists``: as a person the hidden set names and kg never read: the spelling costs
  (``kg/data/spellings_ar.tsv``) counted without the article and without every other article that
  gives the same name, and the name taken out of everything it came from: the corpora's full names
  of ``kg/data/names_vi.tsv`` and its own share of their counts (family name, middle and last
  syllables, bigrams: ``tools/make_names.py`` counts each distinct name once), the family names of
  ``kg/data/script_surnames.tsv`` it is evidence for, and the officials' lists
  (``known_officials.txt``, ``officials_known.tsv``, ``local_officials.tsv``);
- ``new, no lists``: the same, and no officials' list at all (the letters and the name counts
  alone: what a name no list holds, nor any namesake, is read by).

Printed: exact names right, syllables right (position by position), family and last syllables
right, for each way. ``--misses`` lists every wrong reading of a way (``--way``).

``--learn FOLDER ...`` learns the spelling counts from those folders' names instead of the folders
read (every way, ``in-sample`` too, then reads with all of them rather than the shipped file; the new
ways still leave out the read article's names and every other writing of them): the real names
read with counts learned from the real articles only, or from the synthetic ones too,
``python tools/name_eval.py ../shared/corpus/dev ../shared/corpus/seeds ../scratch/sets/reg-all --learn ...``
(``reg-all``: the repository's ``silver`` articles but the held-out ones).

``--table-diff [FILE]`` compares two spelling tables on every name the real texts hold, not only
the labelled officials (names24, stop 37): every run of words the name reader scores while kg
extracts the Arabic texts of ``../shared/corpus`` (dev, seeds and ``unlabelled/articles.jsonl``;
held-out ids never read) is read with the shipped ``spellings_ar.tsv`` and with FILE (by default
the table ``tools/make_spellings.py --all`` writes now: every labelled set learned); printed: every run read otherwise, then the runs
whose lead over the runner-up reading narrowed most (what a hidden text's name of the same kind
risks). Neither the gold nor any held-out text is read.

Usage: ``python tools/name_eval.py [FOLDER ...] [--learn FOLDER ...] [--exclude-file F] [--misses]
[--way W] [--json FILE] [--table-diff [FILE]]``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import make_spellings  # noqa: E402
from ar_names_probe import forget_counts  # noqa: E402

from kg import resolve  # noqa: E402
from kg.extract import names as N  # noqa: E402

WAYS = ("in-sample", "new, lists", "new, no lists")

# the memos of kg.extract.names that hold spelling costs or name counts (emptied when they change)
_MEMOS = (
    "_part_costs",
    "_fitted",
    "_spellings",
    "_token_options",
    "_window",
    "_candidates_memo",
    "ranked_readings",
    "_spelled_names",
    "name_logp",
    "_given_logp",
    "_surname_logp",
    "_totals",
    "_closes_no_name",
    "_middle_only",
    "_may_close",
    "_may_start",
    "_pair_logp",
    "_position_logp",
)
_LISTS = ("known_officials", "hand_officials", "local_officials", "attested_officials")


def _clear() -> None:
    for attr in _MEMOS:
        f = getattr(N, attr, None)
        if f is not None and hasattr(f, "cache_clear"):
            f.cache_clear()
    for attr in _LISTS:
        f = getattr(resolve, attr)
        if hasattr(f, "cache_clear"):
            f.cache_clear()


class Counts:
    """Spelling counts of the aligned names, taken apart by name: the counts of every name but some."""

    def __init__(self, pairs, syllables: bool = True):
        reader = N.readers()[0]
        rules = N._rules(reader)
        ways = make_spellings.cheapest_ways(reader)
        self.each = []
        for pair in pairs:
            c: Counter = Counter()
            for word, syl in zip(pair[1], pair[2], strict=True):
                parts = ways.get((syl, word), ())
                for part, latin, index in parts:
                    c[(part, latin, rules[part][latin][index])] += 1
                if parts and syllables:
                    c[("head", syl, N._head(reader, parts, word))] += 1
            self.each.append(c)
        self.total: Counter = sum(self.each, Counter())

    def without(self, left_out: list[int]) -> Counter:
        out = Counter(self.total)
        for i in left_out:
            out.subtract(self.each[i])
        return +out


def _use(counts: Counter) -> None:
    table: dict[tuple[str, str], dict[str, int]] = {}
    for (part, latin, spelling), n in counts.items():
        table.setdefault((part, latin), {})[spelling] = n
    N._spelling_counts = lambda reader: table  # type: ignore[assignment]
    _clear()


@contextmanager
def _shipped_spellings():
    saved = N._spelling_counts
    try:
        yield
    finally:
        N._spelling_counts = saved  # type: ignore[assignment]
        _clear()


@contextmanager
def unseen(name: str, lists: bool = True):
    """Read as if kg had never met ``name`` (folded): out of the corpora's full names, its own share
    of their counts taken off (when they counted it), out of the family-name evidence of
    ``script_surnames.tsv`` and of every officials' list (``lists`` False: no list at all)."""
    m = N._model()
    changes: list[tuple[dict, object, int]] = []

    def take(table: dict, key) -> None:
        if table.get(key, 0) > 0:
            changes.append((table, key, table[key]))
            table[key] -= 1

    parts = name.split()
    full = m.full.pop(name, None)
    first = m.by_first.get((len(parts), parts[0]) if parts else None)
    if first is not None:
        m.by_first[(len(parts), parts[0])] = tuple(w for w in first if w != tuple(parts))
    if full and len(parts) >= 2:
        # tools/make_names.py counted the name once: its family name, given syllables and bigrams
        forget_counts(m, parts, take)
    surnames = N._script_surnames()
    evidence = _script_surname_names()
    if parts and name in evidence.get(parts[0], ()):
        take(surnames, parts[0])
    saved = {attr: getattr(resolve, attr) for attr in _LISTS}
    values = {attr: f() for attr, f in saved.items()}
    for attr, value in values.items():
        if not lists:
            kept = type(value)()
        elif isinstance(value, dict):
            kept = {k: v for k, v in value.items() if k != name}
        else:
            kept = frozenset(value - {name})
        setattr(resolve, attr, lambda kept=kept: kept)
    _clear()
    try:
        yield
    finally:
        for attr, f in saved.items():
            setattr(resolve, attr, f)
        if full is not None:
            m.full[name] = full
        if first is not None:
            m.by_first[(len(parts), parts[0])] = first
        for table, key, value in reversed(changes):
            table[key] = value
        _clear()


def _script_surname_names() -> dict[str, set[str]]:
    """Family name -> the folded names ``script_surnames.tsv`` gives as its evidence."""
    from kg.tables import rows
    from kg.text import fold

    out: dict[str, set[str]] = defaultdict(set)
    for row in rows(N._DATA / "script_surnames.tsv"):
        if len(row) > 2:
            for who in row[2].split(","):
                out[row[0]].add(" ".join(fold(who.split("(")[0]).split()))
    return out


def _score(gold: str, read: str) -> dict[str, int]:
    g, r = gold.split(), read.split()
    same = len(g) == len(r)
    return {
        "exact": int(g == r),
        "syllables": sum(a == b for a, b in zip(g, r, strict=False)) if same else 0,
        "family": int(bool(r) and g[0] == r[0]),
        "last": int(bool(r) and g[-1] == r[-1]),
    }


def left_out(article: str, names, learned) -> list[int]:
    """Which names of ``learned`` (article id, words, syllables) the spelling counts leave out while
    ``article``'s ``names`` (folded syllables) are read: every name of the article, and every other
    article's writing of one of them (a retelling of the same article, the same person elsewhere)."""
    names = {tuple(n) for n in names}
    return [i for i, (a, _, syllables) in enumerate(learned) if a == article or tuple(syllables) in names]


def evaluate(pairs, ways=WAYS, learn=None) -> dict:
    """Every aligned name of ``pairs`` (article id, words, folded syllables) read each way of ``ways``.

    The spelling counts are learned from ``learn`` (aligned names too; by default ``pairs`` itself):
    the new ways leave out of them the read article and every article of ``learn`` giving one of
    its names; with ``learn`` given, ``in-sample`` reads with all of them instead of the shipped file."""
    learned = pairs if learn is None else learn
    counts = Counts(learned)
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, (article, _, _) in enumerate(pairs):
        by_article[article].append(i)
    result = {way: {"tally": Counter(), "misses": []} for way in ways}
    for way in ways:
        tally, misses = result[way]["tally"], result[way]["misses"]
        with _shipped_spellings():
            if way != "in-sample" or learn is not None:
                _use(counts.total)
            for article, members in sorted(by_article.items()):
                if way != "in-sample":
                    _use(counts.without(left_out(article, [pairs[i][2] for i in members], learned)))
                for i in members:
                    _, words, syllables = pairs[i]
                    gold = " ".join(syllables)
                    if way == "in-sample":
                        read = N.read_name(list(words))
                    else:
                        with unseen(gold, lists=way == "new, lists"):
                            read = N.read_name(list(words))
                    s = _score(gold, read)
                    tally.update(s)
                    tally["names"] += 1
                    tally["all syllables"] += len(syllables)
                    if not s["exact"]:
                        misses.append((article, " ".join(words), gold, read))
    return result


def real_texts(exclude: set[str], corpus: Path = ROOT.parent / "shared" / "corpus") -> list[tuple[str, str]]:
    """(id, text) of every Arabic text of ``corpus`` (dev and seeds: ``<id>.txt`` beside a ``.json``
    of language ``ar``; ``unlabelled/articles.jsonl``'s records of language ``ar``), ``exclude`` left out."""
    out = []
    for folder in (corpus / "dev", corpus / "seeds"):
        for path in sorted(folder.glob("*.json")) if folder.is_dir() else ():
            text = path.with_suffix(".txt")
            if path.stem in exclude or not text.is_file():
                continue
            if json.loads(path.read_text(encoding="utf-8")).get("lang") == "ar":
                out.append((path.stem, text.read_text(encoding="utf-8")))
    records = corpus / "unlabelled" / "articles.jsonl"
    if records.is_file():
        for line in records.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("lang") == "ar" and record["id"] not in exclude:
                out.append((record["id"], record["text"]))
    return out


def met_runs(texts: list[tuple[str, str]]) -> dict[tuple[str, ...], str]:
    """Every run of words the name reader scores while kg extracts ``texts``: tokens -> the first
    article meeting it."""
    from kg.extract import extract
    from kg.model import Article

    met: dict[tuple[str, ...], str] = {}
    scored = N.ranked_readings
    current = [""]

    def spy(tokens, reader=None):
        met.setdefault(tuple(tokens), current[0])
        return scored(tokens, reader)

    N.ranked_readings = spy  # type: ignore[assignment]
    try:
        for ident, text in texts:
            current[0] = ident
            extract(Article(ident, text))
    finally:
        N.ranked_readings = scored  # type: ignore[assignment]
    return met


def read_table(path: Path) -> Counter:
    """The counts of a ``spellings_ar.tsv``: (part, latin, spelling) -> count."""
    from kg.tables import rows

    return Counter({(p, lt, sp): int(n) for p, lt, sp, n in rows(path)})


def table_diff(runs: dict[tuple[str, ...], str], old: Counter, new: Counter, closest: int = 20) -> list[str]:
    """Each run of ``runs`` read with the spelling counts ``old`` and ``new``: the lines for the runs
    read otherwise, then the ``closest`` whose lead over the runner-up narrowed most."""
    read: dict[str, dict] = {}
    with _shipped_spellings():
        for tag, counts in (("old", old), ("new", new)):
            _use(counts)
            read[tag] = {}
            for tokens in runs:
                ranked = N.ranked_readings(tokens)
                lead = ranked[0][0] - ranked[1][0] if len(ranked) > 1 else math.inf
                runner = ranked[1][1] if len(ranked) > 1 else ""
                read[tag][tokens] = (N.read_name(list(tokens)), lead, runner)
    changed = [t for t in runs if read["old"][t][0] != read["new"][t][0]]
    lines = [f"{len(runs)} runs of words read, {len(changed)} read otherwise:"]
    lines += [f"  {runs[t]} {' '.join(t)}: {read['old'][t][0]} -> {read['new'][t][0]}" for t in changed]
    narrowed = sorted(
        (t for t in runs if t not in changed and math.isfinite(read["old"][t][1])),
        key=lambda t: read["new"][t][1] - read["old"][t][1],
    )[:closest]
    lines.append(f"the {len(narrowed)} leads that narrowed most (reading: lead old -> new, runner-up):")
    lines += [
        f"  {runs[t]} {' '.join(t)}: {read['new'][t][0]} {read['old'][t][1]:.2f} -> {read['new'][t][1]:.2f}, {read['new'][t][2]}"
        for t in narrowed
    ]
    return lines


def report(result: dict, pairs, misses_of: str | None = None) -> str:
    names = {" ".join(s) for _, _, s in pairs}
    lines = [
        f"{len(pairs)} names ({len(names)} distinct) of {len({a for a, _, _ in pairs})} Arabic articles",
        f"{'':16s} {'exact':>7s} {'syllables':>9s} {'family':>7s} {'last':>7s}",
    ]
    for way, r in result.items():
        t = r["tally"]
        n, k = t["names"] or 1, t["all syllables"] or 1
        lines.append(
            f"{way:16s} {t['exact'] / n:7.3f} {t['syllables'] / k:9.3f} {t['family'] / n:7.3f} {t['last'] / n:7.3f}"
            f"   ({t['exact']}/{t['names']} names, {t['syllables']}/{t['all syllables']} syllables)"
        )
    if misses_of:
        lines.append(f"misses ({misses_of}):")
        lines += [f"  {a} {w}: gold {g}, read {r}" for a, w, g, r in result[misses_of]["misses"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--exclude", action="append", default=[])
    parser.add_argument("--exclude-file", type=Path, default=ROOT.parent / "scratch" / "hold-ids.txt")
    parser.add_argument("--misses", action="store_true", help="list the wrong readings of --way")
    parser.add_argument("--way", choices=WAYS, default="new, lists")
    parser.add_argument("--only", choices=WAYS, action="append", help="read only these ways")
    parser.add_argument("--json", type=Path, help="write the tallies and misses to this file")
    parser.add_argument(
        "--learn",
        type=Path,
        nargs="+",
        help="learn the spelling counts from these folders' names (default: the folders read)",
    )
    parser.add_argument(
        "--table-diff",
        type=Path,
        nargs="?",
        const=Path("-"),
        help="read every name of the real texts with the shipped spelling table and FILE (default: what make_spellings.py --all writes now)",
    )
    args = parser.parse_args(argv)
    exclude = set(args.exclude)
    if args.table_diff is not None:
        exclude |= make_spellings.held_out(args.exclude_file, [ROOT / "silver"])
        if args.table_diff == Path("-"):
            folders = make_spellings.default_folders()
            new = make_spellings.count(make_spellings.aligned(folders, exclude))
        else:
            new = read_table(args.table_diff)
        old = read_table(make_spellings.OUT)
        print("\n".join(table_diff(met_runs(real_texts(exclude)), old, new)))
        return 0
    folders = make_spellings.existing(args.folders) or make_spellings.default_folders()
    exclude |= make_spellings.held_out(args.exclude_file, [*folders, *(args.learn or [])])
    pairs = make_spellings.aligned(folders, exclude)
    ways = tuple(args.only) if args.only else WAYS
    learn = make_spellings.aligned(make_spellings.existing(args.learn), exclude) if args.learn else None
    result = evaluate(pairs, ways, learn)
    print(report(result, pairs, args.way if args.misses and args.way in result else None))
    if args.json:
        out = {w: {"tally": dict(r["tally"]), "misses": r["misses"]} for w, r in result.items()}
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
