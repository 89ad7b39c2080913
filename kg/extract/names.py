"""Find Vietnamese personal names in any script and give their canonical Latin form.

Latin script: a name is a run of capitalised Vietnamese syllables (inventory shipped in
``kg/data/vi_syllables.txt``) that starts with a family name (``vi_surnames.txt``) and is not a
place of the gazetteer. This needs no language pack, so it works for any Latin-script language.

Other scripts (Arabic today): every script of :data:`kg.script.SCRIPTS` other than Latin whose
language's pack ships a ``translit.tsv`` (``kg/lang/ar/translit.tsv``) is read the same way, by
data alone. Every Vietnamese syllable is spelled in the script's letters by the rules of the
table, each less usual spelling costing a point; the reverse map gives the candidate syllables of
each token. A reading of a name is scored by what Vietnamese names are
(``kg/data/names_vi.tsv``, counted from the Latin-script text of the corpora by
``tools/make_names.py``): how common its first syllable is as a family name, its other syllables
in their positions and their bigrams, whether the full name is attested; against the cost of its
spellings. A run of readable tokens is cut into names by the same scores, so that a place glued
before a name, or a name whose family name is off the list (its given name then reads as a family
name), is cut where the names are real.

This module reads; it decides neither identities nor places. Which reading a name is, is
:func:`kg.resolve.choose_reading`'s to say (a known name among the likeliest readings: the shipped
officials, names the article gives); which tokens spell a place, :mod:`kg.gazetteer`'s
(:func:`kg.gazetteer.read_place`, :func:`kg.gazetteer.is_place`).
"""

from __future__ import annotations

import itertools
import math
import os
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import resources
from pathlib import Path

import kg.rx as re
from kg import gazetteer, resolve
from kg import script as _script
from kg import tables as _tables
from kg.lang import PACK_PATH, Pack, pack_folder
from kg.script import Script
from kg.text import fold, fold_aligned, title_case

__all__ = [
    "NameMention",
    "ScriptReader",
    "find_names",
    "name_endings",
    "read_name",
    "readers",
    "segment_names",
    "slug_names",
    "syllable_reading",
    "syllables",
]

_DATA = Path(str(resources.files("kg"))) / "data"
_VI = "vi"  # the pack of Vietnamese wordings the Latin-script reader uses (honorifics, titles, levels)


@dataclass
class NameMention:
    start: int  # offsets in the text given to find_names
    end: int
    surface: str
    name: str  # canonical: "Mai Van Tuat"
    alternatives: tuple[str, ...] = ()  # other readings of a name written in another script
    script: str = "latin"  # the script it is written in (kg.script.SCRIPTS)


def _words(path: Path) -> list[str]:
    return [fold(w) for w in _tables.words(path)]


@cache
def syllables() -> frozenset[str]:
    """Vietnamese syllables: those of place names and the name syllables the corpora add."""
    return frozenset(_words(_DATA / "vi_syllables.txt")) | _model().extra


@cache
def surnames() -> dict[str, int]:
    return {w: i for i, w in enumerate(dict.fromkeys(_words(_DATA / "vi_surnames.txt")))}


@cache
def _given_rank() -> dict[str, int]:
    return {w: i for i, w in enumerate(dict.fromkeys(_words(_DATA / "vi_name_syllables.txt")))}


@cache
def _endings() -> tuple[str, ...]:
    """Case endings inflecting languages add to names (``kg/data/name_endings.txt``)."""
    return tuple(dict.fromkeys(_words(_DATA / "name_endings.txt")))


@cache
def _vowel_endings() -> tuple[tuple[str, str], ...]:
    """Case endings that take the place of a name's last vowels, with the vowels they replace ("ii" for "ia":
    Polish "Nghii", Nghia's genitive; ``kg/data/name_vowel_endings.tsv``)."""
    return tuple((row[0].lower(), fold(row[1])) for row in _tables.rows(_DATA / "name_vowel_endings.tsv"))


def name_endings() -> tuple[str, ...]:
    """The case endings a name's last syllable may carry (:func:`_endings`), for readers outside this module."""
    return _endings()


@lru_cache(maxsize=1 << 16)
def _latin_syllable(token: str) -> str | None:
    """The folded syllable a token stands for, undoing a case ending if needed."""
    folded = fold(token)
    if folded in syllables():
        # (but a syllable no name has, a case ending after a consonant a name ends with: "Nguyen Van Ana" is An's
        # genitive, not the syllable "ana")
        return _declined(folded) or folded
    lower = token.lower()
    for ending, vowels in _vowel_endings():
        if lower.endswith(ending) and len(lower) > len(ending):
            whole = fold(token[: -len(ending)]) + vowels
            if whole in syllables() and (whole in _model().last or whole in _given_rank()):
                return whole
    for ending in _endings():
        if folded.endswith(ending):
            stem = folded[: -len(ending)]
            if stem in syllables():
                return stem
            if stem.endswith("k") and stem[:-1] + "c" in syllables():
                return stem[:-1] + "c"  # Polish spells a final c before an ending k: "Phukiem" (Phuc)
    return None


def _declined(folded: str) -> str | None:
    """The stem of a syllable that is a name's syllable with a case ending ("ana": An's genitive), when the syllable
    itself is in no name (not a listed name syllable, not counted as any part of a name) and the stem, ending in a
    consonant, is a given name's (counted last or listed): the Polish endings follow consonants; else None."""
    model = _model()
    if folded in _given_rank() or folded in surnames() or folded in model.last or folded in model.middle:
        return None
    for ending in _endings():
        stem = folded[: -len(ending)]
        if (
            folded.endswith(ending)
            and stem[-1:] not in _VOWELS
            and stem in syllables()
            and (stem in model.last or stem in _given_rank())
        ):
            return stem
    return None


_VOWELS = frozenset("aeiouy")


def _titled_person(part, text: str, pack: Pack | None) -> bool:
    """Is a run that spells a place a person's name by the honorific or courtesy title right before it ("M. Lam Dong",
    "Mr. Ha Nam", "Ông Lam Dong", "towarzysza Lam Donga": no place takes one), written in full Vietnamese spelling or
    not, declined or not? Not a plural one nor a military rank ("các đồng chí Lâm Đồng và Hà Nam", the comrades of
    Lam Dong and Ha Nam; "Senior Colonel Ha Noi Capital Command officers"), nor a bare role: a province right after
    a role is the role's place far more often than its holder ("zastępcami sekretarza Thai Nguyen", Thai Nguyen's
    deputy secretaries; "Były przewodniczący Quang Nam", the former chairman of Quang Nam)."""
    if pack is None:
        return False
    before = fold(text[max(0, part[0][0] - 60) : part[0][0]]).rstrip()
    ends = lambda kind: any(m.end() == len(before) for m, _ in pack.cue(kind).finditer(before))  # noqa: E731
    return (ends("honorific") or ends("courtesy")) and not ends("plural") and not ends("rank")


_DIRECTIONS = frozenset({"nam", "bắc", "đông", "tây"})  # the last word of a province of China or of the past


def _head_after_level(part, text: str, pack: Pack | None) -> bool:
    """Is a two-syllable run right after a body's provincial level word a person, its head, not
    the body's province ("Chủ tịch HĐND tỉnh Chế Trường, các Phó Chủ tịch ...")? Every province is
    listed (the run spells none), the body and the level word are a wording of the pack's
    ``bodies.tsv`` of level provincial ("hđnd tỉnh"), and the run's last word is no direction
    ("tỉnh Hồ Nam", Hunan: a province of China)."""
    if pack is None or unicodedata.normalize("NFC", part[-1][2].lower()) in _DIRECTIONS:
        return False
    before = fold(text[max(0, part[0][0] - 50) : part[0][0]]).rstrip()
    if any(
        m.end() == len(before) and values[1:2] == ("provincial",)
        for m, values in pack.bodies.finditer(before)
    ):
        return True  # "hđnd tỉnh"
    # a body, then a provincial level word: "Ủy ban nhân dân tỉnh"
    for level, values in pack.levels.finditer(before):
        if level.end() == len(before) and values[:1] == ("provincial",):
            body = before[: level.start()].rstrip()
            return any(m.end() == len(body) for m, _ in pack.bodies.finditer(body))
    return False


_LATIN_TOKEN = re.compile(r"[^\W\d_]+")


@cache
def _accented_surnames() -> frozenset[str]:
    return frozenset(_tables.words(_DATA / "vi_surnames_accented.txt"))


def _latin_surname(token: str, reading: str) -> bool:
    lowered = token.lower()
    if reading not in surnames():
        # a family name listed only with its diacritics ("Đồng": "Dong" is mostly Đông, east) is
        # one only when so written
        return reading is not None and unicodedata.normalize("NFC", lowered) in _accented_surnames()
    if lowered == fold(token) or set(lowered) <= set("abcdefghijklmnopqrstuvwxyzđ"):
        return True  # written without diacritics: the folded form is all we know
    # French-style spellings keep the circumflex, breve and horn but drop the tone ("Nguyên",
    # "Trân", "Hô"): a token written with no tone mark matches a listed surname without its tone
    return lowered in _accented_surnames() or (
        _toneless(lowered) == lowered and lowered in _toneless_surnames()
    )


_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # grave, acute, tilde, hook above, dot below


def _toneless(word: str) -> str:
    """``word`` without its Vietnamese tone marks (other diacritics kept): "nguyễn" -> "nguyên"."""
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", word) if c not in _TONES)
    )


@cache
def _toneless_surnames() -> frozenset[str]:
    # French writes đ as d and keeps the circumflex: Đỗ is "Dô", Đồng "Dông"
    return frozenset(v for w in _accented_surnames() for v in (_toneless(w), _toneless(w).replace("đ", "d")))


