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


def test_a_chair_wording_followed_by_a_body_names_no_chair():
    x = extract(
        Article(
            "t",
            "Po południu 30 października 2025 r. odbyła się sesja dyskusyjna Zgromadzenia Narodowego. "
            "Według premiera Pham Minh Chinh kraj napotkał wiele trudności, ale pod przewodnictwem "
            "Partii Wietnam przezwyciężył wstrząsy zewnętrzne.",
            lang="pl",
        )
    )
    assert [m.chairs for m in x.meetings] == [[]]
    chaired = extract(
        Article(
            "t",
            "Po południu 30 października 2025 r. odbyła się sesja pod przewodnictwem premiera Pham Minh Chinh.",
            lang="pl",
        )
    )
    assert [m.chairs for m in chaired.meetings] == [["Pham Minh Chinh"]]


def test_an_undated_congress_takes_the_first_year_of_its_term_before_the_texts_most_frequent_year():
    x = extract(
        Article(
            "t",
            "Le 10e Congrès du Front de la Patrie du Vietnam pour la période 2024-2029 se déroule à un "
            "moment où le pays s'efforce de réaliser les objectifs de 2025. En 2025, la croissance "
            "devrait atteindre 8 %.",
            lang="fr",
        )
    )
    assert [m.date for m in x.meetings] == ["2024"]
