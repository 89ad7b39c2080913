"""left13 (stop 27): small faults other helpers found this session and left."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict[str, set[tuple]]:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


_OPENING = {
    "en": "Mr. Nguyen Van Hung, Secretary of the District Party Committee, attended the conference. ",
    "pl": "Pan Nguyen Van Hung, sekretarz Komitetu Partii Dystryktu, uczestniczył w konferencji. ",
}
_SECRETARY = ("secretary", "party_committee", "district")
_STANDING = ("standing_member", "party_committee", "provincial")
_VICE_CHAIR = ("vice_chair", "peoples_committee", "provincial")


# a pronoun's perfect (en 'has been', 'had been' as copulas) and pl a copula with the subject dropped before a role
# in the instrumental ('Był członkiem', 'Jest wiceprzewodniczącym', as es 'Es miembro'): the official named before
@pytest.mark.parametrize(
    "lang, sentence, post",
    [
        (
            "en",
            "He has been a member of the Standing Committee of the Provincial Party Committee since 2020.",
            _STANDING,
        ),
        ("en", "She has been Vice Chairman of the Provincial People's Committee since 2020.", _VICE_CHAIR),
        ("en", "He had been Vice Chairman of the Provincial People's Committee.", _VICE_CHAIR),
        ("pl", "Był członkiem Stałego Komitetu Prowincjonalnego Komitetu Partii.", _STANDING),
        ("pl", "Była wiceprzewodniczącą Komitetu Ludowego Prowincji.", _VICE_CHAIR),
        ("pl", "Jest wiceprzewodniczącym Komitetu Ludowego Prowincji.", _VICE_CHAIR),
        ("pl", "Jest członkiem Stałego Komitetu Prowincjonalnego Komitetu Partii.", _STANDING),
    ],
)
def test_a_pronoun_or_dropped_subject_holds_the_post(lang, sentence, post):
    assert _posts(_OPENING[lang] + sentence, lang) == {"Nguyen Van Hung": {_SECRETARY, post}}


# guards: the copula alone before an adjective then a title ('Był obecny przewodniczący ...', present was the
# chairman), 'has been' before no title, and the pronoun after a name reading already
@pytest.mark.parametrize(
    "lang, sentence",
    [
        ("pl", "Był obecny także wiceprzewodniczący Komitetu Ludowego Prowincji."),
        ("pl", "Był to ważny krok dla Komitetu Ludowego Prowincji."),
        ("en", "He has been working with the Provincial People's Committee since 2020."),
        ("en", "It has been a year since the Provincial People's Committee met."),
    ],
)
def test_no_post_without_a_copula_complement(lang, sentence):
    assert _posts(_OPENING[lang] + sentence, lang) == {"Nguyen Van Hung": {_SECRETARY}}
