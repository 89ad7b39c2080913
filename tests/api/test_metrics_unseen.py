"""Figures GOLD does not record, and units the engine must not miss, in sentences of the unlabelled
corpus's kind (new wordings, not the dev articles'): national averages, numbers that name rather
than count, the dual of nouns already named, people counted after a scale word."""

from __future__ import annotations

import importlib

import pytest

from kg.lang import load_pack
from kg.text import Sentence, fold
from tests.helpers import figures, sentence_metrics


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
    return [(m.value, m.unit, m.change_pct) for m in sentence_metrics(text, lang)]


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
        # a count given as a range is a rule's bounds, no figure (7d36c79; the gold of u-en-0002, u-fr-0003)
        ("en", "Each commission has from 7 to 9 members.", []),
        ("es", "La meta es un crecimiento de 6 a 7 por ciento.", [(6, "percent")]),
    ],
)
def test_a_range_written_with_words_is_its_lower_bound_as_a_dash_range_is(lang, text, expected):
    assert figures(text, lang) == expected


def test_a_rise_from_one_level_to_another_is_no_range():
    assert figures("Exports rose from 12 to 15 billion USD.", "en") == [(15000, "million_usd")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a fall written with a verb no cue lists: a range rises
        ("en", "The province cut the number of its departments from 20 to 14 this year.", [(14, "count")]),
        # a year, then the figure: not a range of one order of magnitude
        ("ar", "يصل الناتج في عام 2023 إلى 53,389.7 مليار دونج.", [(53389.7, "billion_vnd")]),
    ],
)
def test_numbers_joined_by_to_that_fall_or_leap_an_order_of_magnitude_are_no_range(lang, text, expected):
    assert figures(text, lang) == expected


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
    return [(m.value, m.indicator) for m in sentence_metrics(text, lang)]


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


def test_a_count_after_a_clause_citing_a_law_is_counted():
    assert figures("Under Article 5 of the Law, 14 members voted.", "en") == [(14, "persons")]
    assert figures("Zgodnie z ustawą, 14 członków głosowało.", "pl") == [(14, "persons")]
    assert figures("Decree 15 applies.", "en") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pl", "Utworzono ponad 18 000 miejsc pracy.", [(18000, "persons")]),
        ("fr", "Plus de 18.000 emplois ont été créés.", [(18000, "persons")]),
        ("es", "Se crearon más de 18.000 empleos.", [(18000, "persons")]),
        ("de", "Es wurden 18.000 Arbeitsplätze geschaffen.", [(18000, "persons")]),
        ("vi", "Tạo 18.000 việc làm mới.", [(18000, "persons")]),
    ],
)
def test_jobs_created_are_counted_as_people_in_every_language(lang, text, expected):
    assert figures(text, lang) == expected


def test_a_rank_written_as_a_b_is_the_rank_out_of_a_count():
    assert figures("Chỉ số PCI xếp thứ 9/63 tỉnh, thành phố.", "vi") == [(9, "rank"), (63, "count")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("vi", "Quán triệt Nghị quyết Trung ương 10 khóa XIII.", [("resolution", None, 10, 13)]),
        (
            "de",
            "Umsetzung der Resolution des 9. Plenums des Zentralkomitees der 13. Amtszeit.",
            [("resolution", None, 9, 13)],
        ),
    ],
)
def test_a_central_plenum_named_briefly_is_a_session_of_its_term(lang, text, expected):
    assert docs(text, lang) == expected


def test_a_sum_repeated_in_other_words_is_one_figure_and_a_misread_scale_is_undone():
    from kg.extract import extract
    from kg.model import Article

    text = (
        "El PIB de la provincia se estima en casi 38.000 billones de VND, un crecimiento del 9,2%.\n"
        "El Producto Interno Bruto alcanzo casi 38 billones de VND, un crecimiento del 9,2%.\n"
    )
    found = extract(Article("es-x", text)).metrics
    assert [(m.value, m.unit, m.change_pct) for m in found] == [(38000, "billion_vnd", 9.2)]
    text = "La provincia otorgó 10 mil millones de VND a Tien Phuoc.\nY otorgó 10.000 millones de VND a Que Son.\n"
    assert len(extract(Article("es-y", text)).metrics) == 2  # two grants of one sum


def test_a_document_word_of_an_earlier_clause_does_not_name_a_later_code():
    text = "Căn cứ Quy định số 214-QĐi/TW, Hướng dẫn số 08-HD/TW và Thông tư số 15/2024/TT-BTC."
    assert docs(text, "vi") == [("regulation", "214-QDi/TW", None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تنفيذ قرار الدورة التاسعة للجنة المركزية الثالثة عشرة.", [("resolution", None, 9, 13)]),
        ("تنفيذ قرار المؤتمر المركزي العاشر للدورة الثالثة عشرة.", [("resolution", None, 10, 13)]),
    ],
)
def test_an_arabic_plenum_of_a_term_is_its_session_and_term(text, expected):
    assert docs(text, "ar") == expected


def test_two_ordinals_across_a_comma_name_two_bodies():
    text = "Implementing the Resolution of the 10th Party Congress, the 11th National Assembly acted."
    assert docs(text, "en") == [("resolution", None, None, 10)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Studying the Party Central Committee's 9th plenum resolution (13th tenure).", None),
        ("en", "the Resolution of the 11th Central Conference, 13th tenure", [("resolution", None, 11, 13)]),
        (
            "pl",
            "Realizacja wniosków z 7. Konferencji Komitetu Centralnego XIII kadencji.",
            [("conclusion", None, 7, 13)],
        ),
    ],
)
def test_a_marker_across_a_comma_or_a_possessive_does_not_class_an_ordinal(lang, text, expected):
    found = docs(text, lang)
    if expected is None:  # the plenum's ordinal is never read as the term
        assert all(d[3] != 9 for d in found)
    else:
        assert found == expected


