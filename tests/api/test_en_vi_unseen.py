"""English and Vietnamese wordings the gold articles lack, found by reading the unlabelled corpus:
sentences written in the style of those articles (names and places changed), each checking a rule
or a pack entry that holds for any article, not one known sentence. Its title cases are
rows of tests/data/cases/posts.tsv (after the line naming this file), read by
tests/api/test_extract.py."""

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


# --- a secretary named without a body -------------------------------------------------------------


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


def test_vi_the_agent_of_an_appointment_is_not_the_appointee_s_title():
    found = posts(
        "Khi hai tỉnh hợp nhất, ông Trần Văn Hòa được Thủ tướng chỉ định giữ chức Chủ tịch UBND tỉnh.", "vi"
    )
    assert found["Tran Van Hoa"] == {("chair", "peoples_committee", "provincial")}


def test_vi_a_full_stop_inside_a_word_ends_no_title():
    found = posts(
        "Dự có Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Trần Văn Hòa; Ủy viên Bộ Chính trị, Bí thư T.Ư "
        "Đảng, Trưởng ban Tổ chức T.Ư Lê Văn Tâm.",
        "vi",
    )
    assert found["Le Van Tam"] == {
        ("member", "politburo", "central"),
        ("member", "secretariat", "central"),
        ("head", "party_commission", "central"),
    }
    assert ("chair", "national_assembly", "central") in found["Tran Van Hoa"]
    assert not any(role == "secretary" for role, _, _ in found["Tran Van Hoa"])


def test_en_vice_party_secretary():
    x = extraction(
        "Mr. Tran Van Hoa was re-elected as Party Secretary of Quang Ninh Province. He used to hold various "
        "positions before being elected Vice Party Secretary and Party Secretary in 2019.",
        "en",
    )
    held = {(p.role, p.body.org) for o in x.officials for p in o.positions}
    assert ("deputy_secretary", "party_committee") in held
    assert ("secretary", "party_committee") in held


def test_a_title_that_writes_its_province_is_not_made_central():
    found = posts(
        "Tran Van Hoa has held the positions of Commander of the Gia Lai Military Headquarters and PCC member.",
        "en",
    )
    assert ("other", "other", "provincial") in found["Tran Van Hoa"]
    assert ("member", "central_committee", "central") in found["Tran Van Hoa"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "HĐND tỉnh Đồng Nai hôm nay (19/8) tổ chức kỳ họp chuyên đề xem xét công tác nhân sự.",
            "2024-08-19",
        ),
        (
            "Trong 02 ngày (22 và 23/8), Ủy ban MTTQ Việt Nam tỉnh tổ chức Đại hội đại biểu lần thứ XI.",
            "2024-08-22",
        ),
    ],
)
def test_vi_a_day_in_brackets_after_a_day_word_dates_the_meeting(text, date):
    x = kg.extract(Article("t", text, lang="vi", published="2024-08-23"))
    assert [m.date for m in x.meetings] == [date]
    assert not any(m.unit == "count" for m in x.metrics)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ông Trần Văn Hòa được bầu giữ chức Bí thư Tỉnh ủy thay bà Lê Thị Mai.", "vi"),
        (
            "Mr. Tran Van Hoa was elected as Secretary of the Provincial Party Committee to replace Ms. Le Thi "
            "Mai, who retired.",
            "en",
        ),
    ],
)
def test_the_replaced_official_held_the_post_before(text, lang):
    x = extraction(text, lang)
    held = {o.name: {(p.role, p.body.org, p.former) for p in o.positions} for o in x.officials}
    assert ("secretary", "party_committee", False) in held["Tran Van Hoa"]
    assert ("secretary", "party_committee", True) in held["Le Thi Mai"]


def test_on_behalf_of_replaces_nobody():
    found = posts("Thay mặt Ban Thường vụ Tỉnh ủy, ông Trần Văn Hòa phát biểu.", "vi")
    assert found.get("Tran Van Hoa", set()) == set()


def test_vi_the_presidium_of_a_session_chairs_it():
    x = extraction(
        "Sáng 5/12/2023, HĐND tỉnh khai mạc kỳ họp thứ 9. Chủ tọa kỳ họp gồm các đồng chí Lê Văn Tâm, Chủ "
        "tịch HĐND tỉnh; Trần Văn Hòa, Phó Chủ tịch HĐND tỉnh.",
        "vi",
    )
    assert [(m.date, m.chairs) for m in x.meetings] == [("2023-12-05", ["Le Van Tam", "Tran Van Hoa"])]


