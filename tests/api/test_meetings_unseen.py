"""Meetings, their dates and chairs in wordings no gold article has: rules read off the unlabelled
corpus (the publication day bounds a meeting's date, a meeting announced as still to come, ...)."""

from __future__ import annotations

import importlib

import pytest

from kg.model import Article

extract = importlib.import_module("kg.extract").extract


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "New Vice Chairman appointed\nUpdate: 02-01-2020 | 15:51:02\nOn 31 Dec, the 9th Provincial "
            "People's Council held the 13th meeting to elect the Vice Chairman for tenure 2016-2021.",
            None,
            "2019-12-31",
        ),
        (
            "On 31 Dec, the 9th Provincial People's Council held the 13th meeting to elect the Vice Chairman.",
            "2020-01-02",
            "2019-12-31",
        ),
        (
            "On 2 January, the 9th Provincial People's Council held the 13th meeting to elect the Vice Chairman.",
            "2020-01-02",
            "2020-01-02",
        ),
        (
            "Le 18 décembre 2024 09:30\nLe 17 décembre, le Conseil populaire provincial a tenu sa 21e session.",
            None,
            "2024-12-17",
        ),
    ],
)
def test_a_day_after_the_publication_day_is_of_the_year_before(text, published, date):
    x = extract(Article("t", text, published=published))
    assert [m.date for m in x.meetings] == [date]


def test_a_sentence_after_a_meeting_announced_as_still_to_come_does_not_report_it_as_held():
    x = extract(
        Article(
            "t",
            "XIV Zjazd Krajowy Partii ma się odbyć w dniach 19–25 stycznia 2026 roku. Przed "
            "przeprowadzeniem wyborów Kongres dokona przeglądu Sprawozdania Personalnego.",
            lang="pl",
        )
    )
    assert x.meetings == []
    held = extract(
        Article(
            "t",
            "XIV Zjazd Krajowy Partii odbył się w dniach 19–25 stycznia 2026 roku. Kongres dokonał "
            "przeglądu Sprawozdania Personalnego.",
            lang="pl",
        )
    )
    assert [m.date for m in held.meetings] == ["2026-01-19"]
