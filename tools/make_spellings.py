"""Regenerate kg/data/spellings_ar.tsv: how the machine translations spell each part of a Vietnamese
syllable in Arabic script, counted from the names of labelled articles.

Every official of a labelled Arabic article (``<id>.json`` beside ``<id>.txt``, language ``ar``)
whose surface has as many words as its Latin name has syllables gives aligned pairs, word ↔
syllable (``نجوين`` ↔ ``nguyen``). Each word is cut into the parts of ``kg/lang/ar/translit.tsv``
the syllable is spelled with (the cheapest way the table spells it so), and each part's spelling
is counted: ``onset ng نج``, ``coda nh نه``, ``nucleus ie يا``. ``kg.extract.names`` mixes the
counts with the table's own order (:func:`kg.extract.names._part_costs`): a reading whose spellings
the translations seldom use costs more (بين is rather Bien than Binh: they write Binh بينه).
Each aligned syllable's head (all but its coda) is also counted as written, ``head thai تا``,
``head the ذ``: a syllable's own habits the parts cannot say (they write Thái تاي, as the country,
though th is seldom ت; Thế ذي, Thị ثي), mixed with the parts' costs by
:func:`kg.extract.names._head_costs`.

The held-out articles are never read: ``--exclude-file`` (one id a line; by default
``../scratch/hold-ids.txt`` beside the repository when it exists) and ``--exclude ID``.

``--loo`` measures instead of writing: for each article, the counts of all the others, its names
read with them and with the table alone (leave one article out: no article is read with counts
taken from itself); with ``--unseen``, each name also as a person kg never read (left out of the
corpora's full names and the known officials' lists while it is read), as the hidden set's are.

The file names the folders it was learned from (``# learned from:``, relative to the repository) and,
with no folder given, the tool learns from those again: running it writes the shipped file byte for
byte, whatever sets were added since (a new set changes the file only when it is asked for: ``--all``,
or the folders named). The 142 names of mt24-mt31 changed no leave-one-out reading and no name of the
visible real texts, yet lowered ``hold`` by one fact (names24, ``docs/names.md`` stop 37): a new set is
learned deliberately, measured, not by whoever runs the tool next.

Usage: ``python tools/make_spellings.py [FOLDER ...] [--all] [--exclude-file F] [--out FILE] [--loo]``;
with ``--all`` (or no folder and no ``# learned from:`` line in the file),
``../shared/corpus/{dev,seeds}``, the repository's ``silver`` and every folder of it but ``hold``:
the real machine translations (dev, seeds, ``reg-all``) and the team's synthetic retellings
(``mt*``, whose Arabic an engineer spelled) alike. Measured on the real names alone
(``tools/name_eval.py`` on dev, seeds and ``reg-all`` with ``--learn``, stop 32), counts learned
from every folder read unseen names a little better than from the real ones only (0.870 exact,
228 of 262, against 0.863) and as well as the 176 articles of before mt20/mt21; the in-sample
reading is the same (0.958). The same input gives the same file, byte for byte.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract import names as N  # noqa: E402
from kg.text import fold  # noqa: E402

OUT = ROOT / "kg" / "data" / "spellings_ar.tsv"


def default_folders() -> list[Path]:
    """dev and seeds beside the repository, the repository's ``silver`` (its real articles, the
    held-out ones among them: the exclude file leaves those out) and every folder of it but
    ``hold`` (the mt sets); a ``silver`` beside the repository too (where it lived before it moved
    in: reading only the folders beside it missed the real articles and mt22-mt31)."""
    base = ROOT.parent
    folders = [base / "shared" / "corpus" / "dev", base / "shared" / "corpus" / "seeds"]
    for silver in (ROOT / "silver", base / "silver"):
        if silver.is_dir():
            folders += [silver, *sorted(p for p in silver.iterdir() if p.is_dir() and p.name != "hold")]
    return [f for f in folders if f.is_dir()]


_LEARNED = "# learned from: "


def learned_folders(table: Path = OUT) -> list[Path]:
    """The folders ``table`` names in its ``# learned from:`` line (relative to the repository), or
    :func:`default_folders` when it names none."""
    if table.is_file():
        for line in table.read_text(encoding="utf-8").splitlines():
            if line.startswith(_LEARNED):
                return [Path(os.path.normpath(ROOT / name)) for name in line[len(_LEARNED) :].split()]
            if not line.startswith("#"):
                break
    return default_folders()


def existing(folders: list[Path]) -> list[Path]:
    """``folders``, each an existing folder: one that is not (``../silver/reg-all`` read from
    ``tools/``) is an error, not a measure of no names."""
    missing = [str(f) for f in folders if not f.is_dir()]
    if missing:
        raise SystemExit(f"no such folder: {', '.join(missing)}")
    return folders


def held_out(exclude_file: Path | None, folders: list[Path]) -> set[str]:
    """The held-out ids of ``exclude_file``; without the file, reading the repository's own silver
    articles (the held-out ones are among them) is refused."""
    if exclude_file and exclude_file.is_file():
        return set(exclude_file.read_text(encoding="utf-8").split())
    if any(f.resolve() == (ROOT / "silver").resolve() for f in folders):
        raise SystemExit(f"no held-out ids ({exclude_file}): name the folders to read")
    return set()


def aligned(folders: list[Path], exclude: set[str]) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(article id, words as the reader writes them, folded syllables) of every official of an
    Arabic article whose surface has as many words as its name syllables; an article met twice
    (the same id in two folders) once."""
    reader = N.readers()[0]
    seen: set[str] = set()
    out = []
    for folder in folders:
        for path in sorted(folder.glob("*.json")):
            if path.stem in exclude or path.stem in seen or not path.with_suffix(".txt").is_file():
                continue
            gold = json.loads(path.read_text(encoding="utf-8"))
            if gold.get("lang") != "ar":
                continue
            seen.add(path.stem)
            for official in gold.get("officials") or []:
                words = tuple(reader.norm(w) for w in reader.tokens.findall(official.get("surface") or ""))
                syllables = tuple(fold(official.get("name") or "").split())
                if words and len(words) == len(syllables):
                    out.append((path.stem, words, syllables))
    return out