def test_vi_a_role_elected_to_is_every_listed_name_s_besides_their_own_posts():
    found = posts(
        "Các đồng chí được bầu giữ chức Phó Bí thư Tỉnh ủy khóa 19 gồm: Lê Thị Mai, Phó Bí thư Thường trực "
        "Tỉnh ủy khóa 18; Trần Văn Hòa, Phó Chủ tịch Thường trực UBND tỉnh.",
        "vi",
    )
    assert found["Le Thi Mai"] >= {
        ("deputy_secretary", "party_committee", "provincial"),
        ("standing_deputy_secretary", "party_committee", "provincial"),
    }
    assert found["Tran Van Hoa"] == {
        ("deputy_secretary", "party_committee", "provincial"),
        ("standing_vice_chair", "peoples_committee", "provincial"),
    }


def test_vi_a_quotation_after_a_name_s_titles_is_no_title():
    found = posts(
        "Bà Lê Thị Mai, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh cho biết: Các vị trí được bầu "
        "Chủ tịch UBND, Phó Chủ tịch HĐND, Phó Chủ tịch UBND tỉnh là những vị trí then chốt.",
        "vi",
    )
    assert found["Le Thi Mai"] == {
        ("standing_deputy_secretary", "party_committee", "provincial"),
        ("chair", "peoples_council", "provincial"),
    }


def test_vi_a_conjunction_before_a_role_opens_the_next_name_s_title():
    found = posts(
        "Bí thư Tỉnh ủy Lê Văn Tâm (đứng) và Chủ tịch UBND tỉnh Trần Văn Hòa tại hội nghị trực tuyến.", "vi"
    )
    assert found["Le Van Tam"] == {("secretary", "party_committee", "provincial")}
    assert found["Tran Van Hoa"] == {("chair", "peoples_committee", "provincial")}


def test_vi_the_presidium_of_a_congress_chairs_it():
    x = extraction(
        "Sáng 15/10/2020, Đại hội đại biểu Đảng bộ tỉnh lần thứ XX khai mạc. Đoàn Chủ tịch Đại hội gồm các "
        "đồng chí: Lê Văn Tâm, Bí thư Tỉnh ủy; Trần Văn Hòa, Phó Bí thư Thường trực Tỉnh ủy. Thay mặt Đoàn "
        "Chủ tịch, ông Hoàng Văn Nam, Trưởng Ban Tổ chức Tỉnh ủy, trình bày chương trình Đại hội. Đại hội "
        "đã bầu Đoàn Thư ký gồm 3 đồng chí.",
        "vi",
    )
    assert [(m.date, m.chairs) for m in x.meetings] == [("2020-10-15", ["Le Van Tam", "Tran Van Hoa"])]
    assert not any(o.name.startswith("Doan Thu") for o in x.officials)


def test_en_a_career_after_used_to_be_is_the_last_official_s():
    x = extraction(
        "Mr. Tran Van Hoa was re-elected the Party Secretary. He used to be Deputy Chief Inspector of Quang "
        "Nam Province, Deputy Secretary of Tay Giang District Party Committee, Head of the Internal Affairs "
        "Division of the Provincial Party Committee.",
        "en",
    )
    held = {(p.role, p.body.org, p.body.level) for o in x.officials for p in o.positions}
    assert {
        ("deputy_head", "other", "provincial"),
        ("deputy_secretary", "party_committee", "district"),
        ("head", "party_commission", "provincial"),
    } <= held
    found = posts("Tran Van Hoa, Chief of the Office of the Provincial Party Committee, attended.", "en")
    assert found["Tran Van Hoa"] == {("head", "party_office", "provincial")}


def test_vi_titles_of_the_people_a_name_congratulates_are_not_his():
    found = posts(
        "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Trần Văn Hòa chúc mừng các vị được bầu giữ chức danh Phó Chủ "
        "tịch UBND tỉnh, Ủy viên UBND tỉnh.",
        "vi",
    )
    assert found["Tran Van Hoa"] == {
        ("secretary", "party_committee", "provincial"),
        ("chair", "peoples_council", "provincial"),
    }


def test_vi_a_local_post_of_unwritten_level_takes_the_chain_s_commune():
    found = posts("Ông Trần Văn Hòa (Tỉnh ủy viên, Bí thư Đảng ủy, Chủ tịch HĐND xã Ba Gia) được bầu.", "vi")
    assert found["Tran Van Hoa"] == {
        ("member", "party_committee", "provincial"),
        ("secretary", "party_committee", "commune"),
        ("chair", "peoples_council", "commune"),
    }
