"""Polish rules of the third blind silver round (silver/ set pl3): sentences written in the style of the
Polish articles (not copied from one), each checking one rule or pack entry."""

from __future__ import annotations

import pytest

from tests.helpers import extracted

# a closing sentence: the last sentence of an article may be cut off mid-title, so each text ends on one
END = "\nDelegaci uczestniczący w konferencji."


def meetings(text: str) -> list[tuple[str | None, str | None]]:
    return [(m.date, m.kind) for m in extracted(text + END, lang="pl").meetings]


def test_carrying_out_an_audit_or_a_review_holds_no_meeting():
    # "przeprowadził" (carried out) takes an audit, a review, an inspection: no meeting is held by it
    text = (
        "Od 3 kwietnia do 28 maja 2024 r. Państwowy Audyt przeprowadził kontrolę programu w prowincji. "
        "Rankiem 12 czerwca Zgromadzenie Narodowe przeprowadziło przegląd pracy agencji państwowych."
    )
    assert meetings(text) == []


def posts(text: str, name: str) -> set[tuple[str, str, str | None]]:
    officials = extracted(text + END, lang="pl").officials
    return {(p.role, p.body.org, p.body.level) for o in officials if o.name == name for p in o.positions}


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("szef Komisji Propagandy i Mobilizacji Masowej Prowincjonalnego Komitetu Partii", "provincial"),
        ("szef Wydziału Propagandy i Mobilizacji Masowej", "provincial"),
        ("szef Centralnej Komisji Propagandy i Mobilizacji Masowej", "central"),
    ],
)
def test_the_propaganda_and_mass_mobilisation_commission_before_a_name(title, level):
    # the commission's name holds a conjunction: the title written before the name is kept whole
    text = f"W konferencji uczestniczył {title} Nguyen Van Hai."
    assert posts(text, "Nguyen Van Hai") == {("head", "party_commission", level)}


def test_the_commission_after_a_name_stays_the_party_commission():
    text = (
        "W konferencji uczestniczył towarzysz Nguyen Van Hai, szef Wydziału Propagandy i Mobilizacji Masowej "
        "Komitetu Partii Miasta Ho Chi Minh."
    )
    assert posts(text, "Nguyen Van Hai") == {("head", "party_commission", "provincial")}


@pytest.mark.parametrize(
    "text",
    [
        "W konferencji uczestniczył Przewodniczący Państwa Luong Cuong.",
        "W konferencji uczestniczył Sekretarz Generalny, Przewodniczący Państwa Luong Cuong.",
        # the dative of "prezydent" (the name inflected too)
        "Delegaci złożyli gratulacje prezydentowi Luong Cuongowi.",
    ],
)
def test_the_chairman_of_the_state_is_the_state_president(text):
    found = posts(text, "Luong Cuong")
    assert ("state_president", "other", "central") in found


@pytest.mark.parametrize(
    "text",
    [
        "Rankiem 5 listopada 2025 r. w Hanoi Biuro Polityczne spotkało się z przedstawicielami prowincji.",
        "Rankiem 5 listopada 2025 r. delegacje prowincji pracowały z przywódcami ministerstw.",
    ],
)
def test_meeting_verbs_in_the_neuter_and_the_non_virile_plural_report_a_meeting(text):
    assert ("2025-11-05", "meeting") in meetings(text) or ("2025-11-05", "working_session") in meetings(text)


@pytest.mark.parametrize(
    "text",
    [
        "Towarzysz Nguyen Van Hai pełni funkcję zastępcy sekretarza Komitetu Partii Prowincji.",
        "Towarzysz Nguyen Van Hai, pełniący funkcję zastępcy sekretarza Komitetu Partii Prowincji, przemawiał.",
    ],
)
def test_holding_the_function_of_a_post_gives_the_post(text):
    # "pełni funkcję" (holds the function of) links the name to the title after it; not an acting post
    assert posts(text, "Nguyen Van Hai") == {("deputy_secretary", "party_committee", "provincial")}


def documents(text: str) -> list[tuple[str, str | None]]:
    return [(d.kind, d.number) for d in extracted(text + END, lang="pl").documents]


