"""Metamorphic test of extraction on labelled articles: the same article with another province or
another official's name must read just as right.

For each gold article (``<id>.txt`` + ``<id>.json``) it makes variants by substitution and compares
kg's facts on them (in process, :func:`kg.extract.extract`, as ``kg evaluate``) with the gold
transformed the same way:

- ``places``: every surface form of a province (Latin: as :func:`kg.gazetteer.find_places` finds
  it, written with or without diacritics as the text wrote it; Arabic: as the name reader reads
  it back) becomes the form of another province (Arabic: the form real Arabic articles write most
  often, harvested from every Arabic text given), and the gold's ``place`` and ``province`` with it;
- ``people``: every official's surface name (the full name, with a Polish/Czech case ending carried
  over; the given name alone after an honorific of the pack; the Arabic-script form) becomes the
  real surface form of an official of another article of the same language, and the gold's name
  and surface with it.

With ``--any-name`` the names put in are any official's, not only those kg reads right in their own
article; with ``--made-names`` (Arabic) names nobody bears, made of the syllables real translations
write (:func:`made_pool`). Each Arabic people failure gets a class (:func:`name_class`), counted at
the end.

A fact right on the original that is wrong on the variant is a failure of invariance: a rule tied
to the names and places it was written from. The report gives, per language and family, the share
of facts right on the original that stay right (``invariance``); ``--failures FILE`` writes each
failure with the variant's sentence.

    python tools/metamorph.py /work/shared/corpus/dev /work/silver/reg-all [--variants 2] [--seed 1]

Families: officials, positions (name + role + org + level), place (positions with their place),
chairs, dates, resolutions, metrics: the judge's matching rules (:mod:`kg.families`).
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import json
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

if importlib.util.find_spec("kg") is None:  # (run from a checkout without kg installed: its own tree)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg import gazetteer
from kg.extract import extract
from kg.extract.names import find_names
from kg.families import FACTS, fold, gold_names
from kg.lang import load_pack
from kg.reader import Skipped, read_article, read_articles
from kg.text import fold_aligned, sentences

# the provinces kept by the 2025 merger, none a centrally run city: a variant's province is one of these,
# so neither the merger nor a city's own level words change what the gold says
TARGETS = (
    "Lai Chau|Dien Bien|Son La|Lang Son|Quang Ninh|Thanh Hoa|Nghe An|Ha Tinh|Cao Bang|Tuyen Quang|Lao Cai|"
    "Thai Nguyen|Phu Tho|Bac Ninh|Hung Yen|Ninh Binh|Quang Tri|Quang Ngai|Gia Lai|Khanh Hoa|Lam Dong|Dak Lak|"
    "Dong Nai|Tay Ninh|Vinh Long|Dong Thap|Ca Mau|An Giang"
).split("|")
ENDINGS = ("owi", "em", "a", "u", "ie", "ego", "ovi", "om", "iem")
HOLD = Path("/work/scratch/hold-ids.txt")
FAMILY_NAMES = ["officials", "positions", "place", "chairs", "dates", "resolutions", "metrics"]
PEOPLE_FAMILIES = ("officials", "positions", "place", "chairs")


@dataclass
class Item:
    id: str
    lang: str
    article: object
    gold: dict


# ---------------------------------------------------------------- facts
def gold_facts(gold: dict) -> dict[str, list]:
    names = gold_names(gold)
    out = {}
    for kind in FACTS:
        g = kind.gold(gold, names)
        out[kind.name] = list(dict.fromkeys(g)) if kind.unique else g
    keys = {fold(o["name"]): names[fold(o["name"])] for o in gold.get("officials", [])}
    out["place"] = list(
        dict.fromkeys(
            (keys[fold(o["name"])], p.get("role"), p.get("org"), p.get("level"), fold(p.get("place")))
            for o in gold.get("officials", [])
            for p in o.get("positions", [])
        )
    )
    return out


def pred_facts(x) -> dict[str, list]:
    out = {}
    for kind in FACTS:
        p = kind.pred(x)
        out[kind.name] = list(dict.fromkeys(p)) if kind.unique else p
    out["place"] = list(
        dict.fromkeys(
            (fold(o.name), p.role, p.body.org, p.body.level, fold(p.body.place))
            for o in x.officials
            for p in o.positions
        )
    )
    return out


MATCH = {kind.name: kind.match for kind in FACTS}
MATCH["place"] = lambda g, p: p[0] in g[0] and tuple(p[1:]) == tuple(g[1:])


def right(family: str, gold: list, pred: list) -> set[int]:
    """The gold facts (indices) a prediction matches one to one, greedily as the judge does."""
    used: set[int] = set()
    match = MATCH[family]
    for p in pred:
        hit = next((i for i, g in enumerate(gold) if i not in used and match(g, p)), None)
        if hit is not None:
            used.add(hit)
    return used


# ---------------------------------------------------------------- places
@cache
def arabic_reader():
    from kg.extract.names import readers

    return next((r for r in readers() if r.script == "arabic"), None)


def arabic_places(text: str, districts: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, province name) of every province the Arabic text writes (as the reader reads it);
    with ``districts``, (start, end, "district:<name>") of every district too."""
    reader = arabic_reader()
    toks = [(m.start(), m.end(), reader.norm(m.group())) for m in reader.tokens.finditer(text)]
    out, i = [], 0
    while i < len(toks):
        for n in (4, 3, 2):
            if i + n > len(toks):
                continue
            gap = text[toks[i][1] : toks[i + n - 1][0]]
            if re.search(r"[^\s]", re.sub(r"[^\S]|[\u0600-\u06ff]", "", gap)):
                continue  # (punctuation between: no one name)
            place = gazetteer.read_place([t[2] for t in toks[i : i + n]], reader)
            prov = gazetteer.provinces().get(place) if place else None
            dist = gazetteer.districts().get(place) if place and districts and not prov else None
            if prov or dist:
                out.append((toks[i][0], toks[i + n - 1][1], prov.name if prov else f"district:{dist.name}"))
                i += n
                break
        else:
            i += 1
    return out


def latin_places(text: str, districts: bool = False) -> list[tuple[int, int, str]]:
    out = []
    for start, end, key in gazetteer.find_places(fold_aligned(text), text):
        prov = gazetteer.provinces().get(key)
        if prov:
            out.append((start, end, prov.name))
        elif districts and key in gazetteer.districts():
            out.append((start, end, f"district:{gazetteer.districts()[key].name}"))
    return out


def places(text: str, lang: str, districts: bool = False) -> list[tuple[int, int, str]]:
    return arabic_places(text, districts) if lang == "ar" else latin_places(text, districts)


@cache
def districts_of(province: str) -> tuple[str, ...]:
    """The districts of a province a variant may name: listed once (no name two units or two provinces
    share, none named as a province), of two syllables or more."""
    names = Counter(fold(d.name) for d in gazetteer.districts().values())
    return tuple(
        sorted(
            d.name
            for k, d in gazetteer.districts().items()
            if d.province == province
            and "(" not in k
            and names[fold(d.name)] == 1
            and k not in gazetteer.provinces()
            and len(k.split()) >= 2
        )
    )


@cache
def arabic_district_form(name: str) -> str | None:
    """A district's Arabic form, spelled as the translations spell it, when it reads back as that district."""
    import ar_names_probe

    whole = ar_names_probe.syllable_spellings()
    for k in range(3):
        form = ar_names_probe.spell(fold(name), whole, random.Random(f"district:{name}:{k}"))
        if form and gazetteer.other_script_places("في منطقة " + form + " ") == [fold(name)]:
            return form
    return None


def district_form(name: str, written: str, lang: str) -> str | None:
    if lang == "ar":
        return arabic_district_form(name)
    place = gazetteer.districts()[fold(name)]
    local = re.sub(r"\s*\(.*\)$", "", place.local)
    return local if not written.isascii() else place.name


def harvest_arabic_forms(texts: list[str]) -> dict[str, str]:
    """Province -> the form Arabic texts write it in most often."""
    forms: dict[str, Counter] = defaultdict(Counter)
    for text in texts:
        for start, end, name in arabic_places(text):
            surface = text[start:end]
            if surface[:1] in "وبلف" and len(surface.split()[0]) > 3:
                continue  # (a clitic glued to it, maybe)
            forms[name][surface] += 1
    return {name: c.most_common(1)[0][0] for name, c in forms.items()}


def place_form(name: str, written: str, lang: str, ar_forms: dict[str, str]) -> str | None:
    if lang == "ar":
        return ar_forms.get(name)
    prov = gazetteer.provinces()[fold(name)]
    if written.isupper() and len(written) > 3:
        return (prov.local if not written.isascii() else prov.name).upper()
    return prov.local if not written.isascii() else prov.name


def swap_gold_place(gold: dict, old: str, new: str) -> dict:
    gold = copy.deepcopy(gold)

    def walk(node):
        if isinstance(node, dict):
            for k, v in node.items():
                if k in ("place", "province") and isinstance(v, str) and fold(v) == fold(old):
                    node[k] = new
                else:
                    walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(gold)
    return gold


def _in_names(text: str, lang: str, gold: dict) -> list[tuple[int, int]]:
    """Where the text writes a gold official's name (no place there: Nguyen Hoa Binh) or a Vietnamese
    family name's capitalised run."""
    folded = fold_aligned(text)
    out = [
        (s, e)
        for o in gold.get("officials", [])
        for s, e, _, _ in mentions(text, folded, o.get("surface") or o["name"], lang, [])
    ]
    if lang != "ar":
        out += [
            (s, e)
            for o in gold.get("officials", [])
            for s, e, _, _ in mentions(text, folded, o["name"], lang, [])
        ]
        surnames = _vi_words()[0]
        for m in re.finditer(r"\b([A-ZĐ]\w*)((?:\s+[A-ZĐ]\w*)+)", text):
            if fold(m.group(1)) in surnames:
                out.append((m.end(1) + 1, m.end()))  # (a place may open the run: Ha Tinh, Cao Bang)
    return out


def tied_to(
    text: str, lang: str, province: str, blocked: list[tuple[int, int]], districts: bool = True
) -> bool:
    """Does the text name a district of the province (unless not ``districts``), or a province merged
    with it in 2025?"""
    if lang == "ar":
        named = gazetteer.other_script_places(text)
    else:
        named = [
            k
            for s, e, k in gazetteer.find_places(fold_aligned(text), text)
            if not any(a <= s < b for a, b in blocked)
        ]
    for key in named:
        prov = gazetteer.provinces().get(key)
        if prov is not None:
            if prov.name != province and province in (
                gazetteer.merged_into(prov.name),
                gazetteer.successor(prov.name),
            ):
                return True
            if prov.name != province and gazetteer.merged_into(province) == prov.name:
                return True
            continue
        district = gazetteer.districts().get(key)
        if (
            districts
            and district is not None
            and district.province == province
            and fold(district.name) != fold(province)
        ):
            return True
    return False


