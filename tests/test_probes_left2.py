"""Extraction faults the probes found and left open (second round), each written in every language of the seven
where the construction exists: a Secretary General of a body of its own is that body's, not the Party's; a vice
chair and Secretary General of one body in Arabic; Arabic "standing" written after a deputy's body."""

from __future__ import annotations

import pytest

from tests.helpers import extracted


def _posts(text: str, lang: str) -> set[tuple[str, str, str]]:
    found = extracted(text, lang=lang).officials
    return {(p.role, p.body.org, p.body.level) for o in found for p in o.positions}


# 1. "Secretary General of the Vietnam Farmers' Association" (Tổng Thư ký Hội Nông dân Việt Nam): the general_secretary
# of that body (a mass organisation, org other, national), not the Party's General Secretary.
FARMERS = [
    ("en", "Comrade Luong Quoc Doan, Secretary General of the Vietnam Farmers' Association, spoke."),
    (
        "fr",
        "Le camarade Luong Quoc Doan, secrétaire général de l'Association des agriculteurs du Vietnam, a pris la "
        "parole.",
    ),
    (
        "es",
        "El camarada Luong Quoc Doan, secretario general de la Asociación de Agricultores de Vietnam, intervino.",
    ),
    ("de", "Genosse Luong Quoc Doan, Generalsekretär des Vietnamesischen Bauernverbandes, sprach."),
    (
        "pl",
        "Towarzysz Luong Quoc Doan, sekretarz generalny Wietnamskiego Stowarzyszenia Rolników, przemawiał.",
    ),
    ("ar", "وتحدث الرفيق لونغ كوك دوان، الأمين العام لجمعية المزارعين الفيتناميين."),
    ("vi", "Đồng chí Lương Quốc Đoàn, Tổng Thư ký Hội Nông dân Việt Nam, phát biểu."),
]


@pytest.mark.parametrize(("lang", "text"), FARMERS)
def test_a_secretary_general_of_a_body_of_its_own_is_that_bodys(lang, text):
    assert _posts(text, lang) == {("general_secretary", "other", "central")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Comrade To Lam, General Secretary of the Communist Party of Vietnam, spoke."),
        ("en", "General Secretary To Lam chaired the meeting."),
        ("fr", "Le secrétaire général To Lam a présidé la réunion."),
        ("ar", "وترأس الأمين العام تو لام الاجتماع."),
    ],
)
def test_the_partys_general_secretary_stays_the_partys(lang, text):
    assert _posts(text, lang) == {("general_secretary", "communist_party", "central")}


def test_a_polish_chair_of_a_vietnamese_mass_organisation_is_national():
    text = "Towarzysz Luong Quoc Doan, przewodniczący Wietnamskiego Stowarzyszenia Rolników, przemawiał."
    assert _posts(text, "pl") == {("chair", "other", "central")}


# 2. ar "نائبة الرئيس والأمينة العامة للجنة المركزية لجبهة الوطن": the vice chair's wording alone is the State Vice
# President's (other/central), but joined to a Secretary General of a body it is that body's vice chair (as de818f5).
def test_the_arabic_vice_chair_and_secretary_general_of_the_front_holds_both_posts():
    text = "وقالت السيدة نغوين ثي ثو ها، نائبة الرئيس والأمينة العامة للجنة المركزية لجبهة الوطن الفيتنامية."
    assert _posts(text, "ar") == {
        ("vice_chair", "fatherland_front", "central"),
        ("general_secretary", "fatherland_front", "central"),
    }


def test_the_arabic_vice_president_alone_stays_the_states():
    text = "وقال نائب الرئيس نغوين فان آن إن البلاد تتطور."
    assert ("vice_chair", "other", "central") in _posts(text, "ar")


# 3. ar "الدائم" (standing) written after the deputy's body makes the deputy the standing one; the feminine agrees with
# the body ("اللجنة الدائمة", the standing committee) and is not read.
@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "وقال السيد نغوين فان آن، نائب رئيس اللجنة الشعبية الإقليمية الدائم.",
            ("standing_vice_chair", "peoples_committee", "provincial"),
        ),
        (
            "وقال السيد نغوين فان آن، نائب أمين لجنة الحزب الإقليمية الدائم.",
            ("standing_deputy_secretary", "party_committee", "provincial"),
        ),
        (
            "وقال السيد نغوين فان آن، نائب الأمين الدائم للجنة الحزب الإقليمية.",
            ("standing_deputy_secretary", "party_committee", "provincial"),
        ),
    ],
)
def test_an_arabic_standing_word_after_the_deputys_body_makes_a_standing_deputy(text, post):
    assert _posts(text, "ar") == {post}


def test_an_arabic_standing_word_after_a_comma_is_no_standing_deputy():
    text = "وقال السيد نغوين فان آن، نائب رئيس اللجنة الشعبية الإقليمية، الدائم."
    assert _posts(text, "ar") == {("vice_chair", "peoples_committee", "provincial")}
