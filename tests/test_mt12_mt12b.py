"""Silver mt12 (synthetic MT of figure-dense read silver articles, mt12b: de, es, en, fr): the constructions kg missed."""

import pytest

from kg.extract import extract
from kg.model import Article


def _x(text: str, lang: str):
    return extract(Article("t", text, lang=lang))


def _figures(text: str, lang: str) -> set:
    return {(m.value, m.unit) for m in _x(text, lang).metrics}


# a count right after the colon that opens a list (u-mt12de-03 "beibehalten: 12 Kommunen verzeichneten", real
# u-cs-0012 "zahrnuje: 8 výborů strany"): the colon is a code's mark only against the number ("No:12")
@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        (
            "Die Wachstumsrate hat die Dynamik beibehalten: 12 Kommunen verzeichneten eine höhere Wachstumsrate.",
            "de",
            (12.0, "count"),
        ),
        (
            "Die neuen Parteikomitees umfassen: 8 Parteikomitees in Bezirken und 69 in Gemeinden.",
            "de",
            (8.0, "count"),
        ),
        (
            "77 nových výborů strany zahrnuje: 8 výborů strany v obvodech a 69 výborů strany v obcích.",
            "cs",
            (8.0, "count"),
        ),
    ],
)
def test_count_after_a_list_colon(text, lang, figure):
    assert figure in _figures(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Gemäß dem Beschluss Nr.:15 wurden die Aufgaben verteilt.", "de"),
        ("Theo Quyết định số:15 của UBND tỉnh, các nhiệm vụ được giao.", "vi"),
    ],
)
def test_code_colon_against_the_number_is_no_count(text, lang):
    assert not any(unit == "count" and value == 15.0 for value, unit in _figures(text, lang))

