"""Meeting dates: the probe matrix's gaps (constructions x the hidden set's 7 languages, silver/probes/dates-probe.tsv).

Sentences written for these tests, in the wordings the corpus and its translators use; each failed before
the rule it names."""

from __future__ import annotations

import importlib

import pytest

from kg.model import Article

extract = importlib.import_module("kg.extract").extract


def dates(text: str, lang: str) -> list[str | None]:
    return [m.date for m in extract(Article("t", text, lang=lang)).meetings]


# a review of a part of a year early in it (year_part cues) is held within that year, not the year after
@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("vi", "Ngày 28/3, UBND tỉnh tổ chức hội nghị sơ kết quý I năm 2025.", "2025-03-28"),
        ("vi", "Sáng 30/3, Tỉnh ủy tổ chức hội nghị đánh giá tình hình quý I/2025.", "2025-03-30"),
        ("vi", "Sáng nay (12/3), UBND tỉnh tổ chức hội nghị đánh giá quý I năm 2025.", "2025-03-12"),
        (
            "pl",
            "28 marca Prowincjonalny Komitet Ludowy zorganizował konferencję podsumowującą I kwartał 2025 r.",
            "2025-03-28",
        ),
        (
            "es",
            "El 28 de marzo, el Comité Popular provincial celebró una conferencia para evaluar el I trimestre de 2025.",
            "2025-03-28",
        ),
    ],
)
def test_a_review_of_a_quarter_is_of_its_year(lang, text, want):
    assert dates(text, lang) == [want]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "vi",
            "Ngày 8/1, Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.",
        ),
        (
            "pl",
            "8 stycznia Prowincjonalny Komitet Partii zorganizował konferencję podsumowującą pracę w 2024 r. i wyznaczającą zadania na 2025 r.",
        ),
    ],
)
def test_a_january_review_of_the_whole_year_before_is_still_dated_the_year_after(lang, text):
    assert dates(text, lang) == ["2025-01-08"]


# the day an anniversary recalls, the meeting's day and month with an old year, is no year of the meeting
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On the morning of February 3, the Provincial Party Committee held a meeting to celebrate the 95th anniversary of the founding of the Communist Party of Vietnam (February 3, 1930).",
        ),
        (
            "pl",
            "Rano 3 lutego Prowincjonalny Komitet Partii zorganizował spotkanie z okazji 95. rocznicy założenia Komunistycznej Partii Wietnamu (3 lutego 1930 r.).",
        ),
        (
            "vi",
            "Sáng 3/2, Tỉnh ủy tổ chức buổi gặp mặt kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930).",
        ),
        (
            "ar",
            "في صباح يوم 3 فبراير، عقدت لجنة الحزب الإقليمية اجتماعا للاحتفال بالذكرى الخامسة والتسعين لتأسيس الحزب الشيوعي الفيتنامي (3 فبراير 1930).",
        ),
    ],
)
def test_the_day_an_anniversary_recalls_gives_no_year(lang, text):
    got = dates(text, lang)
    assert len(got) == 1 and not (got[0] or "").startswith("1930"), got
    # (its years counted, an anniversary cue near them, give the year of now)
    assert got == ["2025-02-03"]


def test_an_anniversary_span_keeps_the_year_of_now():
    text = "Sáng 2/9/2025, tỉnh tổ chức lễ kỷ niệm 80 năm Ngày Quốc khánh (2/9/1945 - 2/9/2025)."
    assert dates(text, "vi") == ["2025-09-02"]
    text = "Sáng 2/9, tỉnh tổ chức lễ kỷ niệm 80 năm Ngày Quốc khánh (2/9/1945 - 2/9/2025)."
    assert dates(text, "vi") == ["2025-09-02"]


