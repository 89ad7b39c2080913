"""mt22b (stop 32): blind cross-translations of unannotated vi-officials articles into ar, en, fr, es (silver/mt22,
corrections-mt22b.txt).

A title followed by a comma and a clause whose last word links a noun to the name ("signée par le Président de la
République, stipule la nomination de M. A", the decision signed by the President names A) is the clause's subject's
title, not the name's: the name is the complement of the noun ('nomination', 'appointment', 'nombramiento').
"""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict[str, set[str]]:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {p.role for p in o.positions} for o in x.officials}


SIGNED_BY = {
    "fr": "La décision n° 843/QD-CTN, signée par le Président de la République, stipule la nomination de M. Ho Duc "
    "Phoc, ministre des Finances, au poste de vice-Premier ministre.",
    "en": "The decision, signed by the State President, approves the appointment of Mr. Ho Duc Phoc, Minister of "
    "Finance, as Deputy Prime Minister.",
    "es": "La decisión, firmada por el Presidente del Estado, estipula el nombramiento del Sr. Ho Duc Phoc, ministro "
    "de Finanzas, como viceprimer ministro.",
}


@pytest.mark.parametrize("lang", sorted(SIGNED_BY))
def test_signer_title_before_a_clause_ending_in_of_is_not_the_appointees(lang):
    posts = _posts(SIGNED_BY[lang], lang)
    assert posts["Ho Duc Phoc"] == {"minister", "deputy_prime_minister"}


def test_a_rank_after_the_comma_still_completes_the_title():
    posts = _posts("Le ministre de la Défense nationale, général Phan Van Giang, a pris la parole.", "fr")
    assert posts["Phan Van Giang"] == {"minister"}
