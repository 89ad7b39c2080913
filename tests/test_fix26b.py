"""fix26b: metric indicators and changes by cause on the read sets (docs/metrics.md, "fix26b (stop 39)"); one
section a fix."""

from __future__ import annotations

import pytest

from tests.helpers import sentence_metrics


def _read(text: str, lang: str) -> list[tuple[float, str, str, float | None]]:
    return [(m.value, m.unit, m.indicator, m.change_pct) for m in sentence_metrics(text, lang)]


# 1. a count of places (communes, districts) measures none of the list's indicators: not the new countryside's named
# before it in its clause, nor the targets met (reg-all u-ar-0045, u-ar-0048, u-ar-0049's gold: other)
PLACES_COUNTS = [
    (
        "en",
        "So far, 116/116 communes have met new rural standards, 40/116 communes have met advanced new rural standards "
        "and 5 communes have become model new rural areas.",
    ),
    (
        "vi",
        "Đến nay, 116/116 xã đạt chuẩn nông thôn mới, 40/116 xã đạt chuẩn nông thôn mới nâng cao và 5 xã đạt chuẩn.",
    ),
    ("vi", "Toàn huyện có 01 xã nông thôn mới kiểu mẫu, 08 xã nông thôn mới nâng cao."),
    (
        "fr",
        "À ce jour, 116/116 communes répondent aux normes de la nouvelle ruralité, 40/116 communes aux normes avancées "
        "et 5 communes sont devenues des modèles.",
    ),
    (
        "es",
        "Hasta ahora, 116/116 comunas cumplen los estándares de nueva ruralidad, 40/116 comunas cumplen los estándares "
        "avanzados y 5 comunas son modelo.",
    ),
    (
        "pl",
        "Do tej pory 116/116 gmin spełnia standardy nowej wsi, 40/116 gmin spełnia zaawansowane standardy nowej wsi, a "
        "5 gmin stało się modelowymi.",
    ),
    (
        "ar",
        "حتى الآن، تم الاعتراف بـ 116/116 بلدية على أنها تلبي المعايير الريفية الجديدة، وتم الاعتراف بـ 40/116 بلدية "
        "على أنها تلبي المعايير الريفية الجديدة المتقدمة، وتم الاعتراف بـ 5 بلديات على أنها مناطق ريفية جديدة نموذجية.",
    ),
    (
        "ar",
        "بحلول نهاية عام 2024، لم تحقق سوى 6 بلديات هدف التنمية الريفية الجديدة، و5 بلديات فقط هدف التنمية المتقدمة.",
    ),
    ("en", "Budget revenue of 5 districts rose 15% year on year."),
]


@pytest.mark.parametrize(("lang", "text"), PLACES_COUNTS)
def test_a_count_of_places_is_other(lang, text):
    read = [r for r in _read(text, lang) if r[1] == "count"]
    assert read and {i for _, _, i, _ in read} == {"other"}


# (guards: a count of things keeps its noun's indicator, and the targets met)
THINGS_COUNTS = [
    ("en", "The province completed 24 of 25 tasks.", "targets_met"),
    ("en", "The province attracted 51 FDI projects.", "fdi"),
    ("vi", "Tỉnh đạt và vượt 8/15 chỉ tiêu nghị quyết đề ra.", "targets_met"),
    ("ar", "أنجزت المقاطعة 24/25 مهمة.", "targets_met"),
    ("pl", "Prowincja zrealizowała 24 z 25 zadań.", "targets_met"),
    ("de", "Die Provinz hat 8/15 Ziele erreicht.", "targets_met"),
    ("en", "The province received 120 complaints from 5 communes.", "complaints_received"),
]


@pytest.mark.parametrize(("lang", "text", "indicator"), THINGS_COUNTS)
def test_a_count_of_things_keeps_its_indicator(lang, text, indicator):
    assert _read(text, lang)[0][2] == indicator


# 2. review25 Low 1: a change after a count of places that is a noun's complement is the noun's figure, with the
# noun's wording ("of 5 districts", a preposition; or a genitive right after the wording: "Thu ngân sách 5 huyện")
NOUNS_CHANGE = [
    ("en", "Budget revenue of 5 districts rose 15% year on year.", "budget_revenue"),
    ("vi", "Thu ngân sách của 5 huyện tăng 15% so với cùng kỳ.", "budget_revenue"),
    ("vi", "Thu ngân sách 5 huyện tăng 15% so với cùng kỳ.", "budget_revenue"),
    ("fr", "Les recettes budgétaires de 5 districts ont augmenté de 15 % sur un an.", "budget_revenue"),
    ("es", "Los ingresos presupuestarios de 5 distritos aumentaron un 15% interanual.", "budget_revenue"),
    ("ar", "ارتفعت إيرادات الميزانية في 5 مناطق بنسبة 15% على أساس سنوي.", "budget_revenue"),
    ("en", "Exports of 5 districts increased by 15%.", "export_value"),
    ("en", "The GRDP of 6 localities grew by more than 10%.", "grdp_growth"),
]