def _runs(tokens: list[tuple[int, int, str, str | None]], text: str, joiners: str, initials: bool = False):
    """Group consecutive readable tokens separated only by ``joiners``; with ``initials``, also a
    one-letter token and the next one separated by a full stop ("ي. ثانه": Y. Thanh)."""
    run: list[tuple[int, int, str, str]] = []
    for start, end, tok, reading in tokens:
        gap = text[run[-1][1] : start] if run else ""
        if (
            reading is not None
            and run
            and (gap.strip(joiners) == "" or (initials and gap == ". " and run[-1][1] - run[-1][0] == 1))
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
        # two names glued by a lost comma ("Mai Van Chinh Nguyen Chi Dung"): a common family name
        # after three syllables starts a second one of three syllables or more
        cut = next((k for k in range(i + 3, j) if len(run) - k >= 3 and _common_surname(run[k])), None)
        j = cut if cut is not None else j
        if j - i >= 2:
            yield run[i:j]
            i = j
        else:
            i += 1


_COMMON_SURNAMES = 12  # the most common family names (Nguyen … Vo) of ``vi_surnames.txt``


def _common_surname(token) -> bool:
    """A token written as one of the commonest family names, which are rarely given names."""
    return surnames().get(token[3], _COMMON_SURNAMES) < _COMMON_SURNAMES and token[2][:1].isupper()


def find_names(text: str, pack: Pack | None = None, known: frozenset[str] = frozenset()) -> list[NameMention]:
    """Names in ``text`` with their offsets; ``known`` are folded names seen before (they decide
    between readings of a name written in another script).

    >>> [m.name for m in find_names("Towarzysz Truong Thi Mai i premier Pham Minh Chinha.")]
    ['Truong Thi Mai', 'Pham Minh Chinh']
    """
    mentions = _latin_names(text, pack)
    if pack is not None and pack.code != _VI and pack.roles and _two_capitalised(text):
        mentions += _titled_foreign_names(text, pack, mentions)
    others = [r for r in readers() if r.tokens.search(text)] if not text.isascii() else []
    if others:
        # a name also written in Latin letters in the same text (a caption) is a known reading
        seen = known | {fold(m.name) for m in mentions} if mentions else known
        for reader in others:
            mentions += _script_names(text, reader, pack, seen)
    return sorted(mentions, key=lambda m: m.start)


_SLUG = re.compile(r"([a-z]+(?:-[a-z0-9]+)+)(?:-post\d+|-\d+)?(?:\.[a-z]+)?/?$")


def slug_names(url: str | None) -> frozenset[str]:
    """Folded names the address of a page spells: Vietnamese sites and their translations name a
    page by its Vietnamese title, words without marks joined by hyphens ("…/ar/de-nghi-ky-luat-
    nguyen-bi-thu-tinh-uy-vinh-phuc-pham-van-vong"); every run of three or four of its words that
    starts with a family name and does not start with a place. The readings of a name written in
    another script prefer them, as they prefer a name the article writes in Latin letters.

    >>> sorted(slug_names("https://www.vietnam.vn/ar/ky-luat-pham-van-vong"))
    ['pham van vong']
    >>> "lam dong tap" in slug_names("https://www.vietnam.vn/ar/lam-dong-tap-trung")  # a place
    False
    """
    address = (url or "").split("?")[0].lower()
    # (a slug holds no "/" but one that ends the address: searched from the last other one, not from
    # each position of the address, where the expression backtracks)
    tail = address[:-1] if address.endswith("\n") else address
    m = _SLUG.search(address, (tail[:-1] if tail.endswith("/") else tail).rfind("/") + 1)
    if not m:
        return frozenset()
    words = m.group(1).split("-")
    out = set()
    for i, first in enumerate(words):
        if first not in surnames():
            continue
        if gazetteer.is_place(" ".join(words[i : i + 2])) or gazetteer.is_place(" ".join(words[i : i + 3])):
            continue
        for n in (3, 4):
            run = words[i : i + n]
            if len(run) < n or not all(w in syllables() for w in run):
                break
            out.add(" ".join(run))
    return frozenset(out)


def _latin_tokens(text: str):
    """``(start, end, token)`` for the Latin-script words of ``text``; a word glued to the next by a
    lost space ("Sekretarz GeneralnyTo Lam", "PresidenteHo Chi Minh") is cut before the capital."""
    for m in _LATIN_TOKEN.finditer(text):
        tok, start = m.group(), m.start()
        cuts = [i for i in range(1, len(tok)) if tok[i].isupper() and tok[i - 1].islower()]
        for a, b in itertools.pairwise([0, *cuts, len(tok)]):
            yield start + a, start + b, tok[a:b]


def _char_class(chars: str) -> str:
    """A regex character class body for ``chars`` (sorted code points), as ranges."""
    points = [ord(c) for c in chars]
    out = []
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        a, b = re.escape(chr(points[i])), re.escape(chr(points[j]))
        out.append(a if i == j else f"{a}-{b}")
        i = j + 1
    return "".join(out)


@cache
def _case_classes(cased) -> tuple[str, str]:
    """The bodies of two regex classes of the characters ``cased`` is true of (``str.isupper``, ``str.islower``): those
    of the Basic Multilingual Plane (a class the engine tests in one step), and those beyond it (tested range by
    range)."""
    chars = "".join(filter(cased, map(chr, range(sys.maxunicode + 1))))
    return (
        _char_class("".join(c for c in chars if ord(c) <= 0xFFFF)),
        _char_class("".join(c for c in chars if ord(c) > 0xFFFF)),
    )


def _case_class(classes: tuple[str, str]) -> str:
    """A regex matching one character of :func:`_case_classes`: the first class, and only for a character beyond the
    plane the second."""
    bmp, astral = classes
    return rf"(?:[{bmp}]|(?=[\U00010000-\U0010ffff])[{astral}])"


@cache
def _capitalised() -> re.Pattern[str]:
    """The words :func:`_latin_tokens` yields that start with a capital (``str.isupper``), found by
    one expression: a capital that starts a word or follows a lower-case letter (a cut), and the
    letters after it up to the next cut (a capital after a lower-case letter) or the word's end."""
    capitals = _case_classes(str.isupper)
    upper, lower = _case_class(capitals), _case_class(_case_classes(str.islower))
    other = rf"(?:(?!{lower})[^\W\d_])"  # a letter that is not lower case
    # (the first capital as one class, the capitals of the Basic Multilingual Plane and every character beyond it,
    # then looked behind as a capital: the engine skips to the characters of that class instead of trying the
    # expression at every character, and tests the ranges beyond the plane only there)
    first = rf"[{capitals[0]}\U00010000-\U0010ffff](?<={upper})"
    # (a capital, not after a letter that is not lower case; then letters, a lower-case one only
    # when no capital follows it, unless it is the token's last)
    return re.compile(rf"{first}(?<!{other}{upper})(?:{other}|{lower}(?!{upper}))*{lower}?")


def _name_tokens(text: str):
    """The tokens of :func:`_latin_tokens` that may be read as syllables: those starting with a
    capital, and a word glued by an apostrophe to a capital "H" or "K" ("H'hen"). The others
    (lower case, uncased scripts) are never read and only end runs, as the text between the
    tokens read does."""
    for m in _capitalised().finditer(text):
        start, end = m.span()
        yield start, end, m.group()
        if end + 1 < len(text) and text[end] in _APOSTROPHES and m.group() in _APOSTROPHE_PREFIXES:
            nxt = _LATIN_TOKEN.match(text, end + 1)
            if nxt is not None and not nxt.group()[0].isupper():
                tok = nxt.group()
                cut = next((i for i in range(1, len(tok)) if tok[i].isupper() and tok[i - 1].islower()), None)
                yield end + 1, end + 1 + (len(tok) if cut is None else cut), tok[:cut]


def _latin_names(text: str, pack: Pack | None = None) -> list[NameMention]:
    tokens = []
    for start, end, tok in _name_tokens(text):
        reading = _latin_syllable(tok) if (tok[0].isupper() and not tok.isupper()) or len(tok) == 1 else None
        glued = end < len(text) and text[end] in _APOSTROPHES
        if reading is not None and len(tok) == 1 and (not tok.isupper() or glued):
            reading = None  # "Cư M'gar": a letter glued to a word by an apostrophe is no syllable
        if (
            tokens
            and start == tokens[-1][1] + 1
            and text[tokens[-1][1]] in _APOSTROPHES
            and tokens[-1][2] in _APOSTROPHE_PREFIXES
        ):
            # "Điểu K'Ré", "H'Hen": a prefix glued by an apostrophe to a syllable is one word
            first = tokens.pop()
            syl = _latin_syllable(tok)
            reading = f"{first[2].lower()}'{syl}" if syl else None
            start, tok = first[0], text[first[0] : end]
        tokens.append((start, end, tok, reading))
    out = []
    # a capitalised syllable before "Thị" and a given name is a woman's family name, listed or not
    # ("Phương Thị Thanh", "Khổng Thị Hằng"): Thị written with its dot is nothing else in a name; so
    # is "Thi" between two syllables written without diacritics, as a translation writes the names
    # ("towarzyszka Phuong Thi Thanh")
    women = {
        a[0]
        for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False)
        if a[3] is not None
        and (b[2] == _THI or (b[2] == _THI_PLAIN and a[2].isascii() and c[2].isascii()))
        and unicodedata.normalize("NFC", a[2].lower()) not in _honorifics()
        and c[3] is not None
        and text[a[1] : b[0]] == " "
        and text[b[1] : c[0]] == " "
    }
    # an Ede, M'nong or K'ho given name glued to its prefix ("H'Yim Kđoh", "K'Mák") opens a name as
    # the men's "Y" does: the clan name comes last
    is_surname = lambda tok: (  # noqa: E731
        _latin_surname(tok[2], tok[3]) or tok[0] in women or "'" in (tok[3] or "")
    )
    for whole in _runs(tokens, text, " "):
        if len(whole) >= 3 and unicodedata.normalize("NFC", whole[0][2].lower()) in _honorifics():
            if is_surname(whole[1]):
                # "Ông Y Thanh Hà Niê Kđăm": the honorific takes no place of the name's five syllables
                whole = whole[1:]
        for run in _cut_places(whole, is_surname):
            if len(run) >= _FOREIGN_RUN:
                continue  # "Khon Pa Phan Luong Si Chan Thong" (Laos): no Vietnamese name is that long
            taken = 0  # tokens of the run already in a name
            for whole_part in _split_run(run, is_surname):
                i = run.index(whole_part[0])
                if whole_part[0][3] in _MIDDLE_ONLY and len(whole_part) >= 2 and i > taken:
                    # "Xa Văn Vọng": Văn (Thị) begin given names; the family name, off the list, is
                    # the syllable before
                    whole_part = run[i - 1 : i + len(whole_part)]
                taken = i + len(whole_part)
                if any(
                    gazetteer.is_place(" ".join(p[3] for p in run[i - k : i + len(whole_part)]))
                    for k in (1, 2)
                    if i >= k
                ):
                    continue  # "Buôn Ma Thuột", "Điện Biên Phủ": the end of a place, not a name
                part = _trim(whole_part, text, is_surname)
                name = " ".join(p[3] for p in part)
                start, end = part[0][0], part[-1][1]
                if (
                    len(part) < 2
                    or (gazetteer.is_place(name, text[start:end]) and not _titled_person(part, text, pack))
                    or (
                        len(part) == 2
                        and (
                            (
                                gazetteer.after_level(text, part[0][0])
                                and not _head_after_level(part, text, pack)
                            )
                            or gazetteer.by_place_noun(text, start, end)
                        )
                    )
                ):
                    continue
                if len(part) == 2 and unicodedata.normalize("NFC", part[0][2].lower()) in _honorifics():
                    continue  # "Ông Hải": Mr Hai, a given name after an honorific, not a family name
                start, end = part[0][0], part[-1][1]
                out.append(NameMention(start, end, text[start:end], title_case(name)))
    return out


# ---------------------------------------------------------------- names that are not Vietnamese
# a capitalised word of a name that is not a Vietnamese syllable ("Masaaki", "Souphanouvong", "Syh"):
# letters, a hyphen inside ("Jean-Pierre"); an apostrophe ends it ("Kishida's")
_FOREIGN_WORD = re.compile(r" ([^\W\d_]+(?:-[^\W\d_]+)*)")
_NAME_AFTER = re.compile(r"\s*[,:–-]?\s*")  # between a title's last words and the name it gives
_FOREIGN_MAX = 4  # words of a name read after a title: more is a body's or a headline's words
_CAPS_SHARE = 0.6  # a line with more capitalised words than this and no full stop is a headline
_CLOSED = re.compile(r"[.!?…]['\"”’»)]*\s*$")  # a sentence's closing stop


def _titled_foreign_names(text: str, pack: Pack, mentions: list[NameMention]) -> list[NameMention]:
    """Names whose words are not Vietnamese syllables (foreign officials: "Masaaki Osawa", "Liu
    Xiaoming", "Nhotkeomany Souphanouvong"; misspelt ones: "Tran Syh"), read only where a title
    makes them a name: a run of two to four capitalised words written right after an honorific
    ("Mr.", "M.", "Sra.", "Herr", "Pani") or a role the pack reads ("Prime Minister"), or between a
    lower-case word and a comma a role follows ("encabezada por Liu Xiaoming, vicepresidente"), or
    opening a list's item that a comma and a title close ("comrades: …; Som Sac Don Cha Nit, Vice
    Chairman …", up to five words), or between the comma that closes a title and a stop or a
    lower-case word ("presidente del Comité Popular de Hanoi, Tran Syh, presidió"); none
    of them a word the pack knows (a role, a body, a level, a month, a cue), a place of the gazetteer,
    a word in capitals, a word the sentence also writes in lower case or apart from the run; not all
    Vietnamese syllables (the name reader's to read); not in a Title Case headline."""
    folded = fold_aligned(text)
    anchors = [m.end() for m, _ in pack.cue("honorific").finditer(folded)]
    anchors += [m.end() for m, _ in pack.roles.finditer(folded)]
    if not anchors:
        return []
    words_of_text = _LATIN_TOKEN.findall(text)
    content = [w for w in words_of_text if len(w) >= 4]
    if (
        not _CLOSED.search(text)
        and len(content) >= 4
        and sum(w[0].isupper() for w in content) > _CAPS_SHARE * len(content)
    ):
        return []  # a headline in Title Case ("Prime Minister Receives Japanese Delegation")
    lower = {w for w in words_of_text if w.islower()}
    known = _pack_words(pack)
    out: list[NameMention] = []
    runs = []
    for end in sorted(set(anchors)):
        run = []
        pos = end
        while len(run) <= _FOREIGN_MAX:
            m = _FOREIGN_WORD.match(text, pos)
            if m is None or not _foreign_word(m.group(1)):
                break
            run.append((m.start(1), m.end(1), m.group(1)))
            pos = m.end()
        runs.append((run, _FOREIGN_MAX))
    runs += [(run, _FOREIGN_MAX) for run in _runs_before_roles(text, folded, pack)]
    runs += [(run, _LISTED_MAX) for run in _listed_runs(text, folded, pack)]
    runs += [(run, _FOREIGN_MAX) for run in _runs_after_titles(text, folded, pack)]
    alone = _written_alone(text, pack)
    read = bytearray(
        len(text) + 1
    )  # 1 where a name (read before or here) stands: one look a run, not one a name
    for m in mentions:
        read[m.start : m.end] = b"\x01" * (m.end - m.start)
    for run, most in runs:
        # "w Japonii ... premiera Japonii Kishidy Fumio": a word the sentence writes alone before the run, or
        # as a place, is no word of the name; a family name written alone after it ("President Yoon Suk Yeol
        # ... and Yoon stressed") is
        while run and any(at < run[0][0] or placed for at, placed in alone.get(run[0][2], ())):
            run = run[1:]
        if not 2 <= len(run) <= most:
            continue
        start, stop = run[0][0], run[-1][1]
        if read.find(1, start, stop) != -1:
            continue  # a Vietnamese name (or part of one) is read already
        if all(_latin_syllable(w) is not None for _, _, w in run):
            continue  # Vietnamese syllables the name reader left unread: a place ("Ho Chi Minha"), a body
        if _name_follows(text, folded, stop, mentions, pack):
            continue  # "Ministra Bezpieczeństwa Publicznego, Generała Luong Tam Quanga": a title's words, then its name
        words = [fold(w) for _, _, w in run]
        if any(w in known or w in lower or w.lower() in lower or _stemmed(w.lower(), pack) for w in words):
            continue
        if any(
            gazetteer.is_place(" ".join(words[i:j]))
            for i in range(len(words))
            for j in range(i + 1, len(words) + 1)
        ):
            continue
        surface = text[start:stop]
        out.append(NameMention(start, stop, surface, _plain(surface)))
        read[start:stop] = b"\x01" * (stop - start)
    return out


