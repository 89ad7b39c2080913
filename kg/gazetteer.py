"""Places: every decision that something is a place, which place, and whose place it is.

The data are Vietnam's provinces and districts, from the ``vietnamadminunits`` package: both maps
are kept, the 63 provinces in force until 2025 (``legacy``) and the 34 after the 2025 merger; each
legacy province is linked to its successor (:func:`merged_into`, :func:`province_key`). Other
modules ask this one and hold no place logic of their own:

- **in text**: places named in Latin script (:func:`find_places`, :func:`blank_places`,
  :func:`strip_places`, :func:`place_end`) and in the other scripts the name reader reads
  (:func:`read_place`, :func:`other_script_places`: :mod:`kg.extract.names` reads the letters,
  this module decides which reading is a place); a place the gazetteer lacks, known by the level
  word before it (:func:`after_level`, :func:`after_levels`, :func:`unlisted_at`,
  :func:`unlisted_place`);
- **of a title**: the place it writes (:func:`title_place`), a city that is a district
  (:func:`is_district`);
- **of an article and its bodies**: the province and district it is about (:func:`article_place`;
  not a visiting delegation's own, :func:`visitor_spans`), a local body's place (:func:`body_place`,
  the province a chain of titles writes: :func:`chain_province`);
- **for identities and minting**: the province of a place (:func:`province_of`), provinces compared
  across the merger (:func:`province_key`, :func:`province_keys`), the name a province has in a
  year (:func:`named_in`, :func:`as_of`), the province a legacy one was merged into
  (:func:`merged_into`).
"""

from __future__ import annotations

import bisect
import importlib.util
import itertools
import json
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import kg.rx as re
from kg import tables
from kg.lang import Pack, pack_folder
from kg.memo import Memo
from kg.script import COMMAS
from kg.text import blank, fold, fold_aligned

__all__ = [
    "Place",
    "after_level",
    "after_levels",
    "article_place",
    "as_of",
    "blank_places",
    "body_place",
    "by_place_noun",
    "chain_province",
    "districts",
    "find_places",
    "is_district",
    "is_place",
    "lookup",
    "main_district",
    "main_province",
    "merged_into",
    "named_in",
    "other_script_places",
    "place_end",
    "place_pattern",
    "province_key",
    "province_keys",
    "province_of",
    "provinces",
    "read_place",
    "strip_places",
    "successor",
    "title_place",
    "unlisted_at",
    "unlisted_place",
    "visitor_spans",
]


@dataclass(frozen=True)
class Place:
    name: str  # Latin letters without diacritics, e.g. "Ninh Binh"
    local: str  # as written in Vietnamese, e.g. "Ninh Bình"
    level: str  # "provincial" or "district"
    key: str  # the package's key, e.g. "tinhninhbinh"
    province: str | None = None  # for a district: its province's name


def _plain(local: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in fold(local).replace(" - ", " ").split())


@cache
def _data() -> tuple[dict, dict]:
    # the package's data files, found without importing it (its parsers take ~0.6 s CPU to import)
    spec = importlib.util.find_spec("vietnamadminunits")
    locations = list(spec.submodule_search_locations or []) if spec else []
    base = Path(locations[0]) / "data" if locations else resources.files("vietnamadminunits") / "data"
    legacy = _members((base / "parser_legacy.json").read_text(encoding="utf-8"), _LEGACY_KEYS)
    converter = _members((base / "converter_2025.json").read_text(encoding="utf-8"), _CONVERTER_KEYS)
    return legacy, converter


_LEGACY_KEYS = ("DICT_PROVINCE", "DICT_PROVINCE_DISTRICT")  # what this module reads of each file
_CONVERTER_KEYS = ("DICT_PROVINCE",)
_SPACE = re.compile(r"[ \t\n\r]*")


def _members(text: str, wanted: tuple[str, ...]) -> dict:
    """The members ``wanted`` of the JSON object ``text``, as ``json.loads(text)`` has them: read in
    order until each is read (the package writes provinces and districts first, then megabytes of
    wards this module never reads: a third of the time); the whole object when one is written twice.

    >>> _members('{"a": 1, "b": {"c": [2]}, "d": "x"}', ("b",))
    {'b': {'c': [2]}}
    """
    if any(text.count(json.dumps(key)) != 1 for key in wanted):
        return json.loads(text)  # (a key written twice, or not at all: as json reads it)
    decoder = json.JSONDecoder()
    pos = _SPACE.match(text).end()
    if text[pos : pos + 1] != "{":
        return json.loads(text)
    out: dict = {}
    pos = _SPACE.match(text, pos + 1).end()
    while len(out) < len(wanted):
        key, pos = decoder.raw_decode(text, pos)
        pos = _SPACE.match(text, pos).end()
        if text[pos : pos + 1] != ":":
            return json.loads(text)
        value, pos = decoder.raw_decode(text, _SPACE.match(text, pos + 1).end())
        if key in wanted:
            out[key] = value
        pos = _SPACE.match(text, pos).end()
        if text[pos : pos + 1] != ",":
            break
        pos = _SPACE.match(text, pos + 1).end()
    return out if len(out) == len(wanted) else json.loads(text)


@cache
def provinces() -> dict[str, Place]:
    """Legacy (pre-2025) provinces by folded short name: ``{'ninh binh': Place(...)}``."""
    legacy, _ = _data()
    out = {}
    for key, item in legacy["DICT_PROVINCE"].items():
        local = item["provinceShort"]
        out[fold(_plain(local))] = Place(_plain(local), local, "provincial", key)
    out.setdefault("ho chi minh city", out["ho chi minh"])
    for alias, name in (row[:2] for row in tables.rows(tables.data_path("data", "place_aliases.tsv"))):
        out.setdefault(fold(alias), out[fold(name)])  # "Hanoi", "Hanoï", "Hanoji", "HCMC"
    return out


