"""Silver mt17 (cross-translations of dev articles, mt17d: fr, es, vi): the constructions kg missed."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict:
    return {
        o.name: {(p.role, p.body.org, p.body.level) for p in o.positions}
        for o in extract(Article("t", text, lang=lang)).officials
    }


GS = ("general_secretary", "communist_party", "central")
SP = ("state_president", "other", "central")


# the points "across the country" an online conference is linked to are a count (u-mt17es-34 '14.934 puntos en todo
# el país', vi 'điểm cầu trên cả nước'); a bare "puntos" stays a score's word
POINTS = [
    ("es", "El punto central estuvo conectado con 14.934 puntos en todo el país."),
    ("fr", "Le point central était relié à 14 934 points dans tout le pays."),
    ("en", "The central point was connected to 14,934 points across the country."),
    ("de", "Der zentrale Punkt war mit 14.934 Punkten im ganzen Land verbunden."),
]


@pytest.mark.parametrize(("lang", "text"), POINTS)
def test_points_across_the_country_are_counted(lang: str, text: str) -> None:
    metrics = extract(Article("t", text, lang=lang)).metrics
    assert [(m.value, m.unit) for m in metrics] == [(14934, "count")]


# a group joined to the last name by a conjunction before the colon shares its titles with the names listed after it
# ("Tổng Bí thư Tô Lâm và các đồng chí Ủy viên Bộ Chính trị: Chủ tịch nước A; Thủ tướng B"; with a semicolon
# instead of the conjunction it did already), in every language
JOINED_GROUP = [
    (
        "vi",
        "Dự hội nghị có Tổng Bí thư Tô Lâm và các đồng chí Ủy viên Bộ Chính trị: Chủ tịch nước Lương Cường; Thủ "
        "tướng Chính phủ Phạm Minh Chính.",
    ),
    (
        "es",
        "Asistieron el Secretario General To Lam y los miembros del Politburó: el Presidente Luong Cuong; el Primer "
        "Ministro Pham Minh Chinh.",
    ),
    (
        "fr",
        "Étaient présents le secrétaire général To Lam et les membres du Bureau politique : le président Luong Cuong ; "
        "le Premier ministre Pham Minh Chinh.",
    ),
    (
        "en",
        "Attending were General Secretary To Lam and Politburo members: President Luong Cuong; Prime Minister Pham "
        "Minh Chinh.",
    ),
    (
        "de",
        "Anwesend waren Generalsekretär To Lam und die Mitglieder des Politbüros: Präsident Luong Cuong; "
        "Premierminister Pham Minh Chinh.",
    ),
    (
        "pl",
        "Obecni byli Sekretarz Generalny To Lam oraz członkowie Biura Politycznego: Prezydent Luong Cuong; Premier "
        "Pham Minh Chinh.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), JOINED_GROUP)
def test_a_group_joined_to_the_last_name_shares_its_titles(lang: str, text: str) -> None:
    posts = _posts(text, lang)
    member = ("member", "politburo", "central")
    assert posts["To Lam"] == {GS}
    assert posts["Luong Cuong"] == {SP, member}
    assert posts["Pham Minh Chinh"] == {("prime_minister", "government", "central"), member}


# fr 'Comité central de pilotage' / 'Comité de pilotage central' (Ban Chỉ đạo Trung ương) is the central steering
# committee, not the Central Committee nor a local one (es 'Comité Directivo Central', en read it already)
STEERING = [
    "Le secrétaire général To Lam, chef du Comité central de pilotage, a présidé la réunion.",
    "Le secrétaire général To Lam, chef du Comité de pilotage central, a présidé la réunion.",
]


@pytest.mark.parametrize("text", STEERING)
def test_french_central_steering_committee(text: str) -> None:
    x = extract(Article("t", text, lang="fr"))
    assert ("head", "steering_committee", "central") in _posts(text, "fr")["To Lam"]
    assert [(m.organizer.org, m.organizer.level) for m in x.meetings] == [("steering_committee", "central")]


# ethnic groups are counted (pl '49 grup etnicznych', vi '49 dân tộc', de 'ethnische Gruppen' read already)
ETHNIC = [
    ("es", "La provincia tiene una población de unos 3,87 millones de personas, con 49 grupos étnicos."),
    ("fr", "La province compte environ 3,87 millions d'habitants et 49 groupes ethniques."),
]


@pytest.mark.parametrize(("lang", "text"), ETHNIC)
def test_ethnic_groups_are_counted(lang: str, text: str) -> None:
    metrics = extract(Article("t", text, lang=lang)).metrics
    assert sorted((m.value, m.unit) for m in metrics) == [(49, "count"), (3870000, "persons")]
