"""Find Vietnamese personal names in any script and give their canonical Latin form.

Latin script: a name is a run of capitalised Vietnamese syllables (inventory shipped in
``kg/data/vi_syllables.txt``) that starts with a family name (``vi_surnames.txt``) and is not a
place of the gazetteer. This needs no language pack, so it works for any Latin-script language.

Arabic script: every Vietnamese syllable is spelled in Arabic letters by the rules of
``kg/lang/ar/translit.tsv``; the reverse map reads names back, choosing among candidate syllables
by the frequency prior of ``kg/data/vi_name_syllables.txt``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from kg import gazetteer
from kg.lang import Pack
from kg.text import fold, title_case

__all__ = ["NameMention", "arabic_reading", "find_names", "syllables"]

_DATA = Path(str(resources.files("kg"))) / "data"
_LANG = Path(str(resources.files("kg"))) / "lang"


@dataclass
class NameMention:
    start: int  # offsets in the text given to find_names
    end: int
    surface: str
    name: str  # canonical: "Mai Van Tuat"
    alternatives: tuple[str, ...] = ()  # other readings of a name written in another script


def _words(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.extend(fold(w) for w in line.split())
    return out


@cache
def syllables() -> frozenset[str]:
    return frozenset(_words(_DATA / "vi_syllables.txt"))


@cache
def surnames() -> dict[str, int]:
    return {w: i for i, w in enumerate(dict.fromkeys(_words(_DATA / "vi_surnames.txt")))}


@cache
def _given_rank() -> dict[str, int]:
    return {w: i for i, w in enumerate(dict.fromkeys(_words(_DATA / "vi_name_syllables.txt")))}


@cache
def _places() -> frozenset[str]:
    return frozenset(gazetteer.provinces()) | frozenset(gazetteer.districts())


@cache
def _endings() -> tuple[str, ...]:
    """Case endings inflecting languages add to names (``kg/data/name_endings.txt``)."""
    return tuple(dict.fromkeys(_words(_DATA / "name_endings.txt")))


def _latin_syllable(token: str) -> str | None:
    """The folded syllable a token stands for, undoing a case ending if needed."""
    folded = fold(token)
    if folded in syllables():
        return folded
    for ending in _endings():
        if folded.endswith(ending) and folded[: -len(ending)] in syllables():
            return folded[: -len(ending)]
    return None


_LATIN_TOKEN = re.compile(r"[^\W\d_]+")
_ARABIC_TOKEN = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+")


@cache
def _accented_surnames() -> frozenset[str]:
    text = (_DATA / "vi_surnames_accented.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def _latin_surname(token: str, reading: str) -> bool:
    if reading not in surnames():
        return False
    lowered = token.lower()
    if lowered == fold(token) or set(lowered) <= set("abcdefghijklmnopqrstuvwxyzđ"):
        return True  # written without diacritics: the folded form is all we know
    return lowered in _accented_surnames()


def _runs(tokens: list[tuple[int, int, str, str | None]], text: str, joiners: str):
    """Group consecutive readable tokens separated only by ``joiners``."""
    run: list[tuple[int, int, str, str]] = []
    for start, end, tok, reading in tokens:
        if (
            reading is not None
            and run
            and text[run[-1][1] : start].strip(joiners) == ""
            and (start - run[-1][1] <= 2)
        ):
            run.append((start, end, tok, reading))
            continue
        if run:
            yield run
        run = [(start, end, tok, reading)] if reading is not None else []
    if run:
        yield run


def _split_run(run, is_surname):
    """Cut a run into names: each name starts at a family name and has 2-5 syllables."""
    i = 0
    while i < len(run):
        if not is_surname(run[i]):
            i += 1
            continue
        j = min(len(run), i + 5)
        if j - i >= 2:
            yield run[i:j]
            i = j
        else:
            i += 1


def find_names(text: str, pack: Pack | None = None, known: frozenset[str] = frozenset()) -> list[NameMention]:
    """Names in ``text`` with their offsets; ``known`` are folded names seen before (they decide
    between readings of a name written in another script).

    >>> [m.name for m in find_names("Towarzysz Truong Thi Mai i premier Pham Minh Chinha.")]
    ['Truong Thi Mai', 'Pham Minh Chinh']
    """
    mentions = _latin_names(text)
    if _ARABIC_TOKEN.search(text):
        mentions += _arabic_names(text, pack, known)
    return sorted(mentions, key=lambda m: m.start)


def _latin_names(text: str) -> list[NameMention]:
    tokens = []
    for m in _LATIN_TOKEN.finditer(text):
        tok = m.group()
        reading = _latin_syllable(tok) if (tok[0].isupper() and not tok.isupper()) or len(tok) == 1 else None
        if reading is not None and len(tok) == 1 and not tok.isupper():
            reading = None
        tokens.append((m.start(), m.end(), tok, reading))
    out = []
    is_surname = lambda tok: _latin_surname(tok[2], tok[3])  # noqa: E731
    for whole in _runs(tokens, text, " "):
        for run in _cut_places(whole, is_surname):
            for part in _split_run(run, is_surname):
                name = " ".join(p[3] for p in part)
                if name in _places():
                    continue
                start, end = part[0][0], part[-1][1]
                out.append(NameMention(start, end, text[start:end], title_case(name)))
    return out


def _cut_places(run, is_surname):
    """Split a run of syllables at the place names in it that a family name follows: a place
    glued before a person's name is common in headlines and titles ("Bi thu Tinh uy Nghe An
    Nguyen Khac Than"); a place glued after one is rare and left alone."""
    start = i = 0
    while i < len(run):
        for k in (3, 2):
            words = " ".join(p[3] for p in run[i : i + k])
            if i + k < len(run) and words in _places() and is_surname(run[i + k]):
                if i > start:
                    yield run[start:i]
                start = i = i + k
                break
        else:
            i += 1
    if start < len(run):
        yield run[start:]


