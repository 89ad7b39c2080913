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


# A share of tasks a duty, an aim or the future asks for (a ``to_do`` cue before the completion) is no share met; the
# packs of en, fr, es, de and pl had no to_do rows (ar and vi had).
ASKED = {
    "en_must": ("en", "24 of 25 tasks must be completed by the end of the year."),
    "en_will": ("en", "By 2025, 24 of the 25 tasks under the plan will be completed."),
    "en_long": (
        "en",
        "24 of the 25 tasks under Plan No. 02-KH/BCĐTW of the Central Steering Committee dated June 19, 2025 must "
        "be completed.",
    ),
    "fr_doivent": ("fr", "24 des 25 tâches doivent être achevées d'ici la fin de l'année."),
    "fr_seront": ("fr", "24 des 25 tâches seront achevées d'ici 2025."),
    "de_muessen": ("de", "24 von 25 Aufgaben müssen bis Jahresende erledigt werden."),
    "de_sollen": ("de", "24 von 25 Aufgaben sollen bis Jahresende abgeschlossen werden."),
    "pl_musi": ("pl", "24 z 25 zadań musi zostać wykonanych do końca roku."),
    "pl_zostanie": ("pl", "24 z 25 zadań zostanie wykonanych do końca roku."),
    "es_deberan": ("es", "24 de las 25 tareas deberán ser completadas antes de fin de año."),
}

DONE = {
    "en_were": ("en", "24 of 25 tasks were completed."),
    "en_long": (
        "en",
        "So far, 24 of the 25 tasks under Plan No. 02-KH/BCĐTW dated June 19, 2025 have been completed.",
    ),
    "fr_ont": ("fr", "24 des 25 tâches ont été achevées."),
    "es_han": ("es", "24 de las 25 tareas se han completado."),
    "de_hat": ("de", "Die Provinz hat 24 von 25 Aufgaben erledigt."),
    "pl_zostalo": ("pl", "Dotychczas 24 z 25 zadań zostało wykonanych."),
    "ar_done": ("ar", "أنجزت المقاطعة 24 من أصل 25 مهمة."),
    "vi_done": ("vi", "Đã hoàn thành 24/25 nhiệm vụ."),
}


@pytest.mark.parametrize("case", sorted(ASKED))
def test_share_asked_for_is_no_share_met(case):
    lang, text = ASKED[case]
    assert _read(text, lang)[0][:3] == (24.0, "count", "other")


@pytest.mark.parametrize("case", sorted(DONE))
def test_share_completed_stays_met(case):
    lang, text = DONE[case]
    assert _read(text, lang)[0][:3] == (24.0, "count", "targets_met")


# M6: a growth that is not GRDP's. A sector's growth ("the growth rate of the industry and construction sector",
# u-vi-0011 'Tốc độ tăng trưởng khu vực công nghiệp – xây dựng tăng 4,7%', gold other), and a sector's figure after a GRDP
# growth ("..., of which the industry sector 10%"): other, with its change.
SECTOR = {
    "vi": "Tốc độ tăng trưởng khu vực công nghiệp – xây dựng tăng 4,7%.",
    "en": "The growth rate of the industry and construction sector increased by 4.7%.",
    "fr": "Le taux de croissance du secteur industrie-construction a augmenté de 4,7 %.",
    "es": "La tasa de crecimiento del sector industria-construcción aumentó un 4,7%.",
    "de": "Die Wachstumsrate des Industrie- und Bausektors stieg um 4,7 %.",
    "ar": "ارتفع معدل نمو قطاع الصناعة والبناء بنسبة 4.7%.",
}


@pytest.mark.parametrize("lang", sorted(SECTOR))
def test_sector_growth_is_no_grdp_growth(lang):
    assert _read(SECTOR[lang], lang) == [(4.7, "percent", "other", 4.7)]


