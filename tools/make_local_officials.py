"""Regenerate kg/data/local_officials.tsv: officials whose local posts corpora attest, and where.

Every article of the corpora given (folders of ``<id>.txt``, JSON Lines dumps, as ``kg build``
reads them) is extracted with kg's own rules; each official holding a local post (provincial,
district or commune level) with a known place counts one attestation for that place's province,
once per article. A name is written when one province (merged provinces counted as their 2025
successor) has at least two thirds of its attestations; the row gives that province's most
attested name and, when articles about events before the merger name another (a province merged
away in 2025), that one too, for older articles. A place's name, and a name that is the first or
last syllables of another name of its province (a name read cut), are left out. Gold files are
never read.

:class:`kg.resolve.Resolver` uses the list to place an article that names no province by the
officials it names (``Resolver.people_province``), and as known readings of names written in
another script.

Usage: ``python tools/make_local_officials.py [CORPUS ...] [--out FILE]``; with no corpus,
``../shared/corpus/{seeds,unlabelled}`` beside the repository (not ``dev``: the measurement). The
same input gives the same file, byte for byte.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg import gazetteer, resolve, tables  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.reader import Skipped, read_articles  # noqa: E402
from kg.text import fold  # noqa: E402


def _shipped_known() -> frozenset[str]:
    return frozenset(fold(n) for n in tables.lines(tables.data_path("data", "known_officials.txt")))


def attestations(paths: list[Path]) -> tuple[dict[str, Counter], dict[str, Counter], int]:
    """Name -> Counter(province), one count per article; the same for articles about events before
    the 2025 merger; and the number of articles read. While it is counted, the list being written
    is no known reading of a name written in another script (a reading would vouch for itself:
    "Vuong Thanh Vinh" read once stayed Vuong when the reader came to prefer Phung)."""
    resolve.known_officials = _shipped_known
    seen: dict[str, Counter] = defaultdict(Counter)
    early: dict[str, Counter] = defaultdict(Counter)
    n = 0
    for article in read_articles(paths):
        if isinstance(article, Skipped):
            continue
        n += 1
        x = extract(article)
        for official in x.officials:
            provinces = {
                gazetteer.province_of(p.body.place)
                for p in official.positions
                if p.body.level not in (None, "central") and p.body.place
            } - {None}
            for province in provinces:
                seen[official.name][province] += 1
                if x.year and x.year < 2025:
                    early[official.name][province] += 1
    return seen, early, n


def _in_key(counts: Counter, key: str) -> list[str]:
    """The provinces of ``counts`` that are ``key`` or were merged into it, most attested first."""
    return sorted(
        (p for p in counts if (gazetteer.province_key(p) or p) == key), key=lambda p: (-counts[p], p)
    )


def rows(seen: dict[str, Counter], early: dict[str, Counter]) -> list[tuple[str, str, int, str]]:
    """(name, province, articles, province before the 2025 merger when another)."""
    out = []
    for name, provinces in sorted(seen.items()):
        by_key: Counter[str] = Counter()
        for province, k in provinces.items():
            by_key[gazetteer.province_key(province) or province] += k
        key, top = by_key.most_common(1)[0]
        if top * 3 < sum(by_key.values()) * 2:
            continue

        best = _in_key(provinces, key)[0]
        before = _in_key(early.get(name, Counter()), key)
        out.append((name, best, top, before[0] if before and before[0] != best else ""))
    return _whole_names(out)


def _whole_names(out: list[tuple[str, str, int, str]]) -> list[tuple[str, str, int, str]]:
    """Leave out what is no one's whole name: a province or district ("Lam Dong" after a title),
    and a name that is the first or last syllables of another name listed in the same province
    ("Van Muoi" of Ho Van Muoi, "Y Thanh Ha Nie" of Y Thanh Ha Nie Kdam: a name read cut)."""
    by_province: dict[str, list[str]] = defaultdict(list)
    for name, province, _, _ in out:
        by_province[gazetteer.province_key(province) or province].append(f" {name} ")
    kept = []
    for row in out:
        name, province = row[0], row[1]
        if gazetteer.lookup(name) is not None:
            continue
        others = by_province[gazetteer.province_key(province) or province]
        if any(o != f" {name} " and (o.startswith(f" {name} ") or o.endswith(f" {name} ")) for o in others):
            continue
        kept.append(row)
    return kept


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--out", type=Path, default=ROOT / "kg" / "data" / "local_officials.tsv")
    args = ap.parse_args(argv)
    shared = ROOT.parent / "shared" / "corpus"
    corpora = args.corpora or [shared / "seeds", shared / "unlabelled"]
    seen, early, n = attestations(corpora)
    lines = [
        "# Officials whose local posts other articles attest: name<TAB>province<TAB>articles"
        "[<TAB>province in articles from before the 2025 merger, when another].",
        f"# Written by tools/make_local_officials.py from {n} articles of: "
        + ", ".join(p.name for p in corpora),
        "# (kg/resolve.py places an article that names no province by the officials it names.)",
    ]
    lines += [
        "\t".join([name, province, str(k)] + ([before] if before else []))
        for name, province, k, before in rows(seen, early)
    ]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(lines) - 3} officials from {n} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
