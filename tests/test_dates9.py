"""Meeting dates (dates9): classes of date error found on real Vietnamese personnel news read blind
(/work/silver/dates9) and across the real texts of every language. Each vi case fails without its rule."""

import pytest

from kg.extract import extract
from kg.model import Article


def _dates(text: str, lang: str) -> list[str | None]:
    return [m.date for m in extract(Article("t", text, lang=lang)).meetings]


# a starting point's whole day ("nghỉ hưu từ ngày 1/8/2022", "kể từ ngày 24-6-2024": the day a retirement, a post or
# a sanction runs from) is no meeting's day; the vi date takes in the cue's date word
@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        (
            "vi",
            "Sáng 15/10/2024, tại kỳ họp thứ 22, HĐND tỉnh Thanh Hóa đã miễn nhiệm chức vụ Chủ tịch HĐND tỉnh đối với"
            " ông Đỗ Trọng Hưng. Tại kỳ họp thứ 22, các đại biểu cũng miễn nhiệm chức danh ủy viên UBND tỉnh đối với"
            " ông Lê Văn Diện do nghỉ hưu (nghỉ chờ hưu từ ngày 01/6/2024).",
            "2024-06-01",
        ),
        (
            "vi",
            "Tại Hội nghị ngày 2/7/2025, ông Nguyễn Văn Út được Thủ tướng chỉ định giữ chức Chủ tịch UBND tỉnh"
            " Tây Ninh. Ông giữ chức Chủ tịch UBND tỉnh Tây Ninh mới kể từ ngày 1/7/2025.",
            "2025-07-01",
        ),
        (
            "en",
            "On October 15, 2024, at its 22nd session, the Thanh Hoa Provincial People's Council dismissed Mr. Do Trong"
            " Hung. At the 22nd session, delegates also dismissed Mr. Le Van Dien, retired since June 1, 2024.",
            "2024-06-01",
        ),
        (
            "fr",
            "Le 15 octobre 2024, lors de sa 22e session, le Conseil populaire de la province de Thanh Hoa a démis"
            " M. Do Trong Hung. Lors de la 22e session, les délégués ont démis M. Le Van Dien, à la retraite depuis"
            " le 1er juin 2024.",
            "2024-06-01",
        ),
    ],
)
def test_a_starting_point_is_no_meeting_day(lang, text, wrong):
    dates = _dates(text, lang)
    assert wrong not in dates
    assert dates[0] in ("2024-10-15", "2025-07-02")


def test_a_starting_point_still_tells_the_year_of_the_text():
    text = (
        "Sáng 15/10, tại kỳ họp thứ 22, HĐND tỉnh Thanh Hóa đã miễn nhiệm chức vụ Chủ tịch HĐND tỉnh đối với ông"
        " Đỗ Trọng Hưng. Tại kỳ họp thứ 22, các đại biểu cũng miễn nhiệm chức danh ủy viên UBND tỉnh đối với ông"
        " Lê Văn Diện do nghỉ hưu (nghỉ chờ hưu từ ngày 01/6/2024)."
    )
    assert _dates(text, "vi") == ["2024-10-15"]


# the days a meeting runs over, opened by the same words, are its own ("diễn ra từ ngày 27-29/9/2025")
@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Đại hội đại biểu Đảng bộ tỉnh Sơn La lần thứ XVI diễn ra từ ngày 27- 29/9/2025 tại Trung tâm Hội nghị"
            " tỉnh.",
            "2025-09-27",
        ),
        (
            "Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI, nhiệm kỳ 2020 - 2025 diễn ra từ ngày 12 đến ngày"
            " 15 tháng 10 năm 2020.",
            "2020-10-12",
        ),
        (
            "Từ ngày 25-27/9/2024, Ủy ban Kiểm tra Trung ương họp kỳ 39 dưới sự chủ trì của Chủ nhiệm Trần Cẩm Tú.",
            "2024-09-25",
        ),
    ],
)
def test_a_range_of_days_opened_by_a_since_word_dates_its_meeting(text, date):
    assert _dates(text, "vi") == [date]


