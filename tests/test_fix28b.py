"""fix28b: metrics on text kg has not read, round 2 (docs/metrics.md, "fix28b (stop 41)"); one section a fix."""

from __future__ import annotations

import pytest

from tests.helpers import extracted, probe_cases


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


# 2. an export of tourism and services is an export, no tourism figure: 'export of tourism and services reached USD
# 500 million' read fdi (en: no 'export of' wording, the USD fallback), pl 'Eksport usług turystycznych' tourist_arrivals
# (a sum taking the tourism noun after the export), fr/de/ar other; review27's open Low ('In the tourism and service
# sector, enterprises earned VND 5 trillion from exports' tourism_revenue)
EXPORTS = [
    ("en", "Export of tourism and services reached USD 500 million."),
    (
        "en",
        "The province welcomed 8 million tourists, and export of tourism and services earned USD 500 million.",
    ),
    # (in VND: a sum in USD no wording names before it takes the currency's fallback, fdi, first; left)
    ("en", "In the tourism and service sector, enterprises earned VND 500 billion from exports."),
    ("en", "Revenue from the export of tourism and services reached USD 500 million."),
    ("vi", "Xuất khẩu dịch vụ du lịch đạt 500 triệu USD."),
    ("vi", "Tỉnh đón 8 triệu lượt khách du lịch, doanh thu xuất khẩu dịch vụ du lịch đạt 500 triệu USD."),
    ("fr", "L'exportation du tourisme et des services a atteint 500 millions USD."),
    ("fr", "Les recettes d'exportation du tourisme et des services ont atteint 500 millions USD."),
    ("es", "Las exportaciones de turismo y servicios alcanzaron los 500 millones de dólares."),
    ("de", "Die Tourismus- und Dienstleistungsexporte erreichten 500 Millionen USD."),
    (
        "de",
        "Im Tourismus- und Dienstleistungssektor erwirtschafteten die Unternehmen 500 Millionen USD aus Exporten.",
    ),
    ("pl", "Eksport usług turystycznych osiągnął 500 mln USD."),
    ("pl", "W sektorze turystyki i usług przedsiębiorstwa zarobiły 500 mln USD na eksporcie."),
    ("ar", "بلغ تصدير الخدمات السياحية 500 مليون دولار أمريكي."),
    ("ar", "في قطاع السياحة والخدمات، حققت الشركات 500 مليون دولار أمريكي من الصادرات."),
]


@pytest.mark.parametrize(("lang", "text"), EXPORTS)
def test_an_export_of_tourism_is_an_export(lang, text):
    assert [i for _, u, i, _ in _read(text, lang) if u in ("million_usd", "billion_vnd")] == ["export_value"]


# (guards: the revenue of tourists and of the tourism sector stays tourism revenue; a budget as a source stays other)
TOURISM_GUARDS = [
    (
        "en",
        "The province welcomed 8 million tourists, with estimated revenue reaching VND 10,217 billion.",
        "tourism_revenue",
    ),
    ("en", "The tourism sector earned more than 5 trillion VND.", "tourism_revenue"),
    ("vi", "Ngành du lịch thu về 5.000 tỷ đồng.", "tourism_revenue"),
    ("pl", "Prowincja przyjęła 8 mln turystów, a przychody wyniosły 5 bln VND.", "tourism_revenue"),
    (
        "de",
        "Die Provinz empfing 8 Millionen Touristen, und die Einnahmen erreichten 5 Billionen VND.",
        "tourism_revenue",
    ),
    ("en", "The province allocated VND 5 trillion from the state budget for roads.", "other"),
]


@pytest.mark.parametrize(("lang", "text", "want"), TOURISM_GUARDS)
def test_a_tourism_revenue_stays(lang, text, want):
    assert [i for _, u, i, _ in _read(text, lang) if u == "billion_vnd"] == [want]


# 3. review28 Medium 6 on section 1: a compared percentage takes the rate of the one before it only when its own
# clause names an earlier period (cue kind `earlier_period`, a same-period cue or a year) and no share, plan, benchmark
# or indicator wording ('compared with 98% of the yearly estimate' gave ch=98; '8% for imports' export_value ch=8)
COMPARED = [
    (
        "en",
        "Budget revenue rose 15% year-on-year, compared with 98% of the yearly estimate.",
        (98.0, "budget_revenue", None),
    ),
    (
        "fr",
        "Les recettes budgétaires ont augmenté de 15 % sur un an, contre 98 % de l'estimation annuelle.",
        (98.0, "budget_revenue", None),
    ),
    ("vi", "Thu ngân sách tăng 15% so với cùng kỳ, so với 98% dự toán năm.", (98.0, "budget_revenue", None)),
    ("en", "GRDP grew 8.2%, compared with 7.1% nationwide.", (7.1, "grdp_growth", None)),
    ("en", "Exports rose 12%, compared with 8% for imports.", (8.0, "other", None)),
    ("fr", "Les exportations ont augmenté de 12 %, contre 8 % pour les importations.", (8.0, "other", None)),
    ("es", "Las exportaciones aumentaron un 12%, frente al 8% de las importaciones.", (8.0, "other", None)),
    ("de", "Die Exporte stiegen um 12 %, gegenüber 8 % bei den Importen.", (8.0, "other", None)),
    ("pl", "Eksport wzrósł o 12%, wobec 8% w przypadku importu.", (8.0, "other", None)),
    ("ar", "ارتفعت الصادرات بنسبة 12%، مقابل 8% للواردات.", (8.0, "other", None)),
    # (guards: an earlier period's rate after a rate, by its period's words or a year)
    ("de", "Das BIP wuchs um 7,5 %, gegenüber 6,8 % im Vorjahreszeitraum.", (6.8, "grdp_growth", 6.8)),
    (
        "ar",
        "نما الناتج المحلي الإجمالي بنسبة 7.5%، مقابل 6.8% في نفس الفترة من العام الماضي.",
        (6.8, "grdp_growth", 6.8),
    ),
    ("fr", "Le PIB a augmenté de 7,5 %, contre 6,8 % en 2023.", (6.8, "grdp_growth", 6.8)),
    ("pl", "PKB wzrósł o 7,5%, wobec 6,8% w analogicznym okresie ubiegłego roku.", (6.8, "grdp_growth", 6.8)),
]


@pytest.mark.parametrize(("lang", "text", "want"), COMPARED)
def test_a_compared_percentage_is_a_rate_only_of_an_earlier_period(lang, text, want):
    assert want in [(v, i, ch) for v, _, i, ch in _read(text, lang)]


# 4. review28 Medium 7 on section 2: vi 'thu về' (any earner's earning) is tourism's only after a tourism word in its
# own clause: a land auction's or an enterprise's earnings after a count of tourists read tourism_revenue
EARNED = [
    (
        "Năm 2025, tỉnh đón 8 triệu lượt khách du lịch, đấu giá quyền sử dụng đất thu về 2.000 tỷ đồng.",
        "other",
    ),
    ("Tỉnh đón 8 triệu lượt khách, doanh nghiệp thu về 2.000 tỷ đồng từ bán hàng.", "other"),
    ("Tỉnh đón 8 triệu lượt khách du lịch; thu về cho ngân sách 500 tỷ đồng từ thuế.", "other"),
    # (guards: the tourism branch's earnings; a revenue noun after a count of tourists)
    ("Ngành du lịch thu về 5.000 tỷ đồng.", "tourism_revenue"),
    ("Năm 2025, du lịch thu về 5.000 tỷ đồng.", "tourism_revenue"),
    ("Tỉnh đón 8 triệu lượt khách du lịch, doanh thu đạt 5.000 tỷ đồng.", "tourism_revenue"),
]


@pytest.mark.parametrize(("text", "want"), EARNED)
def test_an_earning_is_tourism_only_in_a_tourism_clause(text, want):
    assert [i for _, u, i, _ in _read(text, "vi") if u == "billion_vnd"] == [want]


