"""A capitalised article or pronoun that spells a Roman numeral with an ordinal suffix ("La", "Le",
"Ce": L or C + the pack's suffix) is no 50th or 100th; "XIVe", "XVIII" and "la I Conferencia" stay."""

import pytest

from kg.extract.documents import _ordinal_at
from kg.lang import load_pack
from kg.text import fold


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("es", "La XVIII Asamblea Nacional aprobó", [18]),
        ("fr", "Le XIVe Congrès du Parti", [14]),
        ("fr", "Ce XIVe Congrès du Parti", [14]),
        ("es", "la I Conferencia del Comité", [1]),
        ("fr", "le Ve plénum du Comité central", [5]),
    ],
)
def test_roman_ordinals(lang, text, values):
    found = _ordinal_at(fold(text), text, load_pack(lang), 0, len(text))
    assert [v for _, _, v in found] == values