# the first meeting of the body a congress elected, its sentence naming no day nor term, is held in the year of the
# congress, which is dated only once the whole text is read (by the term it opens)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "vi",
            "Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang đã tiến hành bầu 48 Uỷ viên Ban Chấp hành Đảng bộ tỉnh khoá XVII,"
            " nhiệm kỳ 2020-2025. Tại hội nghị lần thứ nhất, Ban Chấp hành Đảng bộ tỉnh đã bầu Ban Thường vụ, Bí thư,"
            " các Phó Bí thư Tỉnh ủy.",
        ),
        (
            "en",
            "The Congress of the Tuyen Quang Provincial Party Organisation elected 48 members of the 17th Provincial"
            " Party Executive Committee for the 2020-2025 term. At its first meeting, the Provincial Party Executive"
            " Committee elected the Standing Committee, the Secretary and the Deputy Secretaries.",
        ),
        (
            "fr",
            "Le Congrès de l'organisation provinciale du Parti de Tuyen Quang a élu 48 membres du Comité exécutif"
            " provincial du Parti pour le mandat 2020-2025. Lors de sa première réunion, le Comité exécutif provincial"
            " du Parti a élu le Comité permanent, le secrétaire et les secrétaires adjoints.",
        ),
        (
            "es",
            "El Congreso del Partido de la provincia de Tuyen Quang eligió a 48 miembros del Comité Ejecutivo"
            " provincial para el período 2020-2025. En la primera reunión del Comité Ejecutivo, se eligieron el Comité"
            " Permanente, el secretario y los vicesecretarios.",
        ),
        (
            "pl",
            "Zjazd Partii prowincji Tuyen Quang wybrał 48 członków Komitetu Wykonawczego na kadencję 2020-2025. Na"
            " pierwszym posiedzeniu Komitet Wykonawczy wybrał Stały Komitet, sekretarza i zastępców sekretarza.",
        ),
        (
            "de",
            "Der Parteitag der Provinz Tuyen Quang wählte 48 Mitglieder des Exekutivkomitees für die Amtszeit"
            " 2020-2025. Auf seiner ersten Sitzung wählte das Exekutivkomitee den Ständigen Ausschuss, den Sekretär und"
            " die stellvertretenden Sekretäre.",
        ),
        (
            "ar",
            "انتخب مؤتمر الحزب في مقاطعة توين كوانغ 48 عضوا في اللجنة التنفيذية للحزب للفترة 2020-2025. وفي الاجتماع"
            " الأول، انتخبت اللجنة التنفيذية اللجنة الدائمة والأمين ونواب الأمين.",
        ),
    ],
)
def test_a_first_meeting_after_a_congress_dated_by_its_term_is_of_its_year(lang, text):
    assert _dates(text, lang) == ["2020", "2020"]