def all_targets() -> list[str]:
    """Every province of the gazetteer (the 63 before the 2025 merger, the 34 after among them) but the
    centrally run cities (``--provinces all``)."""
    names = {p.name for p in gazetteer.provinces().values()}
    return sorted(n for n in names if not gazetteer.is_central_city(n))


def spelled_arabic_forms(names: list[str], ar_forms: dict[str, str]) -> dict[str, str]:
    """``ar_forms`` with a form for each province of ``names`` no Arabic text writes: its syllables
    spelled as the translations spell them (``tools/ar_names_probe.spell``, the draw seeded by the name;
    none when a syllable cannot be spelled: Đắk)."""
    import ar_names_probe

    whole = ar_names_probe.syllable_spellings()
    out = dict(ar_forms)
    for name in names:
        if name not in out:
            form = ar_names_probe.spell(fold(name), whole, random.Random(f"place:{name}"))
            if form:
                out[name] = form
    return out


def place_variants(
    item: Item,
    rng: random.Random,
    n: int,
    ar_forms: dict[str, str],
    targets: list[str] | tuple = TARGETS,
    with_districts: bool = False,
):
    """The article moved to another province (``with_districts``: its districts named moved with it, each
    to a district of the new province)."""
    text = item.article.text
    blocked = _in_names(text, item.lang, item.gold)
    found = [p for p in places(text, item.lang, with_districts) if not any(s <= p[0] < e for s, e in blocked)]
    named_districts = sorted({p[2][9:] for p in found if p[2].startswith("district:")})
    found = [p for p in found if not p[2].startswith("district:") or p[2][9:] in named_districts]
    if not found:
        return
    named = Counter(name for _, _, name in found if not name.startswith("district:"))
    main = item.gold.get("province")
    old = main if main in named and not gazetteer.is_central_city(main) else None
    if old is None:
        old = next((p for p, _ in named.most_common() if not gazetteer.is_central_city(p)), None)
    if old is None:
        return
    if tied_to(text, item.lang, old, blocked, districts=not with_districts):
        return  # (a district of it or a province merged with it stays: no consistent variant)
    ours = [d for d in named_districts if gazetteer.districts()[fold(d)].province == old]
    if with_districts and len(ours) != len(named_districts):
        return  # (a district of another province: it stays, so no district is moved)
    pool = [t for t in targets if t not in named and (item.lang != "ar" or t in ar_forms)]
    if ours:
        pool = [t for t in pool if len(districts_of(t)) >= len(ours)]
    for new in rng.sample(pool, min(n, len(pool))):
        moved = dict(zip(ours, rng.sample(districts_of(new), len(ours)), strict=True))
        out, last = [], 0
        for start, end, name in found:
            if name == old:
                form = place_form(new, text[start:end], item.lang, ar_forms)
            elif name.startswith("district:") and name[9:] in moved:
                form = district_form(moved[name[9:]], text[start:end], item.lang)
            else:
                continue
            if form is None:
                break
            out.append(text[last:start] + form)
            last = end
        else:
            gold = swap_gold_place(item.gold, old, new)
            for a, b in moved.items():
                gold = swap_gold_place(gold, a, b)
            label = f"place {old} -> {new}" + "".join(f", {a} -> {b}" for a, b in moved.items())
            yield label, "".join(out) + text[last:], gold


# ---------------------------------------------------------------- people
def _name_pattern(surface: str, lang: str) -> re.Pattern[str] | None:
    if lang == "ar":
        words = surface.split()
        if not words:
            return None
        return re.compile(
            r"(?<![\u0621-\u064a])([وبلف]?)(" + r"\s+".join(map(re.escape, words)) + r")(?![\u0621-\u064a])"
        )
    words = fold(surface).split()
    if not words:
        return None
    ends = "|".join(ENDINGS)
    return re.compile(
        r"(?<![\w])()(" + r"[\s-]+".join(map(re.escape, words)) + r")((?:" + ends + r")?)(?![\w])"
    )


def mentions(text: str, folded: str, surface: str, lang: str, honorifics: list[str]):
    """(start, end, kind, ending) of the official's full name and of the given name after an honorific."""
    out = []
    full = _name_pattern(surface, lang)
    if full is None:
        return out
    hay = text if lang == "ar" else folded
    for m in full.finditer(hay):
        if lang != "ar" and not text[m.start(2)].isupper():
            continue
        out.append((m.start(2), m.end(2), "full", m.group(3) if lang != "ar" else ""))
    given = (surface if lang == "ar" else fold(surface)).split()[-1]
    if honorifics:
        hon = "|".join(re.escape(h) for h in sorted(honorifics, key=len, reverse=True))
        if lang == "ar":
            pat = re.compile(rf"(?:{hon})\s+({re.escape(given)})(?![\u0621-\u064a])")
        else:
            ends = "|".join(ENDINGS)
            pat = re.compile(rf"(?<!\w)(?:{hon})\s+({re.escape(given)})((?:{ends})?)(?![\w])(?!\s+[A-ZĐ])")
        for m in pat.finditer(hay):
            if lang != "ar" and not text[m.start(1)].isupper():
                continue
            if lang != "ar" and m.end() < len(text) and re.match(r"\s+[A-ZĐ]", text[m.end() :]):
                continue
            out.append((m.start(1), m.end(1), "given", m.group(2) if lang != "ar" else ""))
    return out


@cache
def honorifics(lang: str) -> list[str]:
    pack = load_pack(lang)
    words = []
    for kind in ("honorific", "courtesy"):
        words += [w for w, v in pack.cue(kind).entries.items() if v[:1] != ("not",) and not w.endswith("*")]
    return words


@cache
def _vi_words() -> tuple[frozenset[str], frozenset[str]]:
    from kg import tables

    def words(name):
        return frozenset(w for line in tables.lines(tables.data_path("data", name)) for w in line.split())

    return words("vi_surnames.txt"), words("vi_syllables.txt")


def vietnamese(name: str) -> bool:
    """A Kinh name: a family name, then syllables (no minority or foreign names: the reader's known limits)."""
    surnames, syllables = _vi_words()
    words = fold(name).split()
    return 2 <= len(words) <= 4 and words[0] in surnames and all(w in syllables for w in words)


def people_pool(
    items: list[Item], read: dict[str, set[str]] | None = None
) -> dict[str, list[tuple[str, str, str]]]:
    """Language -> (article id, gold name, surface) of officials whose surface stands in their own article
    (with ``read``, article id -> the folded names kg reads there: only those kg reads right there)."""
    pool = defaultdict(list)
    for item in items:
        text = item.article.text
        for o in item.gold.get("officials", []):
            s = o.get("surface") or ""
            if not vietnamese(o["name"]) or len(s.split()) != len(o["name"].split()):
                continue
            if item.lang != "ar" and fold(s) != fold(o["name"]):
                continue
            if item.lang == "ar" and not re.fullmatch(r"[\u0621-\u064a ]+", s):
                continue
            if s not in text or (item.lang != "ar" and gazetteer.find_places(fold(s))):
                continue
            if read is not None and fold(o["name"]) not in read.get(item.id, ()):
                continue
            pool[item.lang].append((item.id, o["name"], s))
    return pool


@cache
def _borne() -> frozenset[str]:
    """Folded names somebody bears: the corpora's full names and the known officials' lists."""
    from kg import resolve
    from kg.extract.names import _model

    return frozenset(_model().full) | resolve.known_officials()


def made_pool(pool: dict, seed: int, count: int = 400) -> dict[str, list[tuple[str, str, str]]]:
    """``pool`` with its Arabic names replaced by names nobody bears (``--made-names``), as the hidden
    set's officials are: neither the corpora's full names nor the known lists hold them. Each is a family
    name, a middle syllable (a quarter of them Thi and another, as women's names of four syllables are)
    and a last syllable, each an Arabic word a pool name writes in that place, read as the Latin
    syllable its gold gives. Only words two pool names or more write, always for the same syllable:
    ترونغ is Truong in one name and Trung in another, and تونغ is Tuong in the one name that writes
    it, where Tung is likelier, so no made name holds either."""
    reading: dict[str, set[str]] = defaultdict(set)
    places: dict[str, list[str]] = defaultdict(list)
    for _, name, surface in pool.get("ar", []):
        words, syllables = surface.split(), fold(name).split()
        if len(words) != len(syllables) or len(words) < 2:
            continue
        for i, (w, syl) in enumerate(zip(words, syllables, strict=True)):
            reading[w].add(syl)
            places["first" if i == 0 else "last" if i == len(words) - 1 else "middle"].append(w)
    seen = Counter(w for v in places.values() for w in v)
    ways = {k: sorted({w for w in v if len(reading[w]) == 1 and seen[w] >= 2}) for k, v in places.items()}
    if not all(ways.get(k) for k in ("first", "middle", "last")):
        return pool
    thi = [w for w in ways["middle"] if reading[w] == {"thi"}]
    borne = _borne() | {fold(name) for _, name, _ in pool.get("ar", [])}
    rng = random.Random(f"made:{seed}")
    made: dict[str, tuple[str, str, str]] = {}
    for _ in range(count * 5):
        if len(made) >= count:
            break
        words = [rng.choice(ways["first"])]
        if thi and rng.random() < 0.25:
            words.append(rng.choice(thi))  # a woman's four syllables: Thi, then a middle name
        words += [rng.choice(ways["middle"]), rng.choice(ways["last"])]
        if len(set(words)) < len(words):
            continue
        name = " ".join(next(iter(reading[w])) for w in words).title()
        if fold(name) not in borne:
            made.setdefault(name, ("made", name, " ".join(words)))
    return {**pool, "ar": sorted(made.values())}


def leftover(text: str, folded: str, official: dict, lang: str, found: list) -> bool:
    """Is the official also written in a way the variant would not change (the given name alone, with
    no honorific; another spelling of the name)? Then no consistent variant renames him."""
    spans = [(s, e) for s, e, _, _ in found]
    words = official["surface"].split() if lang == "ar" else fold(official["name"]).split()
    given = words[-1]
    if lang == "ar":
        pat = re.compile(rf"(?<![\u0621-\u064a]){re.escape(given)}(?![\u0621-\u064a])")
        hay = text
    else:
        ends = "|".join(ENDINGS)
        pat = re.compile(rf"(?<!\w){re.escape(given)}(?:{ends})?(?!\w)")
        hay = folded
    for m in pat.finditer(hay):
        if lang != "ar" and not text[m.start()].isupper():
            continue
        if not any(s <= m.start() < e for s, e in spans):
            return True
    if lang == "ar" and len(words) >= 3:  # the name spelled otherwise: "فو فيت كونغ", "فو فيت كوونغ"
        head = re.compile(r"(?<![\u0621-\u064a])" + r"\s+".join(map(re.escape, words[:-1])) + r"\s")
        if any(not any(s <= m.start() < e for s, e in spans) for m in head.finditer(text)):
            return True
    return False