# a deadline written as a whole date after its word gives no meeting its year
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le matin du 5 novembre, le Premier ministre a présidé une réunion avec les ministères. Toutes les maisons temporaires doivent être supprimées d'ici le 31 décembre 2025.",
        ),
        (
            "fr",
            "Le matin du 5 novembre, le Premier ministre a présidé une réunion avec les ministères. Les travaux se poursuivront jusqu'au 31 décembre 2025.",
        ),
        (
            "vi",
            "Sáng 5/11, Thủ tướng chủ trì cuộc họp với các bộ, ngành. Phải hoàn thành xóa nhà tạm trước ngày 31/12/2025.",
        ),
    ],
)
def test_a_deadline_day_gives_no_year(lang, text):
    assert dates(text, lang) == [None]


def test_an_earlier_day_is_no_deadline():
    text = "Ngày 12/3/2025, UBND tỉnh tổ chức hội nghị đánh giá quý I. Trước đó, ngày 10/3, Ban Thường vụ Tỉnh ủy tổ chức cuộc họp về công tác cán bộ."
    assert sorted(dates(text, "vi")) == ["2025-03-10", "2025-03-12"]


# a meeting that closed after some working days opened those days before
def test_de_after_working_days():
    text = "Nach drei Arbeitstagen ging am Nachmittag des 30. September 2025 der 1. Parteitag der Provinz für die Amtszeit 2025-2030 zu Ende."
    assert dates(text, "de") == ["2025-09-28"]


# the Arabic party congress written with an adjective or of its delegates opens the term it names
@pytest.mark.parametrize(
    "text",
    [
        "في صباح يوم 14 أكتوبر، افتتح رسميا المؤتمر الحزبي الإقليمي السادس عشر للفترة 2025-2030.",
        "في صباح يوم 14 أكتوبر، افتتح رسميا مؤتمر مندوبي الحزب في المقاطعة السادس عشر للفترة 2025-2030.",
    ],
)
def test_ar_party_congress_wordings_open_their_term(text):
    assert dates(text, "ar") == ["2025-10-14"]


# a meeting dated by a month and its year alone is dated to the month (GOLD: YYYY-MM), also "tháng 3/2025"
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In March 2025, the Provincial People's Committee held a conference to review the socio-economic situation.",
        ),
        ("ar", "في مارس 2025، عقدت اللجنة الشعبية الإقليمية مؤتمرا لمراجعة الوضع الاجتماعي والاقتصادي."),
        (
            "pl",
            "W marcu 2025 r. Prowincjonalny Komitet Ludowy zorganizował konferencję w celu oceny sytuacji społeczno-gospodarczej.",
        ),
        ("vi", "Tháng 3/2025, UBND tỉnh tổ chức hội nghị đánh giá tình hình kinh tế - xã hội."),
        (
            "fr",
            "En mars 2025, le Comité populaire provincial a tenu une conférence pour examiner la situation socio-économique.",
        ),
        (
            "es",
            "En marzo de 2025, el Comité Popular provincial celebró una conferencia para revisar la situación socioeconómica.",
        ),
        (
            "de",
            "Im März 2025 hielt das Volkskomitee der Provinz eine Konferenz ab, um die sozioökonomische Lage zu überprüfen.",
        ),
    ],
)
def test_a_month_and_year_date_the_meeting_to_the_month(lang, text):
    assert dates(text, lang) == ["2025-03"]


def test_a_month_of_a_target_or_a_document_dates_no_meeting():
    text = "The Provincial People's Committee held a conference on the plan to be completed by March 2026."
    assert dates(text, "en") != ["2026-03"]
    text = "Tỉnh ủy tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị. Năm 2024 tỉnh tăng trưởng 7%."
    assert dates(text, "vi") == ["2024"]


def test_a_career_span_written_with_slashed_months_is_no_event_year():
    text = (
        "Ông A được bầu làm Bí thư Tỉnh ủy khóa XX, nhiệm kỳ 2020-2025.\n"
        "Sáng 16/10, Ban Chấp hành Đảng bộ tỉnh khóa XX đã báo cáo kết quả Hội nghị lần thứ nhất.\n"
        "Ông A từng giữ chức Phó Chủ tịch UBND tỉnh (từ tháng 6/2009 đến tháng 12/2010), Phó Chủ tịch Thường trực "
        "UBND tỉnh (từ tháng 1/2011 đến tháng 11/2014).\nTừ tháng 11/2014 đến ngày 14/10/2020, ông là Chủ tịch UBND tỉnh."
    )
    assert dates(text, "vi") == ["2020-10-16"]


