"""Silver mt20 (synthetic MT of dev articles, mt20b: ar, pl): the constructions kg missed."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


# "the Commission" alone after the commission was named in full: its post is of that commission (u-mt20pl-13, dev
# en-002: 'elected 10 members to the ... Commission for Inspection, and Ms. A was elected as Chairman of the
# Commission'), not of an unnamed commission (head of other)
NAMED_BEFORE = [
    (
        "en",
        "The Congress elected 10 members to the provincial Party Committee's Commission for Inspection, "
        "and Ms. Y Thi Bich Tho was elected as Chairman of the Commission.",
    ),
    (
        "pl",
        "Zjazd wybrał 10 członków do Komisji Kontroli Prowincjonalnego Komitetu Partii, a pani Y Thi Bich Tho "
        "została wybrana na przewodniczącą Komisji.",
    ),
    (
        "pl",
        "Zjazd wybrał 10 członków Komisji Inspekcyjnej Prowincjonalnego Komitetu Partii. Pani Y Thi Bich Tho "
        "została wybrana na przewodniczącą Komisji.",
    ),
    (
        "fr",
        "Le Congrès a élu 10 membres de la Commission d'inspection du Comité provincial du Parti, et Mme Y Thi "
        "Bich Tho a été élue présidente de la Commission.",
    ),
    (
        "es",
        "El Congreso eligió a 10 miembros de la Comisión de Inspección del Comité Provincial del Partido, y la "
        "Sra. Y Thi Bich Tho fue elegida presidenta de la Comisión.",
    ),
    (
        "de",
        "Der Kongress wählte 10 Mitglieder der Inspektionskommission des Provinzparteikomitees, und Frau Y Thi "
        "Bich Tho wurde zur Vorsitzenden der Kommission gewählt.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NAMED_BEFORE)
def test_the_commission_named_before(lang, text):
    assert _posts(text, lang)["Y Thi Bich Tho"] == {("chair", "party_commission", "provincial")}


def test_the_commission_named_before_keeps_its_leaders_role():
    text = "Der Kongress wählte die Organisationskommission. Herr Nguyen Van Hoa wurde zum Leiter der Kommission gewählt."
    assert _posts(text, "de")["Nguyen Van Hoa"] == {("head", "party_commission", "provincial")}


def test_the_commission_named_nowhere_stays_unnamed():
    text = "Mr. Nguyen Van Hoa was elected as Chairman of the Commission."
    assert _posts(text, "en")["Nguyen Van Hoa"] == {("head", "other", "provincial")}


def test_a_commission_of_its_own_is_kept():
    # (the title names its own commission: the one named before is not it)
    text = (
        "The Congress elected 10 members to the Commission for Inspection. Mr. Nguyen Van Hoa was elected as "
        "Chairman of the Economic Committee of the Provincial People's Council."
    )
    assert ("chair", "party_commission", "provincial") not in _posts(text, "en")["Nguyen Van Hoa"]


# the size of the economy (quy mô nền kinh tế) is the GRDP in Arabic as in vi, en, pl (u-mt20ar-12)
def test_ar_size_of_the_economy_is_grdp():
    text = "وازداد حجم الاقتصاد بشكل جيد، إذ بلغ في عام 2020 نحو 89,362 مليار دونج."
    x = extract(Article("t", text, lang="ar"))
    assert [(m.value, m.unit, m.indicator) for m in x.metrics] == [(89362.0, "billion_vnd", "grdp")]


# the poor households' share is the poverty rate in Polish as in en, fr, es, de ("tỷ lệ hộ nghèo"); a count of houses
# for poor households is none
@pytest.mark.parametrize(
    "text",
    ["Wskaźnik ubogich gospodarstw domowych spadł do 1,93%.", "Odsetek gospodarstw ubogich spadł do 2,1%."],
)
def test_pl_poor_households_share_is_the_poverty_rate(text):
    assert [m.indicator for m in extract(Article("t", text, lang="pl")).metrics] == ["poverty_rate"]


def test_pl_houses_for_poor_households_are_no_rate():
    text = "Zbudowano 120 domów dla ubogich gospodarstw domowych."
    assert [m.indicator for m in extract(Article("t", text, lang="pl")).metrics] == ["other"]
