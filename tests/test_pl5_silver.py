"""Polish rules of the fifth blind silver round (silver/ set pl5): each checks one rule or pack entry on a
wording the Polish articles use (the sentence or the corpus wording named in its comment)."""

from __future__ import annotations

import pytest

from tests.helpers import extracted

# a closing sentence: the last sentence of an article may be cut off mid-title, so each text ends on one
END = "\nDelegaci uczestniczący w konferencji."


def posts(text: str, name: str) -> set[tuple[str, str, str | None]]:
    officials = extracted(text + END, lang="pl").officials
    return {(p.role, p.body.org, p.body.level) for o in officials if o.name == name for p in o.positions}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # the Executive Committee (Ban Chấp hành) of a party committee, its adjective after its noun
        # (dev pl-020: "członkowie Komitetu Wykonawczego Powiatowego Komitetu Partii"): a member of the
        # party committee, not of a commission of it
        (
            "Pani Tran Thi Lan, członkini Komitetu Wykonawczego Prowincjonalnego Komitetu Partii Ninh Binh, "
            "przemawiała.",
            ("member", "party_committee", "provincial"),
        ),
        (
            "Pani Tran Thi Lan, członkini Komitetu Wykonawczego Powiatowego Komitetu Partii Gia Vien, "
            "przemawiała.",
            ("member", "party_committee", "district"),
        ),
        # the Party Central Executive Committee (u-pl-0010: "14. Centralnego Komitetu Wykonawczego") is
        # the Central Committee, not the party committee of a central body
        (
            "Pani Tran Thi Lan, członkini Centralnego Komitetu Wykonawczego Partii, przemawiała.",
            ("member", "central_committee", "central"),
        ),
    ],
)
def test_an_executive_committee_is_the_party_committee(text, post):
    assert post in posts(text, "Tran Thi Lan")
    assert not {p for p in posts(text, "Tran Thi Lan") if p[1] == "party_commission"}


def figures(text: str, lang: str = "pl") -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extracted(text, lang=lang).metrics]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # reg-pl u-pl-0001 (a resolution on the posts of merged provinces): its gold records no figure
        (
            "Prowincja utworzona po reorganizacji ma nie więcej niż 3 wiceprzewodniczących Rady Ludowej.",
            "pl",
        ),
        (
            "Jednostka administracyjna przed przekształceniem nie będzie więcej niż 4 zastępców przewodniczącego.",
            "pl",
        ),
        # silver u-en-0002: "The Inspection Committee of the Hanoi Party Committee ... has no more than 5 Vice
        # Chairmen" (its gold records no figure)
        ("The Inspection Committee of the Hanoi Party Committee has no more than 5 Vice Chairmen.", "en"),
        ("Mỗi tỉnh bố trí không quá 3 Phó Chủ tịch Hội đồng nhân dân.", "vi"),
        ("Der Ausschuss hat höchstens 3 stellvertretende Vorsitzende.", "de"),
        # silver u-fr-0003 (its gold records no figure)
        (
            "Les comités d'inspection des comités du Parti de Hanoï et de Hô Chi Minh-Ville ne comptent pas plus "
            "de 5 vice-présidents.",
            "fr",
        ),
        ("Cada provincia tiene no más de 3 vicepresidentes del Consejo Popular.", "es"),
    ],
)
def test_a_count_a_rule_caps_is_no_figure(text, lang):
    # an upper bound a rule sets (cap cues) is a norm, not a quantity the article reports
    assert figures(text, lang) == []


def test_a_count_without_a_cap_is_still_a_figure():
    assert figures("Prowincja ma obecnie 3 wiceprzewodniczących Rady Ludowej.") == [(3, "persons")]
    assert figures("W konferencji wzięło udział ponad 300 delegatów.") == [(300, "persons")]


@pytest.mark.parametrize(
    "text",
    [
        # reg-pl u-pl-0009: a congress "for the term" (na kadencję) whose years open with it; gold dated 2025
        "Dziś rano Kongres poświęcił czas na omówienie dokumentów przedstawionych na Kongresie.\n"
        "Zjazd przyjął projekt uchwały, zawierającą ocenę realizacji uchwały Zjazdu Wojewódzkiego Partii na "
        "kadencję 2020-2025 oraz kierunki, cele i zadania na kadencję 2025-2030.",
        "Dziś rano Kongres poświęcił czas na omówienie dokumentów przedstawionych na Kongresie.\n"
        "Zjazd wybrał Komitet Wykonawczy na kadencję 2025-2030.",
    ],
)
def test_a_congress_for_a_term_is_dated_by_its_first_year(text):
    assert [m.date for m in extracted(text, lang="pl").meetings] == ["2025"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "instrukcja" translates a directive (chỉ thị, CT) as well as a guidance (hướng dẫn, HD, no document):
        # the code's letters decide (dev pl-020: "Dyrektywę nr 35-CT/TW oraz Instrukcję nr 27-HD/BTCTW")
        (
            "Wdrażając Instrukcję nr 05-CT/TW Biura Politycznego, prowincja przygotowała zjazdy.",
            [("directive", "05-CT/TW")],
        ),
        (
            "Biuro Polityczne wydało Dyrektywę nr 35-CT/TW oraz Instrukcję nr 27-HD/BTCTW z dnia 26 sierpnia 2024 r.",
            [("directive", "35-CT/TW")],
        ),
    ],
)
def test_an_instruction_is_what_its_code_says(text, expected):
    assert [(d.kind, d.number) for d in extracted(text, lang="pl").documents] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a chairing wording that ends with its meeting noun ("prowadził posiedzenie", "prowadził konferencję",
        # pack cues): the body after it owns the meeting, it does not lead in the chair's stead
        "Rano 8 grudnia 2025 r. sekretarz Nguyen Van Nam prowadził posiedzenie Stałego Komitetu Prowincjonalnego "
        "Komitetu Partii.",
        "Rano 8 grudnia 2025 r. towarzysz Nguyen Van Nam, sekretarz Prowincjonalnego Komitetu Partii, prowadził "
        "konferencję Prowincjonalnego Komitetu Partii.",
        # a gathering (zebranie) is run as a meeting is
        "Rano 8 grudnia 2025 r. sekretarz Nguyen Van Nam prowadził zebranie Stałego Komitetu.",
    ],
)
def test_a_chair_running_a_bodys_meeting_chairs_it(text):
    assert [m.chairs for m in extracted(text, lang="pl").meetings] == [["Nguyen Van Nam"]]


def test_a_body_after_a_bare_chairing_wording_still_leads():
    text = "Rano 8 grudnia 2025 r. odbyła się konferencja pod przewodnictwem Partii."
    assert [m.chairs for m in extracted(text, lang="pl").meetings] == [[]]