SECTOR_AFTER = {
    "en": "The province's GRDP growth reached 8.5%, with the industry sector growing 10%.",
    "vi": "Tăng trưởng kinh tế của tỉnh đạt 8,5%, trong đó khu vực công nghiệp tăng 10%.",
    "fr": "La croissance du PIB a atteint 8,5 %, dont le secteur industriel 10 %.",
    "ar": "بلغ معدل نمو الناتج المحلي الإجمالي 8.5%، منها قطاع الصناعة 10%.",
    "de": "Das BIP-Wachstum erreichte 8,5 %, der Industriesektor wuchs um 10 %.",
    "pl": "Wzrost PKB wyniósł 8,5%, a sektor przemysłowy wzrósł o 10%.",
}


@pytest.mark.parametrize("lang", sorted(SECTOR_AFTER))
def test_sector_figure_after_grdp_growth(lang):
    """The GRDP growth stays; the sector's figure after it takes no GRDP growth from it."""
    read = _read(SECTOR_AFTER[lang], lang)
    assert [(v, i) for v, _, i, _ in read] == [(8.5, "grdp_growth"), (10.0, "other")]


GRDP_KEPT = {
    "en_region": ("en", "GRDP growth in 2023 was 8.5%, the highest in the region."),
    "vi_region": ("vi", "Tốc độ tăng trưởng GRDP năm 2023 đạt 8,5%, cao nhất khu vực."),
    "en_then": ("en", "GRDP grew 5.3% in the first quarter and 8.35% in the second quarter."),
    "fr": ("fr", "Le PIB de la province a augmenté de 8,5 %."),
}


@pytest.mark.parametrize("case", sorted(GRDP_KEPT))
def test_grdp_growth_kept(case):
    lang, text = GRDP_KEPT[case]
    assert {i for _, _, i, _ in _read(text, lang)} == {"grdp_growth"}


# a share of the country's GDP is no figure of the province's, nor is a share after it (u-fr-0015 'qui représentent 42%
# du PIB national et 42% du budget d'État': both other)
NATIONAL = {
    "fr": "Hô Chi Minh-Ville et 7 provinces, qui représentent 42% du PIB national et 42% du budget d'État.",
    "en": "Ho Chi Minh City and 7 provinces account for 42% of the national GDP and 42% of the state budget.",
    "es": "Ciudad Ho Chi Minh y 7 provincias representan el 42% del PIB nacional y el 42% del presupuesto estatal.",
    "de": "Ho-Chi-Minh-Stadt und 7 Provinzen machen 42 % des nationalen BIP und 42 % des Staatshaushalts aus.",
    "pl": "Miasto Ho Chi Minh i 7 prowincji odpowiadają za 42% krajowego PKB i 42% budżetu państwa.",
    "ar": "تمثل مدينة هو تشي منه و7 مقاطعات 42% من الناتج المحلي الإجمالي الوطني و42% من ميزانية الدولة.",
    "vi": "Thành phố Hồ Chí Minh và 7 tỉnh chiếm 42% GDP cả nước và 42% ngân sách nhà nước.",
}


@pytest.mark.parametrize("lang", sorted(NATIONAL))
def test_share_of_national_gdp(lang):
    assert [(v, i) for v, u, i, _ in _read(NATIONAL[lang], lang) if u == "percent"] == [
        (42.0, "other"),
        (42.0, "other"),
    ]


def test_sector_growth_across_its_own_list():
    """u-vi-0011's second sector: a comma parts the sector's list ('thương mại, dịch vụ')."""
    text = "Tốc độ tăng trưởng ngành thương mại, dịch vụ tăng 4,4% so với cùng kỳ năm 2023."
    assert _read(text, "vi") == [(4.4, "percent", "other", 4.4)]


def test_grdp_growth_past_a_sector_insert():
    """A sector named in a long insert between the GRDP growth and its figure leaves it GRDP's."""
    text = (
        "GRDP growth in the first nine months of the year, thanks to the strong recovery of the industrial sector, "
        "reached 8%."
    )
    assert [i for _, _, i, _ in _read(text, "en")] == ["grdp_growth"]


