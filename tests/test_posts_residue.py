"""Posts the real unlabelled texts wrote that kg left unread (helper posres, stop 23), read as pack data and
grammar in every language where the construction exists."""

import pytest

from tests.helpers import extracted, meetings_of, placed_posts, positions

# a public institution outside the code list (a centre, fund, alliance, hospital, institute): its chief's post is of
# org other (u-ar-0025: 'مدير مركز التكنولوجيا الحيوية', 'رئيس صندوق دعم التنمية التعاونية', 'نائب رئيس تحالف
# التعاونيات الفيتنامية'; gold: director, chair, vice_chair of other, as vi "Giám đốc Trung tâm")
INSTITUTIONS = [
    ("ar", "وحضر الاجتماع السيد نجوين فان ثينه، مدير مركز التكنولوجيا الحيوية.", "director"),
    ("ar", "وحضر الاجتماع السيد نجوين فان ثينه، رئيس صندوق دعم التنمية التعاونية.", "chair"),
    (
        "ar",
        "وحضر الاجتماع السيد نجوين فان ثينه - عضو لجنة الحزب، نائب رئيس تحالف التعاونيات الفيتنامية.",
        "vice_chair",
    ),
    ("ar", "وحضر الاجتماع السيد نجوين فان ثينه، مدير مستشفى المقاطعة العام.", "director"),
    ("en", "Mr Nguyen Van Thinh, director of the Biotechnology Centre, attended.", "director"),
    ("en", "Mr Nguyen Van Thinh, chairman of the Cooperative Development Support Fund, attended.", "chair"),
    ("en", "Mr Nguyen Van Thinh, vice chairman of the Vietnam Cooperative Alliance, attended.", "vice_chair"),
    ("fr", "M. Nguyen Van Thinh, directeur du Centre de biotechnologie, était présent.", "director"),
    (
        "fr",
        "M. Nguyen Van Thinh, président du Fonds de soutien au développement coopératif, était présent.",
        "chair",
    ),
    (
        "fr",
        "M. Nguyen Van Thinh, vice-président de l'Alliance coopérative du Vietnam, était présent.",
        "vice_chair",
    ),
    ("es", "El Sr. Nguyen Van Thinh, director del Centro de Biotecnología, asistió.", "director"),
    (
        "es",
        "El Sr. Nguyen Van Thinh, presidente del Fondo de Apoyo al Desarrollo Cooperativo, asistió.",
        "chair",
    ),
    ("es", "El Sr. Nguyen Van Thinh, director del Hospital General provincial, asistió.", "director"),
    ("de", "Herr Nguyen Van Thinh, Direktor des Zentrums für Biotechnologie, nahm teil.", "director"),
    (
        "de",
        "Herr Nguyen Van Thinh, Vorsitzender des Fonds zur Förderung der Genossenschaften, nahm teil.",
        "chair",
    ),
    ("pl", "Pan Nguyen Van Thinh, dyrektor Centrum Biotechnologii, wziął udział.", "director"),
    (
        "pl",
        "Pan Nguyen Van Thinh, przewodniczący Funduszu Wsparcia Rozwoju Spółdzielczości, wziął udział.",
        "chair",
    ),
    ("pl", "Pan Nguyen Van Thinh, dyrektor Szpitala Ogólnego prowincji, wziął udział.", "director"),
]


@pytest.mark.parametrize(("lang", "text", "role"), INSTITUTIONS)
def test_an_institutions_chief_holds_a_post_of_org_other(lang, text, role):
    assert role in {r for r, org, _ in positions(extracted(text, lang), "Nguyen Van Thinh") if org == "other"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ms Pham Thi Lan, Director of the Culture and Sports Centre of Van Canh district, attended."),
        ("fr", "Mme Pham Thi Lan, directrice du Centre médical du district de Van Canh, était présente."),
        (
            "es",
            "La Sra. Pham Thi Lan, directora del Centro de Cultura y Deportes del distrito de Van Canh, asistió.",
        ),
        ("pl", "Pani Pham Thi Lan, dyrektor Centrum Kultury i Sportu dystryktu Van Canh, wzięła udział."),
        ("ar", "حضرت السيدة فام ثي لان، مديرة مركز الثقافة والرياضة في منطقة فان كانه."),
    ],
)
def test_an_institution_takes_the_level_and_place_written_after_it(lang, text):
    assert placed_posts(text, lang)["Pham Thi Lan"] == {("director", "other", "district", "Van Canh")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a venue is no organiser: the congress is the party committee's, not the conference centre's
        (
            "en",
            "On the afternoon of September 25, at the Provincial Conference Center, the 16th Provincial Party "
            "Congress of Quang Ninh opened its preparatory session.",
        ),
        (
            "ar",
            "افتتحت صباح اليوم 26 يناير 2024 في مركز المؤتمرات الإقليمي الدورة العشرين لمجلس الشعب الإقليمي.",
        ),
    ],
)
def test_a_centre_is_no_meetings_organiser(lang, text):
    orgs = {m[1] for m in meetings_of(text, lang)}
    assert "other" not in orgs and "institution" not in orgs


