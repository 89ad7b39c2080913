"""fix29b: metrics on text kg has not read, round 3 (docs/metrics.md, "fix29b (stop 41)"); one section a fix."""

from __future__ import annotations

import pytest

from tests.helpers import extracted


def _read(text: str, lang: str) -> list[tuple[float, str, str, float | None]]:
    return sorted((m.value, m.unit, m.indicator, m.change_pct) for m in extracted(text, lang).metrics)


def _indicators(text: str, lang: str) -> list[str]:
    return [i for _, _, i, _ in _read(text, lang)]


# 1. a service's revenue is not the state budget's: en 'port service revenue', de 'die Einnahmen aus
# Hafendienstleistungen' read budget_revenue (a bare revenue noun is budget revenue in en and de only; the other five
# packs read other): cue kind `service` before the bare noun or after its source's preposition (fix28b's P41)
SERVICE_REVENUE = [
    ("en", "Port service revenue reached VND 2,030 billion."),
    ("en", "Telecommunications service revenue reached VND 2,030 billion."),
    ("en", "Revenue from services reached VND 2,030 billion."),
    ("en", "Revenue from port services reached VND 2,030 billion."),
    ("de", "Die Einnahmen aus Hafendienstleistungen erreichten 2.030 Milliarden VND."),
    ("de", "Die Einnahmen aus Telekommunikationsdiensten erreichten 2.030 Milliarden VND."),
    ("de", "Die Einnahmen aus Dienstleistungen erreichten 2.030 Milliarden VND."),
    ("fr", "Les recettes des services portuaires ont atteint 2 030 milliards de VND."),
    ("es", "Los ingresos por servicios portuarios alcanzaron los 2.030 mil millones de VND."),
    ("pl", "Przychody z usług portowych wyniosły 2030 mld VND."),
    ("ar", "وبلغت إيرادات خدمات الموانئ 2,030 مليار دونج."),
    ("vi", "Doanh thu dịch vụ cảng đạt 2.030 tỷ đồng."),
]


@pytest.mark.parametrize(("lang", "text"), SERVICE_REVENUE)
def test_a_services_revenue_is_no_budget_revenue(lang, text):
    assert _indicators(text, lang) == ["other"]


# (guards: a bare revenue, the budget's with a service named, revenue from land use, tax and domestic revenue stay)
BUDGET_REVENUE = [
    ("en", "Revenue reached VND 2,030 billion."),
    ("en", "Revenue from land use reached VND 2,030 billion."),
    ("en", "Budget revenue from services reached VND 2,030 billion."),
    ("en", "Tax revenue reached VND 2,030 billion."),
    ("en", "Domestic revenue reached VND 2,030 billion."),
    ("en", "State budget revenue in the service sector reached VND 2,030 billion."),
    ("de", "Die Einnahmen erreichten 2.030 Milliarden VND."),
    ("de", "Die Einnahmen aus der Landnutzung erreichten 2.030 Milliarden VND."),
    ("de", "Die Haushaltseinnahmen aus Dienstleistungen erreichten 2.030 Milliarden VND."),
]


@pytest.mark.parametrize(("lang", "text"), BUDGET_REVENUE)
def test_a_budget_revenue_stays(lang, text):
    assert _indicators(text, lang) == ["budget_revenue"]


def test_tourism_services_revenue_stays_tourism():
    assert _indicators("Revenue from tourism services reached VND 2,030 billion.", "en") == [
        "tourism_revenue"
    ]
