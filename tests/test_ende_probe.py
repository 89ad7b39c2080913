"""English and German wordings of the en/de probe matrix (silver/probes/ende-probe.tsv) that were read wrong
or not at all:

- a level word right before a party secretary written as one title ("District Party Secretary A", "Commune
  Party Secretary", "District Party Chief"): the party committee of that level, not the province's;
- a deputy written before the level of a party secretary ("Deputy Provincial Party Secretary A", "Standing
  Deputy Provincial Party Secretary"): the listed secretary took the words after the deputy and lost it;
- a German department (Sở) as an office in one genitive word ("Direktor des Bauamtes", "des
  Gesundheitsamts"), and a province's or district's party chief in one word ("Provinzparteichef",
  "der stellvertretende Bezirksparteichef"; "Parteichef" alone stays the General Secretary); the press's "ZK"
  (Zentralkomitee: "ZK-Mitglied A", "Mitglied des ZK der KPV");
- the chair named after "unter dem Vorsitz von / des", "unter Leitung von" when a body stands right before
  the wording ("hielt das Volkskomitee der Provinz unter dem Vorsitz von Herrn A eine Sitzung ab");
- a meeting of several days "vom 28. bis zum 30. September": dated by its first day (was no date).
"""

import pytest

from kg.extract import extract
from kg.model import Article

A = "Nguyen Van Hung"
YD = "Im Jahr 2025 erzielte die Provinz viele Ergebnisse.\n"

POSTS = [
    ("en", f"District Party Secretary {A} spoke at the conference.", {"secretary/party_committee/district"}),
    ("en", f"Commune Party Secretary {A} spoke at the conference.", {"secretary/party_committee/commune"}),
    ("en", f"District Party Chief {A} spoke at the conference.", {"secretary/party_committee/district"}),
    (
        "en",
        f"Deputy Provincial Party Secretary {A} spoke at the conference.",
        {"deputy_secretary/party_committee/provincial"},
    ),
    (
        "en",
        f"Standing Deputy Provincial Party Secretary {A} spoke.",
        {"standing_deputy_secretary/party_committee/provincial"},
    ),
    (
        "en",
        f"Mr. {A}, Deputy District Party Secretary, spoke.",
        {"deputy_secretary/party_committee/district"},
    ),
    ("de", f"Herr {A}, Direktor des Bauamtes, stellte den Bericht vor.", {"director/department/provincial"}),
    (
        "de",
        f"Frau {A}, stellvertretende Direktorin des Gesundheitsamts der Provinz, stellte vor.",
        {"deputy_director/department/provincial"},
    ),
    ("de", f"Provinzparteichef {A} sprach auf der Konferenz.", {"secretary/party_committee/provincial"}),
    (
        "de",
        f"Der stellvertretende Bezirksparteichef {A} sprach.",
        {"deputy_secretary/party_committee/district"},
    ),
    ("de", f"ZK-Mitglied {A} sprach auf der Konferenz.", {"member/central_committee/central"}),
    ("de", f"Herr {A}, Mitglied des ZK der KPV, sprach.", {"member/central_committee/central"}),
]


@pytest.mark.parametrize(("lang", "text", "posts"), POSTS)
def test_ende_posts(lang, text, posts):
    x = extract(Article("p", text, lang=lang))
    got = {o.name: {f"{p.role}/{p.body.org}/{p.body.level}" for p in o.positions} for o in x.officials}
    assert got == {A: posts}


@pytest.mark.parametrize(
    "text",
    [
        f"Herr {A}, Direktor, sprach insgesamt 20 Minuten.",  # "insgesamt" is no office (*amt not read)
        f"Parteichef {A} sprach.",  # the General Secretary, no provincial secretary
    ],
)
def test_de_no_department_or_local_secretary(text):
    x = extract(Article("p", text, lang="de"))
    assert not [
        p for o in x.officials for p in o.positions if p.body.org in ("department", "party_committee")
    ]


CHAIRS = [
    YD
    + f"Am 29. September hielt das Volkskomitee der Provinz unter dem Vorsitz von Herrn {A} eine Sitzung ab.",
    YD
    + f"Am 29. September hielt das Volkskomitee der Provinz unter dem Vorsitz des Genossen {A} eine Sitzung ab.",
    YD + f"Am 29. September hielt das Provinzparteikomitee unter Leitung von Genosse {A} eine Konferenz ab.",
]


@pytest.mark.parametrize("text", CHAIRS)
def test_de_chair_after_a_body(text):
    x = extract(Article("c", text, lang="de"))
    assert [(m.date, m.chairs) for m in x.meetings] == [("2025-09-29", [A])]


@pytest.mark.parametrize(
    "text",
    [
        YD + "Vom 28. bis zum 30. September tagte der Volksrat der Provinz.",
        "Der Volksrat der Provinz tagte vom 28. bis zum 30. September 2025.",
    ],
)
def test_de_days_until(text):
    x = extract(Article("d", text, lang="de"))
    assert [m.date for m in x.meetings] == ["2025-09-28"]
