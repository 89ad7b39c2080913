"""Constructions kg missed in mt8b's blind set (silver/mt8 u-mt8es-*, u-mt8de-*, u-mt8fr-*; judged in
silver/mt8/corrections-mt8b.txt)."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


DEPUTY = ("deputy_secretary", "party_committee", "provincial")

# a post linked after a list whose first item is closed by a semicolon right after its titles and whose last
# item is opened by an honorific with a full stop ("Sra.", "Ms."): every listed name's (u-mt8es-01, 4 posts)
LIST_AFTER = {
    "es": (
        "El Politburó también designó a los señores Bui Van Quang, presidente del Consejo Popular Provincial; "
        "Tran Duy Dong (presidente del Comité Popular Provincial), Bui Duc Hinh (presidente del Comité del Frente "
        "de la Patria de Vietnam de la provincia) y a la Sra. Bui Thi Minh (subsecretaria del Comité Provincial del "
        "Partido), para ocupar el cargo de subsecretario del Comité Provincial del Partido de Phu Tho."
    ),
    "en": (
        "The Politburo also appointed Mr. Bui Van Quang, Chairman of the Provincial People's Council; Tran Duy "
        "Dong (Chairman of the Provincial People's Committee), Bui Duc Hinh (Chairman of the Provincial Fatherland "
        "Front Committee) and Ms. Bui Thi Minh (Deputy Secretary of the Provincial Party Committee), to hold the "
        "position of Deputy Secretary of the Phu Tho Provincial Party Committee for the new term."
    ),
    "fr": (
        "Le Bureau politique a également désigné MM. Bui Van Quang, président du Conseil populaire provincial ; "
        "Tran Duy Dong (président du Comité populaire provincial), Bui Duc Hinh (président du Comité du Front de la "
        "Patrie de la province) et Mme Bui Thi Minh (secrétaire adjointe du Comité provincial du Parti), pour "
        "occuper le poste de secrétaire adjoint du Comité provincial du Parti de Phu Tho pour le nouveau mandat."
    ),
    "de": (
        "Das Politbüro ernannte außerdem die Herren Bui Van Quang, Vorsitzender des Volksrats der Provinz; Tran Duy "
        "Dong (Vorsitzender des Volkskomitees der Provinz), Bui Duc Hinh (Vorsitzender des Komitees der "
        "Vaterländischen Front der Provinz) und Frau Bui Thi Minh (stellvertretende Sekretärin des "
        "Provinzparteikomitees) zu stellvertretenden Sekretären des Parteikomitees der Provinz Phu Tho."
    ),
    "pl": (
        "Biuro Polityczne wyznaczyło również panów Bui Van Quang, przewodniczącego Prowincjonalnej Rady Ludowej; "
        "Tran Duy Dong (przewodniczącego Prowincjonalnego Komitetu Ludowego), Bui Duc Hinh (przewodniczącego "
        "Komitetu Frontu Ojczyzny prowincji) i panią Bui Thi Minh (zastępczynię sekretarza Prowincjonalnego "
        "Komitetu Partii) na stanowisko zastępcy sekretarza Prowincjonalnego Komitetu Partii Phu Tho."
    ),
    "vi": (
        "Bộ Chính trị cũng chỉ định các ông Bùi Văn Quang, Chủ tịch HĐND tỉnh; Trần Duy Đông (Chủ tịch UBND tỉnh), "
        "Bùi Đức Hinh (Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh) và bà Bùi Thị Minh (Phó bí thư Tỉnh ủy), giữ chức "
        "Phó bí thư Tỉnh ủy Phú Thọ khóa mới."
    ),
}


@pytest.mark.parametrize("lang", sorted(LIST_AFTER))
def test_post_after_a_list_is_every_item_s(lang):
    posts = _posts("T\n\n" + LIST_AFTER[lang], lang)
    for name in ("Bui Van Quang", "Tran Duy Dong", "Bui Duc Hinh", "Bui Thi Minh"):
        assert DEPUTY in posts[name], (name, posts)
    assert ("chair", "peoples_council", "provincial") in posts["Bui Van Quang"]


def test_honorific_full_stop_joins_comma_list():
    # "Mr. A, t1, and Mr. B, t2, to hold the position of T": the first as well
    posts = _posts(
        "T\n\nThe Politburo also appointed Mr. Bui Van Quang, Chairman of the Provincial People's Council, and Mr. "
        "Tran Duy Dong, Chairman of the Provincial People's Committee, to hold the position of Deputy Secretary of "
        "the Phu Tho Provincial Party Committee.",
        "en",
    )
    assert DEPUTY in posts["Bui Van Quang"] and DEPUTY in posts["Tran Duy Dong"]


def test_semicolon_after_a_clause_still_cuts():
    # the first name's item goes on with a verb before the semicolon: another clause, not a list item
    posts = _posts(
        "T\n\nÔng Nguyễn Văn An, Bí thư Tỉnh ủy phát biểu chỉ đạo; Trần Duy Đông (Chủ tịch UBND tỉnh) và bà Bùi Thị "
        "Minh (Ủy viên Ban Thường vụ Tỉnh ủy) được bầu giữ chức Phó Bí thư Tỉnh ủy Phú Thọ.",
        "vi",
    )
    assert DEPUTY not in posts["Nguyen Van An"]
    assert DEPUTY in posts["Tran Duy Dong"]


# names joined by a conjunction, then as many posts of one body as names that nobody holds together (a role and
# its deputy's): held in turn (u-mt8de-01: "Herr A und Herr B ... die Ämter des Sekretärs und des stellvertretenden
# Sekretärs des Parteikomitees der Stadt Da Nang"; both got both)
IN_TURN = {
    "en": "Mr. Luong Nguyen Minh Triet and Mr. Pham Duc An were appointed to hold the positions of Secretary and "
    "Deputy Secretary of the Da Nang City Party Committee.",
    "vi": "Ông Lương Nguyễn Minh Triết và ông Phạm Đức Ấn được chỉ định giữ chức Bí thư và Phó Bí thư Thành ủy Đà Nẵng.",
    "de": "Herr Luong Nguyen Minh Triet und Herr Pham Duc An wurden zu Sekretär und stellvertretendem Sekretär des "
    "Parteikomitees der Stadt Da Nang ernannt.",
    "es": "El Sr. Luong Nguyen Minh Triet y el Sr. Pham Duc An fueron designados para ocupar los cargos de secretario "
    "y subsecretario del Comité del Partido de la ciudad de Da Nang.",
    "fr": "M. Luong Nguyen Minh Triet et M. Pham Duc An ont été nommés aux postes de secrétaire et de secrétaire "
    "adjoint du Comité du Parti de la ville de Da Nang.",
}


@pytest.mark.parametrize("lang", sorted(IN_TURN))
def test_two_names_two_ranks_in_turn(lang):
    x = extract(Article("t", "T\n\n" + IN_TURN[lang], lang=lang))
    posts = {
        o.name: {(p.role, p.body.org, p.body.level, p.body.place) for p in o.positions} for o in x.officials
    }
    assert posts["Luong Nguyen Minh Triet"] == {("secretary", "party_committee", "provincial", "Da Nang")}
    assert posts["Pham Duc An"] == {("deputy_secretary", "party_committee", "provincial", "Da Nang")}


def test_posts_held_together_stay_shared():
    # a deputy secretary can be a standing member too: both names hold both
    posts = _posts(
        "T\n\nÔng Nguyễn Văn An và ông Trần Văn Bình được bầu giữ chức Phó Bí thư Tỉnh ủy, Ủy viên Ban Thường vụ "
        "Tỉnh ủy Hà Nam.",
        "vi",
    )
    for name in ("Nguyen Van An", "Tran Van Binh"):
        assert posts[name] == {DEPUTY, ("standing_member", "party_committee", "provincial")}


@pytest.mark.parametrize(
    "text",
    [
        "Herr Luong Nguyen Minh Triet wurde ernannt, um das Amt des Sekretärs des Parteikomitees der Stadt Da Nang "
        "zu übernehmen.",
        "Herr Luong Nguyen Minh Triet wurde vom Politbüro versetzt und ernannt, um das Amt des Sekretärs des "
        "Parteikomitees der Stadt Da Nang zu übernehmen.",
        "Herr Luong Nguyen Minh Triet wurde mit 100 % der Stimmen gewählt, um das Amt des Sekretärs des "
        "Parteikomitees der Stadt Da Nang zu übernehmen.",
    ],
)
def test_de_passive_then_purpose_clause(text):
    # u-mt8de-01: "wurden ... versetzt und ernannt, um die Ämter des Sekretärs ... zu übernehmen" read no post
    assert _posts("T\n\n" + text, "de")["Luong Nguyen Minh Triet"] == {
        ("secretary", "party_committee", "provincial")
    }


# the National Election Council (Hội đồng Bầu cử quốc gia) is a central body outside the code list, chaired by the
# Chairman of the National Assembly (u-mt8fr-01: "président du Conseil électoral national" read no post)
ELECTION_COUNCIL = {
    "fr": "M. Vuong Dinh Hue, président du Conseil électoral national, a pris la parole.",
    "en": "Mr. Vuong Dinh Hue, Chairman of the National Election Council, spoke.",
    "es": "El Sr. Vuong Dinh Hue, presidente del Consejo Electoral Nacional, intervino.",
    "de": "Herr Vuong Dinh Hue, Vorsitzender des Nationalen Wahlrats, sprach.",
    "pl": "Pan Vuong Dinh Hue, przewodniczący Krajowej Rady Wyborczej, przemawiał.",
    "vi": "Ông Vương Đình Huệ, Chủ tịch Hội đồng Bầu cử quốc gia, phát biểu.",
}


@pytest.mark.parametrize("lang", sorted(ELECTION_COUNCIL))
def test_national_election_council(lang):
    assert _posts("T\n\n" + ELECTION_COUNCIL[lang], lang)["Vuong Dinh Hue"] == {("chair", "other", "central")}


# "On the morning of the same day, at the ... Congress, ..." after a sentence that dates a decision and reports no
# meeting: the congress is held on that day (u-mt8es-01: "En la mañana del mismo día, en el Congreso del Partido de
# la provincia de Phu Tho, ..." reported no meeting)
SAME_DAY = {
    "vi": "Bộ Chính trị ngày 30/9 quyết định điều động ông Trương Quốc Huy. Sáng cùng ngày, tại Đại hội Đảng bộ tỉnh "
    "Phú Thọ, Ban Tổ chức công bố quyết định điều động ông Trương Quốc Huy giữ chức Bí thư Tỉnh ủy Phú Thọ nhiệm kỳ "
    "2025-2030.",
    "es": "El 30 de septiembre, el Politburó decidió trasladar al Sr. Truong Quoc Huy. En la mañana del mismo día, en el "
    "Congreso del Partido de la provincia de Phu Tho, el Departamento de Organización anunció la decisión de trasladar "
    "al Sr. Truong Quoc Huy para ocupar el cargo de Secretario del Comité Provincial del Partido de Phu Tho para el "
    "período 2025-2030.",
    "en": "On September 30, the Politburo decided to transfer Mr. Truong Quoc Huy. On the morning of the same day, at "
    "the Phu Tho Provincial Party Congress, the Organization Department announced the decision to transfer Mr. Truong "
    "Quoc Huy to the position of Secretary of the Phu Tho Provincial Party Committee for the 2025-2030 term.",
    "fr": "Le 30 septembre, le Bureau politique a décidé de muter M. Truong Quoc Huy. Le matin du même jour, lors du "
    "Congrès du Parti de la province de Phu Tho, le Comité d'organisation a annoncé la décision de muter M. Truong "
    "Quoc Huy au poste de secrétaire du Comité provincial du Parti de Phu Tho pour le mandat 2025-2030.",
    "de": "Am 30. September beschloss das Politbüro, Herrn Truong Quoc Huy zu versetzen. Am Morgen desselben Tages, "
    "auf dem Parteitag der Provinz Phu Tho, gab die Organisationsabteilung den Beschluss bekannt, Herrn Truong Quoc "
    "Huy in das Amt des Sekretärs des Parteikomitees der Provinz Phu Tho für die Amtszeit 2025–2030 zu versetzen.",
    "pl": "30 września Biuro Polityczne zdecydowało o przeniesieniu pana Truong Quoc Huy. Rano tego samego dnia, na "
    "Zjeździe Partii prowincji Phu Tho, Departament Organizacyjny ogłosił decyzję o przeniesieniu pana Truong Quoc Huy "
    "na stanowisko sekretarza Prowincjonalnego Komitetu Partii Phu Tho na kadencję 2025-2030.",
}


@pytest.mark.parametrize("lang", sorted(SAME_DAY))
def test_same_day_congress_after_a_dated_decision(lang):
    x = extract(Article("t", "T\n\n" + SAME_DAY[lang], lang=lang))
    assert [m.date for m in x.meetings] == ["2025-09-30"]


def test_same_day_needs_a_day_before():
    # the sentence before writes no day: the same day is unknown, no meeting is made up from the opener
    x = extract(
        Article(
            "t",
            "T\n\nEl Politburó decidió trasladar al Sr. Truong Quoc Huy. En la mañana del mismo día, en el Congreso "
            "del Partido de la provincia de Phu Tho, el Departamento de Organización anunció la decisión.",
            lang="es",
        )
    )
    assert all(m.date != "2025-09-30" for m in x.meetings)


def test_a_semicolon_list_of_two_gives_the_singular_post_to_the_last():
    # (a semicolon closes the first item only when more names follow: "A, t1; B, t2, a été élu président")
    posts = _posts(
        "T\n\nNguyen Khac Dinh, membre du Comité central du Parti ; Nguyen Duc Hai, membre du Comité central du "
        "Parti, a été élu président de l'Assemblée nationale.",
        "fr",
    )
    assert ("chair", "national_assembly", "central") not in posts["Nguyen Khac Dinh"]


# a company's post, a state company's too, is no public office (u-mt8es-01: "director general de la Compañía de
# Cemento Vicem Hoang Mai" gave director of org other; silver u-vi-1104 and u-vi-1144 record none)
COMPANY = {
    "es": "El Sr. Truong Quoc Huy se desempeñó como director general de la Compañía de Cemento Vicem Hoang Mai (Nghe "
    "An), vicepresidente del Comité Popular de la provincia de Ha Nam y secretario del Comité del Partido del distrito "
    "de Duy Tien.",
    "vi": "Ông Trương Quốc Huy từng làm Tổng giám đốc Công ty Xi măng Vicem Hoàng Mai (Nghệ An), Phó chủ tịch UBND "
    "tỉnh Hà Nam, Bí thư Huyện ủy Duy Tiên.",
    "en": "Mr. Truong Quoc Huy used to be General Director of Vicem Hoang Mai Cement Company (Nghe An), Vice Chairman "
    "of Ha Nam Provincial People's Committee and Secretary of Duy Tien District Party Committee.",
    "fr": "M. Truong Quoc Huy a occupé les postes de directeur général de la Société de ciment Vicem Hoang Mai (Nghe "
    "An), vice-président du Comité populaire de la province de Ha Nam et secrétaire du Comité du Parti du district de "
    "Duy Tien.",
    "de": "Herr Truong Quoc Huy bekleidete die Positionen des Generaldirektors der Zementgesellschaft Vicem Hoang Mai "
    "(Nghe An), des stellvertretenden Vorsitzenden des Volkskomitees der Provinz Ha Nam und des Sekretärs des "
    "Parteikomitees des Bezirks Duy Tien.",
}


@pytest.mark.parametrize("lang", sorted(COMPANY))
def test_a_company_post_is_no_public_office(lang):
    posts = _posts("T\n\n" + COMPANY[lang], lang)["Truong Quoc Huy"]
    assert not any(org == "other" for _, org, _ in posts), posts
    assert ("vice_chair", "peoples_committee", "provincial") in posts


# "Previously, Mr. Phong had been appointed Secretary of ...": the given name of the official named before, then a
# pluperfect or perfect passive (u-mt8es-01's "Anteriormente, el Sr. Phong había sido designado Secretario ...", read
# from the sentence before there; the preterite "was appointed" / "fue designado" already linked)
PLUPERFECT = {
    "es": (
        "El Sr. Dang Xuan Phong, secretario de Phu Tho, fue trasladado. Anteriormente, el Sr. Phong había sido "
        "designado Secretario del Comité Provincial del Partido de Ninh Binh."
    ),
    "fr": (
        "M. Dang Xuan Phong, secrétaire de Phu Tho, a été muté. Auparavant, M. Phong avait été nommé secrétaire du "
        "Comité provincial du Parti de Ninh Binh."
    ),
    "en": (
        "Mr. Dang Xuan Phong, Secretary of Phu Tho, was transferred. Previously, Mr. Phong had been appointed "
        "Secretary of the Ninh Binh Provincial Party Committee."
    ),
}


@pytest.mark.parametrize("lang", sorted(PLUPERFECT))
def test_given_name_then_a_pluperfect_passive(lang):
    x = extract(Article("t", "T\n\n" + PLUPERFECT[lang], lang=lang))
    posts = {(p.role, p.body.place) for o in x.officials if o.name == "Dang Xuan Phong" for p in o.positions}
    assert ("secretary", "Ninh Binh") in posts


# three names and three ranks of one post, held in turn: the middle rank ("Standing Vice Chairman") takes the body
# written after the last rank too, and no list rule gives a name its rivals' ranks afterwards
THREE_IN_TURN = {
    "en": "Mr. Nguyen Van An, Mr. Tran Van Binh and Mr. Le Van Cuong were elected Chairman, Standing Vice Chairman and "
    "Vice Chairman of the Ha Nam Provincial People's Committee respectively.",
    "vi": "Ông Nguyễn Văn An, ông Trần Văn Bình và ông Lê Văn Cường lần lượt được bầu giữ chức Chủ tịch, Phó Chủ tịch "
    "Thường trực và Phó Chủ tịch UBND tỉnh Hà Nam.",
    "es": "Los señores Nguyen Van An, Tran Van Binh y Le Van Cuong fueron elegidos presidente, vicepresidente permanente "
    "y vicepresidente del Comité Popular de la provincia de Ha Nam, respectivamente.",
    "fr": "MM. Nguyen Van An, Tran Van Binh et Le Van Cuong ont été élus respectivement président, vice-président "
    "permanent et vice-président du Comité populaire de la province de Ha Nam.",
    "de": "Die Herren Nguyen Van An, Tran Van Binh und Le Van Cuong wurden zum Vorsitzenden, ständigen stellvertretenden "
    "Vorsitzenden und stellvertretenden Vorsitzenden des Volkskomitees der Provinz Ha Nam gewählt.",
    "pl": "Panowie Nguyen Van An, Tran Van Binh i Le Van Cuong zostali wybrani odpowiednio na przewodniczącego, stałego "
    "wiceprzewodniczącego i wiceprzewodniczącego Komitetu Ludowego prowincji Ha Nam.",
}


@pytest.mark.parametrize("lang", sorted(THREE_IN_TURN))
def test_three_names_three_ranks_in_turn(lang):
    posts = _posts("T\n\n" + THREE_IN_TURN[lang], lang)
    assert posts["Nguyen Van An"] == {("chair", "peoples_committee", "provincial")}
    assert posts["Tran Van Binh"] == {("standing_vice_chair", "peoples_committee", "provincial")}
    assert posts["Le Van Cuong"] == {("vice_chair", "peoples_committee", "provincial")}


def test_two_offices_joined_keep_their_own_bodies():
    # a chair and a party secretary are two offices, not ranks of one: the chair takes no party committee
    posts = _posts("T\n\nÔng Nguyễn Văn An, Chủ tịch và Bí thư Huyện ủy Duy Tiên, phát biểu.", "vi")
    assert ("chair", "party_committee", "district") not in posts["Nguyen Van An"]