def test_a_secretary_of_the_central_committee_is_still_no_centres():
    # 'المركزية' (central) is no 'مركز' (centre)
    x = extracted("وحضر الاجتماع السيد نجوين فان ثينه، أمين اللجنة المركزية للحزب.", "ar")
    assert positions(x, "Nguyen Van Thinh") == {("member", "secretariat", "central")}


# a plural post a title link gives after a list of names each titled after it is every listed name's (u-fr-0024:
# "Tran Thanh Man, membre du Bureau Politique, ... ; Tran Quang Phuong, membre du Comité central du Parti, ... ;
# ont été élus vice-présidents de la 15e AN": Tran Quang Phuong is a Vice Chairman of the National Assembly)
ELECTED_TOGETHER = [
    (
        "fr",
        "Nguyen Khac Dinh, membre du Comité central du Parti ; Tran Quang Phuong, membre du Comité central du Parti, "
        "vice-président du Département général de la Politique ; ont été élus vice-présidents de l'Assemblée nationale.",
    ),
    (
        "fr",
        "Nguyen Khac Dinh, membre du Comité central du Parti ; Tran Quang Phuong, membre du Comité central du Parti, "
        "ont été élus vice-présidents de l'Assemblée nationale.",
    ),
    (
        "es",
        "Nguyen Khac Dinh, miembro del Comité Central del Partido; Tran Quang Phuong, miembro del Comité Central del "
        "Partido, fueron elegidos vicepresidentes de la Asamblea Nacional.",
    ),
    (
        "en",
        "Nguyen Khac Dinh, member of the Party Central Committee; Tran Quang Phuong, member of the Party Central "
        "Committee, were elected as Vice Chairmen of the National Assembly.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ELECTED_TOGETHER)
def test_a_plural_post_after_a_titled_list_is_every_listed_names(lang, text):
    x = extracted(text, lang)
    for name in ("Nguyen Khac Dinh", "Tran Quang Phuong"):
        assert {
            ("member", "central_committee", "central"),
            ("vice_chair", "national_assembly", "central"),
        } <= (positions(x, name))


def test_the_standing_deputy_of_a_titled_list_gets_no_plain_deputys_post():
    x = extracted(
        "Tran Thanh Man, membre du Bureau politique, vice-président permanent de l'Assemblée nationale ; Nguyen Khac "
        "Dinh, membre du Comité central du Parti ; ont été élus vice-présidents de l'Assemblée nationale.",
        "fr",
    )
    assert ("vice_chair", "national_assembly", "central") not in positions(x, "Tran Thanh Man")
    assert ("vice_chair", "national_assembly", "central") in positions(x, "Nguyen Khac Dinh")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # one post for one person: a singular role after the link is the last name's only
        (
            "fr",
            "Nguyen Khac Dinh, membre du Comité central du Parti ; Nguyen Duc Hai, membre du Comité central du Parti, a "
            "été élu président de l'Assemblée nationale.",
        ),
        # a clause that is no list item before the last name
        (
            "fr",
            "Le président Nguyen Khac Dinh a reçu M. Nguyen Duc Hai, membre du Comité central du Parti, et les délégués "
            "élus vice-présidents.",
        ),
    ],
)
def test_a_post_for_one_or_for_others_is_not_the_lists(lang, text):
    assert ("vice_chair", "national_assembly", "central") not in positions(
        extracted(text, lang), "Nguyen Khac Dinh"
    )
    assert ("chair", "national_assembly", "central") not in positions(
        extracted(text, lang), "Nguyen Khac Dinh"
    )


