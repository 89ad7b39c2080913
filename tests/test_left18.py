"""left18 (stop 31): constructions found at stop 30 and left open, each one a new article writes again."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(lang: str, text: str) -> dict[str, set[tuple[str, str, str | None]]]:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


# 1. "the committee has Mr A as chairman": A holds the role, of the body the clause is about
_CHAIR_PC = {("chair", "peoples_committee", "provincial")}

_HAS_AS = [
    ("pl", "Komitet Ludowy prowincji Nghe An ma przewodniczącego w osobie pana Nguyen Van An."),
    ("pl", "Komitet Ludowy prowincji Nghe An ma jako przewodniczącego pana Nguyen Van An."),
    ("fr", "Le Comité populaire de la province de Nghe An a M. Nguyen Van An comme président."),
    ("fr", "Le Comité populaire de la province de Nghe An a comme président M. Nguyen Van An."),
    ("fr", "Le Comité populaire de la province de Nghe An a pour président M. Nguyen Van An."),
    ("de", "Das Volkskomitee der Provinz Nghe An hat als Vorsitzenden Herrn Nguyen Van An."),
    ("en", "The Nghe An Provincial People's Committee has as its chairman Mr. Nguyen Van An."),
    ("en", "The Nghe An Provincial People's Committee has as chairman Mr. Nguyen Van An."),
    ("es", "El Comité Popular de la provincia de Nghe An tiene como presidente al señor Nguyen Van An."),
    (
        "es",
        "El Comité Popular de la provincia de Nghe An tiene como presidente en la persona del señor Nguyen Van An.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _HAS_AS)
def test_a_body_has_a_as_its_chair(lang, text):
    assert _posts(lang, text)["Nguyen Van An"] == _CHAIR_PC


_HAS_AS_GUARDS = [
    # the ordinary constructions still read
    ("de", "Das Volkskomitee der Provinz Nghe An hat Herrn Nguyen Van An als Vorsitzenden.", _CHAIR_PC),
    ("pl", "Komitet Ludowy prowincji Nghe An ma pana Nguyen Van An jako przewodniczącego.", _CHAIR_PC),
    (
        "en",
        "The Nghe An Provincial People's Committee, with Mr. Nguyen Van An as its chairman, met.",
        _CHAIR_PC,
    ),
    (
        "es",
        "El Comité Popular de la provincia de Nghe An, con el señor Nguyen Van An como presidente, se reunió.",
        _CHAIR_PC,
    ),
    # a person before the link is the clause's subject: the role is that person's, not the object's
    ("de", "Herr Tran Van Binh dankte als Vorsitzender Herrn Nguyen Van An.", set()),
    ("es", "El Sr. Tran Van Binh felicitó como presidente al señor Nguyen Van An.", set()),
]


@pytest.mark.parametrize(("lang", "text", "posts"), _HAS_AS_GUARDS)
def test_a_body_has_a_as_its_chair_guards(lang, text, posts):
    assert _posts(lang, text).get("Nguyen Van An", set()) == posts
