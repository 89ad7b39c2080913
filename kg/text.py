"""Text utilities shared by every language: folding, digits, sentences."""

from __future__ import annotations

import functools
import html
import itertools
import unicodedata
from typing import TYPE_CHECKING

import kg.rx as re
from kg.script import (
    ALEF_FORMS,
    DIGITS,
    PERSIAN_FORMS,
    RE_COLONS,
    RE_DASHES,
    RE_SENTENCE_ENDS,
    SENTENCE_START,
    TATWEEL,
)
from kg.script import is_arabic as _is_arabic

if TYPE_CHECKING:
    from kg.lang import Pack

__all__ = [
    "Sentence",
    "blank",
    "clean",
    "fold",
    "fold_aligned",
    "fold_sentences",
    "normalise_digits",
    "pack_spelled",
    "printable",
    "sentences",
    "strip_marks",
    "title_case",
]


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the spans replaced by spaces (same length).

    >>> blank("Mr Ba of Ninh Binh", [(0, 5)])
    '      of Ninh Binh'
    """
    if not spans:
        return text
    n = len(text)
    # (the text cut at the spans, merged: a whole article is not copied character by character)
    cut = sorted((a, min(b, n)) for a, b in spans if a < b and a < n)
    if not cut or cut[0][0] < 0:
        if cut:  # (a span counted from the end: as list slicing reads it)
            chars = list(text)
            for a, b in spans:
                chars[a:b] = " " * (min(b, n) - a)
            return "".join(chars)
        return text
    out = []
    pos = 0  # written up to here
    for a, b in cut:
        if b <= pos:
            continue
        if a > pos:
            out.append(text[pos:a])
            out.append(" " * (b - a))
        else:
            out.append(" " * (b - pos))
        pos = b
    out.append(text[pos:])
    return "".join(out)


_DIACRITIC_FREE = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L"})
# Arabic letters folded to another (a wording written either way matches): the hamza's alef forms, the Persian forms
_ARABIC_FORMS = dict(ALEF_FORMS + PERSIAN_FORMS)


_DIGIT_CHARS = re.compile("[" + "".join(re.escape(chr(code)) for code in DIGITS) + "]")


def normalise_digits(text: str) -> str:
    """Map Arabic-Indic and Persian digits (and their separators) to ASCII.

    >>> normalise_digits("٥٣٫٣٨٩ و ١٢٪")
    '53.389 و 12%'
    """
    if text.isascii() or _DIGIT_CHARS.search(text) is None:  # translating is slow: only if needed
        return text
    return text.translate(DIGITS)


def fold(text: str) -> str:
    """Lower-case, strip Latin diacritics (Arabic letters are kept, alef forms as the bare alef), unify spaces.

    >>> fold("Đỗ Trọng  Hưng")
    'do trong hung'
    """
    found = _FOLDED_TEXTS.get(text)  # (the engine folds a span several times)
    if found is not None:
        return found
    key = text
    if not text.isascii():
        # (else ASCII and Arabic letters the table keeps: most Arabic text)
        if _changes()[1].search(text) is not None:
            text = text.translate(_FOLDED)
        text = text.replace(TATWEEL, "")
    found = " ".join(text.lower().split())  # the spaces str.split and regex \s know are the same
    if len(key) <= 5000:
        if len(_FOLDED_TEXTS) >= 4096:
            _FOLDED_TEXTS.clear()
        _FOLDED_TEXTS[key] = found
    return found


_FOLDED_TEXTS: dict[str, str] = {}  # the texts folded last


def _fold_char(c: str) -> str:
    if c.isascii():
        return c.lower()
    if _is_arabic(c):
        return _ARABIC_FORMS.get(c, c)
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
        if c in _script_marks():  # Arabic short vowels: a wording written with them is one without
            out = ""
        elif _is_arabic(c):
            out = _ARABIC_FORMS.get(c, c)
        else:
            out = "".join(d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d))
        self[code] = out
        return out


_STRIPPED = _StripTable()


class _FoldedTable(dict):
    """``_DIACRITIC_FREE`` then ``_STRIPPED``, in one table."""

    def __missing__(self, code: int) -> str:
        out = _DIACRITIC_FREE.get(code) or _STRIPPED[code]
        self[code] = out
        return out


_FOLDED = _FoldedTable()


def fold_aligned(text: str) -> str:
    """Like :func:`fold` but one character for one, so offsets match the original text.

    >>> fold_aligned("Đỗ  Hưng")
    'do  hung'
    """
    if text.isascii():
        return text.lower()
    if len(text) > 5000:  # a whole article: folded once
        return _aligned(text)
    found = _ALIGNED_TEXTS.get(text)  # (the engine folds a sentence for names, places and facts)
    if found is None:
        if len(_ALIGNED_TEXTS) >= 256:
            _ALIGNED_TEXTS.clear()
        found = _ALIGNED_TEXTS[text] = _aligned(text)
    return found


def _aligned(text: str) -> str:
    """``text.translate(_ALIGNED)``: ``str.lower`` when every character is ASCII or an Arabic one the table keeps
    (``str.translate`` looks up each character, ``str.lower`` is one pass in C: half the time on Arabic text)."""
    if _changes()[0].search(text) is None:
        return text.lower()
    return text.translate(_ALIGNED)


@functools.cache
def _changes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What _ALIGNED may change beyond ``str.lower``, what _FOLDED may change at all (:func:`_changed`)."""
    return _changed(_ALIGNED, lowered=True), _changed(_FOLDED, lowered=False)


