"""The title engine on wordings the dev articles do not show, found by reading the unlabelled
corpus: a dash that closes a title and a title link that resumes it, committees of a body.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article

NAME = "Le Van Tam"


def posts(text: str, lang: str, name: str = NAME) -> set[tuple[str, str, str | None]]:
    x = extract(Article("t", text, lang=lang))
    return {(p.role, p.body.org, p.body.level) for o in x.officials if o.name == name for p in o.positions}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            f"Das Politbüro beschloss, Herrn {NAME} – Mitglied des Zentralkomitees der Partei, Sekretär des "
            "Provinzparteikomitees – für die Amtszeit 2025-2030 in den Ausschuss zu versetzen und ihn zum "
            "Stellvertretenden Sekretär des Parteikomitees von Ho-Chi-Minh-Stadt zu ernennen.",
        ),
        (
            "en",
            f"The Politburo assigned Mr {NAME} - Member of the Party Central Committee, Secretary of the "
            "Provincial Party Committee - to hold the position of Deputy Secretary of the Hanoi Party Committee.",
        ),
        (
            "pt",
            f"O Comitê Central elegeu o Sr. {NAME} - Membro do Comitê Central do Partido, Secretário do Comitê "
            "Provincial do Partido - para integrar a comissão e ocupar o cargo de Vice-Secretário do Comitê "
            "do Partido de Hanói.",
        ),
    ],
)
def test_a_title_link_after_the_closing_dash_resumes_the_names_titles(lang, text):
    # near the dash, or after a conjunction ("und ihn zum", "e ocupar o cargo de")
    found = posts(text, lang)
    assert ("deputy_secretary", "party_committee", "provincial") in found
    assert ("member", "central_committee", "central") in found


def test_a_title_link_inside_the_clause_after_the_closing_dash_is_not_the_names():
    # "X - titles - stressed that allowing the province to elect the Provincial Party Secretary ...":
    # the secretary elected is somebody else
    text = (
        "وأكد السيد لي فان تام - نائب الأمين الدائم للجنة الحزب الإقليمية، رئيس مجلس الشعب الإقليمي - أن "
        "السماح للمقاطعة بانتخاب السكرتير الإقليمي للحزب من الكوادر المحلية هو اعتراف من اللجنة المركزية."
    )
    found = posts(text, "ar")
    assert ("standing_deputy_secretary", "party_committee", "provincial") in found
    assert not {p for p in found if p[1] in ("secretariat", "central_committee")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", f"Mr {NAME}, Chairman of the Economic Committee of the National Assembly, said."),
        ("en", f"Mr {NAME}, Chairman of the National Assembly's Social Affairs Committee, said."),
        (
            "de",
            f"Herr {NAME} – Vorsitzender des Wirtschafts- und Finanzausschusses der Nationalversammlung – sagte.",
        ),
        (
            "fr",
            f"M. {NAME}, président de la Commission des affaires sociales de l'Assemblée nationale, a dit.",
        ),
        ("es", f"El Sr. {NAME}, presidente de la Comisión de Economía de la Asamblea Nacional, dijo."),
        ("es", f"El Sr. {NAME}, presidente del Comité de Asuntos Sociales de la Asamblea Nacional, dijo."),
        (
            "pl",
            f"Pan {NAME}, przewodniczący Komitetu Kultury i Spraw Społecznych Zgromadzenia Narodowego, mówił.",
        ),
        ("ar", "قال السيد لي فان تام، رئيس لجنة العلوم والتكنولوجيا والبيئة في الجمعية الوطنية، إن"),
        ("vi", "Ông Lê Văn Tâm, Chủ nhiệm Ủy ban Kinh tế của Quốc hội, phát biểu."),
        ("vi", "Ông Lê Văn Tâm, Chủ tịch Hội đồng Dân tộc của Quốc hội, phát biểu."),
    ],
)
def test_the_chair_of_a_committee_of_the_national_assembly_is_no_chair_of_the_assembly(lang, text):
    # as the chair of a People's Council's committee (dev gold): head of the body it belongs to
    assert posts(text, lang) == {("head", "national_assembly", "central")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", f"Mr {NAME}, Vice Chairman of the Legal Committee of the Provincial People's Council, said."),
        (
            "de",
            f"Herr {NAME}, stellvertretender Vorsitzender des Rechtsausschusses des Volksrates der Provinz, sagte.",
        ),
        ("ar", "قال السيد لي فان تام، نائب رئيس اللجنة القانونية لمجلس الشعب الإقليمي، إن"),
        ("vi", "Ông Lê Văn Tâm, Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh, phát biểu."),
    ],
)
def test_a_deputy_of_a_councils_committee_is_deputy_head_of_the_council(lang, text):
    assert posts(text, lang) == {("deputy_head", "peoples_council", "provincial")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            f"Mr {NAME}, Chairman of the Committee of the Vietnam Fatherland Front of the province, said.",
        ),
        ("de", f"Herr {NAME}, Vorsitzender des Komitees der Vaterländischen Front der Provinz, sagte."),
        ("ar", "قال السيد لي فان تام، رئيس لجنة جبهة الوطن الفيتنامية في المقاطعة، إن"),
    ],
)
def test_the_committee_of_the_front_is_the_front(lang, text):
    assert posts(text, lang) == {("chair", "fatherland_front", "provincial")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", f"Mr {NAME}, Head of the Economic Commission of the Provincial Party Committee, said."),
        ("vi", "Ông Lê Văn Tâm, Trưởng Ban Kinh tế Tỉnh ủy, phát biểu."),
    ],
)
def test_the_head_of_a_board_of_a_party_committee_heads_a_party_commission(lang, text):
    assert posts(text, lang) == {("head", "party_commission", "provincial")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", f"Mr {NAME}, Chairman of the Provincial Emulation and Reward Council, said."),
        ("vi", "Ông Lê Văn Tâm, Chủ tịch Hội đồng quản trị Công ty, phát biểu."),
        ("ar", "قال السيد لي فان تام، رئيس مجلس الدفاع والأمن القومي، إن"),
    ],
)
def test_a_committee_with_no_body_it_belongs_to_makes_no_post_of_another(lang, text):
    assert not {
        p for p in posts(text, lang) if p[1] in ("national_assembly", "peoples_council", "party_commission")
    }


def test_a_compound_of_the_national_assembly_and_its_standing_committee_is_the_assemblys():
    # "the National Assembly Standing Committee" (whole before part) as "the Standing Committee of
    # the National Assembly"; "the National Assembly Party Committee" is of the Assembly's level
    text = (
        f"Mr {NAME}, Member of the National Assembly Standing Committee, Standing Deputy Secretary of the "
        "National Assembly Party Committee, said."
    )
    assert posts(text, "en") == {
        ("standing_member", "national_assembly", "central"),
        ("standing_deputy_secretary", "party_committee", "central"),
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", f"Pani {NAME}, szefowa delegacji prowincji Tuyen Quang do Zgromadzenia Narodowego, mówiła."),
        ("en", f"Mr {NAME}, Head of the Tuyen Quang provincial delegation to the National Assembly, said."),
        (
            "de",
            f"Herr {NAME}, Leiter der Delegation der Provinz Tuyen Quang in der Nationalversammlung, sagte.",
        ),
        (
            "fr",
            f"M. {NAME}, chef de la délégation de la province de Tuyen Quang à l'Assemblée nationale, a dit.",
        ),
        (
            "es",
            f"El Sr. {NAME}, jefe de la delegación de la provincia de Tuyen Quang en la Asamblea Nacional, dijo.",
        ),
        ("ar", "قال السيد لي فان تام، رئيس وفد مقاطعة توين كوانغ في الجمعية الوطنية، إن"),
    ],
)
def test_the_delegation_of_a_province_to_the_national_assembly_is_its_delegation(lang, text):
    assert posts(text, lang) == {("head", "national_assembly_delegation", "provincial")}


def test_a_working_delegation_of_a_body_is_no_post_of_the_body():
    text = f"Mr {NAME}, Head of the working delegation of the Provincial People's Committee, said."
    assert ("head", "peoples_committee", "provincial") not in posts(text, "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", f"Mr {NAME}, Head of the Legal Department of the Provincial People's Council, said."),
        ("de", f"Herr {NAME}, Leiter der Rechtsabteilung des Provinzvolksrats, sagte."),
        ("fr", f"M. {NAME}, chef du Département juridique du Conseil populaire provincial, a dit."),
        ("pl", f"Pan {NAME}, szef Wydziału Prawnego Prowincjonalnej Rady Ludowej, mówił."),
        ("ar", "قال السيد لي فان تام، رئيس الإدارة القانونية لمجلس الشعب الإقليمي، إن"),
        (
            "es",
            f"El Sr. {NAME}, jefe de la Comisión de Economía y Presupuesto del Consejo Popular de la provincia, dijo.",
        ),
    ],
)
def test_a_department_or_commission_of_a_peoples_council_is_a_post_of_the_council(lang, text):
    # (Ban Pháp chế, Ban Kinh tế - Ngân sách: translated as departments or commissions)
    assert posts(text, lang) == {("head", "peoples_council", "provincial")}


def test_a_department_of_a_peoples_committee_stays_a_department():
    text = f"Mr {NAME}, Director of the Department of Finance of the Provincial People's Committee, said."
    assert posts(text, "en") == {("director", "department", "provincial")}
