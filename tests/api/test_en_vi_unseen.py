"""English and Vietnamese wordings the gold articles lack, found by reading the unlabelled corpus:
sentences written in the style of those articles (names and places changed), each checking a rule
or a pack entry that holds for any article, not one known sentence."""

from __future__ import annotations

import pytest

import kg
from kg.model import Article


def extraction(text: str, lang: str):
    return kg.extract(Article("t", text, lang=lang))


def posts(text: str, lang: str) -> dict[str, set[tuple]]:
    return {
        o.name: {(p.role, p.body.org, p.body.level) for p in o.positions}
        for o in extraction(text, lang).officials
    }


# --- Vietnamese: text is matched without tones, so one-syllable words are ambiguous ---------------


@pytest.mark.parametrize(
    "text",
    [
        # "bổ nhiệm" (appoint) folds like "bộ" (ministry)
        "Chủ tịch UBND tỉnh Lâm Đồng ký quyết định bổ nhiệm ông Trần Văn Hòa giữ chức Giám đốc Sở Xây dựng.",
        # "công bố" (announce) and "cán bộ" (cadre) too
        "Ông Trần Văn Hòa, Giám đốc Sở Xây dựng, công bố quyết định về công tác cán bộ.",
    ],
)
def test_vi_a_ministry_is_named_with_its_own_word(text):
    found = posts(text, "vi")
    assert ("director", "department", "provincial") in found["Tran Van Hoa"]
    assert not any(org == "ministry" for _, org, _ in found["Tran Van Hoa"])


def test_vi_ministries_and_departments_abbreviated_or_in_full():
    found = posts(
        "Ông Lê Văn Tâm, Thứ trưởng Bộ Công an; bà Phạm Thị Mai, Giám đốc Sở GD-ĐT; "
        "ông Hoàng Văn Nam, Phó Giám đốc Sở Tài nguyên và Môi trường.",
        "vi",
    )
    assert found["Le Van Tam"] == {("deputy_minister", "ministry", "central")}
    assert found["Pham Thi Mai"] == {("director", "department", "provincial")}
    assert found["Hoang Van Nam"] == {("deputy_director", "department", "provincial")}


def test_vi_school_and_growth_are_no_heads():
    # "trường" (school) and "tăng trưởng" (growth) fold like "trưởng" (head)
    found = posts(
        "Ông Nguyễn Văn Bình, Phó Chủ tịch UBND tỉnh, thăm Trường Đại học Hồng Đức và nói về tăng trưởng.",
        "vi",
    )
    assert found["Nguyen Van Binh"] == {("vice_chair", "peoples_committee", "provincial")}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # the Party Personnel Committee of a People's Committee is no Party Central body
        (
            "Ông Trần Văn Hòa, Phó Bí thư Tỉnh ủy, Bí thư Ban cán sự đảng UBND tỉnh.",
            ("secretary", "other", "provincial"),
        ),
        # nor the Party Delegation of a mass organisation
        ("Ông Trần Văn Hòa, Bí thư Đảng đoàn Hội Nông dân tỉnh.", ("secretary", "other", "provincial")),
        # a town's party committee is a district's
        ("Ông Trần Văn Hòa, Bí thư Thị ủy Sầm Sơn.", ("secretary", "party_committee", "district")),
        # "TƯ Đảng" is the Central Committee
        (
            "Ông Trần Văn Hòa, Ủy viên dự khuyết Ban Chấp hành TƯ Đảng, Bí thư Tỉnh ủy.",
            ("other", "central_committee", "central"),
        ),
        # a chief inspector heads an inspectorate the codes do not name
        ("Ông Trần Văn Hòa, Chánh Thanh tra tỉnh.", ("head", "other", "provincial")),
        ("Ông Trần Văn Hòa, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.", ("head", "other", "provincial")),
    ],
)
def test_vi_party_and_state_bodies_outside_the_party(text, post):
    found = posts(text, "vi")
    assert post in found["Tran Van Hoa"], found
    assert not any(org == "communist_party" for _, org, _ in found["Tran Van Hoa"])


def test_vi_a_front_written_with_the_country_s_name_is_the_next_name_s():
    found = posts(
        "Tham dự có Chủ tịch UBND tỉnh Lê Văn Tâm, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Hoàng Văn Nam.", "vi"
    )
    assert found["Le Van Tam"] == {("chair", "peoples_committee", "provincial")}
    assert found["Hoang Van Nam"] == {("chair", "fatherland_front", "provincial")}


@pytest.mark.parametrize(
    ("text", "names", "post"),
    [
        (
            "Các Phó Chủ tịch HĐND tỉnh Trần Văn Hòa, Lê Thị Mai đồng chủ trì kỳ họp.",
            ["Tran Van Hoa", "Le Thi Mai"],
            ("vice_chair", "peoples_council", "provincial"),
        ),
        # a count word before the role and the list's own colon after the marker
        (
            "Theo đó, bà Phạm Thị Lan giữ chức Chủ tịch; ba Phó Chủ tịch UBND tỉnh gồm các ông, bà: "
            "Trần Văn Hòa, Lê Thị Mai, Hoàng Văn Nam.",
            ["Tran Van Hoa", "Le Thi Mai", "Hoang Van Nam"],
            ("vice_chair", "peoples_committee", "provincial"),
        ),
        (
            "Ủy ban Kiểm tra Tỉnh ủy có 3 Phó Chủ nhiệm gồm: ông Trần Văn Hòa, ông Lê Văn Tâm.",
            ["Tran Van Hoa", "Le Van Tam"],
            ("vice_chair", "party_commission", "provincial"),
        ),
    ],
)
def test_vi_a_plural_title_is_every_listed_name_s(text, names, post):
    found = posts(text, "vi")
    for name in names:
        assert post in found.get(name, set()), (name, found)