def _changed(table: dict, lowered: bool) -> re.Pattern[str]:
    """A character of a text a folding table may change other than as ``str.lower`` does (``lowered``) or at all:
    any but those of ASCII and of the Arabic block the table maps so (read from the table itself)."""
    kept = [
        c
        for c in map(chr, [*range(0x80), *range(0x600, 0x700)])
        if table[ord(c)] == (c.lower() if lowered else c) and len(c.lower()) == 1
    ]
    return re.compile("[^" + "".join(re.escape(c) for c in kept) + "]")


_ALIGNED_TEXTS: dict[str, str] = {}  # the texts folded last


def fold_sentences(text: str, sents: list[Sentence]) -> tuple[str, list[str]]:
    """:func:`fold_aligned` of ``text`` and of each of its sentences (:func:`sentences`): the text
    folded once, each sentence's fold the slice of it at the sentence's offsets (one character for
    one: the same string), remembered as :func:`fold_aligned` remembers it.

    >>> fold_sentences("Đỗ Hưng. Ala", sentences("Đỗ Hưng. Ala"))
    ('do hung. ala', ['do hung.', 'ala'])
    """
    whole = fold_aligned(text)
    out = []
    for s in sents:
        folded = whole[s.start : s.start + len(s)]
        if len(s) <= 5000 and not s.isascii():
            if len(_ALIGNED_TEXTS) >= 256:
                _ALIGNED_TEXTS.clear()
            _ALIGNED_TEXTS[s] = folded
        out.append(folded)
    return whole, out


def title_case(name: str) -> str:
    """'nguyen van a' -> 'Nguyen Van A'; a one-letter prefix glued by an apostrophe keeps the
    capital of the name after it: "h'yim kdoh" -> "H'Yim Kdoh"."""
    return " ".join(
        part[:1].upper() + (part[1:2] + part[2:3].upper() + part[3:] if part[1:2] == "'" else part[1:])
        for part in name.split()
    )


class Sentence(str):
    """A sentence with its position in the article text."""

    start: int
    index: int

    def __new__(cls, text: str, start: int, index: int) -> Sentence:
        obj = super().__new__(cls, text)
        obj.start = start
        obj.index = index
        return obj


# spaces after a sentence end before a sentence start, or line breaks; written with the first
# space first, so the regex engine skips to the spaces of a text
_SPLIT = re.compile(rf"\s(?:(?<=[{RE_SENTENCE_ENDS}]\s)\s*(?=[{SENTENCE_START}])|(?<=\n)\n*)")


@functools.cache
def _abbreviation() -> re.Pattern[str]:
    """A word whose full stop ends no sentence: every pack's ``abbreviations.txt`` (text is cut into
    sentences before its language is known), and a day or month number ("20. Juli", "(20. Juli)")."""
    from kg.lang import available_languages, load_pack  # kg.lang folds with this module

    words = {w for code in available_languages() for w in load_pack(code).abbreviations}
    listed = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(
        rf"(?:^|[\s(])(?:{listed})\.$|(?:^|[\s(])\d{{1,2}}\.$"
        # (the last day of a range written after the first day's dot and a dash: "14.–16. Oktober 2020")
        rf"|\d\.[{RE_DASHES}]\d{{1,2}}\.$"
        # (a year glued to its abbreviation: "12 marca 2025r. Prowincjonalna ..." is a date, no sentence's end)
        rf"|(?:^|[\s(])(?:19|20)\d\d(?:{listed})\.$"
        # (a month cut short after a day: "Hanoï, 9 sept. (VNA) – ...", "Hanoi, 9. Sept. (VNA)")
        rf"|(?:^|[\s(])\d{{1,2}}\.?\s(?i:{'|'.join(map(re.escape, _short_months()))})\.$"
        # (a day and a month with a dot after each, opening a text, a line or a sentence, in a bracket or after a
        # date word of any pack: "12.03. Prowincjonalna Rada ...", "W dniu 12.03. Prowincjonalna ...")
        rf"|(?:^|[\n(]|[.!?]\s|(?i:\b(?:{'|'.join(map(re.escape, _date_words()))}))\s)"
        r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.$"
    )