# a later day of the congress or session just reported (at most five days on, a noun of its kind, no other
# organiser) is the same meeting, dated by its first day
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On the morning of March 12, 2025, the 16th Provincial Party Congress, term 2025-2030, opened. On the afternoon of March 13, the Congress closed after electing the Executive Committee.",
        ),
        (
            "pl",
            "Rano 12 marca 2025 r. rozpoczął się XVI Zjazd Partii Prowincji, kadencja 2025-2030. Po południu 13 marca Zjazd zakończył się po wybraniu Komitetu Wykonawczego.",
        ),
        (
            "vi",
            "Sáng 12/3/2025, Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2025-2030 khai mạc. Chiều 13/3, Đại hội bế mạc sau khi bầu Ban Chấp hành.",
        ),
        (
            "fr",
            "Le matin du 12 mars 2025, le 16e Congrès du Comité provincial du Parti, mandat 2025-2030, s'est ouvert. L'après-midi du 13 mars, le Congrès s'est clôturé après avoir élu le Comité exécutif.",
        ),
        (
            "es",
            "En la mañana del 12 de marzo de 2025 se inauguró el XVI Congreso del Comité Provincial del Partido, período 2025-2030. En la tarde del 13 de marzo, el Congreso se clausuró tras elegir al Comité Ejecutivo.",
        ),
        (
            "de",
            "Am Morgen des 12. März 2025 wurde der 16. Parteitag der Provinz für die Amtszeit 2025-2030 eröffnet. Am Nachmittag des 13. März ging der Parteitag nach der Wahl des Exekutivkomitees zu Ende.",
        ),
    ],
)
def test_a_later_day_of_a_congress_is_the_same_meeting(lang, text):
    assert dates(text, lang) == ["2025-03-12"]


def test_another_kind_of_meeting_days_later_is_another_meeting():
    text = (
        "On March 12, 2025, the Provincial People's Committee held a conference on public investment. Earlier, on "
        "February 20, the Provincial Party Standing Committee held a meeting on the same issue."
    )
    assert sorted(dates(text, "en")) == ["2025-02-20", "2025-03-12"]
    text = (
        "On the morning of March 12, 2025, the Provincial People's Council opened its 20th session. On March 14, "
        "the Provincial People's Committee held a conference on public investment."
    )
    assert sorted(dates(text, "en")) == ["2025-03-12", "2025-03-14"]
    text = (
        "On the morning of March 12, 2025, the 16th Provincial Party Congress opened. On March 20, the Congress of "
        "the Fatherland Front of the province opened."
    )
    assert sorted(dates(text, "en")) == ["2025-03-12", "2025-03-20"]


# an early-year meeting on a late month of a year written without its day is of the month just past
@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "On the morning of January 4, Prime Minister Pham Minh Chinh chaired the Government's regular meeting for December 2024.",
            "2025-01-04",
        ),
        (
            "vi",
            "Sáng 4/1, Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ tháng 12/2024.",
            "2025-01-04",
        ),
        (
            "pl",
            "Rano 4 stycznia premier Pham Minh Chinh przewodniczył regularnemu posiedzeniu rządu za grudzień 2024 r.",
            "2025-01-04",
        ),
        (
            "ar",
            "في صباح يوم 4 يناير، ترأس رئيس الوزراء فام مينه تشينه الاجتماع الدوري للحكومة لشهر ديسمبر 2024.",
            "2025-01-04",
        ),
        (
            "pl",
            "Rano 5 marca premier Pham Minh Chinh przewodniczył regularnemu posiedzeniu rządu zaplanowanemu na luty 2025 r.",
            "2025-03-05",
        ),
    ],
)
def test_a_january_meeting_for_december_is_of_the_next_year(lang, text, want):
    assert dates(text, lang) == [want]


