"""Polish rules of the second blind silver round (silver/ set pl2) and the first round's open findings:
sentences written in the style of the Polish articles (not copied from one), each checking one rule or
pack entry."""

from __future__ import annotations

import pytest

from tests.helpers import extracted

# a closing sentence: the last sentence of an article may be cut off mid-title, so each text ends on one
END = "\nDelegaci uczestniczący w konferencji."
OPENING = "Rano 5 marca 2025 r. w prowincji Nghe An odbyła się konferencja podsumowująca. "


def chairs(text: str) -> list[list[str]]:
    return [m.chairs for m in extracted(text + END, lang="pl").meetings]


def posts(text: str, name: str) -> set[tuple[str, str, str | None]]:
    officials = extracted(text + END, lang="pl").officials
    return {(p.role, p.body.org, p.body.level) for o in officials if o.name == name for p in o.positions}


@pytest.mark.parametrize(
    "text",
    [
        # leading a meeting in the perfective ("poprowadził"), and "spotkanie" led
        "Konferencję poprowadził towarzysz Nguyen Van Nam, sekretarz Prowincjonalnego Komitetu Partii.",
        "Towarzysz Nguyen Van Nam, sekretarz Prowincjonalnego Komitetu Partii, prowadził spotkanie.",
        # the chair written as a noun, as the co-chairs are
        "Przewodniczącym konferencji był towarzysz Nguyen Van Nam, sekretarz Prowincjonalnego Komitetu Partii.",
    ],
)
def test_a_meeting_led_or_with_a_noun_chair_has_its_chair(text):
    assert ["Nguyen Van Nam"] in chairs(OPENING + text)


def test_chairing_as_a_noun_needs_a_meeting():
    # "wybrany przewodniczącym" of a body is a post, no meeting chaired
    text = OPENING + (
        "Towarzysz Nguyen Van Nam został wybrany przewodniczącym Prowincjonalnego Komitetu Ludowego."
    )
    assert all("Nguyen Van Nam" not in c for c in chairs(text))


def test_the_president_of_a_mass_organisation_chairs_it():
    text = OPENING + (
        "W konferencji uczestniczyła towarzyszka Nguyen Thi Ha, prezydent Związku Kobiet Wietnamskich."
    )
    found = posts(text, "Nguyen Thi Ha")
    assert found and all(role == "chair" for role, _, _ in found)


def test_an_urban_district_is_a_district():
    text = OPENING + "Towarzysz Le Van Tam, przewodniczący Komitetu Ludowego dzielnicy Ba Dinh, przemawiał."
    assert posts(text, "Le Van Tam") == {("chair", "peoples_committee", "district")}


def test_a_decree_by_its_letters_whatever_word_names_it():
    # "rozporządzenie" is a regulation's word (Quy định 191-QĐ/TW), but ND letters are a decree's (Nghị định)
    text = (
        OPENING
        + "Omówiono Rozporządzenie nr 123/2025/NĐ-CP oraz rozporządzenie nr 191-QĐ/TW Biura Politycznego."
    )
    kinds = {d.number: d.kind for d in extracted(text + END, lang="pl").documents}
    assert kinds == {"123/2025/ND-CP": "decree", "191-QD/TW": "regulation"}


@pytest.mark.parametrize("noun", ["Zjeździe", "Kongresie"])
def test_a_congress_named_in_the_locative_is_a_meeting(noun):
    text = (
        f"Przemawiając na {noun}, towarzysz Nguyen Van Nam, sekretarz Prowincjonalnego Komitetu Partii, "
        "podkreślił wagę reform."
    )
    assert "congress" in [m.kind for m in extracted(text + END, lang="pl").meetings]


def test_a_ceremony_attended_on_a_day_is_a_meeting():
    text = (
        "Po wielu latach budowy prowincja ukończyła most. Rankiem 30 czerwca 2025 r. w ceremonii wzięli "
        "udział przywódcy prowincji Tuyen Quang oraz mieszkańcy."
    )
    assert [m.date for m in extracted(text + END, lang="pl").meetings] == ["2025-06-30"]