# ---------------------------------------------------------------- Arabic script
@cache
def _arabic_rules() -> dict[str, dict[str, list[str]]]:
    rules: dict[str, dict[str, list[str]]] = {}
    path = _LANG / "ar" / "translit.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        part, latin, spellings = (c.strip() for c in line.split("\t"))
        rules.setdefault(part, {})[latin] = spellings.split("|")
    return rules


def _decompose(syllable: str, rules) -> tuple[str, str, str] | None:
    onsets = sorted(rules["onset"], key=len, reverse=True)
    codas = sorted(rules["coda"], key=len, reverse=True)
    onset = next((o for o in onsets if syllable.startswith(o)), "")
    rest = syllable[len(onset) :]
    coda = next((c for c in codas if rest.endswith(c) and rest[: -len(c)] in rules["nucleus"]), "")
    nucleus = rest[: len(rest) - len(coda)]
    if nucleus not in rules["nucleus"]:
        return None
    return onset, nucleus, coda


@cache
def _arabic_map() -> dict[str, list[str]]:
    """Arabic spelling -> Latin syllables, best first.

    A syllable spelled with the first (usual) spelling of each part costs nothing, each less
    usual spelling one point (a doubled و / ي may be written once at no cost); candidates are
    ordered by cost, then by the frequency prior of personal-name syllables.
    """
    rules = _arabic_rules()
    rank = _given_rank()
    costs: dict[str, dict[str, int]] = {}
    for syl in syllables():
        parts = _decompose(syl, rules)
        if parts is None:
            continue
        onset, nucleus, coda = parts
        heads = rules["onset"][onset] if onset else rules["initial"].get(nucleus[0], [])
        mids = rules["nucleus"][nucleus] if onset else [""]
        if not onset:
            # a vowel-initial syllable: the initial spelling stands for the first vowel
            tail = nucleus[1:]
            mids = rules["nucleus"].get(tail, [""]) if tail else [""]
        tails = rules["coda"][coda] if coda else [""]
        for (i, h), (j, m), (k, t) in itertools.product(enumerate(heads), enumerate(mids), enumerate(tails)):
            spelled = h + m + t
            short = spelled.replace("وو", "و").replace("يي", "ي")
            for form in (spelled, short):
                cost = i + j + k
                known = costs.setdefault(form, {})
                known[syl] = min(cost, known.get(syl, cost))
    big = len(rank) + 1
    return {
        form: sorted(options, key=lambda s: (options[s], rank.get(s, big), s))
        for form, options in costs.items()
    }


def known_officials() -> frozenset[str]:
    """Folded names known before any article: the identity index's (:mod:`kg.resolve`)."""
    from kg.resolve import known_officials as known

    return known()


def _candidates(token: str, first: bool) -> list[str]:
    options = _arabic_map().get(token, [])
    if first:
        costs = {s: i for i, s in enumerate(options)}
        sur = [c for c in options if c in surnames()]
        return sorted(sur, key=lambda s: (costs[s] > 1, surnames()[s])) or options
    return options


