"""English and Vietnamese cases found on the third blind silver sets (silver/ set en3, vi3) and the
unlabelled articles: what the tables (``tests/data/cases/posts.tsv``, ``dates.tsv``) cannot say."""

from kg.extract import extract
from kg.model import Article


def _metrics(text: str, lang: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extract(Article("case", text, lang=lang)).metrics]


def test_a_number_before_a_title_counts_the_people_holding_it():
    text = "Trong số đảng viên bị kỷ luật có 3 chủ tịch UBND xã và 2 phó giám đốc sở bị cách chức."
    found = _metrics(text, "vi")
    assert (3.0, "persons") in found
    assert (2.0, "persons") in found


def test_a_year_before_a_title_counts_nobody():
    assert _metrics("Trong năm 2018 Chủ tịch UBND tỉnh đã ký quyết định.", "vi") == []


def test_a_given_name_opening_a_sentence_stands_for_the_official_named_before():
    text = (
        "Mr. Tran Van Binh was re-elected Secretary of the Provincial Party Committee. "
        "Mr. Tran Van Binh was born in 1968 in Nghe An. "
        "In May 2016, Binh was elected Chairman of the Provincial People's Committee."
    )
    officials = extract(Article("case", text, lang="en")).officials
    posts = {(p.role, p.body.org) for o in officials if o.name == "Tran Van Binh" for p in o.positions}
    assert ("chair", "peoples_committee") in posts


def test_another_given_name_opening_a_sentence_is_nobody_named_before():
    text = (
        "Mr. Tran Van Binh was re-elected Secretary of the Provincial Party Committee. "
        "In May 2016, Hung was elected Chairman of the Provincial People's Committee."
    )
    officials = extract(Article("case", text, lang="en")).officials
    posts = {(p.role, p.body.org) for o in officials if o.name == "Tran Van Binh" for p in o.positions}
    assert ("chair", "peoples_committee") not in posts


def _posts(text: str, lang: str, name: str) -> set[tuple[str, str]]:
    officials = extract(Article("case", text, lang=lang)).officials
    return {(p.role, p.body.org) for o in officials if o.name == name for p in o.positions}


def test_elected_to_a_party_body_with_no_role_is_a_membership():
    en = (
        "Mr. Tran Van Binh was born in 1968 in Nghe An. "
        "In July 2016, he was elected to the 12th Party Central Committee."
    )
    assert ("member", "central_committee") in _posts(en, "en", "Tran Van Binh")
    en = "Mr. Tran Van Binh was born in 1968. In 2015, he was elected to the Standing Committee of the Provincial Party Committee."
    assert ("standing_member", "party_committee") in _posts(en, "en", "Tran Van Binh")
    vi = "Ông Trần Văn Bình sinh năm 1968. Năm 2016, ông được bầu vào Ban Chấp hành Trung ương Đảng khóa XII."
    assert ("member", "central_committee") in _posts(vi, "vi", "Tran Van Binh")


def test_appointed_to_a_department_is_no_membership():
    en = "Mr. Tran Van Binh was born in 1968. In 2015, he was appointed to the Department of Finance."
    assert ("member", "department") not in _posts(en, "en", "Tran Van Binh")


def test_a_foreign_name_of_seven_syllables_is_no_vietnamese_official():
    text = (
        "Comrade Khon Pa Phan Luong Si Chan Thong, member of the Provincial Party Standing Committee, "
        "and comrade Le Tien Lam, Vice Chairman of the Provincial People's Council, co-chaired the conference."
    )
    names = [o.name for o in extract(Article("case", text, lang="en")).officials]
    assert names == ["Le Tien Lam"]


def test_two_syllables_after_a_council_of_or_before_a_province_noun_name_a_place():
    for text in (
        "Som Sac, Provincial Party Committee member, Vice Chairman of the Provincial People's Council of "
        "Hua Phan attended.",
        "Som Sac, Provincial Party Committee member, Vice Chairman of the People's Council, Hua Phan province.",
    ):
        names = [o.name for o in extract(Article("case", text, lang="en")).officials]
        assert "Hua Phan" not in names


def _chairs(text: str, lang: str) -> list[list[str]]:
    return [m.chairs for m in extract(Article("case", text, lang=lang)).meetings]


def test_presiding_written_as_dieu_hanh_chairs_and_management_does_not():
    text = (
        "Ngày 14/7/2024, UBND tỉnh họp phiên thường kỳ dưới sự điều hành của Chủ tịch UBND tỉnh Lê Văn Hùng."
    )
    assert _chairs(text, "vi") == [["Le Van Hung"]]
    text = "Sáng 14/7/2024, Quốc hội thảo luận. Phó Chủ tịch Quốc hội Lê Văn Hùng điều hành phiên thảo luận."
    assert _chairs(text, "vi") == [["Le Van Hung"]]
    text = "Ngày 14/7/2024, Chủ tịch UBND tỉnh Lê Văn Hùng phát biểu về công tác chỉ đạo, điều hành tại hội nghị."
    assert _chairs(text, "vi") == [[]]


def test_a_name_elected_to_a_party_body_is_its_member_not_elected_to_lead_it():
    en = "Mr. Tran Van Binh was elected to the Standing Committee of the Provincial Party Committee."
    assert _posts(en, "en", "Tran Van Binh") == {("standing_member", "party_committee")}
    vi = "Ông Trần Văn Bình được bầu vào Ban Thường vụ Tỉnh ủy."
    assert _posts(vi, "vi", "Tran Van Binh") == {("standing_member", "party_committee")}
    en = "Mr. Tran Van Binh was elected to lead the Provincial Party Committee."
    assert ("member", "party_committee") not in _posts(en, "en", "Tran Van Binh")


def test_a_dot_before_three_digits_ending_in_two_zeros_groups_thousands_in_english():
    assert (2800.0, "billion_vnd") in _metrics(
        "The State budget revenue in the province gained VND2.800 billion.", "en"
    )
    [(value, unit)] = _metrics("Exports are estimated at 16.298 billion USD.", "en")
    assert unit == "million_usd" and abs(value - 16298) < 0.01
