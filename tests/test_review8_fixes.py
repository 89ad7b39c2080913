"""Review8's medium findings fixed by the lead (docs/reviews/review8.md, items 1 and 2)."""

import pytest

from tests.helpers import extracted, positions

SECRETARY = {("secretary", "party_committee", "provincial")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # item 1: a comma insert between the name and its copula holds a preposition or a relative word
        (
            "fr",
            "M. Nguyen Van An, né en 1970 dans la province, est le secrétaire du Comité provincial du Parti.",
        ),
        (
            "es",
            "El Sr. Nguyen Van An, que encabezó la delegación, es el secretario del Comité Provincial del Partido.",
        ),
        ("en", "Mr. Nguyen Van An, since 2020, is the Secretary of the Provincial Party Committee."),
    ],
)
def test_an_insert_between_the_name_and_its_copula_keeps_the_title(lang, text):
    assert positions(extracted(text, lang=lang), "Nguyen Van An") == SECRETARY


@pytest.mark.parametrize(
    "second",
    [
        # item 2: a passive whose own subject follows the verb speaks of no earlier official
        "Został wybrany nowy przewodniczący Komitetu Ludowego prowincji.",
        "Został powołany zespół roboczy pod kierownictwem dyrektora Departamentu Finansów.",
    ],
)
def test_a_polish_passive_with_its_own_subject_gives_the_last_official_nothing(second):
    text = "Sekretarz Komitetu Partii Prowincji Nguyen Van An spotkał się z wyborcami. " + second
    assert positions(extracted(text, lang="pl"), "Nguyen Van An") == SECRETARY


def test_a_polish_passive_with_the_post_it_gives_still_speaks_of_the_last_official():
    text = (
        "Pan Phan Viet Cuong urodził się w 1963 r. W październiku 2015 r. został wybrany na stanowisko "
        "sekretarza Komitetu Partii Prowincji Quang Nam."
    )
    assert positions(extracted(text, lang="pl"), "Phan Viet Cuong") == SECRETARY
