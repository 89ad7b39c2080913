"""Polish and English wordings the gold articles lack, found by reading the unlabelled corpus:
sentences written in the style of those articles (names and places changed), each checking a rule
or a pack entry that holds for any article, not one known sentence."""

from __future__ import annotations

import pytest

import kg
from kg.model import Article


def figures(text: str, lang: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in kg.extract(Article("t", text, lang=lang)).metrics]


# titles: tests/data/cases/posts.tsv (the pl and en lines)


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
