"""Helper lists22's fixes of stop 35: constructions that hand posts to listed people (closing note 19, 'Left /
noticed'), each a grammar over pack data, probed in every language vietnam.vn's machine translation writes it."""

import pytest

from tests.helpers import placed_posts


def _posts(text: str, lang: str) -> dict[str, set[tuple]]:
    """Each official's posts as (role, org, level): ``placed_posts`` without the place."""
    return {name: {post[:3] for post in posts} for name, posts in placed_posts(text, lang).items()}


_VC = ("vice_chair", "peoples_committee", "provincial")
_SM = ("standing_member", "party_committee", "provincial")
_M = ("member", "party_committee", "provincial")

# 1. A sentence opening with 'They are' + a copula (a pronoun at most before the list marker) lists the holders of the
# role the sentence before counts (u-mt27en-30, u-vi-1049: the four Vice Chairmen kept only their party posts)
_THEY_ARE = [
    (
        "en",
        "At the same time, the Prime Minister also approved the election results of four Vice Chairmen of the People's "
        "Committee of Khanh Hoa province for the 2016-2021 term.\n\nThey are Mr. Nguyen Dac Tai, member of the Standing "
        "Committee of the Provincial Party Committee; Mr. Tran Son Hai, member of the Standing Committee of the "
        "Provincial Party Committee; Mr. Dao Cong Thien, member of the Provincial Party Committee.",
    ),
    (
        "vi",
        "Đồng thời, Thủ tướng cũng phê chuẩn kết quả bầu 4 Phó Chủ tịch UBND tỉnh Khánh Hòa nhiệm kỳ 2016-2021.\n\nĐó là "
        "ông Nguyễn Đắc Tài, Ủy viên Ban Thường vụ Tỉnh ủy; ông Trần Sơn Hải, Ủy viên Ban Thường vụ Tỉnh ủy; ông Đào "
        "Công Thiên, Tỉnh ủy viên.",
    ),
    (
        "pl",
        "Jednocześnie premier zatwierdził również wyniki wyboru czterech wiceprzewodniczących Komitetu Ludowego "
        "prowincji Khanh Hoa na kadencję 2016-2021.\n\nSą to pan Nguyen Dac Tai, członek Stałego Komitetu "
        "Prowincjonalnego Komitetu Partii; pan Tran Son Hai, członek Stałego Komitetu Prowincjonalnego Komitetu Partii; "
        "pan Dao Cong Thien, członek Prowincjonalnego Komitetu Partii.",
    ),
    (
        "fr",
        "Dans le même temps, le Premier ministre a également approuvé les résultats de l'élection de quatre "
        "vice-présidents du Comité populaire de la province de Khanh Hoa pour le mandat 2016-2021.\n\nCe sont M. Nguyen "
        "Dac Tai, membre du Comité permanent du Comité provincial du Parti ; M. Tran Son Hai, membre du Comité permanent "
        "du Comité provincial du Parti ; M. Dao Cong Thien, membre du Comité provincial du Parti.",
    ),
    (
        "es",
        "Al mismo tiempo, el primer ministro también aprobó los resultados de la elección de cuatro vicepresidentes del "
        "Comité Popular de la provincia de Khanh Hoa para el mandato 2016-2021.\n\nSon el Sr. Nguyen Dac Tai, miembro "
        "del Comité Permanente del Comité Provincial del Partido; el Sr. Tran Son Hai, miembro del Comité Permanente del "
        "Comité Provincial del Partido; el Sr. Dao Cong Thien, miembro del Comité Provincial del Partido.",
    ),
    (
        "de",
        "Gleichzeitig genehmigte der Premierminister auch die Wahlergebnisse von vier stellvertretenden Vorsitzenden des "
        "Volkskomitees der Provinz Khanh Hoa für die Amtszeit 2016-2021.\n\nEs sind Herr Nguyen Dac Tai, Mitglied des "
        "Ständigen Ausschusses des Provinzparteikomitees; Herr Tran Son Hai, Mitglied des Ständigen Ausschusses des "
        "Provinzparteikomitees; Herr Dao Cong Thien, Mitglied des Provinzparteikomitees.",
    ),
    (
        "ar",
        "وفي الوقت نفسه، وافق رئيس الوزراء أيضًا على نتائج انتخاب أربعة نواب لرئيس اللجنة الشعبية لمقاطعة خانه هوا "
        "للفترة 2016-2021.\n\nوهم السيد نجوين داك تاي، عضو اللجنة الدائمة للجنة الحزب الإقليمية؛ والسيد تران سون هاي، "
        "عضو اللجنة الدائمة للجنة الحزب الإقليمية؛ والسيد داو كونغ ثين، عضو لجنة الحزب الإقليمية.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _THEY_ARE)
def test_they_are_lists_the_holders_of_the_role_counted_before(lang, text):
    posts = _posts(text, lang)
    assert posts["Nguyen Dac Tai"] == {_SM, _VC}
    assert posts["Tran Son Hai"] == {_SM, _VC}
    assert posts["Dao Cong Thien"] == {_M, _VC}


# ... not when the sentence before counts no role, nor when words other than an honorific stand before the names, nor
# when a name's own sentence says it ('Mr. A said they are')
@pytest.mark.parametrize(
    ("lang", "text", "name", "want"),
    [
        (
            "en",
            "Many delegates attended the conference. They are Mr. Nguyen Dac Tai, member of the Provincial Party "
            "Committee.",
            "Nguyen Dac Tai",
            {_M},
        ),
        (
            "en",
            "The province has four Vice Chairmen of the Provincial People's Committee. They are working with Mr. Nguyen "
            "Dac Tai, member of the Provincial Party Committee.",
            "Nguyen Dac Tai",
            {_M},
        ),
        (
            "fr",
            "La province compte quatre vice-présidents du Comité populaire provincial. M. Nguyen Dac Tai, membre du "
            "Comité provincial du Parti, dit qu'ils sont M. Tran Son Hai et d'autres.",
            "Nguyen Dac Tai",
            {_M},
        ),
    ],
)
def test_they_are_needs_a_counted_role_and_the_names_right_after(lang, text, name, want):
    assert _posts(text, lang)[name] == want


# ... names with no titles of their own too (review22 on 4b50a179: the sentence wrote no role, so no list was read)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Prime Minister approved the election results of two Vice Chairmen of the People's Committee of Nghe An "
            "province. They are Mr. Nguyen Van De and Mr. Bui Dinh Long.",
        ),
        (
            "vi",
            "Thủ tướng phê chuẩn kết quả bầu 2 Phó Chủ tịch UBND tỉnh Nghệ An. Đó là ông Nguyễn Văn Đệ và ông Bùi Đình Long.",
        ),
        (
            "fr",
            "Le Premier ministre a approuvé l'élection de deux vice-présidents du Comité populaire de la province de Nghe "
            "An. Ce sont M. Nguyen Van De et M. Bui Dinh Long.",
        ),
    ],
)
def test_they_are_lists_untitled_names_too(lang, text):
    assert _posts(text, lang) == {"Nguyen Van De": {_VC}, "Bui Dinh Long": {_VC}}


