"""Silver mt19 (synthetic MT of dev articles, mt19a: ar, pl): the constructions kg missed."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict:
    x = extract(Article("t", text, lang=lang))
    return {
        o.name: {(p.role, p.body.org, p.body.level, p.body.place) for p in o.positions} for o in x.officials
    }


def _counts(text: str, lang: str) -> list:
    return [(m.value, m.unit) for m in extract(Article("t", text, lang=lang)).metrics]


# a slogan's name that opens with its number, in quotation marks (vi 'tinh thần “7 dám”', the "7 dares"; "3 không"):
# a label, no count (u-mt19pl-02)
SLOGANS = [
    ("pl", "Każdy kadrowiec musi mieć ducha „7 odwag”, a mianowicie: odwagi myśleć i odwagi mówić."),
    ("en", 'Every cadre must have the spirit of "7 dares", namely: dare to think, dare to speak.'),
    ("en", "Every cadre must have the spirit of “7 dares”, namely: dare to think, dare to speak."),
    ("fr", "Chaque cadre doit avoir l'esprit des « 7 osez », à savoir : oser penser, oser parler."),
]


@pytest.mark.parametrize(("lang", "text"), SLOGANS)
def test_quoted_slogan_is_no_count(lang, text):
    assert _counts(text, lang) == []


def test_quoted_slogan_keeps_the_counts_beside_it():
    text = "Prowincja realizuje ruch „3 nie” i zbudowała 12 szkół."
    assert _counts(text, "pl") == [(12.0, "count")]


# Arabic "أصبح للجنة الشعبية لمقاطعة X السيد A رئيسًا" (the committee has Mr A as Chairman): the bare accusative
# title after the name is the post, of the body written before it (u-mt19ar-03)
AS_CHAIR = [
    "وبعد دمج المقاطعتين، أصبح للجنة الشعبية لمقاطعة آن جيانج السيد هو فان مونغ رئيسًا، و5 نواب للرئيس.",
    "وتضم اللجنة الشعبية لمقاطعة آن جيانج السيد هو فان مونغ رئيسًا و5 نواب للرئيس.",
]


@pytest.mark.parametrize("text", AS_CHAIR)
def test_arabic_accusative_title_after_the_name(text):
    assert _posts(text, "ar") == {"Ho Van Mung": {("chair", "peoples_committee", "provincial", "An Giang")}}


def test_arabic_accusative_title_with_no_body_gives_none():
    assert _posts("وانتخب المؤتمر الرفيق هو فان مونغ رئيسًا.", "ar") == {"Ho Van Mung": set()}
