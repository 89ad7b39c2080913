"""A year after a verb of exceeding or reaching is the year a figure is compared with when a comparison noun
follows it (review19's Medium 3 on 25017ba5): no count, and the figure after it keeps its indicator; a bare
count after the verb ('will exceed 2000') is still a count."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article


def _metrics(text: str, lang: str = "en"):
    return [(m.value, m.unit, m.indicator) for m in extract(Article("t", text, lang=lang)).metrics]


@pytest.mark.parametrize(
    "text",
    [
        "Budget revenue exceeded 2024 levels by 12%.",
        "Exports exceeded 2024 figures, reaching 5 billion USD.",
        "Budget revenue reached 2024 levels.",
        "Exports surpassed 2024's figure.",
    ],
)
def test_a_year_a_figure_is_compared_with_is_no_count(text):
    assert all(value != 2024 for value, _, _ in _metrics(text))


def test_the_figure_after_the_compared_year_keeps_its_indicator():
    assert (5000.0, "million_usd", "export_value") in _metrics(
        "Exports exceeded 2024 figures, reaching 5 billion USD."
    )


@pytest.mark.parametrize(
    "text",
    ["The number of enterprises will exceed 2000.", "The province has more than 2000 enterprises."],
)
def test_a_count_after_a_quantity_word_is_still_a_count(text):
    assert (2000.0, "count", "other") in _metrics(text)
