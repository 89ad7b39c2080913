"""More of the engine's shortcuts, each beside the plain form it replaces: spans blanked by cutting the
text, letters counted by runs, foreign names read only where two words open with a Latin capital, places
in another script looked up by first word and length."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kg import gazetteer
from kg.detect import detect_language
from kg.extract import names
from kg.lang import available_languages, load_pack
from kg.script import SCRIPTS, count_letters
from kg.text import blank, fold

_DEV = Path(__file__).resolve().parents[1] / "data" / "dev"


def _plain_blank(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (min(b, len(text)) - a)
    return "".join(chars)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="ab cد", max_size=25),
    spans=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=5),
)
def test_spans_blanked_by_cutting_the_text_are_those_blanked_character_by_character(text, spans):
    assert blank(text, spans) == _plain_blank(text, spans)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="aZé ب٣²½_1-Ⅻ", max_size=30))
def test_letters_counted_by_runs_are_those_counted_one_by_one(text):
    letters = "".join(c for c in text if c.isalpha())
    for script in SCRIPTS:
        one_by_one = len(re.findall(f"[{script.block}]", letters))
        assert count_letters(letters, script.name) == one_by_one


def _plain_detect(text: str) -> str:
    sample = text[:4000]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return "und"
    joined = "".join(letters)
    for script in SCRIPTS:
        if script.language and len(re.findall(f"[{script.block}]", joined)) > len(letters) / 3:
            return script.language
    if (
        len(re.findall(f"[{SCRIPTS[[s.name for s in SCRIPTS].index('latin')].block}]", joined))
        < len(letters) / 2
    ):
        return "und"
    words = Counter(re.findall(r"[^\W\d_]+", fold(sample)))
    total = sum(words.values())
    written = Counter(
        piece
        for w in re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", sample))
        if not w.isascii()
        for piece in re.findall(r"[^\W\d_]+", fold(w))
    )
    chars = Counter(sample.lower())
    best, score = "und", 0.0
    for code in available_languages():
        pack = load_pack(code)
        # (a required-letters pack's detect word written with a mark counts only where the text writes it with one)
        marked = pack.detect_marked if pack.letters_required else frozenset()
        hits = sum(n for w, n in words.items() if w in pack.detect and w not in marked)
        hits += sum(n for w, n in written.items() if w in marked)
        marks = sum(n for c, n in chars.items() if c in pack.letters)
        if pack.letters and marks * 400 < len(sample) and (pack.letters_required or hits * 12 < total):
            continue
        if hits * 40 < total:
            continue
        if hits + 3 * marks > score:
            best, score = code, hits + 3 * marks
    return best


def test_a_language_is_detected_as_letter_by_letter_counts_detect_it():
    texts = [p.read_text(encoding="utf-8") for p in sorted(_DEV.glob("*.txt"))]
    assert {_plain_detect(t) for t in texts} >= {"ar", "en", "pl", "vi"}
    for text in texts:
        assert detect_language(text) == _plain_detect(text)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="the of in ła się ệ ủa ßund le de ² ب", max_size=60))
def test_a_language_is_detected_as_letter_by_letter_counts_detect_it_in_any_text(text):
    assert detect_language(text) == _plain_detect(text)


def test_a_language_is_detected_whatever_numeric_characters_the_text_holds():
    arabic = "في صباح يوم 1 فبراير انعقد المؤتمر الأول للجنة الحزب"
    assert detect_language(arabic) == detect_language(arabic + " ² ½ Ⅻ") == "ar"
    assert detect_language("² ½ 12") == "und"


def test_every_latin_word_a_foreign_name_is_made_of_opens_as_the_gate_reads():
    # every pair of characters of the Latin blocks (and a few beyond): the gate's expression matches the
    # first two letters of each word _foreign_word accepts, which decides on those two and the rest
    chars = [chr(c) for c in (*range(0x0250), *range(0x1E00, 0x1F00), 0x0391, 0x03B1, 0x0628, 0x0414)]
    for a in (c for c in chars if c.isupper()):  # (_foreign_word needs a capital first)
        for b in chars:
            if names._foreign_word(a + b):
                assert names._capital_lower().match(a + b), (a, b)


def test_a_text_without_two_capitalised_latin_words_reads_no_foreign_name():
    pack = load_pack("ar")
    for text in (
        "استقبل رئيس الوزراء السيد ماساكي أوساوا",
        "Chairman Nguyen and the delegation",  # one word opening with a capital and a lower-case letter
        "وأكد رئيس الوزراء Masaaki أن",
    ):
        assert names._titled_foreign_names(text, pack, names._latin_names(text)) == []
    assert not names._two_capitalised("وأكد رئيس الوزراء Masaaki أن")
    assert names._two_capitalised("Prime Minister Masaaki Osawa")


def _plain_read_place(tokens: tuple[str, ...], reader) -> str | None:
    written = gazetteer._written_places(reader).get(" ".join(tokens))
    if written:
        return written
    spellings = reader.spellings
    ranked = [spellings.get(t, [])[:6] for t in tokens]
    if not ranked or not ranked[0]:
        return None
    options = [set(r) for r in ranked]
    for first in ranked[0]:
        for words in gazetteer._places_by_first_word().get(first, ()):
            if len(words) == len(tokens) and all(w in o for w, o in zip(words[1:], options[1:], strict=True)):
                return " ".join(words)
    return None


def test_places_in_another_script_read_by_first_word_and_length_are_those_read_by_first_word():
    reader = names.reader_for("نينه")
    arabic = [p for p in sorted(_DEV.glob("*.txt")) if detect_language(p.read_text(encoding="utf-8")) == "ar"]
    text = " ".join(p.read_text(encoding="utf-8") for p in arabic[:4])
    tokens = [reader.norm(m.group()) for m in reader.tokens.finditer(text)]
    read = 0
    for i in range(len(tokens)):
        for n in (1, 2, 3, 4):
            part = tuple(tokens[i : i + n])
            plain = _plain_read_place(part, reader)
            assert gazetteer._read_place.__wrapped__(part, reader) == plain, part
            read += plain is not None
            first = gazetteer._may_open_place.__wrapped__(part[0], reader) if part else True
            assert first or plain is None  # (a place never starts where may_open_place says none does)
    assert read >= 5
