"""Vietnam's provinces and districts, from the ``vietnamadminunits`` package.

Both maps are kept: the 63 provinces in force until 2025 (``legacy``) and the 34 after the 2025
merger; each legacy province is linked to its successor.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from kg import tables
from kg.text import fold

__all__ = [
    "Place",
    "body_place",
    "districts",
    "lookup",
    "main_district",
    "main_province",
    "place_pattern",
    "province_key",
    "province_of",
    "provinces",
    "successor",
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
    legacy = json.loads((base / "parser_legacy.json").read_text(encoding="utf-8"))
    converter = json.loads((base / "converter_2025.json").read_text(encoding="utf-8"))
    return legacy, converter


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


def body_place(
    level: str | None, written: str | None, province: str | None, district: str | None = None
) -> str | None:
    """The place of a local body: the one its title writes (a province for a provincial body, a
    district for a district one), else the article's: its province for a provincial body, the
    district it is about (:func:`main_district`) for a district body. A district body with neither
    has no place: it is not guessed from its province.

    >>> body_place("provincial", "ninh binh", "Ha Noi"), body_place("provincial", None, "Ha Noi")
    ('Ninh Binh', 'Ha Noi')
    >>> body_place("district", "thanh chuong", "Nghe An"), body_place("district", None, "Nghe An")
    ('Thanh Chuong', None)
    >>> body_place("district", None, "Nghe An", "Do Luong")
    'Do Luong'
    """
    if level == "central":
        return None
    place = lookup(written) if written else None
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
    """Folded place names (longer than 3 letters) -> number of words."""
    return {n: len(n.split()) for n in set(provinces()) | set(districts()) if len(n) > 3}


_WORD = re.compile(r"[^\W\d_]+")


@cache
def _first_words() -> frozenset[str]:
    return frozenset(n.split()[0] for n in _by_words())


def find_places(folded: str, original: str | None = None) -> list[tuple[int, int, str]]:
    """Places named in ``folded`` text (longest first, left to right) as (start, end, folded name);
    with ``original`` (same offsets), only names written with capitals count.

    >>> find_places("cong tac tai ninh binh va ha noi")
    [(13, 22, 'ninh binh'), (26, 32, 'ha noi')]
    """
    names = _by_words()
    firsts = _first_words()
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]
    out = []
    i = 0
    while i < len(words):
        if words[i][2] not in firsts:
            i += 1
            continue
        for n in (4, 3, 2, 1):
            if i + n > len(words):
                continue
            span = words[i : i + n]
            key = " ".join(w for _, _, w in span)
            if key in names and (original is None or all(original[a].isupper() for a, _, _ in span)):
                out.append((span[0][0], span[-1][1], key))
                i += n
                break
        else:
            i += 1
    return out
