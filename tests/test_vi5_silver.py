"""Vietnamese titles found on the fifth blind silver set (silver/ set vi5, press dense in officials' names)
and the unlabelled articles: who a sentence gives a post to."""

from kg.extract import extract
from kg.model import Article


def _posts(text: str) -> dict[str, set[tuple[str, str]]]:
    return {
        o.name: {(p.role, p.body.org) for p in o.positions}
        for o in extract(Article("case", text, lang="vi")).officials
    }


def test_a_role_counted_in_words_is_every_listed_name_s_across_semicolons():
    posts = _posts(
        "Bốn Phó bí thư Tỉnh ủy gồm các ông: Huỳnh Quốc Việt (Phó Bí thư thường trực Tỉnh ủy, Chủ tịch Ủy ban "
        "MTTQ Việt Nam tỉnh); Phạm Văn Thiều (Chủ tịch HĐND tỉnh); Phạm Thành Ngại (Chủ tịch UBND tỉnh) và "
        "Hồ Thanh Thủy."
    )
    for name in ("Pham Van Thieu", "Pham Thanh Ngai", "Ho Thanh Thuy"):
        assert ("deputy_secretary", "party_committee") in posts[name]
    assert ("chair", "peoples_council") in posts["Pham Van Thieu"]
    # the standing deputy among them holds no second, plain deputy's post
    assert ("standing_deputy_secretary", "party_committee") in posts["Huynh Quoc Viet"]
    assert ("deputy_secretary", "party_committee") not in posts["Huynh Quoc Viet"]


def test_a_role_counted_in_words_with_commas():
    posts = _posts(
        "Ba Phó bí thư Tỉnh ủy Bắc Ninh nhiệm kỳ này gồm: bà Nguyễn Thị Hương (Phó bí thư Thường trực), "
        "ông Vương Quốc Tuấn (Chủ tịch UBND tỉnh), và ông Nguyễn Việt Oanh (Chủ tịch HĐND tỉnh)."
    )
    assert ("deputy_secretary", "party_committee") in posts["Vuong Quoc Tuan"]
    assert ("deputy_secretary", "party_committee") in posts["Nguyen Viet Oanh"]


def test_a_year_word_is_no_count_of_the_role_after_it():
    # 'năm' is five and a year: a list after a plain role keeps ending at its semicolon
    posts = _posts(
        "Dự có các đồng chí gồm: Nguyễn Văn An, Phó Chủ tịch UBND tỉnh; Trần Văn Bình, Giám đốc Sở Tài chính."
    )
    assert ("vice_chair", "peoples_committee") not in posts.get("Tran Van Binh", set())


def test_a_counted_role_joined_after_a_title_is_other_people_s():
    for text in (
        "Đại hội công bố quyết định, trong đó ông Nghiêm Xuân Thành làm Bí thư Tỉnh ủy và 4 phó bí thư Tỉnh ủy.",
        "Ông Nghiêm Xuân Thành, Bí thư Tỉnh ủy và hai phó bí thư Tỉnh ủy dự họp.",
    ):
        posts = _posts(text)["Nghiem Xuan Thanh"]
        assert ("secretary", "party_committee") in posts
        assert ("deputy_secretary", "party_committee") not in posts


def test_a_post_noun_after_the_link_that_resumes_a_dashed_apposition():
    posts = _posts(
        "Bộ Chính trị cũng chỉ định ông Nguyễn Khắc Toàn - Phó bí thư Thường trực Tỉnh ủy Khánh Hòa nhiệm kỳ "
        "2020 - 2025 - giữ chức vụ Phó bí thư Tỉnh ủy Khánh Hòa nhiệm kỳ 2025 - 2030."
    )["Nguyen Khac Toan"]
    assert {
        ("standing_deputy_secretary", "party_committee"),
        ("deputy_secretary", "party_committee"),
    } <= posts