@cache
def districts() -> dict[str, Place]:
    """Districts by folded short name (first province wins on a clash)."""
    legacy, _ = _data()
    prov_by_key = {p.key: p for p in provinces().values()}
    out: dict[str, Place] = {}
    for pkey, items in legacy["DICT_PROVINCE_DISTRICT"].items():
        for dkey, item in items.items():
            local = item["districtShort"]
            if not re.search(r"[^\W\d_]", local):
                continue
            name = fold(_plain(local))
            out.setdefault(name, Place(_plain(local), local, "district", dkey, prov_by_key[pkey].name))
    return out


def lookup(name: str) -> Place | None:
    """A province first, else a district, by any spelling that folds the same."""
    key = fold(name).replace("-", " ")
    return provinces().get(key) or districts().get(key)


def is_place(folded: str, surface: str | None = None) -> bool:
    """Is ``folded`` (a folded name) a province or a district (a district whose name several
    units share, keyed with its kind, by the name alone: "cao lanh")? Not when ``surface``, the
    run as written, is in full Vietnamese spelling (a tone mark or đ) that differs from the
    place's: "Lâm Đông" is a person, "Lâm Đồng" the province.

    >>> is_place("ninh binh"), is_place("nguyen van an"), is_place("cao lanh")
    (True, False, True)
    >>> is_place("lam dong", "Lâm Đông"), is_place("lam dong", "Lâm Đồng"), is_place("lam dong", "Lam Dong")
    (False, True, True)
    """
    if folded not in _bare_names():
        return False
    if surface is None:
        return True
    written = _vi_spellings().get(folded)
    if not written or not _VI_ONLY.search(unicodedata.normalize("NFD", surface)):
        return True
    return _spelling(unicodedata.normalize("NFC", surface)) in written


@cache
def _bare_names() -> frozenset[str]:
    return frozenset(re.sub(r"\s*\(.*\)$", "", n) for n in _names())


@cache
def _vi_spellings() -> dict[str, frozenset[str]]:
    """Folded place name -> the spellings with diacritics Vietnamese writes it in (tone marks in
    any position: "hoà" and "hòa" are one spelling)."""
    out: dict[str, set[str]] = {}
    for place in (*provinces().values(), *districts().values()):
        local = re.sub(r"\s*\(.*\)$", "", place.local)
        if not local.isascii():
            out.setdefault(fold(local), set()).add(_spelling(local))
    return {k: frozenset(v) for k, v in out.items()}


def _spelling(words: str) -> str:
    """A written name with diacritics, each syllable's marks in a fixed order (old and new tone
    placements agree)."""
    return " ".join(
        "".join(sorted(unicodedata.normalize("NFD", w.lower()))) for w in words.replace("-", " ").split()
    )


_VI_ONLY = re.compile("[đĐ\u0300\u0301\u0303\u0309\u0323]")


@cache
def _names() -> frozenset[str]:
    return frozenset(provinces()) | frozenset(districts())


def is_district(place: str) -> bool:
    """Is ``place`` a district-level town or city, and no province of that name?

    >>> is_district("Vinh"), is_district("Nghe An")
    (True, False)
    """
    found = lookup(place) or shared_district(place)
    return found is not None and found.level == "district"


@cache
def _central_cities() -> frozenset[str]:
    legacy, _ = _data()
    return frozenset(
        fold(_plain(item["provinceShort"]))
        for item in legacy["DICT_PROVINCE"].values()
        if str(item.get("province", "")).startswith("Thành phố")
    )


def is_central_city(place: str) -> bool:
    """Is ``place`` a centrally run city (a province: "Thành phố Hà Nội"), not a province's own city?

    >>> is_central_city("Da Nang"), is_central_city("Ho Chi Minh City"), is_central_city("Bac Ninh")
    (True, True, False)
    """
    found = lookup(place)
    return found is not None and found.level == "provincial" and fold(found.name) in _central_cities()


@cache
def _towns() -> frozenset[str]:
    """The folded names of the district-level towns (thị xã), their kind dropped ("duyen hai (thi xa)": "duyen hai")."""
    return frozenset(re.sub(r" \(.*\)$", "", k) for k, p in districts().items() if p.key.startswith("thixa"))


def is_town(place: str) -> bool:
    """Is ``place`` the name of a district-level town (thị xã), whatever other unit shares it?

    >>> is_town("An Nhon"), is_town("Duyen Hai"), is_town("Hoai Nhon"), is_town("Cai Nuoc"), is_town("Vinh")
    (True, True, True, False, False)
    """
    return re.sub(r" \(.*\)$", "", fold(place).replace("-", " ")) in _towns()


def shared_district(name: str) -> Place | None:
    """The district a name stands for that two units of one province share (a city and the district
    around it: "Hồng Ngự", "Cao Lãnh", "Kỳ Anh"), with the name alone; None for any other name.

    >>> shared_district("Hong Ngu").name, shared_district("Ninh Binh")
    ('Hong Ngu', None)
    """
    key = fold(name).replace("-", " ")
    if key in provinces():
        return None
    found = [p for k, p in districts().items() if k.startswith(key + " (")]
    if not found or len({p.province for p in found}) != 1:
        return None
    first = found[0]
    name, local = (re.sub(r"\s*\(.*\)$", "", n) for n in (first.name, first.local))
    return Place(name, local, "district", first.key, first.province)


@cache
def successor(province: str) -> str | None:
    """The post-2025 province a legacy province was merged into (itself if it was kept)."""
    legacy, converter = _data()
    place = provinces().get(fold(province))
    if place is None:
        return None
    for new_key, old_keys in converter["DICT_PROVINCE"].items():
        if place.key in old_keys:
            local = legacy["DICT_PROVINCE"].get(new_key, {}).get("provinceShort")
            return _plain(local) if local else None
    return None


@cache
def _older_names() -> dict[str, str]:
    """Folded centrally run city -> the longer name of the province it was a city of until it became one
    ("hue" -> "thua thien hue": place_aliases.tsv's lines marked ``older``)."""
    rows = tables.rows(tables.data_path("data", "place_aliases.tsv"))
    return {fold(row[1]): fold(row[0]) for row in rows if row[2:3] == ["older"]}