# 2. A list's header ending in a colon, then lines that open with a name (an honorific at most before it) and no
# bullet: each line's name holds the header's role, as under a dash (they kept only their own titles)
_NAME_LINES = [
    (
        "en",
        "The Prime Minister approved the election results of four Vice Chairmen of the People's Committee of Khanh Hoa "
        "province:\nMr. Nguyen Dac Tai, member of the Standing Committee of the Provincial Party Committee\nMr. Tran Son "
        "Hai, member of the Provincial Party Committee\nMr. Dao Cong Thien\n",
    ),
    (
        "vi",
        "Các Phó Chủ tịch UBND tỉnh Khánh Hòa gồm:\nÔng Nguyễn Đắc Tài, Ủy viên Ban Thường vụ Tỉnh ủy\nÔng Trần Sơn Hải, "
        "Tỉnh ủy viên\nÔng Đào Công Thiên\n",
    ),
    (
        "pl",
        "Wiceprzewodniczącymi Komitetu Ludowego prowincji Khanh Hoa są:\nPan Nguyen Dac Tai, członek Stałego Komitetu "
        "Prowincjonalnego Komitetu Partii\nPan Tran Son Hai, członek Prowincjonalnego Komitetu Partii\nPan Dao Cong "
        "Thien\n",
    ),
    (
        "fr",
        "Les vice-présidents du Comité populaire de la province de Khanh Hoa sont :\nM. Nguyen Dac Tai, membre du Comité "
        "permanent du Comité provincial du Parti\nM. Tran Son Hai, membre du Comité provincial du Parti\nM. Dao Cong "
        "Thien\n",
    ),
    (
        "es",
        "Los vicepresidentes del Comité Popular de la provincia de Khanh Hoa son:\nEl Sr. Nguyen Dac Tai, miembro del "
        "Comité Permanente del Comité Provincial del Partido\nEl Sr. Tran Son Hai, miembro del Comité Provincial del "
        "Partido\nEl Sr. Dao Cong Thien\n",
    ),
    (
        "de",
        "Die stellvertretenden Vorsitzenden des Volkskomitees der Provinz Khanh Hoa sind:\nHerr Nguyen Dac Tai, Mitglied "
        "des Ständigen Ausschusses des Provinzparteikomitees\nHerr Tran Son Hai, Mitglied des Provinzparteikomitees\n"
        "Herr Dao Cong Thien\n",
    ),
    (
        "ar",
        "نواب رئيس اللجنة الشعبية لمقاطعة خانه هوا هم:\nالسيد نجوين داك تاي، عضو اللجنة الدائمة للجنة الحزب الإقليمية\n"
        "السيد تران سون هاي، عضو لجنة الحزب الإقليمية\nالسيد داو كونغ ثين\n",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _NAME_LINES)
def test_name_lines_under_a_colon_hold_the_headers_role(lang, text):
    posts = _posts(text, lang)
    assert posts["Nguyen Dac Tai"] == {_SM, _VC}
    assert posts["Tran Son Hai"] == {_M, _VC}
    assert posts["Dao Cong Thien"] == {_VC}


# ... not under a header that lists nobody (a speaker's words after his role and a colon), nor under those attending
@pytest.mark.parametrize(
    ("lang", "text", "name", "want"),
    [
        (
            "vi",
            "Chủ tịch UBND tỉnh nhấn mạnh:\nÔng Nguyễn Đắc Tài, Tỉnh ủy viên, cho biết tỉnh sẽ làm tốt.\n",
            "Nguyen Dac Tai",
            {_M},
        ),
        (
            "en",
            "The Chairman of the Provincial People's Committee stressed:\nMr. Nguyen Dac Tai, member of the Provincial "
            "Party Committee, said the province would do well.\n",
            "Nguyen Dac Tai",
            {_M},
        ),
        (
            "en",
            "Attending the meeting were the Vice Chairmen of the Provincial People's Committee and:\nMr. Nguyen Dac Tai, "
            "member of the Provincial Party Committee\nMr. Tran Son Hai\n",
            "Nguyen Dac Tai",
            {_M},
        ),
    ],
)
def test_name_lines_need_a_header_that_lists_people(lang, text, name, want):
    assert _posts(text, lang)[name] == want


# ... and a document number a hand-wrapped text breaks after its hyphen ('21/NQ-' + 'HDND', 'QD-' + 'TTg': textwrap
# breaks there), which kg.text.unwrap joins with a space, is still one number
@pytest.mark.parametrize("width", [54, 61])
def test_a_document_number_wrapped_after_its_hyphen(tmp_path, width):
    import textwrap

    from kg.extract import extract
    from kg.reader import Skipped, read_articles

    para = (
        "The Provincial People's Council adopted Resolution No. 21/NQ-HDND on the plan for socio-economic development "
        "of the province in 2024, and Decision No. 18/2022/QD-TTg of the Prime Minister was cited in the report of the "
        "Chairman."
    )
    wrapped = textwrap.fill(para, width)
    assert "NQ-\n" in wrapped or "QD-\n" in wrapped
    (tmp_path / "a.txt").write_text(f"Title of the article\n\n{wrapped}\n\n{wrapped}\n", encoding="utf-8")
    (article,) = [a for a in read_articles([tmp_path / "a.txt"]) if not isinstance(a, Skipped)]
    assert {d.number for d in extract(article).documents} == {"21/NQ-HDND", "18/2022/QD-TTg"}


# 3. A release from a membership after a list of names (vi 'miễn nhiệm chức danh Ủy viên UBND tỉnh đối với A, B và C')
# is every listed name's: en 'from membership of' (no role word 'membership' before), fr 'de leurs fonctions de
# membres', pl 'z członkostwa w', de 'von der Mitgliedschaft im', ar 'من عضوية' with names untitled; en, de with
# each name titled 'former Director of ...' (mt26a: only the last name, or none, got it)
_PPC_MEMBER = ("member", "peoples_committee", "provincial")
_RELEASED = [
    (
        "en",
        "The session also voted to relieve Ms. Cao My Phuong, former Director of the Department of Health; Mr. Tran Van "
        "Khoanh, former Director of the Department of Information and Communications; and Mr. Nguyen Phu Phuong, former "
        "Director of the Department of Finance, from membership of the Provincial People's Committee due to retirement.",
    ),
    (
        "fr",
        "La session a également voté la révocation de Mme Cao My Phuong, ancienne directrice du Service de la Santé ; M. "
        "Tran Van Khoanh, ancien directeur du Service de l'Information et des Communications ; et M. Nguyen Phu Phuong, "
        "ancien directeur du Service des Finances, de leurs fonctions de membres du Comité populaire provincial, pour "
        "cause de retraite.",
    ),
    (
        "de",
        "Der Provinzvolksrat entband Frau Cao My Phuong, ehemalige Direktorin des Gesundheitsamtes; Herrn Tran Van "
        "Khoanh, ehemaliger Direktor des Amtes für Information und Kommunikation; und Herrn Nguyen Phu Phuong, "
        "ehemaliger Direktor des Finanzamtes, von der Mitgliedschaft im Provinzvolkskomitee.",
    ),
    (
        "en",
        "The Council relieved Ms. Cao My Phuong, Mr. Tran Van Khoanh and Mr. Nguyen Phu Phuong from membership of the "
        "Provincial People's Committee.",
    ),
    (
        "fr",
        "Le Conseil a relevé Mme Cao My Phuong, M. Tran Van Khoanh et M. Nguyen Phu Phuong de leurs fonctions de membres "
        "du Comité populaire provincial.",
    ),
    (
        "pl",
        "Rada odwołała panią Cao My Phuong, pana Tran Van Khoanha i pana Nguyen Phu Phuonga z członkostwa w "
        "Prowincjonalnym Komitecie Ludowym.",
    ),
    (
        "de",
        "Der Provinzvolksrat entband Frau Cao My Phuong, Herrn Tran Van Khoanh und Herrn Nguyen Phu Phuong von der "
        "Mitgliedschaft im Provinzvolkskomitee.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _RELEASED)
def test_a_membership_released_after_a_list_is_every_names(lang, text):
    posts = _posts(text, lang)
    assert {
        name: _PPC_MEMBER in posts[name] for name in ("Cao My Phuong", "Tran Van Khoanh", "Nguyen Phu Phuong")
    } == {
        "Cao My Phuong": True,
        "Tran Van Khoanh": True,
        "Nguyen Phu Phuong": True,
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Council relieved Mr. Tran Son Hai from membership of the Provincial People's Committee."),
        ("ar", "أعفى المجلس السيد تران سون هاي من عضوية اللجنة الشعبية الإقليمية."),
        (
            "ar",
            "صوّت المجلس على إعفاء السيد تران سون هاي والسيد داو كونغ ثين من عضوية اللجنة الشعبية الإقليمية.",
        ),
    ],
)
def test_a_membership_released_links_to_an_untitled_name(lang, text):
    assert all(posts == {_PPC_MEMBER} for posts in _posts(text, lang).values())


# ... a title before the link stays the agent's: 'the Chairman relieved Mr. A from membership' gives A no chairmanship
def test_the_releasers_title_stays_his_own():
    posts = _posts(
        "Chairman of the Provincial People's Committee Tran Son Hai relieved Mr. Dao Cong Thien from membership of the "
        "Provincial Party Committee.",
        "en",
    )
    assert posts["Tran Son Hai"] == {("chair", "peoples_committee", "provincial")}
    assert posts["Dao Cong Thien"] == {("member", "party_committee", "provincial")}


# 4. A vacant post written before a name ('Pending the filling of the post of Secretary of the Mong Cai City Party
# Committee, comrade A, Standing Deputy Secretary ...', vi u-vi-1043; silver/probes/pos21-probe.tsv): nobody's, a
# ``vacant`` cue opening its clause; its place still tells the city's level of the name's own posts
_CO = {
    ("standing_deputy_secretary", "party_committee", "district"),
    ("chair", "peoples_council", "district"),
}
_VACANT = [
    (
        "de",
        "Bis zur Besetzung des Amtes des Sekretärs des Parteikomitees der Stadt Mong Cai wurde Genosse Duong "
        "Van Co, ständiger stellvertretender Sekretär des Stadtparteikomitees und Vorsitzender des Volksrats "
        "der Stadt, vom Ständigen Ausschuss des Provinzparteikomitees mit der Leitung des Parteikomitees der "
        "Stadt beauftragt.",
    ),
    (
        "es",
        "Mientras se completa el cargo de secretario del Comité del Partido de la ciudad de Mong Cai, el "
        "camarada Duong Van Co, subsecretario permanente del Comité del Partido de la ciudad y presidente del "
        "Consejo Popular de la ciudad, fue encargado por el Comité Permanente Provincial del Partido de "
        "dirigir el Comité del Partido de la ciudad.",
    ),
    (
        "pl",
        "Do czasu obsadzenia stanowiska sekretarza Komitetu Partii Miasta Mong Cai towarzysz Duong Van Co, "
        "stały zastępca sekretarza Miejskiego Komitetu Partii i przewodniczący Rady Ludowej Miasta, został "
        "przez Stały Komitet Prowincjonalnego Komitetu Partii oddelegowany do kierowania Komitetem Partii "
        "Miasta.",
    ),
    (
        "en",
        "Pending the filling of the post of Secretary of the Mong Cai City Party Committee, comrade Duong Van Co, "
        "Standing Deputy Secretary of the City Party Committee and Chairman of the City People's Council, was assigned "
        "by the Standing Committee of the Provincial Party Committee to lead the City Party Committee.",
    ),
    (
        "vi",
        "Trong thời gian chưa kiện toàn chức danh Bí thư Thành ủy Móng Cái, đồng chí Dương Văn Cơ, Phó Bí thư Thường "
        "trực Thành ủy, Chủ tịch HĐND thành phố được Ban Thường vụ Tỉnh ủy giao điều hành Đảng bộ thành phố.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _VACANT)
def test_a_vacant_post_before_a_name_is_nobodys(lang, text):
    assert _posts(text, lang)["Duong Van Co"] == _CO


# ... a post written before a name with no such cue stays the name's
def test_a_post_before_a_name_stays_its_own():
    text = "Secretary of the Mong Cai City Party Committee, comrade Duong Van Co, chaired the meeting."
    assert _posts(text, "en")["Duong Van Co"] == {("secretary", "party_committee", "district")}


# A leader's secretary (vi 'Thư ký đồng chí B', 'Thư ký Bí thư Tỉnh ủy') is the leader's aide (an ``aide`` cue), no
# secretary of a party committee: the aide's own role word is no post; the leader's posts stay his own (pos21 probe,
# u-vi-1151: en, pl gave a party committee's secretary to one of the two)
_SECRETARY_OF = [
    (
        "de",
        "Mit der Entscheidung 1885/QD-TTg ernannte der Premierminister Herrn Do Duc Toan, Abteilungsdirektor "
        "und Sekretär von Genosse Le Minh Khai, Sekretär des Zentralkomitees der Partei und stellvertretender "
        "Premierminister, zum Assistenten von Genosse Le Minh Khai.",
    ),
    (
        "es",
        "Mediante la Decisión 1885/QD-TTg, el Primer Ministro nombró al señor Do Duc Toan, director de "
        "departamento y secretario del camarada Le Minh Khai, secretario del Comité Central del Partido y "
        "viceprimer ministro, como asistente del camarada Le Minh Khai.",
    ),
    (
        "fr",
        "Par la décision 1885/QD-TTg, le Premier ministre a nommé M. Do Duc Toan, directeur de département et "
        "secrétaire du camarade Le Minh Khai, secrétaire du Comité central du Parti et vice-Premier ministre, "
        "assistant du camarade Le Minh Khai.",
    ),
    (
        "pl",
        "Decyzją 1885/QD-TTg premier mianował pana Do Duc Toana, dyrektora departamentu i sekretarza "
        "towarzysza Le Minh Khaia, sekretarza Komitetu Centralnego Partii i wicepremiera, asystentem "
        "towarzysza Le Minh Khaia.",
    ),
    (
        "en",
        "By Decision 1885/QD-TTg, the Prime Minister appointed Mr. Do Duc Toan, Department Director and Secretary to "
        "Comrade Le Minh Khai, Secretary of the Party Central Committee and Deputy Prime Minister, as Assistant to Comrade "
        "Le Minh Khai.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _SECRETARY_OF)
def test_a_leaders_secretary_holds_no_party_secretaryship(lang, text):
    posts = _posts(text, lang)
    assert posts["Le Minh Khai"] == {
        ("deputy_prime_minister", "government", "central"),
        ("member", "secretariat", "central"),
    }
    assert not {p for p in posts.get("Do Duc Toan", set()) if p[0] == "secretary"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Mr. Dao Cong Thien, Secretary to the Secretary of the Provincial Party Committee, attended."),
        ("vi", "Ông Đào Công Thiên, Thư ký Bí thư Tỉnh ủy, dự họp."),
    ],
)
def test_a_secretary_to_a_leader_holds_a_post_of_the_leaders_body(lang, text):
    assert _posts(text, lang)["Dao Cong Thien"] == {("other", "party_committee", "provincial")}


# ... an aide's wording a body follows is the body's post: 'Secretary to the Nghe An Provincial Party Committee' (an odd
# English wording for Bí thư Tỉnh ủy; review22 on a3084e73, its patch)
def test_a_secretary_to_a_body_is_its_secretary():
    text = "Mr. Tran Son Hai, Secretary to the Nghe An Provincial Party Committee, spoke."
    assert _posts(text, "en")["Tran Son Hai"] == {("secretary", "party_committee", "provincial")}


# ... a general secretary and a party secretary stay theirs
@pytest.mark.parametrize(
    ("lang", "text", "name", "post"),
    [
        (
            "vi",
            "Tổng Thư ký Quốc hội Bùi Văn Cường phát biểu tại hội nghị.",
            "Bui Van Cuong",
            "general_secretary",
        ),
        (
            "en",
            "Mr. Tran Son Hai, Secretary of the Provincial Party Committee, spoke.",
            "Tran Son Hai",
            "secretary",
        ),
    ],
)
def test_secretaries_of_their_own_stay(lang, text, name, post):
    assert post in {p[0] for p in _posts(text, lang)[name]}


# 5. A career timeline under a biography's header: a line per post that opens with a date or a range and a colon
# ('9/2007-5/2009: Zastępca przewodniczącego ...', mt27b's u-mt27pl-20, its vi source u-vi-1048), no name in the line:
# the posts are the official's the text named last; a closed range's or an earlier line's post is a former one
_HEADERS = {
    "en": (
        "Mr. Ho Quoc Dung, 59, was Secretary of the Gia Lai Provincial Party Committee before becoming Deputy Prime "
        "Minister.\n\nHO QUOC DUNG Deputy Prime Minister\nBorn on January 21, 1964\n",
        "Vice Chairman of the Phu Cat District People's Committee, Binh Dinh province",
        "Vice Chairman of the Binh Dinh Provincial People's Committee",
        "Secretary of the Binh Dinh Provincial Party Committee",
    ),
    "vi": (
        "Ông Hồ Quốc Dũng, 59 tuổi, từng là Bí thư Tỉnh ủy Gia Lai trước khi làm Phó Thủ tướng.\n\nHỒ QUỐC DŨNG Phó Thủ "
        "tướng\nSinh ngày 21/1/1964\n",
        "Phó Chủ tịch UBND huyện Phù Cát, tỉnh Bình Định",
        "Phó Chủ tịch UBND tỉnh Bình Định",
        "Bí thư Tỉnh ủy Bình Định",
    ),
    "fr": (
        "M. Ho Quoc Dung, 59 ans, était secrétaire du Comité provincial du Parti de Gia Lai avant de devenir "
        "vice-Premier ministre.\n\nHO QUOC DUNG Vice-Premier ministre\nNé le 21 janvier 1964\n",
        "Vice-président du Comité populaire du district de Phu Cat, province de Binh Dinh",
        "Vice-président du Comité populaire provincial de Binh Dinh",
        "Secrétaire du Comité provincial du Parti de Binh Dinh",
    ),
    "es": (
        "El Sr. Ho Quoc Dung, de 59 años, fue secretario del Comité Provincial del Partido de Gia Lai antes de ser "
        "viceprimer ministro.\n\nHO QUOC DUNG Viceprimer ministro\nNacido el 21 de enero de 1964\n",
        "Vicepresidente del Comité Popular del distrito de Phu Cat, provincia de Binh Dinh",
        "Vicepresidente del Comité Popular Provincial de Binh Dinh",
        "Secretario del Comité Provincial del Partido de Binh Dinh",
    ),
    "de": (
        "Herr Ho Quoc Dung, 59, war Sekretär des Provinzparteikomitees Gia Lai, bevor er stellvertretender "
        "Premierminister wurde.\n\nHO QUOC DUNG Stellvertretender Premierminister\nGeboren am 21. Januar 1964\n",
        "Stellvertretender Vorsitzender des Volkskomitees des Bezirks Phu Cat, Provinz Binh Dinh",
        "Stellvertretender Vorsitzender des Volkskomitees der Provinz Binh Dinh",
        "Sekretär des Provinzparteikomitees Binh Dinh",
    ),
    "pl": (
        "Pan Ho Quoc Dung, lat 59, był sekretarzem Prowincjonalnego Komitetu Partii Gia Lai, zanim został "
        "wicepremierem.\n\nHO QUOC DUNG Wicepremier\nUrodzony 21 stycznia 1964 r.\n",
        "Wiceprzewodniczący Komitetu Ludowego dystryktu Phu Cat w prowincji Binh Dinh",
        "Wiceprzewodniczący Komitetu Ludowego prowincji Binh Dinh",
        "Sekretarz Prowincjonalnego Komitetu Partii Binh Dinh",
    ),
    "ar": (
        "كان السيد هو كوك دونغ، 59 عامًا، أمين لجنة الحزب لمقاطعة جيا لاي قبل أن يصبح نائبًا لرئيس الوزراء.\n\nهو كوك "
        "دونغ نائب رئيس الوزراء\nولد في 21 يناير 1964\n",
        "نائب رئيس اللجنة الشعبية لمنطقة فو كات، مقاطعة بينه دينه",
        "نائب رئيس اللجنة الشعبية لمقاطعة بينه دينه",
        "أمين لجنة الحزب لمقاطعة بينه دينه",
    ),
}


@pytest.mark.parametrize("lang", sorted(_HEADERS))
def test_a_career_timeline_gives_each_line_its_post(lang):
    from tests.helpers import extracted

    header, district, province, secretary = _HEADERS[lang]
    text = f"{header}6/2004-8/2005: {district}\n6/2009-12/2010: {province}\n10/2020: {secretary}\n"
    (official,) = [o for o in extracted(text, lang).officials if o.name == "Ho Quoc Dung"]
    posts = {(p.role, p.body.org, p.body.level, p.body.place): p.former for p in official.positions}
    assert posts[("vice_chair", "peoples_committee", "district", "Phu Cat")] is True
    assert posts[("vice_chair", "peoples_committee", "provincial", "Binh Dinh")] is True
    assert (
        posts[("secretary", "party_committee", "provincial", "Binh Dinh")] is False
    )  # (the last line, open)


# ... not a dated line alone, nor a block of events whose subject is a post, nor figures by year
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "vi",
            "Ông Trần Sơn Hải, Giám đốc Sở Tài chính, cho biết như sau.\n5/2024: Chủ tịch UBND tỉnh ký quyết định phê "
            "duyệt dự án đường ven biển.\n6/2024: Chủ tịch UBND tỉnh kiểm tra tiến độ dự án.\n",
        ),
        (
            "en",
            "Mr. Tran Son Hai, Director of the Department of Finance, gave the figures.\n2019: 5.2%\n2020: 6.1%\n",
        ),
        (
            "en",
            "Mr. Tran Son Hai, Director of the Department of Finance, spoke.\n12/2024: Chairman of the Provincial "
            "People's Committee\n",
        ),
    ],
)
def test_no_timeline_without_a_block_of_posts(lang, text):
    assert _posts(text, lang)["Tran Son Hai"] == {("director", "department", "provincial")}


# An honorific alone lists the next name after a post only after a conjunction (a short word at most between): 'After
# his election to the post of Chairman of ... Mr. A thanked Mr. B' gave B the chairmanship (review22 on 6467e07c)
def test_an_honorific_after_a_verb_lists_nobody():
    posts = _posts(
        "After his election to the post of Chairman of the Nghe An Provincial People's Committee Mr. Nguyen Van De "
        "thanked Mr. Bui Dinh Long.",
        "en",
    )
    assert posts["Nguyen Van De"] == {("chair", "peoples_committee", "provincial")}
    assert not posts.get("Bui Dinh Long")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Conseil a relevé de ses fonctions de vice-président du Comité populaire provincial M. Nguyen Van De et M. "
            "Bui Dinh Long.",
        ),
        (
            "es",
            "El Consejo destituyó del cargo de vicepresidente del Comité Popular Provincial al señor Nguyen Van De y al "
            "señor Bui Dinh Long.",
        ),
    ],
)
def test_an_honorific_after_a_conjunction_still_lists(lang, text):
    assert _posts(text, lang)["Bui Dinh Long"] == {_VC}


# The body a passive wording of heading gives its chair is the one that opens the clause, not an owner a longer phrase
# puts after it: 'The steering committee for the project of Nghe An Provincial People's Committee is headed by A'
# gave A the PPC's chairmanship (review22's Medium 6 on a096e2b8)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The steering committee for the project of Nghe An Provincial People's Committee is headed by Mr. Nguyen Van "
            "De, Vice Chairman of the Provincial People's Committee.",
        ),
        (
            "fr",
            "Le comité de pilotage du projet du Comité populaire provincial de Nghe An est présidé par M. Nguyen Van De, "
            "vice-président du Comité populaire provincial.",
        ),
    ],
)
def test_a_heading_wording_heads_the_body_opening_its_clause(lang, text):
    assert _posts(text, lang)["Nguyen Van De"] == {
        ("head", "steering_committee", "provincial"),
        ("vice_chair", "peoples_committee", "provincial"),
    }


# ... a body chained to its owner is the subject as a whole
def test_a_heading_wording_heads_a_chained_body():
    text = "The Inspection Commission of the Provincial Party Committee consists of 13 people, headed by Mr. Nguyen Van De."
    assert _posts(text, "en")["Nguyen Van De"] == {("chair", "party_commission", "provincial")}
