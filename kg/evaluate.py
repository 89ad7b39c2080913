"""Compare what kg extracts from a corpus with its gold ``<id>.json`` files.

The matching follows the gold schema's rules: officials on canonical name or surface form;
positions on name + role + org + level; chairs on name; meeting dates exactly; metrics on value
(within 0.5%) + unit; documents on kind + number, or kind + session + term without a number.
Each kind of fact, its gold and predicted forms and its matcher are declared with its family in
:mod:`kg.families`; this module scores every one and writes the report.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from kg.extract import extract
from kg.families import FACTS, Facts, gold_names
from kg.reader import read_article

__all__ = ["evaluate", "score_corpus"]


def _facts(kind: Facts, found: list) -> list:
    return list(dict.fromkeys(found)) if kind.unique else found


def score_corpus(corpus: Path) -> dict:
    """Counts per family and language, plus the missed and spurious facts."""
    totals = {f.name: defaultdict(int) for f in FACTS}
    by_lang: dict = defaultdict(lambda: {f.name: defaultdict(int) for f in FACTS})
    missed, spurious = [], []
    for gold_path in sorted(corpus.glob("*.json")):
        text_path = gold_path.with_suffix(".txt")
        if not text_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        x, names = extract(read_article(text_path)), gold_names(gold)
        for kind in FACTS:
            fam, g, p = kind.name, _facts(kind, kind.gold(gold, names)), _facts(kind, kind.pred(x))
            used = set()
            for pf in p:
                hit = next((i for i, gf in enumerate(g) if i not in used and kind.match(gf, pf)), None)
                if hit is None:
                    spurious.append((gold_path.stem, fam, pf))
                else:
                    used.add(hit)
            missed.extend((gold_path.stem, fam, gf) for i, gf in enumerate(g) if i not in used)
            for bucket in (totals[fam], by_lang[gold.get("lang", "?")][fam]):
                bucket["tp"] += len(used)
                bucket["gold"] += len(g)
                bucket["pred"] += len(p)
    return {"totals": totals, "by_lang": dict(by_lang), "missed": missed, "spurious": spurious}


def _prf(b) -> tuple[float, float, float]:
    p = b["tp"] / b["pred"] if b["pred"] else 0.0
    r = b["tp"] / b["gold"] if b["gold"] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _mean(buckets) -> float:
    f1 = [_prf(b)[2] for b in buckets.values() if b["gold"] or b["pred"]]
    return sum(f1) / len(f1) if f1 else 0.0


def _f1_cell(bucket) -> str:
    """F1 of one family in one language, or a dash when that language has no such fact at all."""
    return f"{_prf(bucket)[2]:5.2f}" if bucket["gold"] or bucket["pred"] else f"{'-':>5}"


def fact_text(fact) -> str:
    """A fact as a person reads it: its values joined by " | ", a name's spellings by " / ",
    nothing for the absent ones.

    >>> fact_text((frozenset({"luong tam quang", "luong tam quanga"}), "minister", "ministry", None))
    'luong tam quang / luong tam quanga | minister | ministry'
    >>> fact_text((3.5, "percent", "3,5%"))
    '3.5 | percent | 3,5%'
    """
    if not isinstance(fact, tuple):
        return str(fact)
    parts = []
    for value in fact:
        if isinstance(value, frozenset | set):
            value = " / ".join(sorted(str(v) for v in value))
        elif isinstance(value, float):
            value = f"{value:g}"
        if value not in (None, ""):
            parts.append(str(value))
    return " | ".join(parts)


def evaluate(corpus: Path, worst: int = 10) -> str:
    """A readable report: P/R/F1 per family, F1 per family and language, worst facts."""
    s = score_corpus(Path(corpus))
    langs = sorted(s["by_lang"])
    lines = [f"{'family':<12} {'P':>5} {'R':>5} {'F1':>5}  " + " ".join(f"{lang:>5}" for lang in langs)]
    for fam in (f.name for f in FACTS):
        p, r, f = _prf(s["totals"][fam])
        per = " ".join(_f1_cell(s["by_lang"][lang][fam]) for lang in langs)
        lines.append(f"{fam:<12} {p:5.2f} {r:5.2f} {f:5.2f}  {per}")
    lines.append(
        f"{'overall':<12} {'':>5} {'':>5} {_mean(s['totals']):5.2f}  "
        + " ".join(f"{_mean(s['by_lang'][lang]):5.2f}" for lang in langs)
    )
    for title, rows in (("missed", s["missed"]), ("spurious", s["spurious"])):
        lines.append(f"\n{title} ({len(rows)}), first {worst}:")
        lines.extend(f"  {a:<24} {fam:<12} {fact_text(fact)}" for a, fam, fact in rows[:worst])
    lines.append(f"overall F1 {_mean(s['totals']):.3f}")
    return "\n".join(lines)