def older_name_written(place: str, text: str) -> bool:
    """Does the folded ``text`` write the name of the province a centrally run city ``place`` was a
    city of ("thua thien hue" for Hue, a city of Thua Thien Hue until 2025), at least as often as the
    city's own name (an article of 2025 recalls the former province once: "Hue, formerly Thua Thien Hue")?

    >>> older_name_written("Hue", "la ville de hue et la province de thua thien hue"), older_name_written("Hue", "hue")
    (True, False)
    >>> older_name_written("Hue", "hue city (formerly thua thien hue) ... hue city ... hue")
    False
    """
    found = lookup(place)
    older = _older_names().get(fold(found.name)) if found is not None else None
    if older is None or older not in text:
        return False
    written = text.count(older)
    return written >= len(re.findall(rf"(?<!\w){re.escape(fold(found.name))}(?!\w)", text)) - written


def older_city(written: str | None) -> str | None:
    """The city a title's place names when that city was one of a province under another name
    (:func:`_older_names`) and the title writes the city, not that province ("ville de hue": Hue;
    "thua thien hue": None)."""
    found = lookup(written) if written else None
    if found is None or fold(found.name) not in _older_names():
        return None
    return found.name if fold(written) != _older_names()[fold(found.name)] else None


def merged_into(province: str) -> str | None:
    """The post-2025 province a legacy province was merged into; None for a province that was
    kept (or no province).

    >>> merged_into("Kon Tum"), merged_into("Quang Ngai"), merged_into("Atlantis")
    ('Quang Ngai', None, None)
    """
    later = successor(province)
    return later if later and later != province else None


@cache
def province_of(place: str | None) -> str | None:
    """The province a province or district name belongs to.

    >>> province_of("Ninh Bình"), province_of("Thanh Chuong"), province_of("Atlantis")
    ('Ninh Binh', 'Nghe An', None)
    """
    if not place:
        return None
    found = lookup(place)
    if found is None:
        return None
    return found.province or found.name


@cache
@cache
def province_key(place: str | None) -> str | None:
    """The province a place belongs to as of 2025 (a merged province counts as its successor),
    so that two mentions can be compared across the merger.

    >>> province_key("Kon Tum"), province_key("Quang Ngai"), province_key("Ha Giang")
    ('Quang Ngai', 'Quang Ngai', 'Tuyen Quang')
    """
    province = province_of(place)
    if province is None:
        return None
    return successor(province) or province


def chain_province(titles: list[tuple[str | None, str | None]]) -> str | None:
    """The one province a chain of titles, ``(place written, level)`` each, writes for its
    provincial posts: the place of those of them that write none (:func:`body_place`'s ``chain``).

    >>> chain_province([("ninh binh", "provincial"), (None, "provincial")])
    'Ninh Binh'
    >>> chain_province([("ninh binh", "provincial"), ("ha noi", "provincial")]) is None
    True
    """
    found = {province_of(place) for place, level in titles if place and level == "provincial"} - {None}
    return next(iter(found)) if len(found) == 1 else None


def province_keys(places: Iterable[str | None]) -> set[str]:
    """The provinces of ``places`` as of 2025 (:func:`province_key`), to compare posts across the
    merger: posts in Kon Tum and in Gia Lai are one province's.

    >>> sorted(province_keys(["Kon Tum", "Quang Ngai", None, "Atlantis"]))
    ['Quang Ngai']
    """
    return {k for k in (province_key(p) for p in places) if k}


_MERGER = 2025  # the year the 63 provinces became 34


def named_in(year: int | None, now: str, before: str) -> str:
    """Of a province's two names, ``now`` (after the 2025 merger) and ``before``, the one an
    article of ``year`` uses: the old one before 2025.

    >>> named_in(2024, "Quang Ngai", "Kon Tum"), named_in(2025, "Quang Ngai", "Kon Tum")
    ('Kon Tum', 'Quang Ngai')
    """
    return before if year and year < _MERGER else now


def as_of(key: str, year: int | None, named: Counter[str]) -> str:
    """The province ``key`` (a :func:`province_key`) as an article of ``year`` names it: itself
    after 2025; else, of the provinces ``named`` counts (merged into it or not), the one of ``key``
    counted most.

    >>> as_of("Quang Ngai", 2024, Counter({"Kon Tum": 2, "Quang Ngai": 1, "Ha Noi": 5}))
    'Kon Tum'
    >>> as_of("Quang Ngai", 2026, Counter({"Kon Tum": 2}))
    'Quang Ngai'
    """
    if year and year > _MERGER:
        return key
    return max((p for p in named if province_key(p) == key), key=lambda p: (named[p], p))


def body_place(
    level: str | None,
    written: str | None,
    province: str | None,
    district: str | None = None,
    chain: str | None = None,
) -> str | None:
    """The place of a local body: the one its title writes (a province for a provincial body, a
    district for a district one; for a provincial body that writes none, the one its chain of
    titles writes, ``chain``: :func:`chain_province`), else the article's: its province for a
    provincial body, the district it is about (:func:`main_district`) for a district body. A
    district body with neither has no place: it is not guessed from its province. A body of no level (a military
    region, Quân khu: ``kg.extract.titles``' ``no_level`` cue) belongs to no province: no place.

    >>> body_place("provincial", "ninh binh", "Ha Noi"), body_place("provincial", None, "Ha Noi")
    ('Ninh Binh', 'Ha Noi')
    >>> body_place("district", "thanh chuong", "Nghe An"), body_place("district", None, "Nghe An")
    ('Thanh Chuong', None)
    >>> body_place("district", None, "Nghe An", "Do Luong")
    'Do Luong'
    """
    if level is None or level == "central":
        return None
    if not written and level == "provincial":
        written = chain
    place = (lookup(written) or shared_district(written)) if written else None
    if level in ("district", "commune"):
        if place is not None and place.level == "district":
            return place.name
        return district if level == "district" else None
    if place is not None:
        return place.province or place.name
    return province