@pytest.mark.parametrize(("lang", "text", "indicator"), NOUNS_CHANGE)
def test_a_change_after_places_a_noun_has_is_the_nouns(lang, text, indicator):
    read = _read(text, lang)
    assert read[0][1:] == ("count", "other", None)
    assert read[1][1:] == ("percent", indicator, read[1][0])


# (guards: a noun of no indicator keeps other; the places' own growth is no change)
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Investment in 3 districts rose 20% year on year.",
            [(3.0, "count", "other", None), (20.0, "percent", "other", 20.0)],
        ),
        (
            "en",
            "In 2024, 6 localities grew by more than 10%.",
            [(6.0, "count", "other", None), (10.0, "percent", "grdp_growth", None)],
        ),
        (
            "vi",
            "Tăng trưởng GRDP 6 địa phương đạt trên 10%.",
            [(6.0, "count", "other", None), (10.0, "percent", "grdp_growth", None)],
        ),
    ],
)
def test_places_growth_and_a_bare_noun_stay(lang, text, expected):
    assert _read(text, lang) == expected


# 3. fix25b's left de and pl places nouns: the dative and locative plurals, the district words ('von 5 Bezirken', 'w
# 3 dystryktach', '5 powiatów'): a count of places, the change the noun's
PLACES_CASES = [
    (
        "de",
        "Die Haushaltseinnahmen von 5 Bezirken stiegen um 15 % gegenüber dem Vorjahr.",
        "budget_revenue",
        15.0,
    ),
    ("de", "Die Investitionen in 3 Bezirken stiegen um 20 %.", "other", 20.0),
    ("de", "Die Exporte aus 5 Kreisen stiegen um 15 %.", "export_value", 15.0),
    ("pl", "Dochody budżetowe 5 dystryktów wzrosły o 15% rok do roku.", "budget_revenue", 15.0),
    ("pl", "Dochody budżetowe w 5 dystryktach wzrosły o 15% rok do roku.", "budget_revenue", 15.0),
    ("pl", "Inwestycje w 3 dystryktach wzrosły o 20%.", "other", 20.0),
    ("pl", "Eksport z 5 powiatów wzrósł o 15%.", "export_value", 15.0),
]


@pytest.mark.parametrize(("lang", "text", "indicator", "change"), PLACES_CASES)
def test_de_pl_places_nouns(lang, text, indicator, change):
    read = _read(text, lang)
    assert read[0][1:] == ("count", "other", None)
    assert read[1] == (change, "percent", indicator, change)


def test_pl_targets_met_in_communes_stay():
    assert _read("W 10 gminach zrealizowano 24 z 25 zadań.", "pl") == [
        (10.0, "count", "other", None),
        (24.0, "count", "targets_met", None),
        (25.0, "count", "other", None),
    ]


# 4. review25's Low on 07cea0ac: de 'in allen Industriesektoren', a compound that names the sector, is a group of
# sectors, no whole economy (as fr 'tous les secteurs industriels'); 'in allen Sektoren' stays the economy's
@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Das Wachstum in allen Industriesektoren erreichte 12 %.", "other"),
        ("Das Wachstum in allen Dienstleistungssektoren erreichte 8,5 %.", "other"),
        ("Das Wirtschaftswachstum in allen Sektoren erreichte 7,5 %.", "grdp_growth"),
        ("Die Wachstumsrate des Industriesektors stieg um 4,7 %.", "other"),
    ],
)
def test_de_all_qualified_sectors(text, indicator):
    assert _read(text, "de")[0][2] == indicator


