"""Meeting dates: a meeting of several days is dated by its first day; a year comes from the
sentence, the URL or publication date, an earlier dated meeting, the text, or the term it opens
(more cases, whole texts: ``tests/data/cases/dates.tsv``)."""

from __future__ import annotations

import importlib

import pytest

from kg.lang import load_pack
from kg.model import Article
from kg.text import fold

numbers = importlib.import_module("kg.extract.numbers")
extract = importlib.import_module("kg.extract").extract


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        ("en", "The session was held on 22-23 August 2024.", (22, 8, 2024)),
        ("en", "The congress ran from 12 to 15 June.", (12, 6, None)),
        ("pl", "Kongres obradował w dniach 12 i 13 czerwca.", (12, 6, None)),
        ("ar", "واستمر المؤتمر يومين (22 و23 أغسطس).", (22, 8, None)),
        ("vi", "Kỳ họp 36 diễn ra vào các ngày 24 và 25/1.", (24, 1, None)),
        ("vi", "Kỳ họp diễn ra từ ngày 12 - 14/6/2024.", (12, 6, 2024)),
        ("vi", "Sáng nay 4-7, kỳ họp thứ 6 đã khai mạc.", (4, 7, None)),
    ],
)
def test_a_meeting_of_several_days_takes_its_first_day(lang, text, first):
    dates = numbers.find_dates(fold(text), load_pack(lang))
    assert [(d.day, d.month, d.year) for d in dates] == [first]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On September 26, the conference re-elected Mr. Nguyen Van Ky. Ky was born in 1972 in Hai Duong.",
        ),
        (
            "es",
            "En la mañana del 23 de junio se celebró la conferencia. El Sr. Le Thanh Nam, nacido en 1983, asumió.",
        ),
        (
            "pl",
            "W dniu 12 maja odbyła się konferencja. Pan Tran Van Nam, urodzony w 1975 r., objął stanowisko.",
        ),
        ("vi", "Sáng 12/5, hội nghị đã diễn ra. Ông Trần Văn Nam, sinh năm 1975, được bầu giữ chức vụ."),
    ],
)
def test_a_birth_year_is_not_the_year_of_the_meeting(lang, text):
    x = extract(Article("t", text, lang=lang))
    assert x.meetings, "the meeting is found"
    assert all(not (m.date or "").startswith("19") for m in x.meetings), [m.date for m in x.meetings]
    assert x.year is None or x.year >= 2000
