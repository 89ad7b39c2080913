"""Compare what kg extracts from a corpus with its gold ``<id>.json`` files.

The matching follows the gold schema's rules: officials on canonical name or surface form;
positions on name + role + org + level; chairs on name; meeting dates exactly; metrics on value
(within 0.5%) + unit; documents on kind + number, or kind + session + term without a number.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

from kg.extract import extract
from kg.reader import read_article

__all__ = ["FAMILIES", "evaluate", "score_corpus"]

FAMILIES = ["officials", "positions", "chairs", "dates", "metrics", "resolutions"]


def _fold(text) -> str:
    if text is None:
        return ""
    text = str(text).replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[\s\u200c\u200f\u200e\-–_.,]+", " ", text.lower()).strip()


def _num(v):
    return None if v in (None, "") else float(v)


def _doc(v):
    return re.sub(r"[^0-9a-z/]", "", _fold(v)) or None if v else None


def _close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.005 * max(abs(a), abs(b), 1e-9)


def _gold(art: dict) -> dict[str, list]:
    f = {k: [] for k in FAMILIES}
    names = {}
    for o in art.get("officials", []):
        keys = frozenset(k for k in {_fold(o["name"]), _fold(o.get("surface"))} if k)
        names[_fold(o["name"])] = keys
        f["officials"].append((keys, o["name"]))
        for p in o.get("positions", []):
            f["positions"].append((keys, p.get("role"), p.get("org"), p.get("level")))
    for m in art.get("meetings", []):
        for c in m.get("chairs", []):
            f["chairs"].append((names.get(_fold(c), frozenset({_fold(c)})), c))
        if m.get("date"):
            f["dates"].append(str(m["date"]))
    for r in art.get("resolutions", []):
        f["resolutions"].append((r.get("kind"), _doc(r.get("number")), r.get("session"), r.get("term")))
    for m in art.get("metrics", []):
        f["metrics"].append((_num(m.get("value")), m.get("unit"), m.get("surface")))
    for k in FAMILIES:
        if k != "metrics":
            f[k] = list(dict.fromkeys(f[k]))
    return f


def _pred(x) -> dict[str, list]:
    f = {k: [] for k in FAMILIES}
    for o in x.officials:
        f["officials"].append((_fold(o.name), _fold(o.surface), o.name))
        for p in o.positions:
            f["positions"].append((_fold(o.name), p.role, p.body.org, p.body.level))
    for m in x.meetings:
        f["chairs"].extend((_fold(c), c) for c in m.chairs)
        if m.date:
            f["dates"].append(m.date)
    for d in x.documents:
        f["resolutions"].append((d.kind, _doc(d.number), d.session, d.term))
    for m in x.metrics:
        f["metrics"].append((m.value, m.unit, m.surface))
    for k in FAMILIES:
        if k != "metrics":
            f[k] = list(dict.fromkeys(f[k]))
    return f


def _match(fam: str, g, p) -> bool:
    if fam == "officials":
        return p[0] in g[0] or (bool(p[1]) and p[1] in g[0])
    if fam == "positions":
        return p[0] in g[0] and tuple(p[1:]) == tuple(g[1:])
    if fam == "chairs":
        return p[0] in g[0]
    if fam == "dates":
        return p == g
    if fam == "metrics":
        return _close(g[0], p[0]) and g[1] == p[1]
    if g[0] != p[0]:
        return False
    return g[1] == p[1] if g[1] else (g[2], g[3]) == (p[2], p[3])


def score_corpus(corpus: Path) -> dict:
    """Counts per family and language, plus the missed and spurious facts."""
    totals = {k: defaultdict(int) for k in FAMILIES}
    by_lang: dict = defaultdict(lambda: {k: defaultdict(int) for k in FAMILIES})
    missed, spurious = [], []
    for gold_path in sorted(corpus.glob("*.json")):
        text_path = gold_path.with_suffix(".txt")
        if not text_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        g, p = _gold(gold), _pred(extract(read_article(text_path)))
        for fam in FAMILIES:
            used = set()
            for pf in p[fam]:
                hit = next((i for i, gf in enumerate(g[fam]) if i not in used and _match(fam, gf, pf)), None)
                if hit is None:
                    spurious.append((gold_path.stem, fam, pf))
                else:
                    used.add(hit)
            missed.extend((gold_path.stem, fam, gf) for i, gf in enumerate(g[fam]) if i not in used)
            for bucket in (totals[fam], by_lang[gold.get("lang", "?")][fam]):
                bucket["tp"] += len(used)
                bucket["gold"] += len(g[fam])
                bucket["pred"] += len(p[fam])
    return {"totals": totals, "by_lang": dict(by_lang), "missed": missed, "spurious": spurious}


def _prf(b) -> tuple[float, float, float]:
    p = b["tp"] / b["pred"] if b["pred"] else 0.0
    r = b["tp"] / b["gold"] if b["gold"] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _mean(buckets) -> float:
    f1 = [_prf(b)[2] for b in buckets.values() if b["gold"] or b["pred"]]
    return sum(f1) / len(f1) if f1 else 0.0


def evaluate(corpus: Path, worst: int = 10) -> str:
    """A readable report: P/R/F1 per family, F1 per family and language, worst facts."""
    s = score_corpus(Path(corpus))
    langs = sorted(s["by_lang"])
    lines = [f"{'family':<12} {'P':>5} {'R':>5} {'F1':>5}  " + " ".join(f"{lang:>5}" for lang in langs)]
    for fam in FAMILIES:
        p, r, f = _prf(s["totals"][fam])
        per = " ".join(f"{_prf(s['by_lang'][lang][fam])[2]:5.2f}" for lang in langs)
        lines.append(f"{fam:<12} {p:5.2f} {r:5.2f} {f:5.2f}  {per}")
    lines.append(
        f"{'overall':<12} {'':>5} {'':>5} {_mean(s['totals']):5.2f}  "
        + " ".join(f"{_mean(s['by_lang'][lang]):5.2f}" for lang in langs)
    )
    for title, rows in (("missed", s["missed"]), ("spurious", s["spurious"])):
        lines.append(f"\n{title} ({len(rows)}), first {worst}:")
        lines.extend(f"  {a:<24} {fam:<12} {fact}" for a, fam, fact in rows[:worst])
    lines.append(f"overall F1 {_mean(s['totals']):.3f}")
    return "\n".join(lines)
