"""English and Vietnamese figures found on the fourth blind silver sets (silver/ set en4, vi4) and the
unlabelled articles: what Vietnamese writes after a number to count people and things."""

import pytest

from kg.extract import extract
from kg.model import Article


def _metrics(text: str, lang: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extract(Article("case", text, lang=lang)).metrics]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Đại hội đã hiệp thương cử 129 vị tham gia Ủy ban MTTQ tỉnh khóa I.", (129.0, "persons")),
        ("Theo kết quả công bố, 15 ông, bà đã được bầu vào Ban Thường vụ.", (15.0, "persons")),
        ("Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 có 70 nhân sự.", (70.0, "persons")),
        ("Bộ Tài chính còn có 3 thứ trưởng gồm các ông A, B, C.", (3.0, "persons")),
        ("HĐND tỉnh đã bầu 30 Hội thẩm Tòa án nhân dân tỉnh.", (30.0, "persons")),
        ("Sau khi Trung ương cho 2 lãnh đạo tỉnh nghỉ hưu trước tuổi.", (2.0, "persons")),
        ("Khóa này có 3 Phó trưởng Ban mới.", (3.0, "persons")),
        ("Mặt trận đã tổ chức giám sát được 428 cuộc, với nhiều nội dung thiết thực.", (428.0, "count")),
        ("Phong trào xóa nhà tạm với số lượng 9.082 căn, trên 480 tỷ đồng.", (9082.0, "count")),
        ("Các cấp đã tiếp 1.234 lượt công dân, tiếp nhận 567 đơn thư.", (1234.0, "persons")),
        ("Tỉnh có diện tích 7.900 km2, dân số hơn 1,2 triệu dân.", (1200000.0, "persons")),
        ("Kim ngạch xuất khẩu ước đạt 2,3 tỷ đô la Mỹ.", (2300.0, "million_usd")),
        ("Dịp Tết, tỉnh đã trao 1.200 suất quà cho hộ nghèo.", (1200.0, "count")),
        ("Khách du lịch đến tỉnh đạt 3,5 triệu lượt, doanh thu đạt 5.600 tỷ đồng.", (3500000.0, "persons")),
    ],
)
def test_a_classifier_or_a_title_after_a_number_says_what_it_counts(text, figure):
    assert figure in _metrics(text, "vi")


def test_new_and_former_before_a_title_count_people_not_tons():
    # folded, 'tân' (new) is 'tấn' (tons) and 'nguyên' (former) is the name 'Nguyễn'
    found = _metrics("Đợt này tỉnh có 3 tân Phó chủ tịch và 1 tân Trưởng ban được bầu.", "vi")
    assert (3.0, "persons") in found and (1.0, "persons") in found
    assert not any(unit == "tons" for _, unit in found)
    assert (2.0, "persons") in _metrics("Thủ tướng kỷ luật 2 nguyên chủ tịch UBND tỉnh Bình Dương.", "vi")
    assert (5.0, "tons") in _metrics("Tỉnh đã hỗ trợ 5 tấn gạo cho người dân.", "vi")


def test_a_street_number_before_a_name_counts_nobody():
    assert _metrics("Đại hội diễn ra tại Trung tâm Hội nghị tỉnh (số 1 Nguyễn Tất Thành).", "vi") == []


def test_a_post_a_violation_and_an_ethnic_group_are_no_people():
    assert (54.0, "count") in _metrics("Tỉnh có 54 dân tộc anh em cùng sinh sống.", "vi")
    assert (3.0, "persons") not in _metrics("Đã phát hiện 3 vi phạm trong quản lý đất đai.", "vi")
    assert (3.0, "persons") not in _metrics("Tỉnh còn 3 vị trí lãnh đạo chưa được bố trí.", "vi")


def _documents(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(d.kind, d.number) for d in extract(Article("case", text, lang=lang)).documents]


def test_a_comma_after_a_document_number_ends_it():
    text = "Tại Quyết định số 793, Thủ tướng Chính phủ quyết định thi hành kỷ luật bằng hình thức cảnh cáo."
    assert ("decision", "793") in _documents(text, "vi")
    assert ("decision", "39") in _documents(
        "Com base na Decisão nº 39, de 30 de junho de 2025, o comitê...", "pt"
    )
    # a digit after the comma goes on with the number; a full stop after it may make it an ordinal
    assert ("plan", "1") not in _documents("Theo Kế hoạch số 1,5 của tỉnh.", "vi")
    assert ("program", "6") not in _documents("Shromáždění schválilo návrh programu 6. zasedání.", "cs")


