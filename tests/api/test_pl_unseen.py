"""Polish and English wordings the gold articles lack, found by reading the unlabelled corpus:
sentences written in the style of those articles (names and places changed), each checking a rule
or a pack entry that holds for any article, not one known sentence."""

from __future__ import annotations

import pytest

import kg
from kg.model import Article


def posts(text: str, lang: str) -> dict[str, set[tuple]]:
    x = kg.extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


def figures(text: str, lang: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in kg.extract(Article("t", text, lang=lang)).metrics]


@pytest.mark.parametrize(
    ("text", "names", "post"),
    [
        # a plural role word before the first name: every name joined to it holds the role
        (
            "W spotkaniu uczestniczyli: wicepremierzy Le Van Tam, Hoang Duc Minh i Pham Thi Lan, "
            "a także przedstawiciele ministerstw.",
            ["Le Van Tam", "Hoang Duc Minh", "Pham Thi Lan"],
            ("deputy_prime_minister", "government", "central"),
        ),
        (
            "Obecni byli byli przewodniczący Zgromadzenia Narodowego Nguyen Van Hai i Tran Thi Mai.",
            ["Nguyen Van Hai", "Tran Thi Mai"],
            ("chair", "national_assembly", "central"),
        ),
        (
            "Present were Deputy Prime Ministers Le Van Tam, Hoang Duc Minh and Pham Thi Lan.",
            ["Le Van Tam", "Hoang Duc Minh", "Pham Thi Lan"],
            ("deputy_prime_minister", "government", "central"),
        ),
        # a list after a colon shares the title before it, the Central Committee written in full
        (
            "Członkowie Komitetu Centralnego Komunistycznej Partii Wietnamu: Lo Van Sinh, sekretarz "
            "Komitetu Partii Prowincji Lai Chau; Vu Thi Hoa, sekretarz Komitetu Partii Prowincji Son La.",
            ["Lo Van Sinh", "Vu Thi Hoa"],
            ("member", "central_committee", "central"),
        ),
    ],
)
def test_a_title_before_a_list_is_every_listed_name_s(text, names, post):
    lang = "en" if text.startswith("Present") else "pl"
    found = posts(text, lang)
    for name in names:
        assert post in found.get(name, set()), (name, found)


def test_a_singular_title_is_not_given_to_the_next_name_s_own_post():
    found = posts(
        "Przewodniczący Komitetu Ludowego Prowincji Le Van Tam i sekretarz Komitetu Partii Prowincji "
        "Hoang Duc Minh przemawiali.",
        "pl",
    )
    assert found["Le Van Tam"] == {("chair", "peoples_committee", "provincial")}
    assert found["Hoang Duc Minh"] == {("secretary", "party_committee", "provincial")}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # the party of a province, city or district is its party committee, not the Communist Party
        (
            "Przemawiając na konferencji, Sekretarz Prowincjonalnej Partii Le Van Tam wezwał do działania.",
            ("secretary", "party_committee", "provincial"),
        ),
        (
            "Le Van Tam, zastępca sekretarza Miejskiej Partii, przemawiał.",
            ("deputy_secretary", "party_committee", "provincial"),
        ),
        # the Party Committee of the Fatherland Front and central organisations is central
        (
            "Le Van Tam, sekretarz Komitetu Partii Wietnamskiego Frontu Ojczyzny, organizacji centralnych, "
            "przemawiał.",
            ("secretary", "party_committee", "central"),
        ),
        # the delegation *to* the National Assembly
        (
            "Le Van Tam, szef delegacji do Zgromadzenia Narodowego prowincji Lai Chau, przemawiał.",
            ("head", "national_assembly_delegation", "provincial"),
        ),
        # a department of a ministry is central, its own name written between
        (
            "Towarzysz Le Van Tam, szef Wydziału Kadr w Ministerstwie Spraw Wewnętrznych, powiedział, że…",
            ("head", "department", "central"),
        ),
        # typographic apostrophes
        (
            "Attending were Mr. Le Van Tam, Chairman of the Provincial People’s Council, and others.",
            ("chair", "peoples_council", "provincial"),
        ),
    ],
)
def test_polish_and_english_title_wordings(text, post):
    lang = "en" if text.startswith("Attending") else "pl"
    assert post in posts(text, lang)["Le Van Tam"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # money scales in their other cases
        ("Całkowity budżet wyniesie ponad 110,5 miliarda VND.", "pl", [(110.5, "billion_vnd")]),
        ("Każda rodzina otrzymała 2 miliony VND wsparcia.", "pl", [(2.0, "million_vnd")]),
        # a number after an article, clause or paragraph mark is a reference, not a count
        ("Zgodnie z § 2 art. 5 ustawy o budżecie gmina wybudowała 14 domów.", "pl", [(14.0, "count")]),
        ("Zgodnie z artykułem 7, klauzula 3 uchwały, powiat ma 12 gmin.", "pl", [(12.0, "count")]),
    ],
)
def test_polish_and_english_figures(text, lang, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a sum converted in parentheses is the same figure, and the change after it is the first's
        (
            "Retail sales reached 46.7 trillion VND (1.9 billion USD), up 6.8% over the same period.",
            "en",
            [(46700.0, "billion_vnd", 6.8)],
        ),
        (
            "Exports earned 5 trillion VND (US$210 million) in nine months.",
            "en",
            [(5000.0, "billion_vnd", None)],
        ),
        (
            "Eksport osiągnął 120 mld VND (5 mln USD), co stanowi wzrost o 4%.",
            "pl",
            [(120.0, "billion_vnd", 4.0)],
        ),
    ],
)
def test_a_converted_sum_is_one_figure(text, lang, expected):
    x = kg.extract(Article("t", text, lang=lang))
    assert [(m.value, m.unit, m.change_pct) for m in x.metrics] == expected


@pytest.mark.parametrize(
    ("text", "lang", "post"),
    [
        # elected or appointed to the title written after the name, headlines included
        (
            "Le Van Tam elected Secretary of the Lai Chau provincial Party Committee",
            "en",
            ("secretary", "party_committee", "provincial"),
        ),
        (
            "Le Van Tam appointed Deputy Secretary of the Hanoi Party Committee",
            "en",
            ("deputy_secretary", "party_committee", "provincial"),
        ),
        (
            "Le Van Tam został ponownie wybrany na sekretarza Komitetu Partii Prowincji Lai Chau.",
            "pl",
            ("secretary", "party_committee", "provincial"),
        ),
        (
            "Le Van Tam został mianowany zastępcą sekretarza Komitetu Partii Prowincji Lai Chau.",
            "pl",
            ("deputy_secretary", "party_committee", "provincial"),
        ),
    ],
)
def test_elected_or_appointed_to_a_title(text, lang, post):
    assert post in posts(text, lang)["Le Van Tam"]
