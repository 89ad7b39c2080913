"""Meeting dates on text no gold covers: a deadline written as a whole date gives no meeting its
year, the end of a date range keeps it, a dated byline and a month folder of the URL give the
article's year."""

from __future__ import annotations

import importlib

import pytest

from kg.model import Article
from tests.helpers import case_rows

extract = importlib.import_module("kg.extract").extract


def _dates_table() -> list:
    """``tests/data/cases/dates.tsv``: a text, and what the dates of the meetings it reports must be."""
    return [
        pytest.param(lang, None if url == "-" else url, want.split(), text.replace("\\n", "\n"), id=case)
        for case, lang, url, want, text in case_rows("dates.tsv")
    ]


@pytest.mark.parametrize(("lang", "url", "want", "text"), _dates_table())
def test_meeting_dates(lang, url, want, text):
    dates = [m.date for m in extract(Article("t", text, lang=lang, url=url)).meetings]
    among = [w[1:] for w in want if w.startswith("+")]
    never = [w[1:] for w in want if w.startswith("!")]
    exact = [None if w == "none" else w for w in want if w[0] not in "+!"]
    assert all(d in dates for d in among), dates
    if never:
        assert dates, "the meeting is found"
        assert not any((d or "").startswith(p) for d in dates for p in never), dates
    if exact:
        assert sorted(dates, key=str) == sorted(exact, key=str)


def test_an_ordinal_that_qualifies_a_noun_is_no_day():
    from kg.extract.numbers import find_dates
    from kg.lang import load_pack
    from kg.text import fold

    assert find_dates(fold("عقد المجلس الدورة الثانية من مارس"), load_pack("ar")) == []


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        (
            "es",
            "En la mañana del 12 de septiembre de 2025 la delegación visitó el Mausoleo. Se espera que el I "
            "Congreso del Comité del Partido se celebre los días 14 y 15 de septiembre de 2025.",
            None,
        ),
        (
            "de",
            "Am Nachmittag des 28. August 2023 fand die monatliche Sitzung des Ständigen Ausschusses statt. "
            "Die 15. Sitzung des Volksrats soll am 20. September 2023 stattfinden.",
            "2023-08-28",
        ),
        (
            "en",
            "On March 4, 2024, the provincial People's Committee held a meeting. The 18th session of the "
            "Provincial People's Council will be held on April 10, 2024.",
            "2024-03-04",
        ),
    ],
)
def test_a_meeting_still_to_come_is_not_reported_as_held(lang, text, held):
    x = extract(Article("t", text, lang=lang))
    dates = [m.date for m in x.meetings]
    assert len(x.meetings) <= 1, dates
    assert all(d is None or d == held for d in dates), dates


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        ("vi", "Đại hội diễn ra từ ngày 12 đến ngày 15 tháng 10 năm 2020.", (12, 10, 2020)),
        ("vi", "Ngày 15 tháng 10 năm 2020, Đại hội bế mạc.", (15, 10, 2020)),
        ("en", "The congress took place from October 12 to 15, 2020.", (12, 10, 2020)),
        ("en", "The session was held on October 12 and 13, 2020.", (12, 10, 2020)),
        ("en", "On May 5, 12 delegates attended.", (5, 5, None)),
    ],
)
def test_a_range_of_days_written_before_the_year_keeps_the_year(lang, text, first):
    from kg.extract.numbers import find_dates
    from kg.lang import load_pack
    from kg.text import fold

    assert [(d.day, d.month, d.year) for d in find_dates(fold(text), load_pack(lang))] == [first]


@pytest.mark.parametrize(
    ("lang", "text", "dates"),
    [
        ("en", "The Secretary held a meeting with the delegation yesterday (Jan.19).", [(19, 1, None)]),
        ("en", "On Dec. 31, 2019, the council held its 13th meeting.", [(31, 12, 2019)]),
        ("en", "The plan was adopted in May. 19 delegates voted for it.", []),
    ],
)
def test_an_abbreviated_month_written_with_its_dot_is_read(lang, text, dates):
    from kg.extract.numbers import find_dates
    from kg.lang import load_pack
    from kg.text import fold

    assert [(d.day, d.month, d.year) for d in find_dates(fold(text), load_pack(lang))] == dates