def test_a_wire_dateline_with_a_year_word_gives_way_to_the_meeting_day():
    text = "Hanoi, 12 marca 2025 r. (VNA) - Prowincjonalny Komitet Ludowy zorganizował 11 marca konferencję podsumowującą pierwszy kwartał."
    assert dates(text, "pl") == ["2025-03-11"]


# a meeting noun inside a document read with its congress's ordinals names who issued it, no meeting held
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The province continues to implement the Resolution of the 13th National Party Congress, adopted on February 1, 2021.",
        ),
        ("pl", "Prowincja nadal realizuje Rezolucję XIII Krajowego Zjazdu Partii, przyjętą 1 lutego 2021 r."),
        (
            "es",
            "La provincia sigue aplicando la Resolución del XIII Congreso Nacional del Partido, aprobada el 1 de febrero de 2021.",
        ),
    ],
)
def test_the_congress_that_issued_a_resolution_is_no_meeting_held(lang, text):
    assert dates(text, lang) == []


def test_a_meeting_held_on_a_congress_resolution_is_still_held():
    text = "On March 12, 2025, the Provincial Party Committee held a conference to disseminate the Resolution of the 13th National Party Congress."
    assert dates(text, "en") == ["2025-03-12"]
    text = "Rano 14 października 2025 r. rozpoczął się XVI Zjazd Partii Prowincji, który przyjął Rezolucję Zjazdu."
    assert dates(text, "pl") == ["2025-10-14"]


# a January meeting reviewing a year it does not name, its figures dated elsewhere, is of the year after them
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On January 8, the Provincial People's Committee held a conference to review the work of the year and deploy new tasks. In 2024, the province's GRDP grew by 7.5%. Budget revenue in 2024 reached 10,000 billion VND.",
        ),
        (
            "ar",
            "في 8 يناير، عقدت اللجنة الشعبية الإقليمية مؤتمرا لمراجعة عمل العام ونشر المهام الجديدة. وفي عام 2024، نما الناتج المحلي الإجمالي للمقاطعة بنسبة 7.5%. وبلغت إيرادات الميزانية في عام 2024 نحو 10000 مليار دونج.",
        ),
        (
            "pl",
            "8 stycznia Prowincjonalny Komitet Ludowy zorganizował konferencję podsumowującą pracę w minionym roku i wyznaczającą nowe zadania. W 2024 r. PKB prowincji wzrósł o 7,5%. Dochody budżetu w 2024 r. osiągnęły 10 000 mld VND.",
        ),
        (
            "vi",
            "Ngày 8/1, UBND tỉnh tổ chức hội nghị tổng kết công tác năm, triển khai nhiệm vụ mới. Năm 2024, GRDP của tỉnh tăng 7,5%. Thu ngân sách năm 2024 đạt 10.000 tỷ đồng.",
        ),
        (
            "de",
            "Am 8. Januar hielt das Volkskomitee der Provinz eine Konferenz ab, um die Arbeit des Jahres zu bilanzieren und neue Aufgaben festzulegen. Im Jahr 2024 wuchs das BIP der Provinz um 7,5 %. Die Haushaltseinnahmen erreichten 2024 10.000 Milliarden VND.",
        ),
    ],
)
def test_a_january_review_of_the_year_is_of_the_year_after_its_figures(lang, text):
    assert dates(text, lang) == ["2025-01-08"]


def test_a_january_review_keeps_the_year_its_plans_name():
    text = (
        "Ngày 8/1, UBND tỉnh tổ chức hội nghị tổng kết công tác năm, triển khai nhiệm vụ mới. Năm 2024, GRDP tăng "
        "7,5%. Năm 2025, tỉnh phấn đấu tăng trưởng 8%; năm 2025 đầu tư 20 dự án; xuất khẩu năm 2025 tăng 10%."
    )
    assert dates(text, "vi") == ["2025-01-08"]
    # (not a review of years counted, nor a meeting later in the year)
    text = (
        "On January 8, the committee held a conference to review 5 years of digital transformation. In 2024, GRDP "
        "grew 7% and revenue in 2024 rose 5%."
    )
    assert dates(text, "en") == ["2024-01-08"]
    text = "On May 8, the committee held a conference to review the work. In 2024, GRDP grew 7% and revenue in 2024 rose 5%."
    assert dates(text, "en") == ["2024-05-08"]