@functools.cache
def _year_abbreviation() -> re.Pattern[str]:
    """A year and an abbreviation of a pack after it, its full stop last ("w 2020 r.", "2025r.")."""
    from kg.lang import available_languages, load_pack

    words = {w for code in available_languages() for w in load_pack(code).abbreviations}
    listed = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\d)(?:19|20)\d\d\s?(?:{listed})\.$")


@functools.cache
def _date_words() -> list[str]:
    """The last word of every pack's ``dateword`` cues ("dniu" of "w dniu", "am", "le"), the longest first."""
    from kg.lang import available_languages, load_pack

    words = {w.split()[-1] for code in available_languages() for w in load_pack(code).cue("dateword").entries}
    return sorted((w for w in words if w.isalpha()), key=len, reverse=True)


@functools.cache
def _short_months() -> list[str]:
    """Every pack's month words cut short (written with their full stop in ``months.tsv``, or the start of a
    longer word of the same month by two letters or more), as written (diacritics kept), none a month's full name in any pack ("may",
    "maj"), the longest first."""
    from kg.lang import available_languages, pack_folder
    from kg.tables import rows

    short, full = set(), set()
    for code in available_languages():
        folder = pack_folder(code)
        words = [(r[0].lower(), r[1]) for r in rows(folder / "months.tsv")] if folder else []
        for w, v in words:
            # (two letters cut at least: "maj" of "maja", "luty" of "lutym" are whole words)
            cut = w.endswith(".") or any(len(o) > len(w) + 1 and o.startswith(w) and u == v for o, u in words)
            (short if cut else full).add(w.rstrip("."))
    return sorted((w for w in short - full if " " not in w), key=len, reverse=True)


@functools.cache
def abbreviation_reach() -> int:
    """How many characters before a full stop :func:`_abbreviation` needs to see: the longest listed
    word, the space before it and its full stop (" Messrs.")."""
    from kg.lang import available_languages, load_pack

    words = {w for code in available_languages() for w in load_pack(code).abbreviations}
    # (" 12. sept.": a day, its full stop and a space before a month cut short)
    # (" dniu 12.03.": a date word, a space and a day and a month with their dots)
    return max(
        6,
        2 + max(map(len, words), default=0),
        6 + max(map(len, _short_months()), default=0),
        8 + max(map(len, _date_words()), default=0),
    )


def sentences(text: str, pack: Pack | None = None) -> list[Sentence]:
    """Split text into sentences at line breaks and at sentence punctuation; with the ``pack`` of a language that
    writes its ordinals with a dot (``ordinals	dotted`` in format.tsv: German, Polish, Czech), not after a Roman
    ordinal before a noun an ordinal opens (:func:`_dotted_ordinal`).

    >>> [str(s) for s in sentences("Ala ma kota. Kot ma Alę.\\nNowa linia")]
    ['Ala ma kota.', 'Kot ma Alę.', 'Nowa linia']
    """
    out: list[Sentence] = []
    pos = 0
    dotted = pack is not None and _ordinals_dotted(pack)
    splits = list(_SPLIT.finditer(text))
    if pack is not None and pack.months:
        # (a sentence that opens with its day, a month word of the pack after it: "... wzrosły. 14 marca Stały Komitet
        # ... zorganizował spotkanie", whose digit is no capital)
        days = [
            m
            for m in _DAY_START.finditer(text)
            if pack.months.match_at(fold(text[m.start(1) : m.start(1) + 20]), 0)
        ]
        splits = sorted(splits + days, key=lambda m: m.start())
    else:
        days = []
    day_starts = {m.start() for m in days}  # (a set: a long text writes many days, review28 round 10 Low 4)
    for match in splits:
        if match.group().strip() == "" and "\n" not in match.group():
            if (
                _abbreviation().search(text, max(0, match.start() - abbreviation_reach()), match.start())
                and not (
                    pack is not None and not dotted and _number_ends(text, match.start(), match.end(), pack)
                )
                # (a year's abbreviation before a sentence that opens with its day ends that sentence: "Projekt
                # zatwierdzono w 2020 r. 20 grudnia Komitet Ludowy ... zorganizował konferencję")
                and not (
                    match.start() in day_starts
                    and _year_abbreviation().search(text, max(0, match.start() - 12), match.start())
                )
            ):
                continue
            if dotted and _dotted_ordinal(text, match.start(), match.end(), pack):
                continue
        _add(out, text, pos, match.start())
        pos = match.end()
    _add(out, text, pos, len(text))
    return out


