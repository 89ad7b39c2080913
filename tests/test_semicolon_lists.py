"""A post written before a list of names joined by semicolons, each with its own title after it, is every listed
name's (silver/mt7 u-mt7pl-02: "na stanowisko członka Prowincjonalnego Komitetu Ludowego ... pana A, dyrektora
Departamentu X; pana B, dyrektora Departamentu Y; ...", 5 posts missed; only the first name had it)."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


MEMBER = ("member", "peoples_committee", "provincial")

CASES = {
    "pl": (
        "Premier zatwierdził wybór na stanowisko członka Prowincjonalnego Komitetu Ludowego "
        "na kadencję 2011–2016 pana Tran Tu Anha, dyrektora Departamentu Planowania i Inwestycji prowincji Ha Tinh; "
        "pana Nguyen Phi Quanga, dyrektora Departamentu Spraw Wewnętrznych prowincji Ha Tinh; pana Le Minh Dao, "
        "szefa Biura Komitetu Ludowego prowincji Ha Tinh."
    ),
    "en": (
        "The Prime Minister approved the election of members of the Ha Tinh Provincial People's Committee for the "
        "2011-2016 term of Mr. Tran Tu Anh, Director of the Department of Planning and Investment of Ha Tinh "
        "province; Mr. Nguyen Phi Quang, Director of the Department of Home Affairs of Ha Tinh province; Mr. Le Minh "
        "Dao, Chief of the Office of the People's Committee of Ha Tinh province."
    ),
    "fr": (
        "Le Premier ministre a approuvé l'élection au poste de membre du Comité populaire provincial de Ha Tinh pour "
        "le mandat 2011-2016 de M. Tran Tu Anh, directeur du Département du Plan et de l'Investissement de la province "
        "de Ha Tinh ; M. Nguyen Phi Quang, directeur du Département de l'Intérieur de la province de Ha Tinh ; "
        "M. Le Minh Dao, chef du Bureau du Comité populaire de la province de Ha Tinh."
    ),
    "es": (
        "El Primer Ministro aprobó la elección para el cargo de miembro del Comité Popular Provincial de Ha Tinh para "
        "el mandato 2011-2016 del señor Tran Tu Anh, director del Departamento de Planificación e Inversión de la "
        "provincia de Ha Tinh; el señor Nguyen Phi Quang, director del Departamento del Interior de la provincia de "
        "Ha Tinh; el señor Le Minh Dao, jefe de la Oficina del Comité Popular de la provincia de Ha Tinh."
    ),
    "de": (
        "Der Premierminister bestätigte die Wahl zum Mitglied des Volkskomitees der Provinz Ha Tinh für die "
        "Amtszeit 2011-2016 von Herrn Tran Tu Anh, Direktor der Abteilung für Planung und Investitionen der Provinz "
        "Ha Tinh; Herrn Nguyen Phi Quang, Direktor der Abteilung für Innere Angelegenheiten der Provinz Ha Tinh; "
        "Herrn Le Minh Dao, Leiter des Büros des Volkskomitees der Provinz Ha Tinh."
    ),
    "vi": (
        "Thủ tướng phê chuẩn kết quả bầu bổ sung chức vụ Ủy viên UBND tỉnh Hà Tĩnh nhiệm kỳ 2011-2016 đối với ông "
        "Trần Tú Anh, Giám đốc Sở Kế hoạch và Đầu tư tỉnh Hà Tĩnh; ông Nguyễn Phi Quang, Giám đốc Sở Nội vụ tỉnh Hà "
        "Tĩnh; ông Lê Minh Đạo, Chánh Văn phòng UBND tỉnh Hà Tĩnh."
    ),
    "ar": (
        "وافق رئيس الوزراء على انتخاب عضو اللجنة الشعبية لمقاطعة ها تينه للفترة 2011-2016 السيد تران تو آنه، مدير "
        "إدارة التخطيط والاستثمار في مقاطعة ها تينه؛ السيد نجوين في كوانغ، مدير إدارة الشؤون الداخلية في مقاطعة ها "
        "تينه؛ السيد لي مينه داو، رئيس مكتب اللجنة الشعبية لمقاطعة ها تينه."
    ),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_post_before_semicolon_list_is_every_name(lang):
    posts = _posts(CASES[lang], lang)
    for name in ("Tran Tu Anh", "Nguyen Phi Quang", "Le Minh Dao"):
        assert MEMBER in posts[name], (name, posts.get(name))
    # each keeps its own title
    assert ("director", "department", "provincial") in posts["Nguyen Phi Quang"]


# a post a link gives, written right against the first name, is still every name's
def test_linked_post_against_first_name():
    text = (
        "Premier zatwierdził wybór na stanowisko członka Prowincjonalnego Komitetu Ludowego pana Tran Tu Anha, "
        "dyrektora Departamentu Planowania i Inwestycji prowincji Ha Tinh; pana Nguyen Phi Quanga, dyrektora "
        "Departamentu Spraw Wewnętrznych prowincji Ha Tinh."
    )
    assert MEMBER in _posts(text, "pl")["Nguyen Phi Quang"]


# not the first name's own title written right against it, nor a header's items each titled before its name
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Secretary of the Ha Tinh Provincial Party Committee Mr. Tran Tu Anh, Chairman of the Provincial People's "
            "Council; Mr. Nguyen Phi Quang, Director of the Department of Home Affairs of Ha Tinh province attended.",
        ),
        (
            "vi",
            "Dự hội nghị có Bí thư Tỉnh ủy Trần Tú Anh, Chủ tịch HĐND tỉnh; ông Nguyễn Phi Quang, Giám đốc Sở Nội vụ.",
        ),
        (
            "vi",
            "Lãnh đạo UBND tỉnh gồm: Chủ tịch UBND tỉnh Trần Tú Anh, Bí thư Tỉnh ủy; Phó Chủ tịch UBND tỉnh Nguyễn Phi "
            "Quang, Giám đốc Sở Nội vụ.",
        ),
    ],
)
def test_own_title_not_shared(lang, text):
    posts = _posts(text, lang)["Nguyen Phi Quang"]
    assert not any(role in ("secretary", "chair") for role, _, _ in posts), posts
