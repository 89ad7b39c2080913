"""What extraction left unread in a corpus: the wordings no gold article shows.

For every article the extractor runs as in a build; what it did not turn into a fact is counted
per language and ranked by frequency:

- ``untitled``: the words written right before a name that got no title (a missing role or
  body wording shows up here as a frequent word);
- ``unused``: words of sentences with a name that the title grammar does not know, next to the
  names (two words before, three after);
- ``numbers``: the word after a number that no rule (metric, date, year, document) took;
- ``undated``: sentences with a meeting cue whose meeting got no day.

>>> from kg.model import Article
>>> r = residue([Article("x", "Mr Nguyen Van An, the governor, spoke. He said 12, then 13.", lang="en")])
>>> r["en"]["numbers"].most_common(1), r["en"]["untitled"].most_common(1)
([('(none)', 2)], [('mr', 1)])
"""

from __future__ import annotations

import importlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from kg.extract.grammar import find_bodies, find_roles
from kg.extract.names import find_names
from kg.extract.numbers import NUMBER, find_dates
from kg.lang import Pack, load_pack
from kg.model import Article
from kg.text import fold, fold_aligned, normalise_digits, sentences

__all__ = ["FAMILIES", "format_residue", "residue"]

FAMILIES = ("untitled", "unused", "numbers", "undated")
_WORD = re.compile(r"[^\W\d_]{2,}")


def residue(articles: Iterable[Article]) -> dict[str, dict[str, Counter]]:
    """Per language, per residue family, the ranked wordings the extractor did not use."""
    extract = importlib.import_module("kg.extract").extract
    out: dict[str, dict[str, Counter]] = defaultdict(lambda: {f: Counter() for f in FAMILIES})
    for article in articles:
        x = extract(article)
        lang = article.lang or "und"
        pack = load_pack(lang) if load_pack(lang).roles else load_pack("_any")
        counts = out[lang]
        officials = {o.name for o in x.officials}
        titled = {o.name for o in x.officials if o.positions}
        by_sentence: dict[int, list] = defaultdict(list)
        for m in x.metrics:
            by_sentence[m.sentence].append(fold(m.surface))
        for d in x.documents:
            by_sentence[d.sentence].append(fold(d.surface))
        text = normalise_digits(article.text)
        dated = {m.sentence for m in x.meetings if m.date and len(m.date) == 10}
        for sent in sentences(text):
            folded = fold_aligned(sent)
            names = find_names(sent, pack)
            for name in names:
                if name.name in titled:
                    continue
                before = _WORD.findall(folded[max(0, name.start - 40) : name.start])[-2:]
                if before and (name.name in officials or not titled):
                    counts["untitled"][" ".join(before)] += 1
            if names:
                _unused(folded, names, pack, counts["unused"])
            _numbers(folded, by_sentence.get(sent.index, []), pack, counts["numbers"])
            if sent.index not in dated and any(True for _ in pack.cue("meeting").finditer(folded)):
                if any(True for _ in pack.cue("hold").finditer(folded)):
                    counts["undated"][folded[:80]] += 1
    return dict(out)


def _known_spans(folded: str, pack: Pack) -> list[tuple[int, int]]:
    return [(a, b) for a, b, _ in find_roles(folded, pack) + find_bodies(folded, pack)]


def _unused(folded: str, names, pack: Pack, counter: Counter) -> None:
    known = _known_spans(folded, pack)
    names_at = [(n.start, n.end) for n in names]
    for name in names:
        window = [
            m
            for m in _WORD.finditer(folded, max(0, name.start - 30), min(len(folded), name.end + 40))
            if not any(a < m.end() and m.start() < b for a, b in known + names_at)
        ]
        before = [m for m in window if m.end() <= name.start][-2:]
        after = [m for m in window if m.start() >= name.end][:3]
        for m in before + after:
            counter[m.group()] += 1


def _numbers(folded: str, used: list[str], pack: Pack, counter: Counter) -> None:
    dates = [(d.start, d.end) for d in find_dates(folded, pack)]
    for m in NUMBER.finditer(folded):
        if any(a <= m.start() < b for a, b in dates):
            continue
        value = m.group()
        if re.fullmatch(r"(?:19|20)\d\d", value):
            continue
        if any(value in surface for surface in used):
            continue
        word = _WORD.match(folded[m.end() :].lstrip())
        counter[word.group() if word else "(none)"] += 1


def format_residue(report: dict[str, dict[str, Counter]], top: int = 15) -> str:
    """The report as text: per language and family, the ``top`` wordings with their counts."""
    lines = []
    for lang in sorted(report):
        for family in FAMILIES:
            counter = report[lang][family]
            total = sum(counter.values())
            lines.append(f"{lang} {family}: {total}")
            for wording, n in counter.most_common(top):
                lines.append(f"  {n:5d}  {wording}")
    return "\n".join(lines)
