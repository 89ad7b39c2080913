"""Vietnamese wordings found on the eighth blind silver set (silver/ set vi8, personnel news: elections,
appointments, transfers) and the unlabelled articles: the level of a bloc's party committee, the TW
abbreviation of the Central Committee."""

from tests.helpers import meetings_of, placed_posts


def _posts(text: str) -> dict[str, set[tuple[str, str, str | None, str | None]]]:
    return placed_posts(text, "vi")


def _meetings(text: str, url: str | None = None) -> list[tuple]:
    return meetings_of(text, "vi", url)


def test_a_blocs_party_committee_has_the_level_written_after_it():
    posts = _posts(
        "HĐND tỉnh Bắc Kạn miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Nguyễn Long Hải, Ủy viên dự khuyết "
        "Trung ương Đảng do đã được điều động giữ chức vụ Bí thư Đảng ủy khối Doanh nghiệp Trung ương."
    )
    assert ("secretary", "party_committee", "central", None) in posts["Nguyen Long Hai"]
    assert not any(
        p[:2] == ("secretary", "party_committee") and p[2] != "central" for p in posts["Nguyen Long Hai"]
    )
    posts = _posts("Ông Trần Văn An, Bí thư Đảng ủy Khối các cơ quan tỉnh Long An, phát biểu tại hội nghị.")
    assert {p[:3] for p in posts["Tran Van An"]} == {("secretary", "party_committee", "provincial")}


def test_tw_abbreviates_the_central_committee():
    posts = _posts(
        "UVTW Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh – Nguyễn Văn Được chủ trì hội nghị Tỉnh ủy Long An."
    )
    assert ("member", "central_committee", "central", None) in posts["Nguyen Van Duoc"]
    assert ("secretary", "party_committee", "provincial", "Long An") in posts["Nguyen Van Duoc"]
    posts = _posts("Ông Lê Văn Hai, Ủy viên BCH TW Đảng, Bí thư Tỉnh ủy Long An, phát biểu.")
    assert ("member", "central_committee", "central", None) in posts["Le Van Hai"]


def test_a_first_meeting_of_a_term_with_no_day_is_held_in_the_latest_term_its_sentence_names():
    text = (
        "Tại Hội nghị lần thứ nhất, Ban Chấp hành Đảng bộ tỉnh Quảng Ninh khóa XVI, ông Vũ Đại Thắng, Bí thư Tỉnh "
        "ủy nhiệm kỳ 2020-2025, tiếp tục được tín nhiệm bầu làm Bí thư Tỉnh ủy nhiệm kỳ 2025-2030."
    )
    assert [d for d, *_ in _meetings(text)] == ["2025"]
    # on the day an earlier sentence gave it without a year
    text = (
        "Sáng 25/6, tại kỳ họp thứ nhất, HĐND tỉnh Hà Tĩnh khóa XVIII, các đại biểu đã tiến hành bầu các chức danh "
        "chủ chốt. Kỳ họp thứ nhất, HĐND tỉnh Hà Tĩnh cũng đã bầu ông Hoàng Trung Dũng, Chủ tịch HĐND tỉnh nhiệm "
        "kỳ 2016 - 2021, tiếp tục giữ chức Chủ tịch HĐND tỉnh nhiệm kỳ 2021-2026."
    )
    assert [d for d, *_ in _meetings(text)] == ["2021-06-25"]
    # not a later meeting of the term
    text = "Tại Hội nghị lần thứ năm, Ban Chấp hành Đảng bộ tỉnh khóa XVI, nhiệm kỳ 2025-2030, đã bầu ông Vũ Đại Thắng."
    assert [d for d, *_ in _meetings(text)] != ["2025"]


def test_the_organisation_commission_holds_no_meeting():
    # "tổ chức" (to hold) inside "Ban Tổ chức" (the Organisation Commission) reports no meeting held
    text = (
        "Chiều 8-9, lãnh đạo Ban Tổ chức Tỉnh ủy Khánh Hòa cho hay ông Trần Quốc Nam - Phó Bí thư Tỉnh ủy, Chủ "
        "tịch UBND tỉnh đã có đơn xin nghỉ công tác."
    )
    assert _meetings(text) == []
    assert (
        _meetings("Ngày 8/9/2025, Ban Tổ chức Tỉnh ủy Khánh Hòa tổ chức hội nghị công bố quyết định.") != []
    )


def test_a_wording_valued_not_blocks_the_shorter_wordings_it_holds():
    from kg.lang import Lexicon

    lexicon = Lexicon({"to chuc": ("",), "ban to chuc": ("not",)})
    assert [m.group() for m, _ in lexicon.finditer("ban to chuc tinh uy to chuc hoi nghi")] == ["to chuc"]
    assert lexicon.match_at("ban to chuc", 0) is None
    assert lexicon.match_at("to chuc", 0) is not None


def test_the_issuer_of_a_decision_a_conference_announces_did_not_hold_it():
    text = (
        "Ngày 17/11/2025, Tỉnh ủy Cà Mau tổ chức Hội nghị công bố Quyết định của Ban Bí thư Trung ương Đảng về việc "
        "ông Lữ Quang Ngời thôi giữ chức Phó Bí thư Tỉnh ủy Vĩnh Long."
    )
    assert [(date, org) for date, org, _ in _meetings(text)] == [("2025-11-17", "party_committee")]
    text = (
        "Ngày 5/9/2024, tại Hà Nội, Ban Tổ chức Trung ương tổ chức Hội nghị triển khai quyết định của Bộ Chính trị "
        "về công tác cán bộ."
    )
    assert [org for _, org, _ in _meetings(text)] == ["party_commission"]
