"""Polish rules of the fourth blind silver round (silver/ set pl4): each from a wording of the Polish
articles (the sentence named in its comment), checking one rule or pack entry."""

from __future__ import annotations

import pytest

from tests.helpers import extracted

# a closing sentence: the last sentence of an article may be cut off mid-title, so each text ends on one
END = "\nDelegaci uczestniczący w konferencji."


def posts(text: str, name: str) -> set[tuple[str, str, str | None]]:
    officials = extracted(text + END, lang="pl").officials
    return {(p.role, p.body.org, p.body.level) for o in officials if o.name == name for p in o.positions}


def figures(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extracted(text + END, lang="pl").metrics]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # u-pl-0031: "Pan Vo Van Minh, przewodniczący Rady Ludowej miasta Ho Chi Minh, pełni funkcję
        # przewodniczącego komisji wyborczej."
        (
            "Pan Vo Van Minh, przewodniczący Rady Ludowej miasta Ho Chi Minh, pełni funkcję "
            "przewodniczącego komisji wyborczej.",
            ("chair", "other", "provincial"),
        ),
        (
            "W posiedzeniu uczestniczył pan Vo Van Minh, wiceprzewodniczący Komitetu Wyborczego miasta.",
            ("vice_chair", "other", "provincial"),
        ),
    ],
)
def test_an_election_committee_is_chaired_not_headed(text, post):
    # an election committee (Ủy ban bầu cử, read so by the vi pack) is a body outside the code list that
    # its chair chairs; an unnamed commission ("komisji X") would make him its head
    assert post in posts(text, "Vo Van Minh")
    assert ("head", "other", "provincial") not in posts(text, "Vo Van Minh")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reg-pl u-pl-0046: "Wartość dodana w sektorze I szacowana jest na 4 693,9 mld VND, co stanowi wzrost
        # o 2,86% i stanowi 0,26 punktu procentowego"
        (
            "Wartość dodana w sektorze rolnictwa szacowana jest na 4 693,9 mld VND, co stanowi wzrost o 2,86% "
            "i stanowi 0,26 punktu procentowego wzrostu.",
            (0.26, "percent"),
        ),
        ("Udział usług w gospodarce wzrósł o 2 punkty procentowe.", (2, "percent")),
        ("Wskaźnik ubóstwa spadł o 1,5 punktów procentowych.", (1.5, "percent")),
    ],
)
def test_a_percentage_point_is_a_percent(text, expected):
    assert expected in figures(text)
    assert not any(unit == "count" and value == expected[0] for value, unit in figures(text))


def test_points_alone_still_count():
    # "ze 148 punktami departamentów" (dev pl-009): service points are counted things
    assert (148, "count") in figures("Konferencja połączyła się online ze 148 punktami departamentów i gmin.")


def test_an_election_committee_for_the_national_assembly_is_the_citys():
    # u-pl-0031: "powołaniu Komitetu Wyborczego XVI kadencji Zgromadzenia Narodowego i Rady Ludowej Ho Chi Minh
    # City": the committee the city sets up for the Assembly's elections is of the city, not central
    text = (
        "Pan Vo Van Minh, przewodniczący Komitetu Wyborczego XVI kadencji Zgromadzenia Narodowego i Rady "
        "Ludowej Ho Chi Minh City, przemawiał."
    )
    assert posts(text, "Vo Van Minh") == {("chair", "other", "provincial")}