# 5. a count a comparative of a rise or fall follows is a difference, no count ('soit 17 projets de plus qu'à la même
# période', es '17 proyectos más que en', de '17 Projekte mehr als im', pl 'o 17 projektów więcej niż w': read 17 count;
# en 'up 17 projects' was none; u-en-0015's gold records no such figure)
MORE_THAN = [
    (
        "fr",
        "La province a délivré de nouvelles licences à 32 projets, soit 17 projets de plus qu'à la même période de l'année dernière.",
    ),
    (
        "es",
        "La provincia otorgó nuevas licencias a 32 proyectos, 17 proyectos más que en el mismo período del año pasado.",
    ),
    ("de", "Die Provinz erteilte 32 Projekten neue Lizenzen, 17 Projekte mehr als im Vorjahreszeitraum."),
    (
        "pl",
        "Prowincja wydała nowe licencje dla 32 projektów, o 17 projektów więcej niż w analogicznym okresie ubiegłego roku.",
    ),
    (
        "en",
        "The province granted new licences to 32 projects, up 17 projects over the same period last year.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), MORE_THAN)
def test_a_count_more_than_the_same_period_is_a_difference(lang, text):
    assert _read(text, lang) == [(32.0, "count", "other", None)]


# (guards: a count then a change of it; a percentage more than the same period)
def test_a_count_and_its_change_stay():
    assert _read("Tỉnh có 1.533 doanh nghiệp thành lập mới, tăng 5,8% so với cùng kỳ.", "vi") == [
        (1533.0, "count", "other", 5.8)
    ]
    assert _read(
        "Le nombre de touristes a atteint 5 millions, soit 300 % de plus qu'à la même période.", "fr"
    ) == [(5000000.0, "persons", "tourist_arrivals", 300.0)]


# 6. a budget written after a sum as its source is no revenue ('a accordé à deux districts 20 milliards de VND du budget
# central', es 'del presupuesto central': budget_revenue; en, vi, de, pl, ar other)
SOURCED = [
    (
        "fr",
        "Le Comité populaire provincial a accordé à deux districts 20 milliards de VND du budget central en récompense.",
    ),
    (
        "es",
        "El Comité Popular Provincial otorgó a dos distritos 20 mil millones de VND del presupuesto central como recompensa.",
    ),
    (
        "en",
        "The Provincial People's Committee awarded two districts VND 20 billion from the central budget as a reward.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SOURCED)
def test_a_budget_after_a_sum_is_its_source(lang, text):
    assert _read(text, lang) == [(20.0, "billion_vnd", "other", None)]


# (guard: a revenue wording after a converted sum stays the sum's)
def test_a_revenue_after_a_sum_stays():
    text = "La province a perçu 48 500 milliards de VND (2,03 milliards USD) de recettes budgétaires."
    assert (48500.0, "billion_vnd", "budget_revenue", None) in _read(text, "fr")


# 7. wordings two packs lacked (the parity probe of section 8): foreign investment not called direct (vi, fr: dev ar-013's
# gold fdi), citizens received (de, pl: seeds 004's gold citizens_received); one pack's: vi 'sản xuất công nghiệp' (dev
# ar-013's industrial_production_value), de 'Importumsatz' (no export)
ROWS = [
    (
        "vi",
        "Tỉnh cũng thu hút vốn đầu tư nước ngoài đạt 392,5 triệu USD (tăng 18,8%).",
        (392.5, "million_usd", "fdi", 18.8),
    ),
    (
        "fr",
        "La province a également attiré des capitaux d'investissement étrangers de 392,5 millions de dollars (en hausse de 18,8 %).",
        (392.5, "million_usd", "fdi", 18.8),
    ),
    (
        "de",
        "Im Jahr 2023 empfingen die staatlichen Stellen 2.619 Bürger (ein Anstieg von 0,4 % gegenüber dem gleichen Zeitraum des Jahres 2022).",
        (2619.0, "persons", "citizens_received", 0.4),
    ),
    (
        "pl",
        "W 2023 r. organy państwowe przyjęły 2619 obywateli (wzrost o 0,4% w porównaniu z tym samym okresem 2022 r.).",
        (2619.0, "persons", "citizens_received", 0.4),
    ),
    ("vi", "Trong đó, sản xuất công nghiệp tăng 7,6%.", (7.6, "percent", "industrial_production_value", 7.6)),
    (
        "de",
        "Der Exportumsatz wird auf 16 Milliarden USD geschätzt, der Importumsatz auf 11 Milliarden USD.",
        (11000.0, "million_usd", "other", None),
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), ROWS)
def test_a_wording_one_pack_lacked(lang, text, want):
    assert want in _read(text, lang)


# 8. review28 Medium 11 on section 6: only a source's preposition right after the sum makes the budget its source; the
# province's own budget revenue written after the sum stays budget revenue
OWN_BUDGET = [
    ("fr", "La province a collecté 20 000 milliards de VND de recettes du budget provincial."),
    ("es", "La provincia recaudó 20 billones de VND de ingresos del presupuesto provincial."),
    ("fr", "Les recettes ont atteint 20 000 milliards de VND de budget provincial."),
]


@pytest.mark.parametrize(("lang", "text"), OWN_BUDGET)
def test_a_budget_revenue_after_a_sum_stays(lang, text):
    assert _read(text, lang) == [(20000.0, "billion_vnd", "budget_revenue", None)]


# 9. cross-language parity, round 2 (docs/metrics.md, "fix28b (stop 41)"): 40 figure sentences of the read real texts
# (dev, seeds, articles.jsonl, vi-officials.jsonl; no held-out id), none of fix27b's section 7 or met21's, each as the
# press's machine translation writes it in the seven languages, read alike and right (by the source article's gold where
# it has one); three left out as gold splits (en-003's domestic revenue 149.8% other, u-ar-0038's FDI share 47% other,
# en-003's 'USD2.31 billion' fdi that only en's currency-first order reads); LEFT: where a language still reads another
PARITY = {
    "P01 value + share of the target (u-en-0019)": (
        [(18.8, "percent", "fdi", None), (280.0, "million_usd", "fdi", None)],
        {
            "en": "The FDI attraction hit more than US$280 million, accounting for 18.8% of the target.",
            "vi": "Thu hút vốn FDI đạt hơn 280 triệu USD, bằng 18,8% kế hoạch.",
            "fr": "L'attraction des IDE a atteint plus de 280 millions de dollars, soit 18,8 % de l'objectif.",
            "es": "La atracción de inversión extranjera directa superó los 280 millones de dólares, lo que representa el 18,8% de la meta.",
            "de": "Die Anwerbung ausländischer Direktinvestitionen erreichte mehr als 280 Millionen USD, was 18,8 % des Ziels entspricht.",
            "pl": "Przyciągnięte bezpośrednie inwestycje zagraniczne osiągnęły ponad 280 mln USD, co stanowi 18,8% celu.",
            "ar": "بلغ جذب الاستثمار الأجنبي المباشر أكثر من 280 مليون دولار أمريكي، وهو ما يمثل 18.8% من الهدف.",
        },
    ),
    "P02 higher than planned (u-en-0019)": (
        [(19.0, "percent", "other", None), (5200.0, "billion_vnd", "other", None)],
        {
            "en": "The total investment capital by the whole society achieved more than VND5,200 billion, over 19% higher than planned.",
            "vi": "Tổng vốn đầu tư toàn xã hội đạt hơn 5.200 tỷ đồng, cao hơn kế hoạch trên 19%.",
            "fr": "Le capital d'investissement total de la société a atteint plus de 5 200 milliards de VND, soit plus de 19 % de plus que prévu.",
            "es": "El capital total de inversión de toda la sociedad superó los 5.200 mil millones de VND, más del 19% por encima de lo previsto.",
            "de": "Das gesamte gesellschaftliche Investitionskapital erreichte mehr als 5.200 Milliarden VND, über 19 % mehr als geplant.",
            "pl": "Całkowity kapitał inwestycyjny całego społeczeństwa osiągnął ponad 5 200 mld VND, o ponad 19% więcej niż planowano.",
            "ar": "بلغ إجمالي رأس المال الاستثماري للمجتمع بأكمله أكثر من 5,200 مليار دونج، أي أعلى بأكثر من 19% مما كان مخططًا له.",
        },
    ),
    "P03 a price's rise only (u-en-0019)": (
        [(30.5, "percent", "other", 30.5)],
        {
            "en": "The retail price of goods and services in the province increased 30.5% against the same period.",
            "vi": "Giá bán lẻ hàng hóa và dịch vụ trên địa bàn tỉnh tăng 30,5% so với cùng kỳ.",
            "fr": "Le prix de détail des biens et services dans la province a augmenté de 30,5 % par rapport à la même période.",
            "es": "El precio minorista de bienes y servicios en la provincia aumentó un 30,5% en comparación con el mismo período.",
            "de": "Der Einzelhandelspreis für Waren und Dienstleistungen in der Provinz stieg gegenüber dem Vorjahreszeitraum um 30,5 %.",
            "pl": "Ceny detaliczne towarów i usług w prowincji wzrosły o 30,5% w porównaniu z tym samym okresem.",
            "ar": "ارتفع سعر التجزئة للسلع والخدمات في المقاطعة بنسبة 30.5% مقارنة بنفس الفترة.",
        },
    ),
    "P05 disbursed + share of the plan (en-003)": (
        [
            (60.0, "percent", "public_investment_disbursement", None),
            (23788.0, "billion_vnd", "public_investment_disbursement", None),
        ],
        {
            "en": "As of November 26, the whole province has disbursed more than VND23,788 billion, reaching nearly 60% of the plan assigned by the Prime Minister.",
            "vi": "Tính đến ngày 26/11, toàn tỉnh đã giải ngân hơn 23.788 tỷ đồng, đạt gần 60% kế hoạch Thủ tướng Chính phủ giao.",
            "fr": "Au 26 novembre, l'ensemble de la province a décaissé plus de 23 788 milliards de VND, soit près de 60 % du plan fixé par le Premier ministre.",
            "es": "Al 26 de noviembre, toda la provincia ha desembolsado más de 23.788 mil millones de VND, alcanzando casi el 60% del plan asignado por el Primer Ministro.",
            "de": "Bis zum 26. November hat die gesamte Provinz mehr als 23.788 Milliarden VND ausgezahlt und damit fast 60 % des vom Premierminister vorgegebenen Plans erreicht.",
            "pl": "Do 26 listopada cała prowincja wypłaciła ponad 23 788 mld VND, osiągając prawie 60% planu przydzielonego przez premiera.",
            "ar": "حتى 26 نوفمبر، صرفت المقاطعة بأكملها أكثر من 23,788 مليار دونج، لتصل إلى ما يقرب من 60% من الخطة التي حددها رئيس الوزراء.",
        },
    ),
    "P07 two changes: month and same period (en-003)": (
        [(24219.0, "billion_vnd", "retail_sales", 20.42)],
        {
            "en": "Total retail sales of goods and services in November is estimated at VND24,219 billion, up 3.62% over the previous month and up 20.42% over the same period.",
            "vi": "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 11 ước đạt 24.219 tỷ đồng, tăng 3,62% so với tháng trước và tăng 20,42% so với cùng kỳ.",
            "fr": "Le total des ventes au détail de biens et services en novembre est estimé à 24 219 milliards de VND, en hausse de 3,62 % par rapport au mois précédent et de 20,42 % par rapport à la même période.",
            "es": "Las ventas minoristas totales de bienes y servicios en noviembre se estiman en 24.219 mil millones de VND, un aumento del 3,62% respecto al mes anterior y del 20,42% en comparación con el mismo período.",
            "de": "Der Gesamteinzelhandelsumsatz mit Waren und Dienstleistungen im November wird auf 24.219 Milliarden VND geschätzt, ein Anstieg von 3,62 % gegenüber dem Vormonat und von 20,42 % gegenüber dem Vorjahreszeitraum.",
            "pl": "Całkowita sprzedaż detaliczna towarów i usług w listopadzie szacowana jest na 24 219 mld VND, co oznacza wzrost o 3,62% w porównaniu z poprzednim miesiącem i o 20,42% w porównaniu z tym samym okresem.",
            "ar": "تُقدّر إجمالي مبيعات التجزئة من السلع والخدمات في نوفمبر بنحو 24,219 مليار دونج، بزيادة قدرها 3.62% مقارنة بالشهر السابق و20.42% مقارنة بنفس الفترة.",
        },
    ),
    "P09 exports and imports (en-008)": (
        [(11521.0, "million_usd", "other", None), (16298.0, "million_usd", "export_value", None)],
        {
            "en": "The export turnover is estimated at 16.298 billion US dollars, and the import turnover is estimated at 11.521 billion USD.",
            "vi": "Kim ngạch xuất khẩu ước đạt 16,298 tỷ USD, kim ngạch nhập khẩu ước đạt 11,521 tỷ USD.",
            "fr": "Le chiffre d'affaires à l'exportation est estimé à 16,298 milliards de dollars américains, et celui des importations à 11,521 milliards de dollars.",
            "es": "El volumen de exportaciones se estima en 16.298 millones de dólares estadounidenses, y el de importaciones en 11.521 millones de dólares.",
            "de": "Der Exportumsatz wird auf 16,298 Milliarden US-Dollar geschätzt, der Importumsatz auf 11,521 Milliarden USD.",
            "pl": "Wartość eksportu szacuje się na 16,298 mld USD, a wartość importu na 11,521 mld USD.",
            "ar": "تُقدّر قيمة الصادرات بنحو 16.298 مليار دولار أمريكي، بينما تُقدّر قيمة الواردات بنحو 11.521 مليار دولار أمريكي.",
        },
    ),
    "P11 disbursed capital + share (u-ar-0028)": (
        [
            (43.0, "percent", "public_investment_disbursement", None),
            (16000.0, "billion_vnd", "public_investment_disbursement", None),
        ],
        {
            "en": "As of November 25, 2025, the total disbursed public investment capital in the province reached nearly 16 trillion VND, about 43% of the allocated capital plan.",
            "vi": "Tính đến ngày 25/11/2025, tổng vốn đầu tư công đã giải ngân trên địa bàn tỉnh đạt gần 16.000 tỷ đồng, đạt khoảng 43% kế hoạch vốn được giao.",
            "fr": "Au 25 novembre 2025, le capital d'investissement public décaissé dans la province a atteint près de 16 000 milliards de VND, soit environ 43 % du plan de capital alloué.",
            "es": "Al 25 de noviembre de 2025, el capital de inversión pública desembolsado en la provincia alcanzó casi 16 billones de VND, alrededor del 43% del plan de capital asignado.",
            "de": "Bis zum 25. November 2025 erreichte das ausgezahlte öffentliche Investitionskapital in der Provinz fast 16 Billionen VND, etwa 43 % des zugewiesenen Kapitalplans.",
            "pl": "Do 25 listopada 2025 r. łączna kwota wypłaconego kapitału inwestycji publicznych w prowincji osiągnęła prawie 16 bln VND, czyli około 43% przydzielonego planu kapitałowego.",
            "ar": "اعتبارًا من 25 نوفمبر 2025، بلغ إجمالي رأس المال الاستثماري العام المصروف في المقاطعة ما يقرب من 16 تريليون دونج، أي ما يقرب من 43% من خطة رأس المال المخصصة.",
        },
    ),
    "P13 area, population, groups (u-ar-0041)": (
        [
            (49.0, "count", "other", None),
            (24000.0, "other", "other", None),
            (3900000.0, "persons", "other", None),
        ],
        {
            "en": "Lam Dong has an area of more than 24,000 square kilometres and a population of nearly 3.9 million people from 49 ethnic groups.",
            "vi": "Lâm Đồng có diện tích hơn 24.000 km2, dân số gần 3,9 triệu người thuộc 49 dân tộc.",
            "fr": "Lam Dong a une superficie de plus de 24 000 kilomètres carrés et une population de près de 3,9 millions d'habitants issus de 49 groupes ethniques.",
            "es": "Lam Dong tiene una superficie de más de 24.000 kilómetros cuadrados y una población de casi 3,9 millones de personas de 49 grupos étnicos.",
            "de": "Lam Dong hat eine Fläche von mehr als 24.000 Quadratkilometern und eine Bevölkerung von fast 3,9 Millionen Menschen aus 49 ethnischen Gruppen.",
            "pl": "Lam Dong ma powierzchnię ponad 24 000 kilometrów kwadratowych i liczy prawie 3,9 mln mieszkańców z 49 grup etnicznych.",
            "ar": "تبلغ مساحة لام دونغ أكثر من 24,000 كيلومتر مربع، ويسكنها ما يقرب من 3.9 مليون نسمة من 49 مجموعة عرقية.",
        },
    ),
    "P16 share of laws (u-pl-0033)": (
        [(30.0, "percent", "other", None)],
        {
            "en": "This is a very large number of legal documents, accounting for nearly 30% of the total number of laws and normative resolutions adopted in the whole term.",
            "vi": "Đây là số lượng văn bản luật rất lớn, chiếm gần 30% tổng số luật, nghị quyết quy phạm pháp luật được thông qua trong cả nhiệm kỳ.",
            "fr": "Il s'agit d'un très grand nombre de textes législatifs, représentant près de 30 % du nombre total de lois et de résolutions normatives adoptées au cours de toute la législature.",
            "es": "Se trata de un número muy elevado de documentos legales, que representa casi el 30% del total de leyes y resoluciones normativas aprobadas en todo el mandato.",
            "de": "Dies ist eine sehr große Zahl von Rechtsakten, die fast 30 % der Gesamtzahl der in der gesamten Amtszeit verabschiedeten Gesetze und normativen Resolutionen ausmacht.",
            "pl": "Stanowi to bardzo dużą liczbę aktów prawnych, stanowiącą prawie 30% całkowitej liczby ustaw i rezolucji normatywnych uchwalonych w całej kadencji.",
            "ar": "وهذا عدد كبير جدًا من الوثائق القانونية، يمثل ما يقرب من 30% من إجمالي عدد القوانين والقرارات المعيارية التي تم إقرارها خلال الدورة بأكملها.",
        },
    ),
    "P17 value + change against a year (u-pl-0046)": (
        [(53389.8, "billion_vnd", "grdp", 7.27)],
        {
            "en": "The GRDP of the whole province (at 2010 constant prices) is estimated at VND 53,389.8 billion, up 7.27% compared to 2022.",
            "vi": "Tổng sản phẩm trên địa bàn (GRDP) toàn tỉnh (theo giá so sánh 2010) ước đạt 53.389,8 tỷ đồng, tăng 7,27% so với năm 2022.",
            "fr": "Le PIBR de l'ensemble de la province (aux prix constants de 2010) est estimé à 53 389,8 milliards de VND, soit une hausse de 7,27 % par rapport à 2022.",
            "es": "El PIB regional de toda la provincia (a precios constantes de 2010) se estima en 53.389,8 mil millones de VND, un aumento del 7,27% en comparación con 2022.",
            "de": "Das BIP der gesamten Provinz (zu konstanten Preisen von 2010) wird auf 53.389,8 Milliarden VND geschätzt, ein Anstieg von 7,27 % gegenüber 2022.",
            "pl": "Regionalny Produkt Krajowy Brutto (GRDP) całej prowincji (w cenach stałych z 2010 r.) szacuje się na 53 389,8 mld VND, co stanowi wzrost o 7,27% w porównaniu z 2022 r.",
            "ar": "يُقدّر الناتج المحلي الإجمالي للمقاطعة بأكملها (بالأسعار الثابتة لعام 2010) بنحو 53,389.8 مليار دونج، بزيادة قدرها 7.27% مقارنة بعام 2022.",
        },
    ),
    "P18 tourism revenue's rise (pl-012)": (
        [(33.7, "percent", "tourism_revenue", 33.7)],
        {
            "en": "Total tourism revenue increased by 33.7%.",
            "vi": "Tổng thu từ du lịch tăng 33,7%.",
            "fr": "Les recettes totales du tourisme ont augmenté de 33,7 %.",
            "es": "Los ingresos totales por turismo aumentaron un 33,7%.",
            "de": "Die gesamten Tourismuseinnahmen stiegen um 33,7 %.",
            "pl": "Całkowite dochody z turystyki wzrosły o 33,7%.",
            "ar": "ارتفعت إجمالي إيرادات السياحة بنسبة 33.7%.",
        },
    ),
    "P19 share of plan, average in brackets; FDI rise (pl-012)": (
        [(27.5, "percent", "fdi", 27.5), (66.7, "percent", "public_investment_disbursement", None)],
        {
            "en": "Public investment disbursement reached 66.7% of the plan (the national average is 54.4%); foreign direct investment increased by 27.5%.",
            "vi": "Giải ngân vốn đầu tư công đạt 66,7% kế hoạch (bình quân cả nước 54,4%); vốn đầu tư trực tiếp nước ngoài tăng 27,5%.",
            "fr": "Le décaissement des investissements publics a atteint 66,7 % du plan (la moyenne nationale est de 54,4 %) ; les investissements directs étrangers ont augmenté de 27,5 %.",
            "es": "El desembolso de la inversión pública alcanzó el 66,7% del plan (la media nacional es del 54,4%); la inversión extranjera directa aumentó un 27,5%.",
            "de": "Die Auszahlung öffentlicher Investitionen erreichte 66,7 % des Plans (der Landesdurchschnitt liegt bei 54,4 %); die ausländischen Direktinvestitionen stiegen um 27,5 %.",
            "pl": "Wypłata inwestycji publicznych osiągnęła 66,7% planu (średnia krajowa wynosi 54,4%); bezpośrednie inwestycje zagraniczne wzrosły o 27,5%.",
            "ar": "بلغ صرف الاستثمار العام 66.7% من الخطة (المتوسط الوطني 54.4%)؛ وارتفع الاستثمار الأجنبي المباشر بنسبة 27.5%.",
        },
    ),
    "P20 new enterprises' rise (pl-012)": (
        [(12.9, "percent", "other", 12.9)],
        {
            "en": "The number of newly established enterprises increased by 12.9% over the same period.",
            "vi": "Số doanh nghiệp thành lập mới tăng 12,9% so với cùng kỳ.",
            "fr": "Le nombre d'entreprises nouvellement créées a augmenté de 12,9 % par rapport à la même période.",
            "es": "El número de empresas de nueva creación aumentó un 12,9% en comparación con el mismo período.",
            "de": "Die Zahl der neu gegründeten Unternehmen stieg gegenüber dem Vorjahreszeitraum um 12,9 %.",
            "pl": "Liczba nowo powstałych przedsiębiorstw wzrosła o 12,9% w porównaniu z tym samym okresem.",
            "ar": "ارتفع عدد الشركات المنشأة حديثًا بنسبة 12.9% مقارنة بنفس الفترة.",
        },
    ),
    "P21 per capita, a multiple (u-fr-0022)": (
        [(3900.0, "usd", "other", None)],
        {
            "en": "GDP per capita reached 3,900 USD, 1.76 times higher than in 2010.",
            "vi": "GRDP bình quân đầu người đạt 3.900 USD, gấp 1,76 lần năm 2010.",
            "fr": "Le PIB par habitant a atteint 3 900 dollars, soit 1,76 fois plus qu'en 2010.",
            "es": "El PIB per cápita alcanzó los 3.900 dólares, 1,76 veces más que en 2010.",
            "de": "Das Pro-Kopf-BIP erreichte 3.900 USD, 1,76-mal so viel wie 2010.",
            "pl": "PKB na mieszkańca osiągnął 3900 USD, czyli 1,76 razy więcej niż w 2010 r.",
            "ar": "بلغ نصيب الفرد من الناتج المحلي الإجمالي 3,900 دولار أمريكي، أي 1.76 ضعف ما كان عليه في عام 2010.",
        },
    ),
    "P25 revenue + share of estimate (u-cs-0017)": (
        [(121.0, "percent", "budget_revenue", None), (54952.0, "billion_vnd", "budget_revenue", None)],
        {
            "en": "State budget revenue reached VND 54,952 billion, equal to 121% of the estimate.",
            "vi": "Thu ngân sách nhà nước đạt 54.952 tỷ đồng, bằng 121% dự toán.",
            "fr": "Les recettes du budget de l'État ont atteint 54 952 milliards de VND, soit 121 % des prévisions.",
            "es": "Los ingresos del presupuesto estatal alcanzaron los 54.952 mil millones de VND, equivalentes al 121% de la estimación.",
            "de": "Die Einnahmen des Staatshaushalts erreichten 54.952 Milliarden VND, was 121 % der Schätzung entspricht.",
            "pl": "Dochody budżetu państwa osiągnęły 54 952 mld VND, co odpowiada 121% szacunków.",
            "ar": "بلغت إيرادات ميزانية الدولة 54,952 مليار دونج، أي ما يعادل 121% من التقديرات.",
        },
    ),
    "P26 mobilised capital + change (u-cs-0017)": (
        [(148500.0, "billion_vnd", "other", 7.5)],
        {
            "en": "Mobilised development investment capital reached VND 148.5 trillion, up 7.5% over the same period.",
            "vi": "Huy động vốn đầu tư phát triển đạt 148.500 tỷ đồng, tăng 7,5% so với cùng kỳ.",
            "fr": "Le capital d'investissement mobilisé pour le développement a atteint 148 500 milliards de VND, soit une hausse de 7,5 % par rapport à la même période.",
            "es": "El capital de inversión movilizado para el desarrollo alcanzó los 148,5 billones de VND, un aumento del 7,5% en comparación con el mismo período.",
            "de": "Das mobilisierte Entwicklungsinvestitionskapital erreichte 148,5 Billionen VND, ein Anstieg von 7,5 % gegenüber dem Vorjahreszeitraum.",
            "pl": "Zmobilizowany kapitał inwestycyjny na rozwój osiągnął 148,5 bln VND, co oznacza wzrost o 7,5% w porównaniu z tym samym okresem.",
            "ar": "بلغ رأس المال الاستثماري المعبأ للتنمية 148.5 تريليون دونج، بزيادة قدرها 7.5% مقارنة بنفس الفترة.",
        },
    ),
    "P27 poverty rate fell to (u-cs-0017)": (
        [(0.52, "percent", "poverty_rate", None)],
        {
            "en": "Social security work was focused on, and the poverty rate fell to 0.52%.",
            "vi": "Công tác an sinh xã hội được chú trọng, tỷ lệ hộ nghèo giảm còn 0,52%.",
            "fr": "Le travail de sécurité sociale a été privilégié et le taux de pauvreté est tombé à 0,52 %.",
            "es": "Se prestó atención a la seguridad social y la tasa de pobreza se redujo al 0,52%.",
            "de": "Die soziale Sicherheit stand im Mittelpunkt, und die Armutsquote sank auf 0,52 %.",
            "pl": "Skupiono się na zabezpieczeniu społecznym, a wskaźnik ubóstwa spadł do 0,52%.",
            "ar": "تم التركيز على أعمال الضمان الاجتماعي، وانخفض معدل الفقر إلى 0.52%.",
        },
    ),
    "P28 per capita + change (u-cs-0014)": (
        [(111.4, "million_vnd", "other", 14.37)],
        {
            "en": "GRDP per capita is expected to reach VND 111.4 million, up 14.37% compared to 2024.",
            "vi": "GRDP bình quân đầu người ước đạt 111,4 triệu đồng, tăng 14,37% so với năm 2024.",
            "fr": "Le PIBR par habitant devrait atteindre 111,4 millions de VND, soit une hausse de 14,37 % par rapport à 2024.",
            "es": "Se prevé que el PIB regional per cápita alcance los 111,4 millones de VND, un aumento del 14,37% en comparación con 2024.",
            "de": "Das Pro-Kopf-BIP wird voraussichtlich 111,4 Millionen VND erreichen, ein Anstieg von 14,37 % gegenüber 2024.",
            "pl": "PKB na mieszkańca ma wynieść 111,4 mln VND, co oznacza wzrost o 14,37% w porównaniu z 2024 r.",
            "ar": "من المتوقع أن يصل نصيب الفرد من الناتج المحلي الإجمالي إلى 111.4 مليون دونج، بزيادة قدرها 14.37% مقارنة بعام 2024.",
        },
    ),
    "P30 economic structure shares (u-cs-0018)": (
        [
            (9.64, "percent", "other", None),
            (27.15, "percent", "other", None),
            (59.45, "percent", "other", None),
        ],
        {
            "en": "By 2030, agriculture, forestry and fishery will account for about 9.64%; industry and construction about 27.15%; services about 59.45%.",
            "vi": "Đến năm 2030, nông, lâm nghiệp và thủy sản chiếm khoảng 9,64%; công nghiệp - xây dựng chiếm khoảng 27,15%; dịch vụ chiếm khoảng 59,45%.",
            "fr": "D'ici 2030, l'agriculture, la sylviculture et la pêche représenteront environ 9,64 % ; l'industrie et la construction environ 27,15 % ; les services environ 59,45 %.",
            "es": "Para 2030, la agricultura, la silvicultura y la pesca representarán alrededor del 9,64%; la industria y la construcción alrededor del 27,15%; los servicios alrededor del 59,45%.",
            "de": "Bis 2030 sollen Land-, Forst- und Fischereiwirtschaft etwa 9,64 % ausmachen, Industrie und Bauwesen etwa 27,15 % und Dienstleistungen etwa 59,45 %.",
            "pl": "Do 2030 r. rolnictwo, leśnictwo i rybołówstwo będą stanowić około 9,64%; przemysł i budownictwo około 27,15%; usługi około 59,45%.",
            "ar": "بحلول عام 2030، ستمثل الزراعة والغابات ومصايد الأسماك حوالي 9.64%؛ والصناعة والبناء حوالي 27.15%؛ والخدمات حوالي 59.45%.",
        },
    ),
    "P31 cases mediated, share (u-vi-1063)": (
        [(90.9, "percent", "other", None), (959.0, "count", "other", None), (1055.0, "count", "other", None)],
        {
            "en": "Grassroots mediation teams mediated 1,055 cases, of which 959 were successful, reaching 90.9%.",
            "vi": "Các tổ hòa giải ở cơ sở đã tổ chức hòa giải 1.055 vụ việc, hòa giải thành 959 vụ việc, đạt 90,9%.",
            "fr": "Les équipes de médiation de base ont traité 1 055 affaires, dont 959 avec succès, soit 90,9 %.",
            "es": "Los equipos de mediación de base mediaron en 1.055 casos, de los cuales 959 tuvieron éxito, alcanzando el 90,9%.",
            "de": "Die Schlichtungsteams an der Basis schlichteten 1.055 Fälle, davon 959 erfolgreich, was 90,9 % entspricht.",
            "pl": "Zespoły mediacyjne na szczeblu lokalnym przeprowadziły mediacje w 1055 sprawach, z czego 959 zakończyło się sukcesem, co stanowi 90,9%.",
            "ar": "نظمت فرق الوساطة الشعبية الوساطة في 1,055 قضية، نجحت منها 959 قضية، بنسبة 90.9%.",
        },
    ),
    "P32 houses and their cost (u-vi-1063)": (
        [(480.0, "billion_vnd", "other", None), (9082.0, "count", "other", None)],
        {
            "en": "The whole province completed the movement to eliminate temporary and dilapidated houses, with 9,082 houses worth over VND 480 billion.",
            "vi": "Toàn tỉnh đã hoàn thành phong trào xóa nhà tạm, nhà dột nát, với số lượng 9.082 căn, trên 480 tỷ đồng.",
            "fr": "L'ensemble de la province a achevé le mouvement d'élimination des logements temporaires et délabrés, avec 9 082 maisons, pour plus de 480 milliards de VND.",
            "es": "Toda la provincia completó el movimiento de eliminación de viviendas temporales y ruinosas, con 9.082 casas y más de 480 mil millones de VND.",
            "de": "Die gesamte Provinz hat die Bewegung zur Beseitigung provisorischer und baufälliger Häuser abgeschlossen, mit 9.082 Häusern und über 480 Milliarden VND.",
            "pl": "Cała prowincja zakończyła ruch likwidacji domów tymczasowych i zniszczonych, obejmujący 9082 domy o wartości ponad 480 mld VND.",
            "ar": "أكملت المقاطعة بأكملها حركة إزالة المنازل المؤقتة والمتداعية، بعدد 9,082 منزلًا، بأكثر من 480 مليار دونج.",
        },
    ),
    "P34 size of the economy; per capita (vi-002)": (
        [(46.8, "million_vnd", "other", None), (89362.0, "billion_vnd", "grdp", None)],
        {
            "en": "The size of the economy increased well, reaching VND 89,362 billion in 2020; GRDP per capita in 2020 reached over VND 46.8 million.",
            "vi": "Quy mô nền kinh tế tăng khá, năm 2020 đạt 89.362 tỷ đồng; GRDP bình quân đầu người năm 2020 đạt trên 46,8 triệu đồng.",
            "fr": "La taille de l'économie a bien augmenté, atteignant 89 362 milliards de VND en 2020 ; le PIBR par habitant en 2020 a dépassé 46,8 millions de VND.",
            "es": "La escala de la economía aumentó considerablemente, alcanzando 89.362 mil millones de VND en 2020; el PIB regional per cápita en 2020 superó los 46,8 millones de VND.",
            "de": "Die Größe der Wirtschaft nahm deutlich zu und erreichte im Jahr 2020 89.362 Milliarden VND; das Pro-Kopf-BIP lag 2020 bei über 46,8 Millionen VND.",
            "pl": "Skala gospodarki znacznie wzrosła, osiągając w 2020 r. 89 362 mld VND; PKB na mieszkańca w 2020 r. wyniósł ponad 46,8 mln VND.",
            "ar": "ازداد حجم الاقتصاد بشكل جيد، ليصل إلى 89,362 مليار دونج في عام 2020؛ وبلغ نصيب الفرد من الناتج المحلي الإجمالي في عام 2020 أكثر من 46.8 مليون دونج.",
        },
    ),
    "P35 a budget as a sum's source (u-ar-0031)": (
        [(20.0, "billion_vnd", "other", None)],
        {
            "en": "The Provincial People's Committee awarded two districts VND 20 billion from the central budget as a reward for exceeding the 2022 budget estimate.",
            "vi": "UBND tỉnh đã thưởng cho hai huyện 20 tỷ đồng từ ngân sách trung ương do vượt dự toán thu ngân sách năm 2022.",
            "fr": "Le Comité populaire provincial a accordé à deux districts 20 milliards de VND du budget central en récompense du dépassement des prévisions budgétaires de 2022.",
            "es": "El Comité Popular Provincial otorgó a dos distritos 20 mil millones de VND del presupuesto central como recompensa por superar la estimación presupuestaria de 2022.",
            "de": "Das Provinzvolkskomitee gewährte zwei Bezirken 20 Milliarden VND aus dem Zentralhaushalt als Belohnung für die Übererfüllung der Haushaltsschätzung 2022.",
            "pl": "Prowincjonalny Komitet Ludowy przyznał dwóm dystryktom 20 mld VND z budżetu centralnego jako nagrodę za przekroczenie szacunków budżetowych na 2022 r.",
            "ar": "منحت اللجنة الشعبية الإقليمية المناطق 20 مليار دونج من الميزانية المركزية كمكافأة لتجاوز تقديرات ميزانية 2022.",
        },
    ),
    "P39 tonnes (u-en-0026)": (
        [(49000.0, "tons", "other", None), (120000.0, "tons", "other", None)],
        {
            "en": "The port can accommodate ships of up to 49,000 tonnes and the warehouse can store 120,000 tonnes.",
            "vi": "Cảng có thể tiếp nhận tàu trọng tải đến 49.000 tấn và kho có thể chứa 120.000 tấn.",
            "fr": "Le port peut accueillir des navires jusqu'à 49 000 tonnes et l'entrepôt peut stocker 120 000 tonnes.",
            "es": "El puerto puede recibir buques de hasta 49.000 toneladas y el almacén puede guardar 120.000 toneladas.",
            "de": "Der Hafen kann Schiffe mit bis zu 49.000 Tonnen aufnehmen, und das Lager kann 120.000 Tonnen fassen.",
            "pl": "Port może przyjmować statki o ładowności do 49 000 ton, a magazyn może pomieścić 120 000 ton.",
            "ar": "يمكن للميناء استقبال سفن تصل حمولتها إلى 49,000 طن، ويمكن للمستودع تخزين 120,000 طن.",
        },
    ),
    "P40 money handed over (u-fr-0009)": (
        [(300.0, "million_vnd", "other", None)],
        {
            "en": "She presented 300 million VND to families in difficulty.",
            "vi": "Bà đã trao 300 triệu đồng cho các gia đình có hoàn cảnh khó khăn.",
            "fr": "Elle a remis 300 millions de dôngs à des familles en difficulté.",
            "es": "Entregó 300 millones de VND a familias en situación difícil.",
            "de": "Sie überreichte Familien in Not 300 Millionen VND.",
            "pl": "Przekazała 300 mln VND rodzinom w trudnej sytuacji.",
            "ar": "قدمت 300 مليون دونج للأسر التي تعاني من ظروف صعبة.",
        },
    ),
    "P41 tonnes + change; port revenue (u-vi-0010)": (
        [(2030.0, "billion_vnd", "other", None), (35800000.0, "tons", "other", 4.0)],
        {
            "en": "The total volume of goods through the ports reached 35.8 million tonnes, up 4% over the same period; port service revenue reached VND 2,030 billion.",
            "vi": "Tổng khối lượng hàng hóa thông qua cảng đạt 35,8 triệu tấn, tăng 4% so với cùng kỳ; doanh thu dịch vụ cảng đạt 2.030 tỷ đồng.",
            "fr": "Le volume total de marchandises passant par les ports a atteint 35,8 millions de tonnes, soit une hausse de 4 % par rapport à la même période ; les recettes des services portuaires ont atteint 2 030 milliards de VND.",
            "es": "El volumen total de mercancías a través de los puertos alcanzó los 35,8 millones de toneladas, un aumento del 4% en comparación con el mismo período; los ingresos por servicios portuarios alcanzaron los 2.030 mil millones de VND.",
            "de": "Das Gesamtvolumen der über die Häfen umgeschlagenen Güter erreichte 35,8 Millionen Tonnen, ein Anstieg von 4 % gegenüber dem Vorjahreszeitraum; die Einnahmen aus Hafendienstleistungen erreichten 2.030 Milliarden VND.",
            "pl": "Całkowity wolumen towarów przeładowanych w portach osiągnął 35,8 mln ton, co oznacza wzrost o 4% w porównaniu z tym samym okresem; przychody z usług portowych wyniosły 2030 mld VND.",
            "ar": "بلغ إجمالي حجم البضائع عبر الموانئ 35.8 مليون طن، بزيادة قدرها 4% مقارنة بنفس الفترة؛ وبلغت إيرادات خدمات الموانئ 2,030 مليار دونج.",
        },
    ),
    "P43 two rates, two indicators (ar-013)": (
        [(7.6, "percent", "industrial_production_value", 7.6), (15.2, "percent", "retail_sales", 15.2)],
        {
            "en": "Of which, industrial production rose by 7.6%, and retail sales of consumer goods and services rose by 15.2%.",
            "vi": "Trong đó, sản xuất công nghiệp tăng 7,6%, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng 15,2%.",
            "fr": "Parmi eux, la production industrielle a augmenté de 7,6 % et les ventes au détail de biens et services de consommation de 15,2 %.",
            "es": "De ellos, la producción industrial aumentó un 7,6% y las ventas minoristas de bienes y servicios de consumo aumentaron un 15,2%.",
            "de": "Davon stieg die Industrieproduktion um 7,6 %, und der Einzelhandelsumsatz mit Konsumgütern und Dienstleistungen stieg um 15,2 %.",
            "pl": "W tym produkcja przemysłowa wzrosła o 7,6%, a sprzedaż detaliczna towarów i usług konsumpcyjnych wzrosła o 15,2%.",
            "ar": "منها، ارتفع الإنتاج الصناعي بنسبة 7.6%، وارتفعت مبيعات التجزئة للسلع والخدمات الاستهلاكية بنسبة 15.2%.",
        },
    ),
    "P44 foreign investment + change in brackets (ar-013)": (
        [(392.5, "million_usd", "fdi", 18.8)],
        {
            "en": "The province also attracted foreign investment capital of 392.5 million USD (up 18.8%).",
            "vi": "Tỉnh cũng thu hút vốn đầu tư nước ngoài đạt 392,5 triệu USD (tăng 18,8%).",
            "fr": "La province a également attiré des capitaux d'investissement étrangers de 392,5 millions de dollars (en hausse de 18,8 %).",
            "es": "La provincia también atrajo capital de inversión extranjera por 392,5 millones de dólares (un aumento del 18,8%).",
            "de": "Die Provinz zog zudem ausländisches Investitionskapital in Höhe von 392,5 Millionen USD an (ein Plus von 18,8 %).",
            "pl": "Prowincja przyciągnęła również zagraniczny kapitał inwestycyjny w wysokości 392,5 mln USD (wzrost o 18,8%).",
            "ar": "وجذبت المقاطعة رأس مال استثماري أجنبي بلغ 392.5 مليون دولار أمريكي (بزيادة 18.8%).",
        },
    ),
    "P46 disbursement share only (ar-013)": (
        [(39.6, "percent", "public_investment_disbursement", None)],
        {
            "en": "Public investment disbursement remains very low, with the whole province reaching only 39.6% of the plan.",
            "vi": "Giải ngân vốn đầu tư công còn rất thấp, toàn tỉnh mới đạt 39,6% kế hoạch.",
            "fr": "Le décaissement des capitaux d'investissement public reste très faible, l'ensemble de la province n'ayant atteint que 39,6 % du plan.",
            "es": "El desembolso del capital de inversión pública sigue siendo muy bajo, ya que toda la provincia solo ha alcanzado el 39,6% del plan.",
            "de": "Die Auszahlung öffentlicher Investitionsmittel ist nach wie vor sehr gering; die gesamte Provinz hat erst 39,6 % des Plans erreicht.",
            "pl": "Wypłata kapitału inwestycji publicznych jest nadal bardzo niska – cała prowincja osiągnęła zaledwie 39,6% planu.",
            "ar": "ولا يزال صرف رأس مال الاستثمار العام منخفضًا للغاية، حيث لم تصل المقاطعة بأكملها إلا إلى 39.6% من الخطة.",
        },
    ),
    "P47 income per head, models, forest cover (ar-023)": (
        [
            (48.3, "percent", "other", None),
            (48.6, "million_vnd", "other", None),
            (103.0, "count", "other", None),
        ],
        {
            "en": "Among the outstanding results: average income per capita reached 48.6 million VND; 103 effective models of mixed garden renovation were implemented; the forest cover rate reached 48.3%.",
            "vi": "Trong đó nổi bật: thu nhập bình quân đầu người đạt 48,6 triệu đồng; thực hiện 103 mô hình cải tạo vườn tạp hiệu quả; tỷ lệ che phủ rừng đạt 48,3%.",
            "fr": "Parmi les résultats marquants : le revenu moyen par habitant a atteint 48,6 millions de VND ; 103 modèles efficaces de rénovation de jardins mixtes ont été mis en œuvre ; le taux de couverture forestière a atteint 48,3 %.",
            "es": "Entre los resultados destacados: el ingreso medio per cápita alcanzó los 48,6 millones de VND; se implementaron 103 modelos eficaces de renovación de huertos mixtos; la tasa de cobertura forestal alcanzó el 48,3%.",
            "de": "Zu den herausragenden Ergebnissen gehören: Das durchschnittliche Pro-Kopf-Einkommen erreichte 48,6 Millionen VND; 103 wirksame Modelle zur Erneuerung gemischter Gärten wurden umgesetzt; die Waldbedeckungsrate erreichte 48,3 %.",
            "pl": "Wśród wyróżniających się wyników: średni dochód na mieszkańca osiągnął 48,6 mln VND; wdrożono 103 skuteczne modele renowacji mieszanych ogrodów; wskaźnik zalesienia osiągnął 48,3%.",
            "ar": "من بين النتائج البارزة: بلغ متوسط دخل الفرد 48.6 مليون دونج؛ وتم تنفيذ 103 نماذج فعالة لتجديد الحدائق المختلطة؛ وبلغ معدل تغطية الغابات 48.3%.",
        },
    ),
    "P48 citizens received + change in brackets (seeds 004)": (
        [(2619.0, "persons", "citizens_received", 0.4)],
        {
            "en": "In 2023, state agencies received 2,619 citizens (up 0.4% over the same period in 2022).",
            "vi": "Năm 2023, các cơ quan hành chính nhà nước đã tiếp 2.619 lượt công dân (tăng 0,4% so với cùng kỳ năm 2022).",
            "fr": "En 2023, les organismes publics ont reçu 2 619 citoyens (soit une hausse de 0,4 % par rapport à la même période de 2022).",
            "es": "En 2023, los organismos estatales recibieron a 2.619 ciudadanos (un aumento del 0,4% en comparación con el mismo período de 2022).",
            "de": "Im Jahr 2023 empfingen die staatlichen Stellen 2.619 Bürger (ein Anstieg von 0,4 % gegenüber dem gleichen Zeitraum des Jahres 2022).",
            "pl": "W 2023 r. organy państwowe przyjęły 2619 obywateli (wzrost o 0,4% w porównaniu z tym samym okresem 2022 r.).",
            "ar": "في عام 2023، استقبلت الجهات الحكومية 2619 مواطنًا (بزيادة قدرها 0.4% عن نفس الفترة في عام 2022).",
        },
    ),
    "P49 visitors, while tourism revenue (seeds 000)": (
        [(700.0, "billion_vnd", "tourism_revenue", None), (770000.0, "persons", "tourist_arrivals", None)],
        {
            "en": "The number of visitors to tourist attractions in the province during the month was estimated at more than 770 thousand, while total tourism revenue was estimated at more than 700 billion VND.",
            "vi": "Lượng khách đến các điểm du lịch trên địa bàn tỉnh trong tháng ước đạt hơn 770 nghìn lượt, tổng doanh thu du lịch ước đạt hơn 700 tỷ đồng.",
            "fr": "Le nombre de visiteurs des sites touristiques de la province au cours du mois est estimé à plus de 770 000, tandis que les recettes touristiques totales sont estimées à plus de 700 milliards de VND.",
            "es": "El número de visitantes a los atractivos turísticos de la provincia durante el mes se estimó en más de 770.000, mientras que los ingresos totales por turismo se estimaron en más de 700 mil millones de VND.",
            "de": "Die Zahl der Besucher der touristischen Sehenswürdigkeiten der Provinz im Monat wurde auf mehr als 770.000 geschätzt, während die gesamten Tourismuseinnahmen auf mehr als 700 Milliarden VND geschätzt wurden.",
            "pl": "Liczbę odwiedzających atrakcje turystyczne prowincji w ciągu miesiąca oszacowano na ponad 770 tys., a całkowite dochody z turystyki na ponad 700 mld VND.",
            "ar": "وقُدّر عدد زوار المعالم السياحية في المقاطعة خلال الشهر بأكثر من 770 ألف زائر، بينما قُدّر إجمالي إيرادات السياحة بأكثر من 700 مليار دونج.",
        },
    ),
    "P51 an allocation (u-ar-0031)": (
        [(10.0, "billion_vnd", "other", None)],
        {
            "en": "In particular, the People's Committee of Que Son district will allocate VND 10 billion to invest in infrastructure to meet the new rural standards.",
            "vi": "Đặc biệt, UBND huyện Quế Sơn sẽ bố trí 10 tỷ đồng để đầu tư hạ tầng đáp ứng tiêu chí nông thôn mới.",
            "fr": "En particulier, le Comité populaire du district de Que Son allouera 10 milliards de VND pour investir dans les infrastructures afin de répondre aux critères de la nouvelle ruralité.",
            "es": "En particular, el Comité Popular del distrito de Que Son asignará 10 mil millones de VND para invertir en infraestructura para cumplir los criterios de la nueva ruralidad.",
            "de": "Insbesondere wird das Volkskomitee des Bezirks Que Son 10 Milliarden VND für Investitionen in die Infrastruktur bereitstellen, um die neuen ländlichen Kriterien zu erfüllen.",
            "pl": "W szczególności Komitet Ludowy dystryktu Que Son przeznaczy 10 mld VND na inwestycje w infrastrukturę w celu spełnienia nowych kryteriów wiejskich.",
            "ar": "وعلى وجه الخصوص، ستخصص اللجنة الشعبية لمنطقة كيو سون 10 مليارات دونج للاستثمار في البنية التحتية لتلبية معايير المناطق الريفية الجديدة.",
        },
    ),
    "P52 a/b hectares, share (u-es-0026)": (
        [
            (24.2, "percent", "other", None),
            (39.9, "hectares", "other", None),
            (164.51, "hectares", "other", None),
        ],
        {
            "en": "However, so far only 39.9/164.51 ha of land has been handed over, reaching 24.2%.",
            "vi": "Tuy nhiên, đến nay mới bàn giao mặt bằng được 39,9/164,51 ha, đạt 24,2%.",
            "fr": "Cependant, jusqu'à présent, seuls 39,9/164,51 ha de terrain ont été remis, soit 24,2 %.",
            "es": "Sin embargo, hasta ahora solo se han entregado 39,9/164,51 ha de terreno, alcanzando el 24,2%.",
            "de": "Bislang wurden jedoch erst 39,9/164,51 ha Land übergeben, was 24,2 % entspricht.",
            "pl": "Jednak do tej pory przekazano zaledwie 39,9/164,51 ha gruntów, co stanowi 24,2%.",
            "ar": "ومع ذلك، لم يتم حتى الآن تسليم سوى 39.9/164.51 هكتار من الأراضي، بنسبة 24.2%.",
        },
    ),
    "P53 a vote's share (u-fr-0032)": (
        [(97.5, "percent", "other", None)],
        {
            "en": "Ms. Cao Thi Hien was elected Vice Chairwoman of the Provincial People's Council with 97.5% of the votes.",
            "vi": "Bà Cao Thị Hiền được bầu làm Phó Chủ tịch HĐND tỉnh với 97,5% số phiếu.",
            "fr": "Mme Cao Thi Hien a été élue vice-présidente du Conseil populaire provincial avec 97,5 % des voix.",
            "es": "La Sra. Cao Thi Hien fue elegida vicepresidenta del Consejo Popular Provincial con el 97,5% de los votos.",
            "de": "Frau Cao Thi Hien wurde mit 97,5 % der Stimmen zur stellvertretenden Vorsitzenden des Volksrates der Provinz gewählt.",
            "pl": "Pani Cao Thi Hien została wybrana na wiceprzewodniczącą Prowincjonalnej Rady Ludowej z 97,5% głosów.",
            "ar": "انتُخبت السيدة كاو ثي هين نائبة لرئيس مجلس الشعب الإقليمي بنسبة 97.5% من الأصوات.",
        },
    ),
    "P54 GRDP + change, poverty fell to (seeds 004)": (
        [(1.86, "percent", "poverty_rate", None), (53389.7, "billion_vnd", "grdp", 7.27)],
        {
            "en": "In 2023, the province's GRDP is expected to reach VND 53,389.7 billion, up 7.27% compared to 2022, and the poverty rate fell to 1.86%.",
            "vi": "Năm 2023, GRDP của tỉnh ước đạt 53.389,7 tỷ đồng, tăng 7,27% so với năm 2022, tỷ lệ hộ nghèo giảm còn 1,86%.",
            "fr": "En 2023, le PIBR de la province devrait atteindre 53 389,7 milliards de VND, soit une hausse de 7,27 % par rapport à 2022, et le taux de pauvreté est tombé à 1,86 %.",
            "es": "En 2023, se espera que el PIB regional de la provincia alcance los 53.389,7 mil millones de VND, un aumento del 7,27% en comparación con 2022, y la tasa de pobreza se redujo al 1,86%.",
            "de": "Im Jahr 2023 soll das BIP der Provinz 53.389,7 Milliarden VND erreichen, ein Anstieg von 7,27 % gegenüber 2022, und die Armutsquote sank auf 1,86 %.",
            "pl": "W 2023 r. PKB prowincji ma osiągnąć 53 389,7 mld VND, co oznacza wzrost o 7,27% w porównaniu z 2022 r., a wskaźnik ubóstwa spadł do 1,86%.",
            "ar": "من المتوقع أن يصل الناتج المحلي الإجمالي للمقاطعة في عام 2023 إلى 53,389.7 مليار دونج، بزيادة قدرها 7.27% مقارنة بعام 2022، وانخفض معدل الفقر إلى 1.86%.",
        },
    ),
    "P55 projects, capital, 'up 17 projects' (u-en-0015)": (
        [(32.0, "count", "other", None), (4830.0, "billion_vnd", "other", None)],
        {
            "en": "The province granted new licences to 32 projects with total registered capital of over VND 4.83 trillion, up 17 projects over the same period last year.",
            "vi": "Tỉnh cấp mới cho 32 dự án với tổng vốn đăng ký trên 4.830 tỷ đồng, tăng 17 dự án so với cùng kỳ năm trước.",
            "fr": "La province a délivré de nouvelles licences à 32 projets avec un capital total enregistré de plus de 4 830 milliards de VND, soit 17 projets de plus qu'à la même période de l'année dernière.",
            "es": "La provincia otorgó nuevas licencias a 32 proyectos con un capital total registrado de más de 4,83 billones de VND, 17 proyectos más que en el mismo período del año pasado.",
            "de": "Die Provinz erteilte 32 Projekten neue Lizenzen mit einem registrierten Gesamtkapital von über 4,83 Billionen VND, 17 Projekte mehr als im Vorjahreszeitraum.",
            "pl": "Prowincja wydała nowe licencje dla 32 projektów o łącznym zarejestrowanym kapitale ponad 4,83 bln VND, o 17 projektów więcej niż w analogicznym okresie ubiegłego roku.",
            "ar": "منحت المقاطعة تراخيص جديدة لـ 32 مشروعًا برأس مال مسجل إجمالي يزيد عن 4.83 تريليون دونج، بزيادة 17 مشروعًا عن نفس الفترة من العام الماضي.",
        },
    ),
}
LEFT = {
    # (P41 en, de: a service's revenue, fixed by fix29b's section 1)
    # (P43 fr: a change with its verb gapped, fixed by fix29b's section 2)
}


def _rounded(text: str, lang: str) -> list[tuple[float, str, str, float | None]]:
    return [(round(v, 6), u, i, ch) for v, u, i, ch in _read(text, lang)]


@pytest.mark.parametrize(("lang", "text", "want"), probe_cases(PARITY, LEFT))
def test_a_figure_sentence_reads_alike_in_every_language(lang, text, want):
    assert _rounded(text, lang) == want


# 10. review28 Medium 12 on section 7: a count of citizens is citizens received only with a receiving verb (cue kind
# `receive`) in its clause before it or right after its noun: 'Die Provinz hat 3,4 Millionen Bürger.' read
# citizens_received (de, pl by 1be682d2's rows; en at the base already)
CITIZENS = [
    ("de", "Die Provinz hat 3,4 Millionen Bürger.", "other"),
    ("de", "Mehr als 2.000 Bürger nahmen an der Zeremonie teil.", "other"),
    ("pl", "Prowincja liczy 3,4 mln obywateli.", "other"),
    ("pl", "Ponad 2000 obywateli wzięło udział w ceremonii.", "other"),
    ("en", "The province has 3.4 million citizens.", "other"),
    ("en", "More than 2,000 citizens attended the ceremony.", "other"),
    # (guards: the citizens agencies received, in the seven languages and after the noun)
    ("de", "Im Jahr 2023 empfingen die staatlichen Stellen 2.619 Bürger.", "citizens_received"),
    ("pl", "W 2023 r. organy państwowe przyjęły 2619 obywateli.", "citizens_received"),
    ("pl", "W 2023 r. 2619 obywateli przyjęto w urzędach.", "citizens_received"),
    ("ar", "في عام 2023، استقبلت الجهات الحكومية 2619 مواطنًا.", "citizens_received"),
    ("vi", "Năm 2023, các cơ quan hành chính nhà nước đã tiếp 2.619 lượt công dân.", "citizens_received"),
    ("fr", "En 2023, les organismes publics ont reçu 2 619 citoyens.", "citizens_received"),
    ("es", "En 2023, los organismos estatales recibieron a 2.619 ciudadanos.", "citizens_received"),
    ("en", "In 2023, state agencies received 2,619 citizens.", "citizens_received"),
]


@pytest.mark.parametrize(("lang", "text", "want"), CITIZENS)
def test_citizens_are_received_only_after_a_receiving_verb(lang, text, want):
    assert [i for _, u, i, _ in _read(text, lang) if u == "persons"] == [want]


# 11. review28 Low 1 on section 7: a count takes no indicator of a value (industrial production, retail sales,
# exports, tourism or budget revenue, GRDP): 'Tỉnh có 120 cơ sở sản xuất công nghiệp.' industrial_production_value
COUNTED_VALUES = [
    ("vi", "Tỉnh có 120 cơ sở sản xuất công nghiệp."),
    ("en", "The province has 120 industrial production enterprises."),
    ("en", "The province has 300 export enterprises."),
]


@pytest.mark.parametrize(("lang", "text"), COUNTED_VALUES)
def test_a_count_takes_no_value_indicator(lang, text):
    assert [i for _, u, i, _ in _read(text, lang)] == ["other"]


# (guards: a count of FDI projects stays fdi; a count of tourists tourist arrivals)
def test_counts_of_their_own_indicator_stay():
    assert _read("The province attracted 12 FDI projects.", "en") == [(12.0, "count", "fdi", None)]
    assert _read("Tỉnh đón 8 triệu lượt khách du lịch.", "vi") == [
        (8000000.0, "persons", "tourist_arrivals", None)
    ]


# 12. review28 Mediums 15 and 16 on 7abf0b4b and 4ae9a66a: vi 'lượng khách' alone is any customer or passenger, de
# 'ausgezahlte' any payment; the rows now name the visitors ('lượng khách đến', 'lượng khách du lịch') and the capital
# ('öffentliche Investitionskapital'), and customers are no tourists ('lượt khách hàng': the base's too)
NOT_TOURISTS_NOR_DISBURSED = [
    ("vi", "Lượng khách hàng sử dụng dịch vụ ngân hàng số tăng 20%."),
    ("vi", "Lượng khách hàng giao dịch tại các ngân hàng đạt 1,2 triệu lượt."),
    ("vi", "Lượng khách đi tàu hỏa qua ga Vinh đạt 500 nghìn lượt."),
    ("vi", "Lượt khách hàng giao dịch tại các ngân hàng đạt 1,2 triệu lượt."),
    ("de", "Die ausgezahlte Entschädigung für die Landräumung betrug 500 Milliarden VND."),
    ("de", "Die ausgezahlten Sozialleistungen erreichten 300 Milliarden VND."),
    ("de", "Die von den Banken ausgezahlten Kredite erreichten 20 Billionen VND."),
    ("de", "Die ausgezahlten Löhne stiegen um 8 %."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_TOURISTS_NOR_DISBURSED)
def test_customers_and_payments_are_other(lang, text):
    assert [i for _, _, i, _ in _read(text, lang)] == ["other"]


# (guards: the visitors and the disbursed capital; the parity probe's P11 and P49 keep them too)
def test_visitors_and_disbursed_capital_stay():
    assert _read("Lượng khách du lịch đến tỉnh đạt 2 triệu lượt.", "vi") == [
        (2000000.0, "persons", "tourist_arrivals", None)
    ]
    text = "Bis zum 26. November hat die gesamte Provinz mehr als 23.788 Milliarden VND ausgezahlt."
    assert _read(text, "de") == [(23788.0, "billion_vnd", "public_investment_disbursement", None)]


# 13. review28 Medium 4 on fix27b's 70ca5345: a sum is the capital of the FDI projects a count before it counts only
# through a capital's word (cue kind `capital_link`), no comma or conjunction between
FDI_CAPITAL = [
    (
        "en",
        "The province has 120 FDI projects and the average income of workers is VND 8 million per month.",
        "other",
    ),
    (
        "en",
        "The province now has 120 FDI projects, which paid VND 2,000 billion to the state budget last year.",
        "other",
    ),
    ("vi", "Tỉnh có 120 dự án FDI, nộp ngân sách 2.000 tỷ đồng.", "other"),
    ("vi", "Tỉnh có 120 dự án FDI và thu nhập bình quân của người lao động là 8 triệu đồng/tháng.", "other"),
    (
        "fr",
        "La province compte 120 projets IDE, et le revenu moyen des travailleurs est de 8 millions de VND par mois.",
        "other",
    ),
    # (guards: the capital's link)
    ("vi", "Tỉnh thu hút 3 dự án FDI với tổng vốn 226 triệu USD.", "fdi"),
    ("fr", "La province a attiré 3 projets d'IDE avec un capital total de 226 millions de dollars.", "fdi"),
    ("de", "Die Provinz zog 3 ADI-Projekte mit einem Gesamtkapital von 226 Millionen USD an.", "fdi"),
]


@pytest.mark.parametrize(("lang", "text", "want"), FDI_CAPITAL)
def test_the_capital_of_fdi_projects_needs_a_capital_word(lang, text, want):
    assert [i for _, u, i, _ in _read(text, lang) if u != "count"] == [want]