# 5. a budget named as a project's source of capital is no revenue: fr and es read a bare 'budget', 'presupuesto' as
# budget revenue, the other five languages not (u-es-0026's gold: other)
CAPITAL_SOURCES = {
    "en": "The project has a total investment of VND 3,500 billion, of which the central budget is VND 1,300 billion "
    "and the provincial budget VND 2,200 billion.",
    "fr": "Le projet a un investissement total de 3 500 milliards de VND, dont le budget central 1 300 milliards de VND "
    "et le budget provincial 2 200 milliards de VND.",
    "es": "El proyecto tiene una inversión total de VND 3.500 mil millones, de los cuales el presupuesto central es VND "
    "1.300 mil millones y el presupuesto provincial de VND 2.200 mil millones.",
    "pl": "Projekt ma łączne inwestycje w wysokości 3500 mld VND, z czego budżet centralny to 1300 mld VND, a budżet "
    "prowincji 2200 mld VND.",
}


@pytest.mark.parametrize("lang", sorted(CAPITAL_SOURCES))
def test_a_budget_as_capital_source_is_other(lang):
    assert {i for _, _, i, _ in _read(CAPITAL_SOURCES[lang], lang)} == {"other"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Los ingresos totales del presupuesto estatal alcanzaron los 13.765 mil millones de VND."),
        ("es", "Los ingresos del presupuesto provincial alcanzaron 5.000 mil millones de VND."),
        ("es", "El presupuesto estatal recaudó 5.000 mil millones de VND."),
        ("fr", "Les recettes du budget provincial ont atteint 5 000 milliards de VND."),
        ("fr", "Le budget de l'État a perçu 5 000 milliards de VND."),
        # (review26 Medium 5: a provincial budget's own revenue, no capital's breakdown)
        ("es", "El presupuesto provincial recaudó 15.000 mil millones de VND en 2024, un 12% más."),
        ("es", "La recaudación del presupuesto provincial alcanzó 15.000 mil millones de VND."),
        ("es", "El presupuesto provincial ascendió a 15.000 mil millones de VND."),
        ("fr", "Le budget provincial a collecté 15 000 milliards de VND."),
        ("fr", "La collecte du budget provincial a atteint 15 000 milliards de VND."),
    ],
)
def test_budget_revenue_stays(lang, text):
    assert _read(text, lang)[0][2] == "budget_revenue"


# 6. a fraction of people whose noun follows an adjective: the noun ends the figure's wording as after a whole number
# (pl 'oficjalnych delegatów'; u-mt14pl-02, u-mt18pl-12's gold: delegates)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            "W zjeździe wzięło udział 499/500 oficjalnych delegatów, reprezentujących 152 000 członków partii.",
        ),
        (
            "pl",
            "Ponadto w zjeździe bierze udział 266/268 oficjalnych delegatów reprezentujących organizacje.",
        ),
        (
            "en",
            "The congress was attended by 499/500 official delegates, representing 152,000 party members.",
        ),
        (
            "de",
            "An dem Kongress nahmen 499/500 offizielle Delegierte teil, die 152.000 Parteimitglieder vertraten.",
        ),
    ],
)
def test_a_fraction_of_official_delegates(lang, text):
    assert [i for _, u, i, _ in _read(text, lang) if u == "persons"][:2] == ["delegates", "delegates"]


def test_a_fraction_of_other_people_stays_other():
    assert _read("Attending were 45/46 members of the Provincial Party Executive Committee.", "en") == [
        (45.0, "persons", "other", None),
        (46.0, "persons", "other", None),
    ]