def test_a_counted_noun_after_a_bare_number_makes_the_document_word_a_verb():
    text = "Tại kỳ họp này, HĐND tỉnh sẽ xem xét, quyết định 09 nội dung quan trọng."
    assert _documents(text, "vi") == []
    assert (9.0, "count") in _metrics(text, "vi")
    assert (15.0, "count") in _metrics("HĐND tỉnh sẽ thảo luận về 15 dự thảo Nghị quyết quan trọng.", "vi")


@pytest.mark.parametrize(
    "text",
    [
        "Sáng nay (28/9), Đảng bộ tỉnh Gia Lai đã long trọng khai mạc Đại hội.",
        "Đại hội diễn ra tại Hội trường 2/9, TP. Pleiku.",
        "Từ 1/7, ông Đặng Xuân Phong giữ chức Bí thư Tỉnh ủy Phú Thọ.",
        "Ông được bầu làm Chủ tịch UBND tỉnh hôm 17/11.",
        "T2, 12 / 2020 7:54 chiều",
    ],
)
def test_a_day_and_month_written_as_a_fraction_is_no_figure(text):
    assert _metrics(text, "vi") == []


def test_a_fraction_with_a_counted_noun_or_past_a_month_stays_a_figure():
    assert (11.0, "count") in _metrics("Ông được bầu với 11/11 phiếu tán thành.", "vi")
    assert (8.0, "count") in _metrics("Tỉnh đạt và vượt 8/15 chỉ tiêu nghị quyết đề ra.", "vi")
    assert (9.0, "count") in _metrics("Có 9/12 xã đạt chuẩn nông thôn mới.", "vi")
    assert (53.0, "persons") in _metrics("Với sự thống nhất của 53/53 người có mặt.", "vi")
    assert {(45.0, "count"), (47.0, "count")} <= set(_metrics("Ông trúng cử với 45/47 phiếu.", "vi"))
    assert (5.0, "criteria") in _metrics("حاليًا، تلبي القرية معايير 5/10.", "ar")  # criteria 5 of 10 (gold)


def test_two_equal_counts_of_one_sentence_are_two_figures_but_a_repeated_one_is_one():
    text = (
        "Trong số đó có 1 chủ tịch UBND huyện; 5 chủ tịch UBND xã, 1 Trưởng phòng Tài nguyên và Môi trường "
        "huyện bị cách chức."
    )
    assert _metrics(text, "vi").count((1.0, "persons")) == 2
    text = "2 nguyên chủ tịch tỉnh bị kỷ luật\nThủ tướng đã thi hành kỷ luật đối với 2 nguyên chủ tịch UBND tỉnh."
    assert _metrics(text, "vi").count((2.0, "persons")) == 1


def test_a_population_counts_people():
    assert (500000.0, "persons") in _metrics(
        "Tỉnh rộng 9.000 km2, dân số gần 500.000; phía bắc giáp Vân Nam.", "vi"
    )
    assert (3300000.0, "persons") in _metrics("Tỉnh mới rộng 6.263 km2, dân số hơn 3,3 triệu.", "vi")
    assert (500000.0, "persons") in _metrics("The province has a population of about 500,000.", "en")
    assert (45000.0, "persons") in _metrics("The total number of party members is 45,000.", "en")


def test_arrivals_are_visitors_counted():
    assert (120000.0, "persons") in _metrics(
        "The number of international visitors reached 120,000 arrivals.", "en"
    )
    found = extract(
        Article("case", "The province welcomed 2.5 million tourist arrivals, up 15%.", lang="en")
    ).metrics
    assert [(m.value, m.unit, m.indicator) for m in found] == [(2500000.0, "persons", "tourist_arrivals")]


def test_visitor_arrivals_are_tourist_arrivals():
    found = extract(Article("case", "Toàn tỉnh đón 2,5 triệu lượt khách, tăng 15%.", lang="vi")).metrics
    assert [(m.value, m.unit, m.indicator) for m in found] == [(2500000.0, "persons", "tourist_arrivals")]


@pytest.mark.parametrize(
    "text",
    [
        "Tại kỳ họp thứ 14 ông Nguyễn Văn An được bầu làm Chủ tịch UBND tỉnh.",
        "Bí thư Tỉnh ủy khóa 19 ông Nguyễn Văn An phát biểu khai mạc.",
        "Quận 8 cán bộ và nhân dân đã đón tiếp đoàn công tác.",
    ],
)
def test_a_number_after_an_ordinal_a_term_or_a_label_counts_nobody(text):
    assert _metrics(text, "vi") == []


def test_a_rank_after_the_ordinal_word_stays_a_rank():
    assert (5.0, "rank") in _metrics("Tỉnh đứng thứ 5 cả nước về quy mô kinh tế.", "vi")
    assert (15.0, "persons") in _metrics("Đại hội bầu 15 ông, bà vào Ban Thường vụ.", "vi")
