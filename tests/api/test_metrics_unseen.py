"""Figures GOLD does not record, and units the engine must not miss, in sentences of the unlabelled
corpus's kind (new wordings, not the dev articles'): national averages, numbers that name rather
than count, the dual of nouns already named, people counted after a scale word."""

from __future__ import annotations

import importlib

import pytest

from kg.lang import load_pack
from kg.text import Sentence, fold

metrics = importlib.import_module("kg.extract.metrics")


def figures(text: str, lang: str):
    s = Sentence(text, 0, 0)
    return [(m.value, m.unit) for m in metrics.find_metrics(s, fold(s), load_pack(lang))]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pl", "Eksport wzrósł o 21,4% (średnio w kraju o 11,2%).", [(21.4, "percent")]),
        ("pl", "Wydatki osiągnęły 71,5% planu (średnia krajowa wynosi 48,1%).", [(71.5, "percent")]),
        ("en", "Retail sales grew 14.2%, well above the national average of 8.7%.", [(14.2, "percent")]),
        ("fr", "La croissance a atteint 9,6 %, contre une moyenne nationale de 6,1 %.", [(9.6, "percent")]),
        ("es", "El PIB creció un 8,4 %, frente a un promedio nacional de 6,2 %.", [(8.4, "percent")]),
        ("de", "Das Wachstum lag bei 8,9 %, der Landesdurchschnitt bei 6,4 %.", [(8.9, "percent")]),
        ("vi", "GRDP tăng 9,1%, bình quân chung cả nước 6,5%.", [(9.1, "percent")]),
        ("ar", "بلغ معدل الصرف 61%، وبلغ متوسط معدل الصرف في البلد بأكمله 47.2%.", [(61, "percent")]),
    ],
)
def test_a_national_average_compared_with_is_not_the_article_s_figure(lang, text, expected):
    assert figures(text, lang) == expected


def test_a_figure_after_the_clause_that_names_the_average_is_the_article_s():
    text = "La croissance a doublé la moyenne nationale, et le revenu par habitant a atteint 2.300 dollars."
    assert figures(text, "fr") == [(2300, "usd")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "In 2015, the Region 2 accounted for 41.3 per cent of output.", [(41.3, "percent")]),
        ("pl", "Region Wojskowy 7 wysłał żołnierzy i 40 ciężarówek.", [(40, "count")]),
        ("ar", "تنفذ الوزارة مشروع 06 في 12 محافظة.", [(12, "count")]),
    ],
)
def test_a_number_that_names_a_region_or_project_counts_nothing(lang, text, expected):
    assert figures(text, lang) == expected


def test_a_lower_case_noun_before_a_number_is_no_name():
    # "projektu 5 programów": the draft of five programmes, a count
    assert figures("Trwają konsultacje w sprawie projektu 5 programów.", "pl") == [(5, "count")]


def test_the_dual_with_the_article_names_two_already_named():
    s = "وقع الطرفان اتفاقية تعاون بين المقاطعتين."
    assert figures(s, "ar") == []
    assert figures("اعترفت الحكومة بمقاطعتين جديدتين.", "ar") == [(2, "count")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "ويسكنها نحو 2.7 مليون نسمة.", [(2700000, "persons")]),
        (
            "en",
            "The number of visitors reached 6.25 million, up 12% over the same period.",
            [(6250000, "persons")],
        ),
        ("en", "The province exported 2.4 million tonnes of rice.", [(2400000, "tons")]),
    ],
)
def test_people_counted_after_a_scale_word_are_persons(lang, text, expected):
    assert figures(text, lang) == expected
