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


# a change written as a comparative after the figure, as the MT writes vi 'cao hơn / tăng X% so với cùng kỳ' (es 'un 15,2%
# más que en el mismo período' was read): the rise or fall of the figure before, not a level of its own (de, en, pl),
# nor, in fr, a ratio to the period ('99,1 % de plus qu'à la même période' was read as 99.1 % of it, a fall of 0.9)
@pytest.mark.parametrize(
    ("text", "lang", "change"),
    [
        ("Die Provinz empfing 5,52 Millionen Besucher, 99,1 % mehr als im Vorjahreszeitraum.", "de", 99.1),
        ("Die Einnahmen erreichten 1.200 Milliarden VND, 8,5 % mehr als im Vorjahr.", "de", 8.5),
        (
            "Die Provinz empfing 5,52 Millionen Besucher, 12,5 % weniger als im Vorjahreszeitraum.",
            "de",
            -12.5,
        ),
        (
            "The province welcomed 5.52 million visitors, 99.1% higher than the same period last year.",
            "en",
            99.1,
        ),
        (
            "The province welcomed 5.52 million visitors, 12.5% lower than the same period last year.",
            "en",
            -12.5,
        ),
        (
            "La province a accueilli 5,52 millions de visiteurs, soit 99,1 % de plus qu'à la même période de l'année "
            "dernière.",
            "fr",
            99.1,
        ),
        (
            "Prowincja przyjęła 5,52 mln turystów, o 99,1% więcej niż w analogicznym okresie ubiegłego roku.",
            "pl",
            99.1,
        ),
    ],
)
def test_comparative_change_after_the_figure(text, lang, change):
    metrics = _x(text, lang).metrics
    assert [(m.unit, m.change_pct) for m in metrics if m.unit == "percent"] == []
    assert [m.change_pct for m in metrics] == [change]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a comparative before the figure is a level, no change
        ("Die Armutsquote liegt bei weniger als 5 % der Haushalte.", "de"),
        ("The poverty rate is now lower than 5% of households.", "en"),
        ("Wskaźnik ubóstwa wynosi mniej niż 5% gospodarstw domowych.", "pl"),
    ],
)
def test_comparative_before_the_figure_is_a_level(text, lang):
    assert [m.change_pct for m in _x(text, lang).metrics if m.value == 5.0] in ([None], [])


# ... against a stated year or above the period ('8.5% higher than in 2022'; fr 'de plus qu'en 2022' and pl 'więcej niż w
# 2022 r.' were read), de '8,5 % über dem Vorjahreszeitraum'
@pytest.mark.parametrize(
    ("text", "lang", "change"),
    [
        ("Revenue reached VND 1,200 billion, 8.5% higher than in 2022.", "en", 8.5),
        ("Revenue reached VND 1,200 billion, 3.5% lower than in 2022.", "en", -3.5),
        ("Los ingresos alcanzaron 1.200 mil millones de VND, un 8,5% más que en 2022.", "es", 8.5),
        (
            "Die Einnahmen erreichten 1.200 Milliarden VND und lagen damit 8,5 % über dem Vorjahreszeitraum.",
            "de",
            8.5,
        ),
        (
            "Die Einnahmen erreichten 1.200 Milliarden VND und lagen 3,5 % unter dem Vorjahresniveau.",
            "de",
            -3.5,
        ),
    ],
)
def test_comparative_against_a_year_or_above_the_period(text, lang, change):
    assert [m.change_pct for m in _x(text, lang).metrics] == [change]


# the new-rural programme's criteria with its adjectives before the noun in en (vi '19 tiêu chí nông thôn mới'), as de
# '19 Kriterien', es '19 criterios', fr '19 critères' are read
@pytest.mark.parametrize(
    "text",
    [
        "The commune met 19 new rural area criteria.",
        "The district has 12 communes meeting all 19 new-style rural criteria.",
        "45 out of 50 communes have met all 19 new-style rural area criteria.",
    ],
)
def test_en_new_rural_criteria(text):
    assert (19.0, "criteria") in _figures(text, "en")


# de 'Die Zahl der ...' names what the figure after it counts, as es 'el número de', fr 'le nombre', en 'the number of'
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Die Zahl der Touristen erreichte 2,5 Millionen, ein Anstieg von 15 % gegenüber dem Vorjahreszeitraum.",
            (2500000.0, "persons"),
        ),
        ("Die Zahl der Besucher belief sich auf 770.000.", (770000.0, "persons")),
    ],
)
def test_de_die_zahl_der(text, figure):
    assert figure in _figures(text, "de")


# a length in metres is 'other', as a length in km (silver u-ar-0084 '7,676/12,021 مترًا'): en and fr counted it
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Only 7,676/12,021 meters of water pipes have been completed.", "en"),
        ("The bridge is 7,676 metres long.", "en"),
        ("Seuls 7 676 mètres de conduites d'eau ont été achevés.", "fr"),
    ],
)
def test_length_in_metres(text, lang):
    assert (7676.0, "other") in _figures(text, lang)


# a fraction's total grouped by spaces, as fr and pl write thousands ('7 676/12 021 mètres'): it was read 12, or 21
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Seuls 7 676/12 021 mètres de conduites d'eau ont été achevés.", "fr"),
        ("Ukończono tylko 7 676/12 021 metrów rurociągów.", "pl"),
    ],
)
def test_fraction_total_grouped_by_spaces(text, lang):
    assert {(7676.0, "other"), (12021.0, "other")} <= _figures(text, lang)
