"""fix28b: metrics on text kg has not read, round 2 (docs/metrics.md, "fix28b (stop 41)"); one section a fix."""

from __future__ import annotations

import pytest

from tests.helpers import extracted


def _read(text: str, lang: str) -> list[tuple[float, str, str, float | None]]:
    return sorted((m.value, m.unit, m.indicator, m.change_pct) for m in extracted(text, lang).metrics)


# 1. a comparison value is the earlier level, no change of its own (review27 round 2's note: fr 'le taux atteint 45 %,
# contre 38 % au cours de la même période' gave 38% ch=38; es, de, pl, vi alike): cue kind `versus` right before it
VERSUS = [
    (
        "fr",
        "Le taux de décaissement était de 45 %, contre 38 % au cours de la même période de l'année dernière.",
    ),
    ("fr", "Le taux atteint 45 %, contre 38 % au cours de la même période."),
    ("es", "La tasa de desembolso fue del 45%, frente al 38% del mismo período del año pasado."),
    ("de", "Die Auszahlungsquote betrug 45 %, gegenüber 38 % im gleichen Zeitraum des Vorjahres."),
    ("pl", "Wskaźnik wypłat wyniósł 45%, wobec 38% w analogicznym okresie ubiegłego roku."),
    ("en", "The disbursement rate was 45%, compared with 38% in the same period last year."),
    ("ar", "بلغ معدل الصرف 45%، مقابل 38% في نفس الفترة من العام الماضي."),
    ("vi", "Tỷ lệ giải ngân đạt 45%, so với 38% cùng kỳ năm trước."),
]


@pytest.mark.parametrize(("lang", "text"), VERSUS)
def test_a_comparison_value_is_a_level(lang, text):
    assert [(v, u, ch) for v, u, _, ch in _read(text, lang)] == [
        (38.0, "percent", None),
        (45.0, "percent", None),
    ]


# (guards: the earlier rate of a rate of change is a rate too; the same period after a change; sums compared)
VERSUS_GUARDS = [
    (
        "fr",
        "Le PIB a augmenté de 7,5 %, contre 6,8 % au cours de la même période de l'année dernière.",
        [(6.8, "percent", "grdp_growth", 6.8), (7.5, "percent", "grdp_growth", 7.5)],
    ),
    (
        "en",
        "GRDP grew by 7.5%, compared with 6.8% in the same period last year.",
        [(6.8, "percent", "grdp_growth", 6.8), (7.5, "percent", "grdp_growth", 7.5)],
    ),
    (
        "de",
        "Das BIP wuchs um 7,5 %, gegenüber 6,8 % im Vorjahreszeitraum.",
        [(6.8, "percent", "grdp_growth", 6.8), (7.5, "percent", "grdp_growth", 7.5)],
    ),
    (
        "ar",
        "نما الناتج المحلي الإجمالي بنسبة 7.5%، مقابل 6.8% في نفس الفترة من العام الماضي.",
        [(6.8, "percent", "grdp_growth", 6.8), (7.5, "percent", "grdp_growth", 7.5)],
    ),
    (
        "vi",
        "Thu ngân sách đạt 5.000 tỷ đồng, tăng 12% so với cùng kỳ.",
        [(5000.0, "billion_vnd", "budget_revenue", 12.0)],
    ),
    (
        "en",
        "Exports reached USD 3 billion, an increase of 12% compared to the same period.",
        [(3000.0, "million_usd", "export_value", 12.0)],
    ),
    (
        "fr",
        "Les recettes budgétaires ont atteint 5 000 milliards de VND, contre 4 000 milliards de VND au cours de la même période de l'année dernière.",
        [(4000.0, "billion_vnd", "budget_revenue", None), (5000.0, "billion_vnd", "budget_revenue", None)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), VERSUS_GUARDS)
def test_a_change_near_a_comparison_stays(lang, text, want):
    assert _read(text, lang) == want