def test_joining_the_executive_committee_links_a_name_to_the_post_it_takes():
    for text, post in (
        (
            "Bộ Chính trị chỉ định ông Trịnh Xuân Trường tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư "
            "Tỉnh ủy Thái Nguyên nhiệm kỳ 2025-2030.",
            ("secretary", "party_committee"),
        ),
        (
            "Bộ Chính trị chỉ định ông Nguyễn Văn Út tham gia Ban Chấp hành và Ban Thường vụ Tỉnh ủy Tây Ninh nhiệm "
            "kỳ 2025 - 2030, giữ chức Phó Bí thư Tỉnh ủy Tây Ninh.",
            ("deputy_secretary", "party_committee"),
        ),
    ):
        assert post in next(iter(_posts(text).values()))


def test_a_post_for_names_listed_with_a_clause_each():
    posts = _posts(
        "Thủ tướng Chính phủ phê chuẩn việc miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Tiền Giang, nhiệm kỳ "
        "2016-2021, đối với: Ông Phạm Anh Tuấn, nghỉ hưu theo quy định hiện hành và ông Lê Văn Nghĩa, nghỉ hưu "
        "trước tuổi và hưởng chế độ, chính sách theo quy định."
    )
    for name in ("Pham Anh Tuan", "Le Van Nghia"):
        assert ("vice_chair", "peoples_committee") in posts[name]


def test_a_link_after_the_last_of_names_joined_by_and_links_them_all():
    posts = _posts(
        "Ông Bùi Văn Nghiêm, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, và ông Hồ Văn Huân, Ủy viên thường vụ Tỉnh "
        "ủy, Chủ tịch UBMTTQ tỉnh làm Phó Chủ tịch Ủy ban bầu cử."
    )
    for name in ("Bui Van Nghiem", "Ho Van Huan"):
        assert ("vice_chair", "other") in posts[name]
    assert ("chair", "peoples_council") in posts["Bui Van Nghiem"]
    # each name its own link: the second post is not the first name's
    posts = _posts(
        "Theo đó, ông Kim Ngọc Thái, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh tái đắc cử Chủ tịch HĐND "
        "tỉnh nhiệm kỳ 2021-2026 và ông Lê Văn Hẳn, Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021 tái đắc cử Chủ tịch "
        "UBND tỉnh nhiệm kỳ 2021-2026."
    )
    assert ("chair", "peoples_committee") not in posts["Kim Ngoc Thai"]


def test_a_pronoun_right_before_a_title_link_is_the_last_official_s():
    posts = _posts(
        "Ông Lê Tuấn Phong được bầu làm Chủ tịch UBND tỉnh. Ngày 5/1, Ban chấp hành Đảng bộ tỉnh Bình Thuận "
        "khóa XIV đã bầu ông giữ chức vụ Phó Bí thư Tỉnh ủy, nhiệm kỳ 2020-2025."
    )
    assert ("deputy_secretary", "party_committee") in posts["Le Tuan Phong"]
    assert ("chair", "peoples_committee") in _posts(
        "Ông Nguyễn Khắc Toàn dự họp. Hiện ông Toàn giữ chức Chủ tịch UBND tỉnh Khánh Hòa."
    )["Nguyen Khac Toan"]
    # another's given name: not the last official's post
    assert not _posts("Ông Nguyễn Khắc Toàn dự họp. Hiện ông Hải giữ chức Chủ tịch UBND tỉnh Khánh Hòa.")[
        "Nguyen Khac Toan"
    ]


def test_taking_on_a_post_links_a_name_to_it():
    posts = _posts(
        "Ông Tạ Anh Tuấn, Chủ tịch UBND tỉnh Đắk Lắk, bà Huỳnh Thị Chiến Hòa và ông Đỗ Hữu Huy được chỉ định tiếp "
        "tục đảm nhiệm chức danh Phó Bí thư Tỉnh ủy nhiệm kỳ 2025-2030."
    )
    assert ("deputy_secretary", "party_committee") in posts["Do Huu Huy"]
    assert ("deputy_secretary", "party_committee") in posts["Huynh Thi Chien Hoa"]