def arabic_reading(token: str, first: bool = False) -> str | None:
    """Best Latin syllable for one Arabic-script token, or None.

    >>> arabic_reading("نجوين", first=True), arabic_reading("توات"), arabic_reading("ثان")
    ('nguyen', 'tuat', 'than')
    """
    candidates = _candidates(token, first)
    return candidates[0] if candidates else None


@cache
def _places_by_first_word() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for place in sorted(_places()):
        words = tuple(place.split())
        if len(words) >= 2:
            out.setdefault(words[0], []).append(words)
    return out


def read_arabic_place(tokens: list[str]) -> str | None:
    """The gazetteer place (folded) that Arabic-script syllables spell, if any.

    >>> read_arabic_place(["نينه", "بينه"]), read_arabic_place(["ين", "خانه"])
    ('ninh binh', 'yen khanh')
    """
    ranked = [_arabic_map().get(t, [])[:6] for t in tokens]
    if not ranked or not ranked[0]:
        return None
    options = [set(r) for r in ranked]
    index = _places_by_first_word()
    for first in ranked[0]:  # the likeliest reading first
        for words in index.get(first, ()):
            if len(words) == len(tokens) and all(w in o for w, o in zip(words[1:], options[1:], strict=True)):
                return " ".join(words)
    return None


def arabic_places(text: str) -> list[str]:
    """Folded names of the provinces and districts written in Arabic script in ``text``."""
    tokens = [m.group().translate(_PERSIAN) for m in _ARABIC_TOKEN.finditer(text)]
    out = []
    i = 0
    while i < len(tokens):
        for n in (3, 2):
            place = read_arabic_place(tokens[i : i + n]) if i + n <= len(tokens) else None
            if place:
                out.append(place)
                i += n
                break
        else:
            i += 1
    return out


def arabic_readings(tokens: list[str], limit: int = 12) -> list[str]:
    """Plausible Latin readings of Arabic-script syllables, most likely first."""
    options = [_candidates(t, i == 0)[:3] for i, t in enumerate(tokens)]
    combos = itertools.product(*[list(enumerate(o)) for o in options])
    ranked = sorted(combos, key=lambda c: sum(i for i, _ in c))[:limit]
    return [" ".join(s for _, s in c) for c in ranked]


def read_arabic_name(tokens: list[str], known: frozenset[str] = frozenset()) -> str:
    """The Latin name of Arabic-script syllables; a reading already known (from other articles,
    or the shipped list of national officials) wins over the most likely one.

    >>> read_arabic_name(["لونغ", "كونغ"])
    'luong cuong'
    """
    options = [_candidates(t, i == 0)[:4] for i, t in enumerate(tokens)]
    for combo in itertools.product(*options):
        name = " ".join(combo)
        if name in known or name in known_officials():
            return name
    return " ".join(o[0] for o in options)


_PERSIAN = str.maketrans({"ی": "ي", "ک": "ك", "ە": "ه", "ۀ": "ه"})


def _arabic_names(text: str, pack: Pack | None, known: frozenset[str]) -> list[NameMention]:
    stop = pack.cue("notname") if pack else None
    prefixes = pack.prefixes if pack else ()
    tokens = []
    for m in _ARABIC_TOKEN.finditer(text):
        tok = m.group().translate(_PERSIAN)
        start = m.start()
        if stop and tok in stop:
            tokens.append((start, m.end(), tok, None))
            continue
        reading = tok if tok in _arabic_map() else None
        if reading is None:
            for pre in prefixes:
                if tok.startswith(pre) and tok[len(pre) :] in _arabic_map():
                    start, tok, reading = start + len(pre), tok[len(pre) :], tok[len(pre) :]
                    break
        tokens.append((start, m.end(), tok, reading))
    out = []
    for run in _runs(tokens, text, " -‐"):
        for part in _split_run(run, lambda tok: arabic_reading(tok[2], first=True) in surnames()):
            if any(text[a:b].translate(_PERSIAN) != tok for a, b, tok, _ in part):
                continue
            if read_arabic_place([p[2] for p in part]):
                continue
            tokens = [p[2] for p in part]
            name = read_arabic_name(tokens, known)
            others = tuple(title_case(r) for r in arabic_readings(tokens) if r != name)
            start, end = part[0][0], part[-1][1]
            out.append(NameMention(start, end, text[start:end], title_case(name), others))
    return out
