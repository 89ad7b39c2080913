"""Date constructions found in the real unlabelled texts (stop 23, datesres) that kg misread."""

import pytest

from kg.extract import extract
from kg.model import Article

# a career written as a period by month names: the year it began is not the year of the events the text
# reports (an article with no URL, publication date nor byline: its year is the text's most frequent); where
# the range word is also a deadline's ("to", "do", "bis", "đến"), the year after it counts neither, and
# the year of the events is written once more
CAREERS = [
    (
        "en",
        "On the morning of March 18, the Provincial Party Committee held a conference to announce the decision. "
        "From July 2021 to March 2024, he was Secretary of the Binh Thuan Provincial Party Committee. "
        "He was elected in 2021. In 2024, the province grew by 8%.",
    ),
    (
        "ar",
        "صباح يوم 18 مارس، نظمت لجنة الحزب الإقليمية مؤتمرًا لإعلان القرار. "
        "خلال الفترة من يوليو 2021 إلى مارس 2024، كان أمين لجنة الحزب الإقليمية في بينه ثوان. "
        "وانتخب في عام 2021.",
    ),
    (
        "pl",
        "Rano 18 marca Komitet Partii Prowincji zorganizował konferencję, aby ogłosić decyzję. "
        "Od lipca 2021 do marca 2024 r. był sekretarzem Komitetu Partii Prowincji Binh Thuan. "
        "Został wybrany w 2021 r. W 2024 r. prowincja wzrosła o 8%.",
    ),
    (
        "fr",
        "Le matin du 18 mars, le Comité provincial du Parti a tenu une conférence pour annoncer la décision. "
        "De juillet 2021 à mars 2024, il a été secrétaire du Comité provincial du Parti de Binh Thuan. "
        "Il a été élu en 2021.",
    ),
    (
        "es",
        "En la mañana del 18 de marzo, el Comité provincial del Partido celebró una conferencia para anunciar la decisión. "
        "De julio de 2021 a marzo de 2024 fue secretario del Comité provincial del Partido de Binh Thuan. "
        "Fue elegido en 2021.",
    ),
    (
        "de",
        "Am Morgen des 18. März hielt das Provinzparteikomitee eine Konferenz ab, um die Entscheidung bekannt zu geben. "
        "Von Juli 2021 bis März 2024 war er Sekretär des Provinzparteikomitees von Binh Thuan. "
        "Er wurde 2021 gewählt. Im Jahr 2024 wuchs die Provinz um 8 %.",
    ),
    (
        "vi",
        "Sáng 18/3, Tỉnh ủy tổ chức hội nghị công bố quyết định của Bộ Chính trị. "
        "Từ tháng 7/2021 đến tháng 3/2024, ông là Bí thư Tỉnh ủy Bình Thuận. "
        "Ông được bầu năm 2021. Năm 2024, tỉnh tăng trưởng 8%.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CAREERS, ids=[lang for lang, _ in CAREERS])
def test_a_career_period_gives_not_its_first_year(lang, text):
    x = extract(Article("t", text, lang=lang))
    assert [m.date for m in x.meetings] == ["2024-03-18"]


def test_a_terms_years_are_no_career():
    # ("2024 a 2029": no month before the first year, a term's; "2021 y 2022": no range word between)
    text = (
        "El 18 de marzo, el Comité provincial del Frente celebró una conferencia. Fue elegido para el mandato "
        "2024 a 2029. La provincia creció un 8% en 2021 y un 7% en 2022."
    )
    x = extract(Article("t", text, lang="es"))
    assert [m.date for m in x.meetings] == ["2024-03-18"]


# a sentence dated by the day of a report ("On 6 November, the council announced the results") that names the
# meeting reported on and the day it was held after a holding verb: the meeting's day is the latter
HELD = [
    (
        "en",
        "On November 6, the Tra Vinh Provincial People's Council announced the results of the election of its "
        "Chairman at the 17th thematic session of the 9th tenure, which was held on November 5, 2020.",
    ),
    (
        "pl",
        "6 listopada Rada Ludowa prowincji Tra Vinh ogłosiła wyniki wyboru przewodniczącego na 17. sesji "
        "tematycznej 9. kadencji, która odbyła się 5 listopada 2020 r.",
    ),
    (
        "fr",
        "Le 6 novembre, le Conseil populaire de la province de Tra Vinh a annoncé les résultats de l'élection de "
        "son président lors de la 17e session thématique du 9e mandat, qui s'est tenue le 5 novembre 2020.",
    ),
    (
        "es",
        "El 6 de noviembre, el Consejo Popular de la provincia de Tra Vinh anunció los resultados de la elección "
        "de su presidente en la 17ª sesión temática del IX mandato, celebrada el 5 de noviembre de 2020.",
    ),
    (
        "ar",
        "في 6 نوفمبر، أعلن مجلس الشعب لمقاطعة ترا فينه نتائج انتخاب رئيسه في الدورة السابعة عشرة المواضيعية "
        "للفترة التاسعة، التي عقدت في 5 نوفمبر 2020.",
    ),
    (
        "vi",
        "Ngày 6/11, HĐND tỉnh Trà Vinh công bố kết quả bầu Chủ tịch HĐND tỉnh tại kỳ họp chuyên đề khóa 9 lần "
        "thứ 17, diễn ra vào ngày 5/11/2020.",
    ),
    (
        "de",
        "Am 6. November gab der Volksrat der Provinz Tra Vinh die Ergebnisse der Wahl seines Vorsitzenden auf der "
        "17. Sitzung der 9. Amtszeit bekannt, die am 5. November 2020 stattfand.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), HELD, ids=[lang for lang, _ in HELD])
def test_the_day_a_meeting_was_held_after_a_reports_day(lang, text):
    x = extract(Article("t", text, lang=lang))
    assert [m.date for m in x.meetings] == ["2020-11-05"]


def test_a_meeting_held_on_the_first_day_keeps_it():
    # (a holding verb before the meeting noun: the first day is the meeting's)
    text = (
        "On November 6, 2020, the Provincial People's Council held its 17th session, the last one to be held "
        "in the term that began on November 5."
    )
    x = extract(Article("t", text, lang="en"))
    assert [m.date for m in x.meetings] == ["2020-11-06"]


def test_a_holding_verb_of_another_meeting_named_later_gives_not_its_day():
    # (the congress's sentence names the first conference of its committee and the day that one was held)
    text = (
        "Sáng 24-9-2020, Đại hội đã nghe báo cáo kết quả Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh "
        "(diễn ra chiều 23-9)."
    )
    x = extract(Article("t", text, lang="vi"))
    assert [m.date for m in x.meetings] == ["2020-09-24"]


# a congress its sentence dates only by its last day began on a day the text does not give: its month
LAST_DAY = [
    (
        "vi",
        "Sáng 24-9-2020, ngày cuối cùng của Đại hội Đảng bộ tỉnh Yên Bái lần thứ XIX, Đại hội đã bầu Ban Chấp hành.",
    ),
    (
        "en",
        "On September 24, 2020, the last day of the congress, the Provincial Party Congress elected its Executive "
        "Committee.",
    ),
    (
        "fr",
        "Le 24 septembre 2020, dernier jour du congrès, le Congrès du Parti de la province a élu son Comité exécutif.",
    ),
    (
        "es",
        "El 24 de septiembre de 2020, último día del congreso, el Congreso del Partido provincial eligió a su Comité "
        "Ejecutivo.",
    ),
    ("pl", "24 września 2020 r., ostatniego dnia zjazdu, Zjazd Partii Prowincji wybrał Komitet Wykonawczy."),
    (
        "de",
        "Am 24. September 2020, dem letzten Tag des Parteitags, wählte der Parteitag der Provinz sein Exekutivkomitee.",
    ),
    ("ar", "في 24 سبتمبر 2020، اليوم الأخير من المؤتمر، انتخب مؤتمر الحزب الإقليمي لجنته التنفيذية."),
]


@pytest.mark.parametrize(("lang", "text"), LAST_DAY, ids=[lang for lang, _ in LAST_DAY])
def test_a_congress_dated_by_its_last_day_is_dated_by_its_month(lang, text):
    x = extract(Article("t", text, lang=lang))
    assert [m.date for m in x.meetings] == ["2020-09"]


# a byline whose day and time of day a dash parts ("Thứ sáu, 16/10/2020 - 11:01", "24/09/2020 - 12:39"): the
# day the article was published, from which "this morning" counts
BYLINES = [
    ("vi", "Thứ sáu, 16/10/2020 - 11:01\nSáng nay, UBND tỉnh tổ chức cuộc họp.", "2020-10-16"),
    (
        "en",
        "24/09/2020 – 12:39\nThe provincial People's Committee held a meeting this morning.",
        "2020-09-24",
    ),
    ("fr", "16/10/2020 - 11:01\nLe Comité populaire provincial a tenu une réunion ce matin.", "2020-10-16"),
]


@pytest.mark.parametrize(("lang", "text", "day"), BYLINES, ids=[lang for lang, _, _ in BYLINES])
def test_a_byline_with_a_dash_before_its_time_dates_the_report(lang, text, day):
    x = extract(Article("t", "Title\n" + text, lang=lang))
    assert [m.date for m in x.meetings] == [day]
