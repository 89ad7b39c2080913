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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            f"El presidente del Comité Popular provincial, {NAME}, asistió y dirigió el Congreso el 5 de abril de 2024.",
        ),
        ("es", f"El 5 de abril de 2024, el viceprimer ministro {NAME} participó y dirigió la conferencia."),
        ("fr", f"Le 5 avril 2024, M. {NAME}, vice-Premier ministre, a assisté et dirigé le congrès."),
    ],
)
def test_a_guest_who_attended_and_directed_a_meeting_did_not_chair_it(lang, text):
    # "dự và chỉ đạo": the gold records no chair for a leader who attended and directed a congress
    x = extract(Article("t", text, lang=lang))
    assert [(m.date, m.chairs) for m in x.meetings] == [("2024-04-05", [])]
    assert posts(text, lang)  # still an official with a post


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            f"El 5 de abril de 2024, el presidente del Comité Popular provincial, {NAME}, dirigió la reunión.",
        ),
        (
            "fr",
            f"Le 5 avril 2024, M. {NAME}, président du Comité populaire provincial, a dirigé et présidé la réunion.",
        ),
        (
            "es",
            f"El 5 de abril de 2024, {NAME}, presidente del Comité Popular provincial, asistió y presidió la sesión.",
        ),
    ],
)
def test_directing_or_chairing_alone_still_chairs(lang, text):
    x = extract(Article("t", text, lang=lang))
    assert [(m.date, m.chairs) for m in x.meetings] == [("2024-04-05", [NAME])]
