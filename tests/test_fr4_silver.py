"""French rules found by scoring the fourth blind silver gold (silver/ set fr4) and reading the
unlabelled French articles: each test fails without the rule it names."""

from __future__ import annotations

import pytest

from kg.lang import Lexicon
from tests.helpers import extracted, positions

PPC = ("chair", "peoples_committee", "provincial")


@pytest.mark.parametrize(
    "text",
    [
        # 'le poste de' is the object of whatever verb gives it, not of a closed list of verbs
        "M. Nguyen Van Duc a pris le poste de président du Comité populaire provincial de Nghe An le 5 mars.",
        "M. Nguyen Van Duc reprend le poste de président du Comité populaire provincial de Nghe An.",
        "M. Nguyen Van Duc cumule désormais le poste de président du Comité populaire provincial de Nghe An.",
        "M. Nguyen Van Duc a occupé le poste de président du Comité populaire provincial de Nghe An.",
    ],
)
def test_le_poste_de_after_any_verb_gives_the_post(text):
    assert PPC in positions(extracted(text, "fr"), "Nguyen Van Duc")


@pytest.mark.parametrize(
    "text",
    [
        # the post a subordinate clause speaks of (u-fr-0023): 'que' opens the clause, the post is its subject
        "Le Comité permanent a chargé M. Nguyen Van Duc, vice-président du Comité populaire provincial de Nghe "
        "An, de diriger les activités du Comité populaire provincial jusqu'à ce que le poste de président du "
        "Comité populaire provincial de Nghe An soit pourvu.",
        # a verb acting on the post itself
        "M. Nguyen Van Duc a proposé de supprimer le poste de président du Comité populaire provincial de Nghe An.",
    ],
)
def test_le_poste_de_as_a_subject_or_after_a_preposition_gives_no_post(text):
    assert PPC not in positions(extracted(text, "fr"), "Nguyen Van Duc")


def test_an_object_wording_is_guarded_by_the_word_before_it():
    guard = Lexicon({"que": (), "pour": (), "supprim*": ()})
    lexicon = Lexicon({"le poste de": ("object",), "au poste de": ()}, guard=guard)
    found = [
        m.start()
        for m, _ in lexicon.finditer(
            "a pris le poste de x; que le poste de y; pour le poste de z; au poste de w"
        )
    ]
    assert found == [7, 61]
    assert lexicon.match_at("il a supprimé le poste de x", 14) is None
    assert lexicon.match_at("il a occupé le poste de x", 12) is not None
    assert lexicon.match_at("le poste de x", 0) is None  # a clause's start: the post is its subject
    assert lexicon.match_at("x, le poste de y", 3) is None


def test_a_management_board_is_a_body():
    """'Comité de gestion' (Ban Quản lý: of a bay, a zone, projects) is a body outside the code list, as the en
    pack's 'management board' (u-fr-0021's head of the Ha Long Bay management board had no post)."""
    text = "M. Nguyen Van Duc a été nommé directeur adjoint du Comité de gestion de la zone économique de Nghe An."
    assert ("deputy_director", "other", "provincial") in positions(extracted(text, "fr"), "Nguyen Van Duc")


def test_ses_fonctions_de_gives_the_subjects_own_post():
    text = "M. Nguyen Van Duc a pris ses fonctions de président du Comité populaire provincial de Nghe An."
    assert PPC in positions(extracted(text, "fr"), "Nguyen Van Duc")


@pytest.mark.parametrize(
    "text, post",
    [
        # the parliament is the National Assembly, its head its chair
        ("Le président du Parlement vietnamien, Vuong Dinh Hue, a pris la parole.", "chair"),
        ("Le chef de l'Assemblée nationale, Vuong Dinh Hue, a pris la parole.", "chair"),
        ("Le vice-président du Parlement Vuong Dinh Hue a pris la parole.", "vice_chair"),
        # the head of one of its committees stays head of the National Assembly (the dev gold's convention)
        (
            "Vuong Dinh Hue, chef de la Commission économique de l'Assemblée nationale, a pris la parole.",
            "head",
        ),
    ],
)
def test_the_parliament_and_its_head(text, post):
    assert positions(extracted(text, "fr"), "Vuong Dinh Hue") == {(post, "national_assembly", "central")}


def test_a_post_given_to_somebody_else_is_not_the_subjects():
    text = (
        "M. Tran Van Binh a proposé de confier le poste de président du Comité populaire provincial de Nghe An "
        "à M. Nguyen Van Duc."
    )
    assert PPC not in positions(extracted(text, "fr"), "Tran Van Binh")