_ROMAN_DOT = re.compile(r"(?:^|[\s(])[IVXLC]{1,7}\.$")
# a sentence end, a space and a day of the month (its month word read after it by :func:`sentences`)
# (written to open with the space, the sentence end looked behind it: the engine skips from one space or tab to the
# next instead of trying the look-behind at every character; the same matches as
# "(?<=[ends])[ \t]+(?=(?:[1-9]|[12]\d|3[01])[ \t]+([^\W\d_]))")
_DAY_START = re.compile(
    rf"[ \t](?<=[{RE_SENTENCE_ENDS}][ \t])[ \t]*(?=(?:[1-9]|[12]\d|3[01])[ \t]+([^\W\d_]))"
)


def _ordinals_dotted(pack: Pack) -> bool:
    """Does the pack's language write its ordinals with a dot ("der 17. Parteitag", "der XIII. Parteitag": ``ordinals
    dotted`` in its format.tsv)?"""
    return bool(pack.folder) and _dotted_in(pack.folder)


@functools.cache
def _dotted_in(folder) -> bool:
    """``ordinals	dotted`` in the folder's format.tsv (read once a folder: :func:`sentences` asks it for every
    text it cuts)."""
    from kg.tables import rows

    return ["ordinals", "dotted"] in rows(folder / "format.tsv")


def _dotted_ordinal(text: str, end: int, after: int, pack: Pack) -> bool:
    """Is the full stop before ``end`` a Roman ordinal's, the noun it opens at ``after`` ("seit dem XIII. Parteitag",
    "der XIV. Nationalkongress", "XIII. Zjazd Partii": a congress, a term, a meeting or a body of the pack), no
    sentence's end ("... der Amtszeit XV. Die Delegierten ...": an article after it)?"""
    numeral = _ROMAN_DOT.search(text, max(0, end - 9), end)
    if not numeral:
        return False
    before = fold(text[max(0, numeral.start() - 60) : numeral.start() + 1]).rstrip()
    if any(m.end() == len(before) for m, _ in pack.cue("term").finditer(before)):
        return False  # a term's number after its noun ("kadencji XV. Komitet Ludowy ...", review14): the sentence ends
    head = fold(text[after : after + 60])
    return any(
        lexicon.match_at(head, 0) is not None
        for lexicon in (pack.cue("congress"), pack.cue("term"), pack.cue("meeting_kind"), pack.bodies)
    )


# a word, a space and a number of one or two digits before a full stop ("kỳ họp thứ 20.", "session No. 20.", "n° 20.")
_WORD_NUMBER_DOT = re.compile(r"(?:[^\W\d_]\.?|°)\s+\d{1,2}\.$")
# a day and a month in figures ("8/12", "8-12")
_DAY_MONTH = re.compile(r"(?<!\d)(?:[1-9]|[12]\d|3[01])[/-](?:0?[1-9]|1[0-2])(?!\d)")


def _number_ends(text: str, end: int, after: int, pack: Pack) -> bool:
    """In a language that writes no day or ordinal with a dot (no ``ordinals	dotted``), does the full stop before
    ``end`` after a word and a number end the sentence, the next one opening with its day ("HĐND tỉnh tổ chức kỳ họp
    thứ 20. Ngày 8/12, UBND tỉnh ...", "held its session No. 20. On December 8, the committee ...": a day and a month
    in figures or a month word of the pack in its first 25 characters), no month word right after it ("20. Juli")?"""
    if not _WORD_NUMBER_DOT.search(text, max(0, end - 12), end):
        return False
    head = fold(text[after : after + 25])
    if pack.months.match_at(head, 0) is not None:
        return False
    return bool(_DAY_MONTH.search(head)) or any(True for _ in pack.months.finditer(head))


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip(" \t|\r")
    if stripped:
        offset = start + chunk.find(stripped)
        out.append(Sentence(stripped, offset, len(out)))


