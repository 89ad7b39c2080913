"""Figures GOLD does not record, and units the engine must not miss, in sentences of the unlabelled
corpus's kind (new wordings, not the dev articles'): national averages, numbers that name rather
than count, the dual of nouns already named, people counted after a scale word."""

from __future__ import annotations

import importlib

import pytest

from kg.lang import load_pack
from kg.text import Sentence, fold

metrics = importlib.import_module("kg.extract.metrics")


def figures(text: str, lang: str):
    s = Sentence(text, 0, 0)
    return [(m.value, m.unit) for m in metrics.find_metrics(s, fold(s), load_pack(lang))]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pl", "Eksport wzrósł o 21,4% (średnio w kraju o 11,2%).", [(21.4, "percent")]),
        ("pl", "Wydatki osiągnęły 71,5% planu (średnia krajowa wynosi 48,1%).", [(71.5, "percent")]),
        ("en", "Retail sales grew 14.2%, well above the national average of 8.7%.", [(14.2, "percent")]),
        ("fr", "La croissance a atteint 9,6 %, contre une moyenne nationale de 6,1 %.", [(9.6, "percent")]),
        ("es", "El PIB creció un 8,4 %, frente a un promedio nacional de 6,2 %.", [(8.4, "percent")]),
        ("de", "Das Wachstum lag bei 8,9 %, der Landesdurchschnitt bei 6,4 %.", [(8.9, "percent")]),
        ("vi", "GRDP tăng 9,1%, bình quân chung cả nước 6,5%.", [(9.1, "percent")]),
        ("ar", "بلغ معدل الصرف 61%، وبلغ متوسط معدل الصرف في البلد بأكمله 47.2%.", [(61, "percent")]),
    ],
)
def test_a_national_average_compared_with_is_not_the_article_s_figure(lang, text, expected):
    assert figures(text, lang) == expected


def test_a_figure_after_the_clause_that_names_the_average_is_the_article_s():
    text = "La croissance a doublé la moyenne nationale, et le revenu par habitant a atteint 2.300 dollars."
    assert figures(text, "fr") == [(2300, "usd")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "In 2015, the Region 2 accounted for 41.3 per cent of output.", [(41.3, "percent")]),
        ("pl", "Region Wojskowy 7 wysłał żołnierzy i 40 ciężarówek.", [(40, "count")]),
        ("ar", "تنفذ الوزارة مشروع 06 في 12 محافظة.", [(12, "count")]),
    ],
)
def test_a_number_that_names_a_region_or_project_counts_nothing(lang, text, expected):
    assert figures(text, lang) == expected


def test_a_lower_case_noun_before_a_number_is_no_name():
    # "projektu 5 programów": the draft of five programmes, a count
    assert figures("Trwają konsultacje w sprawie projektu 5 programów.", "pl") == [(5, "count")]


def test_the_dual_with_the_article_names_two_already_named():
    s = "وقع الطرفان اتفاقية تعاون بين المقاطعتين."
    assert figures(s, "ar") == []
    assert figures("اعترفت الحكومة بمقاطعتين جديدتين.", "ar") == [(2, "count")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ar", "ويسكنها نحو 2.7 مليون نسمة.", [(2700000, "persons")]),
        (
            "en",
            "The number of visitors reached 6.25 million, up 12% over the same period.",
            [(6250000, "persons")],
        ),
        ("en", "The province exported 2.4 million tonnes of rice.", [(2400000, "tons")]),
    ],
)
def test_people_counted_after_a_scale_word_are_persons(lang, text, expected):
    assert figures(text, lang) == expected


def changes(text: str, lang: str):
    s = Sentence(text, 0, 0)
    return [(m.value, m.unit, m.change_pct) for m in metrics.find_metrics(s, fold(s), load_pack(lang))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lao Cai welcomed 3.75 million visitors, a 27.4% rise against the same period last year.",
            [(3750000, "persons", 27.4)],
        ),
        ("Exports reached 1.2 billion USD, a 6.5% decline.", [(1200, "million_usd", -6.5)]),
        ("Retail sales hit 21.3 trillion VND, a year-on-year rise of 14.1%.", [(21300, "billion_vnd", 14.1)]),
    ],
)
def test_a_change_written_after_its_percentage_is_the_change_of_the_figure_before(text, expected):
    assert changes(text, "en") == expected


def test_a_further_change_in_the_sentence_is_its_own_figure():
    text = "GDP reached VND8,120 billion, up 12.3%, including a 14.6% rise in industry and a 3.2% rise in farming."
    assert changes(text, "en") == [
        (8120, "billion_vnd", 12.3),
        (14.6, "percent", 14.6),
        (3.2, "percent", 3.2),
    ]


