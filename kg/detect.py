"""Detect an article's language: script first, then the packs' function words."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from kg.lang import available_languages, load_pack
from kg.script import SCRIPTS, count_letters
from kg.text import fold

__all__ = ["detect_language"]


@lru_cache(maxsize=8)
def _marked(letters: frozenset[str]) -> re.Pattern[str] | None:
    """An expression finding each of ``letters`` (characters) in a text, None when there are none."""
    single = sorted(c for c in letters if len(c) == 1)
    return re.compile("[" + "".join(re.escape(c) for c in single) + "]") if single else None


# what is no letter: neither str.isalpha's characters nor the few numeric ones that are no digit
_NOT_LETTERS = re.compile(r"[\W\d_]+")


def detect_language(text: str) -> str:
    """ISO 639-1 code of the article's language ('und' when nothing is recognised).

    >>> detect_language("Ngày 29-9, dưới sự chủ trì của đồng chí Đỗ Trọng Hưng"), detect_language("في صباح يوم 1 فبراير")
    ('vi', 'ar')
    >>> detect_language("Súdruh Nguyen Van An predsedal zasadnutiu výboru strany v provincii.")
    'und'
    """
    sample = text[:4000]
    # the letters: the runs of word characters that are no digit, all letters almost always
    joined = _NOT_LETTERS.sub("", sample)  # (the runs of letters, joined)
    if not joined.isalpha():  # (a numeric character no digit, "²", or none at all)
        joined = "".join(filter(str.isalpha, sample))
    if not joined:
        return "und"
    for script in SCRIPTS:  # a script one pack reads (kg/script.py): Arabic is ar
        if script.language and count_letters(joined, script.name) > len(joined) / 3:
            return script.language
    latin = count_letters(joined, "latin")
    if latin < len(joined) / 2:
        return "und"
    words = Counter(re.findall(r"[^\W\d_]+", fold(sample)))
    total = sum(words.values())
    # (the words written with a mark, folded: a required-letters pack's marked word counts only there, so
    # Vietnamese "là", "để" are not Spanish or French "la", "de" beside a Vietnamese photo caption)
    written = re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", sample))
    # (folded together, a space between: fold is one character at a time, and a space ends a word's pieces)
    marked_words = Counter(re.findall(r"[^\W\d_]+", fold(" ".join(w for w in written if not w.isascii()))))
    codes = available_languages()
    packs = [load_pack(code) for code in codes]
    # (the characters of the sample that are some pack's letters: all a pack's marks count)
    marked = _marked(frozenset().union(*(pack.letters for pack in packs)))
    chars = Counter(marked.findall(sample.lower())) if marked is not None else Counter()
    best, score = "und", 0.0
    for code, pack in zip(codes, packs, strict=True):
        # (the words and letters of the pack the text holds: counted over the smaller set)
        if pack.letters_required and pack.detect_marked:
            plain = words.keys() & (pack.detect - pack.detect_marked)
            hits = sum(map(words.__getitem__, plain))
            hits += sum(map(marked_words.__getitem__, marked_words.keys() & pack.detect_marked))
        else:
            hits = sum(map(words.__getitem__, words.keys() & pack.detect))
        marks = sum(map(chars.__getitem__, chars.keys() & pack.letters))
        # (a pack whose letters are optional, French written without its accents, needs its words frequent)
        if pack.letters and marks * 400 < len(sample) and (pack.letters_required or hits * 12 < total):
            continue  # Polish without ł ą ę ż is Czech or Slovak; Vietnamese without its marks is not Vietnamese
        if hits * 40 < total:
            continue  # too few of the language's function words
        s = hits + 3 * marks
        if s > score:
            best, score = code, s
    return best
