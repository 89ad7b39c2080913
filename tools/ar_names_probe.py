"""A battery of Arabic-script names of officials kg has never seen, read back to Latin (the hidden set's
largest language is Arabic, and its officials are people kg has not read).

The names are real Vietnamese officials' names written by the Vietnamese press
(``../shared/corpus/unlabelled/vi-officials.jsonl``, read with kg's Vietnamese reader: the names with
their diacritics), minus every name a labelled Arabic article gives (those kg has read as Arabic). Almost all
of them are in kg's shipped lists (``local_officials.tsv`` and ``names_vi.tsv`` are counted from that
corpus), so each is read as a person kg never met: left out of the corpora's full names and of the
known and local officials' lists while the battery runs (:func:`unseen`), as
``tools/make_spellings.py --unseen`` does.

Each name is spelled in Arabic as vietnam.vn's Arabic machine translation does: a syllable the
labelled Arabic articles' aligned names spell (dev, seeds, silver; the held-out ids never read) takes
one of their spellings, drawn by how often they write it (the translation's spelling is not one to
one: ترونغ and ترونج, كوونغ and كونغ); another syllable is spelled part by part, each part drawn by
``kg/data/spellings_ar.tsv``'s counts (the table's first spelling where no name showed the part).
The draw is seeded by the name, and the battery is frozen in ``tests/data/ar_names_probe.tsv``
(``--write`` makes it again), so runs before and after a change read the same letters.

Each name is put in short sentences with a title as the Arabic translations write them
(:data:`TEMPLATES`: an honorific or a title before it, a comma, a conjunction, a verb or a sentence
end after it) and extracted; the reading scored: exact, family name right, last given syllable
right, syllable count right, not found. Every miss is classed (:func:`miss_class`).

A second battery (stop 28, ``tests/data/ar_names_probe2.tsv``, ``--write2``): the officials' names of the
unlabelled articles of every Latin-script language kg has a pack for and of vi-officials.jsonl that the
first does not hold, no labelled Arabic article gives and the hand-kept lists (``officials_known.tsv``,
``known_officials.txt``) do not hold, read in the 13 sentences and 7 more (:data:`TEMPLATES2`).

``--loo`` reads each name also with its own share of ``names_vi.tsv``'s counts out
(:func:`own_counts_out`): ``names_vi.tsv`` is counted from the same corpora, so without it a name's own
family name, syllables and bigrams still help read it back (at e2bb603: battery 1 exact 0.908, 0.775
with its own counts out; battery 2 0.905, 0.755). The hidden set's new officials are read as ``--loo``.

Usage: ``python tools/ar_names_probe.py [--write] [--write2] [--battery 1|2|all] [--loo] [--misses]
[--json FILE]``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
from collections import Counter, defaultdict
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.text import fold  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
BATTERY = ROOT / "tests" / "data" / "ar_names_probe.tsv"
# the second battery (stop 28): names of the unlabelled articles of every language the first does not hold
BATTERY2 = ROOT / "tests" / "data" / "ar_names_probe2.tsv"
HOLD = ROOT.parent / "scratch" / "hold-ids.txt"

# sentences as the Arabic translations write them; {N} the name
TEMPLATES = (
    "ترأس المؤتمر الرفيق {N}، أمين اللجنة الحزبية الإقليمية.",
    "وحضر الاجتماع رئيس مجلس الشعب الإقليمي {N} ونائبا رئيس مجلس الشعب الإقليمي.",
    "ألقى السيد {N}، رئيس اللجنة الشعبية الإقليمية، كلمة في الاجتماع.",
    "وألقى نائب رئيس اللجنة الشعبية الإقليمية {N} كلمة في المؤتمر.",
    "ويشغل السيد {N} منصب نائب الأمين الدائم للجنة الحزب في المدينة.",
    "وحضر المؤتمر الرفاق: {N}، نائب أمين لجنة الحزب في المقاطعة؛ وممثلو الإدارات.",
    "وأكد رئيس اللجنة الشعبية الإقليمية {N} أن المقاطعة ستواصل العمل.",
    "وحضر الاجتماع أيضا مدير إدارة المالية {N}.",
    "وحضر الاجتماع الرفاق: نجوين فان آن، أمين لجنة الحزب؛ و{N}، نائب رئيس اللجنة الشعبية الإقليمية.",
    "برئاسة الرفيق {N} - نائب أمين اللجنة الحزبية الإقليمية - رئيس اللجنة الشعبية الإقليمية.",
    "وفي كلمته، أكد الرفيق {N}، رئيس مجلس الشعب الإقليمي، على أهمية المشروع.",
    "وكان في استقبال الوفد نائب رئيس مجلس الشعب الإقليمي {N}؛ ونائب رئيس وفد الجمعية الوطنية الإقليمية.",
    "وأدار الجلسة {N}، عضو اللجنة الدائمة للحزب الإقليمي.",
)

# more constructions of the translations (stop 28), read for the second battery: a level word closing
# the title right before the name, an honorific with a preposition or a conjunction glued on, a woman's
# honorific, a name ending the sentence, the Prime Minister's title
TEMPLATES2 = (
    "وقال رئيس المقاطعة {N} إن المقاطعة ستواصل العمل.",
    "وأعرب أمين لجنة الحزب بالمدينة {N} عن شكره للوفد.",
    "وقدم الوفد التهنئة للرفيق {N} بمناسبة تعيينه.",
    "وحضر الاجتماع أيضا والسيد {N}، مدير إدارة الزراعة والبيئة.",
    "وترأست الرفيقة {N}، نائبة رئيس مجلس الشعب الإقليمي، الجلسة.",
    "وتم انتخاب نائب رئيس اللجنة الشعبية للمقاطعة {N}.",
    "وحضر المؤتمر نائب رئيس الوزراء {N}.",
)


def _hold() -> set[str]:
    return set(HOLD.read_text(encoding="utf-8").split()) if HOLD.is_file() else set()


def _gold_files():
    hold = _hold()
    folders = [CORPUS / "dev", CORPUS / "seeds"]
    silver = ROOT.parent / "silver"
    if silver.is_dir():
        folders += sorted(p for p in silver.iterdir() if p.is_dir() and p.name != "hold")
    seen = set()
    for folder in folders:
        for path in sorted(folder.glob("*.json")):
            if path.stem in hold or path.stem in seen:
                continue
            try:
                gold = json.loads(path.read_text(encoding="utf-8"))
            except ValueError:
                continue
            if isinstance(gold, dict):
                seen.add(path.stem)
                yield gold


def labelled_names() -> set[str]:
    """Folded names of the officials of the labelled Arabic articles: those kg has read as Arabic."""
    return {
        fold(o.get("name") or "")
        for g in _gold_files()
        if g.get("lang") == "ar"
        for o in g.get("officials") or []
    }


def syllable_spellings() -> dict[str, Counter]:
    """Folded syllable -> Counter of the Arabic words the labelled articles' aligned names write it."""
    out: dict[str, Counter] = defaultdict(Counter)
    for gold in _gold_files():
        if gold.get("lang") != "ar":
            continue
        for o in gold.get("officials") or []:
            words = (o.get("surface") or "").split()
            syllables = fold(o.get("name") or "").split()
            if words and len(words) == len(syllables):
                for w, s in zip(words, syllables, strict=True):
                    out[s][w] += 1
    return out