def test_vi_a_role_that_names_its_body_keeps_it_over_a_later_clause():
    found = posts(
        "Bầu ông Lê Văn Tâm, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, Đại biểu Quốc hội khóa XV.", "vi"
    )
    assert ("standing_member", "secretariat", "central") in found["Le Van Tam"]
    assert not any(org == "national_assembly" for _, org, _ in found["Le Van Tam"])


# --- a secretary named without a body -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "names", "post"),
    [
        (
            "In Quang Tri, Mr. Le Van Tam was re-elected. The two vice secretaries are Mr. Tran Van Hoa "
            "and Mr. Hoang Van Nam.",
            "en",
            ["Tran Van Hoa", "Hoang Van Nam"],
            ("deputy_secretary", "party_committee", "provincial"),
        ),
        (
            "Các Phó Bí thư gồm: ông Trần Văn Hòa - Chủ tịch UBND tỉnh, bà Lê Thị Mai - Chủ tịch HĐND tỉnh.",
            "vi",
            ["Tran Van Hoa", "Le Thi Mai"],
            ("deputy_secretary", "party_committee", "provincial"),
        ),
    ],
)
def test_a_secretary_without_a_body_is_of_the_party_committee(text, lang, names, post):
    found = posts(text, lang)
    for name in names:
        assert post in found.get(name, set()), (name, found)


def test_a_secretary_of_a_body_keeps_that_body():
    found = posts("Mr. Tran Van Hoa, Secretary of the Provincial Youth Union, spoke.", "en")
    assert ("secretary", "party_committee", "provincial") not in found.get("Tran Van Hoa", set())


# --- English ---------------------------------------------------------------------------------------


def test_en_a_permanent_vice_secretary_after_the_party_committee():
    found = posts(
        "Binh Duong province's Party Committee Permanent Vice-Secretary Le Van Tam had a working session.",
        "en",
    )
    assert found["Le Van Tam"] == {("standing_deputy_secretary", "party_committee", "provincial")}


# --- Vietnamese: "miễn nhiệm chức vụ X đối với ông A" ------------------------------------------------


def test_vi_the_post_named_before_doi_voi_is_the_listed_names():
    found = posts(
        "Thủ tướng phê chuẩn việc miễn nhiệm chức danh Ủy viên UBND tỉnh Hà Tĩnh nhiệm kỳ 2011 – 2016 "
        "đối với ông Trần Văn Hòa, nguyên Giám đốc Sở Nội vụ tỉnh; ông Lê Văn Tâm, nguyên Chỉ huy "
        "trưởng Bộ Chỉ huy Quân sự tỉnh để nhận nhiệm vụ mới.",
        "vi",
    )
    for name in ("Tran Van Hoa", "Le Van Tam"):
        assert ("member", "peoples_committee", "provincial") in found[name], found
    # the clause's subject's title is not theirs
    assert all(role != "prime_minister" for held in found.values() for role, _, _ in held)


def test_vi_two_posts_for_one_name_and_one_post_per_clause():
    found = posts(
        "Thủ tướng thi hành kỷ luật bằng hình thức xóa tư cách chức vụ Chủ tịch UBND tỉnh giai đoạn "
        "2014 - 2015, Phó Chủ tịch UBND tỉnh giai đoạn 2011 - 2013 đối với ông Trần Văn Hòa.",
        "vi",
    )
    assert found["Tran Van Hoa"] == {
        ("chair", "peoples_committee", "provincial"),
        ("vice_chair", "peoples_committee", "provincial"),
    }
    found = posts(
        "Kỳ họp đã miễn nhiệm chức danh Chủ tịch HĐND tỉnh đối với bà Lê Thị Mai (nghỉ hưu theo quy định) "
        "và miễn nhiệm chức danh Chủ tịch UBND tỉnh đối với ông Trần Văn Hòa.",
        "vi",
    )
    assert found["Le Thi Mai"] == {("chair", "peoples_council", "provincial")}
    assert found["Tran Van Hoa"] == {("chair", "peoples_committee", "provincial")}


def test_vi_several_posts_for_several_names_are_theirs_in_turn():
    found = posts(
        "Thủ tướng phê chuẩn kết quả bầu các chức danh Chủ tịch UBND tỉnh và các Phó Chủ tịch UBND tỉnh "
        "đối với ông Trần Văn Hòa, ông Lê Văn Tâm và ông Hoàng Văn Nam.",
        "vi",
    )
    assert found["Tran Van Hoa"] == {("chair", "peoples_committee", "provincial")}
    assert (
        found["Le Van Tam"] == found["Hoang Van Nam"] == {("vice_chair", "peoples_committee", "provincial")}
    )