def test_a_capitalised_title_after_a_number_counts_people_a_street_name_does_not():
    assert figures("The Congress elected 3 Deputy Secretaries and 4 Vice Chairmen.", "en") == [
        (3, "persons"),
        (4, "persons"),
    ]
    assert figures("He visited 5 Nguyen Trai Street.", "en") == []
    assert figures("It handles 3 ministerial-level tasks.", "en") == [(3, "count")]


def test_connection_points_are_counted_percentage_points_are_percent():
    assert figures("عقد المؤتمر مع 12,480 نقطة اتصال.", "ar") == [(12480, "count")]
    # a change in percentage points is a percent figure, as the blind silver gold records it (u-en-0018, u-pl-0046)
    assert figures("ارتفع المؤشر 3 نقاط مئوية.", "ar") == [(3, "percent")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Das Komitee vergab 512 Aufgaben; davon wurden 460 abgeschlossen, 19 sind überfällig und 33 laufen.",
            [(512, "count"), (460, "count"), (19, "count"), (33, "count")],
        ),
        ("en", "The province licensed 45 projects, of which 12 in 2024.", [(45, "count"), (12, "count")]),
        ("pl", "Zbudowano 320 domów, z czego 250 oddano do użytku.", [(320, "count"), (250, "count")]),
        ("fr", "Le comité compte 9 membres, dont 3 à temps partiel.", [(9, "persons"), (3, "persons")]),
    ],
)
def test_a_bare_number_after_of_which_is_a_part_of_the_count_before(lang, text, expected):
    assert figures(text, lang) == expected


def test_a_bare_number_without_of_which_is_no_figure():
    assert figures("The province licensed 45 projects and 12 were delayed.", "en")[0] == (45, "count")
    assert figures("Das Komitee tagte 3 Mal.", "de") == []


def test_the_programme_of_a_conference_is_its_agenda_not_a_document():
    assert docs("According to the programme of the 16th Conference, the report was presented.", "en") == []
    assert (
        docs("Selon le programme de la 16e Conférence du Comité provincial, le rapport a été présenté.", "fr")
        == []
    )


def test_the_total_after_out_of_counts_what_the_figure_before_counts():
    assert figures("صوت 431 نائبا من أصل 447 لصالح القرار.", "ar") == [(431, "persons"), (447, "persons")]
    assert figures("The meeting of 45 members of 12 communes was held.", "en") == [
        (45, "persons"),
        (12, "count"),
    ]


def test_the_one_ordinal_of_a_meeting_named_by_its_term_years_is_the_term():
    text = "وفقا لقرار المؤتمر الخامس عشر للجنة الحزب الإقليمية للفترة 2020-2025."
    assert docs(text, "ar") == [("resolution", None, None, 15)]
    text = "وبحسب القرار، تتكون اللجنة التنفيذية للفترة 2025-2030 من 65 شخصًا."
    assert docs(text, "ar") == []  # a count, no ordinal


def test_a_change_s_verb_may_open_a_long_clause_and_a_semicolon_ends_the_figure_it_changes():
    text = "ارتفعت مبيعات التجزئة للسلع والخدمات الاستهلاكية بنسبة 12.4%."
    assert changes(text, "ar") == [(12.4, "percent", 12.4)]
    text = "Budget revenue reached 5,000 billion VND; industrial production rose 7%."
    assert changes(text, "en") == [(5000, "billion_vnd", None), (7, "percent", 7)]


def test_the_same_period_cue_of_the_next_figure_is_not_this_one_s():
    text = "Tỷ lệ hộ nghèo giảm còn 1,7%, giảm 0,6% so với năm trước."
    assert changes(text, "vi") == [(1.7, "percent", None), (0.6, "percent", -0.6)]


def test_vietnamese_counted_nouns_of_party_and_administrative_work():
    assert figures("Tỉnh có 560 tổ chức cơ sở đảng với 1.250 chi bộ.", "vi") == [
        (560, "count"),
        (1250, "count"),
    ]
    assert figures("Tiếp nhận 15.430 hồ sơ, có 2.350 cử tri tham dự.", "vi") == [
        (15430, "count"),
        (2350, "persons"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The programme supported 1,250 households."),
        ("pl", "Program wsparł 1250 gospodarstw domowych."),
        ("vi", "Chương trình hỗ trợ 1.250 hộ."),
        ("ar", "قدمت المقاطعة الدعم لـ 1250 أسرة."),
    ],
)
def test_households_are_counted_as_things_in_every_language(lang, text):
    assert figures(text, lang) == [(1250, "count")]


def test_a_word_naming_a_document_only_with_its_mark_does_not_hide_a_count():
    assert figures("دعم البرنامج 1250 أسرة.", "ar") == [(1250, "count")]
    assert figures("Decree 15 applies to 40 communes.", "en") == [(40, "count")]


def test_people_counted_after_a_session_word_are_a_count_a_session_number_is_not():
    assert figures("شارك في الدورة 80 نائبا.", "ar") == [(80, "persons")]
    assert figures("افتتحت الدورة 15 للمجلس.", "ar") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Xuất khẩu tăng 6,4 phần trăm."),
        ("ar", "ارتفعت الصادرات بنسبة 6.4 في المائة."),
        ("ar", "ارتفعت الصادرات بنسبة 6.4 بالمئة."),
    ],
)
def test_a_percentage_written_in_words_is_a_percentage(lang, text):
    assert changes(text, lang) == [(6.4, "percent", 6.4)]