_SURROGATE = re.compile("[\ud800-\udfff]")
_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85"  # vertical tab, form feed, separators, NEL: line breaks


@functools.cache
def _cleaning() -> tuple[dict[int, str | None], re.Pattern[str]]:
    """A ``str.translate`` table deleting invisible format characters (Unicode category Cf:
    zero-width spaces and joiners, bidi marks and overrides, soft hyphens, BOMs, tags) and control
    characters (Cc) but tab, line feed and carriage return; other line breaks (and the line and
    paragraph separators) become line feeds, every other space character (no-break, thin, em) a space.
    With it, a pattern that finds any of them (so clean text is not copied)."""
    table: dict[int, str | None] = {}
    for code in itertools.chain(range(0x20000), range(0xE0000, 0xE0080)):
        category = unicodedata.category(chr(code))
        if category == "Cf" or (category == "Cc" and chr(code) not in "\t\n\r"):
            table[code] = "\n" if chr(code) in _BREAKS else None
        elif category in ("Zl", "Zp"):  # line and paragraph separators
            table[code] = "\n"
        elif category == "Zs" and code != 0x20:  # no-break, thin, en, em, ideographic spaces
            table[code] = " "
    ranges: list[list[int]] = []
    for code in sorted(table):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    # characters beyond the BMP are looked for apart: a class of BMP characters only is a bitmap
    bmp = "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges if b < 0x10000)
    pattern = re.compile(f"[{bmp}]|[\\U00010000-\\U0010ffff]")
    return table, pattern


_SPACE_RUN = re.compile(r"(?<=\S)  +(?=\S)")  # (not a line's indent, not the spaces that end it)


def clean(text: str) -> tuple[str, list[str]]:
    r"""Text as extraction needs it: invisible format characters and control characters removed
    (a zero-width space inside a name no longer cuts it), every space character a space (a page's
    no-break spaces; a run of them between words one), a Windows CRLF and an old Mac's lone CR a line feed,
    letters composed (Unicode NFC: a page that writes 'ê' as 'e' and a combining circumflex reads as one that
    writes 'ê'), lines wrapped by hand joined (:func:`unwrap`), lone surrogates (from a JSON ``\ud800``) replaced by U+FFFD; the notes say what was not a plain removal.

    >>> clean("Nguy\u200ben V\u00e0n\u200d An\x1b[31m\x0cnext")
    ('Nguyen Vàn An[31m\nnext', [])
    >>> clean("Ông  Nguyễn Văn An.  Sáng\u00a0 nay")
    ('Ông Nguyễn Văn An. Sáng nay', [])
    >>> clean("Hà Nội\r\nsáng 5/6\rchiều")
    ('Hà Nội\nsáng 5/6\nchiều', [])
    >>> clean("bad \ud800 half")
    ('bad \ufffd half', ['lone surrogates replaced by U+FFFD'])
    >>> clean("Nguye\u0302\u0303n\u00a0Va\u0306n") == ("Nguyễn Văn", [])
    True
    """
    notes: list[str] = []
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        if _SURROGATE.search(text):  # (NFC cannot take them)
            text = _SURROGATE.sub("\ufffd", text)
            notes.append("lone surrogates replaced by U+FFFD")
        text = unicodedata.normalize("NFC", text)
    if text.isprintable():  # no Cc, Cf, Z* but the space, or surrogate (an id, a file name): no table built
        return _single_spaced(text), notes
    if "\r" in text:  # a Windows file's line ends and an old Mac file's lone carriage returns: line feeds
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii() and _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
        notes.append("lone surrogates replaced by U+FFFD")
    table, pattern = _cleaning()
    if pattern.search(text):
        text = text.translate(table)
    return unwrap(_single_spaced(text)), notes


def _single_spaced(text: str) -> str:
    """A run of spaces between words one space (a typist's two after a stop, a page's doubled or no-break ones)."""
    return _SPACE_RUN.sub(" ", text) if "  " in text else text


_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_entities(text: str) -> str:
    """HTML character references a scraper left in plain text ('&nbsp;', '&quot;', '&#8211;') as the characters
    they stand for; an ampersand that opens none is kept.

    >>> unescape_entities("Ngh&#7879; An &ndash; M&amp;A &nbsp;&quot;x&quot; & co &foo")
    'Nghệ An – M&A \xa0"x" & co &foo'
    """
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text)


