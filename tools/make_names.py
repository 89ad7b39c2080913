"""Regenerate kg/data/names_vi.tsv: what Vietnamese personal names look like, counted from corpora.

Every Latin-script text of the corpora given (folders of ``<id>.txt`` articles, or JSON Lines files
with a ``text`` field, as ``kg build`` reads them) is searched for Vietnamese names:

- with the project's own Latin-script finder (``kg.extract.names``: a run of capitalised
  Vietnamese syllables that starts with a family name), in any language;
- in text written with Vietnamese diacritics, also after an honorific or a title word
  (``ông``, ``bà``, ``đồng chí``, ``Bí thư``, ``Chủ tịch`` …): the capitalised syllables that follow
  are a name even when its family name is not on the shipped list (minority names).

Arabic-script text is skipped (its names are what the counts help to read). Gold files are never
read. The output, one ``kind<TAB>key<TAB>count`` row per line, folded (no diacritics):

- ``name``     a full name and the number of documents that name it;
- ``surname``  first syllables, counted once per distinct name;
- ``middle``   syllables between the first and the last, once per distinct name;
- ``last``     last syllables (the given name proper), once per distinct name;
- ``last_thi`` last syllables of names with the middle syllable ``thi`` (women's names);
- ``bigram``   two adjacent syllables of a name (``van hung``), once per distinct name;
- ``syllable`` name syllables not in ``kg/data/vi_syllables.txt`` (so they can be read back).

Usage: ``python tools/make_names.py [CORPUS ...] [--exclude ID ...] [--out FILE]``; with no corpus,
``../shared/corpus/{seeds,dev,unlabelled}`` beside the repository. The same input gives the same
file, byte for byte.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg import gazetteer  # noqa: E402
from kg.extract import names as N  # noqa: E402
from kg.text import fold  # noqa: E402

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_VI_MARKS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u0300-\u0323\u1ea0-\u1ef9]")
# honorifics and title words after which Vietnamese press writes a person's full name
_VI_CUES = re.compile(r"(?<!\w)(?:ông|bà|đồng chí|Ông|Bà|Đồng chí)\s+")
_HONORIFICS = frozenset({"ông", "bà"})
_CAP_WORD = re.compile(r"[^\W\d_]+")
_KINDS = ("name", "surname", "middle", "last", "last_thi", "bigram", "syllable")


def documents(paths: list[Path], exclude: set[str]) -> list[tuple[str, str]]:
    """(id, text) of every document under ``paths``, in a stable order."""
    out = []
    for path in paths:
        if path.is_dir():
            for txt in sorted(path.glob("*.txt")):
                if txt.stem not in exclude:
                    out.append((txt.stem, txt.read_text(encoding="utf-8")))
        elif path.suffix == ".jsonl":
            for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
                if line.strip():
                    rec = json.loads(line)
                    ident = str(rec.get("id") or f"{path.stem}-{i}")
                    if ident not in exclude:
                        out.append((ident, rec.get("text") or ""))
        elif path.suffix == ".txt" and path.stem not in exclude:
            out.append((path.stem, path.read_text(encoding="utf-8")))
    return out


def _is_name_word(word: str) -> bool:
    return (word[:1].isupper() and not word.isupper()) or (len(word) == 1 and word.isupper())


_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


def _fix(words: list[str], text: str, end: int) -> list[str]:
    """A name as written: without a leading capitalised honorific (``Ông Hồ Quốc Dũng``), with
    the capitalised syllables that follow it even when they are not in the syllable inventory
    (``Nguyễn Văn Đọc``), without a last word that starts a title or a body (``Tân Chủ tịch``)."""
    if words and words[0].lower() in _HONORIFICS:
        words = words[1:]
    while len(words) < 4:
        nxt = _NEXT_WORD.match(text, end)
        if not nxt or not _is_name_word(nxt.group(1)) or not _plausible_syllable(fold(nxt.group(1))):
            break
        words = [*words, nxt.group(1)]
        end = nxt.end()
    nxt = _NEXT_WORD.match(text, end)
    if words and nxt and nxt.group(1).islower() and f"{words[-1].lower()} {nxt.group(1)}" in N.compounds():
        words = words[:-1]
    return words


def cued_names(text: str) -> list[str]:
    """Folded names written after an honorific (``ông``, ``bà``, ``đồng chí``) in Vietnamese text
    with diacritics, whatever their family name."""
    out = []
    for m in _VI_CUES.finditer(text):
        words = []
        pos = m.end()
        for w in _CAP_WORD.finditer(text, pos):
            if text[pos : w.start()].strip() or not _is_name_word(w.group()):
                break
            words.append(w.group())
            pos = w.end()
            if len(words) == 5:
                break
        words = _fix(words, text, pos)
        if not 2 <= len(words) <= 4:
            continue
        folded = [fold(w) for w in words]
        if all(f in N.syllables() or _plausible_syllable(f) for f in folded):
            name = " ".join(folded)
            if not gazetteer.is_place(name):
                out.append(name)
    return out


# Vietnamese onsets and codas, and those of the minority languages of the Central Highlands whose
# names officials bear ("Y Biêr Niê", "Rah Lan Chung", "Ksor", "Kpă"): clusters, codas r, l, h
_ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bdgkp][lr]|k[dnpst]|r[cm]|[bcdghklmnprstvx])?"
_SYLLABLE = re.compile(rf"{_ONSET}[aeiouy]{{1,3}}(?:ng|nh|ch|[cmnptrlh])?")


def _plausible_syllable(folded: str) -> bool:
    return bool(_SYLLABLE.fullmatch(folded))


def names_in(text: str) -> list[str]:
    """Folded Vietnamese names in one Latin-script text."""
    if _ARABIC.search(text):
        # a few Latin words inside an Arabic article: keep only its Latin lines
        text = "\n".join(line for line in text.splitlines() if not _ARABIC.search(line))
    text = unicodedata.normalize("NFC", text)
    found = []
    for m in N._latin_names(text):
        # the reader's own words: a word glued to the next by a lost space is two ("PhanVan Sau")
        words = _fix([tok for _, _, tok in N._latin_tokens(m.surface)], text, m.end)
        if len(words) == 2 and " ".join(words).lower() in N.compounds():
            continue  # "Văn Phòng": a body word written with capitals
        if len(words) >= 2:
            found.append(" ".join(N._latin_syllable(w) or fold(w) for w in words))
    if _VI_MARKS.search(text):
        found += cued_names(text)
    # "Văn Thanh" found where the text says "ông Đồng Văn Thanh" (a family name off the list)
    whole = set(found)
    return [n for n in found if not any(o != n and o.endswith(" " + n) for o in whole)]


def _clean(name: str) -> str | None:
    parts = name.split()
    if len(parts) < 2 or any(len(p) == 1 and p not in ("a", "y", "o", "u", "e", "i") for p in parts):
        return None
    return name


def count(docs: list[tuple[str, str]]) -> dict[str, Counter]:
    by_doc: Counter = Counter()
    for _, text in docs:
        by_doc.update({n for n in (_clean(x) for x in names_in(text)) if n})
    # a name that is only the start of a longer name seen elsewhere ("To Lam" vs "To Lam Ha")
    # keeps its own count: both are real readings
    stats: dict[str, Counter] = {k: Counter() for k in _KINDS}
    stats["name"] = by_doc
    known = N.syllables()
    for name in sorted(by_doc):
        parts = name.split()
        stats["surname"][parts[0]] += 1
        stats["last"][parts[-1]] += 1
        if "thi" in parts[1:-1]:  # a woman's name: given names are gendered
            stats["last_thi"][parts[-1]] += 1
        for p in parts[1:-1]:
            stats["middle"][p] += 1
        for a, b in itertools.pairwise(parts):
            stats["bigram"][f"{a} {b}"] += 1
        for p in parts:
            if p not in known:
                stats["syllable"][p] += 1
    return stats


def write(stats: dict[str, Counter], out: Path, n_docs: int, sources: list[str], exclude: list[str]) -> None:
    lines = [
        "# Vietnamese personal names counted from the Latin-script text of corpora",
        f"# (generated by tools/make_names.py from {n_docs} documents; do not edit by hand)",
        f"# corpora: {' '.join(sources)}",
        f"# excluded ids: {' '.join(sorted(exclude)) or '-'}",
        "# kind\tkey (folded)\tcount",
    ]
    for kind in _KINDS:
        for key, n in sorted(stats[kind].items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"{kind}\t{key}\t{n}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--exclude", nargs="*", default=[], help="document ids to leave out")
    ap.add_argument("--out", type=Path, default=ROOT / "kg" / "data" / "names_vi.tsv")
    args = ap.parse_args(argv)
    # the counts must not depend on the file they regenerate: syllables without its additions
    N.syllables = cache(lambda: frozenset(N._words(N._DATA / "vi_syllables.txt")))
    corpora = args.corpora or [
        p
        for p in (ROOT.parent / "shared" / "corpus" / d for d in ("seeds", "dev", "unlabelled"))
        if p.exists()
    ]
    paths = []
    for c in corpora:
        paths.extend(sorted(c.glob("*.jsonl")) if c.is_dir() and not any(c.glob("*.txt")) else [c])
    docs = documents(paths, set(args.exclude))
    stats = count(docs)
    sources = [p.name if p.is_dir() else f"{p.parent.name}/{p.name}" for p in corpora]
    write(stats, args.out, len(docs), sources, args.exclude)
    print(
        f"{len(docs)} documents, {len(stats['name'])} names, {len(stats['surname'])} surnames -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