# a body's members listed in the sentence after a members_list cue and a colon, bare names (u-es-0025: "con el Comité
# Provincial del Partido provisional compuesto por tres camaradas: Nguyen Manh Hoan, Chu Thi Kim Son y Nguyen Tan
# Phuc"; gold: member of the provincial party committee)
MEMBERS_INLINE = [
    (
        "es",
        "Aquí se estableció el Comité Provincial del Partido en la casa de Le Thi Thanh con el Comité Provincial del "
        "Partido provisional compuesto por tres camaradas: Nguyen Manh Hoan, Chu Thi Kim Son y Nguyen Tan Phuc.",
    ),
    (
        "en",
        "The provisional Provincial Party Committee was composed of three comrades: Nguyen Manh Hoan, Chu Thi Kim Son "
        "and Nguyen Tan Phuc.",
    ),
    (
        "fr",
        "Le Comité provincial du Parti provisoire était composé de trois camarades : Nguyen Manh Hoan, Chu Thi Kim Son "
        "et Nguyen Tan Phuc.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), MEMBERS_INLINE)
def test_a_bodys_members_listed_after_a_colon_in_the_sentence_are_its_members(lang, text):
    posts = placed_posts(text, lang)
    for name in ("Nguyen Manh Hoan", "Chu Thi Kim Son", "Nguyen Tan Phuc"):
        assert {(r, o, lv) for r, o, lv, _ in posts[name]} == {("member", "party_committee", "provincial")}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # the holders of a role listed: deputy secretaries, no members
        (
            "vi",
            "Ban Chấp hành đã bầu 3 Phó Bí thư Tỉnh ủy khóa mới gồm các đồng chí: Phạm Minh Tấn, Phạm Ngọc Nghị và Y "
            "Biêr Niê.",
            "Pham Minh Tan",
        ),
        # a list whose items are titled on their own: the chairman and his deputies, no members
        (
            "vi",
            "Sau khi kiện toàn nhân sự, lãnh đạo UBND tỉnh gồm: Chủ tịch Phạm Thiện Nghĩa; 3 Phó Chủ tịch là ông Trần Trí "
            "Quang, ông Huỳnh Minh Tuấn và ông Đoàn Tấn Bửu.",
            "Pham Thien Nghia",
        ),
    ],
)
def test_a_roles_holders_or_titled_items_are_no_members(lang, text, name):
    assert not {p for p in placed_posts(text, lang).get(name, set()) if p[0] == "member"}


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        # the post a verb elects or appoints a name to, after 'na' right after the name (silver/mt5 pl-02: "o
        # mianowaniu ... pana Nghiem Xuan Thanha na sekretarza Prowincjonalnego Komitetu Partii")
        (
            "Kongres wybrał pana Nghiem Xuan Thanha na sekretarza Prowincjonalnego Komitetu Partii.",
            "Nghiem Xuan Thanh",
            ("secretary", "party_committee", "provincial"),
        ),
        (
            "Rada Ludowa wybrała pana Nguyen Van Hung na przewodniczącego Prowincjonalnego Komitetu Ludowego.",
            "Nguyen Van Hung",
            ("chair", "peoples_committee", "provincial"),
        ),
    ],
)
def test_pl_na_right_after_a_name_links_the_post_it_is_elected_to(text, name, post):
    assert post in positions(extracted(text, "pl"), name)


def test_pl_na_before_another_word_links_no_title():
    text = "Towarzysz Nguyen Van Hung na spotkaniu powiedział, że przewodniczący Komitetu Ludowego przyjedzie jutro."
    assert positions(extracted(text, "pl"), "Nguyen Van Hung") == set()


def test_an_institutions_title_written_before_the_next_name_is_that_names():
    # "Title A, Title-of-an-institution B": the institution's name runs to B (u-vi-1172's list, in English)
    x = extracted(
        "Attending were Head of the Central Internal Affairs Commission Phan Dinh Trac, Director of the Ho Chi Minh "
        "National Academy of Politics Nguyen Xuan Thang, and Chairman of the Vietnam Fatherland Front Central "
        "Committee Do Van Chien.",
        "en",
    )
    assert positions(x, "Phan Dinh Trac") == {("head", "party_commission", "central")}
    assert ("director", "other") in {(r, o) for r, o, _ in positions(x, "Nguyen Xuan Thang")}