# M5: the wording after a sum's bracketed conversion names the sum (u-en-0017 'the province had earned an estimated 48.5
# trillion VND (2.03 billion USD) in State budget revenue', gold budget_revenue)
CONVERTED = {
    "en": "By the end of the third quarter, the province had earned an estimated 48.5 trillion VND (2.03 billion USD) in "
    "State budget revenue.",
    "fr": "La province a perçu 48 500 milliards de VND (2,03 milliards USD) de recettes budgétaires.",
    "es": "La provincia obtuvo 48,5 billones de VND (2.030 millones de USD) en ingresos presupuestarios.",
    "de": "Die Provinz erzielte 48,5 Billionen VND (2,03 Milliarden USD) an Haushaltseinnahmen.",
    "pl": "Prowincja uzyskała 48,5 bln VND (2,03 mld USD) dochodów budżetowych.",
    "ar": "حصلت المقاطعة على 48.5 تريليون دونج (2.03 مليار دولار أمريكي) من إيرادات الميزانية.",
}


@pytest.mark.parametrize("lang", sorted(CONVERTED))
def test_wording_after_a_converted_sum(lang):
    assert _read(CONVERTED[lang], lang) == [(48500.0, "billion_vnd", "budget_revenue", None)]


CONVERTED_OTHER = {
    "en_year": ("en", "The province spent 10,000 billion VND (400 million USD) in 2023."),
    "en_change": ("en", "The province spent 10,000 billion VND (400 million USD), up 12%."),
    "fr_year": ("fr", "La province a dépensé 10 000 milliards de VND (400 millions USD) en 2023."),
}


@pytest.mark.parametrize("case", sorted(CONVERTED_OTHER))
def test_converted_sum_with_no_wording_after(case):
    lang, text = CONVERTED_OTHER[case]
    assert _read(text, lang)[0][:3] == (10000.0, "billion_vnd", "other")


# M5: the State's coffers collect its budget revenue (u-en-0030 'The State coffers collected VND2,600 billion in the
# first six months of 2013, up 20 per cent year on year', gold budget_revenue)
COFFERS = {
    "en": "The State coffers collected VND2,600 billion in the first six months of 2013, up 20 per cent year on year.",
    "fr": "Les caisses de l'État ont perçu 2 600 milliards de VND au cours des six premiers mois de 2013.",
    "es": "Las arcas del Estado recaudaron 2.600 mil millones de VND en los primeros seis meses de 2013.",
    "pl": "Do kasy państwa wpłynęło 2600 mld VND w pierwszych sześciu miesiącach 2013 roku.",
    # the Treasury collecting (mt4ar-02), the Treasury alone being an office
    "ar": "وجمعت خزينة الدولة 2,600 مليار دونج في الأشهر الستة الأولى من عام 2013، بزيادة قدرها 20%.",
    "pl_treasury": "Do skarbu państwa wpłynęło 2600 mld VND w pierwszych sześciu miesiącach 2013 roku.",
}


def test_state_treasury_is_no_revenue():
    """pl 'Skarb Państwa', de 'Staatskasse', ar 'خزينة الدولة' also name the State Treasury, an office (mt16pl-03 '...,
    Skarbu Państwa Regionu XVI, ...; a także 124 przewodniczących komitetów ludowych'): no rows."""
    text = "Obecni byli przedstawiciele Skarbu Państwa Regionu XVI oraz 124 przewodniczących komitetów ludowych gmin."
    assert _read(text, "pl") == [(124.0, "persons", "other", None)]
    assert _read("حضر ممثلو خزينة الدولة و124 رئيسا للجان الشعبية.", "ar") == [
        (124.0, "persons", "other", None)
    ]


@pytest.mark.parametrize("lang", sorted(COFFERS))
def test_state_coffers_collect_budget_revenue(lang):
    assert _read(COFFERS[lang], lang[:2])[0][:3] == (2600.0, "billion_vnd", "budget_revenue")


# M3: a count of criteria is the new countryside's (u-ar-0050 '8/19 معيارًا', u-pl-0025 'nowe gminy wiejskie miały 19
# kryteriów', u-ar-0044 'معايير 5/10': gold new_rural_criteria, as seeds 002's '١٧.٣٣ معيارًا/بلدية'); it read other
CRITERIA = {
    "ar": "مع بدء تنفيذ البرنامج الوطني المستهدف للبناء الريفي الجديد، لم تحقق البلدية سوى 8/19 معيارًا.",
    "en": "When the program started, the commune had only met 8/19 criteria.",
    "fr": "Au début du programme, la commune ne remplissait que 8/19 critères.",
    "es": "Al inicio del programa, la comuna solo cumplía 8/19 criterios.",
    "de": "Zu Beginn des Programms erfüllte die Gemeinde nur 8/19 Kriterien.",
    "pl": "Na początku programu gmina spełniała tylko 8/19 kryteriów.",
    "vi": "Khi bắt đầu chương trình, xã mới đạt 8/19 tiêu chí.",
}