# a whole numeric date whose first day of several is written before it dates the meeting by that first day
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On 28-30/9/2025, the 1st Provincial Party Congress, term 2025-2030, took place at the provincial conference center.",
        ),
        (
            "pl",
            "W dniach 28-30.09.2025 r. odbył się I Zjazd Prowincjonalnego Komitetu Partii, kadencja 2025-2030.",
        ),
        (
            "fr",
            "Les 28-30/9/2025, le 1er Congrès du Comité provincial du Parti, mandat 2025-2030, s'est tenu à Vinh.",
        ),
        ("de", "Vom 28.-30.9.2025 fand der 1. Parteitag der Provinz für die Amtszeit 2025-2030 statt."),
    ],
)
def test_a_numeric_span_of_days_dates_the_meeting_by_its_first_day(lang, text):
    assert dates(text, lang) == ["2025-09-28"]


def test_a_numeric_span_backwards_is_no_span():
    text = "On 30-28/9/2025, the 1st Provincial Party Congress, term 2025-2030, took place."
    assert "2025-09-30" not in dates(text, "en")


# a whole day written after an anniversary's word is the day it recalls, its years counted give the year of now
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On the morning of August 18, the province held a ceremony to celebrate the 80th anniversary of the August Revolution (August 19, 1945).",
        ),
        ("vi", "Sáng 18/8, tỉnh tổ chức lễ kỷ niệm 80 năm Cách mạng Tháng Tám (19/8/1945)."),
        (
            "pl",
            "Rano 18 sierpnia prowincja zorganizowała uroczystość z okazji 80. rocznicy Rewolucji Sierpniowej (19 sierpnia 1945 r.).",
        ),
        (
            "ar",
            "في صباح يوم 18 أغسطس، نظمت المقاطعة حفلا بمناسبة الذكرى الثمانين لثورة أغسطس (19 أغسطس 1945).",
        ),
        (
            "fr",
            "Le matin du 18 août, la province a organisé une cérémonie pour le 80e anniversaire de la Révolution d'août (19 août 1945).",
        ),
        (
            "es",
            "En la mañana del 18 de agosto, la provincia celebró una ceremonia por el 80º aniversario de la Revolución de Agosto (19 de agosto de 1945).",
        ),
        (
            "de",
            "Am Morgen des 18. August veranstaltete die Provinz eine Feier zum 80. Jahrestag der Augustrevolution (19. August 1945).",
        ),
    ],
)
def test_an_anniversary_of_another_day_dates_the_meeting_now(lang, text):
    assert dates(text, lang) == ["2025-08-18"]


def test_a_historic_day_without_an_anniversary_count_gives_no_year():
    text = "On August 18, the province held a meeting. Since the August Revolution on August 19, 1945, the province has grown."
    assert dates(text, "en") == [None]
    text = "On the morning of August 18, 2024, the province held a ceremony for the anniversary of the August Revolution (August 19, 1945)."
    assert dates(text, "en") == ["2024-08-18"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "At the conference, the director reported that in March 2025 the province attracted 5 new projects.",
        ),
        ("vi", "Tại hội nghị, Giám đốc Sở cho biết trong tháng 3/2025 tỉnh thu hút 5 dự án mới."),
        (
            "pl",
            "Na konferencji dyrektor poinformował, że w marcu 2025 r. prowincja przyciągnęła 5 nowych projektów.",
        ),
    ],
)
def test_a_month_a_speaker_names_at_the_meeting_is_not_its_date(lang, text):
    assert dates(text, lang) != ["2025-03"]