# 7. a rise above 100% written as a comparative after the percentage ('300% more than the same period') is the
# rise itself, no share of the same period less 100 ('equal to 140.6% of the same period' stays a rise of 40.6)
MORE_THAN = [
    ("en", "The province welcomed 6.6 million visitors, 300% more than the same period last year."),
    (
        "fr",
        "La province a accueilli 6,6 millions de visiteurs, soit 300 % de plus qu'à la même période l'an dernier.",
    ),
    (
        "es",
        "La provincia recibió 6,6 millones de visitantes, un 300% más que en el mismo período del año anterior.",
    ),
    ("de", "Die Provinz empfing 6,6 Millionen Besucher, 300 % mehr als im Vorjahreszeitraum."),
    (
        "pl",
        "Prowincja przyjęła 6,6 miliona odwiedzających, o 300% więcej niż w analogicznym okresie ubiegłego roku.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), MORE_THAN)
def test_a_rise_above_100_as_a_comparative(lang, text):
    assert _read(text, lang) == [(6600000.0, "persons", "tourist_arrivals", 300.0)]


@pytest.mark.parametrize(
    ("lang", "text", "change"),
    [
        ("vi", "Tỉnh đón 6,6 triệu lượt khách, bằng 300% so với cùng kỳ năm trước.", 200.0),
        (
            "en",
            "The province welcomed 6.6 million visitors, equal to 140.6% of the same period last year.",
            40.6,
        ),
    ],
)
def test_a_share_of_the_same_period_stays_a_rise_less_100(lang, text, change):
    assert _read(text, lang)[0][3] == change


# 8. a share of the plan after a change of the figure before it is that figure's share ('6.6 million visitors, up
# 300% year-on-year and reaching 82% of the year's target': u-en-0016's gold tourist_arrivals), in every language
SHARE_AFTER_CHANGE = [
    (
        "en",
        "Vinh Phuc welcomed nearly 6.6 million visitors, up 300% year-on-year and reaching 82% of the year’s target.",
    ),
    ("vi", "Tỉnh đón gần 6,6 triệu lượt khách, tăng 300% so với cùng kỳ, đạt 82% kế hoạch năm."),
    (
        "fr",
        "La province a accueilli près de 6,6 millions de visiteurs, en hausse de 300 % sur un an, soit 82 % de l'objectif annuel.",
    ),
    (
        "es",
        "La provincia recibió casi 6,6 millones de visitantes, un aumento del 300% interanual, alcanzando el 82% del objetivo anual.",
    ),
    (
        "de",
        "Die Provinz empfing fast 6,6 Millionen Besucher, ein Plus von 300 % gegenüber dem Vorjahr, was 82 % des Jahresziels entspricht.",
    ),
    ("ar", "استقبلت المقاطعة 6.6 مليون زائر، بزيادة 300% على أساس سنوي، لتصل إلى 82% من الهدف السنوي."),
]


@pytest.mark.parametrize(("lang", "text"), SHARE_AFTER_CHANGE)
def test_a_share_of_the_plan_after_a_change(lang, text):
    assert _read(text, lang)[-1] == (82.0, "percent", "tourist_arrivals", None)


def test_a_tally_after_delegates_stays_other():
    assert _read("The congress was attended by 300 delegates, 100% of the delegates.", "en")[-1][2] == "other"


# 9. pl 'więcej/mniej niż przed rokiem' (than a year ago) is the comparative of a change, as 'niż rok wcześniej'
@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Prowincja przyjęła prawie 6,6 miliona odwiedzających, o 300% więcej niż przed rokiem.", 300.0),
        ("Prowincja przyjęła 6,6 miliona odwiedzających, o 20% mniej niż przed rokiem.", -20.0),
        ("Prowincja przyjęła prawie 6,6 miliona odwiedzających, o 300% więcej niż rok wcześniej.", 300.0),
    ],
)
def test_pl_than_a_year_ago(text, change):
    assert _read(text, "pl") == [(6600000.0, "persons", "tourist_arrivals", change)]


# 10. the plan's excess written before the percentage ('surpassing the yearly plan by 3.2%') is a share of the figure
# before it, as 'of the plan' after it (u-en-0015's gold tourist_arrivals, seeds 002's 'متجاوزًا الخطة بنسبة ٣١٪')
PLAN_EXCEEDED = [
    ("en", "Ninh Binh welcomed over 5.52 million visitors, surpassing the yearly plan by 3.2%."),
    ("fr", "Ninh Binh a accueilli plus de 5,52 millions de visiteurs, dépassant le plan annuel de 3,2 %."),
    ("es", "Ninh Binh recibió más de 5,52 millones de visitantes, superando el plan anual en un 3,2%."),
    ("de", "Ninh Binh empfing über 5,52 Millionen Besucher und übertraf damit den Jahresplan um 3,2 %."),
    ("pl", "Ninh Binh przyjęła ponad 5,52 miliona odwiedzających, przekraczając plan roczny o 3,2%."),
    ("ar", "استقبلت نينه بينه أكثر من 5.52 مليون زائر، متجاوزة الخطة السنوية بنسبة 3.2%."),
    ("vi", "Ninh Bình đón hơn 5,52 triệu lượt khách, vượt 3,2% kế hoạch năm."),
]


@pytest.mark.parametrize(("lang", "text"), PLAN_EXCEEDED)
def test_the_plans_excess_before_the_percentage(lang, text):
    assert _read(text, lang)[-1] == (3.2, "percent", "tourist_arrivals", None)


def test_a_change_after_a_plan_word_stays_a_change():
    read = _read(
        "Budget revenue reached 5,000 billion VND, up 12% year on year, surpassing the yearly plan by 3.2%.",
        "en",
    )
    assert read == [(5000.0, "billion_vnd", "budget_revenue", 12.0), (3.2, "percent", "budget_revenue", None)]
