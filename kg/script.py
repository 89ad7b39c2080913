"""Scripts and punctuation: every character class the engine's patterns use, declared once.

As spaCy's ``char_classes``: the engine's regexes name these constants instead of writing
``،`` or ``\\u0600-\\u06ff`` themselves, so a script's letters and punctuation are one line here.

Two kinds of constants:

- *ranges* (``ARABIC_BLOCK``, ``ARABIC_LETTERS``, ``LATIN``, ``SENTENCE_START``) are written for
  the inside of a regex class: ``re.compile(f"[{ARABIC_LETTERS}]+")``;
- *sets* (``COMMAS``, ``SEMICOLONS``, ``COLONS``, ``DASHES``, ``SENTENCE_ENDS``) are the
  characters themselves (for ``str.strip``, ``in``), and their ``RE_`` twins are the same
  characters escaped for the inside of a regex class: ``re.compile(rf"[\\s{RE_COMMAS}]")``.

>>> import re
>>> re.findall(f"[{ARABIC_LETTERS}]+", "Tô Lâm تو لام، 2024")
['تو', 'لام']
>>> re.split(f"[{RE_COMMAS}{RE_SEMICOLONS}]", "a, b، c؛ d")
['a', ' b', ' c', ' d']
>>> "Hưng".translate(FOLD_PERSIAN), "کی".translate(FOLD_PERSIAN), "٢٠٢٤".translate(DIGITS)
('Hưng', 'كي', '2024')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "ALEF_FORMS",
    "ARABIC_BLOCK",
    "ARABIC_LETTERS",
    "ARABIC_MARKS",
    "COLONS",
    "COMMAS",
    "DASHES",
    "DIGITS",
    "FOLD_PERSIAN",
    "LATIN",
    "PERSIAN_FORMS",
    "RE_CLAUSE_ENDS",
    "RE_COLONS",
    "RE_COMMAS",
    "RE_DASHES",
    "RE_SEMICOLONS",
    "RE_SENTENCE_ENDS",
    "SCRIPTS",
    "SEMICOLONS",
    "SENTENCE_ENDS",
    "SENTENCE_START",
    "TATWEEL",
    "Script",
    "count_letters",
    "is_arabic",
    "legacy_encodings",
]

# ---------------------------------------------------------------- letters (regex class ranges)
# The Arabic Unicode block: letters, Arabic-Indic digits, punctuation, marks.
ARABIC_BLOCK = "\u0600-\u06ff"
# Letters that make Arabic-script words (hamza … غ, ف … ي, ٱ … ے: Persian and Urdu letters
# included); no tatweel, no harakat, no digits, no punctuation.
ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
# Latin letters: ASCII, Latin-1, Extended-A and -B, Extended Additional (Vietnamese ạ … ỹ).
LATIN = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
# What a sentence may start with after sentence punctuation: an opening quote or bracket, a table
# bar, a capital (À-Ỹ spans Latin-1 to Vietnamese capitals, Arabic included), an Arabic letter.
SENTENCE_START = "\"“'(«|A-ZĐÀ-Ỹ" + ARABIC_BLOCK

# the short vowels, shadda, sukun and the tanween of -un and -in (U+064C-U+0652): few articles write
# them, and a word written with them ("عُقد", "جلساتٍ") is the word without them. The tanween of -an
# (U+064B) stays: written before the alef of the accusative ("هكتارًا"), it keeps the noun a word of
# its own, as the packs list it ("هكتار")
ARABIC_MARKS = "\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
TATWEEL = "\u0640"  # the Arabic stretching stroke: not a letter, dropped when an article is read (a mark of SCRIPTS')

# Arabic-Indic and Persian digits, Arabic decimal and thousands separators, Arabic percent sign.
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪", "01234567890123456789.,%")
# Persian letter forms read as their Arabic twins (ی ک ە ۀ).
PERSIAN_FORMS = (("ی", "ي"), ("ک", "ك"), ("ە", "ه"), ("ۀ", "ه"))
FOLD_PERSIAN = str.maketrans(dict(PERSIAN_FORMS))
# Alef with hamza above or below and alef wasla: the bare alef when wordings are matched (kg.text.fold): many
# sites write "الامين العام" for "الأمين العام", "اقليم" for "إقليم". Not the alef madda: "آنه" (Anh), "آن" (An) are
# names' syllables, "أنه", "أن" (that) words no name holds
ALEF_FORMS = (("أ", "ا"), ("إ", "ا"), ("ٱ", "ا"))

# ---------------------------------------------------------------- punctuation (sets)
COMMAS = ",،"  # Latin, Arabic
SEMICOLONS = ";؛"
COLONS = ":："  # Latin, full width
DASHES = "-–—"  # hyphen-minus, en dash, em dash
SENTENCE_ENDS = ".!?؟۔"  # full stop, !, ?, Arabic question mark, Urdu full stop


def _inside_class(chars: str) -> str:
    return "".join("\\" + c if c in "\\]^-[" else c for c in chars)


RE_COMMAS = _inside_class(COMMAS)
RE_SEMICOLONS = _inside_class(SEMICOLONS)
RE_COLONS = _inside_class(COLONS)
RE_DASHES = _inside_class(DASHES)
RE_SENTENCE_ENDS = _inside_class(SENTENCE_ENDS)
RE_CLAUSE_ENDS = RE_COMMAS + RE_SEMICOLONS + "."  # what ends a clause: a title never runs across it


def is_arabic(char: str) -> bool:
    """Whether ``char`` is in the Arabic block.

    >>> is_arabic("ن"), is_arabic("n")
    (True, False)
    """
    return "\u0600" <= char <= "\u06ff"


# ---------------------------------------------------------------- scripts
@dataclass(frozen=True)
class Script:
    """A writing system: its Unicode block(s) (a regex class range), the language an article mostly
    written in it is (when one pack reads the script; Latin-script languages are told apart by
    their packs' words), and the legacy code pages a file in it may be saved in.

    A script other than Latin whose language's pack ships a ``translit.tsv`` has its Vietnamese
    names read back syllable by syllable (:mod:`kg.extract.names`): a name's syllables are runs of
    its ``letters`` (the whole block when not given), each first read through ``variants`` (pairs
    of a letter form and the form the table writes, as Persian ی for Arabic ي)."""

    name: str
    block: str
    language: str | None = None
    legacy: tuple[str, ...] = ()  # Python codec names, likeliest first
    letters: str = ""  # the letters of words (a regex class range): no digits, marks, punctuation
    variants: tuple[tuple[str, str], ...] = ()
    marks: str = ""  # optional marks dropped when an article is read (Arabic short vowels, tanween)
    # marks kept in the text that a name's syllable is read through, as no part of it: the tanween of -an
    # before the alef ("أيضًا", also, is one word, not a name's "A" after "أيض")
    inner: str = ""
    # a word's last letter writers put down for another (a form and the one the pack may write instead): Arabic ه for
    # the ta marbuta ة ("اللجنه الشعبيه"), ى for ي ("الاقليمى") and ي for ى ("علي" for "على"); a word is read with
    # the other letter when the pack's wordings write it so and never as written (kg.text.pack_spelled)
    finals: tuple[tuple[str, str], ...] = ()
    suffixes: str = ""  # of those letters, the ones that are also a suffix of their own (Arabic ه, his)

    @property
    def word_letters(self) -> str:
        return self.letters or self.block


SCRIPTS = (
    Script(
        "arabic",
        ARABIC_BLOCK,
        "ar",
        ("cp1256", "iso8859_6"),
        ARABIC_LETTERS,
        (*PERSIAN_FORMS, ("ى", "ي")),  # (and the alef maqsura some write for a last ي: "ثى ماى", Thi Mai)
        ARABIC_MARKS + TATWEEL,  # (a word stretched by a tatweel, "الرفيـق", is the word)
        "\u064b",
        (("ه", "ة"), ("ى", "ي"), ("ي", "ى")),
        "ه",
    ),
    # Central European Latin (Polish, Czech), Vietnamese, Western European Latin
    Script("latin", LATIN, None, ("cp1250", "iso8859_2", "cp1258", "cp1252", "iso8859_1")),
)


def count_letters(letters: str, script: str) -> int:
    """How many characters of ``letters`` are in the blocks of ``script`` (a name in :data:`SCRIPTS`).

    >>> count_letters("Tô Lâm تو لام", "arabic"), count_letters("Tô Lâm تو لام", "latin")
    (5, 5)
    """
    block = next(s.block for s in SCRIPTS if s.name == script)
    return sum(map(len, re.findall(f"[{block}]+", letters)))  # (runs, not one string a character)


def legacy_encodings() -> list[str]:
    """Every script's legacy code pages, in the order :data:`SCRIPTS` lists them."""
    return [codec for s in SCRIPTS for codec in s.legacy]