_WRAP_MIN, _WRAP_MAX = 45, 120  # a text whose longest line is this long may be wrapped by hand
_WRAPS_MIN = 3  # and it is, when at least this many of its line breaks cut a sentence
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*·]|\d{1,2}[.)])\s")  # a line that opens a list's item
_LINE_END = re.compile(rf"[{RE_SENTENCE_ENDS}{RE_COLONS}\"'”’»)\]]\s*$")


def unwrap(text: str) -> str:
    r"""A text wrapped by hand (its longest line of ``_WRAP_MIN`` to ``_WRAP_MAX`` characters, as a mail, a
    terminal or a PDF copy writes them) with its wraps undone: a line break is a space where it cuts a sentence (the line
    runs to within a quarter of the text's longest line and ends in no stop, colon or closing quote,
    and a non-blank line that is no list item follows: a title is followed by a blank line, or is shorter).
    One character for one, so offsets survive. A text with a longer line is no wrapped text: left as it is.

    >>> import textwrap
    >>> para = "Comrade Nguyen Van An, Secretary of the Provincial Party Committee, chaired the meeting of the "
    >>> para += "Standing Committee on 5 May 2024 in the hall of the Provincial People's Committee of Ninh Binh."
    >>> print(textwrap.fill(para, 70))
    Comrade Nguyen Van An, Secretary of the Provincial Party Committee,
    chaired the meeting of the Standing Committee on 5 May 2024 in the
    hall of the Provincial People's Committee of Ninh Binh.
    >>> unwrap("Title\n\n" + textwrap.fill(para, 70) + "\n\n" + textwrap.fill(para, 70)) == f"Title\n\n{para}\n\n{para}"
    True
    >>> unwrap("A short list\n- one\n- two\n- three") == "A short list\n- one\n- two\n- three"
    True
    """
    if text.count("\n") < _WRAPS_MIN:
        return text
    lines = text.split("\n")
    longest = max(len(line) for line in lines)
    if not _WRAP_MIN <= longest <= _WRAP_MAX:
        return text
    full = 0.75 * longest
    cuts = [
        i
        for i in range(len(lines) - 1)
        if _full(lines[i], lines[i + 1], longest)
        and (not _LINE_END.search(lines[i]) or _runs_on(lines[i], lines[i + 1], full))
        and lines[i + 1].strip()
        and not _LIST_ITEM.match(lines[i + 1])
    ]
    if len(cuts) < _WRAPS_MIN:
        return text
    cut = set(cuts)
    return "".join(line + (" " if i in cut else "\n") for i, line in enumerate(lines[:-1])) + lines[-1]


def _full(line: str, following: str, longest: int) -> bool:
    """A line is full when it runs to within a quarter of the longest, or when the next line's first word would
    not have fitted on it (a wrap of a line that a long word shortened)."""
    size = len(line.rstrip())
    first = following.split(None, 1)[0] if following.strip() else ""
    return size >= 0.75 * longest or (size > 0 and bool(first) and size + 1 + len(first) > longest)


def _runs_on(line: str, following: str, full: float) -> bool:
    """A line that ends in a colon, a closing bracket or a closing quote (no sentence stop before them) runs on into
    the next when that line opens with a small letter, or is full too and opens with a letter of a caseless script:
    'held many posts, such as:' + 'deputy director of ...', 'the Gross Regional Domestic Product (GRDP)' + 'increased
    by 6.19%', 'أعضاء المكتب السياسي:' + 'الرئيس لونغ كونغ، ...' (a list's items under a colon are short lines, or
    open with a capital or a bullet)."""
    if _STOP_END.search(line):
        return False
    head = following.lstrip()[:1]
    return head.islower() or (head.isalpha() and not head.isupper() and len(following.rstrip()) >= full)


_STOP_END = re.compile(rf"[{RE_SENTENCE_ENDS}][\"'”’»)\]]*\s*$")

_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]|[\U000e0000-\U000e007f]"
)


