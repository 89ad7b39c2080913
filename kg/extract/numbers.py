"""Numbers, ordinals and dates as written in the packs' languages."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

import kg.rx as re
from kg.lang import Pack
from kg.script import RE_CLAUSE_ENDS, RE_COMMAS, RE_DASHES

__all__ = ["NUMBER", "DateMention", "find_dates", "parse_number", "roman", "years_in"]

# 131 000 | 8,641 | 53.389,7 | 1,301.5 | 17.33 | 12
# Written with its first digit first, so the regex engine skips to the digits of a text: what may
# stand before the number (one letter, or three, after a non-letter: "ô12", "pkt12"; else nothing
# of a number or word) is checked once that digit is read.
NUMBER = re.compile(
    r"\d(?:(?<=(?<![^\W\d_])[^\W\d_]\d)|(?<=(?<![^\W\d_])[^\W\d_]{3}\d)|(?<![\w.,/-]\d)|(?<=\d%/\d)"
    r"|(?<=\d[ \u00a0\u202f]%/\d))"  # (the total of "83,2 %/50 %", fr and de writing a space before the sign)
    r"(?:\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d*(?:[.,]\d+)*)"
    r"(?!\w)(?!/\d{1,2}/)(?!/(?:19|20)\d\d)(?!/[^\d\s])"
)


def _grouped_thousands(head: str, tail: str) -> bool:
    """'2.800' read as 2,800 where the dot is the decimal mark: one leading group, two trailing zeros."""
    return tail.endswith("00") and 0 < len(head) <= 3 and bool(head.strip("0"))


def parse_number(text: str, decimal: str = ".") -> float | None:
    """Read a number written with either decimal convention.

    ``decimal`` is the language's decimal separator; it decides only the ambiguous case of one
    separator followed by exactly three digits.

    >>> parse_number("8,641"), parse_number("53.389,7", ","), parse_number("46,8", ",")
    (8641.0, 53389.7, 46.8)
    >>> parse_number("89.362", ","), parse_number("131 000"), parse_number("17.33")
    (89362.0, 131000.0, 17.33)
    >>> parse_number("2.800"), parse_number("16.298"), parse_number("0.500"), parse_number("1000.500")
    (2800.0, 16.298, 0.5, 1000.5)
    >>> parse_number("257,000", ","), parse_number("2,000", ","), parse_number("26,880", ","), parse_number("0,500", ",")
    (257000.0, 2000.0, 26.88, 0.5)
    """
    text = re.sub(r"[ \u00a0\u202f]", "", text)
    seps = [c for c in text if c in ".,"]
    if not seps:
        return float(text) if text.isdigit() else None
    if len(set(seps)) == 2:
        last = max(text.rfind("."), text.rfind(","))
        whole = re.sub(r"[.,]", "", text[:last])
        return float(f"{whole}.{text[last + 1 :]}")
    sep = seps[0]
    parts = text.split(sep)
    if len(parts) > 2:
        return float("".join(parts)) if all(len(p) == 3 for p in parts[1:]) else None
    head, tail = parts
    # (a decimal is not written with two trailing zeros: "VND2.800 billion" in an English text
    # translated from Vietnamese is 2,800, "más de 257,000 miembros" in a Spanish one 257,000; only
    # after one group of up to three digits)
    if len(tail) == 3 and (sep != decimal or _grouped_thousands(head, tail)):
        return float(head + tail)
    return float(f"{head}.{tail}")


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman(text: str) -> int | None:
    """'XIII' -> 13; None when ``text`` is not a Roman numeral up to 100.

    >>> roman("XIII"), roman("XIV"), roman("LIX"), roman("MIX")
    (13, 14, 59, None)
    """
    if not text or any(c not in _ROMAN for c in text):
        return None
    total = 0
    for i, c in enumerate(text):
        v = _ROMAN[c]
        total += -v if i + 1 < len(text) and _ROMAN[text[i + 1]] > v else v
    return total if 0 < total <= 100 else None


@dataclass
class DateMention:
    start: int
    end: int
    day: int | None
    month: int
    year: int | None


# (the look-behind written after the year's first digits: the engine then skips to a "19" or "20",
# not trying every position of a text; same matches as "(?<![\d.,])(19[5-9]\d|20[0-4]\d)(?![\d])")
_YEAR = re.compile(r"((?:19[5-9]|20[0-4])(?<![\d.,]\d\d\d)\d)(?![\d])")
# (also with a start clipped by a typo: "nhiệm kỳ 202-2025" states no year 2025)
_RANGE = re.compile(rf"(19|20)\d\d?\s*[{RE_DASHES}]\s*(19|20)\d\d")


def years_in(text: str) -> list[int]:
    """Stand-alone years (not parts of a range such as 2020-2025), and the years of dotted dates
    ("am 13.3.2024": a full stop before a year is otherwise a number's)."""
    spans = [m.span() for m in _RANGE.finditer(text)]
    found = [m for m in _YEAR.finditer(text) if not any(a <= m.start() < b for a, b in spans)]
    found += [m for m in _DOTTED_DATE.finditer(text)]
    return [int(m.group(m.lastindex or 0)) for m in sorted(found, key=lambda m: m.start())]


# (the same: "(?<![\d.,])\d{1,2}\.\d{1,2}\.((?:19|20)\d\d)(?![\d.,]\d|\d)", skipping to digits)
_DOTTED_DATE = re.compile(r"\d(?<![\d.,]\d)\d?\.\d{1,2}\.((?:19|20)\d\d)(?![\d.,]\d|\d)")


@dataclass(frozen=True)
class _DatePatterns:
    day: re.Pattern[str]  # a day before the month word
    year_after: re.Pattern[str]  # a year after it (a day may stand between)
    first: re.Pattern[str]  # the first day of several before the day
    year: re.Pattern[str]  # a year right after the month word
    day_after: re.Pattern[str]  # a day (and a year) after the month word
    numeric: re.Pattern[str]  # a numeric date after a dateword cue
    gap: re.Pattern[str]  # what stands between a day written as a word and its month


@lru_cache(maxsize=64)
def _patterns(suffix: str, link: str, day_range: str) -> _DatePatterns:
    """The date patterns of a pack, from its ``ordinal_suffix``, ``day_link`` and ``day_range``
    cues (compiled once)."""
    return _DatePatterns(
        day=re.compile(rf"(\d{{1,2}}){suffix}?\.?\s*(?:{link}\s+)?$"),
        # (also a month and year written with a slash, "tháng 3/2025")
        year_after=re.compile(
            rf"\s*(?:,\s*|{link}\s+|/)?(?:\d{{1,2}}{suffix}?\s*,?\s*)?((?:19|20)\d\d)(?!\d)"
        ),
        # (a German day's dot before a range word: "vom 28. bis zum 30. September")
        first=re.compile(rf"(?<![\d/.])(\d{{1,2}}){suffix}?\.?\s*(?:[-–—]|{day_range})\s*$"),
        year=re.compile(rf"\s*(?:,\s*|{link}\s+)?((?:19|20)\d\d)(?!\d)"),
        day_after=re.compile(
            rf"\s*(\d{{1,2}}){suffix}?(?!\d)(?:\s*(?:[-–]|{day_range})\s*\d{{1,2}}{suffix}?(?!\d))?"
            r"(?:\s*,?\s*((?:19|20)\d\d)(?!\d))?"
        ),
        # "ngày 29-9", "ngày 13/3/2024", "hôm nay (19/8)"; several days ("các ngày 24 và 25/1", "từ ngày 12 - 14/6")
        # give the first day with the month written after the last
        numeric=re.compile(
            rf"\s*\(?(\d{{1,2}})(?:\s*(?:[-–]|{day_range})\s*\d{{1,2}}(?=\s*[-/.]\s*\d))?"
            r"\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*((?:19|20)\d\d))?(?![\d])"
        ),
        gap=re.compile(rf"\s*(?:{link}\s+)?"),
    )


def _abbreviated(pack: Pack, word: str) -> bool:
    """Is ``word`` a pack's month wording cut short ("jan" of "january", "sept" of "september")?"""
    value = pack.months.entries.get(word)
    return value is not None and any(
        w != word and w.startswith(word) and v == value for w, v in pack.months.entries.items()
    )


def find_dates(folded: str, pack: Pack) -> list[DateMention]:
    """Day-month(-year) mentions in folded text.

    Forms: "26 August 2024", "August 26, 2024", "17 stycznia", "في 14 نوفمبر", and the numeric
    "ngay 29-9" / "ngay 13/3/2024" after a ``dateword`` cue of the pack. Remembered for a loaded
    pack (the engine reads a sentence's dates for meetings and metrics): a new list each time.
    """
    if not pack.loaded:  # a pack made by hand (tests): nothing to remember
        return _find_dates(folded, pack)
    key = (folded, id(pack))  # a loaded pack lives as long as the process
    found = _DATES.get(key)
    if found is None:
        found = tuple(_find_dates(folded, pack))
        if len(folded) <= 5000:  # (sentences; a whole article is read once)
            if len(_DATES) >= 512:
                _DATES.clear()
            _DATES[key] = found
    return list(found)


_DATES: dict[tuple[str, int], tuple[DateMention, ...]] = {}


def _find_dates(folded: str, pack: Pack) -> list[DateMention]:
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []  # sorted, never overlapping: a bisection finds a clash

    def add(start: int, end: int, day, month: int, year) -> None:
        at = bisect.bisect_left(taken, (end,))
        if at and taken[at - 1][1] > start:
            return
        if day is not None and not 1 <= day <= 31:
            return
        bisect.insort(taken, (start, end))
        out.append(DateMention(start, end, day, month, year))

    def add_numeric(start: int, m: re.Match) -> None:  # a date in figures: day, month and maybe a year
        add(start, m.end(), int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)

    patterns = _patterns(
        pack.alternation("ordinal_suffix"), pack.alternation("day_link"), pack.alternation("day_range")
    )
    for m, values in pack.months.finditer(folded):
        month = int(values[0])
        before = folded[max(0, m.start() - 12) : m.start()]
        # an abbreviated month with its dot ("Jan. 19", "Dec.31", not "May. 19 delegates"): what
        # follows the dot
        end = (
            m.end() + 1 if folded[m.end() : m.end() + 1] == "." and _abbreviated(pack, m.group()) else m.end()
        )
        after = folded[end : end + 16]
        day = patterns.day.search(before)
        year_after = patterns.year_after.match(after)
        if day:
            start = m.start() - (len(before) - day.start())
            # "22 and 23 August", "12-15 June", "من 12 إلى 15 يونيو": a meeting of several days is
            # dated by its first day
            first = patterns.first.search(folded[max(0, start - 16) : start])
            if first and int(first.group(1)) < int(day.group(1)):
                start -= len(folded[max(0, start - 16) : start]) - first.start()
                day = first
            yr = patterns.year.match(after)
            add(
                start,
                end + (yr.end() if yr else 0),
                int(day.group(1)),
                month,
                int(yr.group(1)) if yr else None,
            )
            continue
        # a day written as an ordinal word after a ``day_word`` cue ("في الخامس والعشرين من يناير", "on
        # the fifth of May"; not "الدورة الثانية من مارس", the second session of March)
        words = [
            (o, v)
            for o, v in pack.ordinals.finditer(folded, max(0, m.start() - 40), m.start())
            if patterns.gap.fullmatch(folded, o.end(), m.start())
            and any(
                _DAY_WORD_GAP.fullmatch(folded, c.end(), o.start())
                for c, _ in pack.cue("day_word").finditer(folded, max(0, o.start() - 20), o.start())
            )
        ]
        if words:
            yr = patterns.year.match(after)
            o, v = words[0]
            add(
                o.start(),
                end + (yr.end() if yr else 0),
                int(v[0]),
                month,
                int(yr.group(1)) if yr else None,
            )
            continue
        day_after = patterns.day_after.match(after)
        if day_after:
            add(
                m.start(),
                end + day_after.end(),
                int(day_after.group(1)),
                month,
                int(day_after.group(2)) if day_after.group(2) else None,
            )
        elif year_after:
            add(m.start(), end + year_after.end(), None, month, int(year_after.group(1)))
    for cue, _ in pack.cue("dateword").finditer(folded):
        m = patterns.numeric.match(folded, cue.end())
        if m is None and (comma := _COMMA_AFTER.match(folded, cue.end())):
            # a comma between the date word and the day ("Sáng thứ Hai, 29/9, tại ..."): the day and month
            # then close a clause or have their year ("hôm nay, 3/4 số xã" is a share)
            m = patterns.numeric.match(folded, comma.end())
            if m and not (m.group(3) or _CLAUSE_END_AFTER.match(folded, m.end())):
                m = None
        if m and not m.group(3) and pack.decimal == "." and "." in m.group():
            continue  # "اليوم 2.5 مليون نسمة": a decimal number where the full stop is the decimal mark
        if m and not m.group(3) and re.match(r"\s*%", folded[m.end() : m.end() + 3]):
            continue  # "el 8.5%", "am 5-10%": a percentage after an article that is also a date word, no date
        if m and 1 <= int(m.group(2)) <= 12:
            add_numeric(cue.start(), m)
    # a day and a month in figures after an article or a preposition opening a clause, a clause end or a year after
    # them ("El 12/3, el Consejo ...", "في 12/3، عقد ...", "On 12/3, the council ..."; not a share the article
    # opens inside a clause, "alcanzó el 3/4 de las metas")
    for cue, _ in pack.cue("date_article").finditer(folded):
        m = patterns.numeric.match(folded, cue.end())
        if (
            m
            and 1 <= int(m.group(2)) <= 12
            and "." not in m.group()
            and _clause_opens(folded, cue.start())
            and (m.group(3) or _CLAUSE_END_AFTER.match(folded, m.end()))
            and not _runs_backwards(m.group())
        ):
            add_numeric(cue.start(), m)
    # a day and a month written with a dot after each, opening a sentence or in brackets ("12.03. Prowincjonalna
    # Rada Ludowa ...", "heute (19.8.)"): no decimal number ends with a dot before a word
    for m in _DOTTED_DAY_MONTH.finditer(folded) if _DIGIT_DOT_DIGIT.search(folded) else ():
        if 1 <= int(m.group(2)) <= 12:
            add(m.start(1), m.end(2) + 1, int(m.group(1)), int(m.group(2)), None)
    # a month in Roman figures between a day and a year ("12.III.2025", "12 III 2025 r.")
    for m in _ROMAN_MONTH.finditer(folded):
        month = roman(m.group(2).upper())
        if month is not None and month <= 12:
            add(m.start(), m.end(), int(m.group(1)), month, int(m.group(3)))
    # a dateline's day and month in figures before its agency in brackets and a dash: "Hà Nội, 12/3 (TTXVN) -",
    # "Hanoi, 12/3 (VNA) –" (no share nor fraction is written so)
    for m in _DATELINE_NUMERIC.finditer(folded):
        if 1 <= int(m.group(2)) <= 12:
            add(m.start(), m.end("agency"), int(m.group(1)), int(m.group(2)), None)
    # a whole numeric date, day first, needs no date word ("On 12/3/2025, ...", "12.03.2025 r."): with its
    # year it is no share nor decimal number
    for m in _WHOLE_NUMERIC.finditer(folded):
        # (the first day of several written before it: "28-30/9/2025", "28.-30.9.2025")
        last = m.group("last")
        if 1 <= int(m.group(4)) <= 12 and (last is None or int(m.group(1)) < int(last)):
            start, day = m.start(), int(m.group(1))
            # (or before a ``day_range`` word: "7 et 8/12/2020", "Vom 7. bis 9.12.2020", "W dniach 7 i 8.12.2020",
            # "من 7 إلى 9/12/2020": a meeting of several days, dated by its first day as "7 and 8 December 2020" is)
            first = patterns.first.search(folded, max(0, start - 16), start) if last is None else None
            if first and int(first.group(1)) < day:
                start, day = first.start(), int(first.group(1))
            add(start, m.end(), day, int(m.group(4)), int(m.group(5)))
    return sorted(out, key=lambda d: d.start)


# (the day's first digit, then what may stand before it, then its second digit: ``(\d(?<![\d/.:-]\d)\d?)`` is
# ``(?<![\d/.:-])(\d{1,2})``, the same matches, but an expression that opens with a digit, not a look-behind, lets
# the engine skip to the digits of a text; the same in _DATELINE_NUMERIC and _ROMAN_MONTH; tests/api/
# test_speed_equivalence.py compares them)
# (not glued to a word after it: "23/8/2024Trong 02 ngày (22 và 23/8)" is a byline's day run into the text)
_WHOLE_NUMERIC = re.compile(
    r"(\d(?<![\d/.:-]\d)\d?)(?:\.?\s?[-–]\s?(?P<last>\d{1,2}))?([-/.])(\d{1,2})\3((?:19|20)\d\d)(?![\d/]|[^\W\d_])"
)

# "12/3 (ttxvn) -": a day and month of a dateline, its agency one word in brackets, a dash after
_DATELINE_NUMERIC = re.compile(
    rf"(\d(?<![\d/.:-]\d)\d?)[/-](\d{{1,2}})(?![\d/.-])(?P<agency>\s*\([^\W\d_][\w.]*\))\s*[{RE_DASHES}]"
)

# a month in Roman figures between a day and a year, with dots or spaces ("12.III.2025", "12 iii 2025")
_ROMAN_MONTH = re.compile(
    r"(\d(?<![\d.,/-]\d)\d?)(?:\.\s?|\s)(xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)(?:\.\s?|\s)((?:19|20)\d\d)(?!\d)"
)

# a day and a month with a dot after each, at a text's or a line's start or after a bracket ("12.03. Rada ...",
# "(19.8.)"), a space, a bracket or a comma after them
_DOTTED_DAY_MONTH = re.compile(r"(?:^|(?<=[\n(]))\s*(\d{1,2})\.(\d{1,2})\.(?=[\s),]|$)")
_DIGIT_DOT_DIGIT = re.compile(
    r"\d\.\d"
)  # (in every match of _DOTTED_DAY_MONTH: searched first, a skip to digits)

# what stands between a day word and a day written as an ordinal word: nothing, a space, a comma or a bracket
# ("بعد ظهر اليوم، التاسع عشر من فبراير", this afternoon, the nineteenth of February; "صباح اليوم (الخامس عشر من
# أكتوبر)")
_DAY_WORD_GAP = re.compile(rf"\s?(?:[{RE_COMMAS}(]\s?)?")
# a comma right after a date word, a day in figures after it
_COMMA_AFTER = re.compile(rf"[{RE_COMMAS}]\s*(?=\(?\d)")

# a clause end, a bracket or the text's end right after a date
_CLAUSE_END_AFTER = re.compile(rf"\s*(?:[{RE_CLAUSE_ENDS}{RE_COMMAS}:)]|$)")


def _clause_opens(folded: str, at: int) -> bool:
    """Does a clause open at ``at``: nothing before it but spaces, or a clause end, a comma, a colon, a bracket or a
    line break right before it?"""
    before = folded[max(0, at - 40) : at].rstrip(" \t")
    return (
        not before
        or before[-1] in "\n(:"
        or re.search(rf"[{RE_CLAUSE_ENDS}{RE_COMMAS}]$", before) is not None
    )


def _runs_backwards(written: str) -> bool:
    """Is a span of days written before its month, its first day not before its last ("30-28/9/2025"): no date?"""
    span = re.match(r"\s*\(?(\d{1,2})\s*[-–]\s*(\d{1,2})\s*[-/.]", written)
    return span is not None and int(span.group(1)) >= int(span.group(2))