def main_province(places: list[str], url: str | None = None) -> str | None:
    """The province an article is about, from the folded names of the places it mentions
    (outside people's names): the most mentioned province (a district counts half for its
    province) when no other is mentioned as often; without any place, the one the URL's host or
    path spells.

    >>> main_province(["ninh binh", "yen khanh", "ha noi"])
    'Ninh Binh'
    """
    counts: Counter[str] = Counter()
    for name in places:
        place = provinces().get(name) or districts().get(name)
        if place is not None:
            counts[place.province or place.name] += 1 if place.level == "provincial" else 0.5
    if counts:
        ranked = counts.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:  # a tie is not clearly one province
            return ranked[0][0]
        tied = [p for p, n in counts.items() if n == ranked[0][1]]
        if len(tied) == 2 and merged_into(tied[0]) in tied:  # "Lao Cai" and "Yen Bai", merged into it in
            return merged_into(tied[0])  # 2025: one province, the successor
        if len(tied) == 2 and merged_into(tied[1]) in tied:
            return merged_into(tied[1])
        return None
    if url:
        squashed = re.sub(r"[^a-z]", "", url.lower())
        hits = [p.name for key, p in provinces().items() if len(key) > 5 and key.replace(" ", "") in squashed]
        if hits:
            return max(hits, key=len)
    return None


def main_district(places: list[str], province: str | None) -> str | None:
    """The district of ``province`` an article is about: the one of its districts the article
    names most (folded names, as for :func:`main_province`), when no other is named as often.

    >>> main_district(["nghe an", "thanh chuong", "thanh chuong", "do luong"], "Nghe An")
    'Thanh Chuong'
    >>> main_district(["thanh chuong", "do luong"], "Nghe An") is None
    True
    """
    if province is None:
        return None
    counts: Counter[str] = Counter()
    for name in places:
        if name in provinces():
            continue
        place = districts().get(name)
        if place is not None and place.province == province:
            counts[place.name] += 1
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


@cache
def place_pattern() -> re.Pattern[str]:
    """Regex matching any province or district name in folded text."""
    names = sorted(set(provinces()) | set(districts()), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names if len(n) > 3) + r")\b")


@cache
def _by_words() -> dict[str, int]:
    """Folded place names (longer than 3 letters) -> number of words; a name several districts
    share ("ky anh (huyen)", "ky anh (thi xa)") by the name alone, as texts write it; a name
    written with an apostrophe by the words it splits into ("cu m gar": :func:`_apostrophes`)."""
    return {n.replace("'", " "): len(n.replace("'", " ").split()) for n in _bare_names() if len(n) > 3}


@cache
def _apostrophes() -> dict[str, str]:
    """The Central Highlands' names written with an apostrophe ("Cư M'gar", "M'Đrắk", "Đắk R'Lấp",
    "Ea H'leo"), as their words read them ("cu m gar") -> the name."""
    return {n.replace("'", " "): n for n in _bare_names() if "'" in n}


_WORD = re.compile(r"[^\W\d_]+")
_WORD_SPLIT = re.compile(r"([^\W\d_]+)")  # (the words and what stands between them)


@cache
def _first_words() -> frozenset[str]:
    return frozenset(n.split()[0] for n in _by_words())


def place_first_words() -> frozenset[str]:
    """The first words of the places :func:`find_places` reads (folded)."""
    return _first_words()


def find_places(folded: str, original: str | None = None) -> list[tuple[int, int, str]]:
    """Places named in ``folded`` text (longest first, left to right) as (start, end, folded name);
    with ``original`` (same offsets), only names written with capitals count.

    >>> find_places("cong tac tai ninh binh va ha noi")
    [(13, 22, 'ninh binh'), (26, 32, 'ha noi')]
    """
    # remembered (the engine looks for the places of a span several times): a new list each time
    return list(_PLACES.get((folded, original), lambda: tuple(_find_places(folded, original)), len(folded)))


_PLACES = Memo(2048, longest=5000)


def _find_places(folded: str, original: str | None) -> list[tuple[int, int, str]]:
    names = _by_words()
    firsts = _first_words()
    parts = _WORD_SPLIT.split(folded)  # separator, word, separator, word, …, separator
    strings = parts[1::2]
    if firsts.isdisjoint(strings):
        return []
    at = None  # word k spans at[2k + 1]:at[2k + 2], read once a place is found
    count = len(strings)
    out = []
    i = 0
    # (left to right over the words a place name may start with; the others are skipped)
    for k in itertools.compress(itertools.count(), map(firsts.__contains__, strings)):
        if k < i:
            continue  # inside a place just found
        i = k
        for n in (4, 3, 2, 1):
            if i + n > count:
                continue
            key = " ".join(strings[i : i + n])
            if key not in names:
                continue
            if at is None:
                at = list(itertools.accumulate(map(len, parts), initial=0))
            if key in _apostrophes() and not re.search("['\u2019]", folded[at[2 * i + 1] : at[2 * (i + n)]]):
                continue  # a name's apostrophe must be written: "Cu M'gar", not "Cu M Gar"
            if original is None or all(
                original[at[2 * j + 1]].isupper() or (j > i and parts[2 * j] in ("'", "\u2019"))
                for j in range(i, i + n)
            ):
                out.append((at[2 * i + 1], at[2 * (i + n)], _apostrophes().get(key, key)))
                i += n
                break
        else:
            i += 1
    return out


def blank_places(text: str) -> str:
    """``text`` with every place it names (:func:`find_places`) replaced by one space.

    >>> blank_places("chairman of ninh binh province")
    'chairman of   province'
    """
    for a, b, _ in reversed(find_places(text)):
        text = text[:a] + " " + text[b:]
    return text


def strip_places(text: str) -> str:
    """``text`` without the province or district names (and commas) it ends with: a place written
    between a title and a name.

    >>> strip_places("chairman of the provincial people's committee, ninh binh, ")
    "chairman of the provincial people's committee"
    """
    while True:
        stripped = text.rstrip(" " + COMMAS)
        places = find_places(stripped[-40:])
        if not places or places[-1][1] != len(stripped[-40:]):
            return stripped
        text = (
            stripped[: len(stripped) - 40 + places[-1][0]]
            if len(stripped) > 40
            else stripped[: places[-1][0]]
        )


def place_end(text: str, within: int) -> int | None:
    """Where the first place ``text`` names ends, when it starts within ``within`` characters.

    >>> place_end(" der provinz an giang hat", 4), place_end(" hat die provinz an giang", 4)
    (None, None)
    >>> place_end(" an giang hat", 4)
    9
    """
    places = [p for p in find_places(text) if p[0] <= within]
    return places[0][1] if places else None