# a meeting dated only by a word relative to the report's day ("yesterday", "hôm qua", "hier") is held that many days
# from the wire dateline's day that opens its sentence, else from the byline's day
@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        (
            "en",
            "Hanoi, October 16, 2024 (VNA) - The Provincial People's Council held its 22nd session yesterday.",
            "2024-10-15",
        ),
        (
            "fr",
            "Hanoi, 16 octobre 2024 (VNA) - Le Conseil populaire provincial a tenu hier sa 22e session.",
            "2024-10-15",
        ),
        (
            "es",
            "Hanói, 16 de octubre de 2024 (VNA) - El Consejo Popular provincial celebró ayer su 22ª sesión.",
            "2024-10-15",
        ),
        (
            "de",
            "Hanoi, 16. Oktober 2024 (VNA) - Der Volksrat der Provinz hielt gestern seine 22. Sitzung ab.",
            "2024-10-15",
        ),
        (
            "en",
            "October 16, 2024 08:30\nYesterday, the Gia Lai Provincial Party Committee held a conference.",
            "2024-10-15",
        ),
        (
            "vi",
            "Thứ sáu, 18/11/2022 15:17 (GMT+7)\nHôm qua, HĐND tỉnh Phú Yên tổ chức Kỳ họp thứ 12.",
            "2022-11-17",
        ),
        ("vi", "15/10/2020, 13:29\n\nChiều nay, HĐND tỉnh Thái Bình tổ chức kỳ họp thứ 12.", "2020-10-15"),
    ],
)
def test_a_relative_day_counts_from_the_report_day(lang, text, date):
    assert _dates(text, lang) == [date]


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        # a day of its own
        (
            "vi",
            "Thứ sáu, 18/11/2022 15:17 (GMT+7)\nHôm qua (16/11), HĐND tỉnh Phú Yên tổ chức Kỳ họp thứ 12.",
            "2022-11-16",
        ),
        # "this morning" is the dateline's day
        (
            "en",
            "Hanoi, October 16, 2024 (VNA) - The Provincial People's Council held its 22nd session this morning.",
            "2024-10-16",
        ),
        # after a meeting dated to the day, "sáng nay" is that report's day, not the byline's
        (
            "vi",
            "18/10/2025 10:00\nSáng 16/10, Đại hội đại biểu Đảng bộ tỉnh Hưng Yên lần thứ nhất khai mạc. Tại phiên"
            " trọng thể sáng nay, đại hội đã thông qua chương trình.",
            "2025-10-16",
        ),
    ],
)
def test_a_relative_day_gives_way_to_a_written_day(lang, text, date):
    assert _dates(text, lang) == [date]


# a day written without a year in a sentence naming several years is not before a later year a part of which the
# meeting reviews ("results in 2021 and the first quarter of 2022"), unless that part is a plan's
@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        (
            "vi",
            "Sáng ngày 22/05, làm việc với Ban Thường vụ Tỉnh ủy Gia Lai về kết quả phát triển kinh tế xã hội năm 2021"
            " và quý I năm 2022, phương hướng, nhiệm vụ năm 2022, Thủ tướng Chính phủ Phạm Minh Chính ghi nhận kết quả.",
            "2022-05-22",
        ),
        (
            "vi",
            "Ngày 20/7, Tỉnh ủy Gia Lai tổ chức hội nghị sơ kết 6 tháng đầu năm 2022, đánh giá kết quả năm 2021.",
            "2022-07-20",
        ),
        (
            "en",
            "On May 22, Prime Minister Pham Minh Chinh held a working session with the Standing Committee of the Gia Lai"
            " Provincial Party Committee on socio-economic results in 2021 and the first quarter of 2022.",
            "2022-05-22",
        ),
        (
            "fr",
            "Le 22 mai, le Premier ministre Pham Minh Chinh a tenu une séance de travail avec le Comité permanent du"
            " Comité provincial du Parti de Gia Lai sur les résultats de 2021 et du premier trimestre 2022.",
            "2022-05-22",
        ),
        (
            "es",
            "El 22 de mayo, el primer ministro Pham Minh Chinh sostuvo una sesión de trabajo con el Comité Permanente"
            " del Comité provincial del Partido de Gia Lai sobre los resultados de 2021 y del primer trimestre de 2022.",
            "2022-05-22",
        ),
        (
            "de",
            "Am 22. Mai hielt Premierminister Pham Minh Chinh eine Arbeitssitzung mit dem Ständigen Ausschuss des"
            " Parteikomitees der Provinz Gia Lai über die Ergebnisse von 2021 und des ersten Quartals 2022 ab.",
            "2022-05-22",
        ),
        (
            "pl",
            "22 maja premier Pham Minh Chinh odbył sesję roboczą ze Stałym Komitetem Prowincjonalnego Komitetu Partii"
            " Gia Lai na temat wyników w 2021 r. i w pierwszym kwartale 2022 r.",
            "2022-05-22",
        ),
        (
            "ar",
            "في 22 مايو، عقد رئيس الوزراء فام مينه تشينه جلسة عمل مع اللجنة الدائمة للجنة الحزب في مقاطعة جيا لاي حول"
            " نتائج عام 2021 والربع الأول من عام 2022.",
            "2022-05-22",
        ),
        # a part to come: the year reviewed
        (
            "vi",
            "Sáng ngày 01/12, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị để đánh giá tình hình thực hiện nhiệm vụ năm"
            " 2017, dự kiến nhiệm vụ quý I năm 2018.",
            "2017-12-01",
        ),
        (
            "en",
            "On December 20, the committee held a conference to review 2021 and set tasks for the first quarter of 2022.",
            "2021-12-20",
        ),
    ],
)
def test_a_reviewed_part_of_a_later_year_dates_the_meeting_in_it(lang, text, date):
    assert _dates(text, lang) == [date]