def _styled(target: str, ending: str, like: str) -> str:
    if fold(target)[-1:] in tuple("aeiouy"):
        ending = ""  # (Polish declines a name ending in a consonant, "Chinha"; "Tran Cam Tu" stays)
    out = target + ending
    return out.upper() if like.isupper() and len(like) > 3 else out


def people_variants(item: Item, rng: random.Random, n: int, pool: dict):
    text, lang = item.article.text, item.lang
    folded = fold_aligned(text)
    officials = [o for o in item.gold.get("officials", []) if o.get("surface")]
    taken = {w for o in officials for w in fold(o["name"]).split()}
    hon = honorifics(lang)
    # where each official's full name stands: no given name of another is read there ("الفريق أول لونغ تام كوانغ")
    whole = [
        (s, e)
        for o in officials
        for s, e, kind, _ in mentions(text, folded, o["surface"], lang, [])
        if kind == "full"
    ]
    for _ in range(n):
        spans, gold = [], copy.deepcopy(item.gold)
        renames = {}
        used = set()
        for o, go in zip(officials, [g for g in gold["officials"] if g.get("surface")], strict=True):
            found = mentions(text, folded, o["surface"], lang, hon)
            if not found or leftover(text, folded, o, lang, found):
                continue
            accented = not o["surface"].isascii()
            cands = [
                c
                for c in pool.get(lang, [])
                if c[0] != item.id
                and c[1] not in used
                and (lang == "ar" or (not c[2].isascii()) == accented)
                and not (set(fold(c[1]).split()) & taken)
                and fold(c[1]) not in folded
            ]
            if not cands:
                continue
            _, name, surface = rng.choice(cands)
            used.add(name)
            for start, end, kind, ending in found:
                if kind == "given" and any(s < end and start < e for s, e in whole):
                    continue
                form = surface if kind == "full" else surface.split()[-1]
                spans.append((start, end + len(ending), _styled(form, ending, text[start:end])))
            renames[fold(o["name"])] = name
            go["name"], go["surface"] = name, surface
        if not renames:
            return
        for m in gold.get("meetings", []):
            m["chairs"] = [renames.get(fold(c), c) for c in m.get("chairs", [])]
        spans.sort()
        out, last = [], 0
        for start, end, form in spans:
            if start < last:
                continue  # (overlapping mentions: the first kept)
            out.append(text[last:start] + form)
            last = end
        yield (
            "people " + ", ".join(f"{a} -> {b}" for a, b in renames.items()),
            "".join(out) + text[last:],
            gold,
        )


# ---------------------------------------------------------------- dates
def _month_words(lang: str) -> dict[str, int]:
    pack = load_pack(lang)
    return {
        w: int(v[0]) for w, v in pack.months.entries.items() if v and v[0].isdigit() and not w.endswith("*")
    }


def day_mentions(text: str, lang: str, day: int, month: int) -> list[tuple[int, int]]:
    """Where the text writes the day ``day`` of month ``month`` in digits: "1/2", "01.02", "1 lutego",
    "February 1", "1er février", "1 فبراير" (spans of the day's digits)."""
    folded = fold_aligned(text)
    words = [re.escape(fold_aligned(w)) for w, m in _month_words(lang).items() if m == month]
    out = []
    day_rx = rf"(?<![\d/.,])0?{day}(?![\d])"
    numeric = rf"({day_rx})(?:er)?\s?[/.-]\s?0?{month}(?![\d])"
    for m in re.finditer(numeric, folded):
        out.append(m.span(1))
    if words:
        alt = "|".join(sorted(words, key=len, reverse=True))
        for m in re.finditer(
            rf"({day_rx})(?:er|\.|st|nd|rd|th)?\s+(?:de\s+|thang\s+)?(?:{alt})(?!\w)", folded
        ):
            out.append(m.span(1))
        for m in re.finditer(rf"(?<!\w)(?:{alt})\s+({day_rx})(?:st|nd|rd|th)?(?![\d])", folded):
            out.append(m.span(1))
    return sorted(set(out))


def date_variants(item: Item, rng: random.Random, n: int):
    """The meetings dated to the day, every day moved the same number of days earlier (their order kept,
    none after the article's date), wherever the text writes it."""
    dates = sorted({str(m.get("date")) for m in item.gold.get("meetings", []) if m.get("date")})
    full = [tuple(int(x) for x in d.split("-")) for d in dates if re.fullmatch(r"\d{4}-\d\d-\d\d", d)]
    text = item.article.text
    written = {d: day_mentions(text, item.lang, d[2], d[1]) for d in full}
    full = [d for d in full if written[d]]
    if not full or min(d[2] for d in full) < 2:
        return
    offsets = list(range(1, min(10, min(d[2] for d in full))))
    rng.shuffle(offsets)
    made = 0
    for k in offsets:
        if made == n:
            return
        # (no day the text already writes in that month: "ngày 3/9" moved onto another meeting's "1/9")
        if any(day_mentions(text, item.lang, d[2] - k, d[1]) for d in full):
            continue
        moved, spans = {}, []
        for d in full:
            new = d[2] - k
            moved[f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}"] = f"{d[0]:04d}-{d[1]:02d}-{new:02d}"
            for a, b in written[d]:
                if text[b : b + 2] in ("st", "nd", "rd", "th"):  # "September 23rd": the suffix of the new day
                    suffix = {1: "st", 2: "nd", 3: "rd"}.get(new % 10 if new not in (11, 12, 13) else 0, "th")
                    spans.append((a, b + 2, f"{new}{suffix}"))
                else:
                    spans.append((a, b, str(new)))
        gold = copy.deepcopy(item.gold)
        for m in gold.get("meetings", []):
            if str(m.get("date")) in moved:
                m["date"] = moved[str(m["date"])]
        out, last = [], 0
        for a, b, form in sorted(spans):
            if a < last:
                continue
            out.append(text[last:a] + form)
            last = b
        made += 1
        yield f"dates -{k} days: " + ", ".join(moved), "".join(out) + text[last:], gold


# ---------------------------------------------------------------- surface (the wording around the facts)
# The courtesy words before a name, in groups a machine translation writes in the same place (one case in
# Polish and German): each is swapped for a sibling of its group, or dropped before a full name.
HONORIFIC_GROUPS = {
    "en": [["Mr.", "Ms.", "Comrade", "Mrs."]],
    "vi": [["ông", "bà", "đồng chí"], ["Ông", "Bà", "Đồng chí"]],
    "fr": [["M.", "Mme", "le camarade"]],
    "es": [
        ["el señor", "el Sr.", "la señora", "la Sra.", "el camarada"],
        ["El señor", "El Sr.", "La señora", "La Sra.", "El camarada"],
        ["al señor", "al Sr.", "a la señora", "a la Sra.", "al camarada"],
        ["del señor", "del Sr.", "de la señora", "de la Sra.", "del camarada"],
        ["Sr.", "Sra."],
    ],
    "de": [["Herr", "Frau", "Genosse"], ["Herrn", "Genossen"]],
    "pl": [["pan", "pani", "towarzysz"], ["pana", "towarzysza"], ["panem", "towarzyszem"]],
    "ar": [["السيد", "السيدة", "الرفيق", "الرفيقة"]],
}
# the percent forms real texts of the language write (unlabelled articles): "8,5%", "8,5 %", "8,5 por ciento"
PERCENT_FORMS = {
    "en": ["%", " per cent", " percent"],
    "es": ["%", " por ciento"],
    "fr": ["%", " %"],
    "de": ["%", " %"],
    "ar": ["%", "٪"],
}
# thousands separators real texts of the language write ("1.234", "1 234"), besides none
THOUSANDS = {
    "en": [","],
    "es": [".", ","],
    "fr": [".", " "],
    "de": ["."],
    "pl": [" "],
    "vi": ["."],
    "ar": [","],
}
KEPT = {
    "a la": "a ",
    "de la": "de ",
    "al": "a ",
    "del": "de ",
}  # (es: the preposition of a dropped honorific)
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FOLD_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def _apply(text: str, spans: list[tuple[int, int, str]]) -> str:
    out, last = [], 0
    for a, b, form in sorted(spans):
        if a < last:
            continue
        out.append(text[last:a] + form)
        last = b
    return "".join(out) + text[last:]


def honorific_variants(item: Item, rng: random.Random, n: int):
    groups = HONORIFIC_GROUPS.get(item.lang)
    if not groups:
        return
    text, ar = item.article.text, item.lang == "ar"
    surfaces = [
        (o.get("surface") or o["name"]) if ar else fold(o.get("surface") or o["name"])
        for o in item.gold.get("officials", [])
        if not gazetteer.find_places(
            fold(o["name"])
        )  # (no drop before a name that is a place: "pana Lam Donga")
    ]
    folded = fold_aligned(text)
    found = []
    for group in groups:
        alt = "|".join(re.escape(h) for h in sorted(group, key=len, reverse=True))
        if ar:
            rx = rf"(?<![\u0621-\u064a])({alt})\s+(?=[\u0621-\u064a])"
        else:
            rx = rf"(?<![\w.])({alt})\s+(?=[A-ZĐ])"
        for m in re.finditer(rx, text):
            rest = (text if ar else folded)[m.end() :]
            full = any(s and rest.startswith(s) for s in surfaces)
            at = text[m.start() : m.start() + 40]
            if not ar and any(p[0] == 0 for p in gazetteer.find_places(fold_aligned(at), at)):
                continue  # (a place: "Bà Rịa - Vũng Tàu")
            found.append((m.start(), m.end(), group, full))
    if not found:
        return
    for _ in range(n):
        spans = []
        for a, b, group, full in found:
            choices = [h for h in group if h != text[a:b].strip()]
            if full and rng.random() < 0.3:
                # (dropped: a preposition the article was glued to stays, "del Sr. X" -> "de X")
                form = next((p for w, p in KEPT.items() if text[a:b].startswith(w + " ")), "")
            else:
                form = rng.choice(choices) + " "
            if a == 0 or text[a - 1] in "\n" or re.search(r"[.!?]\s*$", text[:a]):
                form = form[:1].upper() + form[1:]
            spans.append((a, b, form))
        yield "honorifics", _apply(text, spans), item.gold


def number_variants(item: Item, rng: random.Random, n: int):
    """Percent written as the language's other real forms; thousands separators swapped or dropped;
    in Arabic, every digit written Arabic-Indic (as real Arabic MT does)."""
    text, lang = item.article.text, item.lang
    pct = PERCENT_FORMS.get(lang, [])
    seps = THOUSANDS.get(lang, [])
    dec = "," if lang in ("es", "fr", "de", "pl", "vi") else "."
    made = 0
    for k in range(n + 2):
        if made == n:
            return
        spans = []
        if pct:
            alt = "|".join(re.escape(p) for p in sorted(pct, key=len, reverse=True))
            for m in re.finditer(rf"(?<=\d)({alt})(?!\w)", text):
                spans.append((m.start(), m.end(), rng.choice([p for p in pct if p != m.group(1)])))
        if seps:
            alt = "|".join(re.escape(s) for s in seps)
            for m in re.finditer(rf"(?<![\d.,])\d{{1,3}}(?:({alt})\d{{3}})+(?![\d]|[.,]\d)", text):
                sep = m.group(1)
                if sep == dec:
                    continue  # (1.234 in en, 1,5 in de: a decimal, maybe)
                others = [s for s in [*seps, ""] if s != sep and s != dec]
                if not others:
                    continue
                spans.append((m.start(), m.end(), m.group().replace(sep, rng.choice(others))))
        variant = _apply(text, spans)
        if lang == "ar" and k % 2 == 0:
            variant = variant.translate(ARABIC_DIGITS)
        if variant != text:
            made += 1
            yield "numbers", variant, item.gold