def title_place(
    span: str, start: int, end: int, limit: int, linked: Callable[[str], bool] | None = None, reach: int = 30
) -> str | None:
    """The place a title (from ``start`` to ``end`` of ``span``, which it may not read past
    ``limit``) writes: inside its wording or right after it ("Secretary of the Ninh Binh
    Provincial Party Committee", "sekretarz Komitetu Partii Prowincji Lao Cai"), or after one word
    that ``linked`` says is a link of the title grammar ("von Dong Hy"), up to ``reach`` characters after it.

    >>> title_place("secretary of the ninh binh provincial party committee", 0, 53, 60)
    'ninh binh'
    """
    window = span[start : min(limit, end + reach)]
    found = [
        name
        for a, _, name in find_places(window)
        if a <= end - start + 4 or (linked is not None and linked(window[end - start : a]))
    ]
    if not found:
        # a province whose name is too short a word to be read anywhere (Hue, also a given name), written
        # right after the title: "Bí thư Thành ủy Huế", the Hue City Party Committee's secretary
        m = _WORD_AFTER.match(window, end - start)
        if m and m.group(1) in _short_provinces():
            return m.group(1)
        numbered = _numbered_district(span[start:limit], end - start, reach, linked)
        if numbered is not None:
            return numbered
    if not found and not window.isascii():
        # (not past the comma that closes a title written after its holder: "A، نائب رئيس اللجنة الشعبية
        # الإقليمية، من منطقة نام جيانج" asked the district, the title is the province's)
        comma = _TITLE_CLOSE.match(span, end, min(limit, end + 45))
        limit = min(limit, comma.start()) if comma else limit
        found = other_script_places(span[start : min(limit, end + 25)], single=True)
        if found:
            # (a longer place the window's end cut: "أمين لجنة الحزب في مقاطعة با ريا - فونغ تاو", Ba Ria -
            # Vung Tau, not the city Ba Ria; only a place that goes on from the one found)
            longer = other_script_places(span[start : min(limit, end + 45)], single=True)
            if longer and longer[0].startswith(found[0] + " "):
                found = longer
    return found[0] if found else None


_WORD_AFTER = re.compile(r" ([^\W\d_]+)(?![^\W\d_])")


@cache
def _numbered_nouns() -> re.Pattern[str]:
    """A district noun of any language and the number it names a district by (``numbered`` rows of
    ``kg/data/vi_place_words.txt``: "quận 8", "District 8", "Dzielnicy 8", "Bezirk 8", "المنطقة 8"), folded."""
    words = [
        re.escape(fold(unicodedata.normalize("NFC", parts[1].lower())))
        for parts in tables.rows(_DATA / "vi_place_words.txt")
        if len(parts) == 2 and parts[0] == "numbered"
    ]
    return re.compile(
        rf"(?<!\w)(?:{'|'.join(sorted(words, key=len, reverse=True))}) (\d{{1,2}})(?![\d,.]?\d)"
    )


def _numbered_district(
    window: str, end: int, reach: int, linked: Callable[[str], bool] | None = None
) -> str | None:
    """The district a title names by its number, written inside its wording or right after it ("Secretary of the
    District 8 Party Committee", "Bí thư Quận ủy Quận 8", "أمين لجنة الحزب في المنطقة 8"): the gazetteer's district
    of that number ("quan 8", Ho Chi Minh City's: the only numbered districts), as :func:`find_places` names it;
    None when another place follows it, a comma between ("Bezirk 1, Stadt Cao Lanh": a ward of that city), or the
    gazetteer has no district of that number; after the title (``end`` in ``window``), within four characters or one
    word ``linked`` says is a link of the title grammar ("des Parteikomitees von Bezirk 8"), ``reach`` at most."""
    for m in _numbered_nouns().finditer(window.lower(), 0, end + reach):
        if m.start() > end + 4 and not (linked is not None and linked(window[end : m.start()])):
            break
        name = f"quan {int(m.group(1))}"
        if name not in districts():
            continue
        after = [
            p
            for p in find_places(window[m.end() : m.end() + 40])
            if p[2] not in ("ho chi minh", "ho chi minh city")
        ]
        if after and re.match(rf"[\s{COMMAS}]*[^\W\d_]*\s*$", window[m.end() : m.end() + after[0][0]]):
            continue
        return name
    return None


_TITLE_CLOSE = re.compile(r"\s*[،,؛;]")


@cache
def _short_provinces() -> frozenset[str]:
    """Folded province names of three letters or fewer, which :func:`find_places` never reads (hue)."""
    return frozenset(k for k in provinces() if len(k) <= 3)


