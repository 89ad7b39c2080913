"""fix24b: the metrics classes docs/residue23.md left, each a construction fixed in every language where it exists.

M1's rest, a count of places with a growth threshold and the places' figures in brackets (u-ar-0016, mt12de-03: "ومن
بينها 6 مناطق شهدت نمواً يزيد عن 10%، بما في ذلك: كوانج نينه (11.67%)"): the count is `other` with no change, the
threshold and each bracketed figure `grdp_growth` with no change, as their gold records them."""

from __future__ import annotations

import pytest

from tests.helpers import sentence_metrics


def _read(text: str, lang: str) -> list[tuple[float, str, str, float | None]]:
    return [(m.value, m.unit, m.indicator, m.change_pct) for m in sentence_metrics(text, lang)]


PLACES_GROWTH = {
    "ar": "في عام 2023، شهدت 6 مناطق نمواً يزيد عن 10%، بما في ذلك: كوانج نينه (11.67%)، هاي فونج (10.34%).",
    "en": "In 2023, 6 localities grew by more than 10%, including: Quang Ninh (11.67%), Hai Phong (10.34%).",
    "fr": "En 2023, 6 localités ont connu une croissance de plus de 10 %, dont : Quang Ninh (11,67 %), Hai Phong (10,34 %).",
    "es": "En 2023, 6 localidades crecieron más del 10%, entre ellas: Quang Ninh (11,67%), Hai Phong (10,34%).",
    "de": "Im Jahr 2023 wuchsen 6 Orte um mehr als 10 %, darunter: Quang Ninh (11,67 %), Hai Phong (10,34 %).",
    "pl": "W 2023 roku 6 miejscowości odnotowało wzrost o ponad 10%, w tym: Quang Ninh (11,67%), Hai Phong (10,34%).",
}


@pytest.mark.parametrize("lang", sorted(PLACES_GROWTH))
def test_places_growth_threshold(lang):
    """The threshold is no change of the count; it and the bracketed figures are the places' GRDP growth."""
    assert _read(PLACES_GROWTH[lang], lang) == [
        (6.0, "count", "other", None),
        (10.0, "percent", "grdp_growth", None),
        (11.67, "percent", "grdp_growth", None),
        (10.34, "percent", "grdp_growth", None),
    ]


def test_places_growth_after_a_share_of_places():
    """mt12de-03's sentence: the share's clause, then the part of it that grew more."""
    text = (
        "In den ersten neun Monaten verzeichneten 16 von 34 Ortschaften ein GRDP-Wachstum von 8 % oder mehr; davon "
        "wuchsen 6 Ortschaften um mehr als 10 %, darunter: Quang Ninh (11,67 %), Hai Phong (11,59 %)."
    )
    assert _read(text, "de") == [
        (16.0, "count", "other", None),
        (34.0, "count", "other", None),
        (8.0, "percent", "grdp_growth", None),
        (6.0, "count", "other", None),
        (10.0, "percent", "grdp_growth", None),
        (11.67, "percent", "grdp_growth", None),
        (11.59, "percent", "grdp_growth", None),
    ]


COUNT_CHANGES = {
    # a count of things with its own change stays so; a count of things that grew is no count of places
    "en_comma": ("en", "The province has 1,500 enterprises, up 12% over the same period.", 12.0),
    "en_reached": ("en", "The number of new enterprises reached 1,500, up 12%.", 12.0),
    "en_things": ("en", "6 enterprises grew by more than 10%.", 10.0),
    "es_things": ("es", "6 empresas crecieron más del 10%.", 10.0),
    "de_comma": ("de", "In der Provinz gibt es 1.500 Unternehmen, ein Anstieg von 12 %.", 12.0),
    "pl_comma": ("pl", "W prowincji działa 1500 przedsiębiorstw, wzrost o 12%.", 12.0),
    "ar_count": ("ar", "ارتفع عدد المؤسسات إلى 1500 مؤسسة بزيادة 12%.", 12.0),
}


@pytest.mark.parametrize("case", sorted(COUNT_CHANGES))
def test_count_change_stays(case):
    lang, text, change = COUNT_CHANGES[case]
    assert _read(text, lang)[0][3] == change


def test_places_own_indicator_kept():
    """A wording of another indicator between the count and the percentage names it."""
    text = "6 provinces ont vu leurs exportations croître de plus de 20 %."
    assert _read(text, "fr") == [(6.0, "count", "other", None), (20.0, "percent", "export_value", None)]


def test_de_plural_growth_verb():
    """'wuchsen' (the plural of 'wuchs') is a rise."""
    assert _read("Die Exporte wuchsen um 12 %.", "de") == [(12.0, "percent", "export_value", 12.0)]