def printable(text: str, keep: str = "\n", style: str = "python") -> str:
    r"""Text safe to print on a terminal: control characters (but those in ``keep``), invisible
    format characters (bidi overrides, zero-width), line separators and lone surrogates written as
    escapes, so article text cannot move the cursor, recolour, reorder or clear the screen.
    ``style``: ``python`` (``\x1b``, ``\u202e``), ``json`` (``\u001b``, a pair beyond U+FFFF) or
    ``rdf`` (``\u001B``, ``\U000E0041``: Turtle and N-Triples string escapes).

    >>> printable("red \x1b[31mtext\u202e\n")
    'red \\x1b[31mtext\\u202e\n'
    >>> printable("\x9b\U000e0041", style="json"), printable("\x9b", style="rdf")
    ('\\u009b\\udb40\\udc41', '\\u009B')
    """
    escape = {"python": _escape, "json": _escape_json, "rdf": _escape_rdf}[style]
    return _UNSAFE.sub(lambda m: m.group() if m.group() in keep else escape(m.group()), text)


def _escape(c: str) -> str:
    code = ord(c)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _escape_json(c: str) -> str:
    code = ord(c)
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def _escape_rdf(c: str) -> str:
    code = ord(c)
    return f"\\u{code:04X}" if code < 0x10000 else f"\\U{code:08X}"


@functools.cache
def _script_marks() -> str:
    from kg.script import SCRIPTS

    return "".join(s.marks for s in SCRIPTS)


@functools.cache
def _marks() -> re.Pattern[str] | None:
    marks = _script_marks()
    return re.compile(f"[{re.escape(marks)}]") if marks else None


def strip_marks(text: str) -> str:
    """Text without the optional marks of its script (:attr:`kg.script.Script.marks`): a word
    written with Arabic short vowels or tanween is the word without them.

    >>> strip_marks("عُقد الاجتماع وفقًا للخطة")
    'عقد الاجتماع وفقًا للخطة'
    """
    if text.isascii() or (marks := _marks()) is None or not marks.search(text):
        return text
    return marks.sub("", text)


def pack_spelled(text: str, pack: Pack) -> str:
    """Text whose words end with the letter the pack's wordings write, where the writer put down its twin
    (:attr:`kg.script.Script.finals` of the pack's script): Arabic "اللجنه الشعبيه" is "اللجنة الشعبية", "الاقليمى"
    "الاقليمي", "علي" "على", so every rule sees one form. A word changes only when its twin, bare of its clitics and
    article, is a word of the pack and the word as written is none: a name's syllable ("مينه", Minh; "في", in, a
    word itself) stays. A last letter that is also a suffix of its own (Arabic ه, his: "دوره", its role, is no
    "دورة", session) is taken for its twin only in a word with the article, which takes no such suffix ("الشعبيه"),
    or in a text that writes so at least twice ("لجنه الحزب" beside "اللجنه الشعبيه"). One letter for one: offsets
    survive.

    >>> from kg.lang import load_pack
    >>> pack_spelled("رئيس اللجنه الشعبيه لمقاطعه ها نام، السيد نجوين فان مينه، علي", load_pack("ar"))
    'رئيس اللجنة الشعبية لمقاطعة ها نام، السيد نجوين فان مينه، على'
    >>> pack_spelled("وقام بدوره في اللجنة الشعبية", load_pack("ar"))
    'وقام بدوره في اللجنة الشعبية'
    """
    found = _finals(pack.code)
    if found is None or found[0].search(text) is None:
        return text
    pattern, twins, suffixes = found
    vocab = _pack_vocabulary(pack)

    def twin_of(word: str) -> str | None:
        for twin in twins[word[-1]]:
            other = word[:-1] + twin
            if _known(fold(other), vocab, pack) and not _known(fold(word), vocab, pack):
                return other
        return None

    words = [(m, twin_of(m.group())) for m in pattern.finditer(text)]
    # (a suffix letter taken for its twin in a word with the article, twice: the text's habit)
    habit = (
        sum(
            1
            for m, twin in words
            if twin is not None and m.group()[-1] in suffixes and _with_article(fold(m.group()), pack)
        )
        >= _HABIT
    )
    out, pos = [], 0
    for m, twin in words:
        word = m.group()
        if twin is None or (word[-1] in suffixes and not habit and not _with_article(fold(word), pack)):
            continue
        out += [text[pos : m.start()], twin]
        pos = m.end()
    return "".join(out) + text[pos:] if out else text


_HABIT = 2  # words with the article a text writes with a suffix letter for its twin: its habit