# a byline's date glued to the lead by a lost line break is read, as its own line ("28/9/2020Sáng nay (28/9)")
@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        (
            "vi",
            "Khai mạc Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ XVI\n28/9/2020Sáng nay (28/9), Đảng bộ tỉnh Gia Lai"
            " đã long trọng khai mạc Đại hội đại biểu lần thứ XVI tại Hội trường tỉnh.",
            "2020-09-28",
        ),
        (
            "vi",
            "Đại hội MTTQ tỉnh Gia Lai lần thứ XI\n23/8/2024Trong 02 ngày (22 và 23/8), Ủy ban MTTQ Việt Nam tỉnh Gia"
            " Lai đã tổ chức Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI.",
            "2024-08-22",
        ),
        (
            "en",
            "Gia Lai opens its Party Congress\n28/9/2020This morning (September 28), the Gia Lai Provincial Party"
            " Committee opened its 16th Congress at the provincial hall.",
            "2020-09-28",
        ),
    ],
)
def test_a_byline_glued_to_the_lead_dates_it(lang, text, date):
    assert _dates(text, lang) == [date]


# a congress whose sentence dates only its closing began on a day the text does not give: its month (the silver
# convention of vi7 u-vi-1139 and dates9); not when the days worked are counted, a span of days is written or an
# earlier sentence gave its opening day
@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        (
            "vi",
            "Ngày 15/10, Đại hội đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX, nhiệm kỳ 2020-2025 đã bế mạc.",
            "2020-10",
        ),
        (
            "vi",
            "Sáng 10-10, Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I, nhiệm kỳ 2025-2030 bước vào phiên làm việc"
            " cuối.",
            "2025-10",
        ),
        (
            "en",
            "On October 15, the 20th Congress of the Thai Binh Provincial Party Committee for the 2020-2025 term closed.",
            "2020-10",
        ),
        (
            "fr",
            "Le 15 octobre, le 20e Congrès du Comité provincial du Parti de Thai Binh pour le mandat 2020-2025 s'est clôturé.",
            "2020-10",
        ),
        (
            "pl",
            "15 października 2020 r. zakończył się XX Zjazd Partii prowincji Thai Binh, kadencja 2020-2025.",
            "2020-10",
        ),
        (
            "es",
            "El 15 de octubre de 2020 se clausuró el XX Congreso del Partido de la provincia de Thai Binh.",
            "2020-10",
        ),
        ("de", "Am 15. Oktober 2020 endete der 20. Parteitag der Provinz Thai Binh.", "2020-10"),
        (
            "vi",
            "Sau gần 4 ngày làm việc, sáng ngày 15/10, Đại hội Đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI, nhiệm kỳ"
            " 2020-2025 đã bế mạc.",
            "2020-10-12",
        ),
        (
            "vi",
            "Sáng 12/10, Đại hội Đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI, nhiệm kỳ 2020-2025 khai mạc. Chiều 15/10,"
            " Đại hội bế mạc.",
            "2020-10-12",
        ),
        (
            "vi",
            "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI, nhiệm kỳ 2020 - 2025 đã được thông qua"
            " trong phiên bế mạc Đại hội vào sáng ngày 15-10. Đại hội diễn ra từ ngày 12 đến ngày 15 tháng 10 năm 2020.",
            "2020-10-12",
        ),
    ],
)
def test_a_congress_dated_only_by_its_closing_is_of_its_month(lang, text, date):
    assert _dates(text, lang) == [date]