def cheapest_ways(reader) -> dict[tuple[str, str], tuple]:
    """(syllable, spelling) -> the cheapest way the reader's rules take the spelling apart."""
    ways: dict[tuple[str, str], tuple] = {}
    for syl, form, parts in N._part_spellings(reader):
        best = ways.get((syl, form))
        if best is None or sum(p[2] for p in parts) < sum(p[2] for p in best):
            ways[(syl, form)] = parts
    return ways


def count(pairs) -> Counter:
    """(part, latin, spelling) -> how often the aligned words spell the part so."""
    reader = N.readers()[0]
    rules = N._rules(reader)
    ways = cheapest_ways(reader)
    counts: Counter = Counter()
    for _, words, syllables in pairs:
        for word, syl in zip(words, syllables, strict=True):
            parts = ways.get((syl, word), ())
            for part, latin, index in parts:
                counts[(part, latin, rules[part][latin][index])] += 1
            if parts:
                counts[("head", syl, N._head(reader, parts, word))] += (
                    1  # the syllable's head (all but its coda)
                )
    return counts


def write(counts: Counter, out: Path, n_pairs: int, n_articles: int, folders: list[Path] = ()) -> None:
    lines = [
        "# How the machine translations spell each part of a Vietnamese syllable in Arabic script",
        f"# (generated by tools/make_spellings.py from {n_pairs} names of {n_articles} labelled articles,",
        "# held-out articles left out; do not edit by hand): read by kg.extract.names._part_costs",
    ]
    if folders:
        lines.append(_LEARNED + " ".join(os.path.relpath(f, ROOT) for f in folders))
    lines.append("# part\tlatin\tspelling\tcount")
    lines += [f"{p}\t{lt}\t{sp}\t{n}" for (p, lt, sp), n in sorted(counts.items())]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _use(counts: Counter) -> None:
    """Read names with ``counts`` (the caches that depend on them emptied)."""
    table: dict[tuple[str, str], dict[str, int]] = {}
    for (part, latin, spelling), n in counts.items():
        table.setdefault((part, latin), {})[spelling] = n
    N._spelling_counts = lambda reader: table  # type: ignore[assignment]
    for f in (N._part_costs, N._fitted, N.ranked_readings, N._spelled_names):
        f.cache_clear()