def _draw(rng: random.Random, counts: dict[str, int]) -> str:
    items = sorted(counts.items())
    return rng.choices([w for w, _ in items], weights=[n for _, n in items])[0]


def spell(name: str, whole: dict[str, Counter], rng: random.Random) -> str | None:
    """``name`` (folded) in Arabic as the translations spell it (None: a syllable the table cannot spell)."""
    from kg.extract import names as N

    reader = N.readers()[0]
    rules = N._rules(reader)
    counts = N._spelling_counts(reader)
    words = []
    for syl in name.split():
        if whole.get(syl):
            words.append(_draw(rng, whole[syl]))
            continue
        parts = N._decompose(syl, rules)
        if parts is None:
            return None
        onset, nucleus, coda = parts
        if onset:
            slots = [("onset", onset), ("nucleus", nucleus)]
        else:
            slots = [("initial", nucleus[0])] + ([("nucleus", nucleus[1:])] if nucleus[1:] else [])
        if coda:
            slots.append(("coda", coda))
        word = ""
        for part, latin in slots:
            ways = rules.get(part, {}).get(latin)
            if not ways:
                return None
            seen = {w: n for w, n in counts.get((part, latin), {}).items() if w in ways}
            word += _draw(rng, seen) if seen else ways[0]
        words.append(word)
    return " ".join(words)


