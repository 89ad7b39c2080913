"""Property tests: extraction never raises; numbers and dates read back what was written."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import extract
from kg.extract.numbers import find_dates, parse_number
from kg.lang import load_pack
from kg.model import Article
from kg.text import fold_aligned

WORDS = st.sampled_from(
    [
        "Nguyen",
        "Van",
        "An",
        "Secretary",
        "of",
        "the",
        "Party",
        "Committee",
        "chaired",
        "ترأس",
        "الرفيق",
        "ماي",
        "فان",
        "توات",
        "Bí thư",
        "Tỉnh ủy",
        "przewodniczył",
        "towarzysz",
        "15,058",
        "billion VND",
        "%",
        "No.",
        "18-NQ/TW",
        ",",
        ".",
        ";",
        ":",
        "–",
        "\n",
        "٢٠٢٤",
        "ngày 9-4",
        "2024",
        "XIII",
        "(",
        ")",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_extraction_never_raises_on_any_text(text):
    extract(Article("p", text))


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=60).map(" ".join), st.sampled_from(["ar", "pl", "en", "vi", None]))
def test_extraction_never_raises_on_word_salad(text, lang):
    x = extract(Article("p", text, lang=lang))
    for official in x.officials:
        assert official.name and official.surface


def _group(digits: str, sep: str) -> str:
    out = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return sep.join(out)


@settings(deadline=None)  # what is read is checked, not how fast: a loaded machine stalls any example
@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=999), st.integers(1, 3))
def test_numbers_round_trip_in_both_conventions(whole, frac, places):
    fraction = str(frac).zfill(3)[:places]
    value = float(f"{whole}.{fraction}")
    if 0 < whole < 1000 and places == 3 and fraction.endswith("00"):  # '2.800' is 2,800 (no decimal
        # is written with two trailing zeros)
        assert parse_number(f"{whole}.{fraction}", ".") == whole * 1000 + int(fraction)
    else:
        assert parse_number(f"{_group(str(whole), ',')}.{fraction}", ".") == value  # 53,389.7 (en, ar)
    if 0 < whole < 1000 and places == 3 and fraction.endswith("00"):  # '257,000' is 257,000 (es, pl, vi)
        assert parse_number(f"{whole},{fraction}", ",") == whole * 1000 + int(fraction)
    else:
        assert parse_number(f"{_group(str(whole), '.')},{fraction}", ",") == value  # 53.389,7 (pl, vi)
        assert parse_number(f"{_group(str(whole), ' ')},{fraction}", ",") == value  # 53 389,7 (pl)
    if whole >= 1000:
        assert parse_number(_group(str(whole), ","), ".") == whole  # 8,641 (ar)
        assert parse_number(_group(str(whole), "."), ",") == whole  # 89.362 (vi)


MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "pl": [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    "ar": [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
}


@settings(deadline=None)
@given(
    st.integers(1, 28), st.integers(1, 12), st.integers(1990, 2049), st.sampled_from(["en", "pl", "ar", "vi"])
)
def test_dates_round_trip(day, month, year, lang):
    if lang == "en":
        text = f"On {MONTHS['en'][month - 1]} {day}, {year}, the committee met."
    elif lang == "vi":
        text = f"Ngày {day}/{month}/{year}, Ban Thường vụ họp."
    else:
        text = (
            f"W dniu {day} {MONTHS[lang][month - 1]} {year} r."
            if lang == "pl"
            else f"في {day} {MONTHS['ar'][month - 1]} {year}"
        )
    dates = find_dates(fold_aligned(text), load_pack(lang))
    assert [(d.day, d.month, d.year) for d in dates] == [(day, month, year)]