def visitor_spans(text: str, folded: str, pack: Pack) -> list[tuple[int, int]]:
    """The spans of ``text`` (``folded``: its :func:`kg.text.fold_aligned`) that name a visiting group's
    own body and place ("der Delegation des Provinzparteikomitees von Vinh Phuc", "đoàn công tác Tỉnh
    ủy Vĩnh Phúc", "وفد عمل من اللجنة الدائمة للجنة الحزب في مقاطعة ثانه هوا"): a ``group`` cue, a body
    right after it (short words and places between, no verb) and the place right after that body (short
    words and ``trip_to`` nouns between). The group's province is the visitor's, not the one the article
    is about (:func:`article_place` does not count it). A group that is itself a body (the province's
    delegation to the National Assembly) or that goes to a congress (a ``congress`` cue after it: the
    province's own delegation) names no visitor.

    >>> from kg.lang import load_pack
    >>> s = "Tran Quoc Nam empfing die Delegation des Provinzparteikomitees von Vinh Phuc in Ninh Thuan."
    >>> [s[a:b] for a, b in visitor_spans(s, fold_aligned(s), load_pack("de"))]
    ['Delegation des Provinzparteikomitees von Vinh Phuc']
    """
    from kg.extract.grammar import find_bodies

    cues = list(pack.cue("group").finditer(folded))
    if not cues:
        return []
    bodies = sorted(find_bodies(folded, pack))
    starts = [bd[0] for bd in bodies]
    unplaced = blank(folded, [(a, b) for a, b, _ in find_places(folded)])
    out = []
    for m, _ in cues:
        # (the bodies near it only, found by their starts: a long article's bodies are not walked for each group)
        near = bodies[
            bisect.bisect_left(starts, m.start() - 4 * _GROUP_GAP) : bisect.bisect_right(starts, m.start())
        ]
        if any(a <= m.start() < b and (a, b) != m.span() for a, b, _ in near):
            continue  # the group is a body itself: "Delegation of the National Assembly of Lai Chau"
        end, named = m.end(), False
        while True:  # its body, and the bodies that body belongs to ("of the Standing Committee of the Party Committee")
            after = bodies[bisect.bisect_left(starts, end) : bisect.bisect_right(starts, end + _GROUP_GAP)]
            body = next((bd for bd in after if bd[1] > m.end()), None)
            if body is None or not _short_words(unplaced[end : body[0]]):
                break
            named = named or unplaced[end : body[0]] != folded[end : body[0]]
            if body[2][-1:] == ("central",) or body[2][0] in _CENTRAL_GROUPS:
                end = None  # a central body's group visits no province of its own
                break
            end = body[1]
        if end is None or end == m.end():
            continue
        if not named:
            end = _place_after(text, folded, end, pack)
        window = re.split(r"[;:!?\n]", folded[end : end + _GROUP_GAP])[0]
        if any(True for _ in pack.cue("congress").finditer(window)):
            continue  # the province's own delegation to a congress
        before = re.split(r"[.;:!?\n]", folded[max(0, m.start() - _GROUP_GAP) : m.start()])[-1]
        # (its clause: to a stop that ends a word of four letters or more, "Mr. A visited" goes on)
        clause = re.split(r"[;!?\n]|(?<=\w{4})\.\s", folded[end : end + 5 * _GROUP_GAP])[0]
        if not _received(folded, m.start(), pack) and (
            any(True for _ in pack.cue("trip").finditer(clause))
            or re.search(pack.alternation("trip") + r"\W*$", before)
        ):
            continue  # the subject of a visit: the article's own province's delegation going out ("A delegation
            # of Nghe An ... led by Mr. A visited Thanh Hoa", "زار وفد من ... نغي آن")
        out.append((m.start(), end))
    return out


_CENTRAL_GROUPS = frozenset(
    {"national_assembly", "government", "politburo", "secretariat", "central_committee"}
)


def _place_after(text: str, folded: str, end: int, pack: Pack) -> int:
    """Where the place a body ending at ``end`` names right after it ends ("von Vinh Phuc", "der
    Provinz Vinh Phuc", "في مقاطعة ثانه هوا": short words and ``trip_to`` nouns before it); ``end``
    when it names none."""
    tokens = list(re.finditer(r"\w+", text[end : end + _GROUP_GAP]))
    trip_to = pack.cue("trip_to")
    for i, token in enumerate(tokens):
        for n in (4, 3, 2, 1):
            if i + n <= len(tokens) and _one_place(text[end + token.start() : end + tokens[i + n - 1].end()]):
                return end + tokens[i + n - 1].end()
        if len(token.group()) > 3 and not trip_to.match_at(folded, end + token.start()):
            break
    return end


_GROUP_GAP = 40  # characters: a group's body, and its place, follow it within this many


def _received(folded: str, start: int, pack: Pack) -> bool:
    """Is the group at ``start`` the object of a host's verb: an ``acts_on`` cue that is no ``trip`` verb right before
    it, two short words at most between ("received a delegation of the Ha Tinh ...", "tiếp Đoàn công tác Tỉnh ủy Hà
    Tĩnh", "przyjął delegację", "a reçu une délégation", "recibió a una delegación"), so a trip verb after it is its
    relative clause's ("... who visited the province", "đến thăm và làm việc tại tỉnh"), not the visit it makes as
    the subject (review28 on 3351feaf)? (Not "tiếp tục dẫn đầu đoàn", continued to lead, nor "Sau khi tiếp các cử
    tri, đoàn ...": the group opens a clause of its own.)

    >>> from kg.lang import load_pack
    >>> s = "mr. a, chairman of the provincial people's committee, received a delegation of ha tinh who visited"
    >>> _received(s, s.index("delegation"), load_pack("en"))
    True
    >>> s = "after meeting voters, a delegation of the nghe an provincial party committee visited thanh hoa"
    >>> _received(s, s.index("delegation"), load_pack("en"))
    False
    """
    head = folded[max(0, start - _GROUP_GAP) : start]
    for v, _ in pack.cue("acts_on").finditer(head):
        between = head[v.end() :]
        if (
            len(re.findall(r"\w+", between)) <= 2
            and not re.search(r"[^\w\s]", between)
            and pack.cue("trip").match_at(head, v.start()) is None
        ):
            return True
    return False


def _short_words(gap: str) -> bool:
    """Are the words of ``gap`` at most three short ones (articles, prepositions: "des", "of the", "de la")?"""
    words = re.findall(r"\w+", gap)
    return len(words) <= 3 and all(len(w) <= 3 for w in words) and not re.search(r"[,.;:!?]", gap)


def _one_place(piece: str) -> bool:
    """Does ``piece`` (text, any script) write one province or district and nothing else?"""
    folded = fold(piece)
    found = find_places(folded, piece)
    if found:
        return len(found) == 1 and found[0][0] == 0 and found[0][1] == len(folded)
    from kg.extract.names import readers

    for reader in readers():
        tokens = [reader.norm(t.group()) for t in reader.tokens.finditer(piece)]
        if 2 <= len(tokens) <= 4 and read_place(tokens, reader):
            return True
    return False