def test_a_communique_is_what_its_code_says():
    # "komunikat" translates a notice (TB: a conclusion, as "zawiadomienie") and a dispatch (CĐ: no document)
    assert documents("Kancelaria Rządowa wydała komunikat nr 634/TB-VPCP w sprawie wniosków premiera.") == [
        ("conclusion", "634/TB-VPCP")
    ]
    assert documents("Premier podpisał Oficjalny Komunikat nr 213/CD-TTg z dnia 11 listopada 2025 r.") == []


def test_a_regulation_written_przepis_or_regulacja():
    # QĐ is a decision's or a regulation's letters: the word decides
    assert documents("Zgodnie z Przepisem nr 96-QD/TW Biura Politycznego w sprawie kontroli.") == [
        ("regulation", "96-QD/TW")
    ]
    assert documents("Komitet działa zgodnie z przepisami prawa.") == []


def names(text: str) -> list[str]:
    return [o.name for o in extracted(text + END, lang="pl").officials]


@pytest.mark.parametrize(
    "text",
    [
        "Szanowna Towarzyszko Nguyen Thi Lan, dziękujemy za przybycie!",
        "Delegaci powitali serdecznie towarzyszy Nguyen Van Hai i Le Van Binh z Hanoi.",
        "Delegaci spotkali się z towarzyszami Nguyen Van Hai i Le Van Binh z Hanoi.",
    ],
)
def test_comrade_in_the_vocative_and_the_plural_cases_names_officials(text):
    assert set(names(text)) & {"Nguyen Thi Lan", "Nguyen Van Hai"}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "W spotkaniu uczestniczył towarzysz Nguyen Van Hai, naczelny inspektor prowincji.",
            ("head", "other", "provincial"),
        ),
        (
            "W spotkaniu uczestniczył towarzysz Nguyen Van Hai, szef Inspektoratu Prowincji.",
            ("head", "other", "provincial"),
        ),
        ("W spotkaniu uczestniczył Inspektor Generalny Rządu Nguyen Van Hai.", ("head", "other", "central")),
    ],
)
def test_a_chief_inspector_heads_a_body_the_codes_do_not_name(text, post):
    assert posts(text, "Nguyen Van Hai") == {post}


@pytest.mark.parametrize(
    "title",
    [
        "prezes Banku Państwowego Wietnamu",
        "Audytor Generalny Państwa",
        "Prokurator Generalny Najwyższej Prokuratury Ludowej",
    ],
)
def test_heads_of_central_bodies_the_codes_do_not_name(title):
    assert posts(f"W spotkaniu uczestniczył {title} Nguyen Van Hai.", "Nguyen Van Hai") == {
        ("head", "other", "central")
    }


def test_a_commandant_heads_his_police():
    text = "W spotkaniu uczestniczył towarzysz Nguyen Van Hai, komendant Policji Prowincji."
    assert posts(text, "Nguyen Van Hai") == {("head", "other", "provincial")}


def chairs(text: str) -> list[list[str]]:
    return [m.chairs for m in extracted(text + END, lang="pl").meetings]


def test_the_presidium_of_a_congress_chairs_it():
    opening = "Rankiem 14 października 2025 r. rozpoczął się I Zjazd Partii Prowincji. "
    text = opening + (
        "Prezydium Zjazdu składało się z towarzyszy: Nguyen Van Hai, sekretarz Prowincjonalnego Komitetu Partii; "
        "Le Van Binh, zastępca sekretarza Prowincjonalnego Komitetu Partii."
    )
    assert ["Nguyen Van Hai", "Le Van Binh"] in chairs(text)
    # speaking on its behalf, or a seat in the Fatherland Front's standing Presidium, chairs nothing
    for other in (
        "W imieniu Prezydium Zjazdu towarzysz Nguyen Van Hai, sekretarz Prowincjonalnego Komitetu Partii, przemawiał.",
        "W zjeździe uczestniczył towarzysz Nguyen Van Hai, członek Prezydium Komitetu Centralnego Frontu Ojczyzny.",
    ):
        assert all("Nguyen Van Hai" not in c for c in chairs(opening + other))