@contextmanager
def _unseen(name: str | None):
    """Read as if nobody bore ``name`` (folded): left out of the corpora's full names and of the
    known officials' lists, as a person kg never read (``None``: as they are)."""
    if name is None:
        yield
        return
    from kg import resolve

    full = N._model().full
    count_ = full.pop(name, None)
    known, hand = resolve.known_officials, resolve.hand_officials
    resolve.known_officials = lambda: known() - {name}  # type: ignore[assignment]
    resolve.hand_officials = lambda: {k: v for k, v in hand().items() if k != name}  # type: ignore[assignment]
    for f in (N.ranked_readings, N.name_logp, N._spelled_names):
        f.cache_clear()
    try:
        yield
    finally:
        resolve.known_officials, resolve.hand_officials = known, hand  # type: ignore[assignment]
        if count_ is not None:
            full[name] = count_
        for f in (N.ranked_readings, N.name_logp, N._spelled_names):
            f.cache_clear()


def _read(words, gold: str, unseen: bool) -> str:
    with _unseen(gold if unseen else None):
        return N.read_name(list(words))


def loo(pairs, unseen: bool = False) -> None:
    """Leave one article out: each article's names read with the counts of the others, and with
    the table alone; right readings before and after, and every reading that changed (``unseen``:
    each name also read as nobody's known name, :func:`_unseen`)."""
    articles = sorted({a for a, _, _ in pairs})
    before = after = 0
    changed = []
    _use(Counter())
    alone = {(a, w): _read(w, " ".join(s), unseen) for a, w, s in pairs}
    for article in articles:
        _use(count([p for p in pairs if p[0] != article]))
        for a, words, syllables in pairs:
            if a != article:
                continue
            gold = " ".join(syllables)
            old, new = alone[(a, words)], _read(words, gold, unseen)
            before += old == gold
            after += new == gold
            if old != new:
                changed.append((a, " ".join(words), gold, old, new))
    print(
        f"{len(pairs)} names of {len(articles)} articles: right {before} -> {after} (leave one article out)"
    )
    for a, surface, gold, old, new in changed:
        mark = "+" if new == gold else "-" if old == gold else "?"
        print(f"  {mark} {a} {surface}: gold {gold}, {old} -> {new}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--exclude", action="append", default=[])
    parser.add_argument("--exclude-file", type=Path, default=ROOT.parent / "scratch" / "hold-ids.txt")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--loo", action="store_true")
    parser.add_argument(
        "--all",
        action="store_true",
        help="learn from every labelled folder (dev, seeds, silver and its sets but hold), not the file's",
    )
    parser.add_argument(
        "--unseen",
        action="store_true",
        help="with --loo: each name read as nobody's known name (a new person)",
    )
    args = parser.parse_args(argv)
    exclude = set(args.exclude)
    folders = existing(args.folders) or (
        default_folders() if args.all else learned_folders(args.out if args.out.is_file() else OUT)
    )
    exclude |= held_out(args.exclude_file, folders)
    pairs = aligned(folders, exclude)
    if args.loo:
        loo(pairs, args.unseen)
        return 0
    write(count(pairs), args.out, len(pairs), len({a for a, _, _ in pairs}), folders)
    print(f"{args.out}: {len(pairs)} names")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