def article_place(text: str, names: list[tuple[int, int]], url: str | None = None, folded: str | None = None):
    """The province and the district an article is mainly about (:func:`main_province`,
    :func:`main_district`), from the places it names in any script outside the spans of people's
    ``names``, else its URL (``folded``: the text's :func:`kg.text.fold_aligned`, if at hand).

    >>> article_place("Nguyen Van Nam visited Ninh Binh and Yen Khanh.", [(0, 14)])
    ('Ninh Binh', 'Yen Khanh')
    """
    # (a text folded one character for one and blanked is the blanked text folded)
    folded = blank(folded, names) if folded is not None else None
    text = blank(text, names)
    found = [name for _, _, name in find_places(folded if folded is not None else fold_aligned(text), text)]
    found += other_script_places(text)
    province = main_province(found, url)
    return province, main_district(found, province)


# ---------------------------------------------------------------- places the gazetteer lacks
_DATA = Path(str(resources.files("kg"))) / "data"


def _vi_folder() -> Path:
    return pack_folder("vi") or Path(str(resources.files("kg"))) / "lang" / "vi"


@cache
def _level_words() -> re.Pattern[str]:
    """Vietnamese level words below the centre (``tỉnh``, ``xã`` …, the vi pack's levels.tsv)."""
    words = []
    for parts in tables.rows(_vi_folder() / "levels.tsv"):
        if len(parts) == 2 and parts[1] != "central":
            words.append(re.escape(unicodedata.normalize("NFC", parts[0])))
    return re.compile(rf"(?<!\w)(?:{'|'.join(sorted(words, key=len, reverse=True))}) $")


def after_level(text: str, start: int) -> bool:
    """Does a lower-case Vietnamese level word stand just before ``start``: "xã Cao Sơn" is a
    commune, not a person?

    >>> after_level("xã Cao Sơn", 3), after_level("ông Cao Sơn", 4)
    (True, False)
    """
    return bool(_level_words().search(text, max(0, start - 12), start))


