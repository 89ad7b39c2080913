"""Vietnamese names in Latin-script text the name reader has not seen (kg.extract.names)."""

from __future__ import annotations

import pytest

from kg.extract.names import find_names


def _names(text: str) -> list[str]:
    return [m.name for m in find_names(text)]


def test_a_district_keyed_with_its_kind_is_a_place():
    # the gazetteer keys "Cao Lãnh" twice ("(thành phố)", "(huyện)"): the bare name is still a place
    assert _names("the leaders of Cao Lãnh city met on Monday") == []
    assert _names("the leaders of Cao Lanh met Nguyen Van Nen") == ["Nguyen Van Nen"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ông Lâm Đông, Chủ tịch UBND xã", ["Lam Dong"]),  # spelled unlike the province Lâm Đồng
        ("đoàn công tác tỉnh Lâm Đồng", []),
        ("Lam Dong province", []),  # no diacritics: nothing tells it from the province
        ("Thanh Hoá và Thanh Hóa", []),  # tone marks in either position are the province's
    ],
)
def test_a_name_spelled_unlike_the_place_it_folds_to_is_a_person(text, expected):
    assert _names(text) == expected


def test_polish_ending_after_a_final_c_spelled_k():
    assert _names("spotkanie z wicepremierem Nguyen Xuan Phukiem") == ["Nguyen Xuan Phuc"]
    assert _names("z premierem Pham Minh Chinhem") == ["Pham Minh Chinh"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "les vice-Premiers ministres Mai Van Chinh Nguyen Chi Dung et",
            ["Mai Van Chinh", "Nguyen Chi Dung"],
        ),
        ("Nguyen Phu Trong Tran Dai Quang", ["Nguyen Phu Trong", "Tran Dai Quang"]),
        # a common family name inside one name is not cut off
        ("Ton Nu Thi Le Hang", ["Ton Nu Thi Le Hang"]),
        ("Nguyen Thi Thanh Hoang Anh", ["Nguyen Thi Thanh Hoang Anh"]),
        ("Nguyen Thi Kim Le", ["Nguyen Thi Kim Le"]),
    ],
)
def test_two_names_glued_by_a_lost_comma(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rah Lan Chung - zástupce tajemníka provinčního výboru strany", ["Rah Lan Chung"]),
        ("Ksor Phước Hà, Phó Chủ tịch", ["Ksor Phuoc Ha"]),
        ("đồng chí Siu Hương và Nay Phi La", ["Siu Huong", "Nay Phi La"]),
        ("Y Bier Nie, Secretary of the provincial Party Committee", ["Y Bier Nie"]),
    ],
)
def test_central_highlands_family_names(text, expected):
    assert _names(text) == expected


def test_a_capitalised_common_word_is_no_family_name():
    assert _names("Nay, Nguyen Van Nen said") == ["Nguyen Van Nen"]


def test_name_counts_read_glued_words_and_minority_syllables():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    import make_names

    assert make_names.names_in("Por su parte, PhanVan Sau, secretario") == ["phan van sau"]
    found = make_names.names_in("Ban Bí thư chỉ định đồng chí Y Biêr Niê làm Phó Bí thư")
    assert set(found) == {"y bier nie"}
    assert not make_names._plausible_syllable("street")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("den stellvertretenden Sekretär Dieu K'ré, ergaben", "Dieu K'ré"),
        ("đồng chí Điểu K’Ré, Phó Bí thư Tỉnh ủy", "Điểu K’Ré"),
    ],
)
def test_a_prefix_glued_by_an_apostrophe_is_part_of_the_name(text, surface):
    assert [m.surface for m in find_names(text)] == [surface]


def test_a_french_elided_article_is_no_name_prefix():
    assert _names("le président de l'Assemblée Nguyen Van Nen") == ["Nguyen Van Nen"]


def test_a_rare_syllable_is_not_cut_as_a_case_ending():
    # "Suu" (Sửu) is a syllable, not "Su" with a case ending
    assert _names("Pan Hoang Huu Suu powiedział") == ["Hoang Huu Suu"]
    assert _names("Khưu Minh Tuấn phát biểu") == ["Khuu Minh Tuan"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Y Thanh Hà Niê Kđăm, Bí thư Tỉnh ủy", ["Y Thanh Ha Nie Kdam"]),
        ("Ông Y Giang Gry Niê Knơng, Chủ tịch", ["Y Giang Gry Nie Knong"]),
        ("Ông Hồ Quốc Dũng phát biểu", ["Ho Quoc Dung"]),
    ],
)
def test_a_capitalised_honorific_takes_no_syllable_of_a_long_name(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "projekty są realizowane w gminie Tan Trao.",
        "z mieszkańcami wioski Doan Ket",
        "offered incense at Kim Lien commune",
        "visitó la comuna de Kim Lien",
    ],
)
def test_two_syllables_by_a_noun_of_a_commune_are_a_place(text):
    assert _names(text) == []


def test_a_person_near_a_place_noun_is_still_read():
    assert _names("Mr To Lam, district secretary") == ["To Lam"]
    assert _names("Secretary Nguyen Van Nen of the district") == ["Nguyen Van Nen"]


def test_a_district_before_one_syllable_is_the_start_of_a_name():
    # "Đồng Văn" is a district, but a place glued before a name leaves two syllables or more
    assert _names("tặng hoa cho ông Đồng Văn Lâm-Chủ tịch UBND tỉnh") == ["Dong Van Lam"]
    assert _names("Bi thu Tinh uy Nghe An Nguyen Khac Than") == ["Nguyen Khac Than"]


def test_a_family_name_listed_with_diacritics_only():
    assert _names("bà Khương Thị Mai, Chánh văn phòng") == ["Khuong Thi Mai"]
    assert _names("ông Lí Văn Sơn phát biểu") == ["Li Van Son"]


def test_a_syllable_before_thi_is_a_family_name():
    assert _names("đồng chí Phương Thị Thanh được bầu") == ["Phuong Thi Thanh"]
    assert _names("UBND Thị Xã Sơn Tây") == []
    assert _names("Bà Thị Xã") == []


@pytest.mark.parametrize(
    "text",
    ["Bí thư Thành ủy Buôn Ma Thuột", "Chủ tịch HĐND TP Điện Biên Phủ", "Bí thư Huyện ủy Cư M'gar"],
)
def test_the_end_of_a_place_or_a_letter_before_an_apostrophe_is_no_name(text):
    assert _names(text) == []


def test_a_one_letter_given_name_at_the_end_of_the_text():
    assert _names("Nguyen Van A") == ["Nguyen Van A"]
