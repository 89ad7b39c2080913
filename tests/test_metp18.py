"""metp18: the broad classes of metric faults (docs/metrics.md), one rule each.

Rule 1, a figure's indicator carried along its clause run: a sum or percentage with no indicator wording of its own
is the same subject's figure as the sum or percentage right before it (another period, a share of the plan), so it
takes that figure's indicator; never across a semicolon, never past another indicator wording (imports are their own,
``other``), never for a count (a count counts its own noun)."""

import pytest

from kg.extract import extract
from kg.model import Article


def _metrics(text: str, lang: str) -> list[tuple]:
    x = extract(Article("t", text, lang=lang))
    return [(m.value, m.unit, m.indicator) for m in x.metrics]


CARRIED = [
    (
        "en",
        "In Lam Dong, the Provincial People's Committee said that budget revenue amounted to 9,870 billion VND in "
        "2024 and to 2,310 billion VND in the first quarter of 2025.",
        (2310.0, "billion_vnd", "budget_revenue"),
    ),
    (
        "en",
        "Public investment disbursement in Lam Dong reached 4,120 billion VND by October, accounting for 61.3% of "
        "the capital plan.",
        (61.3, "percent", "public_investment_disbursement"),
    ),
    (
        "de",
        "Die Haushaltseinnahmen der Provinz Lam Dong erreichten 2024 rund 9.870 Milliarden VND, im ersten Quartal "
        "2025 rund 2.310 Milliarden VND.",
        (2310.0, "billion_vnd", "budget_revenue"),
    ),
    (
        "es",
        "El crecimiento del PIB regional de la provincia fue del 7,2 % en el primer trimestre y del 7,9 % en el "
        "segundo trimestre.",
        (7.9, "percent", "grdp_growth"),
    ),
    (
        "pl",
        "Wzrost PKB prowincji wyniósł 7,2% w pierwszym kwartale i 7,9% w drugim kwartale.",
        (7.9, "percent", "grdp_growth"),
    ),
    (
        "ar",
        "بلغت إيرادات الميزانية في المقاطعة 9870 مليار دونج في عام 2024، و2310 مليار دونج في الربع الأول من عام 2025.",
        (2310.0, "billion_vnd", "budget_revenue"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure"), CARRIED)
def test_a_figure_with_no_wording_of_its_own_takes_the_indicator_before(lang, text, figure):
    assert figure in _metrics(text, lang)


NOT_CARRIED = [
    (
        "en",
        "Exports reached 3.1 billion USD in the first half of the year, while import turnover was 2.7 billion USD.",
        (2700.0, "million_usd", "other"),
    ),
    (
        "es",
        "Las exportaciones alcanzaron 3.100 millones de dólares, y las importaciones, 2.700 millones de dólares.",
        (2700.0, "million_usd", "other"),
    ),
    (
        "en",
        "GRDP grew 7.5%; the province has 1,200 enterprises with 56.2% of them in services.",
        (56.2, "percent", "other"),
    ),
    (
        "en",
        "Budget revenue reached 9,870 billion VND; 450 new enterprises were set up.",
        (450.0, "count", "other"),
    ),
    (
        "pl",
        "Dochody budżetu wyniosły 9870 miliardów VND; w zjeździe wzięło udział 450 delegatów reprezentujących "
        "131 000 członków partii.",
        (131000.0, "persons", "other"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure"), NOT_CARRIED)
def test_no_indicator_is_carried_past_a_wording_a_semicolon_or_to_a_count(lang, text, figure):
    assert figure in _metrics(text, lang)


# Rule 2, the indicator a sum or count names right after its unit or counted noun, when none stands before it: only
# short words (a preposition) between, within the clause, never the next sum's currency; never a percentage's.
AFTER = [
    (
        "en",
        "In the first half of the year, Lam Dong attracted 1.2 billion USD in FDI, according to the report.",
        (1200.0, "million_usd", "fdi"),
    ),
    (
        "pl",
        "W pierwszym półroczu prowincja Lam Dong przyciągnęła 1,2 mld USD bezpośrednich inwestycji zagranicznych.",
        (1200.0, "million_usd", "fdi"),
    ),
    (
        "fr",
        "La province de Lam Dong compte désormais 42 projets d'investissement direct étranger.",
        (42.0, "count", "fdi"),
    ),
    ("ar", "تضم مقاطعة لام دونغ حاليًا 42 مشروعًا للاستثمار الأجنبي المباشر.", (42.0, "count", "fdi")),
    (
        "de",
        "Die Provinz Lam Dong zählt inzwischen 42 Projekte mit ausländischen Direktinvestitionen.",
        (42.0, "count", "fdi"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure"), AFTER)
def test_the_indicator_written_right_after_the_figure(lang, text, figure):
    assert figure in _metrics(text, lang)


NOT_AFTER = [
    (
        "en",
        "The total registered capital reached over VND12.4 trillion and USD310 million.",
        (12400.0, "billion_vnd", "other"),
    ),
    (
        "en",
        "At the conference, 100% of the delegates approved the list of the Presidium.",
        (100.0, "percent", "other"),
    ),
    (
        "es",
        "La provincia registró 42 empresas nuevas con exportaciones por valor de 310 millones de dólares.",
        (42.0, "count", "other"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure"), NOT_AFTER)
def test_no_indicator_from_after_past_a_long_word_the_next_currency_or_for_a_percentage(lang, text, figure):
    assert figure in _metrics(text, lang)


# Rule 1's semicolon, crossed when the clause after it opens on another period of the same subject: a part of the
# year, a month, a year, a number of months ("; in the first ten months, it reached ..."), not another subject.
PERIODS = [
    (
        "en",
        "Budget revenue in October reached 1,250 billion VND; in the first ten months, it reached 11,400 billion VND.",
        (11400.0, "billion_vnd", "budget_revenue"),
    ),
    (
        "de",
        "Das Wirtschaftswachstum der Provinz lag 2024 bei 7,4 %; für das erste Quartal 2025 wird ein Wert von 6,9 % "
        "erwartet.",
        (6.9, "percent", "grdp_growth"),
    ),
    (
        "vi",
        "Thu ngân sách tháng 10 ước đạt 1.250 tỷ đồng; lũy kế 10 tháng ước đạt 11.400 tỷ đồng.",
        (11400.0, "billion_vnd", "budget_revenue"),
    ),
    (
        "ar",
        "بلغ معدل نمو الناتج المحلي الإجمالي الإقليمي 7.4%؛ وفي الربع الأول وحده بلغ 6.9%.",
        (6.9, "percent", "grdp_growth"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure"), PERIODS)
def test_a_semicolon_before_another_period_of_the_same_subject_is_crossed(lang, text, figure):
    assert figure in _metrics(text, lang)


OTHER_SUBJECT = [
    (
        "en",
        "Budget revenue reached 11,400 billion VND; the investment capital reached 2,000 billion VND.",
        (2000.0, "billion_vnd", "other"),
    ),
    (
        "es",
        "Los ingresos presupuestarios superan los 860 mil millones de VND; el capital de inversión supera los 2 "
        "billones de VND.",
        (2000.0, "billion_vnd", "other"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure"), OTHER_SUBJECT)
def test_a_semicolon_before_another_subject_stops_the_indicator(lang, text, figure):
    assert figure in _metrics(text, lang)


# Rule 4: a further change after a value's own is a part's (a sector's), so no indicator is carried to it; a share
# of the plan keeps the product's own indicator (grdp, not its growth); pack words the translations write (en 'GDP',
# 'export value'; pl 'PKB' is the product, its growth composed as for every pack).
PARTS = [
    (
        "en",
        "The province's GRDP reached 6,176 billion VND, up 15.08%, including a 20.5% rise in industry and a 4.4% "
        "rise in agriculture.",
        (20.5, "percent", "other"),
    ),
    (
        "pl",
        "PKB prowincji wyniósł 6176 mld VND, co oznacza wzrost o 15,08%, w tym wzrost o 20,5% w przemyśle i wzrost "
        "o 4,4% w rolnictwie.",
        (6176.0, "billion_vnd", "grdp"),
    ),
    (
        "es",
        "El PIB de la provincia alcanzó 6.176 mil millones de VND, un aumento del 15,08%, incluido un aumento del "
        "20,5% en la industria.",
        (20.5, "percent", "other"),
    ),
    (
        "en",
        "The province's GDP was estimated at 6,176 billion VND, accounting for 21.2% of the year plan.",
        (21.2, "percent", "grdp"),
    ),
    (
        "pl",
        "PKB prowincji szacuje się na 6 176 mld VND, co stanowi 21,2% planu rocznego.",
        (21.2, "percent", "grdp"),
    ),
    (
        "fr",
        "Le PIB de la province est estimé à 6 176 milliards de VND, soit 21,2 % du plan annuel.",
        (21.2, "percent", "grdp"),
    ),
    (
        "en",
        "The province's total export value reached 2.4 billion USD.",
        (2400.0, "million_usd", "export_value"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure"), PARTS)
def test_a_sectors_change_is_its_own_and_a_share_of_the_plan_the_products(lang, text, figure):
    assert figure in _metrics(text, lang)


# Rule 1's stop in every pack: spending is a wording valued other (as imports), so a revenue figure's indicator is
# not carried to the expenditure after it.
SPENDING = [
    (
        "en",
        "Total budget revenue reached 5,200 billion VND, while budget expenditure reached 4,100 billion VND.",
    ),
    ("vi", "Tổng thu ngân sách đạt 5.200 tỷ đồng, tổng chi ngân sách đạt 4.100 tỷ đồng."),
    (
        "fr",
        "Les recettes budgétaires ont atteint 5 200 milliards de VND et les dépenses budgétaires 4 100 milliards de VND.",
    ),
    ("de", "Die Haushaltseinnahmen erreichten 5.200 Milliarden VND, die Ausgaben 4.100 Milliarden VND."),
    (
        "es",
        "Los ingresos presupuestarios alcanzaron 5.200 mil millones de VND y el gasto 4.100 mil millones de VND.",
    ),
    ("pl", "Dochody budżetu wyniosły 5200 mld VND, a wydatki budżetu 4100 mld VND."),
    ("ar", "بلغت إيرادات الميزانية 5200 مليار دونج، وبلغ الإنفاق من الميزانية 4100 مليار دونج."),
]


@pytest.mark.parametrize(("lang", "text"), SPENDING)
def test_spending_takes_no_revenue_indicator(lang, text):
    found = _metrics(text, lang)
    assert (5200.0, "billion_vnd", "budget_revenue") in found
    assert (4100.0, "billion_vnd", "other") in found