@cache
def _place_nouns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Nouns of communes, districts and villages in the Latin-script languages
    (``kg/data/vi_place_words.txt``): written before a place ("gminy", "commune de") and after it
    ("commune", "ward")."""
    words: dict[str, list[str]] = {"before": [], "after": []}
    for parts in tables.rows(_DATA / "vi_place_words.txt"):
        if len(parts) == 2 and parts[0] in words:
            words[parts[0]].append(re.escape(unicodedata.normalize("NFC", parts[1].lower())))
    alt = {k: "|".join(sorted(v, key=len, reverse=True)) for k, v in words.items()}
    return re.compile(rf"(?<!\w)(?:{alt['before']}) $"), re.compile(rf" (?:{alt['after']})(?!\w)")


def by_place_noun(text: str, start: int, end: int) -> bool:
    """Does a noun of a place below the province stand just before ``start`` ("gminy Tan Trao") or
    just after ``end`` ("Kim Lien commune")?

    >>> by_place_noun("w gminie Tan Trao", 9, 17), by_place_noun("Kim Lien commune", 0, 8)
    (True, True)
    """
    before, after = _place_nouns()
    return bool(
        before.search(text[max(0, start - 20) : start].lower()) or after.match(text[end : end + 12].lower())
    )


def after_levels(text: str, pack: Pack | None) -> dict[int, bool]:
    """Offsets where a word starts right after a level word below the centre of the pack's
    ``levels.tsv`` (``بلدية``, ``حي``, ``مقاطعة`` …): two syllables there name a place, not a person.
    The value says whether the level word is a noun (written without the pack's article: ``بلدية``,
    not the adjective ``الإقليمية``, which a person's name may follow)."""
    if pack is None or not pack.levels:
        return {}
    folded = fold_aligned(text)
    out: dict[int, bool] = {}
    for m, values in pack.levels.finditer(folded):
        if values and values[0] != "central":
            end = m.end("w")
            word, art = m.group(0), pack.article
            # the article, also after a clitic, which may contract it (ل + البلدية = للبلدية)
            starts = [p + art for p in ("", *pack.prefixes)] + [
                p + art[1:] for p in pack.prefixes if p == art[1:]
            ]
            if word[:1] in pack.prefixes:  # two clitics: "وبالمنطقة"
                starts += [word[0] + x for x in starts]
            noun = not art or not any(word.startswith(x) for x in starts)
            while end < len(text) and text[end] == " ":
                end += 1
            out[end] = out.get(end, False) or noun
    return out


def unlisted_at(after: dict[int, bool], start: int, syllables: int, last: bool) -> bool:
    """Do ``syllables`` read as a name from ``start`` (an offset of :func:`after_levels`) name a
    place the gazetteer lacks: two (or one) right after a level word ("بلدية تشاو سون"), three after
    a level noun with nothing after them ("عبر بلدية لوو فينه سون،", ``last``)?

    >>> unlisted_at({10: False}, 10, 2, False), unlisted_at({10: False}, 10, 3, True)
    (True, False)
    >>> unlisted_at({10: True}, 10, 3, True), unlisted_at({10: True}, 10, 3, False)
    (True, False)
    """
    if syllables <= 2 and start in after:
        return True
    return syllables == 3 and last and after.get(start, False)


def unlisted_place(title: str, gap: str, pack: Pack) -> bool:
    """Is ``gap`` a place (in Latin script or another) right after the level word that
    ends a title ("رئيس اللجنة الشعبية لبلدية ها نها، السيد <name>"): one to three words, each a
    Vietnamese syllable as the script spells it (a commune the gazetteer may lack)?"""
    from kg.extract.names import reader_for, syllable_reading

    words = gap.split()
    if not 1 <= len(words) <= 3 or not re.fullmatch(r"[^\W\d_\s]+(?:\s+[^\W\d_]+)*\s*", gap.strip() + " "):
        return False
    if not any(m.end() == len(title) for m, _ in pack.levels.finditer(title)):
        return False
    if all(reader_for(w) is None for w in words):
        # Latin script: Vietnamese syllables ("sekretarz Komitetu Partii gminy Hoa Xuan <name>")
        from kg.extract.names import syllables

        return all(w in syllables() for w in words)
    return all(reader_for(w) is not None and syllable_reading(w) is not None for w in words)


# ---------------------------------------------------------------- places in other scripts
@cache
def _places_by_first_word() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    # (a name two places share, a city's and a district's, "hong ngu (thanh pho)", "hong ngu (huyen)", by its bare
    # name: "أمين لجنة الحزب في مدينة هونغ نغو", the Hong Ngu City Party Committee, a district's; shared_district)
    for place in sorted(_bare_names()):
        words = tuple(place.split())
        if len(words) >= 2:
            out.setdefault(words[0], []).append(words)
    return out


@cache
def _places_by_first_word_and_length() -> dict[tuple[str, int], tuple[tuple[str, ...], ...]]:
    """:func:`_places_by_first_word` by first word and number of words (each list in its order)."""
    out: dict[tuple[str, int], list[tuple[str, ...]]] = {}
    for first, places in _places_by_first_word().items():
        for words in places:
            out.setdefault((first, len(words)), []).append(words)
    return {key: tuple(places) for key, places in out.items()}


@cache
def _written_first_words(reader) -> frozenset[str]:
    """The first words of :func:`_written_places`."""
    return frozenset(key.split(" ")[0] for key in _written_places(reader))


@cache
def _written_places(reader) -> dict[str, str]:
    """Places whose usual spelling in the reader's script is not read syllable by syllable ("هوشي
    منه", "هو تشي منه": Ho Chi Minh), from the script's lines of ``kg/data/place_aliases.tsv``."""
    out = {}
    for key, place in provinces().items():
        words = key.split()
        if words and all(reader.tokens.fullmatch(w) for w in words):
            out[" ".join(reader.norm(w) for w in words)] = fold(place.name)
    return out


def read_place(tokens: list[str], reader=None) -> str | None:
    """The place (folded) that syllables written in a script other than Latin spell: the
    script's reader (:class:`kg.extract.names.ScriptReader`) gives each token's syllables, likeliest
    first; a place is the first whose syllables they all may be.

    >>> read_place(["نينه", "بينه"]), read_place(["ين", "خانه"]), read_place(["مدينة", "هوشي", "منه"])
    ('ninh binh', 'yen khanh', 'ho chi minh')
    """
    if reader is None:
        from kg.extract.names import reader_for

        reader = reader_for(tokens[0]) if tokens else None
        if reader is None:
            return None
    return _read_place(tuple(tokens), reader)


@lru_cache(maxsize=1 << 16)  # bounded: a build meets many words; the engine reads each several times
def _read_place(tokens: tuple[str, ...], reader) -> str | None:
    written = _written_places(reader).get(" ".join(tokens))
    if written:
        return written
    spellings = reader.spellings
    n = len(tokens)
    # (in a place of several words, also the syllables only the Central Highlands' places spell, which no name
    # reading takes: "تشو باه", Chư Păh; "إيا غراي", Ia Grai)
    extra = getattr(reader, "place_spellings", {}) if n > 1 else {}
    firsts = spellings.get(tokens[0], [])[:6] + extra.get(tokens[0], []) if tokens else None
    if not firsts:
        return None
    index = _places_by_first_word_and_length()  # (the places of as many words as tokens)
    options = None  # the readings of the other tokens, read once a place may start with the first's
    found = None
    for first in firsts:  # the likeliest reading first
        for words in index.get((first, n), ()):
            if options is None:
                options = [set(spellings.get(t, [])[:6]) | set(extra.get(t, ())) for t in tokens[1:]]
            if all(w in o for w, o in zip(words[1:], options, strict=True)):
                place = " ".join(words)
                if place in provinces():
                    return place
                found = found or place
    # (a district only when the letters spell no province: "مقاطعة فو ثو" is Phu Tho, which the
    # translations write so, not the district Vu Thu, though فو reads Vu first)
    return found


@lru_cache(maxsize=1 << 16)
def _may_open_place(token: str, reader) -> bool:
    """May :func:`read_place` find a place whose first syllable ``token`` writes: the first word of a
    place written as a whole (:func:`_written_places`), or a spelling of a place's first word?"""
    index = _places_by_first_word()
    return token in _written_first_words(reader) or any(
        first in index for first in reader.spellings.get(token, [])[:6]
    )


def _place_at(tokens: list[str], i: int, reader) -> bool:
    """Do the tokens from ``i`` on open with a place of two to four words?"""
    return (
        i < len(tokens)
        and _may_open_place(tokens[i], reader)
        and any(i + n <= len(tokens) and read_place(tokens[i : i + n], reader) for n in (4, 3, 2))
    )


@cache
def _stop_words(reader) -> frozenset[str]:
    """The words of the reader's language never read as (part of) a name (its pack's ``notname``
    cues, as the reader writes them): no place starts with one either."""
    from kg.lang import load_pack

    return frozenset(reader.norm(w) for w in load_pack(reader.translit.parent.name).cue("notname").entries)


def other_script_places(text: str, single: bool = False) -> list[str]:
    """Folded names of the provinces and districts ``text`` writes in scripts other than Latin
    (every script :func:`kg.extract.names.readers` reads); with ``single``, also a place its usual spelling
    writes as one word ("لجنة الحزب في مدينة هانوي": a title's place; an article's province is not counted from
    them, where a dateline's Hanoi would tie with the province it is about).

    >>> other_script_places("في مقاطعة نينه بينه")
    ['ninh binh']
    """
    from kg.extract.names import readers

    out = []
    for reader in readers():
        tokens = [reader.norm(m.group()) for m in reader.tokens.finditer(text)]
        stop = _stop_words(reader)
        i = 0
        while i < len(tokens):
            if not _may_open_place(tokens[i], reader) or (
                tokens[i] in stop and _place_at(tokens, i + 1, reader)
            ):
                # (read_place would find nothing that starts with it; a word never part of a name,
                # such as the preposition "في", before words that spell a place is no first syllable
                # of another: "في ثانه هوا" is in Thanh Hoa, not Vi Thanh; "كان ثو" is still Can Tho)
                i += 1
                continue
            for n in (4, 3, 2):  # (four: "با ريا فونج تاو", Ba Ria - Vung Tau, not the city Ba Ria)
                place = read_place(tokens[i : i + n], reader) if i + n <= len(tokens) else None
                if place:
                    out.append(place)
                    i += n
                    break
            else:
                one = _written_places(reader).get(tokens[i]) if single else None
                if one:
                    out.append(one)  # a place written as one word: "هانوي"
                i += 1
    return out
