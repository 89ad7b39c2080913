"""French, Spanish, German (and Portuguese) wordings the dev articles do not show, found by reading
the unlabelled corpus: the party's acronym in brackets inside a committee's name, chairing verbs
that only say a guest directed a meeting he attended.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article

NAME = "Le Van Tam"


def posts(text: str, lang: str) -> set[tuple[str, str, str | None, str | None]]:
    x = extract(Article("t", text, lang=lang))
    return {
        (p.role, p.body.org, p.body.level, p.body.place)
        for o in x.officials
        if o.name == NAME
        for p in o.positions
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", f"El secretario del Comité del Partido Comunista de Vietnam (PCV) en Hanoi, {NAME}, habló."),
        ("fr", f"Le secrétaire du Comité du PCV de la province de Ha Tinh, {NAME}, a pris la parole."),
        ("fr", f"M. {NAME}, secrétaire du Comité du Parti communiste du Vietnam (PCV) de Hanoi, a parlé."),
        ("pt", f"O secretário do Comitê do Partido Comunista do Vietnã (PCV) em Hanói, {NAME}, falou."),
    ],
)
def test_a_committee_of_the_party_in_a_place_is_that_places_party_committee(lang, text):
    # the acronym in brackets restates the party; the place after it is the committee's
    (post,) = posts(text, lang)
    assert post[:3] == ("secretary", "party_committee", "provincial")
    assert post[3] in ("Ha Noi", "Ha Tinh")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            f"Asistió al pleno {NAME}, miembro del Comité Central del Partido Comunista de Vietnam (PCV).",
        ),
        ("fr", f"M. {NAME}, membre du Comité central du Parti communiste du Vietnam (PCV), a parlé."),
    ],
)
def test_the_central_committee_with_the_acronym_stays_central(lang, text):
    assert posts(text, lang) == {("member", "central_committee", "central", None)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            f"El presidente del Comité Popular provincial, {NAME}, asistió y dirigió el Congreso el 5 de abril de 2024.",
        ),
        ("es", f"El 5 de abril de 2024, el viceprimer ministro {NAME} participó y dirigió la conferencia."),
        ("fr", f"Le 5 avril 2024, M. {NAME}, vice-Premier ministre, a assisté et dirigé le congrès."),
    ],
)
def test_a_guest_who_attended_and_directed_a_meeting_did_not_chair_it(lang, text):
    # "dự và chỉ đạo": the gold records no chair for a leader who attended and directed a congress
    x = extract(Article("t", text, lang=lang))
    assert [(m.date, m.chairs) for m in x.meetings] == [("2024-04-05", [])]
    assert posts(text, lang)  # still an official with a post


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            f"El 5 de abril de 2024, el presidente del Comité Popular provincial, {NAME}, dirigió la reunión.",
        ),
        (
            "fr",
            f"Le 5 avril 2024, M. {NAME}, président du Comité populaire provincial, a dirigé et présidé la réunion.",
        ),
        (
            "es",
            f"El 5 de abril de 2024, {NAME}, presidente del Comité Popular provincial, asistió y presidió la sesión.",
        ),
    ],
)
def test_directing_or_chairing_alone_still_chairs(lang, text):
    x = extract(Article("t", text, lang=lang))
    assert [(m.date, m.chairs) for m in x.meetings] == [("2024-04-05", [NAME])]


def _all_posts(text: str, lang: str) -> dict[str, set[tuple[str, str, str | None, str | None]]]:
    x = extract(Article("t", text, lang=lang))
    return {
        o.name: {(p.role, p.body.org, p.body.level, p.body.place) for p in o.positions} for o in x.officials
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Étaient présents le secrétaire du Comité provincial du Parti de Nghe An Thai Thanh Quy, le membre "
            "du Comité central, président du Comité populaire de la province de Ha Tinh Vo Trong Hai, et d'autres.",
        ),
        (
            "es",
            "Asistieron el secretario del Comité Provincial del Partido de Nghe An Thai Thanh Quy, el miembro del "
            "Comité Central, presidente del Comité Popular de la provincia de Ha Tinh Vo Trong Hai, y otros.",
        ),
        (
            "de",
            "Anwesend waren der Sekretär des Parteikomitees der Provinz Nghe An Thai Thanh Quy, das Mitglied des "
            "Zentralkomitees, Vorsitzender des Volkskomitees der Provinz Ha Tinh Vo Trong Hai und andere.",
        ),
    ],
)
def test_titles_before_names_that_end_with_their_place_are_the_next_names(lang, text):
    # a list of "title of <place> <name>" items: the place ends a title, the item after a name is
    # the next name's
    assert _all_posts(text, lang) == {
        "Thai Thanh Quy": {("secretary", "party_committee", "provincial", "Nghe An")},
        "Vo Trong Hai": {
            ("member", "central_committee", "central", None),
            ("chair", "peoples_committee", "provincial", "Ha Tinh"),
        },
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Étaient présents l'ancienne présidente de l'Assemblée nationale Nguyen Thi Kim Ngan, l'ancien "
            "membre du Politburo, ancien secrétaire du Comité du Parti de Hô Chi Minh-Ville Nguyen Thien Nhan.",
        ),
        (
            "pt",
            "Estiveram presentes a ex-presidente da Assembleia Nacional Nguyen Thi Kim Ngan, o ex-membro do "
            "Politburo - ex-secretário do Comitê do Partido da Cidade de Ho Chi Minh Nguyen Thien Nhan.",
        ),
    ],
)
def test_a_city_written_with_its_suffix_ends_the_title(lang, text):
    found = _all_posts(text, lang)
    assert found["Nguyen Thi Kim Ngan"] == {("chair", "national_assembly", "central", None)}
    assert ("secretary", "party_committee", "provincial", "Ho Chi Minh") in found["Nguyen Thien Nhan"]


@pytest.mark.parametrize(
    ("lang", "text", "chairs"),
    [
        (
            "es",
            f"La reunión se celebró el 12 de marzo de 2024 bajo la dirección del secretario del Comité "
            f"Provincial del Partido, {NAME}.",
            [NAME],
        ),
        (
            "es",
            f"El secretario del Comité Provincial del Partido, {NAME}, encabezó la reunión del 12 de marzo de 2024.",
            [NAME],
        ),
        (
            "fr",
            f"La réunion s'est déroulée le 12 mars 2024 sous la direction du secrétaire du Comité provincial du "
            f"Parti, {NAME}.",
            [NAME],
        ),
        # under the Party's leadership: a body after the wording leads, no one chairs
        (
            "fr",
            f"Le 12 mars 2024, sous la direction du Comité provincial du Parti, M. {NAME}, secrétaire du Comité "
            f"provincial du Parti, a tenu une réunion.",
            [],
        ),
    ],
)
def test_chairing_written_as_direction_or_heading(lang, text, chairs):
    x = extract(Article("t", text, lang=lang))
    assert [(m.date, m.chairs) for m in x.meetings] == [("2024-03-12", chairs)]


def test_a_delegation_headed_by_an_official_is_no_chairing():
    text = f"El 12 de marzo de 2024, una delegación encabezada por {NAME}, secretario del Comité Provincial del Partido, visitó Hanoi."
    assert all(m.chairs == [] for m in extract(Article("t", text, lang="es")).meetings)


@pytest.mark.parametrize(
    "text",
    [
        "Am Nachmittag des 12. März wurde der Provinzparteitag für die Amtszeit 2025–2030 eröffnet.",
        "Am 12. März wurde der Stadtparteitag (Amtszeit 2025–2030) feierlich eröffnet.",
    ],
)
def test_a_german_compound_congress_opens_its_term(text):
    # "Provinzparteitag": a congress whose term starts the year it is held
    assert [(m.date, m.kind) for m in extract(Article("t", text, lang="de")).meetings] == [
        ("2025-03-12", "congress")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        (
            "fr",
            "Le 12 mars, le Comité provincial du Parti a tenu une conférence pour dresser le bilan du premier "
            "trimestre 2024.",
            "2024-03-12",
        ),
        (
            "de",
            "Am 12. März hielt das Provinzparteikomitee eine Konferenz ab, um die Ergebnisse des ersten Quartals "
            "2024 zu bewerten.",
            "2024-03-12",
        ),
        # reviewing a whole year early in the next one: held the year after
        (
            "fr",
            "Le 12 janvier, le Comité provincial du Parti a tenu une conférence pour dresser le bilan de l'année 2023.",
            "2024-01-12",
        ),
    ],
)
def test_a_meeting_reviewing_part_of_a_year_is_held_that_year(lang, text, date):
    assert [m.date for m in extract(Article("t", text, lang=lang)).meetings] == [date]


@pytest.mark.parametrize(
    ("lang", "title", "level"),
    [
        ("de", "Sekretär des Parteikomitees des Stadtteils Vinh Phuc", "commune"),
        ("de", "Vorsitzender des Volkskomitees des Stadtteils", "commune"),
        ("de", "Vorsitzender des Volkskomitees des Stadtbezirks Ba Dinh", "district"),
        ("es", "secretario del Comité del Partido del barrio de Vinh Phuc", "commune"),
        ("fr", "président du Comité populaire du quartier de Vinh Phuc", "commune"),
    ],
)
def test_a_ward_is_a_commune_level_unit(lang, title, level):
    # after 2025 a ward (phường, "Stadtteil", "barrio", "quartier") ranks with a commune; its name is
    # no province even when a province had it ("Vinh Phuc")
    text = {
        "de": f"Herr {NAME}, {title}, sprach auf der Sitzung.",
        "es": f"El Sr. {NAME}, {title}, habló en la reunión.",
        "fr": f"M. {NAME}, {title}, a pris la parole.",
    }[lang]
    ((_role, _org, got, place),) = posts(text, lang)
    assert got == level
    assert place in (None, "Ba Dinh")
