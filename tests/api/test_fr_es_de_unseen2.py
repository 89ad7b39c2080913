"""French, Spanish, German (and Portuguese) wordings the dev articles do not show, found by reading
the unlabelled corpus: the party's acronym in brackets inside a committee's name, chairing verbs
that only say a guest directed a meeting he attended.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article

NAME = "Le Van Tam"


def posts(text: str, lang: str) -> set[tuple[str, str, str | None, str | None]]:
    x = extract(Article("t", text, lang=lang))
    return {
        (p.role, p.body.org, p.body.level, p.body.place)
        for o in x.officials
        if o.name == NAME
        for p in o.positions
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", f"El secretario del Comité del Partido Comunista de Vietnam (PCV) en Hanoi, {NAME}, habló."),
        ("fr", f"Le secrétaire du Comité du PCV de la province de Ha Tinh, {NAME}, a pris la parole."),
        ("fr", f"M. {NAME}, secrétaire du Comité du Parti communiste du Vietnam (PCV) de Hanoi, a parlé."),
        ("pt", f"O secretário do Comitê do Partido Comunista do Vietnã (PCV) em Hanói, {NAME}, falou."),
    ],
)
def test_a_committee_of_the_party_in_a_place_is_that_places_party_committee(lang, text):
    # the acronym in brackets restates the party; the place after it is the committee's
    (post,) = posts(text, lang)
    assert post[:3] == ("secretary", "party_committee", "provincial")
    assert post[3] in ("Ha Noi", "Ha Tinh")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            f"Asistió al pleno {NAME}, miembro del Comité Central del Partido Comunista de Vietnam (PCV).",
        ),
        ("fr", f"M. {NAME}, membre du Comité central du Parti communiste du Vietnam (PCV), a parlé."),
    ],
)
def test_the_central_committee_with_the_acronym_stays_central(lang, text):
    assert posts(text, lang) == {("member", "central_committee", "central", None)}
