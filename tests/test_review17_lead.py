"""review17's three Medium findings (stop 30), fixed by the lead: a post held since a year is no former post, 'the N
best' is a rank only before a place noun, and a working delegation holds a meeting only with its trip verb."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article

_STANDING = {
    "vi": "Ông Phan Thái Bình, Phó Chủ tịch Thường trực UBND tỉnh Quảng Nam, phát biểu. ",
    "en": "Mr. Phan Thai Binh, Standing Vice Chairman of the Quang Nam Provincial People's Committee, spoke. ",
    "de": "Herr Phan Thai Binh, ständiger stellvertretender Vorsitzender des Volkskomitees der Provinz Quang Nam, sprach. ",
    "pl": "Pan Phan Thai Binh, stały wiceprzewodniczący Komitetu Ludowego prowincji Quang Nam, zabrał głos. ",
}
_SINCE = {
    "vi": "Từ năm 2019, ông Phan Thái Bình là Phó Chủ tịch UBND tỉnh Quảng Nam.",
    "en": "Since 2019, Mr. Phan Thai Binh has been Vice Chairman of the Quang Nam Provincial People's Committee.",
    "de": "Seit 2019 ist Herr Phan Thai Binh stellvertretender Vorsitzender des Volkskomitees der Provinz Quang Nam.",
    "pl": "Od 2019 roku pan Phan Thai Binh jest wiceprzewodniczącym Komitetu Ludowego prowincji Quang Nam.",
}
_RANGE = {
    "vi": "Từ năm 2015 đến năm 2019, ông Phan Thái Bình là Phó Chủ tịch UBND tỉnh Quảng Nam.",
    "en": "From 2015 to 2019, Mr. Phan Thai Binh was Vice Chairman of the Quang Nam Provincial People's Committee.",
    "de": "Von 2015 bis 2019 war Herr Phan Thai Binh stellvertretender Vorsitzender des Volkskomitees der Provinz Quang Nam.",
    "pl": "W latach 2015–2019 pan Phan Thai Binh był wiceprzewodniczącym Komitetu Ludowego prowincji Quang Nam.",
}


def _held(lang: str, text: str) -> set[tuple[str, bool]]:
    x = extract(Article("t", text, lang=lang))
    return {(p.role, p.former) for o in x.officials for p in o.positions}


@pytest.mark.parametrize("lang", sorted(_SINCE))
def test_a_post_held_since_a_year_is_no_former_post(lang):
    # 73ab789 read any year-opening copula sentence as a post held before
    assert ("vice_chair", True) not in _held(lang, _STANDING[lang] + _SINCE[lang])


@pytest.mark.parametrize("lang", sorted(_RANGE))
def test_a_post_held_from_one_year_to_another_is_former(lang):
    assert _held(lang, _STANDING[lang] + _RANGE[lang]) == {
        ("standing_vice_chair", False),
        ("vice_chair", True),
    }


_BEST_PEOPLE = [
    ("fr", "La province a récompensé les 3 meilleurs élèves du concours."),
    ("es", "La provincia premió a los 15 mejores estudiantes."),
    ("pl", "Prowincja nagrodziła 300 najlepszych uczniów."),
    ("en", "The province awarded the 20 best students."),
    ("de", "Die Provinz ehrte die 20 besten Schüler."),
]


@pytest.mark.parametrize(("lang", "text"), _BEST_PEOPLE)
def test_the_n_best_people_is_a_count_not_a_rank(lang, text):
    units = [m.unit for m in extract(Article("t", text, lang=lang)).metrics]
    assert "rank" not in units and units


_NO_TRIP = [
    "Ngày 10/1/2025, tỉnh đã thành lập đoàn công tác để kiểm tra các dự án.",
    "Ngày 10/1/2025, Trưởng đoàn công tác Nguyễn Văn An yêu cầu hoàn thành trước ngày 31/12/2025.",
]


@pytest.mark.parametrize("text", _NO_TRIP)
def test_vi_a_working_delegation_named_holds_no_meeting(text):
    assert extract(Article("t", text, lang="vi")).meetings == []


def test_vi_a_working_delegations_trip_is_a_visit():
    text = "Chiều 15/2/2024, đoàn công tác của Bộ Tài chính làm việc với UBND tỉnh Hà Tĩnh."
    assert [(m.date, m.kind) for m in extract(Article("t", text, lang="vi")).meetings] == [
        ("2024-02-15", "visit")
    ]
