"""A rise or fall "from X% to Y%" (review5 item 10).

A transitive rise verb ("raise", "porter le", "podnieść", "رفع", "elevar") is a rise like "increased":
"from 92% to 95%" after it is a change, not a range, so both levels are figures; the first is the level
it rose from, no change of its own (GOLD: change_pct is the change against the same period). A range
with no rise before it keeps its lower bound only.
"""

import pytest

from kg.extract import extract
from kg.model import Article


def figures(text: str, lang: str) -> dict[float, float | None]:
    return {m.value: m.change_pct for m in extract(Article("t", text, lang=lang)).metrics}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In 2024, the province aims to raise the health insurance coverage rate from 92% to 95%."),
        ("en", "In 2024, the province aims to lift the health insurance coverage rate from 92% to 95%."),
        (
            "fr",
            "En 2024, la province vise à porter le taux de couverture de l'assurance maladie de 92 % à 95 %.",
        ),
        ("pl", "W 2024 r. prowincja chce podnieść wskaźnik ubezpieczenia zdrowotnego z 92% do 95%."),
        ("ar", "في عام 2024، تهدف المقاطعة إلى رفع نسبة التغطية بالتأمين الصحي من 92% إلى 95%."),
        ("es", "En 2024, la provincia busca elevar la tasa de cobertura del seguro médico del 92 % al 95 %."),
        ("de", "Im Jahr 2024 will die Provinz die Krankenversicherungsquote von 92 % auf 95 % erhöhen."),
        ("vi", "Năm 2024, tỉnh phấn đấu nâng tỷ lệ bao phủ bảo hiểm y tế từ 92% lên 95%."),
        ("en", "In 2024, the rate of trained workers increased from 92% to 95%."),
        ("es", "En 2024, la tasa de trabajadores capacitados aumentó del 92 % al 95 %."),
    ],
)
def test_a_rise_from_one_level_to_another_keeps_both_levels_and_no_change(lang, text):
    assert figures(text, lang) == {92.0: None, 95.0: None}


def test_a_fall_from_one_level_to_another_is_no_change_either():
    assert figures("In 2024, the poverty rate decreased from 3.5% to 2.8%.", "en") == {3.5: None, 2.8: None}


def test_a_change_by_a_percentage_then_the_level_it_reached_stays_a_change():
    assert figures("In 2024, the rate of trained workers increased by 5% to 40%.", "en") == {
        5.0: 5.0,
        40.0: None,
    }


@pytest.mark.parametrize(
    ("lang", "text", "lower"),
    [
        ("en", "In 2024, the share of processing industry is expected to be from 35% to 40% of GRDP.", 35.0),
        ("es", "En 2024, la tasa de urbanización será del 35 % al 40 %.", 35.0),
    ],
)
def test_a_range_with_no_rise_before_it_keeps_its_lower_bound(lang, text, lower):
    assert set(figures(text, lang)) == {lower}