def _written_alone(text: str, pack: Pack) -> dict[str, list[tuple[int, bool]]]:
    """Capitalised words the sentence writes with no capitalised word beside them ("w Japonii na"), each
    with where it is written and whether a ``locative`` cue stands right before it (a place). A word in
    another name ("Kim Myung-sun") has capitalised neighbours."""
    toks = list(_LATIN_TOKEN.finditer(text))
    caps = [_foreign_word(t.group()) for t in toks]
    out: dict[str, list[tuple[int, bool]]] = {}
    for i, t in enumerate(toks):
        if caps[i] and not (i and caps[i - 1]) and not (i + 1 < len(toks) and caps[i + 1]):
            placed = i > 0 and fold(toks[i - 1].group()) in pack.cue("locative")
            out.setdefault(t.group(), []).append((t.start(), placed))
    return out


_BEFORE_ROLE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)((?: [^\W\d_]+(?:-[^\W\d_]+)*){2,5}), *$")
_LETTER = re.compile(r"[^\W\d_]")


def _comma_before(text: str, end: int) -> bool:
    """Does ``text[:end]`` end with a letter, a comma and spaces (or those and a line break: ``$``'s end)?
    Every match of _BEFORE_ROLE before ``end`` does: asked first, it spares the search (tried at each of the
    80 characters before every role) where there is none."""
    tail = text[max(0, end - 80) : end]
    tail = (tail[:-1] if tail.endswith("\n") else tail).rstrip(" ")
    return len(tail) >= 2 and tail[-1] == "," and _LETTER.match(tail, len(tail) - 2) is not None


def _runs_before_roles(text: str, folded: str, pack: Pack) -> list[list[tuple[int, int, str]]]:
    """Capitalised words between a lower-case word and a comma that a role follows ("encabezada por
    Liu Xiaoming, vicepresidente de su Comité Permanente"): a name and its title in apposition."""
    out = []
    for m, _ in pack.roles.finditer(folded):
        head = (
            _BEFORE_ROLE.search(text, max(0, m.start() - 80), m.start())
            if _comma_before(text, m.start())
            else None
        )
        if head is None:
            continue
        words = [(head.start(1), head.end(1), head.group(1))]
        words += [
            (w.start(1), w.end(1), w.group(1)) for w in _FOREIGN_WORD.finditer(text, head.end(1), head.end(2))
        ]
        # the capitalised words nearest the comma, right after a lower-case word
        i = len(words)
        while i > 0 and _foreign_word(words[i - 1][2]):
            i -= 1
        # (not after a locative preposition: "in Kuala Lumpur, Deputy Minister ..." is a place)
        if i > 0 and words[i - 1][2].islower() and fold(words[i - 1][2]) not in pack.cue("locative"):
            out.append(words[i:])
    return out


_CLAUSE_END = re.compile(r"[,;:()\[\]]")
_CAPITAL_AFTER_COMMA = re.compile(r" ?[A-Z]|, *[A-ZÀ-ÞĐ]")  # a capital right after, or after a comma
_NEXT_WORD = re.compile(r" +([^\W\d_]+)")  # the word after a run
_AFTER_NAME = re.compile(r"(?:[,.;]| [^\W\d_]*[^\W\d_A-Z])")  # a name's end: a stop, a lower-case word


def _runs_after_titles(text: str, folded: str, pack: Pack) -> list[list[tuple[int, int, str]]]:
    """Capitalised words between the comma that closes a title (a role, its body and place) and a
    stop or a lower-case word ("presidente del Comité Popular de Hanoi, Tran Syh, presidió")."""
    out = []
    for m, _ in pack.roles.finditer(folded):
        sep = _CLAUSE_END.search(text, m.end(), m.end() + 120)
        if sep is None or text[sep.start()] != "," or not text.startswith(", ", sep.start()):
            continue
        run, pos = [], sep.start() + 1
        while len(run) <= _FOREIGN_MAX:
            w = _FOREIGN_WORD.match(text, pos)
            if w is None or not _foreign_word(w.group(1)):
                break
            run.append((w.start(1), w.end(1), w.group(1)))
            pos = w.end()
        # (a capitalised word after the closing comma continues a title or a list: "Steering Committee for
        # Science, Technology Development, Innovation and ..." is no name)
        # (nor one a conjunction follows: "The Vice Chairman ..., Samsung Electronics and LG Display signed" lists
        # who signed; an apposition closes with the clause's own comma or stop)
        joined = _NEXT_WORD.match(text, pos)
        if joined is not None and fold(joined.group(1)) in pack.cue("conjunction"):
            continue
        if run and _AFTER_NAME.match(text, pos) and not _CAPITAL_AFTER_COMMA.match(text, pos):
            out.append(run)
    return out


_LIST_ITEM = re.compile(r"[:;] +([^\W\d_]+(?: [^\W\d_]+(?:-[^\W\d_]+)*){1,4}), +")
_LISTED_MAX = 5  # a Lao or Thai name written syllable by syllable ("Som Sac Don Cha Nit")


def _listed_runs(text: str, folded: str, pack: Pack) -> list[list[tuple[int, int, str]]]:
    """Capitalised words that open an item of a list (after a colon or a semicolon) and that a comma
    and a title close ("comrades: A, Provincial Party Committee member, ...; Som Sac Don Cha Nit,
    Provincial Party Committee member, Vice Chairman ...")."""
    out = []
    for m in _LIST_ITEM.finditer(text):
        if not any(lex.match_at(folded, m.end()) for lex in (pack.roles, pack.bodies, pack.levels)):
            continue
        run = [
            (w.start(1), w.end(1), w.group(1)) for w in _FOREIGN_WORD.finditer(text, m.start(1) - 1, m.end(1))
        ]
        if run and all(_foreign_word(w) for _, _, w in run):
            out.append(run)
    return out


def _name_follows(text: str, folded: str, stop: int, mentions: list[NameMention], pack: Pack) -> bool:
    """Does a name read already follow ``stop`` after a comma, a colon or a dash and at most an
    honorific or a role ("…Publicznego , Generała Luong Tam Quanga")?"""
    sep = _NAME_AFTER.match(text, stop)
    if sep is None or sep.end() == stop:
        return False
    for m in mentions:
        if m.start == sep.end():
            return True
        gap = folded[sep.end() : m.start].strip()
        if m.start > sep.end() and (
            pack.cue("honorific").get(gap) is not None or pack.roles.get(gap) is not None
        ):
            return True
    return False


def _two_capitalised(text: str) -> bool:
    """Does ``text`` write a Latin capital followed by a Latin lower-case letter twice? Every name
    :func:`_titled_foreign_names` reads is two words or more, each opening so (:func:`_foreign_word`):
    in a text without (most of an Arabic article) it reads none, and is not asked."""
    found = _capital_lower().finditer(text)
    return next(found, None) is not None and next(found, None) is not None


@cache
def _capital_lower() -> re.Pattern[str]:
    """A capital and a lower-case letter of :func:`_is_latin`'s blocks: how every word
    :func:`_foreign_word` accepts opens."""
    latin = [chr(c) for c in (*range(0x0250), *range(0x1E00, 0x1F00)) if chr(c).isalpha()]
    upper = "".join(re.escape(c) for c in latin if c.isupper())
    lower = "".join(re.escape(c) for c in latin if c.islower())
    return re.compile(f"[{upper}][{lower}]")


def _foreign_word(word: str) -> bool:
    """A capitalised word in Latin letters with lower-case letters after its capital, not in capitals
    ("ASEAN"); a word in another script ("Маи") is read by that script's reader."""
    return len(word) >= 2 and word[0].isupper() and word[1].islower() and _all_latin(word)


def _all_latin(word: str) -> bool:
    """``all(map(_is_latin, word))``: ASCII, or no letter outside the Latin blocks (one search, not a call a
    character)."""
    return word.isascii() or not any(map(str.isalpha, _OUTSIDE_LATIN.findall(word)))


_OUTSIDE_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff]")  # what _is_latin reads only if no letter


def _is_latin(char: str) -> bool:
    """A character of the Latin blocks (with Latin Extended Additional: "ạ", "ệ"), or no letter."""
    code = ord(char)
    return code < 0x0250 or 0x1E00 <= code <= 0x1EFF or not char.isalpha()