def test_a_share_of_the_yearly_plan_is_no_change():
    text = "Exports hit 3.1 billion USD, down 2.5% year on year and making up 81.4% of the yearly plan."
    assert changes(text, "en") == [(3100, "million_usd", -2.5), (81.4, "percent", None)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "La province vise une croissance de 7 à 8% en 2026.", [(7, "percent")]),
        ("pl", "Wsparcie wynosi od 40 do 120 milionów VND na dom.", [(40, "million_vnd")]),
        ("en", "Each commission has from 7 to 9 members.", [(7, "persons")]),
        ("es", "La meta es un crecimiento de 6 a 7 por ciento.", [(6, "percent")]),
    ],
)
def test_a_range_written_with_words_is_its_lower_bound_as_a_dash_range_is(lang, text, expected):
    assert figures(text, lang) == expected


def test_a_rise_from_one_level_to_another_is_no_range():
    assert figures("Exports rose from 12 to 15 billion USD.", "en") == [(15000, "million_usd")]


# ---------------------------------------------------------------- documents

documents = importlib.import_module("kg.extract.documents")


def docs(text: str, lang: str):
    s = Sentence(text, 0, 0)
    return [
        (d.kind, d.number, d.session, d.term) for d in documents.find_documents(s, fold(s), load_pack(lang))
    ]


def test_a_number_mark_written_against_its_digits_is_read():
    assert docs("Selon le décret N°112 du 3 mars 2021, la province agit.", "fr") == [
        ("decree", "112", None, None)
    ]


def test_the_one_ordinal_of_a_congress_is_its_term():
    text = "Triển khai Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ XII."
    assert docs(text, "vi") == [("resolution", None, None, 12)]
    text = "Triển khai Nghị quyết Hội nghị lần thứ 9 Ban Chấp hành Trung ương khóa XIII."
    assert docs(text, "vi") == [("resolution", None, 9, 13)]


def test_a_plenary_session_s_ordinal_is_the_plenum_s():
    text = "تنفيذ قرار الجلسة العامة العاشرة للجنة المركزية الثالثة عشرة للحزب."
    assert docs(text, "ar") == [("resolution", None, 10, 13)]


def test_the_resolution_of_a_congress_named_by_its_place_and_term_years():
    text = "Należy podsumować realizację Uchwały Zjazdu Wojewódzkiego Partii na kadencję 2020-2025."
    assert docs(text, "pl") == [("resolution", None, None, None)]
    assert docs("Thực hiện nghị quyết đại hội đảng các cấp.", "vi") == []  # congresses in general


def test_an_ordinal_in_a_document_s_subject_is_not_the_document_s():
    text = "Komitet wydał decyzję o powołaniu Komitetu Wyborczego XVI kadencji Zgromadzenia Narodowego."
    assert docs(text, "pl") == []


def test_a_word_of_no_kind_gold_records_is_no_document():
    assert docs("Tỉnh đã thi hành kỷ luật 312 đảng viên.", "vi") == []
    assert docs("The ministry issued Instruction No. 7 on the matter.", "en") == []


def test_a_roman_one_before_a_congress_is_its_first_not_and():
    text = "Komitet przyjął program wdrożenia uchwały I Zjazdu Prowincjonalnego Partii Ca Mau."
    assert docs(text, "pl") == [("resolution", None, None, 1)]


def indicators(text: str, lang: str):
    s = Sentence(text, 0, 0)
    return [(m.value, m.indicator) for m in metrics.find_metrics(s, fold(s), load_pack(lang))]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pl", "W zjeździe wzięło udział 318 delegatów.", [(318, "delegates")]),
        ("fr", "Le congrès réunit 287 délégués officiels.", [(287, "delegates")]),
        ("vi", "Tỉnh đạt và vượt 11/17 chỉ tiêu.", [(11, "targets_met"), (17, "other")]),
        ("en", "The province's GRDP grew 7.4% year-on-year.", [(7.4, "grdp_growth")]),
        ("en", "GRDP per capita reached 92.5 million VND.", [(92.5, "other")]),
        (
            "en",
            "State budget revenue reached VND 9,310 billion, reaching 91.2% of the estimate.",
            [(9310, "budget_revenue"), (91.2, "budget_revenue")],
        ),
    ],
)
def test_the_indicator_of_a_count_a_growth_rate_and_a_share(lang, text, expected):
    assert indicators(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kỳ họp đã thông qua 15 nghị quyết quan trọng.", [(15, "count")]),
        ("Thủ tướng phê chuẩn bổ sung 3 Ủy viên UBND tỉnh.", [(3, "persons")]),
        ("Tỉnh xếp vị thứ 12 về quy mô GRDP.", [(12, "rank")]),
    ],
)
def test_vietnamese_counted_nouns_and_ranks(text, expected):
    assert figures(text, "vi") == expected


def test_a_b_lengths_are_measures_not_counts():
    assert figures("Đến nay đã bàn giao 57/69,7 km mặt bằng.", "vi") == [(57, "other"), (69.7, "other")]
    assert figures("سلم المستثمر 62/68 كيلومترًا من الموقع.", "ar") == [(62, "other"), (68, "other")]
