"""Text utilities shared by every language: folding, digits, sentences."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["Sentence", "fold", "fold_aligned", "normalise_digits", "sentences", "title_case"]

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪", "01234567890123456789.,%")
_DIACRITIC_FREE = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L"})


def normalise_digits(text: str) -> str:
    """Map Arabic-Indic and Persian digits (and their separators) to ASCII.

    >>> normalise_digits("٥٣٫٣٨٩ و ١٢٪")
    '53.389 و 12%'
    """
    return text.translate(_DIGITS)


def fold(text: str) -> str:
    """Lower-case, strip Latin diacritics (Arabic letters are kept), unify spaces.

    >>> fold("Đỗ Trọng  Hưng")
    'do trong hung'
    """
    text = text.translate(_DIACRITIC_FREE)
    if not text.isascii():
        text = text.translate(_STRIPPED)
    text = text.replace("\u0640", "")  # tatweel
    return re.sub(r"\s+", " ", text.lower()).strip()


def _fold_char(c: str) -> str:
    if c.isascii():
        return c.lower()
    if _is_arabic(c):
        return c
    if c.isspace():
        return " "
    c = c.translate(_DIACRITIC_FREE)
    base = unicodedata.normalize("NFKD", c)[:1] or c
    low = base.lower()
    return low if len(low) == 1 else base


class _FoldTable(dict):
    """A ``str.translate`` table filled as characters are met (one Python call per new character)."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_ALIGNED = _FoldTable()


class _StripTable(dict):
    """Latin letters without their diacritics (may expand a character); Arabic kept as it is."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        out = (
            c
            if _is_arabic(c)
            else "".join(d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d))
        )
        self[code] = out
        return out


_STRIPPED = _StripTable()


def fold_aligned(text: str) -> str:
    """Like :func:`fold` but one character for one, so offsets match the original text.

    >>> fold_aligned("Đỗ  Hưng")
    'do  hung'
    """
    return text.translate(_ALIGNED)


def _is_arabic(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff"


def title_case(name: str) -> str:
    """'nguyen van a' -> 'Nguyen Van A'."""
    return " ".join(part[:1].upper() + part[1:] for part in name.split())


class Sentence(str):
    """A sentence with its position in the article text."""

    start: int
    index: int

    def __new__(cls, text: str, start: int, index: int) -> Sentence:
        obj = super().__new__(cls, text)
        obj.start = start
        obj.index = index
        return obj


_SPLIT = re.compile(r"(?<=[.!?؟۔])\s+(?=[\"“'(«|A-ZĐÀ-Ỹ\u0600-\u06ff])|\n+")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Dr|No|Nr|nr|St|ds|tel|ul|pkt|ks|Prof|\d{1,2})\.$")


def sentences(text: str) -> list[Sentence]:
    """Split text into sentences at line breaks and at sentence punctuation.

    >>> [str(s) for s in sentences("Ala ma kota. Kot ma Alę.\\nNowa linia")]
    ['Ala ma kota.', 'Kot ma Alę.', 'Nowa linia']
    """
    out: list[Sentence] = []
    pos = 0
    for match in _SPLIT.finditer(text):
        if match.group().strip() == "" and "\n" not in match.group():
            if _ABBREVIATION.search(text, max(0, match.start() - 6), match.start()):
                continue
        _add(out, text, pos, match.start())
        pos = match.end()
    _add(out, text, pos, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip(" \t|\r")
    if stripped:
        offset = start + chunk.find(stripped)
        out.append(Sentence(stripped, offset, len(out)))