def _plain(surface: str) -> str:
    """A name as written without its diacritics, capitals kept ("Sébastien Lecornu" → "Sebastien Lecornu")."""
    decomposed = unicodedata.normalize("NFD", surface.replace("Đ", "D").replace("đ", "d"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


_PACK_WORDS: dict[str, frozenset[str]] = {}


def _pack_words(pack: Pack) -> frozenset[str]:
    """Every folded word of the pack's wordings (roles, bodies, levels, months, cues, units…), its
    title grammar and its function words: none of them is a word of a person's name."""
    found = _PACK_WORDS.get(pack.code)
    if found is None:
        out = set(pack.detect)
        for lexicon in pack.lexicons():
            for wording in lexicon.entries:
                out.update(_LATIN_TOKEN.findall(wording.rstrip("*")))
        if pack.folder is not None and (pack.folder / "grammar.tsv").exists():
            for row in _tables.rows(pack.folder / "grammar.tsv"):
                out.update(_LATIN_TOKEN.findall(fold(row[0].strip("*"))))
        found = _PACK_WORDS[pack.code] = frozenset(out)
    return found


_PACK_STEMS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {}
_STEM_MIN = 5  # a shorter stem of the grammar ("*rat", "armi*", "rad*") opens or ends foreign names ("Murat", "Armin")


def _stemmed(word: str, pack: Pack) -> bool:
    """Is the folded lower-case ``word`` one the pack's title grammar reads by a stem of one word (pl
    'podkomisj*': "Podkomisji", de '*unterausschuss*'), so no word of a person's name? Only a stem of
    _STEM_MIN letters or more: "przewodniczący Podkomisji Personalnej" titles the name before it, it names
    no foreigner ('Podkomisji' is in no wording of the pack, only the grammar's stem)."""
    stems = _PACK_STEMS.get(pack.code)
    if stems is None:
        prefixes, suffixes, infixes = [], [], []
        if pack.folder is not None and (pack.folder / "grammar.tsv").exists():
            for row in _tables.rows(pack.folder / "grammar.tsv"):
                wording = row[0]
                stem = fold(wording.strip("*")).lower()
                if " " in stem or len(stem) < _STEM_MIN or "*" not in wording:
                    continue
                if wording.startswith("*") and wording.endswith("*"):
                    infixes.append(stem)
                elif wording.endswith("*"):
                    prefixes.append(stem)
                else:
                    suffixes.append(stem)
        stems = _PACK_STEMS[pack.code] = (tuple(prefixes), tuple(suffixes), tuple(infixes))
    prefixes, suffixes, infixes = stems
    return word.startswith(prefixes) or word.endswith(suffixes) or any(s in word for s in infixes)


_APOSTROPHES = "'’"
# a run of this many capitalised syllables, places cut off, is a foreign name (Lao, Khmer, Thai) or
# several: no Vietnamese name has more than five syllables
_FOREIGN_RUN = 7
# the prefixes of Ede, M'nong and K'ho given names written before an apostrophe ("H'Hen", "K'Ré")
_APOSTROPHE_PREFIXES = frozenset({"H", "K"})

_THI = "Th\u1ecb"  # "Thị", the middle name of women
_THI_PLAIN = "Thi"  # the same written without diacritics

# the middle names of men and women: a name never starts with them (the family name comes first)
_MIDDLE_ONLY = frozenset({"van", "thi"})


@cache
def _honorifics() -> frozenset[str]:
    """One-word Vietnamese honorifics (``ông``, ``bà``: the vi pack's ``honorific`` cues)."""
    out = set()
    for parts in _tables.rows(_vi_folder() / "cues.tsv"):
        if len(parts) == 2 and parts[0] == "honorific" and " " not in parts[1]:
            out.add(unicodedata.normalize("NFC", parts[1].lower()))
    return frozenset(out)


def _vi_folder() -> Path:
    return pack_folder(_VI) or Path(str(resources.files("kg"))) / "lang" / _VI


@cache
def compounds() -> frozenset[str]:
    """Two-word Vietnamese wordings with diacritics from the vi pack (``chủ tịch``, ``kế hoạch``):
    a capitalised word followed by its lower-case second half starts a title or a body."""
    out = set()
    for path in sorted(_vi_folder().glob("*.tsv")):
        for row in _tables.rows(path):
            words = unicodedata.normalize("NFC", row[0].lower()).split()
            out.update(f"{a} {b}" for a, b in itertools.pairwise(words) if not f"{a}{b}".isascii())
    return frozenset(out)


_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


def _trim(part, text: str, is_surname):
    """A name without a capitalised honorific before it ("Ông Hồ Quốc Dũng") and without a last
    word that starts a title or a body ("Tân Chủ tịch", "Đoàn Chủ tịch")."""
    if len(part) >= 3 and part[0][2].lower() in _honorifics() and is_surname(part[1]):
        part = part[1:]
    nxt = _NEXT_WORD.match(text, part[-1][1])
    if nxt and nxt.group(1).islower() and f"{part[-1][2].lower()} {nxt.group(1)}" in compounds():
        dropped, part = part[-1][2].lower(), part[:-1]
        # and the words before it that open the same title: "Tân Phó Bí thư" (the new Deputy
        # Secretary) is no Mr Tân Phó
        while len(part) > 1 and f"{part[-1][2].lower()} {dropped}" in compounds():
            dropped, part = part[-1][2].lower(), part[:-1]
    return part


def _cut_places(run, is_surname):
    """Split a run of syllables at the place names in it that a family name follows: a place
    glued before a person's name is common in headlines and titles ("Bi thu Tinh uy Nghe An
    Nguyen Khac Than"); a place glued after one is rare and left alone."""
    start = i = 0
    while i < len(run):
        for k in (3, 2):
            words = " ".join(p[3] for p in run[i : i + k])
            # the rest must be a name of two syllables or more: "Đồng Văn Lâm" is a person, not
            # the district Đồng Văn and a syllable
            if i + k + 1 < len(run) and gazetteer.is_place(words) and is_surname(run[i + k]):
                if i > start:
                    yield run[start:i]
                start = i = i + k
                break
        else:
            i += 1
    if start < len(run):
        yield run[start:]


# ---------------------------------------------------------------- what Vietnamese names are
@dataclass(frozen=True)
class _NameModel:
    """Counts of ``kg/data/names_vi.tsv`` (written by ``tools/make_names.py``)."""

    full: dict[str, int]  # folded full name -> documents naming it
    surname: dict[str, int]
    middle: dict[str, int]
    last: dict[str, int]
    last_thi: dict[str, int]  # last syllables of women's names (middle syllable "thi")
    given: dict[str, int]  # middle + last
    bigram: dict[tuple[str, str], int]
    after: dict[str, int]  # bigrams starting with a syllable
    follow: dict[str, int]  # distinct syllables seen after a syllable
    extra: frozenset[str]  # name syllables missing from the place-name inventory
    by_first: dict[tuple[int, str], tuple[tuple[str, ...], ...]]  # (length, first syllable) -> names


@cache
def _model() -> _NameModel:
    kinds = ("name", "surname", "middle", "last", "last_thi", "bigram", "syllable")
    tables: dict[str, dict[str, int]] = {k: {} for k in kinds}
    path = _DATA / "names_vi.tsv"
    for kind, key, count in _tables.rows(path):
        if kind in tables:
            tables[kind][key] = int(count)
    given = dict(tables["middle"])
    for k, v in tables["last"].items():
        given[k] = given.get(k, 0) + v
    bigram = {tuple(k.split()): v for k, v in tables["bigram"].items()}
    after: dict[str, int] = {}
    follow: dict[str, int] = {}
    for (a, _), v in bigram.items():
        after[a] = after.get(a, 0) + v
        follow[a] = follow.get(a, 0) + 1
    by_first: dict[tuple[int, str], list[tuple[str, ...]]] = {}
    for name in sorted(tables["name"], key=lambda n: -tables["name"][n]):
        words = tuple(name.split())
        by_first.setdefault((len(words), words[0]), []).append(words)
    return _NameModel(
        tables["name"],
        tables["surname"],
        tables["middle"],
        tables["last"],
        tables["last_thi"],
        given,
        bigram,  # type: ignore[arg-type]
        after,
        follow,
        frozenset(tables["syllable"]),
        {k: tuple(v) for k, v in by_first.items()},
    )


# how a reading is scored: log P(name) under the model, minus COST per unusual spelling
_COST = 2.5
_LENGTH = {2: math.log(0.12), 3: math.log(0.6), 4: math.log(0.25), 5: math.log(0.03)}
_DISCOUNT = 0.8  # taken from each bigram count for unseen bigrams
_LISTED = 3.0  # bonus (log) for a full name the corpora attest, plus log(documents)
_BORROW_LAST = 0.3  # share of a syllable's middle count its last-syllable unigram borrows
_BORROW_MIDDLE = 0.2  # share of a syllable's last count its middle-syllable unigram borrows


@cache
def _script_surnames() -> dict[str, int]:
    """Family names counted in text of another script (``kg/data/script_surnames.tsv``)."""
    return {row[0]: int(row[1]) for row in _tables.rows(_DATA / "script_surnames.tsv")}


@cache
def _surname_logp(syl: str) -> float:
    m = _model()
    extra = _script_surnames()
    prior = 1.0 if syl in surnames() else 0.02  # the shipped surname list is a prior of one name
    total = sum(m.surname.values()) + sum(extra.values()) + len(surnames())
    return math.log((m.surname.get(syl, 0) + extra.get(syl, 0) + prior) / total)


@cache
def _totals() -> tuple[int, int, int, int]:
    m = _model()
    return sum(m.middle.values()), sum(m.last.values()), sum(m.last_thi.values()), len(syllables())


@lru_cache(maxsize=1 << 19)  # bounded: a build of 100k articles meets many names
def _given_logp(prev: str, syl: str, last: bool, woman: bool = False) -> float:
    """log P(syllable | previous syllable, position): bigrams (absolutely discounted) backed off to the
    position's unigram, which borrows from the other position and from the shipped prior; the last
    syllable of a woman's name (``woman``: a middle ``thi``) leans on women's given names."""
    m = _model()
    here, there = (m.last, m.middle) if last else (m.middle, m.last)
    n_mid, n_last, n_thi, vocab = _totals()
    n_here, n_there = (n_last, n_mid) if last else (n_mid, n_last)
    prior = 0.5 if syl in _given_rank() else 0.0
    # a middle syllable borrows less from the last ones than a last one from the middle ones: Cuong,
    # common last, is seldom a middle name (كونغ between two syllables is Cong)
    borrow = _BORROW_LAST if last else _BORROW_MIDDLE
    uni = (here.get(syl, 0) + borrow * there.get(syl, 0) + prior + 0.05) / (
        n_here + borrow * n_there + 0.5 * len(_given_rank()) + 0.05 * vocab
    )
    if last and woman and n_thi:
        uni = 0.4 * uni + 0.6 * (m.last_thi.get(syl, 0) + uni * 5) / (n_thi + 5)
    seen = m.after.get(prev, 0)
    if not seen:
        return math.log(uni)
    # absolute discounting: a bigram seen once in a few hundred names is weak evidence
    pair = max(m.bigram.get((prev, syl), 0) - _DISCOUNT, 0.0) / seen
    return math.log(pair + _DISCOUNT * m.follow[prev] / seen * uni)


@lru_cache(maxsize=1 << 18)  # bounded: a build of 100k articles meets many names
def name_logp(name: tuple[str, ...]) -> float:
    """How much ``name`` (folded syllables) looks like a Vietnamese personal name: log P under a
    model of family names, given-name syllables by position and their bigrams, with a bonus for a
    full name the corpora attest.

    >>> name_logp(("nguyen", "van", "hung")) > name_logp(("hung", "van", "nguyen"))
    True
    """
    n = len(name)
    score = _LENGTH.get(n, -8.0) + _surname_logp(name[0])
    for i in range(1, n):
        score += _given_logp(name[i - 1], name[i], i == n - 1, "thi" in name[1:i])
    model = _model()
    if n > 1 and _closes_no_name(name[-1]) and not ("thi" in name[1:-1] and model.last_thi.get(name[-1])):
        middle, last = model.middle[name[-1]], model.last.get(name[-1], 0)
        # a name ending in a syllable that hardly ever closes one (Thi, Van: the bigrams, blind to
        # where a pair stands, make "tran thi" as likely as "Tran Thi Cam Thuy" is; the unigram
        # borrows from the middle count): how often the syllable closes a name where it stands; not
        # a woman's name that ends so ("Nguyen Thi Van", Vân)
        score += math.log((last + 0.5) / (middle + last + 1))
    count = model.full.get(" ".join(name), 0)
    if count:
        score += _LISTED + math.log(count)
    return score


# ---------------------------------------------------------------- scripts other than Latin
@dataclass(frozen=True, eq=False)  # one reader per script and table (cached), compared by identity
class ScriptReader:
    """How Vietnamese names written in one script other than Latin are read back: the script's
    word letters, its letter variants (:class:`kg.script.Script`) and the spelling table of the
    pack of its language (``translit.tsv``)."""

    script: str
    letters: str
    variants: tuple[tuple[str, str], ...]
    translit: Path
    inner: str = ""  # marks a token is read through and drops (:attr:`kg.script.Script.inner`)

    @cached_property
    def tokens(self) -> re.Pattern[str]:
        if self.inner:
            return re.compile(f"[{self.letters}][{self.letters}{self.inner}]*")
        return re.compile(f"[{self.letters}]+")

    @cached_property
    def _folding(self) -> dict[int, str]:
        return str.maketrans(dict(self.variants))

    @cached_property
    def spellings(self) -> dict[str, list[str]]:
        """Token (as :meth:`norm` writes it) -> the Latin syllables it may stand for, likeliest first."""
        return _spellings(self)

    @cached_property
    def place_spellings(self) -> dict[str, list[str]]:
        """Token -> the syllables of place names it may stand for that :attr:`spellings` leaves out, the
        Central Highlands' onsets and codas no name of the lists spells (the table's ``names_only`` lines: Chư Păh
        تشو باه, Ia Grai إيا غراي), cheapest first; read only inside a place of several words
        (:func:`kg.gazetteer.read_place`), where a word of the language is no threat."""
        return _place_spellings(self)

    @cached_property
    def _normed(self) -> dict[str, str]:
        return {}  # the tokens normalised so far

    def norm(self, token: str) -> str:
        """A token as the table writes it: variants read as their twins, lower case (for a script
        with case)."""
        found = self._normed.get(token)
        if found is None:
            if len(self._normed) >= 200_000:
                self._normed.clear()
            found = self._normed[token] = token.translate(self._folding).lower()
            if self.inner:
                found = self._normed[token] = re.sub(f"[{self.inner}]", "", found)
        return found


@cache
def _readers_of(scripts: tuple[tuple[Script, Path | None], ...]) -> tuple[ScriptReader, ...]:
    return tuple(
        ScriptReader(s.name, s.word_letters, s.variants, folder / "translit.tsv", s.inner)
        for s, folder in scripts
        if folder is not None and (folder / "translit.tsv").is_file()
    )


def readers() -> tuple[ScriptReader, ...]:
    """A reader for every script of :data:`kg.script.SCRIPTS` other than Latin whose language's
    pack (:func:`kg.lang.pack_folder`) ships a ``translit.tsv``."""
    # (asked for every sentence: one look-up of the environment, the readers kept per pack path)
    value = os.environ.get(PACK_PATH, "")
    found = _READERS.get(value)
    if found is None:
        found = _READERS[value] = _readers_of(
            tuple((s, pack_folder(s.language)) for s in _script.SCRIPTS if s.language)
        )
    return found


_READERS: dict[str, tuple[ScriptReader, ...]] = {}  # KG_PACK_PATH -> readers(): pack_folder is fixed per path


def reader_for(token: str) -> ScriptReader | None:
    """The reader of the script ``token`` is written in, if any.

    >>> reader_for("توات").script, reader_for("Tuat")
    ('arabic', None)
    """
    return next((r for r in readers() if r.tokens.fullmatch(token)), None)


def _reader(tokens, reader: ScriptReader | None) -> ScriptReader:
    found = reader or (reader_for(tokens[0]) if tokens else None) or (readers() or (None,))[0]
    if found is None:
        raise LookupError("no script other than Latin has a translit.tsv")
    return found


@cache
def _rules(reader: ScriptReader) -> dict[str, dict[str, list[str]]]:
    """``part -> {latin: spellings}`` of the reader's ``translit.tsv`` (parts ``onset``,
    ``nucleus``, ``coda``, ``initial``; ``once``: a doubled letter written once; ``names_only``:
    the onsets and codas that spell only syllables of ``kg/data/vi_name_syllables.txt``)."""
    rules: dict[str, dict[str, list[str]]] = {}
    for part, latin, spellings in _tables.rows(reader.translit):
        rules.setdefault(part, {})[latin] = spellings.split("|")
    for part in ("onset", "nucleus", "coda", "initial", "once", "names_only"):
        rules.setdefault(part, {})
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
def _costs(reader: ScriptReader) -> dict[str, dict[str, int]]:
    """Spelling in the reader's script -> {Latin syllable: cost}.

    A syllable spelled with the first (usual) spelling of each part costs nothing, each less
    usual spelling one point (a doubled letter the table's ``once`` lines name may be written once
    at no cost: Arabic و / ي).
    """
    return _spelled(reader, lambda part, latin, index: index)  # type: ignore[return-value]


def _spelled(reader: ScriptReader, cost: Callable[[str, str, int], float]) -> dict[str, dict[str, float]]:
    """Spelling -> {Latin syllable: cost}, each part's spelling costing ``cost(part, latin,
    index)`` (``part``: onset, initial, nucleus or coda; ``index``: the spelling's place in the
    table's list), the cheapest way a syllable is so spelled."""
    costs: dict[str, dict[str, float]] = {}
    for syl, form, parts in _part_spellings(reader):
        value = sum(cost(*part) for part in parts)
        known = costs.setdefault(form, {})
        known[syl] = min(value, known.get(syl, value))
    return costs


_SMOOTH = 3.0  # spellings of the hand table's prior a part's learned counts are mixed with


def _spelling_counts(reader: ScriptReader) -> dict[tuple[str, str], dict[str, int]]:
    """``(part, latin) -> {spelling: count}``: how the machine translations of the reader's
    language spell each part of a syllable (``kg/data/spellings_<language>.tsv``, from the
    aligned names of labelled articles by ``tools/make_spellings.py``); empty without the file."""
    path = _DATA / f"spellings_{reader.translit.parent.name}.tsv"
    counts: dict[tuple[str, str], dict[str, int]] = {}
    if path.is_file():
        for part, latin, spelling, count in _tables.rows(path):
            counts.setdefault((part, latin), {})[spelling] = int(count)
    return counts


@cache
def _part_costs(reader: ScriptReader) -> dict[tuple[str, str], tuple[float, ...]]:
    """``(part, latin) -> cost of each spelling`` (points, as the table's index: the likeliest 0)
    learned from :func:`_spelling_counts`, each count mixed with the hand table's prior (each less
    usual spelling :data:`_COST` less likely, :data:`_SMOOTH` names' worth): 'nh' at a syllable's
    end is written نه, hardly ever ن alone; 'ie' is often يا (تيان, Tien)."""
    rules = _rules(reader)
    out: dict[tuple[str, str], tuple[float, ...]] = {}
    for (part, latin), seen in _spelling_counts(reader).items():
        ways = rules.get(part, {}).get(latin)
        if not ways:
            continue
        prior = [math.exp(-_COST * i) for i in range(len(ways))]
        total = sum(prior)
        n = sum(seen.get(w, 0) for w in dict.fromkeys(ways))
        logp = [
            math.log((seen.get(w, 0) + _SMOOTH * prior[i] / total) / (n + _SMOOTH))
            for i, w in enumerate(ways)
        ]
        top = max(logp)
        out[(part, latin)] = tuple((top - lp) / _COST for lp in logp)
    return out


@cache
def _fitted(reader: ScriptReader) -> dict[str, dict[str, float]]:
    """Spelling -> {Latin syllable: cost} as :func:`_costs`, each part's spelling costing what the
    machine translations' habits make it (:func:`_part_costs`), the table's index where no name
    showed that part: what a reading's spellings cost (the candidates are :func:`_costs`')."""
    learned = _part_costs(reader)
    if not learned:
        return _costs(reader)  # type: ignore[return-value]

    def cost(part: str, latin: str, index: int) -> float:
        found = learned.get((part, latin))
        return found[index] if found else index

    heads = _head_costs(reader, cost)
    if not heads:
        return _spelled(reader, cost)
    costs: dict[str, dict[str, float]] = {}
    for syl, form, parts in _part_spellings(reader):
        found = heads.get(syl, {}).get(_head(reader, parts, form))
        if found is None:
            value = sum(cost(*part) for part in parts)
        else:
            value = found + sum(cost(*part) for part in parts if part[0] == "coda")
        known = costs.setdefault(form, {})
        known[syl] = min(value, known.get(syl, value))
    return costs


_HEAD_SMOOTH = 1.0  # names' worth of the part-by-part costs a syllable head's own spellings are mixed with


def _head(reader: ScriptReader, parts: tuple[tuple[str, str, int], ...], form: str) -> str:
    """How ``form``, spelling a syllable with ``parts``, writes its head (all but its coda: onset and
    nucleus, or a vowel-initial syllable's vowels; a doubled letter as written: كونغ writes Cuong's
    head كو, كوونغ كوو)."""
    rules = _rules(reader)
    coda = "".join(rules[p[0]][p[1]][p[2]] for p in parts if p[0] == "coda")
    return form[: len(form) - len(coda)]


def _head_costs(reader: ScriptReader, cost: Callable[[str, str, int], float]) -> dict[str, dict[str, float]]:
    """Syllable -> {spelling of its head: cost} of the syllables the translations were seen to spell
    (``head`` rows of :func:`_spelling_counts`): the part-by-part costs a prior of :data:`_HEAD_SMOOTH`
    names over the spellings of the syllable's head (all but its coda), its own aligned spellings the
    evidence; a spelling costs how much less likely it is than the likeliest. Thế is written ذي, Thị ثي (ذ th's third spelling
    either way); Thái تاي, as the country, though th is seldom ت. (The coda is left to the parts: نغ or
    نج is the translation's habit, not the syllable's.)"""
    seen_by = {latin: seen for (part, latin), seen in _spelling_counts(reader).items() if part == "head"}
    if not seen_by:
        return {}
    prior_by: dict[str, dict[str, float]] = {}
    for latin, form, parts in _part_spellings(reader):
        if latin in seen_by:
            spelling = _head(reader, parts, form)
            value = sum(cost(*part) for part in parts if part[0] != "coda")
            spelt = prior_by.setdefault(latin, {})
            spelt[spelling] = min(value, spelt.get(spelling, value))
    out: dict[str, dict[str, float]] = {}
    for latin, spelt in prior_by.items():
        seen = seen_by[latin]
        prior = {spelling: math.exp(-_COST * value) for spelling, value in spelt.items()}
        total = sum(prior.values())
        n = sum(seen.get(spelling, 0) for spelling in spelt)
        mixed = {
            spelling: (seen.get(spelling, 0) + _HEAD_SMOOTH * p / total) / (n + _HEAD_SMOOTH)
            for spelling, p in prior.items()
        }
        top = max(mixed.values())
        out[latin] = {spelling: math.log(top / p) / _COST for spelling, p in mixed.items()}
    return out


@cache
def _part_spellings(
    reader: ScriptReader, places: bool = False
) -> tuple[tuple[str, str, tuple[tuple[str, str, int], ...]], ...]:
    """Every way the table spells every Vietnamese syllable: ``(syllable, spelling, parts)``, the
    parts ``(part, latin, index)`` of the spellings taken (``part``: onset, initial, nucleus or
    coda; ``index``: the spelling's place in the table's list, 0 the usual one). ``places``: only the
    syllables the ``names_only`` lines keep out of names' readings (:func:`_place_spellings`)."""
    rules = _rules(reader)
    once = [(double, single[0]) for double, single in rules["once"].items()]
    only = rules["names_only"]
    names = _given_rank()
    out = []
    for syl in sorted(syllables()):
        parts = _decompose(syl, rules)
        if parts is None:
            continue
        onset, nucleus, coda = parts
        kept_out = syl not in names and (onset in only.get("onset", ()) or coda in only.get("coda", ()))
        if kept_out != places:
            # "Dar", "Sar", "Grai" of place names would make دار, سار (house, pleasant) name
            # syllables: the Central Highlands' onsets and codas spell only the names listed
            continue
        if onset:
            heads = [("onset", onset, rules["onset"][onset])]
            mids = [("nucleus", nucleus, rules["nucleus"][nucleus])]
        else:
            # a vowel-initial syllable: the initial spelling stands for the first vowel
            tail = nucleus[1:]
            heads = [("initial", nucleus[0], rules["initial"].get(nucleus[0], []))]
            mids = [("nucleus", tail, rules["nucleus"][tail])] if tail in rules["nucleus"] else []
        tails = [("coda", coda, rules["coda"][coda])] if coda else []
        slots = [
            [(part, latin, i, w) for i, w in enumerate(ways)] for part, latin, ways in heads + mids + tails
        ]
        for combo in itertools.product(*slots):
            spelled = short = "".join(c[3] for c in combo)
            for double, single in once:
                short = short.replace(double, single)
            taken = tuple(c[:3] for c in combo)
            out.append((syl, spelled, taken))
            if short != spelled:
                out.append((syl, short, taken))
    return tuple(out)


@cache
def _place_spellings(reader: ScriptReader) -> dict[str, list[str]]:
    """Spelling -> the place syllables the ``names_only`` lines keep out of :func:`_spellings`, cheapest first
    (the table's order: no name counts them)."""
    costs: dict[str, dict[str, int]] = {}
    for syl, form, parts in _part_spellings(reader, places=True):
        value = sum(index for _, _, index in parts)
        known = costs.setdefault(form, {})
        known[syl] = min(value, known.get(syl, value))
    return {form: sorted(options, key=lambda s: (options[s], s)) for form, options in costs.items()}


@cache
def _spellings(reader: ScriptReader) -> dict[str, list[str]]:
    """Spelling -> Latin syllables, best first: by cost, then by how common the syllable is in
    Vietnamese names (``kg/data/names_vi.tsv``), then by the prior of
    ``kg/data/vi_name_syllables.txt``."""
    rank = _given_rank()
    model = _model()
    big = len(rank) + 1
    return {
        form: sorted(options, key=lambda s: (options[s], -model.given.get(s, 0), rank.get(s, big), s))
        for form, options in _costs(reader).items()
    }


def _candidates(reader: ScriptReader, token: str, first: bool) -> list[str]:
    """Latin syllables a token may stand for, likeliest first; for the first syllable of a name,
    family names first (by cost and frequency)."""
    options = _spellings(reader).get(token, [])
    if first:
        costs = _costs(reader)[token] if options else {}
        sur = [c for c in options if c in surnames()]
        return sorted(sur, key=lambda s: (_COST * costs[s] - _surname_logp(s), s)) or options
    return options


def syllable_reading(token: str, first: bool = False, reader: ScriptReader | None = None) -> str | None:
    """Best Latin syllable for one token of a script other than Latin, or None.

    >>> syllable_reading("نجوين", first=True), syllable_reading("توات"), syllable_reading("ثان")
    ('nguyen', 'tuat', 'than')
    """
    candidates = _candidates(_reader([token], reader), token, first)
    return candidates[0] if candidates else None


_PER_TOKEN = 8  # candidate syllables kept per token
_BEAM = 24  # partial readings kept per step


@cache
def _token_options(reader: ScriptReader, token: str) -> tuple[tuple[str, int], ...]:
    costs = _costs(reader).get(token, {})
    if not costs:
        return ()
    low = min(costs.values())
    return tuple((s, costs[s]) for s in _spellings(reader)[token] if costs[s] <= low + 2)[:_PER_TOKEN]


@cache
def _window(reader: ScriptReader, token: str) -> dict[str, int]:
    """Every syllable the token spells within two unusual spellings of its best: its cost."""
    costs = _costs(reader).get(token, {})
    low = min(costs.values(), default=0)
    return {s: c for s, c in costs.items() if c <= low + 2}


@lru_cache(maxsize=1 << 15)  # bounded: a build of 100k articles meets many names
def ranked_readings(
    tokens: tuple[str, ...], reader: ScriptReader | None = None
) -> tuple[tuple[float, str], ...]:
    """Readings of syllables written in a script other than Latin as ``(score, folded name)``,
    best first: the spelling cost of each syllable (the pack's ``translit.tsv``) against how much
    the reading looks like a Vietnamese name (:func:`name_logp`). A beam search over the
    syllables, plus every full name of the corpora the syllables can spell.

    >>> [name for _, name in ranked_readings(("ماي", "فان", "توات"))][:1]
    ['mai van tuat']
    """
    reader = _reader(tokens, reader)
    n = len(tokens)
    opts = [_token_options(reader, t) for t in tokens]
    if not n or not all(opts):
        return ()
    fitted = _fitted(reader)
    spent = [fitted[t] for t in tokens]  # what each syllable's spelling costs (the habits learned)
    first = [(s, c) for s, c in opts[0] if s in surnames()] or list(opts[0])
    beam = sorted(((_surname_logp(s) - _COST * spent[0][s], (s,)) for s, _ in first), reverse=True)[:_BEAM]
    for i in range(1, n):
        grown = [
            (
                score + _given_logp(words[-1], s, i == n - 1, "thi" in words[1:]) - _COST * spent[i][s],
                (*words, s),
            )
            for score, words in beam
            for s, _ in opts[i]
        ]
        beam = sorted(grown, reverse=True)[:_BEAM]
    found = dict.fromkeys(words for _, words in beam)
    # a full name the corpora attest is tried with every spelling of the cost window, not only the
    # _PER_TOKEN commonest syllables ("كوي": Khoi, a less usual spelling, after eight likelier ones)
    # (whatever its family name: one the shipped list lacks, Phuong, Khong, opens attested names too, 'فونج ثي
    # ثانه' Phuong Thi Thanh, not only the likeliest family names' Phung)
    costs = [_window(reader, t) for t in tokens]
    model = _model()
    for s in dict.fromkeys(s for s, _ in (*first, *opts[0])):
        for words in model.by_first.get((n, s), ()):
            if all(w in costs[i] for i, w in enumerate(words)):
                found[words] = None
    scored = [
        (name_logp(words) - _COST * sum(spent[i][w] for i, w in enumerate(words)), " ".join(words))
        for words in found
    ]
    # readings the model scores alike (syllables no name counted: لينه Linh or Lenh) go by the order of
    # kg/data/vi_name_syllables.txt (given names roughly by frequency), not the alphabet
    rank = _given_rank()
    big = len(rank)
    return tuple(sorted(scored, key=lambda x: (-x[0], tuple(rank.get(w, big) for w in x[1].split()), x[1])))


@lru_cache(maxsize=1 << 12)  # bounded: a build of 100k articles meets many names
def _spelled_names(tokens: tuple[str, ...], reader: ScriptReader) -> tuple[str, ...]:
    """Every name the top candidates of each syllable spell (for looking up known names)."""
    options = [_candidates(reader, t, i == 0)[:4] for i, t in enumerate(tokens)]
    return tuple(" ".join(combo) for combo in itertools.product(*options))


def readings(tokens: list[str], limit: int = 12, reader: ScriptReader | None = None) -> list[str]:
    """Plausible Latin readings of syllables written in a script other than Latin, most likely
    first: the candidates a known name may be chosen from (:func:`kg.resolve.plausible_readings`)."""
    return resolve.plausible_readings(ranked_readings(tuple(tokens), _reader(tokens, reader)), limit)


def read_name(
    tokens: list[str], known: frozenset[str] = frozenset(), reader: ScriptReader | None = None
) -> str:
    """The Latin name of syllables written in a script other than Latin: its readings, scored,
    and the other names its letters spell go to :func:`kg.resolve.choose_reading`, which decides
    (a known name among the likeliest, else the likeliest); ``known`` are folded names the
    article gives (earlier officials, names also written in Latin letters).

    >>> read_name(["لونغ", "كونغ"])
    'luong cuong'
    """
    reader = _reader(tokens, reader)
    key = tuple(tokens)
    chosen = resolve.choose_reading(
        ranked_readings(key, reader),
        lambda: _spelled_names(key, reader),
        lambda name: _score(key, name, reader),
        known,
        lambda name: _spelling_cost(key, name, reader),
    )
    if chosen is not None:
        return chosen
    return " ".join(o[0] for o in (_candidates(reader, t, i == 0) for i, t in enumerate(tokens)) if o)


def _spelling_cost(tokens: tuple[str, ...], name: str, reader: ScriptReader | None = None) -> float:
    """What writing ``name`` (folded) with ``tokens`` costs (points: each spelling the translations
    seldom write about one; a token that does not spell its syllable 3)."""
    costs = _fitted(_reader(tokens, reader))
    words = name.split()
    if len(words) != len(tokens):
        return math.inf
    return sum(costs.get(t, {}).get(w, 3) for t, w in zip(tokens, words, strict=True))


def _score(tokens: tuple[str, ...], name: str, reader: ScriptReader | None = None) -> float:
    words = tuple(name.split())
    costs = _fitted(_reader(tokens, reader))
    return name_logp(words) - _COST * sum(
        costs.get(t, {}).get(w, 3) for t, w in zip(tokens, words, strict=True)
    )


def _script_names(
    text: str, reader: ScriptReader, pack: Pack | None, known: frozenset[str]
) -> list[NameMention]:
    stop = pack.cue("notname") if pack else None
    spellings = _spellings(reader)
    tokens = []
    spelled_stops = []  # per token: a stop word that also spells a syllable
    read = _token_readings(reader, pack)
    for m in reader.tokens.finditer(text):
        word = m.group()
        found = read.get(word) if read is not None else None
        if found is None:
            found = _token_reading(word, reader, pack, stop, spellings)
            if read is not None:
                if len(read) >= 100_000:
                    read.clear()
                read[word] = found
        shift, tok, reading, spelled_stop = found
        tokens.append((m.start() + shift, m.end(), tok, reading))
        spelled_stops.append(spelled_stop)
    honorifics = tuple(pack.cue("honorific").entries) if pack else ()
    places: dict[int, bool] | None = None  # (gazetteer.after_levels: read once a token is read as a name's)

    def level_ends() -> dict[int, bool]:
        nonlocal places
        if places is None:
            places = gazetteer.after_levels(text, pack)
        return places

    # two to four words right after an honorific and closed by a clause end, each spelling a syllable,
    # are a name even where some are function words ("السيد كان كووك في، العضو": Can Quoc Vi)
    for k, (a, _, _, reading) in enumerate(tokens):
        if reading is None and not spelled_stops[k]:
            continue
        listed = not _after_honorific(text, a, honorifics)
        after_comma = listed and bool(_ITEM_AFTER_COMMA.search(text[max(0, a - 4) : a]))
        opens = after_comma or bool(_ITEM_OPENS.search(text[max(0, a - 4) : a]))
        if listed and not opens and not (spelled_stops[k] or (k + 1 < len(tokens) and spelled_stops[k + 1])):
            continue
        end = k
        while end < len(tokens) and (tokens[end][3] is not None or spelled_stops[end]) and end - k < 4:
            if end > k and text[tokens[end - 1][1] : tokens[end][0]] != " ":
                break
            end += 1
        part = tokens[k:end]
        if (
            2 <= len(part) <= 4
            and _CLAUSE_END.match(text, part[-1][1])
            and any(r is not None for *_, r in part)
            and _may_start(reader, part[0][2])
            and (not listed or opens or _after_title(text, a, pack))
            # not a function word before a family name that opens a name of two syllables more
            # after a title: the copula ("نائب رئيس الوزراء هو نجوين فان آن": is Nguyen Van An)
            and not (
                listed
                and spelled_stops[k]
                and len(part) >= 4
                and _family_name(reader, part[1][2])
                and not _middle_syllable(reader, part[1][2])
            )
            # an item of a list after a colon or semicolon ("المؤتمر: كان كووك في - الأمين العام؛"):
            # a family name first, closed by a dash or comma, and no place after a stop word ("في ها نام،")
            and (
                not listed
                or (
                    (
                        _ITEM_DASH.match
                        if after_comma
                        else _ITEM_NAME_END.match
                        if opens
                        else _CLAUSE_END.match
                    )(text, part[-1][1])
                    and not any(
                        gazetteer.read_place([t[2] for t in part[i:]], reader) for i in range(len(part))
                    )
                )
            )
        ):
            tokens[k:end] = [(x, y, t, t) for x, y, t, _ in part]
    # a function word that also spells a family name ("هو": he / Ho, "ما": what / Ma) opens a name
    # only before two more syllables, the first a middle name ("هو فان موي" = Ho Van Muoi), or any
    # that opens no family name right after an honorific or a title ("نائب وزير البناء ما سينه نام":
    # the deputy minister Ma Sinh Nam; "رئيس مجلس الشعب هو نجوين فان أ" stays "is Nguyen Van A")
    weak = set()
    for k, (a, b, tok, reading) in enumerate(tokens):
        if reading is None and spelled_stops[k] and k + 2 < len(tokens):
            nxt = tokens[k + 1 : k + 3]
            if (
                all(r is not None for *_, r in nxt)
                and not text[b : nxt[0][0]].strip()
                and (
                    _middle_syllable(reader, nxt[0][2])
                    or (
                        not _family_name(reader, nxt[0][2])
                        and (_after_honorific(text, a, honorifics) or _after_title(text, a, pack))
                    )
                )
                and (
                    not gazetteer.read_place([t[2] for t in nxt], reader)
                    # a given name that also spells a place ("هو شوان ترونغ": Ho Xuan Truong, not
                    # "he is Xuan Truong") after an honorific (الرفيق، السيد), a title's level
                    # adjective ("رئيس مجلس الشعب الإقليمي هو ...") or a whole title ("مدير إدارة
                    # المالية هو فان نين", "نائب رئيس الوزراء هو ...": a title is no place's)
                    or (
                        (
                            _after_honorific(text, a, honorifics)
                            or level_ends().get(a) is False
                            or _after_title(text, a, pack)
                            or _title_after(text, nxt[-1][1], pack)
                        )
                        and _family_name(reader, tok)
                    )
                )
            ):
                tokens[k] = (a, b, tok, tok)
                weak.add(a)
    # (the pack's range_start words: a preposition whose two objects a conjunction joins, بين)
    between = frozenset(pack.cue("range_start").entries) if pack else frozenset()
    # a function word that also spells a given name ("بين": between / Bien) closes the name it
    # follows when a clause ends right after it ("فام هونغ بين، مدير": Pham Hong Bien, director), or
    # when the name would else end in a syllable that closes no name and it spells one that does
    # ("نجوين فان في الاجتماع": Nguyen Van Phi, not Nguyen Van and "in the meeting")
    for k, (a, b, tok, reading) in enumerate(tokens):
        if (
            reading is None
            and k >= 2
            and spelled_stops[k]
            and text[tokens[k - 1][1] : a] == " "
            and tokens[k - 1][3] is not None
            and tokens[k - 2][3] is not None
            and (
                _CLAUSE_END.match(text, b)
                # (a name of two syllables only: "Nguyen Thi Van", "Vo Thi Anh Xuan" are whole before "في")
                # (and only a function word that spells a syllable closing names: "إن", that / En, none)
                or (
                    _middle_only(reader, tokens[k - 1][2])
                    and (k < 3 or tokens[k - 3][3] is None)
                    and _may_close(reader, tok)
                )
                # or, "between" (the pack's range_start word), when the name opens right after an
                # honorific or a title and no object of it follows ("نائب رئيس اللجنة ... نجوين
                # لونغ بين كلمة": Nguyen Long Bien gave a speech; not "بين الجانبين", "بين وزارة
                # الصحة واللجنة": between; not في, in, whose object needs no conjunction)
                or (
                    tok in between
                    and _may_close(reader, tok)
                    and _no_object_after(text, b)
                    and _titled_start(text, tokens, k, honorifics, pack)
                )
                # or, in a list, when the conjunction glued to the next name follows it ("والسادة نجوين ثانه
                # فونج ولي ترونغ هو ونغو كونغ ثوك": Le Trung Ho, then Ngo Cong Thuc; a copula "هو" is followed by
                # its predicate, not by "و" and a family name)
                or (
                    _may_close(reader, tok)
                    # (the name's third syllable: a name of three before it is whole, "سون هو وتران": he)
                    and (
                        k < 3 or tokens[k - 3][3] is None or text[tokens[k - 3][1] : tokens[k - 2][0]] != " "
                    )
                    and k + 1 < len(tokens)
                    and tokens[k + 1][3] is not None
                    and text[b : tokens[k + 1][0]] == " و"
                    and _family_name(reader, tokens[k + 1][2])
                )
            )
        ):
            tokens[k] = (a, b, tok, tok)
    # a function word that also spells a middle name ("هو": he / Huu, "في": in / Phi) is one between
    # a family name opening a run and a given name ("نجوين هو دونغ": Nguyen Huu Dong)
    for k, (a, b, tok, reading) in enumerate(tokens):
        if (
            reading is None
            and spelled_stops[k]
            and 0 < k < len(tokens) - 1
            and tokens[k - 1][3] is not None
            and tokens[k + 1][3] is not None
            and text[tokens[k - 1][1] : a] == " " == text[b : tokens[k + 1][0]]
            and (k < 2 or tokens[k - 2][3] is None or text[tokens[k - 2][1] : tokens[k - 1][0]] != " ")
            and _family_name(reader, tokens[k - 1][2])
            and _middle_syllable(reader, tok, 2)
            and not gazetteer.read_place([tokens[k - 1][2], tok], reader)
        ):
            tokens[k] = (a, b, tok, tok)
    out = []
    for run in _runs(tokens, text, " -‐", initials=True):
        # (a run right after an honorific or a title, no level noun between, opens with a name even where
        # its first syllables spell a place: "رئيس الوزراء ها تيان لوا", Prime Minister Ha Tien Lua, not
        # the city Ha Tien and a stray word)
        # (asked only when the cut can depend on it: a place or a name of three syllables opening the run, about
        # one run in ten; reading the title before a run is most of the cost of an Arabic run)
        def titled(first: int = run[0][0], last: int = run[-1][1]) -> bool:
            return level_ends().get(first) is not True and (
                _after_honorific(text, first, honorifics)
                or _after_title(text, first, pack)
                or _titled_item(text, first, last, pack)
            )

        cut = list(segment_names(tuple(p[2] for p in run), known, reader, titled))
        if not cut and _titled_run(run, text, honorifics):
            # "والسيد دا كات فينه.": an ethnic-minority name of no family name the lists know, right
            # after an honorific and closed by a clause end, is still the name of that person
            found = readings([p[2] for p in run], reader=reader)
            cut = [(0, len(run), found[0])] if found else []
        for i, j, name in cut:
            if run[i][0] in weak and j - i < 3:
                continue
            if gazetteer.unlisted_at(
                level_ends(), run[i][0], j - i, j == len(run)
            ) and not _named_after_level(text, run[i:j], level_ends(), reader, pack):
                continue  # "بلدية تشاو سون": a commune the gazetteer lacks
            part = run[i:j]
            if any(reader.norm(text[a:b]) != tok for a, b, tok, _ in part):
                continue
            others = tuple(title_case(r) for r in _alternatives(tuple(p[2] for p in part), name, reader))
            start, end = part[0][0], part[-1][1]
            out.append(NameMention(start, end, text[start:end], title_case(name), others, reader.script))
    out.extend(_unread_titled(text, tokens, spelled_stops, out, reader, pack, honorifics))
    return out


# a token that is a word of the language, not a name: the article ال glued (with a conjunction or preposition)
_ARTICLE = re.compile("(?:و|ب|ل|ف|ك)?ال|لل")


def _unread_titled(text: str, tokens, spelled_stops, found, reader: ScriptReader, pack, honorifics):
    """Names of words that spell no Vietnamese syllable (an ethnic-minority name: "والرفيق هياو كنول،
    رئيس لجنة الأقليات العرقية", Hiao Knul; "السيد كاماك"): one to three words right after an
    honorific, every letter one the reader's spelling table writes names with, at least one word read
    as no syllable and each holding a vowel letter, closed by a clause end or a conjunction and another
    honorific, and a party official's: after a comrade (the pack's ``comrade`` cue), or titled (a title
    right before the honorific or right after the words and a comma). Read letter by letter by the
    table's ``letter`` lines (none: nothing read). Such names are above all foreign guests': none in a
    sentence that names a foreign country or its adjective (the pack's ``foreign`` cue), and the title
    must be of a Vietnamese body (a company's or a foreign office is no sign of an official)."""
    letters = _letter_readings(reader)
    if not letters or not honorifics or (pack and next(pack.cue("foreign").finditer(text), None)):
        return []
    taken = [(m.start, m.end) for m in found]
    comrades = tuple(pack.cue("comrade").entries) if pack else ()
    stops = pack.cue("notname") if pack else None
    vowels = {c for c, forms in letters.items() if forms[0][-1:] in ("a", "e", "i", "o", "u", "y")}
    out = []
    k = 0
    while k < len(tokens):
        a = tokens[k][0]
        if not _after_honorific(text, a, honorifics):
            k += 1
            continue
        end = k
        while end < len(tokens) and end - k < 3:
            if end > k and text[tokens[end - 1][1] : tokens[end][0]] != " ":
                break
            word = text[tokens[end][0] : tokens[end][1]]
            normed = reader.norm(word)
            if (
                (stops and fold(normed) in stops)
                or _ARTICLE.match(word)
                or any(c not in letters for c in normed)
                or not any(c in vowels for c in normed)
            ):
                break
            end += 1
        part = tokens[k:end]
        if (
            part
            and any(t[3] is None for t in part)
            and not any(s < part[-1][1] and part[0][0] < e for s, e in taken)
            and (_CLAUSE_END.match(text, part[-1][1]) or _and_honorific(honorifics).match(text, part[-1][1]))
            and (
                # (after a comrade, a title or the next honorific after it: an adverb is no name, "وأكد الرفيق
                # بدوره، أن ...", the comrade in turn affirmed; review26)
                (
                    _after_honorific(text, a, comrades)
                    and (
                        _role_after(text, part[-1][1], pack)
                        or _and_honorific(honorifics).match(text, part[-1][1])
                    )
                )
                or _title_after(text, part[-1][1], pack, home=True)
                or _titled_honorific(text, a, honorifics, pack)
            )
            # (nor before a province the gazetteer does not know, a guest's: "السيد بونخام، رئيس لجنة الحزب في مقاطعة
            # شيانغ خوانغ", a Lao province named without its country; review26)
            and not _unknown_province(text, part[-1][1], pack)
        ):
            words = [reader.norm(text[s:e]) for s, e, *_ in part]
            name = _one_word_prefix(words, reader, vowels) or " ".join(
                _spelled_out(w, letters) for w in words
            )
            start, stop = part[0][0], part[-1][1]
            out.append(NameMention(start, stop, text[start:stop], title_case(name), (), reader.script))
            k = end
            continue
        k += 1
    return out


def _unknown_province(text: str, end: int, pack) -> bool:
    """Does the clause after a name ending at ``end`` name a province or a district the gazetteer does not know: a
    level's noun (no article: 'مقاطعة', 'منطقة'; not 'الإقليمية', 'للمقاطعة', which no name follows), then words
    that spell no place it reads ("السيد بونخام، رئيس لجنة الحزب في مقاطعة شيانغ خوانغ": Xieng Khouang, a Lao
    province; a guest's title, no Vietnamese post)?"""
    if pack is None:
        return False
    clause = re.split(r"[.؛;:]", text[end : end + 160], maxsplit=1)[0]
    folded = fold(clause)
    if len(folded) != len(clause):
        return False
    for m, values in pack.levels.finditer(folded):
        if values[0] in ("provincial", "district") and not _ARTICLE.match(clause[m.start() : m.end()]):
            after = clause[m.end() : m.end() + 40]
            if re.match(r"\s+\w", after) and not gazetteer.other_script_places(after, single=True):
                return True
    return False


@cache
def _and_honorific(honorifics: tuple[str, ...]) -> re.Pattern[str]:
    """A conjunction glued to another honorific right after a name ("السيد كاماك والسيد دا كات فينه")."""
    return re.compile(" و(?:" + "|".join(re.escape(h) for h in honorifics) + ") ")


def _titled_honorific(text: str, start: int, honorifics: tuple[str, ...], pack) -> bool:
    """Is the honorific before the word at ``start`` itself written right after a title ("نائبا رئيس
    مجلس الشعب الإقليمي السيد كاماك")?"""
    before = text[:start].rstrip()
    word = before.rsplit(" ", 1)[-1]
    return before.endswith(honorifics) and _after_title(text, len(before) - len(word), pack, home=True)


@cache
def _letter_readings(reader: ScriptReader) -> dict[str, tuple[str, ...]]:
    """Letter -> its Latin spellings (``letter`` lines of the spelling table: the first, the second
    after a vowel letter, the third opening a word)."""
    return {letter: tuple(latin) for letter, latin in _rules(reader).get("letter", {}).items()}


def _one_word_prefix(words: list[str], reader: ScriptReader, vowels: set[str]) -> str | None:
    """A name of one word spelled out, opening with a prefix of the table's ``one_word`` lines written
    one of its ways and a consonant after it: the K'Ho names of one word (كاماك K'Mak: K' and Mak)."""
    if len(words) != 1:
        return None
    letters = _letter_readings(reader)
    for latin, spellings in _rules(reader).get("one_word", {}).items():
        for spelling in spellings:
            rest = words[0][len(spelling) :]
            if words[0].startswith(spelling) and len(rest) >= 2 and rest[0] not in vowels:
                return latin + _spelled_out(rest, letters)
    return None


def _spelled_out(word: str, letters: dict[str, tuple[str, ...]]) -> str:
    """A word spelled letter by letter ("هياو" hiao, "كنول" knul)."""
    out = []
    vowel = False
    for i, c in enumerate(word):
        forms = letters[c]
        form = forms[2] if i == 0 and len(forms) > 2 else forms[1] if vowel and len(forms) > 1 else forms[0]
        out.append(form)
        vowel = form[-1:] in "aeiouy" and form != ""
    return "".join(out)


def _alternatives(tokens: tuple[str, ...], name: str, reader: ScriptReader) -> list[str]:
    """The other readings of a name (folded, likeliest first) a known name may later replace its
    reading by (:meth:`kg.resolve.Resolver.prefer_known`): those the letters spell about as well as
    the likeliest (:data:`kg.resolve.SPELLING_MARGIN`), as :func:`kg.resolve.choose_reading` takes
    a listed name ("بوي دوك هين" is Bui Duc Hien, not the listed Bui Duc Hinh, whose nh the
    translations write نه)."""
    found = readings(list(tokens), reader=reader)
    if not found:
        return []
    ceiling = _spelling_cost(tokens, found[0], reader) + resolve.SPELLING_MARGIN
    return [r for r in found if r != name and _spelling_cost(tokens, r, reader) <= ceiling]


def _token_reading(word: str, reader: ScriptReader, pack: Pack | None, stop, spellings) -> tuple:
    """How :func:`_script_names` reads one word of the script: ``(shift, token, reading, spelled
    stop)``: the token (normalised, after a clitic prefix of the pack when only so it spells a
    syllable: ``shift`` its length), the syllable spelling it reads as (None: a stop word, a word
    in lower case in a script with case, a spelling of no syllable), and whether it is a stop word
    that also spells a syllable."""
    tok = reader.norm(word)
    stopped = bool(stop) and fold(tok) in stop  # (the pack's wordings are folded: 'أن' as 'ان')
    spelled_stop = stopped and tok in spellings
    if stopped or word[0].islower():
        # a stop word; or, in a script with case, a word in lower case: names are capitalised
        return 0, tok, None, spelled_stop
    if tok in spellings:
        return 0, tok, tok, spelled_stop
    for pre in pack.prefixes if pack else ():
        if tok.startswith(pre) and tok[len(pre) :] in spellings:
            return len(pre), tok[len(pre) :], tok[len(pre) :], spelled_stop
    return 0, tok, None, spelled_stop


_READINGS: dict[tuple[int, int], dict[str, tuple]] = {}


def _token_readings(reader: ScriptReader, pack: Pack | None) -> dict[str, tuple] | None:
    """The words :func:`_token_reading` has read for a reader and a loaded pack (both live as long
    as the process: their ids are their keys); None for a pack made by hand (tests)."""
    if pack is not None and not pack.loaded:
        return None
    return _READINGS.setdefault((id(reader), id(pack)), {})


_CLAUSE_END = re.compile(
    f" ?[{_script.RE_COMMAS}{_script.RE_SEMICOLONS}{_script.RE_COLONS}{_script.RE_DASHES}().]"
)

# the start of a list's item: right after a colon or semicolon and a space
_ITEM_OPENS = re.compile(f"[{_script.RE_SEMICOLONS}{_script.RE_COLONS}] $")
# an item's name closed by its title's dash or comma, or its bracket
_ITEM_NAME_END = re.compile(f" ?[{_script.RE_COMMAS}{_script.RE_DASHES}(]")
# a later item of a list of names each with its title after a dash ("تو لام - الأمين العام، ها في - ...")
_ITEM_AFTER_COMMA = re.compile(f"[{_script.RE_COMMAS}] $")
_ITEM_DASH = re.compile(f" [{_script.RE_DASHES}] ")


def _named_after_level(
    text: str, part, places: dict[int, bool], reader: ScriptReader, pack: Pack | None
) -> bool:
    """Is a two-syllable run right after a provincial level adjective ("رئيس مجلس الشعب الإقليمي
    تران فونج": the provincial People's Council chairman Tran Phong) a person, not a place the
    gazetteer lacks? Every province is listed, so a run there that opens with a family name and
    spells no place is a name."""
    start = part[0][0]
    if len(part) != 2 or places.get(start, True) or pack is None:
        return False
    before = fold_aligned(text[:start]).split()  # (the pack's wordings are folded: "الإقليمي" as "الاقليمي")
    # (also a city's word with a clitic and the article: "بالمدينة تو لام", the city's To Lam)
    if not before or not any(
        m.start() == 0 and m.end() == len(before[-1]) and values[:1] == ("provincial",)
        for m, values in pack.levels.finditer(before[-1])
    ):
        return False
    tokens = [p[2] for p in part]
    # (a family name of the shipped list, however rare in the corpora: "رئيس مجلس الشعب الإقليمي تشي
    # ترونغ", Che Truong; the adjective closes the title, and every province is listed)
    return _may_start(reader, tokens[0]) and not gazetteer.read_place(tokens, reader)


def _after_title(text: str, start: int, pack: Pack | None, home: bool = False) -> bool:
    """Is the word at ``start`` written right after a title (a role and its body: "رئيس الجمعية الوطنية
    كان كووك في؛", the National Assembly's chairman Can Quoc Vi)? ``home``: a title of a Vietnamese
    body (:func:`_home_title`) only."""
    if pack is None or start < 2 or text[start - 1] != " ":
        return False
    from kg.extract.titles import read_titles  # (titles imports names' neighbours: read late)

    head = text[max(0, start - 80) : start].strip()  # (read_titles counts from its first word)
    folded = fold(head)
    if len(folded) != len(head):
        return False
    ends = {t.end for t in read_titles(folded, pack) if not home or _home_title(t)}
    if len(head) in ends:
        return True
    # a title kg reads only in part: its body's sector, one or two nouns with the article ال (a
    # Vietnamese syllable is never so written: the translations spell 'a' آ or ا, no coda l),
    # after a title kg reads ("مدير إدارة المالية هو فان نين": kg reads the director of a
    # department, the sector is the finance)
    words = head.split(" ")
    for n in (1, 2):
        rest = words[-n:]
        if len(words) > n and all(_DEFINITE.match(w) for w in rest):
            if len(" ".join(words[:-n])) in ends:
                return True
    return False


_DEFINITE = re.compile("(?:و|ل|)ال[\u0621-\u064a]{2,}$")  # a noun with the article (and, of)


_APPOSITION = re.compile(f" ?[{_script.RE_COMMAS}] ")


def _title_after(text: str, end: int, pack: Pack | None, home: bool = False) -> bool:
    """Is the word ending at ``end`` followed by a comma and a title, its apposition ("وأدار الجلسة
    هو شوان ترونغ، عضو اللجنة الدائمة": Ho Xuan Truong, member of the Standing Committee)? ``home``: a
    title of a Vietnamese body (:func:`_home_title`) only."""
    m = _APPOSITION.match(text, end)
    if pack is None or not m:
        return False
    from kg.extract.titles import read_titles  # (titles imports names' neighbours: read late)

    tail = text[m.end() : m.end() + 80]
    folded = fold(tail)
    return len(folded) == len(tail) and any(
        t.start == 0 and (not home or _home_title(t)) for t in read_titles(folded, pack)
    )


def _role_after(text: str, end: int, pack: Pack | None) -> bool:
    """Is the word ending at ``end`` followed by a comma and a role word, a title kg may read only in part
    ("والرفيق هياو كنول، رئيس لجنة الأقليات العرقية")?"""
    m = _APPOSITION.match(text, end)
    if pack is None or not m:
        return False
    from kg.extract.grammar import find_roles  # (read late, as read_titles)

    tail = fold(text[m.end() : m.end() + 40])
    return any(r0 == 0 for r0, _, _ in find_roles(tail, pack))


def _home_title(title) -> bool:
    """A title of a named Vietnamese body: not a company's ("مدير شركة سامسونج فيتنام"), an unnamed
    board's (org ``other``: "رئيس مجلس إدارة الشركة") or a foreign office's."""
    return title.org not in ("company", "other") and not title.foreign


def _titled_item(text: str, start: int, end: int, pack: Pack | None) -> bool:
    """Is the run from ``start`` to ``end`` an item of a list, opened by a colon or semicolon and closed
    by a dash and a title ("المؤتمر: ...؛ ها تيان لوا - عضو المكتب السياسي": Ha Tien Lua, member of the
    Politburo)?"""
    m = _ITEM_DASH.match(text, end)
    if pack is None or not m or not _ITEM_OPENS.search(text[max(0, start - 4) : start]):
        return False
    from kg.extract.titles import read_titles  # (titles imports names' neighbours: read late)

    tail = text[m.end() : m.end() + 80]
    folded = fold(tail)
    return len(folded) == len(tail) and any(t.start == 0 for t in read_titles(folded, pack))


def _after_honorific(text: str, start: int, honorifics: tuple[str, ...]) -> bool:
    """Is the word at ``start`` written right after one of the pack's honorifics (الرفيق، السيد), or
    first after a plural one and the colon that opens its list ("الرفاق: هو ثانه ثوي، نائب ...": the
    comrades Ho Thanh Thuy, deputy ...)?"""
    if not honorifics or start < 2 or text[start - 1] != " ":
        return False
    before = text[max(0, start - 30) : start].rstrip()
    if before.endswith(tuple(_script.COLONS)):
        before = before[:-1].rstrip()
    return before.endswith(honorifics)


def _titled_run(run, text: str, honorifics: tuple[str, ...]) -> bool:
    """Is a run of two to four syllables, each readable, written right after an honorific
    (الرفيق، السيد) and followed by a clause end or the end of the text?"""
    if not honorifics or not 2 <= len(run) <= 4 or any(p[3] is None for p in run):
        return False
    before = text[max(0, run[0][0] - 30) : run[0][0]]
    if not before.endswith(" ") or not before.rstrip().endswith(honorifics):
        return False
    end = run[-1][1]
    return end >= len(text.rstrip()) or _CLAUSE_END.match(text, end) is not None


def _middle_syllable(reader: ScriptReader, token: str, least: int = 5) -> bool:
    """Can the token be read as a common middle name (Van, Thi, Duc, Quoc…: the names model's
    middle syllables seen ``least`` times or more)?"""
    model = _model()
    middles = getattr(model, "middle", {}) or {}
    common = (
        {w for w, n in middles.items() if n >= least} if middles else {"van", "thi", "duc", "cong", "quoc"}
    )
    return any(w in common for w in _spellings(reader).get(token, ()))


@cache
def _closes_no_name(syl: str) -> bool:
    """Does the syllable hardly ever close a name: a middle syllable of the names model seen 20 times
    or more and last a fifteenth as often (Van, Thi; not Xuan, Quoc, Duc, seldom counted last but
    given names too: "Vo Thi Anh Xuan")?"""
    model = _model()
    middle = model.middle.get(syl, 0)
    return middle >= 20 and 15 * model.last.get(syl, 0) < middle


def _titled_start(text: str, tokens: list, k: int, honorifics: tuple[str, ...], pack: Pack | None) -> bool:
    """Do the two or three readable tokens before token ``k``, one space apart, open right after an
    honorific or a title (the run is a titled name whose last syllable token ``k`` may be)?"""
    start = k
    while (
        start > 0
        and k - start < 3
        and tokens[start - 1][3] is not None
        and text[tokens[start - 1][1] : tokens[start][0]] == " "
    ):
        start -= 1
    if not 2 <= k - start <= 3:
        return False
    a = tokens[start][0]
    return _after_honorific(text, a, honorifics) or _after_title(text, a, pack)


def _no_object_after(text: str, end: int) -> bool:
    """Is what follows a preposition ending at ``end`` no object of it: a word that is neither
    definite (ال, لل) nor joined by a later و of its clause to another ("between A and B")?"""
    clause = re.match(rf"[^{_script.RE_COMMAS}{_script.RE_SEMICOLONS}{_script.RE_COLONS}.()]*", text[end:])
    words = clause.group().split() if clause else []
    if not words:
        return False  # (a clause end right after it is read already)
    if words[0].startswith(("ال", "لل")) or words[0][:1].isdigit():
        return False
    return not any(w.startswith("و") for w in words[1:])


@cache
def _middle_only(reader: ScriptReader, token: str) -> bool:
    """Is the token's likeliest reading a syllable that hardly ever closes a name (:func:`_closes_no_name`), or
    whose likeliest reading the names counted is one they counted in the middle a few times and never last (the
    Hmong middle "A", أ or ا, whose likeliest reading E no name has: "سونغ أ هو إن" is Sung A Ho, not Sung A
    and a pronoun; Huu, Khac, Dac)?"""
    found = _candidates(reader, token, False)
    if not found:
        return False
    model = _model()
    counted = next((s for s in found if model.middle.get(s, 0) or model.last.get(s, 0)), None)
    return _closes_no_name(found[0]) or (
        counted is not None and model.middle.get(counted, 0) >= 3 and not model.last.get(counted, 0)
    )


@cache
def _may_close(reader: ScriptReader, token: str) -> bool:
    """Does the token spell a syllable the names model has seen close a name (في Phi, بين Binh; not
    إن, En)?"""
    model = _model()
    return any(model.last.get(s, 0) for s in _spellings(reader).get(token, ())[:_PER_TOKEN])


def _family_name(reader: ScriptReader, token: str) -> bool:
    """Is the token's likeliest reading as a first syllable a family name of the shipped list that
    the corpora attest (Nguyen, Tran, Ho…)?"""
    found = _candidates(reader, token, True)
    return bool(found) and found[0] in surnames() and _model().surname.get(found[0], 0) >= 3


# how a run of readable tokens is cut (log scores, comparable with ranked_readings)
_SKIP = -20.0  # a token left out of every name: a word of the language that happens to spell a syllable
_PLACE = -3.0  # per token of a place name of the gazetteer (places are not people)
_PLACE_START = -8.0  # a name whose first syllables spell a place ("Binh Dinh Nam" is a commune)


def segment_names(
    tokens: tuple[str, ...],
    known: frozenset[str] = frozenset(),
    reader: ScriptReader | None = None,
    titled: bool | Callable[[], bool] = False,
) -> list[tuple[int, int, str]]:
    """Cut a run of syllables written in a script other than Latin into names ``(start, end,
    folded reading)``, leaving out places and stray words: the cut whose names score best
    (:func:`ranked_readings`). A place glued before a name ("Hai Duong Tran Duc Thang") and a
    given name read as a family name (a run that starts at the wrong syllable) lose to the cut
    that reads real names.

    ``titled``: the tokens follow an honorific or a title, so a name that opens them is no place's
    first syllables though they spell one; or a function of no arguments that says so, called at most once and
    only when the cut can depend on it (a place or a name of three syllables or more opening the tokens).

    >>> segment_names(("هاي", "دونغ", "تران", "دوك", "ثانغ"))
    [(2, 5, 'tran duc thang')]
    >>> segment_names(("ها", "تينه", "لوا")), segment_names(("ها", "تينه", "لوا"), titled=True)
    ([], [(0, 3, 'ha tinh lua')])
    """
    return list(_segment(tokens, known, _reader(tokens, reader), titled))


def _plainly_place(tokens: tuple[str, ...], reader: ScriptReader) -> bool:
    """Do the tokens spell a place of the gazetteer with each syllable's usual spelling? ("لي ثي"
    spells the district Le Thuy only through a less usual spelling of Thuy: it is Le Thi.)"""
    place = gazetteer.read_place(list(tokens), reader)
    if not place:
        return False
    words = place.split()
    if len(words) != len(tokens):
        return True  # a place written as a whole
    costs = _costs(reader)
    return all(
        costs.get(t, {}).get(w, 9) <= min(costs.get(t, {}).values(), default=0)
        for t, w in zip(tokens, words, strict=True)
    )


def _place_spelling(tokens: tuple[str, ...], reader: ScriptReader) -> float:
    """What spelling the place the tokens spell costs beyond each token's likeliest syllable (the
    translations' habits, :func:`_fitted`; 0 for a place written as a whole)."""
    place = gazetteer.read_place(list(tokens), reader)
    words = place.split() if place else []
    if len(words) != len(tokens):
        return 0.0
    costs = _fitted(reader)
    return sum(
        max(costs.get(t, {}).get(w, 3.0) - min(costs.get(t, {}).values(), default=0.0), 0.0)
        for t, w in zip(tokens, words, strict=True)
    )


def _plainly_province(tokens: tuple[str, ...], reader: ScriptReader) -> bool:
    """Do the tokens spell a province (no district) with each syllable's usual spelling, as
    :func:`_plainly_place`? Every province is listed, and its name so written is the province's,
    though it reads as a likely name too ("لام دونغ": Lam Dong, Lam a family name, Dong a given name)."""
    place = gazetteer.read_place(list(tokens), reader)
    found = gazetteer.provinces().get(place) if place else None
    return found is not None and found.level == "provincial" and _plainly_place(tokens, reader)


@cache
def _may_start(reader: ScriptReader, token: str) -> bool:
    """Whether a token can be read as a family name (shipped list or attested in the corpora)."""
    model = _model()
    return any(s in surnames() or model.surname.get(s, 0) >= 3 for s, _ in _token_options(reader, token))


def _once(titled) -> Callable[[], bool]:
    """``titled`` (a bool, or a function of no arguments) as a function of no arguments, called at most once."""
    if not callable(titled):
        return lambda: titled
    found: list[bool] = []

    def ask() -> bool:
        if not found:
            found.append(bool(titled()))
        return found[0]

    return ask


def _segment(tokens: tuple[str, ...], known: frozenset[str], reader: ScriptReader, titled=False):
    n = len(tokens)
    is_titled = _once(titled)
    best: list[float] = [0.0] + [-math.inf] * n
    back: list[tuple[int, str | None]] = [(0, None)] * (n + 1)
    for i in range(n):
        if best[i] == -math.inf:
            continue
        steps: list[tuple[int, float, str | None]] = [(i + 1, _SKIP, None)]
        for k in (2, 3):
            if i + k <= n and gazetteer.read_place(list(tokens[i : i + k]), reader):
                # a place the tokens spell only through spellings the translations seldom write
                # costs them ("ثاي ثي آن تشونغ": Thai Thi An Chung, not the district Thai Thuy, ثي
                # being Thi, and An Chung)
                score = _PLACE * k - _COST * _place_spelling(tokens[i : i + k], reader)
                # (a titled run seldom opens with a place: "رئيس الوزراء ثاي ثي نام جيانج" is Thai Thi Nam
                # Giang, not the districts Thai Thuy and Nam Giang)
                steps.append((i + k, score + (_PLACE_START if i == 0 and is_titled() else 0.0), None))
        # a name starts at a family name; or one syllable before a family name, when that one is
        # the true family name (off the list) and the next a given name that reads as one
        shortest = 0
        if _may_start(reader, tokens[i]):
            shortest = 2
        elif i + 1 < n and _may_start(reader, tokens[i + 1]):
            shortest = 3
        if shortest:
            for j in range(i + shortest, min(n, i + 5) + 1):
                part = tokens[i:j]
                if not ranked_readings(part, reader):
                    break
                name = read_name(list(part), known, reader)
                bonus = resolve.reading_bonus(name, known)
                if i == 0 and j - i > 2 and is_titled() and not gazetteer.read_place(list(part), reader):
                    pass  # (a titled name: "رئيس الوزراء ها تيان لوا"; "الرئيس هو تشي مينه" is the city's name)
                elif j - i > 2 and (_plainly_place(part[:2], reader) or _plainly_place(part[:3], reader)):
                    bonus += _PLACE_START
                elif j - i == 2 and _plainly_province(part, reader):
                    bonus += _PLACE_START  # "في لام دونغ": the province Lam Dong, no Lam Dong the person
                steps.append((j, _score(part, name, reader) + bonus, name))
        for j, score, name in steps:
            if best[i] + score > best[j]:
                best[j], back[j] = best[i] + score, (i, name)
    out = []
    j = n
    while j > 0:
        i, name = back[j]
        if name is not None:
            out.append((i, j, name))
        j = i
    return reversed(out)
