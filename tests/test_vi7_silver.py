"""Vietnamese wordings found on the seventh blind silver set (silver/ set vi7, personnel news: elections,
appointments, transfers) and the unlabelled articles: party committees of cities that are districts, the
Vice President of the State, a decision announced as the event, an aggregator's source line."""

from kg import gazetteer
from tests.helpers import meetings_of, placed_posts


def _posts(text: str) -> dict[str, set[tuple[str, str, str | None, str | None]]]:
    return placed_posts(text, "vi")


def _meetings(text: str, url: str | None = None) -> list[tuple]:
    return meetings_of(text, "vi", url)


def test_a_city_party_committee_of_a_name_two_district_units_share_is_a_district_one():
    # Hồng Ngự (Đồng Tháp) is a city and a district, Duyên Hải (Trà Vinh) a town and a district: both district
    assert gazetteer.is_district("Hong Ngu") and gazetteer.is_district("Duyen Hai")
    assert not gazetteer.is_district("Dong Thap")
    posts = _posts(
        "HĐND tỉnh Đồng Tháp bầu ông Huỳnh Minh Tuấn, Bí thư Thành ủy Hồng Ngự, giữ chức Phó Chủ tịch UBND tỉnh."
    )
    assert ("secretary", "party_committee", "district", "Hong Ngu") in posts["Huynh Minh Tuan"]
    assert ("vice_chair", "peoples_committee", "provincial", "Dong Thap") in posts["Huynh Minh Tuan"]


def test_the_vice_president_of_the_state_is_a_vice_chair_of_a_central_body():
    posts = _posts("Đồng chí Võ Thị Ánh Xuân, Ủy viên Trung ương Đảng, Phó Chủ tịch nước dự Đại hội.")
    assert ("vice_chair", "other", "central", None) in posts["Vo Thi Anh Xuan"]
    assert not any(role == "other" for role, *_ in posts["Vo Thi Anh Xuan"])


def test_a_decision_announced_on_a_day_is_a_meeting_held_by_the_body_of_its_hall():
    text = (
        "Tối 16/10, tại Hội trường Thành ủy Đà Nẵng, Bộ Chính trị công bố quyết định điều động ông Lê Ngọc "
        "Quang, Ủy viên Trung ương Đảng, giữ chức Bí thư Thành ủy Đà Nẵng nhiệm kỳ 2025-2030. Ngày 5/10/2025, Bộ "
        "Chính trị chỉ định ông giữ chức Bí thư Tỉnh ủy Quảng Trị."
    )
    assert _meetings(text) == [("2025-10-16", "party_committee", "Da Nang")]
    # the body the decision is "of" did not hold the conference that announced it
    text = (
        "Chiều 6/9/2025, Thành ủy Đà Nẵng tổ chức hội nghị công bố Quyết định số 2292-QĐNS/TW ngày 5/9/2025 "
        "của Bộ Chính trị chỉ định "
        "đồng chí Lương Nguyễn Minh Triết giữ chức Bí thư Thành ủy."
    )
    assert _meetings(text) == [("2025-09-06", "party_committee", "Da Nang")]


def test_a_source_line_in_the_text_dates_an_article_without_a_url():
    text = (
        "Ngày 9/11, bà Trần Tuệ Hiền được HĐND tỉnh bầu làm Chủ tịch UBND tỉnh Bình Phước (nhiệm kỳ 2016-2021). "
        "Tháng 6/2016, bà được bầu làm Chủ tịch HĐND tỉnh.\n"
        "Nguồn Gia Lai: http://baogialai.com.vn/channel/12377/201912/binh-phuoc-co-nu-chu-tich-tinh-5660807/"
    )
    assert [d for d, *_ in _meetings(text)] == ["2019-11-09"]
    # not a link in the middle of the text (another article's)
    linked = text.replace("\nNguồn Gia Lai: ", "\nXem thêm: ") + "\nBà Hiền sinh năm 1969."
    assert [d for d, *_ in _meetings(linked)] == ["2016-11-09"]
    # the article's own URL comes first
    assert [d for d, *_ in _meetings(text, url="https://example.vn/2021/05/x.html")] == ["2021-11-09"]


def test_a_congress_closing_after_some_days_of_work_dated_by_the_term_it_opens_opened_those_days_before():
    # the year only from the term the text names (no URL, no byline); "ngày làm việc với tinh thần ...": the
    # days the congress worked, no working session "with" anybody
    text = (
        "Sau gần 3 ngày làm việc với phương châm “Đoàn kết-Dân chủ-Kỷ cương-Sáng tạo,” chiều 15/10, Đại hội đại "
        "biểu Đảng bộ tỉnh Bắc Giang đã bế mạc, thành công tốt đẹp. Đồng chí Dương Văn Thái được bầu giữ chức "
        "Bí thư Tỉnh ủy Bắc Giang khóa XIX, nhiệm kỳ 2020-2025."
    )
    assert [d for d, *_ in _meetings(text)] == ["2020-10-13"]


def test_a_deputy_of_the_national_assembly_is_a_member_of_it_not_of_a_delegation():
    posts = _posts(
        "Ông Dương Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Vĩnh Phúc, đại biểu Quốc hội khóa XV làm "
        "Trưởng Đoàn đại biểu Quốc hội khóa XV tỉnh này."
    )
    assert ("member", "national_assembly", "central", None) in posts["Duong Van An"]
    posts = _posts("Đồng chí Nguyễn Hữu Đông, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh Sơn La dự hội nghị.")
    assert not any(org == "national_assembly" for _, org, *_ in posts["Nguyen Huu Dong"])


def test_posts_relieved_for_a_name_are_read_past_a_closing_and_the_related_posts():
    # "cho thôi chức vụ A, B, C và các chức vụ có liên quan ... đối với đồng chí X": the posts after the first
    # "chức vụ" are X's; the second ("the related posts") names none
    posts = _posts(
        "Ông Nguyễn Văn Phong đã thông báo quyết định của Bộ Chính trị về việc cho thôi chức vụ Bí thư Thành ủy, "
        "Ủy viên Ban Thường vụ Thành ủy, Trưởng đoàn đại biểu Quốc hội thành phố Hà Nội và các chức vụ có liên "
        "quan để nghỉ công tác và nghỉ hưu theo nguyện vọng đối với đồng chí Đinh Tiến Dũng."
    )
    roles = {(role, org) for role, org, *_ in posts["Dinh Tien Dung"]}
    assert {("secretary", "party_committee"), ("head", "national_assembly_delegation")} <= roles
    assert not posts["Nguyen Van Phong"]