def typography_variants(item: Item, rng: random.Random, n: int):
    """Straight quotes as the language's typographic ones, a hyphen in a range of years as an en dash."""
    text, lang = item.article.text, item.lang
    quotes = {"pl": ("„", "”"), "de": ("„", "“"), "fr": ("« ", " »"), "en": ("“", "”"), "es": ("“", "”")}
    spans = []
    if lang in quotes:
        open_, close = quotes[lang]
        for m in re.finditer(r'"([^"\n]{1,200})"', text):
            spans.append((m.start(), m.end(), open_ + m.group(1) + close))
    for m in re.finditer(r"(?<=\d{4})\s?-\s?(?=\d{4})", text):
        spans.append((m.start(), m.end(), rng.choice(["–", " – ", "-"])))
    variant = _apply(text, spans)
    if variant != text:
        yield "typography", variant, item.gold


def datefmt_variants(item: Item, rng: random.Random, n: int):
    """The day of a dated meeting in the language's other real format: vi "ngày 29/9" <-> "ngày 29 tháng 9",
    en "September 29" <-> "29 September"."""
    text, lang = item.article.text, item.lang
    spans = []
    if lang == "vi":
        for m in re.finditer(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d])(?!/\d)", text):
            if int(m.group(2)) <= 12 and int(m.group(1)) <= 31:
                spans.append((m.start(), m.end(), f"{m.group(1)} tháng {m.group(2)}"))
        for m in re.finditer(r"(?<!\d)(\d{1,2}) tháng (\d{1,2})(?!\d)", text):
            spans.append((m.start(), m.end(), f"{m.group(1)}/{m.group(2)}"))
    elif lang == "en":
        months = "January|February|March|April|May|June|July|August|September|October|November|December"
        for m in re.finditer(rf"\b({months}) (\d{{1,2}})(?:st|nd|rd|th)?\b(,?)", text):
            spans.append((m.start(), m.end(), f"{m.group(2)} {m.group(1)}"))
        for m in re.finditer(rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)? ({months})\b", text):
            spans.append((m.start(), m.end(), f"{m.group(2)} {m.group(1)}"))
    variant = _apply(text, spans)
    if variant != text:
        yield "datefmt", variant, item.gold


# ---------------------------------------------------------------- conventions (stop 30, meta17)
# The whole-number conventions the language's machine translations write (thousands mark, decimal mark,
# digits), each seen in the real texts of the language or its typography: "1,234.5" en/ar, "1.234,5"
# de/vi/es, "1 234,5" pl/fr (also with a no-break space), "1,234.5" es; Arabic-Indic digits with the
# Arabic marks "١٬٢٣٤٫٥". A number is read with the convention it is written in (both marks; a group of
# three digits after a lone mark is thousands in the language's own convention) and written whole in
# another; a bare number of five digits or more gets the grouping (a year never: four digits).
CONVENTIONS = {
    "en": [(",", ".", False), ("", ".", False)],
    "ar": [(",", ".", False), ("٬", "٫", True), ("", ".", False), ("", "٫", True)],
    "es": [(".", ",", False), (",", ".", False), ("", ",", False)],
    "fr": [(" ", ",", False), ("\u202f", ",", False), (".", ",", False), ("", ",", False)],
    "de": [(".", ",", False), ("", ",", False)],
    "pl": [(" ", ",", False), ("\u00a0", ",", False), ("", ",", False)],
    "vi": [(".", ",", False), ("", ",", False)],
}
NUMBER = re.compile(
    r"(?<![\d/.,\-:\u066b\u066c\w])(\d{1,3}(?:([,. \u00a0\u202f\u066c])\d{3})(?:\2\d{3})*(?:([.,\u066b])(\d+))?"
    r"|\d+([.,\u066b])(\d+)|\d{5,})(?![\d/\-:]|[.,\u066b\u066c]\d|\w)"
)


_DATE_LIKE = re.compile(r"\d{1,2}\.(?:\d{1,2}|(?:19|20)\d\d)")


def read_number(token: str, lang: str, values: set[float] | None = None) -> tuple[str, str] | None:
    """(integer digits, decimal digits) of a number as written, or None when its marks are unclear. A lone
    mark before three digits ("3,500" in Spanish, where both conventions are written) is read as the gold's
    metric values say, when given (a value, or a thousandth of one: "3,500 billones"), else as the language's
    own convention."""
    token = token.translate(FOLD_DIGITS)
    own = CONVENTIONS[lang][0]
    parts = re.split(r"[,.\u066b\u066c]", token)
    if (
        values is not None
        and len(parts) == 2
        and len(parts[1]) == 3
        and not re.search(r"[ \u00a0\u202f]", token)
    ):
        thousands, decimal = float("".join(parts)), float(".".join(parts))
        for factors in ((1,), (1000, 0.001)):  # (the value itself first: "15,058 billion" is 15058)
            scaled = {round(v * f, 6) for v in values for f in factors}
            if thousands in scaled and decimal not in scaled:
                return "".join(parts), ""
            if decimal in scaled and thousands not in scaled:
                return parts[0], parts[1]
        if values:
            return None  # (neither reading is a gold value: left as it is)
    marks = [c for c in token if not c.isdigit()]
    if not marks:
        return token, ""
    if len(set(marks)) == 2:  # "1.234,5": the last mark is the decimal one
        dec = marks[-1]
        whole, frac = token.rsplit(dec, 1)
        return re.sub(r"\D", "", whole), frac
    mark = marks[0]
    groups = token.split(mark)
    if len(groups) > 2:
        return (token.replace(mark, ""), "") if all(len(g) == 3 for g in groups[1:]) else None
    if len(groups[1]) == 3:  # "1.234": the language's own reading
        if mark in (own[0], "٬") or mark in " \u00a0\u202f":
            return token.replace(mark, ""), ""
        if mark in (own[1], "٫"):
            return groups[0], groups[1]
        return None
    return groups[0], groups[1]


def write_number(whole: str, frac: str, convention: tuple[str, str, bool]) -> str:
    sep, dec, indic = convention
    digits = whole.lstrip("0") or "0"
    if sep and len(digits) > 3:
        head = len(digits) % 3 or 3
        digits = digits[:head] + "".join(sep + digits[i : i + 3] for i in range(head, len(digits), 3))
    out = digits + (dec + frac if frac else "")
    return out.translate(ARABIC_DIGITS) if indic else out


def numfmt_variants(item: Item, rng: random.Random, n: int):
    """Every number with a decimal or thousands mark (or of five digits or more) written whole in another
    convention of the language's MT: the gold stays (a metric's value is its number)."""
    text, lang = item.article.text, item.lang
    conventions = CONVENTIONS.get(lang)
    if not conventions:
        return
    values = {
        float(m["value"]) for m in item.gold.get("metrics", []) if isinstance(m.get("value"), (int, float))
    }
    days = [
        span[:2]
        for d in item.gold.get("meetings", [])
        if re.fullmatch(r"\d{4}-\d\d-\d\d", str(d.get("date")))
        for span in day_spans(text, lang, *(int(x) for x in str(d["date"]).split("-")))
    ]
    found = []
    for m in NUMBER.finditer(text):
        if any(a <= m.start() < b for a, b in days) or (
            _DATE_LIKE.fullmatch(m.group())
            and (text[m.end() : m.end() + 1] == "." or re.fullmatch(r"\d{1,2}\.(?:19|20)\d\d", m.group()))
        ):
            continue  # (a day the gold dates, "Sáng 30.9"; a German day "(19.8.)"; a month and year "Tháng 9.2020")
        read = read_number(m.group(), lang, values)
        if read is None or (not read[1] and len(read[0]) < 5 and not re.search(r"\D", m.group())):
            continue  # (a bare number of four digits or less: a year maybe)
        found.append((m.start(), m.end(), read))
    if not found:
        return
    order = list(range(len(conventions)))
    rng.shuffle(order)
    made = set()
    for k in order:
        spans = [(a, b, write_number(w, f, conventions[k])) for a, b, (w, f) in found]
        variant = _apply(text, spans)
        if variant != text and variant not in made:
            made.add(variant)
            yield f"numfmt {conventions[k][0] or 'none'!r}{conventions[k][1]!r}", variant, item.gold
            if len(made) == n:
                return


# ---------------------------------------------------------------- scales: the same sum in the next scale word
# "15,058 billion VND" <-> "15.058 trillion VND", "2.31 billion USD" <-> "2,310 million USD": the gold's value
# is in billion_vnd / million_usd whichever scale the text writes (GOLD.md), so it stays. Per language,
# (currency, smaller scale, larger scale, the forms written), each as the language's MT writes it (real
# texts): en "trillion VND", "VND23.8 trillion"; ar "تريليون دونج"; pl "mld VND" / "bilionów VND"; es
# "mil millones de VND" / "billones de VND"; de "Milliarden VND" / "Billionen VND"; vi "tỷ đồng" / "nghìn
# tỷ đồng"; fr "milliards de VND" / "billions de VND" (French billion: a million millions).
VND = r"VND|dongs?|đồng|دونج|دونغ"
USD = r"USD|US\$|US dollars|dollars américains|dólares|dolarów|US-Dollar|دولار(?: أمريكي)?"
SCALES = {
    "en": [
        (VND, "billion", "trillion", "billion", "trillion"),
        (USD, "million", "billion", "million", "billion"),
    ],
    "ar": [
        (VND, "مليارات|مليار", "تريليونات|تريليون", "مليار", "تريليون"),
        (USD, "ملايين|مليون", "مليارات|مليار", "مليون", "مليار"),
    ],
    "pl": [
        (VND, r"mld|miliard\w*", r"bilion\w*|bln", "mld", "PL12"),
        (USD, r"mln|milion\w*", r"mld|miliard\w*", "mln", "mld"),
    ],
    "es": [(VND, "mil millones", "billones|billón", "mil millones", "ES12")],
    "de": [
        (VND, "Milliarden|Milliarde|Mrd\\.", "Billionen|Billion", "Milliarden", "Billionen"),
        (USD, "Millionen|Million|Mio\\.", "Milliarden|Milliarde|Mrd\\.", "Millionen", "Milliarden"),
    ],
    "vi": [(VND, "tỷ", "nghìn tỷ|ngàn tỷ", "tỷ", "nghìn tỷ")],
    "fr": [(VND, "milliards?", "billions?", "milliards", "billions")],
}
_NUM = r"\d{1,3}(?:[,. \u00a0\u202f\u066c]\d{3})+(?:[.,\u066b]\d+)?|\d+(?:[.,\u066b]\d+)?"


