"""left19 (stop 32): constructions found at stop 31 and left open, each one a new article writes again."""

import pytest

from kg.extract import extract
from kg.model import Article

_AN = "Nguyen Van An"


def _posts(lang: str, text: str) -> dict[str, set[tuple[str, str, str | None]]]:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


# 1. the imperfect copula of a post held in an earlier year: es 'era', ar 'كان' (en 'was', fr 'était', de 'war', pl
# 'był', vi 'là' already read, tests/test_left18.py)
def _former(lang: str, text: str) -> dict[tuple[str, str], bool]:
    x = extract(Article("t", text, lang=lang))
    return {(p.role, p.body.org): p.former for o in x.officials if o.name == _AN for p in o.positions}


_DATED = [
    (
        "es",
        "En 2019, el Sr. Nguyen Van An era director del Departamento de Finanzas de la provincia de Nghe An. En 2021, "
        "fue elegido presidente del Comité Popular de la provincia de Nghe An.",
    ),
    (
        "ar",
        "في عام 2019، كان السيد نغوين فان آن مديرًا لإدارة المالية في مقاطعة نغي آن. وفي عام 2021، انتخب السيد نغوين فان"
        " آن رئيسًا للجنة الشعبية لمقاطعة نغي آن.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _DATED)
def test_an_imperfect_copula_of_an_earlier_year_is_former(lang, text):
    assert _former(lang, text) == {("director", "department"): True, ("chair", "peoples_committee"): False}


_DATED_GUARDS = [
    # no year: the post as written
    ("es", "El Sr. Nguyen Van An era director del Departamento de Finanzas de la provincia de Nghe An."),
    ("ar", "كان السيد نغوين فان آن مديرًا لإدارة المالية في مقاطعة نغي آن."),
    # no later year
    (
        "es",
        "En 2019, el Sr. Nguyen Van An era director del Departamento de Finanzas de la provincia de Nghe An.",
    ),
    ("ar", "في عام 2019، كان السيد نغوين فان آن مديرًا لإدارة المالية في مقاطعة نغي آن."),
]


@pytest.mark.parametrize(("lang", "text"), _DATED_GUARDS)
def test_an_imperfect_copula_with_no_later_year_stays_held(lang, text):
    assert _former(lang, text) == {("director", "department"): False}
