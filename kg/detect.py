"""Detect an article's language: script first, then the packs' function words."""

from __future__ import annotations

import re
from collections import Counter

from kg.lang import available_languages, load_pack
from kg.script import SCRIPTS, count_letters
from kg.text import fold

__all__ = ["detect_language"]


def detect_language(text: str) -> str:
    """ISO 639-1 code of the article's language ('und' when nothing is recognised).

    >>> detect_language("Ngày 29-9, dưới sự chủ trì của đồng chí Đỗ Trọng Hưng"), detect_language("في صباح يوم 1 فبراير")
    ('vi', 'ar')
    >>> detect_language("Súdruh Nguyen Van An predsedal zasadnutiu výboru strany v provincii.")
    'und'
    """
    sample = text[:4000]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return "und"
    joined = "".join(letters)
    for script in SCRIPTS:  # a script one pack reads (kg/script.py): Arabic is ar
        if script.language and count_letters(joined, script.name) > len(letters) / 3:
            return script.language
    latin = count_letters(joined, "latin")
    if latin < len(letters) / 2:
        return "und"
    words = Counter(re.findall(r"[^\W\d_]+", fold(sample)))
    total = sum(words.values())
    chars = Counter(sample.lower())
    best, score = "und", 0.0
    for code in available_languages():
        pack = load_pack(code)
        hits = sum(n for w, n in words.items() if w in pack.detect)
        marks = sum(n for c, n in chars.items() if c in pack.letters)
        # (a pack whose letters are optional, French written without its accents, needs its words frequent)
        if pack.letters and marks * 400 < len(sample) and (pack.letters_required or hits * 12 < total):
            continue  # Polish without ł ą ę ż is Czech or Slovak; Vietnamese without its marks is not Vietnamese
        if hits * 40 < total:
            continue  # too few of the language's function words
        s = hits + 3 * marks
        if s > score:
            best, score = code, s
    return best