def _plural(form: str, whole: str, frac: str) -> str:
    if form == "PL12":  # (Polish: "1,5 biliona", "2 biliony", "5 bilionów")
        last = int(whole[-2:])
        if frac:
            return "biliona"
        if whole == "1":
            return "bilion"
        return "biliony" if last % 10 in (2, 3, 4) and last // 10 != 1 else "bilionów"
    if form == "ES12":
        return "billón" if whole == "1" and not frac else "billones"
    return form


def scale_variants(item: Item, rng: random.Random, n: int):
    """A sum of money in VND (USD) written with the next scale word up, when it is a thousand of the smaller
    or more, or down (the larger's value times a thousand, grouped as the language writes it)."""
    text, lang = item.article.text, item.lang
    if lang not in SCALES:
        return
    conv = CONVENTIONS[lang][0]
    spans = []
    for cur, small, large, small_form, large_form in SCALES[lang]:  # (not a ratio's: "3,084/4,293 مليار")
        for rx, up in ((small, True), (large, False)):
            pat = rf"(?:(?<=VND)|(?<=USD)|(?<![\w.,/]))({_NUM})\s?({rx})(?!\w)(?=\s(?:de\s|of\s)?(?:{cur})(?!\w))"
            before = rf"(?:{cur})\s?({_NUM})\s?({rx})(?!\w)"
            hits = list(re.finditer(pat, text)) + list(re.finditer(before, text))
            for m in hits:
                if up and (
                    re.match(rf"\s*(?:{large})(?!\w)", text[m.end(2) :])
                    or re.search(r"(?:nghìn|ngàn)\s*$", text[: m.start(2)])
                ):
                    continue
                values = {
                    float(g["value"])
                    for g in item.gold.get("metrics", [])
                    if isinstance(g.get("value"), (int, float))
                }
                read = read_number(m.group(1), lang, values)
                if read is None:
                    continue
                whole, frac = read
                value = int(whole + frac) / 10 ** len(frac)
                if up and value < 1000:
                    continue
                scaled = f"{value / 1000:.6f}" if up else f"{value * 1000:.6f}"
                w, _, f = scaled.rstrip("0").rstrip(".").partition(".")
                if len(f) > 3:
                    continue
                written = write_number(w, f, conv)
                if not m.group(1).isascii():
                    written = written.translate(ARABIC_DIGITS)
                form = _plural(large_form if up else small_form, w, f)
                spans.append((m.start(1), m.end(2), f"{written} {form}"))
    if not spans:
        return
    for _ in range(n):
        pick = [s for s in spans if rng.random() < 0.7] or spans[:1]
        variant = _apply(text, pick)
        if variant != text:
            yield "scales", variant, item.gold


# ---------------------------------------------------------------- day forms: a meeting's day written another way
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
}
LEVANT = "كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول".split(
    "|"
)
WEEKDAYS = {  # Monday first
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "vi": "thứ Hai|thứ Ba|thứ Tư|thứ Năm|thứ Sáu|thứ Bảy|Chủ nhật".split("|"),
    "ar": "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split(),
}
# the day as an Arabic ordinal word, as the translations write it after "يوم" ("السادس والعشرين من يناير")
AR_ORDINALS = (
    "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر".split()
    + [f"{w} عشر" for w in "الحادي الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع".split()]
    + ["العشرين"]
    + [f"{w} والعشرين" for w in "الحادي الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع".split()]
    + ["الثلاثين", "الحادي والثلاثين"]
)


def day_forms(lang: str, y: int, m: int, d: int) -> list[str]:
    """The forms of the day (year given) the language's MT writes (real texts: docs/metamorph.md, stop 30)."""
    import datetime

    wd = datetime.date(y, m, d).weekday()
    num = [f"{d:02d}/{m:02d}/{y}"]
    if lang == "vi":
        return [
            f"{d}/{m}",
            f"{d}/{m}/{y}",
            f"{d}-{m}-{y}",
            f"{d} tháng {m}",
            f"{d} tháng {m} năm {y}",
            f"{WEEKDAYS['vi'][wd]}, {d}/{m}",
        ]
    month = MONTHS[lang][m - 1]
    if lang == "en":
        return [
            f"{month} {d}",
            f"{d} {month}",
            f"{month} {d}, {y}",
            f"{WEEKDAYS['en'][wd]}, {month} {d}",
            *num,
        ]
    if lang == "fr":
        return [f"{d} {month}", f"{d} {month} {y}", f"{WEEKDAYS['fr'][wd]} {d} {month}", *num]
    if lang == "es":
        return [f"{d} de {month}", f"{d} de {month} de {y}", f"{WEEKDAYS['es'][wd]} {d} de {month}", *num]
    if lang == "de":
        return [
            f"{d}. {month}",
            f"{d}. {month} {y}",
            f"{WEEKDAYS['de'][wd]}, {d}. {month}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}.{m}.",
        ]
    if lang == "pl":
        return [f"{d} {month}", f"{d} {month} {y} r.", *num]
    if lang == "ar":
        lev = LEVANT[m - 1]
        return [
            f"{d} {month}",
            f"{d} {lev}",
            f"{d} {month}/{lev}",
            f"{d}/{m}/{y}",
            f"{AR_ORDINALS[d - 1]} من {month}",
            f"{WEEKDAYS['ar'][wd]} {d} {month}",
            f"{d} {month} {y}",
        ]
    return []


def day_spans(text: str, lang: str, y: int, m: int, d: int) -> list[tuple[int, int, bool]]:
    """(start, end, with its year) of every whole writing of the day in the text: "26/1", "26/01/2025",
    "ngày 26 tháng 1 năm 2025", "26. Januar 2025", "January 26, 2025", "26 يناير/كانون الثاني 2025"."""
    folded = fold_aligned(text)
    year = rf"{y}"
    dd = rf"(?<![\d/.,\-])0?{d}"
    mm = rf"0?{m}(?!\d)"
    out = []
    for mt in re.finditer(rf"{dd}\s?([/.\-])\s?{mm}(?:\1\s?{year}(?!\d)|\.(?!\d))?(?![/\-]?\d)", text):
        out.append((mt.start(), mt.end(), year in mt.group()))
    words = [re.escape(fold_aligned(w)) for w, k in _month_words(lang).items() if k == m]
    if words:
        alt = "|".join(sorted(words, key=len, reverse=True))
        yr = rf"(?:,?\s+(?:de\s+|nam\s+)?{year}(?:\s?r\.)?)?"
        month = rf"(?:{alt})(?:/(?:{alt}))?"
        for mt in re.finditer(rf"{dd}(?:er|\.|st|nd|rd|th)?\s+(?:de\s+)?{month}{yr}(?!\w)", folded):
            out.append((mt.start(), mt.end(), year in mt.group()))
        for mt in re.finditer(rf"(?<!\w)(?:{alt})\s+0?{d}(?:st|nd|rd|th)?(?!\d){yr}(?!\w)", folded):
            out.append((mt.start(), mt.end(), year in mt.group()))
    out = sorted(set(out))
    return [s for s in out if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in out)]


def dayform_variants(item: Item, rng: random.Random, n: int):
    """Each meeting day the gold dates (and the text writes) in another form of the language's MT: numeric
    with or without the year, the month as a word, Levantine or both (ar), an ordinal word (ar), with the
    weekday. A form without a year replaces one with it only where the article has the year elsewhere."""
    text, lang = item.article.text, item.lang
    dates = sorted({str(m.get("date")) for m in item.gold.get("meetings", []) if m.get("date")})
    full = [tuple(int(x) for x in dt.split("-")) for dt in dates if re.fullmatch(r"\d{4}-\d\d-\d\d", dt)]
    found = [(a, b, has, dt) for dt in full for a, b, has in day_spans(text, lang, *dt)]
    if not found:
        return
    made = set()
    for _ in range(n * 3):
        spans = []
        for a, b, has, dt in found:
            forms = [f for f in day_forms(lang, *dt) if f != text[a:b]]
            if has:
                forms = [f for f in forms if str(dt[0]) in f]
            if not forms:
                continue
            form = rng.choice(forms)
            if lang in ("vi", "pl") and text[a:b][:1].isupper():
                form = form[:1].upper() + form[1:]
            spans.append((a, b, form))
        variant = _apply(text, spans)
        if variant != text and variant not in made:
            made.add(variant)
            yield "dayform", variant, item.gold
            if len(made) == n:
                return


