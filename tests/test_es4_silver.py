"""Spanish rules found by scoring the fourth blind silver gold (silver/ set es4) and reading the
unlabelled Spanish articles: each test fails without the rule it names."""

from __future__ import annotations

from tests.helpers import extracted


def test_a_year_after_a_target_year_is_no_event_year():
    """'los criterios para 2030 y convertirse en ... en 2035': 2035 is a further target of the same plan,
    not the year of the visit the article reports (u-es-0014 was dated 2035)."""
    text = (
        "Una delegación del Consejo Popular de la provincia china de Hubei sostuvo hoy una visita de trabajo en "
        "la provincia de Ninh Binh.\n"
        "Ninh Binh logró un crecimiento del 7,27% en 2023.\n"
        "La provincia se esfuerza por cumplir con los criterios para 2030 y convertirse en una ciudad "
        "directamente subordinada al gobierno central en 2035."
    )
    x = extracted(text, "es")
    assert x.meetings and all(m.date != "2035" for m in x.meetings)
    assert x.year != 2035


def test_a_management_board_is_a_body():
    """'Junta de Gestión' (Ban Quản lý: of projects, of a zone) is a body outside the code list, as the en pack's
    'management board': a deputy director of one holds a post (u-es-0024 lost it)."""
    from tests.helpers import positions

    text = (
        "El Sr. Dang Xuan Huan fue nombrado Director Adjunto de la Junta de Gestión de Proyectos de Construcción "
        "de Transporte de Hanoi."
    )
    assert ("deputy_director", "other", "provincial") in positions(extracted(text, "es"), "Dang Xuan Huan")


def test_the_standing_board_of_a_subcommittee_is_a_post_of_the_subcommittee():
    """'jefe del Buró Permanente del Subcomité de Propaganda de la asamblea' (u-es-0011) heads a board of the
    congress's subcommittee, not a provincial party standing committee."""
    from tests.helpers import positions

    text = (
        "La rueda de prensa fue presidida por el viceprimer ministro permanente Nguyen Hoa Binh, jefe del Buró "
        "Permanente del Subcomité de Propaganda de la asamblea."
    )
    found = positions(extracted(text, "es"), "Nguyen Hoa Binh")
    assert not any(org == "party_standing_committee" for _, org, _ in found)
    assert ("head", "other", "central") in found


def test_el_puesto_de_and_las_funciones_de_give_the_post_as_a_verbs_object():
    from tests.helpers import positions

    for text in (
        "El Sr. Nguyen Van Duc asumió el puesto de presidente del Comité Popular provincial de Nghe An.",
        "El Sr. Nguyen Van Duc asumió las funciones de presidente del Comité Popular provincial de Nghe An.",
    ):
        assert ("chair", "peoples_committee", "provincial") in positions(
            extracted(text, "es"), "Nguyen Van Duc"
        )


def test_el_cargo_de_as_a_clauses_subject_gives_no_post():
    """The post a subordinate clause speaks of (the es twin of u-fr-0023): 'que' opens the clause."""
    from tests.helpers import positions

    text = (
        "El Comité Permanente encargó al Sr. Nguyen Van Duc, vicepresidente del Comité Popular provincial de "
        "Nghe An, dirigir las actividades del Comité Popular provincial hasta que el cargo de Presidente del "
        "Comité Popular provincial de Nghe An sea ocupado."
    )
    found = positions(extracted(text, "es"), "Nguyen Van Duc")
    assert ("vice_chair", "peoples_committee", "provincial") in found
    assert ("chair", "peoples_committee", "provincial") not in found


def test_the_holder_or_head_of_the_parliament_is_its_chair():
    from tests.helpers import positions

    for text in (
        "El titular del Parlamento vietnamita, Vuong Dinh Hue, intervino en el acto.",
        "El jefe del Parlamento, Vuong Dinh Hue, intervino en el acto.",
        "El titular de la Asamblea Nacional, Vuong Dinh Hue, intervino en el acto.",
    ):
        assert positions(extracted(text, "es"), "Vuong Dinh Hue") == {
            ("chair", "national_assembly", "central")
        }


def test_a_post_given_to_somebody_else_is_not_the_subjects():
    from tests.helpers import positions

    text = (
        "El Sr. Tran Van Binh confió el cargo de presidente del Comité Popular provincial de Nghe An al Sr. "
        "Nguyen Van Duc."
    )
    assert ("chair", "peoples_committee", "provincial") not in positions(
        extracted(text, "es"), "Tran Van Binh"
    )