def test_a_plural_role_s_list_runs_past_semicolons():
    posts = _posts(
        "HĐND tỉnh đã bầu các Phó Chủ tịch UBND tỉnh khóa trước, gồm các ông Ngô Gia Tự; Bạch Ngọc Chiến, Nguyễn "
        "Phùng Hoan, Trần Lê Đoài tiếp tục giữ chức."
    )
    for name in ("Ngo Gia Tu", "Bach Ngoc Chien", "Tran Le Doai"):
        assert ("vice_chair", "peoples_committee") in posts[name]
    assert ("deputy_minister", "ministry") in _posts(
        "Theo đó, ông Đỗ Thanh Bình được điều động nhận nhiệm vụ Thứ trưởng Thường trực Bộ Nội vụ."
    )["Do Thanh Binh"]


def test_a_link_after_names_listed_with_semicolons_links_them_all():
    posts = _posts(
        "Ngày 4/12, HĐND tỉnh Đồng Nai đã bầu bà Nguyễn Thị Hoàng, Giám đốc sở KH-CN; ông Võ Văn Phi, Chủ tịch Hội "
        "Nông dân tỉnh; ông Võ Tấn Đức, Chủ tịch UBND huyện Long Thành giữ chức danh Phó chủ tịch UBND tỉnh Đồng "
        "Nai nhiệm kỳ 2016-2021."
    )
    for name in ("Nguyen Thi Hoang", "Vo Van Phi", "Vo Tan Duc"):
        assert ("vice_chair", "peoples_committee") in posts[name]


def test_a_birth_or_an_age_after_a_name_opens_no_new_subject():
    posts = _posts(
        "Ông Đỗ Minh Tuấn sinh năm 1972, từng giữ chức vụ Bí thư Tỉnh đoàn Thanh Hóa, sau đó đảm nhiệm các chức vụ: "
        "Bí thư Huyện ủy Triệu Sơn, Trưởng Ban nội chính Tỉnh ủy, Phó Bí thư Tỉnh ủy khóa XIX."
    )["Do Minh Tuan"]
    assert {
        ("secretary", "party_committee"),
        ("head", "party_commission"),
        ("deputy_secretary", "party_committee"),
    } <= posts
    assert ("secretary", "party_committee") in _posts(
        "Ông Đỗ Minh Tuấn năm nay 50 tuổi, từng giữ chức vụ Bí thư Huyện ủy Triệu Sơn."
    )["Do Minh Tuan"]
    # another clause before the comma: its subject is not the name
    assert not _posts("Bà Nguyễn Thị An nhấn mạnh, người đứng đầu là Chủ tịch UBND tỉnh.").get(
        "Nguyen Thi An"
    )


def test_a_transfer_a_by_election_and_taking_on_a_post_link_a_name_to_it():
    for text, post in (
        (
            "Ông Nguyễn Văn An được điều động, phân công, chỉ định giữ chức Bí thư Tỉnh ủy Nghệ An.",
            ("secretary", "party_committee"),
        ),
        (
            "Ông Nguyễn Văn An được bầu bổ sung vào Ban Thường vụ Tỉnh ủy Nghệ An.",
            ("standing_member", "party_committee"),
        ),
        ("Ông Nguyễn Văn An đảm nhận chức Chủ tịch UBND tỉnh Nghệ An.", ("chair", "peoples_committee")),
    ):
        assert post in _posts(text)["Nguyen Van An"]


def test_the_standing_deputy_of_a_header_s_list_holds_no_plain_deputy_post():
    posts = _posts(
        "Các Phó Bí thư Tỉnh ủy Tuyên Quang gồm: Lê Thị Kim Dung, Phó Bí thư Thường trực Tỉnh ủy; Nguyễn Văn Sơn, "
        "Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh."
    )
    assert posts["Le Thi Kim Dung"] == {("standing_deputy_secretary", "party_committee")}
    assert ("deputy_secretary", "party_committee") in posts["Nguyen Van Son"]