# ---------------------------------------------------------------- apposition: a title before the name moved after it
# "Secretary of the Provincial Party Committee Nguyen Van A chaired ..." <-> "Nguyen Van A, Secretary of the
# Provincial Party Committee, chaired ...", as translations of the same sentence write it (en; vi "Bí thư Tỉnh ủy
# Nguyễn Văn A chủ trì" / "Nguyễn Văn A, Bí thư Tỉnh ủy, chủ trì"; pl "Sekretarz Komitetu ... A przewodniczył" /
# "A, sekretarz Komitetu ..., przewodniczył"; fr "Le secrétaire du Comité ... A" / "A, secrétaire du Comité ...,";
# es "El Secretario del Comité ... A"; de "Der Sekretär des ... A"; ar "ترأس الجلسة رئيس مجلس الشعب الإقليمي A" /
# "ترأس الجلسة A، رئيس مجلس الشعب الإقليمي،"). A title that opens its sentence (or follows a courtesy word there;
# in Arabic, after any word but a comma), with no punctuation in it (but the comma before the name: "Le secrétaire
# du Comité, A, a présidé"), its words capitalised or words of the pack's titles, before a gold official's full
# name; the article opening it dropped (fr, es, de). The gold stays.
ROLE_HEADS = {
    "en": r"(?:Permanent |Standing )?(?:Deputy |Vice )?(?:Secretary|Chairman|Chairwoman|Director|Head|Minister"
    r"|President|Prime Minister|General Secretary|Member)",
    "vi": r"(?:Ủy viên|Uỷ viên|Phó Bí thư|Bí thư|Phó Chủ tịch|Chủ tịch|Phó Giám đốc|Giám đốc|Phó Trưởng ban|Trưởng ban"
    r"|Bộ trưởng|Thứ trưởng|Phó Thủ tướng|Thủ tướng|Tổng Bí thư)",
    "pl": r"(?:[Ss]tał[ya] )?(?:[Zz]astępca |[Zz]astępczyni )?(?:[Ss]ekretarz|[Pp]rzewodnicząc[ya]|[Ww]iceprzewodnicząc[ya]"
    r"|[Dd]yrektor|[Ss]zef|[Mm]inister|[Pp]remier|[Cc]złonek|[Cc]złonkini|[Kk]ierownik|[Ww]icepremier|[Ww]iceminister)",
    "fr": r"(?:(?:Le|La|L') ?)?(?:[Vv]ice-)?(?:[Ss]ecrétaire|[Pp]résident|[Pp]résidente|[Dd]irect(?:eur|rice)|[Cc]hef"
    r"|[Mm]inistre|[Mm]embre|[Pp]remier ministre|[Vv]ice-[Pp]résident(?:e)?)",
    "es": r"(?:(?:El|La) )?(?:[Vv]ice)?(?:[Ss]ecretari[oa]|[Pp]residente|[Pp]residenta|[Dd]irector(?:a)?|[Jj]ef[ea]"
    r"|[Mm]inistr[oa]|[Mm]iembro|[Pp]rimer [Mm]inistro|[Vv]icepresidente)",
    "de": r"(?:(?:Der|Die) )?(?:[Ss]tändige[rn]? )?(?:[Ss]tellvertretende[rn]? )?(?:Sekretär(?:in)?|Vorsitzende[rn]?"
    r"|Direktor(?:in)?|Leiter(?:in)?|Minister(?:in)?|Premierminister(?:in)?|Mitglied|Präsident(?:in)?"
    r"|Vizepräsident(?:in)?|Parteisekretär(?:in)?|Generalsekretär)",
    "ar": r"(?:الأمين العام|رئيس الوزراء|نائب رئيس|نائبة رئيس|رئيس|رئيسة|نائب|نائبة|أمين|أمينة|سكرتير|سكرتيرة|عضو|عضوة"
    r"|وزير|وزيرة|مدير|مديرة)",
}
TITLE_WORDS = {  # the words not capitalised a title before a name holds (besides the pack's title words)
    "en": {"of", "the", "for", "on", "in", "to"},
    "vi": set(
        "tỉnh huyện xã thành phố quận phường thị trấn nhân dân ban thường vụ chấp hành đảng bộ ủy uỷ viên trung ương "
        "khóa khoá nhiệm kỳ hội đồng mặt trận tổ quốc sở phó trưởng chủ tịch bí thư".split()
    ),
    "pl": {"i", "w", "ds."},
    "fr": {"de", "du", "des", "la", "le", "l'", "d'", "et", "pour"},
    "es": {"de", "del", "la", "el", "los", "las", "y", "para"},
    "de": {"der", "des", "die", "und", "für", "von", "im"},
    "ar": set(),
}
OPENERS = {
    "en": r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=Comrade\s))",
    "vi": r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[Đđ]ồng chí\s))",
    "pl": r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[Tt]owarzysz\s)|(?<=[Tt]owarzyszka\s))",
    "fr": r"(?:^|(?<=[.!?]\s)|(?<=\n))",
    "es": r"(?:^|(?<=[.!?]\s)|(?<=\n))",
    "de": r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=Genosse\s)|(?<=Genossin\s))",
    # (Arabic writes the title after its verb: "ترأس الجلسة رئيس ..."; not after a comma, where a chain goes on)
    "ar": r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[\u0621-\u064a]\s))",
}
_ARTICLE = re.compile(r"^(?:Le|La|El|Der|Die) |^L'")


