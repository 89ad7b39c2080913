"""Fixes from review22 (docs/reviews/review22.md), each read in every language where its construction exists.

1. The approver of an election's result holds no post it names (195dd9af), but a name that announces the result and
   then is elected, a conjunction and a title link after the result's wording, holds the post it is elected to: pl
   'Pan A ogłosił wyniki wyborów i został wybrany przewodniczącym Komitetu Ludowego ...'.
"""

from __future__ import annotations

import pytest

from tests.helpers import placed_posts

A = "Nguyen Van Anh"
NA_CHAIR = ("chair", "peoples_committee", "provincial", "Nghe An")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            f"Na sesji pan {A} ogłosił wyniki wyborów i został wybrany przewodniczącym Komitetu Ludowego Prowincji "
            "Nghe An.",
        ),
        (
            "de",
            f"Herr {A} gab die Wahlergebnisse bekannt und wurde zum Vorsitzenden des Volkskomitees der Provinz Nghe An "
            "gewählt.",
        ),
        ("ar", "أعلن السيد نغوين فان آنه نتائج الانتخاب وتم انتخابه رئيسا للجنة الشعبية لمقاطعة نغي آن."),
        (
            "fr",
            f"M. {A} a annoncé les résultats des élections et a été élu président du Comité populaire provincial de "
            "Nghe An.",
        ),
        (
            "es",
            f"El Sr. {A} anunció los resultados de las elecciones y fue elegido presidente del Comité Popular "
            "Provincial de Nghe An.",
        ),
    ],
)
def test_a_name_that_announces_the_election_results_and_is_then_elected_holds_the_post(lang, text):
    assert NA_CHAIR in placed_posts(text, lang).get(A, set())


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the result's wording, then the post, a conjunction inside the result's own noun phrase: the one elected's
        (
            "en",
            f"Prime Minister {A} approved the results of the election and dismissal to the post of Chairman of the "
            "Nghe An Provincial People's Committee.",
        ),
        (
            "pl",
            f"Premier {A} zatwierdził wyniki wyborów i odwołania na stanowisko przewodniczącego Komitetu Ludowego "
            "Prowincji Nghe An.",
        ),
        (
            "ar",
            "وافق رئيس الوزراء نغوين فان آنه على نتائج الانتخاب التكميلي لمنصب رئيس اللجنة الشعبية لمقاطعة نغي آن.",
        ),
    ],
)
def test_the_approver_of_an_election_result_still_holds_no_post_it_names(lang, text):
    assert NA_CHAIR not in placed_posts(text, lang).get(A, set())
