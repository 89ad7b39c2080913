"""left14a (stop 28): faults of the meetings/dates family left by review13 (docs/reviews/review13.md)."""

import pytest

from kg.extract import extract
from kg.model import Article


def _meetings(text: str, lang: str) -> list[tuple]:
    x = extract(Article("t", text, lang=lang))
    return [(m.kind, m.date) for m in x.meetings]


# review13 item 5 (38a483a's to_now): a named meeting's own day before "to date" / "đến nay" is the meeting's, no
# post's starting day ("since the congress of that day to now")
@pytest.mark.parametrize(
    "lang, text",
    [
        ("vi", "Từ Đại hội Đảng bộ tỉnh lần thứ XVII ngày 15/10/2020 đến nay, tỉnh đã đạt nhiều thành tựu."),
        (
            "en",
            "Since the 17th Provincial Party Congress on October 15, 2020 to date, the province has achieved much.",
        ),
        (
            "es",
            "Desde el XVII Congreso del Partido provincial, el 15 de octubre de 2020, hasta la fecha, la provincia ha"
            " logrado muchos resultados.",
        ),
        (
            "fr",
            "Depuis le XVIIe Congrès du Parti provincial, le 15 octobre 2020, à ce jour, la province a obtenu de"
            " nombreux résultats.",
        ),
        (
            "pl",
            "Od XVII Zjazdu Partii Prowincji, 15 października 2020 r., do dziś prowincja osiągnęła wiele wyników.",
        ),
        (
            "de",
            "Seit dem 17. Parteitag der Provinz am 15. Oktober 2020 bis heute hat die Provinz viel erreicht.",
        ),
    ],
)
def test_a_meetings_day_before_to_now_dates_the_meeting(lang, text):
    assert _meetings(text, lang) == [("congress", "2020-10-15")]


# guards: a post held from a day to now is no sitting (38a483a), also after a meeting noun when a role stands between
# or the day opens a clause of its own
@pytest.mark.parametrize(
    "lang, text",
    [
        ("vi", "Ông được HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh từ 8-2-2017 đến nay."),
        ("vi", "Tại Đại hội, ông được bầu giữ chức Chủ tịch UBND tỉnh từ 15/10/2020 đến nay."),
        (
            "en",
            "At the Congress, he was elected Chairman of the Provincial People's Committee, a post he has held from"
            " October 15, 2020 to date.",
        ),
    ],
)
def test_a_posts_day_to_now_stays_no_meetings_day(lang, text):
    assert all(date != "2020-10-15" and date != "2017-02-08" for _, date in _meetings(text, lang))
