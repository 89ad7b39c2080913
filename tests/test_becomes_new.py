"""'becomes' links a name to the post right after it also with an article and 'new' between (review9 item 11:
the usual MT wording 'became the new Chairman', 'devient le nouveau président', 'se convirtió en el nuevo
presidente', 'zostaje nowym przewodniczącym', 'wurde neuer Vorsitzender'); not 'became the first to congratulate
the Chairman'."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(lang: str, text: str) -> list:
    x = extract(Article("t", text, lang=lang))
    return [(p.role, p.body.org) for o in x.officials for p in o.positions]


@pytest.mark.parametrize(
    ("lang", "text", "post"),
    [
        ("en", "Mr. Nguyen Van An became the new Chairman of the Provincial People's Committee.", "chair"),
        ("en", "Mr. Nguyen Van An has become a member of the Provincial Party Committee.", "member"),
        ("fr", "M. Nguyen Van An devient le nouveau président du Comité populaire provincial.", "chair"),
        ("fr", "M. Nguyen Van An devient ainsi président du Comité populaire provincial.", "chair"),
        (
            "es",
            "El señor Nguyen Van An se convirtió en el nuevo presidente del Comité Popular provincial.",
            "chair",
        ),
        (
            "pl",
            "Pan Nguyen Van An zostaje nowym przewodniczącym Prowincjonalnego Komitetu Ludowego.",
            "chair",
        ),
        ("de", "Herr Nguyen Van An wurde neuer Vorsitzender des Volkskomitees der Provinz.", "chair"),
    ],
)
def test_becomes_the_new(lang, text, post):
    assert [p[0] for p in _posts(lang, text)] == [post]


def test_becomes_the_first_to_congratulate_is_no_post():
    text = "Mr. Nguyen Van An became the first to congratulate the Chairman of the Provincial People's Committee."
    assert _posts("en", text) == []