@cache
def title_vocabulary(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The words of the pack's titles (roles, bodies, levels, the title grammar), folded, and the grammar's stems
    (``sekretarz*``): a lower-case word of a title before a name is one of these or a function word."""
    from kg.lang import pack_folder
    from kg.tables import rows

    words, stems = set(TITLE_WORDS.get(lang, ())), []
    folder = pack_folder(lang)
    for name in ("roles.tsv", "bodies.tsv", "levels.tsv", "grammar.tsv"):
        path = folder / name
        if not path.exists():
            continue
        for row in rows(path):
            for w in fold(row[0]).split():
                if w.endswith("*"):
                    stems.append(w.strip("*"))
                else:
                    words.add(w.strip("*"))
    return frozenset(fold(w) for w in words), tuple(s for s in stems if len(s) >= 4)


def _title_word(word: str, lang: str) -> bool:
    if lang == "ar" or word[:1].isupper():
        return True
    words, stems = title_vocabulary(lang)
    w = fold(word.strip("()"))
    return w in words or any(w.startswith(s) for s in stems)


AR_HONORIFIC = re.compile(
    r"(?<![\u0621-\u064a])و?(?:السيد|السيدة|السادة|الرفيق|الرفيقة|الرفاق)(?![\u0621-\u064a])"
)


def _ar_chained(text: str, start: int, end: int, title: str) -> bool:
    """An Arabic title that goes on a chain or a list: the word before it is a title's ("نائب رئيس ...": the run
    would start inside it; "نواب أمين ... السادة A، وB"), a courtesy word is in it, or the name is followed by
    "و" and another title ("رئيس الوزراء A وعضو المكتب السياسي ... B": the next one's), or by a comma, "و" and
    another title (the next item of a list whose items all write the title first)."""
    before = text[max(0, start - 30) : start].split()
    prev = before[-1].removeprefix("و") if before else ""
    if re.fullmatch(ROLE_HEADS["ar"] + r"|نواب|أعضاء|الدائم|الأول", prev) or prev.endswith("-"):
        return True
    if AR_HONORIFIC.search(title):
        return True
    if re.match(rf"\s*[،,]\s*و(?:{ROLE_HEADS['ar']})", text[end : end + 20]):
        return True  # (the next item of a list of titled names: "تعيين عضو ... A، وعضوة ... B، ... في منصب")
    return bool(re.match(r"\s+و(?!\w*\s*[،,])", text[end : end + 3]))


def apposition_variants(item: Item, rng: random.Random, n: int):
    text, lang = item.article.text, item.lang
    if lang not in ROLE_HEADS:
        return
    names = sorted(
        {o.get("surface") or o["name"] for o in item.gold.get("officials", [])}, key=len, reverse=True
    )
    letters = r"\u0621-\u064a" if lang == "ar" else r"\w"
    spans = []
    for name in names:
        punct = r"[^,.;:()\n\"“”،؛]" if lang == "ar" else r"[^,.;:()\n\"“”]"
        rx = (
            rf"{OPENERS[lang]}({ROLE_HEADS[lang]}(?![{letters}]){punct}{{0,90}}?)(,?)\s({re.escape(name)})"
            rf"(?=([ ,.;،]))"
        )
        for m in re.finditer(rx, text):
            title = m.group(1)
            if any(s != name and s in title for s in names):
                continue  # (another official's name in the run)
            words = title.split()[1:]
            if any(not _title_word(w, lang) for w in words):
                continue  # (a verb or a clause in the run: "Chủ tịch tỉnh Thanh Hóa ký quyết định ... ông")
            if lang == "ar" and (len(words) > 9 or _ar_chained(text, m.start(1), m.end(), title)):
                continue
            after = text[m.end() :].lstrip(" ")[:1]
            head = _ARTICLE.sub("", title) if lang in ("fr", "es", "de") else title
            if head != title and " " not in head.strip():
                continue  # (a bare role its article makes the State's: "El presidente A" is no "A, presidente,")
            if head != title and not re.match(r"[A-Z]{2,}|Premier|Primer", head):
                head = head[:1].lower() + head[1:] if lang == "fr" else head
            elif lang == "pl" and not re.match(r"[A-Z]{2,}", head):
                head = head[:1].lower() + head[1:]
            comma = "،" if lang == "ar" else ","
            close = "" if after[:1] in ",.;،" else comma
            spans.append((m.start(), m.end(), f"{name}{comma} {head}{close}"))
    if not spans:
        return
    variant = _apply(text, spans)
    if variant != text:
        yield "apposition", variant, item.gold


# The voice of the chair, as translations of the same sentence write it: "A, Secretary ..., chaired the meeting" <->
# "The meeting was chaired by A, Secretary ..." <-> "The meeting was held under the chairmanship of A"; vi "A chủ trì
# hội nghị" <-> "Hội nghị do A chủ trì" <-> "Hội nghị diễn ra dưới sự chủ trì của A"; fr "A a présidé la réunion"
# -> "La réunion a été présidée par A" / "s'est tenue sous la présidence de A"; es "A presidió la reunión" -> "La
# reunión fue presidida por A" / "se celebró bajo la presidencia de A"; de "A leitete die Sitzung" -> "Die Sitzung
# wurde von A geleitet" / "fand unter dem Vorsitz von A statt"; pl "A przewodniczył posiedzeniu" <-> "Posiedzeniu
# przewodniczył A"; ar "ترأس الاجتماع A" <-> "عقد الاجتماع برئاسة A". Only a sentence whose subject is one gold
# chair (a courtesy word, the name, an apposition with no other official, no list), opening the sentence or after
# an adverbial's comma, and whose object is a meeting noun phrase up to punctuation. The gold stays.
VOICE_VERB = {
    "en": r"(?:chaired|presided over)",
    "vi": r"(?:chủ trì)",
    "fr": r"(?:a présidé|présida)",
    "es": r"(?:presidió)",
    "de": r"(?:leitete)",
    "pl": r"(?:przewodniczył|przewodniczyła)",
}
VOICE_OBJECT = {
    "en": r"(?:the|a) [^,.;:()]+?",
    "vi": r"(?:hội nghị|phiên họp|kỳ họp|buổi làm việc|cuộc họp|đại hội|Hội nghị|Kỳ họp|Đại hội|phiên làm việc)[^,.;:()]*?",
    "fr": r"(?:la|le|l'|les) ?[^,.;:()]+?",
    "es": r"(?:la|el|las|los) [^,.;:()]+?",
    "de": r"(?:die|das|den) [^,.;:()]+?",
    "pl": r"(?:posiedzeniu|konferencji|spotkaniu|sesji|zjazdowi|obradom|kongresowi|zebraniu)[^,.;:()]*?",
}
AR_MEETINGS = r"(?:الاجتماع|المؤتمر|الجلسة|اللقاء|الحفل|الدورة|الندوة|المنتدى|الاحتفال|جلسة العمل)"
_DE_NOM = {"den": "der", "die": "die", "das": "das"}


def _voice_subject(sentence: str, name: str, lang: str, others: list[str]):
    """(pre, subject) of a sentence whose subject is the official ``name`` (a courtesy word before it), the
    subject running to the chair verb; None when the name does not open the sentence or an adverbial's comma."""
    honor = sorted({h for group in HONORIFIC_GROUPS.get(lang, []) for h in group}, key=len, reverse=True)
    alt = "|".join(re.escape(h) for h in honor) or "(?!)"
    m = re.search(rf"(?:(?<![\w.])(?i:{alt}) )?{re.escape(name)}", sentence)
    if not m:
        return None
    pre = sentence[: m.start()]
    if pre and not (pre.endswith(", ") and len(pre) < 90):
        return None
    if any(o in pre for o in others):
        return None
    return pre, m.start()


def _voice_rewrite(sentence: str, name: str, lang: str, others: list[str], rng: random.Random) -> str | None:
    at = _voice_subject(sentence, name, lang, others)
    if lang == "ar" or at is None:
        return _voice_reverse(sentence, name, lang, others)
    pre, start = at
    m = re.compile(
        rf"(?P<subj>.{{0,260}}?)(?P<comma>,?) (?P<verb>{VOICE_VERB[lang]}) (?P<obj>{VOICE_OBJECT[lang]})"
        r"(?P<rest>[,.;](?:\s.*)?|)$",
        re.S,
    ).match(sentence, start)
    if not m:
        return None
    subj, obj, rest = m.group("subj"), m.group("obj"), m.group("rest")
    if re.search(
        r"[;:]| and comrade| và đồng chí| et le camarade| y el camarada| und Genoss| i towarzysz", subj
    ):
        return None
    if any(o in subj for o in others if o != name):
        return None
    if lang == "en" and re.search(r"\b(?:who|which|that)\b", obj):
        return None
    # the courtesy word after a preposition is written in lower case (not en "Comrade", de "Genosse")
    low = (
        subj[:1].lower() + subj[1:]
        if lang in ("vi", "fr", "es", "pl") and not subj.startswith(name)
        else subj
    )
    if m.group("comma") and lang in ("en", "de", "fr", "es"):
        low += ","  # (the apposition closed: "by A, Secretary of the PPC, ." is dropped below)
    lead = (lambda s: s[:1].upper() + s[1:]) if not pre else (lambda s: s)
    forms = []
    if lang == "en":
        forms = [f"{lead(obj)} was chaired by {low}", f"{lead(obj)} was held under the chairmanship of {low}"]
    elif lang == "vi":
        forms = [f"{lead(obj)} do {low} chủ trì", f"{lead(obj)} diễn ra dưới sự chủ trì của {low}"]
    elif lang == "fr":
        art = obj.split()[0] if " " in obj else obj
        e = {"la": "e", "les": "s"}.get(art.lower(), "" if art.lower() == "le" else None)
        de = "du " + low[3:] if low.startswith("le ") else "de " + low
        forms = (
            [f"{lead(obj)} s'est tenu{'e' if e == 'e' else ''} sous la présidence {de}"]
            if e is not None
            else []
        )
        if e is not None:
            forms.append(f"{lead(obj)} a été présidé{e} par {low}")
    elif lang == "es":
        art = obj.split()[0]
        a = "a" if art in ("la", "las") else "o"
        de = "del " + low[3:] if low.startswith("el ") else "de " + low
        forms = [f"{lead(obj)} fue presidid{a} por {low}", f"{lead(obj)} se celebró bajo la presidencia {de}"]
    elif lang == "de":
        if pre:
            return None  # (German puts the verb second: "Am 5. Mai leitete A ...")
        art, rest_obj = obj.split(" ", 1)
        if art == "den" and not rest_obj[:1].isupper():
            return None  # (an adjective declined: "den ersten Kongress")
        nom = _DE_NOM[art] + " " + rest_obj
        forms = [
            f"{lead(nom)} wurde von {low} geleitet",
            f"{lead(nom)} fand unter dem Vorsitz von {low} statt",
        ]
    elif lang == "pl":
        forms = [f"{lead(obj)} {m.group('verb')} {low.rstrip(',')}"]
    if not forms:
        return None
    out = pre + rng.choice(forms)
    return out.rstrip(",") + rest


def _voice_reverse(sentence: str, name: str, lang: str, others: list[str]) -> str | None:
    """The passive or inverted chair sentence made active: en "The meeting was chaired by A." -> "A chaired the
    meeting."; vi "Hội nghị do A chủ trì." -> "A chủ trì hội nghị."; pl "Posiedzeniu przewodniczył A." -> "A
    przewodniczył posiedzeniu."; ar "ترأس الاجتماع A" <-> "عقد الاجتماع برئاسة A"."""
    honor = sorted({h for group in HONORIFIC_GROUPS.get(lang, []) for h in group}, key=len, reverse=True)
    alt = "|".join(re.escape(h) for h in honor) or "(?!)"
    subj = rf"(?P<subj>(?:(?i:{alt}) )?{re.escape(name)}[^;:]*?)"
    end = r"(?P<end>[.]?\s*)$"
    cap = lambda s: s[:1].upper() + s[1:]  # noqa: E731
    if any(o != name and o in sentence for o in others):
        return None
    if lang == "en":
        m = re.match(rf"(?P<obj>The [^,.;:()]+?) was (?:chaired|presided over) by {subj}{end}", sentence)
        if m and not re.search(r"\b(?:who|which)\b", m.group("subj")):
            comma = "," if "," in m.group("subj") else ""
            return f"{cap(m.group('subj'))}{comma} chaired {m.group('obj')[:1].lower()}{m.group('obj')[1:]}{m.group('end')}"
    elif lang == "vi":
        m = re.match(rf"(?P<obj>{VOICE_OBJECT['vi']}) do {subj} chủ trì{end}", sentence, re.I)
        if m:
            obj = m.group("obj")
            return f"{cap(m.group('subj'))} chủ trì {obj[:1].lower()}{obj[1:]}{m.group('end')}"
    elif lang == "pl":
        m = re.match(
            rf"(?P<obj>(?:Posiedzeniu|Konferencji|Spotkaniu|Sesji|Zjazdowi|Obradom"
            rf"|Zebraniu)[^,.;:()]*?) (?P<verb>przewodniczył|przewodniczyła) {subj}{end}",
            sentence,
        )
        if m:
            comma = "," if "," in m.group("subj") else ""
            obj = m.group("obj")
            return (
                f"{cap(m.group('subj'))}{comma} {m.group('verb')} {obj[:1].lower()}{obj[1:]}{m.group('end')}"
            )
    elif lang == "ar":
        head = rf"(?:(?:{alt}) |{ROLE_HEADS['ar']} [^،؛:.()]{{0,80}}?)?"
        subj = rf"(?P<subj>{head}{re.escape(name)}[^؛:]*?)"
        noun = rf"(?P<obj>{AR_MEETINGS}(?: [^،؛:.()]*?)?)"
        w = r"(?P<pre>.*?)(?P<w>(?<![\u0621-\u064a])و?)"
        m = re.match(
            rf"{w}(?:ترأس|ترأست) (?P<obj>{AR_MEETINGS}) {subj}{end}", sentence
        )  # VOS: ترأس الاجتماع A
        if m:
            held = "عقدت" if m.group("obj").endswith("ة") else "عقد"
            return f"{m.group('pre')}{m.group('w')}{held} {m.group('obj')} برئاسة {m.group('subj')}{m.group('end')}"
        subj_svo = rf"(?P<subj>{head}{re.escape(name)}(?:، [^؛:.]*?)?)"
        m = re.match(rf"{w}(?:ترأس|ترأست) {subj_svo}،? {noun}{end}", sentence)  # VSO: ترأس A الاجتماع
        if m and "،" not in m.group("obj"):
            held = "عقدت" if m.group("obj").split()[0].endswith("ة") else "عقد"
            return f"{m.group('pre')}{m.group('w')}{held} {m.group('obj')} برئاسة {m.group('subj')}{m.group('end')}"
        m = re.match(rf"{w}(?:عقد|عقدت) (?P<obj>{AR_MEETINGS}) برئاسة {subj}{end}", sentence)
        if m:
            return f"{m.group('pre')}{m.group('w')}ترأس {m.group('obj')} {m.group('subj')}{m.group('end')}"
    return None


def voice_variants(item: Item, rng: random.Random, n: int):
    text, lang = item.article.text, item.lang
    if lang not in VOICE_VERB and lang != "ar":
        return
    surfaces = {o["name"]: o.get("surface") or o["name"] for o in item.gold.get("officials", [])}
    chairs = {surfaces.get(c, c) for mt in item.gold.get("meetings", []) for c in mt.get("chairs") or []}
    others = sorted(set(surfaces.values()), key=len, reverse=True)
    pack = load_pack(lang) if lang in ("pl", "de") else None
    made = set()
    for _ in range(n):
        spans = []
        for s in sentences(text, pack):
            name = next((c for c in sorted(chairs, key=len, reverse=True) if c in s), None)
            if not name:
                continue
            new = _voice_rewrite(str(s), name, lang, [o for o in others if o != name], rng)
            if new and new != s:
                spans.append((s.start, s.start + len(s), new))
        variant = _apply(text, spans)
        if variant != text and variant not in made:
            made.add(variant)
            yield "voice", variant, item.gold


# A sentence cut in two where machine translation cuts it: at the one semicolon between two clauses ("the IIP is
# estimated to increase by 15.74%; the accumulated 11 months increased by 12.26%" -> "... by 15.74%. The accumulated
# 11 months increased ..."). Only where the facts do not cross the cut: one semicolon in the sentence (more make a
# list), no colon before it, each part five words or more, and the part after opens with a word in lower case that is
# no title's, no courtesy word and no name. Not Arabic, whose clauses and list items both open with و. The gold stays.
SPLIT_AT = {lang: r"; " for lang in ("en", "vi", "fr", "es", "de", "pl")}


def _opens_clause(rest: str, lang: str, names: list[str]) -> bool:
    head = rest[:60]
    if any(n in head for n in names):
        return False
    if lang == "ar":
        m = re.match(r"و([\u0621-\u064a]+)", rest)
        if not m or re.fullmatch(ROLE_HEADS["ar"] + r"|" + AR_HONORIFIC.pattern, m.group(1)):
            return False
        return not AR_HONORIFIC.match(rest) and not re.match(r"و" + ROLE_HEADS["ar"], rest)
    word = re.match(r"([^\W\d_]+)", rest)
    if not word or not word.group(1)[:1].islower():
        return False
    honor = {fold(h.split()[-1]) for group in HONORIFIC_GROUPS.get(lang, []) for h in group}
    w = fold(word.group(1))
    return w not in honor and not (w in title_vocabulary(lang)[0] and w not in TITLE_WORDS.get(lang, ()))


def _crosses(after: str, lang: str, names: list[str]) -> bool:
    """Does a fact cross a cut before ``after``: a title with no name of its own after it (its holder is the clause
    before: "...; sau đó làm Bí thư Huyện ủy Duy Tiên", "...; en julio de 2024, fue elegido Secretario"), or a
    ``partition`` cue opening it (its parts are of the count before: "... 704 Aufgaben vergeben; davon wurden 642
    abgeschlossen")?"""
    from kg.extract.titles import find_roles

    pack, folded = load_pack(lang), fold(after)
    if find_roles(folded, pack) and not any(n in after for n in names):
        return True
    head = " ".join(folded.split()[:3])
    return any(m.start() == 0 for m, _ in pack.cue("partition").finditer(head))


def split_variants(item: Item, rng: random.Random, n: int):
    text, lang = item.article.text, item.lang
    if lang not in SPLIT_AT:
        return
    names = [o.get("surface") or o["name"] for o in item.gold.get("officials", [])]
    pack = load_pack(lang) if lang in ("pl", "de") else None
    cuts = []
    for s in sentences(text, pack):
        found = list(re.finditer(SPLIT_AT[lang], s))
        for m in found if len(found) == 1 and s.count(";") == 1 else ():
            before, after = s[: m.start()], s[m.end() :]
            if ":" in before or "\n" in s or len(before.split()) < 5 or len(after.split()) < 5:
                continue
            if not _opens_clause(after, lang, names):
                continue
            if before.count("(") != before.count(")"):
                continue  # (inside parentheses)
            if _crosses(after, lang, names):
                continue
            cuts.append((s.start + m.start(), s.start + m.end() + 1, ". " + after[:1].upper()))
    made = set()
    for _ in range(n):
        spans = [c for c in cuts if rng.random() < 0.7] or cuts[:1]
        variant = _apply(text, spans)
        if variant != text and variant not in made:
            made.add(variant)
            yield "split", variant, item.gold


SURFACE = {
    "honorifics": honorific_variants,
    "numbers": number_variants,
    "typography": typography_variants,
    "datefmt": datefmt_variants,
    "numfmt": numfmt_variants,
    "scales": scale_variants,
    "dayform": dayform_variants,
    "apposition": apposition_variants,
    "voice": voice_variants,
    "split": split_variants,
}


# ---------------------------------------------------------------- run
def load(folders: list[Path], exclude: set[str]) -> list[Item]:
    items = []
    for folder in folders:
        for gpath in sorted(folder.glob("*.json")):
            tpath = gpath.with_suffix(".txt")
            if gpath.stem in exclude or not tpath.exists():
                continue
            article = read_article(tpath)
            if isinstance(article, Skipped):
                continue
            gold = json.loads(gpath.read_text(encoding="utf-8"))
            lang = gold.get("lang") or article.lang or "?"
            items.append(Item(gpath.stem, lang, article, gold))
    return items


def arabic_texts(items: list[Item], extra: list[Path], exclude: set[str]) -> list[str]:
    texts = [i.article.text for i in items if i.lang == "ar"]
    for path in extra:
        if path.exists():
            for a in read_articles([path]):
                if not isinstance(a, Skipped) and a.lang == "ar" and a.id not in exclude:
                    texts.append(a.text)
    return texts


def run(
    items: list[Item],
    kinds: list[str],
    variants: int,
    seed: int,
    ar_forms: dict[str, str],
    any_name: bool = False,
    made_names: bool = False,
    targets: list[str] | tuple = TARGETS,
    with_districts: bool = False,
):
    """Counts per (kind, lang, family): right on the original, right on both; and the failures.
    A name put in comes from the officials kg reads right in their own article (``any_name``: from all)."""
    counts: dict = defaultdict(lambda: [0, 0])
    failures = []
    originals = {item.id: extract(item.article) for item in items}
    read = {i: {fold(o.name) for o in x.officials} for i, x in originals.items()}
    pool = people_pool(items, None if any_name else read)
    if made_names:
        pool = made_pool(pool, seed)
    for item in items:
        rng = random.Random(f"{seed}:{item.id}")
        x0 = originals[item.id]
        g0, p0 = gold_facts(item.gold), pred_facts(x0)
        right0 = {fam: right(fam, g0[fam], p0[fam]) for fam in FAMILY_NAMES}
        for kind in kinds:
            if kind == "places":
                made = place_variants(item, rng, variants, ar_forms, targets, with_districts)
            elif kind == "dates":
                made = date_variants(item, rng, variants)
            elif kind in SURFACE:
                made = SURFACE[kind](item, rng, variants)
            else:
                made = people_variants(item, rng, variants, pool)
            for label, text, gold in made:
                counts[(kind, item.lang, "variants")][0] += 1
                x = extract(replace(item.article, text=text))
                g1, p1 = gold_facts(gold), pred_facts(x)
                found = None
                for fam in FAMILY_NAMES:
                    if len(g1[fam]) != len(g0[fam]):
                        continue  # (the transform merged two facts: not comparable)
                    r1 = right(fam, g1[fam], p1[fam])
                    c = counts[(kind, item.lang, fam)]
                    c[0] += len(right0[fam])
                    c[1] += len(right0[fam] & r1)
                    for i in sorted(right0[fam] - r1):
                        row = {
                            "id": item.id,
                            "lang": item.lang,
                            "kind": kind,
                            "variant": label,
                            "family": fam,
                            "gold": _show(g1[fam][i]),
                            "pred": [_show(p) for p in p1[fam] if _near(fam, g1[fam][i], p)],
                            "text": text,
                        }
                        keys = (
                            g1[fam][i][0] if isinstance(g1[fam][i], tuple) and fam in PEOPLE_FAMILIES else ()
                        )
                        new = [o for o in gold.get("officials", []) if fold(o["name"]) in keys]
                        if kind == "people" and item.lang == "ar" and fam in PEOPLE_FAMILIES and new:
                            if found is None:
                                found = find_names(text, load_pack("ar"))
                            official = new[0]
                            row["name"] = official["name"]
                            row["class"] = name_class(
                                text,
                                official.get("surface") or "",
                                fold(official["name"]),
                                found,
                                {fold(o.name) for o in x.officials},
                                fam,
                            )
                        failures.append(row)
    return counts, failures


def name_class(text: str, surface: str, latin: str, found: list, read: set[str], family: str) -> str:
    """Why an official renamed in an Arabic variant lost a fact (``--failures``' ``class``): the new
    name not found at all, found but cut (a syllable taken for a word or a word for a syllable), read
    as another name (one the lists know: the corpora's full names or the known officials; else the
    likeliest other reading of its letters), or read right with the fact lost (its title not attached,
    the chair lost). ``found``: the variant's name mentions; ``read``: the folded names of its officials."""
    from kg import resolve
    from kg.extract.names import _model

    pattern = _name_pattern(surface, "ar")
    kinds = []
    for m in pattern.finditer(text) if pattern else ():
        start, end = m.start(2), m.end(2)
        over = [n for n in found if n.start < end and start < n.end]
        exact = [n for n in over if (n.start, n.end) == (start, end)]
        if not over:
            kinds.append("not found")
        elif not exact:
            kinds.append("cut")
        elif fold(exact[0].name) == latin:
            kinds.append("read right")
        else:
            other = fold(exact[0].name)
            listed = other in resolve.known_officials() or other in _model().full
            kinds.append("read as a listed name" if listed else "read as another reading")
    if not kinds:
        return "not in the text"
    if "read right" in kinds:
        if latin not in read:
            return "read right, no official"
        return {"chairs": "chair lost", "officials": "read right"}.get(family, "title not attached")
    return Counter(kinds).most_common(1)[0][0]


def classes(failures: list[dict]) -> str:
    """The Arabic people failures by :func:`name_class`: renamed officials (one a variant) and facts."""
    people: dict[str, set] = defaultdict(set)
    facts: Counter = Counter()
    for row in failures:
        if "class" in row:
            people[row["class"]].add((row["id"], row["variant"], row["name"]))
            facts[row["class"]] += 1
    if not facts:
        return ""
    lines = ["\nArabic people failures by class: officials (one a variant), facts"]
    lines += [f"  {k:<28} {len(people[k]):>4} {n:>5}" for k, n in facts.most_common()]
    return "\n".join(lines)


def _show(fact) -> str:
    if not isinstance(fact, tuple):
        return str(fact)
    return " | ".join(" / ".join(sorted(v)) if isinstance(v, frozenset) else str(v) for v in fact)


def _near(fam: str, g, p) -> bool:
    if fam in ("positions", "place", "officials", "chairs"):
        keys = g[0]
        return (
            p[0] in keys
            or (fam == "officials" and p[1] in keys)
            or (fam in ("positions", "place") and p[1:4] == g[1:4])
        )
    return True


def report(counts: dict) -> str:
    lines = []
    for kind in sorted({k for k, _, _ in counts}):
        langs = sorted({lang for k, lang, _ in counts if k == kind})
        lines.append(f"\n{kind}: invariance (right on both / right on the original)")
        lines.append(f"{'family':<12} {'all':>14} " + " ".join(f"{lang:>12}" for lang in langs))
        made = [counts.get((kind, lang, "variants"), [0])[0] for lang in langs]
        lines.append(f"{'(variants)':<12} {sum(made):>14} " + " ".join(f"{n:>12}" for n in made))
        for fam in FAMILY_NAMES:
            cells = []
            tot = [0, 0]
            for lang in langs:
                a, b = counts.get((kind, lang, fam), [0, 0])
                tot[0] += a
                tot[1] += b
                cells.append(f"{b / a:.3f} {b:>3}/{a:<3}" if a else f"{'-':>12}")
            all_ = f"{tot[1] / tot[0]:.3f} {tot[1]:>4}/{tot[0]:<4}" if tot[0] else "-"
            lines.append(f"{fam:<12} {all_:>14} " + " ".join(f"{c:>12}" for c in cells))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", type=Path, nargs="+")
    ap.add_argument("--kinds", default="places,people,dates")
    ap.add_argument("--variants", type=int, default=2, help="variants of each kind per article")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--exclude", type=Path, default=HOLD, help="ids never read (one a line)")
    ap.add_argument(
        "--arabic",
        type=Path,
        nargs="*",
        default=[Path("/work/shared/corpus/unlabelled")],
        help="more Arabic texts the provinces' forms are harvested from",
    )
    ap.add_argument(
        "--any-name",
        action="store_true",
        help="put in any official's name, not only those kg reads right in their own article",
    )
    ap.add_argument(
        "--made-names",
        action="store_true",
        help="in Arabic, put in names nobody bears, made of the syllables of the officials' names (made_pool)",
    )
    ap.add_argument(
        "--provinces",
        choices=("kept", "all"),
        default="kept",
        help="the provinces a places variant moves an article to: the 28 the 2025 merger kept (no city), "
        "or all 63 but the centrally run cities (an Arabic form no text writes spelled from the counts)",
    )
    ap.add_argument(
        "--districts",
        action="store_true",
        help="a places variant also moves the districts of the province the article names, each to a "
        "district of the new province (else such an article has no places variant)",
    )
    ap.add_argument("--failures", type=Path, help="write every failure here (JSON lines)")
    args = ap.parse_args(argv)
    exclude = set(args.exclude.read_text().split()) if args.exclude and args.exclude.exists() else set()
    items = load(args.folders, exclude)
    ar_forms = harvest_arabic_forms(arabic_texts(items, args.arabic, exclude))
    targets = all_targets() if args.provinces == "all" else TARGETS
    if args.provinces == "all":
        ar_forms = spelled_arabic_forms(targets, ar_forms)
    counts, failures = run(
        items,
        args.kinds.split(","),
        args.variants,
        args.seed,
        ar_forms,
        args.any_name,
        args.made_names,
        targets,
        args.districts,
    )
    print(f"{len(items)} articles; {len(failures)} failures")
    print(report(counts))
    print(classes(failures))
    if args.failures:
        with args.failures.open("w", encoding="utf-8") as f:
            for row in failures:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
