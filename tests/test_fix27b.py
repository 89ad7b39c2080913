"""fix27b: metrics on text kg has not read (docs/metrics.md, "fix27b (stop 40)"); one section a fix."""

from __future__ import annotations

import pytest

from tests.helpers import extracted


def _read(text: str, lang: str) -> list[tuple[float, str, str, float | None]]:
    return [(m.value, m.unit, m.indicator, m.change_pct) for m in extracted(text, lang).metrics]


# 1. a contrast clause's change is its own indicator's figure, no change of the value before it (review26's note for
# the lead: 'Budget revenue reached VND 20 trillion, while exports rose 12%' gave the revenue ch=12, lost the exports)
CONTRASTS = [
    ("en", "Budget revenue reached VND 20 trillion, while exports rose 12%."),
    ("en", "Budget revenue reached VND 20 trillion, whereas exports rose 12%."),
    ("pl", "Dochody budżetowe osiągnęły 20 bilionów VND, podczas gdy eksport wzrósł o 12%."),
    ("pl", "Dochody budżetowe osiągnęły 20 bilionów VND, a eksport wzrósł o 12%."),
    ("pl", "Dochody budżetowe osiągnęły 20 bilionów VND, natomiast eksport wzrósł o 12%."),
    (
        "fr",
        "Les recettes budgétaires ont atteint 20 000 milliards de VND, tandis que les exportations ont augmenté de 12 %.",
    ),
    (
        "fr",
        "Les recettes budgétaires ont atteint 20 000 milliards de VND, alors que les exportations ont augmenté de 12 %.",
    ),
    (
        "es",
        "Los ingresos presupuestarios alcanzaron los 20 billones de VND, mientras que las exportaciones aumentaron un 12%.",
    ),
    (
        "es",
        "Los ingresos presupuestarios alcanzaron los 20 billones de VND, en tanto que las exportaciones aumentaron un 12%.",
    ),
    ("de", "Die Haushaltseinnahmen erreichten 20 Billionen VND, während die Exporte um 12 % stiegen."),
    ("de", "Die Haushaltseinnahmen erreichten 20 Billionen VND, wohingegen die Exporte um 12 % stiegen."),
    ("ar", "بلغت إيرادات الميزانية 20 تريليون دونج، في حين ارتفعت الصادرات بنسبة 12%."),
    ("ar", "بلغت إيرادات الميزانية 20 تريليون دونج، بينما ارتفعت الصادرات بنسبة 12%."),
    ("vi", "Thu ngân sách đạt 20.000 tỷ đồng, trong khi xuất khẩu tăng 12%."),
    ("vi", "Thu ngân sách đạt 20.000 tỷ đồng, còn xuất khẩu tăng 12%."),
]


@pytest.mark.parametrize(("lang", "text"), CONTRASTS)
def test_a_contrast_clause_change_is_its_own_figure(lang, text):
    assert sorted(_read(text, lang)) == [
        (12.0, "percent", "export_value", 12.0),
        (20000.0, "billion_vnd", "budget_revenue", None),
    ]


# (guards: the value's own change, its own growth noun, a change after its own change, a comma without a contrast)
OWN_CHANGES = [
    (
        "en",
        "Budget revenue reached VND 20 trillion, up 12% year on year.",
        (20000.0, "billion_vnd", "budget_revenue", 12.0),
    ),
    (
        "en",
        "Exports reached USD 3 billion, while the export growth rate was 12%.",
        (3000.0, "million_usd", "export_value", 12.0),
    ),
    (
        "es",
        "Las exportaciones alcanzaron 3.000 millones de USD, mientras que el crecimiento de las exportaciones fue del 12%.",
        (3000.0, "million_usd", "export_value", 12.0),
    ),
    (
        "es",
        "La escala de la economía se estima en 38.000 billones de VND, un crecimiento del 12%.",
        (38000.0, "billion_vnd", "grdp", 12.0),
    ),
    (
        "vi",
        "Thu ngân sách đạt 20.000 tỷ đồng, con số này tăng 12% so với cùng kỳ.",
        (20000.0, "billion_vnd", "budget_revenue", 12.0),
    ),
    (
        "pl",
        "Eksport osiągnął 3 mld USD, a wzrost wyniósł 12%.",
        (3000.0, "million_usd", "export_value", 12.0),
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), OWN_CHANGES)
def test_the_value_own_change_stays(lang, text, want):
    assert _read(text, lang) == [want]


def test_a_change_after_the_value_own_change_stays_a_figure():
    assert _read(
        "Budget revenue reached VND 20 trillion, up 8% year on year, while exports rose 12%.", "en"
    ) == [
        (20000.0, "billion_vnd", "budget_revenue", 8.0),
        (12.0, "percent", "export_value", 12.0),
    ]
    assert _read(
        "Budget revenue reached VND 20 trillion, while exports rose 12% to USD 3 billion.", "en"
    ) == [
        (20000.0, "billion_vnd", "budget_revenue", None),
        (3000.0, "million_usd", "export_value", 12.0),
    ]