@pytest.mark.parametrize("lang", sorted(CRITERIA))
def test_criteria_are_new_rural(lang):
    assert [(v, u, i) for v, u, i, _ in _read(CRITERIA[lang], lang)] == [
        (8.0, "criteria", "new_rural_criteria"),
        (19.0, "criteria", "new_rural_criteria"),
    ]


def test_criteria_after_the_noun_phrase():
    text = "W poprzedniej fazie nowe gminy wiejskie miały 19 kryteriów i 57 wskaźników."
    assert _read(text, "pl") == [
        (19.0, "criteria", "new_rural_criteria", None),
        (57.0, "count", "other", None),
    ]


# M5: the revenue of the tourism sector (u-en-0016, mt4ar-05: gold tourism_revenue; read budget_revenue in en, ar, de,
# other in fr, es, tourist_arrivals in pl)
TOURISM = {
    "en": "Revenue from the tourism sector in the first nine months of 2022 was estimated at 2.68 trillion VND.",
    "ar": "وقُدرت الإيرادات من قطاع السياحة في الأشهر التسعة الأولى من عام 2022 بنحو 2.68 تريليون دونج.",
    "fr": "Les recettes du secteur du tourisme au cours des neuf premiers mois de 2022 sont estimées à 2 680 milliards de "
    "VND.",
    "es": "Los ingresos del sector turístico en los primeros nueve meses de 2022 se estimaron en 2,68 billones de VND.",
    "de": "Die Einnahmen aus dem Tourismussektor in den ersten neun Monaten 2022 wurden auf 2,68 Billionen VND geschätzt.",
    "pl": "Przychody z sektora turystyki w pierwszych dziewięciu miesiącach 2022 r. oszacowano na 2,68 bln VND.",
}


@pytest.mark.parametrize("lang", sorted(TOURISM))
def test_tourism_sector_revenue(lang):
    assert _read(TOURISM[lang], lang) == [(2680.0, "billion_vnd", "tourism_revenue", None)]


# review24's Medium 2 on 700871b0: the wording a percentage is a share of ('3% of the national GDP') is that share's
# object, no wording of the next figure, which the figure before then carries across it
SHARE_OBJECT = {
    "vi": "GRDP của tỉnh chiếm 3% GDP cả nước, tăng 8% so với cùng kỳ.",
    "en": "The province's GRDP accounts for 3% of the national GDP and grew 8% over the same period.",
}


@pytest.mark.parametrize("lang", sorted(SHARE_OBJECT))
def test_growth_after_a_share_of_national_gdp(lang):
    assert _read(SHARE_OBJECT[lang], lang)[1] == (8.0, "percent", "grdp_growth", 8.0)


NEXT_OWN_WORDING = {
    "en_and": ("en", "The province's GRDP grew 8.5% and budget revenue rose 12%."),
    "fr_et": ("fr", "Le PIB a augmenté de 8,5 % et les recettes budgétaires de 12 %."),
    "pl_a": ("pl", "PKB wzrósł o 8,5%, a dochody budżetowe o 12%."),
    "ar_wa": ("ar", "نما الناتج المحلي الإجمالي بنسبة 8.5% وارتفعت إيرادات الميزانية بنسبة 12%."),
    "vi_comma": ("vi", "GRDP tăng 8,5%, thu ngân sách tăng 12%."),
}


@pytest.mark.parametrize("case", sorted(NEXT_OWN_WORDING))
def test_next_figure_keeps_its_own_wording(case):
    lang, text = NEXT_OWN_WORDING[case]
    assert [i for _, _, i, _ in _read(text, lang)] == ["grdp_growth", "budget_revenue"]
