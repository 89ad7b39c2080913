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


_CHAIR = ("chair", "peoples_committee", "provincial")


# the duties one is transferred to take on (vi 'được điều động nhận nhiệm vụ Chủ tịch'), as en/ar in 1a2f784: de
# 'wurde versetzt, um die Aufgaben des Vorsitzenden ... zu übernehmen', 'übernahm die Aufgaben des ...' (es 'asumir
# las funciones de', fr 'assumer les fonctions de', vi 'đảm nhận nhiệm vụ' read already)
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "de",
            "Herr Nguyen Van Hung wurde versetzt, um die Aufgaben des Vorsitzenden des Provinzvolkskomitees zu"
            " übernehmen.",
        ),
        ("de", "Herr Nguyen Van Hung übernahm die Aufgaben des Vorsitzenden des Provinzvolkskomitees."),
        (
            "pl",
            "Pan Nguyen Van Hung został przeniesiony, aby przejąć obowiązki przewodniczącego Komitetu Ludowego"
            " Prowincji.",
        ),
        ("pl", "Pan Nguyen Van Hung przejął obowiązki przewodniczącego Komitetu Ludowego Prowincji."),
        (
            "es",
            "El Sr. Nguyen Van Hung fue trasladado para asumir las funciones de presidente del Comité Popular"
            " provincial.",
        ),
        (
            "fr",
            "M. Nguyen Van Hung a été muté pour assumer les fonctions de président du Comité populaire provincial.",
        ),
        ("vi", "Ông Nguyễn Văn Hùng được điều động đảm nhận nhiệm vụ Chủ tịch UBND tỉnh."),
    ],
)
def test_the_duties_taken_on_are_a_post(lang, text):
    assert _posts(text, lang) == {"Nguyen Van Hung": {_CHAIR}}


# guards: a transfer naming no post, the tasks of a place
@pytest.mark.parametrize(
    "text",
    [
        "Herr Nguyen Van Hung, Sekretär des Bezirksparteikomitees, wurde in die Provinz Ha Tinh versetzt.",
        "Herr Nguyen Van Hung, Sekretär des Bezirksparteikomitees, erläuterte die Aufgaben der Provinz.",
    ],
)
def test_no_duties_no_post(text):
    assert _posts(text, "de") == {"Nguyen Van Hung": {("secretary", "party_committee", "district")}}


# guards: pl 'pełniący obowiązki' (acting) stays no post of its own, a transfer naming no post gives none
@pytest.mark.parametrize(
    "text, posts",
    [
        (
            "Pan Nguyen Van Hung, pełniący obowiązki przewodniczącego Komitetu Ludowego Prowincji, przemawiał.",
            {("other", "peoples_committee", "provincial")},
        ),
        (
            "Pan Nguyen Van Hung, sekretarz Komitetu Partii Dystryktu, został przeniesiony do prowincji Ha Tinh.",
            {("secretary", "party_committee", "district")},
        ),
    ],
)
def test_pl_acting_and_a_bare_transfer(text, posts):
    assert _posts(text, "pl") == {"Nguyen Van Hung": posts}


# two officials named in the sentence before and no verb deciding the subject: a pronoun or a dropped subject after
# it holds nothing (whom it speaks of is unknown); one official named, or the one a decision is handed to (d076cbd),
# is the subject
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Mr. Nguyen Van Hung, Secretary of the District Party Committee, and Mr. Tran Van Nam, Director of the"
            " Department of Finance, attended the conference. He is a member of the Standing Committee of the"
            " Provincial Party Committee.",
        ),
        (
            "pl",
            "Pan Nguyen Van Hung, sekretarz Komitetu Partii Dystryktu, i pan Tran Van Nam, dyrektor Departamentu"
            " Finansów, uczestniczyli w konferencji. Był członkiem Stałego Komitetu Prowincjonalnego Komitetu Partii.",
        ),
        (
            "es",
            "El Sr. Nguyen Van Hung, secretario del Comité del Partido del distrito, y el Sr. Tran Van Nam, director"
            " del Departamento de Finanzas, asistieron a la conferencia. Es miembro del Comité Permanente del Comité"
            " Provincial del Partido.",
        ),
    ],
)
def test_two_named_before_a_pronoun_hold_nothing(lang, text):
    posts = _posts(text, lang)
    assert _STANDING not in posts["Nguyen Van Hung"] | posts["Tran Van Nam"]


def test_the_one_handed_the_decision_is_still_the_subject():
    text = (
        "El Sr. Nguyen Van Hung, secretario del Comité Provincial del Partido, entregó la decisión al Sr. Tran Van"
        " Nam. Es miembro del Comité Permanente del Comité Provincial del Partido."
    )
    assert _STANDING in _posts(text, "es")["Tran Van Nam"]