@functools.cache
def _finals(code: str) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]], str] | None:
    from kg.script import SCRIPTS

    script = next((s for s in SCRIPTS if s.language == code and s.finals), None)
    if script is None:
        return None
    twins: dict[str, tuple[str, ...]] = {}
    for form, twin in script.finals:
        twins[form] = (*twins.get(form, ()), twin)
    around = script.word_letters + "".join(re.escape(c) for c in script.marks + script.inner)
    ends = "".join(re.escape(c) for c in twins)
    pattern = re.compile(f"(?<![{around}])[{script.word_letters}]+[{ends}](?![{around}])")
    return pattern, twins, script.suffixes


_VOCABULARIES: dict[str, frozenset[str]] = {}


def _pack_vocabulary(pack: Pack) -> frozenset[str]:
    """The words of the pack's wordings and title grammar, folded, each also without the article."""
    found = _VOCABULARIES.get(pack.code)
    if found is None:
        from kg import tables

        words = {w for lexicon in pack.lexicons() for wording in lexicon.entries for w in wording.split()}
        if pack.folder is not None and (pack.folder / "grammar.tsv").exists():
            words.update(w for row in tables.rows(pack.folder / "grammar.tsv") for w in fold(row[0]).split())
        words = {w.strip("*") for w in words}
        art = pack.article
        found = _VOCABULARIES[pack.code] = frozenset(
            words | {w[len(art) :] for w in words if art and w.startswith(art) and len(w) - len(art) >= 2}
        )
    return found


def _known(word: str, vocab: frozenset[str], pack: Pack) -> bool:
    return any(k in vocab for k in _bare(word, pack.prefixes, pack.article))


def _with_article(word: str, pack: Pack) -> bool:
    art = pack.article
    # (ل before the article drops its alef: "للجنه" is ل + اللجنه)
    return bool(art) and any(
        s.startswith(art) or (len(art) > 1 and s.startswith(art[1:] * 2)) for s in _stems(word, pack.prefixes)
    )


@functools.lru_cache(maxsize=8192)
def _stems(word: str, prefixes: tuple[str, ...]) -> frozenset[str]:
    """``word`` and the word without one or two clitic prefixes ("والاقليمية": "الاقليمية"), none shorter than two
    letters."""
    stems = {word}
    for _ in range(2):
        stems |= {s[len(p) :] for s in stems for p in prefixes if s.startswith(p) and len(s) - len(p) >= 2}
    return frozenset(stems)


@functools.lru_cache(maxsize=8192)
def _bare(word: str, prefixes: tuple[str, ...], article: str) -> frozenset[str]:
    """``word``, the word without its clitic prefixes and the word without the article too ("للجنة": "لجنة",
    ل + اللجنة), none shorter than two letters."""
    stems = _stems(word, prefixes)
    out = set(stems)
    if article:
        out |= {s[len(article) :] for s in stems if s.startswith(article) and len(s) - len(article) >= 2}
    return frozenset(out)


@functools.cache
def _glued() -> re.Pattern[str]:
    latin = [chr(c) for r in ((0x41, 0x250), (0x1E00, 0x1F00)) for c in range(*r)]
    lower = "".join(c for c in latin if c.islower())
    upper = "".join(c for c in latin if c.isupper())
    # (the capital matched, the letter before it looked behind: the engine skips to the capitals, rare in a text,
    # instead of trying the look-behind at every character; unglue writes the space before the capital)
    return re.compile(f"[{upper}](?<=[{lower}][{upper}])(?=[{lower}])")


@functools.cache
def _glued_date() -> re.Pattern[str]:
    # a date's last digit glued to a capitalised word: a byline's lost line break ("28/9/2020Sáng nay")
    latin = [chr(c) for r in ((0x41, 0x250), (0x1E00, 0x1F00)) for c in range(*r)]
    lower = "".join(c for c in latin if c.islower())
    upper = "".join(c for c in latin if c.isupper())
    # (as _glued: the capital matched, the date looked behind it)
    return re.compile(f"[{upper}](?<=[/.-](?:19|20)\\d\\d[{upper}])(?=[{lower}])")


def unglue(text: str) -> str:
    """Text with a space between a lower-case letter and a capitalised word glued to it, words some
    sites' lost line breaks joined ("el Comité delPartido", "del XIII CongresoNacional", "TruongTan
    Sang"), and a line break between a byline's date and the lead glued to it ("28/9/2020Sáng nay"); a capital
    followed by another ("LaoDongAI", "PhD") is left as it is.

    >>> unglue("la Resolución del XIII CongresoNacional del Partido, PhD")
    'la Resolución del XIII Congreso Nacional del Partido, PhD'
    """
    return _glued_date().sub("\n\\g<0>", _glued().sub(" \\g<0>", text))
