"""Silver mt13 (synthetic MT of vi articles, mt13a: ar, es): the constructions kg missed."""

import pytest

from kg.extract import extract
from kg.model import Article


def _x(text: str, lang: str):
    return extract(Article("t", text, lang=lang))


def _posts(text: str, lang: str) -> dict:
    return {
        o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in _x(text, lang).officials
    }


# vi "bà A giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa I; tám Phó Chủ tịch gồm các ông, bà: B, C và D" (u-vi-1062;
# u-mt13ar-03): "the ladies and gentlemen" between the list marker and the names it lists, and the counted or plural
# deputies' body the title written before
LADIES_AND_GENTLEMEN = [
    (
        "ar",
        "وبناءً على ذلك، تشغل السيدة تران ثي ثانه هونغ منصب رئيسة لجنة جبهة الوطن الفيتنامية الإقليمية للدورة الأولى؛ "
        "وثمانية نواب للرئيس هم السادة والسيدات: فان دوي بانغ، ونجوين فان كوب، ونجو فونغ فو.",
    ),
    (
        "ar",
        "وبناءً على ذلك، تشغل السيدة تران ثي ثانه هونغ منصب رئيسة لجنة جبهة الوطن الفيتنامية الإقليمية للدورة الأولى؛ "
        "وثمانية نواب للرئيس هم السيدات والسادة: فان دوي بانغ، ونجوين فان كوب، ونجو فونغ فو.",
    ),
    (
        "fr",
        "Ainsi, Mme Tran Thi Thanh Huong occupe le poste de présidente du Comité du Front de la Patrie du Vietnam de la "
        "province ; les huit vice-présidents sont Messieurs et Mesdames : Phan Duy Bang, Nguyen Van Cop et Ngo Phuong Vu.",
    ),
    (
        "pl",
        "Pani Tran Thi Thanh Huong piastuje stanowisko przewodniczącej Komitetu Frontu Ojczyzny Wietnamu prowincji; "
        "ośmiu wiceprzewodniczących to panowie i panie: Phan Duy Bang, Nguyen Van Cop i Ngo Phuong Vu.",
    ),
    (
        "de",
        "Frau Tran Thi Thanh Huong ist Vorsitzende des Komitees der Vaterländischen Front Vietnams der Provinz; acht "
        "stellvertretende Vorsitzende sind: Phan Duy Bang, Nguyen Van Cop und Ngo Phuong Vu.",
    ),
    (
        "de",
        "Frau Tran Thi Thanh Huong bekleidet das Amt der Vorsitzenden des Komitees der Vaterländischen Front Vietnams "
        "der Provinz; die acht stellvertretenden Vorsitzenden sind die Damen und Herren: Phan Duy Bang, Nguyen Van Cop "
        "und Ngo Phuong Vu.",
    ),
    (
        "en",
        "Accordingly, Ms. Tran Thi Thanh Huong holds the position of Chairwoman of the Provincial Vietnam Fatherland Front "
        "Committee; the eight Vice Chairpersons are: Phan Duy Bang, Nguyen Van Cop and Ngo Phuong Vu.",
    ),
    (
        "es",
        "En consecuencia, la Sra. Tran Thi Thanh Huong ocupa el cargo de Presidenta del Comité del Frente de la Patria "
        "de Vietnam de la provincia; los ocho vicepresidentes son los señores y señoras: Phan Duy Bang, Nguyen Van Cop "
        "y Ngo Phuong Vu.",
    ),
]


@pytest.mark.parametrize("lang,text", LADIES_AND_GENTLEMEN)
def test_listed_deputies_after_ladies_and_gentlemen(lang, text):
    posts = _posts(text, lang)
    assert ("chair", "fatherland_front", "provincial") in posts["Tran Thi Thanh Huong"]
    for name in ("Phan Duy Bang", "Nguyen Van Cop", "Ngo Phuong Vu"):
        assert posts.get(name) == {("vice_chair", "fatherland_front", "provincial")}, (name, posts)
