"""Silver mt10 (synthetic MT of vi articles, mt10a: es, fr): the constructions kg missed."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


VICE_COUNCIL = ("vice_chair", "peoples_council", "provincial")
CHAIR_COMMITTEE = ("chair", "peoples_committee", "provincial")
MEMBER_COMMITTEE = ("member", "peoples_committee", "provincial")

# vi "bãi nhiệm chức vụ X đối với ông A, Y đối với ông B" as the machine translations write it (u-mt10es-02): the
# post before each "for Mr." is the name's after it, not the previous name's, whose text runs on into it
DISMISSED = [
    (
        "en",
        "At this meeting, the Provincial People's Council dismissed the position of Vice Chairman of the Provincial "
        "People's Council for Mr. Tran Anh Dung, Chairman of the Provincial People's Committee for Mr. Nguyen Van Duong "
        "and Vice Chairman of the Provincial People's Committee Nguyen Thanh Hung to retire.",
    ),
    (
        "es",
        "En esta sesión, el Consejo Popular Provincial destituyó del cargo de Vicepresidente del Consejo Popular "
        "Provincial al Sr. Tran Anh Dung, Presidente del Comité Popular Provincial al Sr. Nguyen Van Duong y al "
        "Vicepresidente del Comité Popular Provincial Nguyen Thanh Hung para jubilarse.",
    ),
    (
        "es",
        "En esta sesión, el Consejo Popular Provincial destituyó el cargo de Vicepresidente del Consejo Popular "
        "Provincial para el Sr. Tran Anh Dung, Presidente del Comité Popular Provincial para el Sr. Nguyen Van Duong.",
    ),
    (
        "fr",
        "Lors de cette session, le Conseil populaire provincial a révoqué le poste de vice-président du Conseil "
        "populaire provincial pour M. Tran Anh Dung, de président du Comité populaire provincial pour M. Nguyen Van "
        "Duong et de vice-président du Comité populaire provincial Nguyen Thanh Hung pour prendre sa retraite.",
    ),
    (
        "de",
        "Auf dieser Sitzung hat der Provinzvolksrat das Amt des stellvertretenden Vorsitzenden des Provinzvolksrates "
        "für Herrn Tran Anh Dung, des Vorsitzenden des Provinzvolkskomitees für Herrn Nguyen Van Duong entlassen.",
    ),
    (
        "pl",
        "Na tej sesji Prowincjonalna Rada Ludowa odwołała stanowisko wiceprzewodniczącego Prowincjonalnej Rady "
        "Ludowej w stosunku do pana Tran Anh Dunga, przewodniczącego Prowincjonalnego Komitetu Ludowego w stosunku do "
        "pana Nguyen Van Duonga.",
    ),
]


@pytest.mark.parametrize("lang, text", DISMISSED)
def test_post_for_each_name_in_turn(lang, text):
    posts = _posts(text, lang)
    assert posts["Tran Anh Dung"] == {VICE_COUNCIL}
    assert posts["Nguyen Van Duong"] == {CHAIR_COMMITTEE}


# vi "bầu bổ sung Ủy viên UBND tỉnh đối với ông A, t1 (số phiếu 55/60) và ông B, t2" (u-mt10fr-01): the post is every
# listed name's, the second item opened by a conjunction (and a preposition or an article) after a bracket
ELECTED = [
    (
        "fr",
        "Par ailleurs, les délégués ont également procédé à l'élection complémentaire des membres du Comité populaire "
        "de la province de Kien Giang pour le mandat 2016-2021, à l'égard de M. Le Viet Bac, directeur du Département "
        "des Transports de la province de Kien Giang (nombre de voix 55/60) et de M. Nguyen Hoang Thong, directeur du "
        "Département de l'Intérieur de la province de Kien Giang (nombre de voix 56/60).",
    ),
    (
        "es",
        "Además, los delegados procedieron a la elección adicional de miembros del Comité Popular de la provincia de "
        "Kien Giang para el período 2016-2021, para el Sr. Le Viet Bac, director del Departamento de Transporte de la "
        "provincia de Kien Giang (55/60 votos) y el Sr. Nguyen Hoang Thong, director del Departamento del Interior.",
    ),
    (
        "en",
        "The delegates also conducted the additional election of members of the Kien Giang Provincial People's "
        "Committee for the 2016-2021 term, for Mr. Le Viet Bac, Director of the Department of Transport (55/60 votes) "
        "and Mr. Nguyen Hoang Thong, Director of the Department of Home Affairs (56/60 votes).",
    ),
    (
        "de",
        "Der Provinzvolksrat führte die Nachwahl von Mitgliedern des Provinzvolkskomitees für die Amtszeit 2016-2021 "
        "für Herrn Le Viet Bac, Direktor der Abteilung für Verkehr (55/60 Stimmen) und Herrn Nguyen Hoang Thong, "
        "Direktor der Abteilung für Inneres (56/60 Stimmen) durch.",
    ),
    (
        "pl",
        "Delegaci przeprowadzili wybory uzupełniające członków Prowincjonalnego Komitetu Ludowego na kadencję "
        "2016-2021 dla pana Le Viet Baca, dyrektora Departamentu Transportu (55/60 głosów) i pana Nguyen Hoang Thonga, "
        "dyrektora Departamentu Spraw Wewnętrznych (56/60 głosów).",
    ),
    (
        "vi",
        "Tại kỳ họp, HĐND tỉnh đã miễn nhiệm các chức vụ Phó Chủ tịch UBND tỉnh Lạng Sơn, nhiệm kỳ 2021 - 2026 đối với "
        "ông Dương Xuân Huyên (để giới thiệu bầu Phó Chủ tịch HĐND tỉnh) và ông Lương Trọng Quỳnh (điều động làm "
        "Trưởng Ban Nội chính Tỉnh ủy).",
    ),
]


@pytest.mark.parametrize("lang, text", ELECTED)
def test_post_for_every_listed_name(lang, text):
    posts = _posts(text, lang)
    first, second = (
        ("Duong Xuan Huyen", "Luong Trong Quynh") if lang == "vi" else ("Le Viet Bac", "Nguyen Hoang Thong")
    )
    post = ("vice_chair", "peoples_committee", "provincial") if lang == "vi" else MEMBER_COMMITTEE
    assert post in posts[first]
    assert post in posts[second]


# guards: a coordinated object shares the post written after the first name (u-es-0006); "y al Sr. B" goes on
# a list (u-mt7es-02); a "for Mr." with no post before it in its clause gives none
def test_coordinated_object_keeps_the_post():
    text = (
        "Anteriormente, los delegados votaron por unanimidad destituir al Sr. Nguyen Tan Le, ex Director del "
        "Departamento de Transporte, del cargo de Miembro del Comité Popular Provincial para el período 2021-2026, con "
        "el argumento de que la autoridad competente le asignó otro trabajo, y al Sr. Phan Doan Thai, ex Director del "
        "Departamento de Educación y Capacitación, por jubilación."
    )
    posts = _posts(text, "es")
    assert MEMBER_COMMITTEE in posts["Nguyen Tan Le"]
    assert MEMBER_COMMITTEE in posts["Phan Doan Thai"]


def test_list_goes_on_after_y_al_sr():
    text = (
        "En la sesión, los delegados eligieron a la Sra. Duong Thi Ngoc Tho, miembro del Comité Permanente del Comité "
        "Provincial del Partido, y al Sr. Kien Quan, miembro del Comité Ejecutivo del Comité Provincial del Partido, "
        "para ocupar el cargo de vicepresidentes del Consejo Popular Provincial para el período 2021-2026."
    )
    posts = _posts(text, "es")
    assert VICE_COUNCIL in posts["Duong Thi Ngoc Tho"]


def test_for_mr_without_a_post_gives_none():
    posts = _posts(
        "The province held a reception for Mr. Tran Anh Dung, Chairman of the Provincial People's Committee.",
        "en",
    )
    assert posts["Tran Anh Dung"] == {CHAIR_COMMITTEE}


# "ont élu M. A et Mme B vice-présidents du Conseil populaire provincial" (silver mt3 u-mt3fr-01; the elected post of
# u-mt10fr-01 written without a link): a plural role right after names listed after a title link is every name's
ELECTED_TOGETHER = [
    (
        "fr",
        "Les délégués du Conseil populaire de la province de Binh Dinh ont également élu M. Doan Van Phi et Mme Huynh "
        "Thuy Van vice-présidents du Conseil populaire provincial pour le mandat 2021-2026.",
        VICE_COUNCIL,
    ),
    (
        "fr",
        "Les délégués ont élu M. Doan Van Phi, directeur du Département des Transports, et Mme Huynh Thuy Van, "
        "directrice du Département de l'Intérieur, membres du Comité populaire provincial.",
        MEMBER_COMMITTEE,
    ),
    (
        "en",
        "The Council elected Mr. Doan Van Phi, Secretary of the Thuong Duc commune Party Committee, and Ms. Huynh Thuy "
        "Van, Secretary of the Ky Xuan commune Party Committee, Vice Chairmen of the Provincial People's Council.",
        VICE_COUNCIL,
    ),
    (
        "en",
        "The delegates elected Mr. Doan Van Phi and Ms. Huynh Thuy Van Vice Chairmen of the Provincial People's Council.",
        VICE_COUNCIL,
    ),
]


@pytest.mark.parametrize("lang, text, post", ELECTED_TOGETHER)
def test_plural_post_after_the_elected_names(lang, text, post):
    posts = _posts(text, lang)
    assert post in posts["Doan Van Phi"]
    assert post in posts["Huynh Thuy Van"]


# guards: a plural role after names with no link before them names other people or is their apposition, unchanged
def test_plural_post_needs_the_link_before_the_names():
    text = (
        "M. Doan Van Phi, secrétaire du Comité du Parti du district, et Mme Huynh Thuy Van ont assisté. Les "
        "vice-présidents du Conseil populaire provincial ont présidé."
    )
    posts = _posts(text, "fr")
    assert VICE_COUNCIL not in posts["Doan Van Phi"]
    assert VICE_COUNCIL not in posts.get("Huynh Thuy Van", set())