def hand_kept() -> set[str]:
    """Folded names of the hand-kept officials' lists (``officials_known.tsv``, ``known_officials.txt``)."""
    from kg import resolve
    from kg.tables import lines

    return {fold(n) for n in lines(ROOT / "kg" / "data" / "known_officials.txt")} | set(
        resolve.hand_officials()
    )


def _documents(sources: tuple[str, ...]):
    """(id, text, language) of the unlabelled documents of ``sources`` (file names under unlabelled/):
    vi-officials.jsonl is Vietnamese; articles.jsonl's Latin-script texts in a language kg has a pack
    for (Arabic ones left out: their names are what the battery reads; a language without a pack reads
    a list of communes as names)."""
    from kg.lang import pack_folder

    hold = _hold()
    for source in sources:
        with (CORPUS / "unlabelled" / source).open(encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                lang = doc.get("lang") or "vi"
                if doc["id"] in hold or lang == "ar":
                    continue
                if pack_folder(lang) is None:
                    continue
                yield doc["id"], doc["text"], lang


def make_battery(
    sources: tuple[str, ...] = ("vi-officials.jsonl",), leave_out: frozenset[str] = frozenset()
) -> list[tuple[str, str, str]]:
    """(Latin name, name with diacritics, Arabic spelling) of every Kinh official of ``sources``
    no labelled Arabic article names, none of ``leave_out`` (folded)."""
    from kg.extract import extract
    from kg.model import Article

    sys.path.insert(0, str(ROOT / "tools"))
    from metamorph import vietnamese

    labelled = labelled_names() | set(leave_out)
    whole = syllable_spellings()
    found: dict[str, str] = {}
    for doc_id, text, lang in _documents(sources):
        for o in extract(Article(doc_id, text, lang=lang)).officials:
            if vietnamese(o.name) and fold(o.name) not in labelled:
                # the name with its diacritics where a Vietnamese text writes them
                if lang == "vi" or o.name not in found:
                    found.setdefault(o.name, o.surface if lang == "vi" else o.name)
                    if lang == "vi" and found[o.name] == o.name:
                        found[o.name] = o.surface
    out = []
    for name, accented in sorted(found.items()):
        arabic = spell(fold(name), whole, random.Random(f"ar-probe:{fold(name)}"))
        if arabic:
            out.append((name, accented, arabic))
    return out


def make_battery2() -> list[tuple[str, str, str]]:
    """The second battery: officials' names of vi-officials.jsonl and of the unlabelled articles of
    every Latin-script language with a pack that the first battery does not hold, no labelled Arabic
    article names and the hand-kept lists do not hold."""
    first = frozenset(fold(r[0]) for r in read_battery(BATTERY))
    return make_battery(("vi-officials.jsonl", "articles.jsonl"), first | frozenset(hand_kept()))


WHAT = {
    BATTERY: "real names of vi-officials.jsonl no labelled Arabic article gives",
    BATTERY2: "real names of the unlabelled articles (Latin script, every language with a pack) and vi-officials.jsonl"
    " the first battery does not hold, no labelled Arabic article gives, not in officials_known.tsv or"
    " known_officials.txt",
}


def write_battery(rows, path: Path = BATTERY) -> None:
    lines = [
        "# Arabic names of officials kg has not seen (tools/ar_names_probe.py --write; do not edit by hand):",
        f"# {WHAT[path]}, spelled as the Arabic MT spells them",
        "# latin\tvietnamese\tarabic",
    ]
    lines += ["\t".join(r) for r in rows]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_battery(path: Path = BATTERY) -> list[tuple[str, str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            a, b, c = line.split("\t")
            rows.append((a, b, c))
    return rows


@contextmanager
def _nothing():
    yield


@contextmanager
def unseen(names: set[str]):
    """Read as if nobody bore ``names`` (folded): out of the corpora's full names and of the known,
    hand-kept and local officials' lists."""
    from kg import resolve
    from kg.extract import names as N

    full = N._model().full
    popped = {n: full.pop(n) for n in list(names) if n in full}
    saved = resolve.known_officials, resolve.hand_officials, resolve.local_officials
    known, hand, local = (f() for f in saved)
    resolve.known_officials = lambda: known - names  # type: ignore[assignment]
    resolve.hand_officials = lambda: {k: v for k, v in hand.items() if k not in names}  # type: ignore[assignment]
    resolve.local_officials = lambda: {k: v for k, v in local.items() if k not in names}  # type: ignore[assignment]

    def clear():
        for f in (N.ranked_readings, N.name_logp, N._spelled_names):
            f.cache_clear()
        for attr in ("attested_officials",):
            getattr(resolve, attr).cache_clear()

    clear()
    try:
        yield
    finally:
        resolve.known_officials, resolve.hand_officials, resolve.local_officials = saved  # type: ignore[assignment]
        full.update(popped)
        clear()


# the names model's memos that hold counts of one name (cleared when :func:`own_counts_out` changes them)
_COUNT_MEMOS = (
    "name_logp",
    "_given_logp",
    "_surname_logp",
    "_totals",
    "_closes_no_name",
    "_middle_only",
    "_may_close",
    "_may_start",
    "ranked_readings",
    "_spelled_names",
)


def _clear_count_memos() -> None:
    from kg.extract import names as N

    for attr in _COUNT_MEMOS:
        getattr(N, attr).cache_clear()


@contextmanager
def own_counts_out(name: str):
    """Read as if the corpora had never named ``name`` (folded) at all: its own share of
    ``names_vi.tsv``'s counts (``tools/make_names.py`` counts each distinct name once: its family
    name, middle and last syllables, bigrams) taken out while it is read, as a person of the hidden
    set's is not in them (:func:`unseen` only forgets the full name: its syllables' counts still
    held it, and a bigram the name alone gave still chose its reading)."""
    from kg.extract import names as N

    m = N._model()
    parts = name.split()
    if len(parts) < 2:
        yield
        return
    changes: list[tuple[dict, object, int]] = []

    def take(table: dict, key) -> None:
        if table.get(key, 0) > 0:
            changes.append((table, key, table[key]))
            table[key] -= 1

    forget_counts(m, parts, take)
    _clear_count_memos()
    try:
        yield
    finally:
        for table, key, value in reversed(changes):
            table[key] = value
        _clear_count_memos()


def read_in(template: str, arabic: str) -> list[tuple[str, str]]:
    """(Latin name, Arabic surface) of every official kg reads in the template filled with ``arabic``,
    as a build names them (a known reading preferred, :meth:`kg.resolve.Resolver.prefer_known`, with
    no store)."""
    from kg import resolve
    from kg.extract import extract
    from kg.model import Article

    text = template.replace("{N}", arabic)
    x = extract(Article("probe", text, lang="ar"))
    resolve.Resolver().prefer_known(x)
    return [(o.name, o.surface) for o in x.officials]


def miss_class(gold: str, arabic: str, found: list[tuple[str, str]]) -> tuple[str, str]:
    """(class, what was read) of a reading that is not ``gold``."""
    words = set(arabic.split())
    near = [(n, s) for n, s in found if words & set(s.split())]
    if not near:
        return "not found", ""
    name, surface = max(near, key=lambda x: len(words & set(x[1].split())))
    g, r = fold(gold).split(), fold(name).split()
    if len(surface.split()) != len(arabic.split()) or len(r) != len(g):
        return "cut", name
    wrong = [i for i in range(len(g)) if g[i] != r[i]]
    where = (
        "family"
        if wrong == [0]
        else "last"
        if wrong == [len(g) - 1]
        else "middle"
        if all(0 < i < len(g) - 1 for i in wrong)
        else "several"
    )
    return f"syllable:{where}", name


def run(rows, templates=TEMPLATES, loo: bool = False) -> dict:
    """Every name of ``rows`` read in every template as nobody's known name (:func:`unseen`); with
    ``loo``, also with its own share of the names model's counts out (:func:`own_counts_out`)."""
    names = {fold(r[0]) for r in rows}
    tally: Counter = Counter()
    by_class: Counter = Counter()
    misses = []
    with unseen(names):
        for latin, _, arabic in rows:
            gold = fold(latin)
            with own_counts_out(gold) if loo else _nothing():
                readings = [read_in(template, arabic) for template in templates]
            for t, found in enumerate(readings):
                read = {fold(n) for n, _ in found}
                tally["cases"] += 1
                if gold in read:
                    tally["exact"] += 1
                    tally["family"] += 1
                    tally["last"] += 1
                    tally["count"] += 1
                    continue
                cls, name = miss_class(latin, arabic, found)
                by_class[cls] += 1
                if name:
                    g, r = gold.split(), fold(name).split()
                    tally["family"] += g[0] == r[0]
                    tally["last"] += g[-1] == r[-1]
                    tally["count"] += len(g) == len(r)
                misses.append({"name": latin, "arabic": arabic, "template": t, "class": cls, "read": name})
    return {"names": len(rows), "tally": dict(tally), "classes": dict(by_class), "misses": misses}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="make both batteries again from the corpora")
    parser.add_argument(
        "--write2", action="store_true", help="make the second battery again from the corpora"
    )
    parser.add_argument("--misses", action="store_true", help="list every misreading")
    parser.add_argument("--json", type=Path, help="write the result (and every miss) to this file")
    parser.add_argument(
        "--battery",
        choices=("1", "2", "all"),
        default="all",
        help="1: the first battery (13 sentences); 2: the second (13 + 7 sentences); all: both (default)",
    )
    parser.add_argument(
        "--loo",
        action="store_true",
        help="each name also with its own share of names_vi.tsv's counts out (leave one out)",
    )
    args = parser.parse_args(argv)
    if args.write:
        rows = make_battery()
        write_battery(rows, BATTERY)
        print(f"{BATTERY}: {len(rows)} names")
    if args.write or args.write2:
        rows = make_battery2()
        write_battery(rows, BATTERY2)
        print(f"{BATTERY2}: {len(rows)} names")
    runs = []
    if args.battery in ("1", "all"):
        runs.append(("battery 1", read_battery(BATTERY), TEMPLATES))
    if args.battery in ("2", "all") and BATTERY2.is_file():
        runs.append(("battery 2", read_battery(BATTERY2), TEMPLATES + TEMPLATES2))
    out = {}
    for label, rows, templates in runs:
        result = run(rows, templates, loo=args.loo)
        if args.loo:
            label += " (own counts out)"
        out[label] = result
        t = result["tally"]
        n = t["cases"]
        print(f"{label}: {result['names']} names x {len(templates)} sentences = {n} readings")
        for key in ("exact", "family", "last", "count"):
            print(f"  {key:7s} {t.get(key, 0):5d}  {t.get(key, 0) / n:.3f}")
        for cls, k in sorted(result["classes"].items(), key=lambda x: -x[1]):
            print(f"  miss {cls:18s} {k}")
        if args.misses:
            for m in result["misses"]:
                print(f"  {m['class']:16s} t{m['template']} {m['name']} <{m['arabic']}> read {m['read']!r}")
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def forget_counts(m, parts: list[str], take) -> None:
    """Take one name's share off the name model's counts with ``take(table, key)``: its family
    name, middle and last syllables and bigrams, as ``tools/make_names.py`` counted each distinct
    name once (also used by ``tools/name_eval.py``)."""
    take(m.surname, parts[0])
    take(m.last, parts[-1])
    take(m.given, parts[-1])
    if "thi" in parts[1:-1]:
        take(m.last_thi, parts[-1])
    for p in parts[1:-1]:
        take(m.middle, p)
        take(m.given, p)
    for a, b in itertools.pairwise(parts):
        if m.bigram.get((a, b), 0) > 0:
            take(m.bigram, (a, b))
            take(m.after, a)
            if m.bigram[(a, b)] == 0:
                take(m.follow, a)


if __name__ == "__main__":
    raise SystemExit(main())
