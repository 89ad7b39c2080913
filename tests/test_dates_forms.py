"""Meeting dates written in the forms vietnam.vn's machine translations use, in every pack (ar, pl, en, vi, fr, es,
de): days and months in words, cut short or in figures, datelines, weekdays, the days of a multi-day meeting (its
first day), ordinal days, years with their abbreviation; and the year of a date written without one (a byline, a
title, a term the event opens, the year a session reviews before the next year's tasks).

Sentences written for these tests (stop 26 battery), not copied from any article. GOLD.md: YYYY-MM-DD when the year
is known from the text, else null for a day and month alone; a meeting of several days is dated by its first day."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article

# a meeting sentence per language, its date written before it
MEETING = {
    "en": "the Provincial People's Council held its 20th session, chaired by Mr. Nguyen Van Hung, Chairman of the"
    " Provincial People's Council.",
    "fr": "le Conseil populaire provincial a tenu sa 20e session, présidée par M. Nguyen Van Hung, président du"
    " Conseil populaire provincial.",
    "es": "el Consejo Popular Provincial celebró su 20ª sesión, presidida por el Sr. Nguyen Van Hung, presidente del"
    " Consejo Popular Provincial.",
    "de": "hielt der Volksrat der Provinz seine 20. Sitzung ab, geleitet von Herrn Nguyen Van Hung, Vorsitzender des"
    " Volksrats der Provinz.",
    "pl": "Prowincjonalna Rada Ludowa odbyła 20. sesję, której przewodniczył pan Nguyen Van Hung, przewodniczący"
    " Prowincjonalnej Rady Ludowej.",
    "vi": "HĐND tỉnh tổ chức kỳ họp thứ 20 do ông Nguyễn Văn Hùng, Chủ tịch HĐND tỉnh chủ trì.",
    "ar": "عقد مجلس الشعب الإقليمي دورته العشرين برئاسة السيد نغوين فان هونغ رئيس مجلس الشعب الإقليمي.",
}

# (language, the date as written before the meeting sentence, the meeting's date): every form with its year
WITH_YEAR = [
    ("en", "On March 12, 2025, ", "2025-03-12"),
    ("en", "On 12 March 2025, ", "2025-03-12"),
    ("en", "On Mar. 12, 2025, ", "2025-03-12"),
    ("en", "On Sept. 9, 2025, ", "2025-09-09"),
    ("en", "On Sept 9, 2025, ", "2025-09-09"),
    ("en", "On March 1st, 2025, ", "2025-03-01"),
    ("en", "On the 1st of March 2025, ", "2025-03-01"),
    ("en", "On Monday, March 10, 2025, ", "2025-03-10"),
    ("en", "On Monday, 10 March 2025, ", "2025-03-10"),
    ("en", "On the morning of March 12, 2025, ", "2025-03-12"),
    ("en", "From March 8 to 10, 2025, ", "2025-03-08"),
    ("en", "On March 8-10, 2025, ", "2025-03-08"),
    ("en", "From 8 to 10 March 2025, ", "2025-03-08"),
    ("en", "On 12/3/2025, ", "2025-03-12"),
    ("en", "Hanoi (VNA) - On March 12, 2025, ", "2025-03-12"),
    ("fr", "Le 12 mars 2025, ", "2025-03-12"),
    ("fr", "Le 1er mars 2025, ", "2025-03-01"),
    ("fr", "Le 9 sept. 2025, ", "2025-09-09"),
    ("fr", "Le lundi 10 mars 2025, ", "2025-03-10"),
    ("fr", "Dans la matinée du 12 mars 2025, ", "2025-03-12"),
    ("fr", "Le matin du 12 mars 2025, ", "2025-03-12"),
    ("fr", "Du 8 au 10 mars 2025, ", "2025-03-08"),
    ("fr", "Le 12/3/2025, ", "2025-03-12"),
    ("fr", "Hanoï, 12 mars (VNA) – En 2025, ", "2025-03-12"),
    ("es", "El 12 de marzo de 2025, ", "2025-03-12"),
    ("es", "El 1 de marzo de 2025, ", "2025-03-01"),
    ("es", "El 1º de marzo de 2025, ", "2025-03-01"),
    ("es", "El 9 de sept. de 2025, ", "2025-09-09"),
    ("es", "El lunes 10 de marzo de 2025, ", "2025-03-10"),
    ("es", "En la mañana del 12 de marzo de 2025, ", "2025-03-12"),
    ("es", "Del 8 al 10 de marzo de 2025, ", "2025-03-08"),
    ("es", "El 12/3/2025, ", "2025-03-12"),
    ("es", "Hanói, 12 de marzo (VNA) – En 2025, ", "2025-03-12"),
    ("de", "Am 12. März 2025 ", "2025-03-12"),
    ("de", "Am 1. März 2025 ", "2025-03-01"),
    ("de", "Am 9. Sept. 2025 ", "2025-09-09"),
    ("de", "Am Montag, dem 10. März 2025, ", "2025-03-10"),
    ("de", "Am Montag, 10. März 2025, ", "2025-03-10"),
    ("de", "Am Morgen des 12. März 2025 ", "2025-03-12"),
    ("de", "Vom 8. bis 10. März 2025 ", "2025-03-08"),
    ("de", "Am 12.3.2025 ", "2025-03-12"),
    ("de", "Am 12.03.2025 ", "2025-03-12"),
    ("pl", "12 marca 2025 r. ", "2025-03-12"),
    ("pl", "12 marca 2025r. ", "2025-03-12"),
    ("pl", "W dniu 12 marca 2025 r. ", "2025-03-12"),
    ("pl", "W poniedziałek 10 marca 2025 r. ", "2025-03-10"),
    ("pl", "Rano 12 marca 2025 r. ", "2025-03-12"),
    ("pl", "Rankiem 12 marca 2025 r. ", "2025-03-12"),
    ("pl", "Od 8 do 10 marca 2025 r. ", "2025-03-08"),
    ("pl", "W dniach 8-10 marca 2025 r. ", "2025-03-08"),
    ("pl", "12.03.2025 r. ", "2025-03-12"),
    ("pl", "9 wrz. 2025 r. ", "2025-09-09"),
    ("pl", "1 marca 2025 r. ", "2025-03-01"),
    ("vi", "Ngày 12/3/2025, ", "2025-03-12"),
    ("vi", "Sáng 12/3/2025, ", "2025-03-12"),
    ("vi", "Ngày 12-3-2025, ", "2025-03-12"),
    ("vi", "Ngày 12 tháng 3 năm 2025, ", "2025-03-12"),
    ("vi", "Sáng thứ Hai (10/3/2025), ", "2025-03-10"),
    ("vi", "Thứ Hai, ngày 10/3/2025, ", "2025-03-10"),
    ("vi", "Trong 2 ngày 8 và 9/10/2025, ", "2025-10-08"),
    ("vi", "Từ ngày 8 đến 10/10/2025, ", "2025-10-08"),
    ("vi", "Trong các ngày 8-10/10/2025, ", "2025-10-08"),
    ("vi", "Hà Nội, 12/3 (TTXVN) - Năm 2025, ", "2025-03-12"),
    ("vi", "Ngày 12/3 năm 2025, ", "2025-03-12"),
    ("ar", "في 12 مارس 2025، ", "2025-03-12"),
    ("ar", "في 12 مارس 2025م، ", "2025-03-12"),
    ("ar", "في 12 مارس عام 2025، ", "2025-03-12"),
    ("ar", "في 12 آذار 2025، ", "2025-03-12"),
    ("ar", "في 9 أيلول 2025، ", "2025-09-09"),
    ("ar", "صباح يوم الاثنين 10 مارس 2025، ", "2025-03-10"),
    ("ar", "يوم الاثنين الموافق 10 مارس 2025، ", "2025-03-10"),
    ("ar", "من 8 إلى 10 مارس 2025، ", "2025-03-08"),
    ("ar", "في 12/3/2025، ", "2025-03-12"),
    ("ar", "بتاريخ 12 مارس 2025، ", "2025-03-12"),
    ("ar", "في ١٢ مارس ٢٠٢٥، ", "2025-03-12"),
]

# a title naming the year, the day and month written without it before the meeting sentence
TITLE = {
    "en": "Provincial socio-economic targets for 2025 reviewed",
    "fr": "Les objectifs socio-économiques de 2025 examinés",
    "es": "Revisados los objetivos socioeconómicos de 2025",
    "de": "Sozioökonomische Ziele für 2025 überprüft",
    "pl": "Przegląd celów społeczno-gospodarczych na 2025 rok",
    "vi": "Rà soát mục tiêu kinh tế - xã hội năm 2025",
    "ar": "مراجعة الأهداف الاجتماعية والاقتصادية لعام 2025",
}
YEAR_IN_TITLE = [
    ("en", "On Sept. 9, ", "2025-09-09"),
    ("en", "On 9 Sept., ", "2025-09-09"),
    ("en", "On 12th March, ", "2025-03-12"),
    ("en", "On March 12th, ", "2025-03-12"),
    ("en", "On the 12th of March, ", "2025-03-12"),
    ("en", "Hanoi, March 12 (VNA) - ", "2025-03-12"),
    ("en", "Hanoi, Sept. 9 (VNA) – ", "2025-09-09"),
    ("en", "On Wednesday, March 12, ", "2025-03-12"),
    ("en", "From March 12 to 14, ", "2025-03-12"),
    ("fr", "Le 9 sept., ", "2025-09-09"),
    ("fr", "Le 12/3, ", "2025-03-12"),
    ("fr", "Le 1er mars, ", "2025-03-01"),
    ("fr", "Hanoï, 12 mars (VNA) – ", "2025-03-12"),
    ("fr", "Hanoï, 9 sept. (VNA) – ", "2025-09-09"),
    ("fr", "Le mercredi 12 mars, ", "2025-03-12"),
    ("fr", "Du 12 au 14 mars, ", "2025-03-12"),
    ("es", "El 9 de sept., ", "2025-09-09"),
    ("es", "Hanói, 12 de marzo (VNA) – ", "2025-03-12"),
    ("es", "Hanói, 9 sept. (VNA) – ", "2025-09-09"),
    ("es", "El miércoles 12 de marzo, ", "2025-03-12"),
    ("es", "Del 12 al 14 de marzo, ", "2025-03-12"),
    ("es", "El día 12/3, ", "2025-03-12"),
    ("de", "Am 9. Sept. ", "2025-09-09"),
    ("de", "Am 12.3. ", "2025-03-12"),
    ("de", "Hanoi, 12. März (VNA) – ", "2025-03-12"),
    ("de", "Hanoi, 9. Sept. (VNA) – ", "2025-09-09"),
    ("de", "Am Mittwoch, dem 12. März, ", "2025-03-12"),
    ("de", "Vom 12. bis 14. März ", "2025-03-12"),
    ("pl", "9 wrz. ", "2025-09-09"),
    ("pl", "Hanoi, 12 marca (VNA) – ", "2025-03-12"),
    ("pl", "W środę 12 marca ", "2025-03-12"),
    ("pl", "Od 12 do 14 marca ", "2025-03-12"),
    ("vi", "Ngày 12/3, ", "2025-03-12"),
    ("vi", "Sáng 12-3, ", "2025-03-12"),
    ("vi", "Hà Nội, 12/3 (TTXVN) - ", "2025-03-12"),
    ("vi", "Ngày 12 tháng 3, ", "2025-03-12"),
    ("vi", "Sáng thứ Tư (12/3), ", "2025-03-12"),
    ("vi", "Trong 2 ngày 12 và 13/3, ", "2025-03-12"),
    ("vi", "Từ ngày 12 đến 14/3, ", "2025-03-12"),
    ("ar", "في 12 مارس، ", "2025-03-12"),
    ("ar", "في 12 آذار، ", "2025-03-12"),
    ("ar", "في 9 ايلول، ", "2025-09-09"),
    ("ar", "في 9 أيلول، ", "2025-09-09"),
    ("ar", "صباح يوم الأربعاء 12 مارس، ", "2025-03-12"),
    ("ar", "من 12 إلى 14 مارس، ", "2025-03-12"),
    ("ar", "بتاريخ 12 مارس، ", "2025-03-12"),
    ("ar", "هانوي، 12 مارس (فنا) - ", "2025-03-12"),
]


def _dates(text: str, lang: str) -> list[str | None]:
    return [m.date for m in extract(Article("t", text, lang=lang)).meetings]


@pytest.mark.parametrize(("lang", "written", "date"), WITH_YEAR)
def test_a_date_form_with_its_year(lang, written, date):
    assert _dates(written + MEETING[lang], lang) == [date]


@pytest.mark.parametrize(("lang", "written", "date"), YEAR_IN_TITLE)
def test_a_date_form_without_a_year_takes_the_titles(lang, written, date):
    assert _dates(TITLE[lang] + "\n" + written + MEETING[lang], lang) == [date]


@pytest.mark.parametrize(
    ("lang", "written"),
    [("en", "On March 12, "), ("fr", "Le 12/3, "), ("vi", "Ngày 12/3, "), ("ar", "في 12 مارس، ")],
)
def test_a_day_and_month_in_a_text_of_no_year_is_no_date(lang, written):
    assert _dates(written + MEETING[lang], lang) == [None]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a year glued to the abbreviation, a month cut short before a dateline's agency: no sentence ends there
        ("pl", "W 2024 r. rada obradowała.\n12 marca 2025r. " + MEETING["pl"]),
        ("fr", "En 2024, le conseil a siégé.\nHanoï, 9 sept. 2025 (VNA) – " + MEETING["fr"]),
    ],
)
def test_the_date_stays_in_the_meetings_sentence(lang, text):
    assert _dates(text, lang)[-1:] in (["2025-03-12"], ["2025-09-09"])


def test_a_month_cut_short_still_ends_no_sentence_it_does_not_end():
    # a full month name ("May", pl "maj") ending a sentence still ends it
    from kg.text import sentences

    assert len(sentences("The session closed on 12 May. The council adopted 12 resolutions.")) == 2
    assert len(sentences("Hanoi, 9 Sept. (VNA) - The council met.")) == 1


# the year of a day written without one
DAY = {
    "en": "On December 28, ",
    "fr": "Le 28 décembre, ",
    "es": "El 28 de diciembre, ",
    "de": "Am 28. Dezember ",
    "pl": "28 grudnia ",
    "vi": "Ngày 28/12, ",
    "ar": "في 28 ديسمبر، ",
}
# the session reviews the year and sets the next one's tasks: the year is the one reviewed, not the tasks'
REVIEW = {
    "en": "The session reviewed the socio-economic results of 2025 and set the tasks for 2026.",
    "fr": "La session a examiné les résultats socio-économiques de 2025 et fixé les tâches pour 2026.",
    "es": "La sesión evaluó los resultados socioeconómicos de 2025 y fijó las tareas para 2026.",
    "de": "Die Sitzung bewertete die sozioökonomischen Ergebnisse des Jahres 2025 und legte die Aufgaben für 2026 fest.",
    "pl": "Sesja oceniła wyniki społeczno-gospodarcze w 2025 r. i wyznaczyła zadania na 2026 r.",
    "vi": "Kỳ họp đánh giá kết quả kinh tế - xã hội năm 2025 và đề ra nhiệm vụ năm 2026.",
    "ar": "واستعرضت الدورة النتائج الاجتماعية والاقتصادية لعام 2025 وحددت مهام عام 2026.",
}
BYLINE_JANUARY = {
    "en": "PV January 5, 2026 17:59",
    "fr": "Ngan Hanh - 5 janvier 2026 08:10",
    "es": "Actualizado: 05/01/2026 08:10",
    "de": "05.01.2026 08:10",
    "pl": "05.01.2026 08:10",
    "vi": "05/01/2026 08:10",
    "ar": "05/01/2026 08:10",
}
THIS_YEAR = {
    "en": "The council reviewed the tasks of this year.",
    "fr": "Le conseil a examiné les tâches de cette année.",
    "es": "El consejo revisó las tareas de este año.",
    "de": "Der Rat überprüfte die Aufgaben dieses Jahres.",
    "pl": "Rada oceniła zadania w tym roku.",
    "vi": "Hội đồng đánh giá nhiệm vụ năm nay.",
    "ar": "واستعرض المجلس مهام هذا العام.",
}
TERM_OPENS = {
    "en": "On October 12, the Provincial Party Congress for the 2025-2030 term opened, chaired by Mr. Nguyen Van Hung,"
    " Secretary of the Provincial Party Committee.",
    "fr": "Le 12 octobre, le Congrès provincial du Parti pour le mandat 2025-2030 s'est ouvert, présidé par M. Nguyen"
    " Van Hung, secrétaire du Comité provincial du Parti.",
    "es": "El 12 de octubre se inauguró el Congreso Provincial del Partido para el mandato 2025-2030, presidido por el"
    " Sr. Nguyen Van Hung, secretario del Comité Provincial del Partido.",
    "de": "Am 12. Oktober wurde der Provinzparteitag für die Amtszeit 2025-2030 eröffnet, geleitet von Herrn Nguyen Van"
    " Hung, Sekretär des Provinzparteikomitees.",
    "pl": "12 października rozpoczął się Zjazd Partii Prowincji na kadencję 2025-2030, któremu przewodniczył pan Nguyen"
    " Van Hung, sekretarz Prowincjonalnego Komitetu Partii.",
    "vi": "Ngày 12/10, Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025-2030 khai mạc do ông Nguyễn Văn Hùng, Bí thư Tỉnh ủy"
    " chủ trì.",
    "ar": "في 12 أكتوبر، افتتح مؤتمر الحزب الإقليمي للفترة 2025-2030 برئاسة السيد نغوين فان هونغ، أمين لجنة الحزب"
    " الإقليمية.",
}


@pytest.mark.parametrize("lang", sorted(DAY))
def test_the_year_a_session_reviews_before_the_next_years_tasks(lang):
    # two years, once each: the one a plan's noun names ("tasks for 2026") is the year to come, not the session's
    assert _dates(DAY[lang] + MEETING[lang] + " " + REVIEW[lang], lang) == ["2025-12-28"]


@pytest.mark.parametrize("lang", sorted(DAY))
def test_a_december_meeting_in_a_january_article(lang):
    assert _dates(BYLINE_JANUARY[lang] + "\n" + DAY[lang] + MEETING[lang], lang) == ["2025-12-28"]
    text = BYLINE_JANUARY[lang] + "\n" + DAY[lang] + MEETING[lang] + " " + REVIEW[lang]
    assert _dates(text, lang) == ["2025-12-28"]


@pytest.mark.parametrize("lang", sorted(DAY))
def test_this_year_names_no_year(lang):
    assert _dates(DAY[lang] + MEETING[lang] + " " + THIS_YEAR[lang], lang) == [None]


@pytest.mark.parametrize("lang", sorted(TERM_OPENS))
def test_a_congress_is_held_the_year_its_term_opens(lang):
    assert _dates(TERM_OPENS[lang], lang) == ["2025-10-12"]


def test_a_plans_year_loses_only_a_tie():
    from kg.extract.meetings import _meeting_year

    assert _meeting_year(None, "results of 2025, tasks for 2026", frozenset({2026})) == 2025
    assert _meeting_year(None, "results of 2025, tasks for 2026; 2026, 2026", frozenset({2026})) == 2026
    assert _meeting_year(None, "results of 2025, in 2026", frozenset()) == 2026


# a December session that reviews the year and plans the next, the next year's targets written again and again (the
# text's most frequent year): held in the year it reviews
YEAR_END = {
    "en": "On December 10, the Provincial People's Council held its 20th session, chaired by Mr. Nguyen Van Hung. The"
    " session reviewed the socio-economic results of 2025 and decided the tasks for 2026. In 2026, the province aims"
    " for GRDP growth of 10%; budget revenue in 2026 is expected to reach 15,000 billion VND.",
    "fr": "Le 10 décembre, le Conseil populaire provincial a tenu sa 20e session, présidée par M. Nguyen Van Hung. La"
    " session a examiné les résultats socio-économiques de 2025 et décidé des tâches pour 2026. En 2026, la province"
    " vise une croissance du PIBR de 10 % ; les recettes budgétaires de 2026 devraient atteindre 15 000 milliards de"
    " VND.",
    "es": "El 10 de diciembre, el Consejo Popular Provincial celebró su 20ª sesión, presidida por el Sr. Nguyen Van"
    " Hung. La sesión revisó los resultados socioeconómicos de 2025 y decidió las tareas para 2026. En 2026, la"
    " provincia aspira a un crecimiento del PIBR del 10%; los ingresos presupuestarios de 2026 alcanzarían 15.000"
    " millones de VND.",
    "de": "Am 10. Dezember hielt der Volksrat der Provinz seine 20. Sitzung ab, geleitet von Herrn Nguyen Van Hung. Die"
    " Sitzung bewertete die sozioökonomischen Ergebnisse von 2025 und beschloss die Aufgaben für 2026. Im Jahr 2026"
    " strebt die Provinz ein BRIP-Wachstum von 10 % an; die Haushaltseinnahmen 2026 sollen 15.000 Milliarden VND"
    " erreichen.",
    "pl": "10 grudnia Prowincjonalna Rada Ludowa odbyła 20. sesję, której przewodniczył pan Nguyen Van Hung. Sesja"
    " oceniła wyniki społeczno-gospodarcze za 2025 r. i ustaliła zadania na 2026 r. W 2026 r. prowincja dąży do"
    " wzrostu GRDP o 10%; dochody budżetowe w 2026 r. mają wynieść 15 000 mld VND.",
    "vi": "Sáng 10/12, HĐND tỉnh tổ chức kỳ họp thứ 20 do ông Nguyễn Văn Hùng chủ trì. Kỳ họp đánh giá kết quả phát"
    " triển kinh tế - xã hội năm 2025 và quyết định nhiệm vụ năm 2026. Năm 2026, tỉnh phấn đấu GRDP tăng 10%; thu"
    " ngân sách năm 2026 đạt 15.000 tỷ đồng.",
    "ar": "في 10 ديسمبر، عقد مجلس الشعب الإقليمي دورته العشرين برئاسة السيد نغوين فان هونغ. واستعرضت الدورة النتائج"
    " الاجتماعية والاقتصادية لعام 2025 وحددت مهام عام 2026. وفي عام 2026، تهدف المقاطعة إلى نمو الناتج المحلي"
    " الإجمالي بنسبة 10%، ومن المتوقع أن تبلغ إيرادات الميزانية في عام 2026 نحو 15 ألف مليار دونغ.",
}


@pytest.mark.parametrize("lang", sorted(YEAR_END))
def test_a_december_session_is_held_in_the_year_it_reviews(lang):
    assert _dates(YEAR_END[lang], lang) == ["2025-12-10"]


@pytest.mark.parametrize("lang", sorted(YEAR_END))
def test_a_session_earlier_in_the_year_keeps_the_texts_year(lang):
    # (the mid-year session reviewing the year before is rare; the rule reads only November and December)
    text = YEAR_END[lang].replace("10 décembre", "10 juillet").replace("December 10", "July 10")
    text = text.replace("10 de diciembre", "10 de julio").replace("10. Dezember", "10. Juli")
    text = text.replace("10 grudnia", "10 lipca").replace("10/12", "10/7").replace("10 ديسمبر", "10 يوليو")
    assert _dates(text, lang) == ["2026-07-10"]


def test_a_december_meeting_of_the_plans_year_keeps_it():
    # the year before written after the plan's noun, not before it: no review of it
    text = (
        "On December 10, the Provincial People's Council held its 20th session. It decided the tasks for 2026,"
        " up from 2025. In 2026 GRDP will grow 10%. In 2026 revenue will rise."
    )
    assert _dates(text, "en") == ["2026-12-10"]


def test_the_year_before_in_another_sentence_reviews_nothing():
    from kg.extract.meetings import _year_end_year
    from kg.lang import load_pack

    en = load_pack("en")
    assert _year_end_year(2026, "The council reviewed 2025 and decided the tasks for 2026.", en) == 2025
    assert (
        _year_end_year(2026, "In 2025 the province grew. The council decided the tasks for 2026.", en) == 2026
    )


# a later day written without a year after a meeting dated with one, across the new year (and an earlier one back)
CROSS = {
    "en": (
        "On December 28, 2025, the Provincial People's Council held its 20th session, chaired by Mr. Nguyen Van Hung.",
        "On January 3, the Provincial People's Committee held a conference, chaired by Mr. Tran Van Nam.",
    ),
    "fr": (
        "Le 28 décembre 2025, le Conseil populaire provincial a tenu sa 20e session, présidée par M. Nguyen Van Hung.",
        "Le 3 janvier, le Comité populaire provincial a tenu une conférence, présidée par M. Tran Van Nam.",
    ),
    "es": (
        "El 28 de diciembre de 2025, el Consejo Popular Provincial celebró su 20ª sesión, presidida por el Sr. Nguyen"
        " Van Hung.",
        "El 3 de enero, el Comité Popular Provincial celebró una conferencia, presidida por el Sr. Tran Van Nam.",
    ),
    "de": (
        "Am 28. Dezember 2025 hielt der Volksrat der Provinz seine 20. Sitzung ab, geleitet von Herrn Nguyen Van Hung.",
        "Am 3. Januar hielt das Volkskomitee der Provinz eine Konferenz ab, geleitet von Herrn Tran Van Nam.",
    ),
    "pl": (
        "28 grudnia 2025 r. Prowincjonalna Rada Ludowa odbyła 20. sesję, której przewodniczył pan Nguyen Van Hung.",
        "Dnia 3 stycznia Prowincjonalny Komitet Ludowy zorganizował konferencję, której przewodniczył pan Tran Van Nam.",
    ),
    "vi": (
        "Ngày 28/12/2025, HĐND tỉnh tổ chức kỳ họp thứ 20 do ông Nguyễn Văn Hùng chủ trì.",
        "Ngày 3/1, UBND tỉnh tổ chức hội nghị do ông Trần Văn Nam chủ trì.",
    ),
    "ar": (
        "في 28 ديسمبر 2025، عقد مجلس الشعب الإقليمي دورته العشرين برئاسة السيد نغوين فان هونغ.",
        "في 3 يناير، عقدت اللجنة الشعبية الإقليمية مؤتمرا برئاسة السيد تران فان نام.",
    ),
}


@pytest.mark.parametrize("lang", sorted(CROSS))
def test_a_later_day_across_the_new_year(lang):
    assert _dates("\n".join(CROSS[lang]), lang) == ["2025-12-28", "2026-01-03"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On January 3, 2026, the Provincial People's Committee held a conference, chaired by Mr. Tran Van Nam.\n"
            "Earlier, on December 28, the Provincial People's Council held its 20th session, chaired by Mr. Nguyen"
            " Van Hung.",
        ),
        (
            "vi",
            "Ngày 3/1/2026, UBND tỉnh tổ chức hội nghị do ông Trần Văn Nam chủ trì.\nTrước đó, ngày 28/12, HĐND tỉnh tổ"
            " chức kỳ họp thứ 20 do ông Nguyễn Văn Hùng chủ trì.",
        ),
    ],
)
def test_an_earlier_day_back_across_the_new_year(lang, text):
    assert _dates(text, lang) == ["2026-01-03", "2025-12-28"]


def test_a_later_day_far_from_the_new_year_keeps_the_year():
    text = CROSS["en"][0] + "\n" + CROSS["en"][1].replace("January 3", "March 12")
    assert _dates(text, "en") == ["2025-12-28", "2025-03-12"]


# the first sitting of a term, its years written after the term's ordinal: held the year the term begins, not the
# text's most frequent year (its figures')
FIRST_OF_TERM = {
    "en": "On June 25, the Provincial People's Council of the 11th term, 2026-2031, held its first session, chaired by"
    " Mr. Nguyen Van Hung.",
    "vi": "Ngày 25/6, HĐND tỉnh khóa XI, nhiệm kỳ 2026-2031 tổ chức kỳ họp thứ nhất do ông Nguyễn Văn Hùng chủ trì.",
    "fr": "Le 25 juin, le Conseil populaire provincial de la 11e législature, 2026-2031, a tenu sa première session,"
    " présidée par M. Nguyen Van Hung.",
    "es": "El 25 de junio, el Consejo Popular Provincial del XI mandato, 2026-2031, celebró su primera sesión,"
    " presidida por el Sr. Nguyen Van Hung.",
    "de": "Am 25. Juni hielt der Volksrat der Provinz der 11. Amtszeit 2026-2031 seine erste Sitzung ab, geleitet von"
    " Herrn Nguyen Van Hung.",
    "pl": "25 czerwca Prowincjonalna Rada Ludowa XI kadencji 2026-2031 odbyła pierwszą sesję, której przewodniczył pan"
    " Nguyen Van Hung.",
    # (ar: the term's ordinal written after its word, before the years)
    "ar": "في 25 يونيو، عقد مجلس الشعب الإقليمي للدورة الحادية عشرة 2026-2031 جلسته الأولى برئاسة السيد نغوين فان"
    " هونغ.",
}
FIGURES = {
    "en": " In 2025, GRDP grew 8%. In 2025 revenue rose.",
    "vi": " Năm 2025, GRDP tăng 8%. Năm 2025 thu ngân sách tăng.",
    "fr": " En 2025, le PIBR a augmenté de 8 %. En 2025, les recettes ont augmenté.",
    "es": " En 2025, el PIBR creció un 8%. En 2025 los ingresos aumentaron.",
    "de": " Im Jahr 2025 wuchs das BRIP um 8 %. 2025 stiegen die Einnahmen.",
    "pl": " W 2025 r. PKB wzrósł o 8%. W 2025 r. dochody wzrosły.",
    "ar": " في عام 2025، نما الناتج المحلي بنسبة 8%. وفي عام 2025 ارتفعت الإيرادات.",
}


@pytest.mark.parametrize("lang", sorted(FIRST_OF_TERM))
def test_the_first_sitting_of_a_term_is_held_the_year_it_begins(lang):
    assert _dates(FIRST_OF_TERM[lang], lang) == ["2026-06-25"]
    assert _dates(FIRST_OF_TERM[lang] + FIGURES[lang], lang) == ["2026-06-25"]


def test_a_later_sitting_of_a_term_with_its_ordinal_is_no_first():
    text = (
        "في 25 يونيو، عقد مجلس الشعب الإقليمي للدورة الحادية عشرة 2021-2026 جلسته الخامسة برئاسة السيد نغوين فان هونغ."
        + FIGURES["ar"]
    )
    assert _dates(text, "ar") == ["2025-06-25"]


# the days of a meeting across two months (its first day), in every pack
ACROSS_MONTHS = [
    ("en", "From September 30 to October 2, 2025, ", "2025-09-30"),
    ("en", "On 29 and 30 September 2025, ", "2025-09-29"),
    ("fr", "Du 30 septembre au 2 octobre 2025, ", "2025-09-30"),
    ("fr", "Les 29 et 30 septembre 2025, ", "2025-09-29"),
    ("es", "Del 30 de septiembre al 2 de octubre de 2025, ", "2025-09-30"),
    ("es", "Los días 29 y 30 de septiembre de 2025, ", "2025-09-29"),
    ("de", "Vom 30. September bis 2. Oktober 2025 ", "2025-09-30"),
    ("de", "Am 29. und 30. September 2025 ", "2025-09-29"),
    ("pl", "Od 30 września do 2 października 2025 r. ", "2025-09-30"),
    ("pl", "W dniach 29 i 30 września 2025 r. ", "2025-09-29"),
    ("vi", "Từ ngày 30/9 đến ngày 2/10/2025, ", "2025-09-30"),
    # (a dash between the days: "từ" opens the meeting's days, no state's starting point)
    ("vi", "Từ ngày 30/9 - 2/10/2025, ", "2025-09-30"),
    ("vi", "Trong 2 ngày (29 - 30/9/2025), ", "2025-09-29"),
    ("ar", "من 30 سبتمبر إلى 2 أكتوبر 2025، ", "2025-09-30"),
    ("ar", "في الفترة من 30 سبتمبر إلى 2 أكتوبر 2025، ", "2025-09-30"),
    ("ar", "يومي 29 و30 سبتمبر 2025، ", "2025-09-29"),
]


@pytest.mark.parametrize(("lang", "written", "date"), ACROSS_MONTHS)
def test_a_meeting_across_two_months_is_dated_by_its_first_day(lang, written, date):
    assert _dates(written + MEETING[lang], lang) == [date]


# a month and its year and no day: the meeting is dated by the month (ar: the year's word between them)
MONTH_ONLY = [
    (
        "en",
        "In March 2025, the Provincial People's Committee held a conference, chaired by Mr. Nguyen Van Hung.",
    ),
    (
        "fr",
        "En mars 2025, le Comité populaire provincial a tenu une conférence, présidée par M. Nguyen Van Hung.",
    ),
    (
        "es",
        "En marzo de 2025, el Comité Popular Provincial celebró una conferencia, presidida por el Sr. Nguyen Van Hung.",
    ),
    (
        "de",
        "Im März 2025 hielt das Volkskomitee der Provinz eine Konferenz ab, geleitet von Herrn Nguyen Van Hung.",
    ),
    (
        "pl",
        "W marcu 2025 r. Prowincjonalny Komitet Ludowy zorganizował konferencję, której przewodniczył pan Nguyen Van"
        " Hung.",
    ),
    ("vi", "Tháng 3/2025, UBND tỉnh tổ chức hội nghị do ông Nguyễn Văn Hùng chủ trì."),
    ("vi", "Trong tháng 3 năm 2025, UBND tỉnh tổ chức hội nghị do ông Nguyễn Văn Hùng chủ trì."),
    ("ar", "في مارس 2025، عقدت اللجنة الشعبية الإقليمية مؤتمرا برئاسة السيد نغوين فان هونغ."),
    ("ar", "في شهر مارس 2025، عقدت اللجنة الشعبية الإقليمية مؤتمرا برئاسة السيد نغوين فان هونغ."),
    ("ar", "في مارس عام 2025، عقدت اللجنة الشعبية الإقليمية مؤتمرا برئاسة السيد نغوين فان هونغ."),
    ("ar", "في مارس من عام 2025، عقدت اللجنة الشعبية الإقليمية مؤتمرا برئاسة السيد نغوين فان هونغ."),
]


@pytest.mark.parametrize(("lang", "text"), MONTH_ONLY)
def test_a_month_and_its_year(lang, text):
    assert _dates(text, lang) == ["2025-03"]


def test_ar_the_years_word_joins_a_day_and_month_to_their_year():
    from kg.extract.numbers import find_dates
    from kg.lang import load_pack
    from kg.text import fold

    ar = load_pack("ar")
    for text in ("في 12 مارس عام 2025، عقدت", "في 12 مارس من عام 2025، عقدت"):
        assert [(d.day, d.month, d.year) for d in find_dates(fold(text), ar)] == [(12, 3, 2025)]


# a day written with the report's relative day, a part of the day or a weekday (the year from the title)
RELATIVE = [
    ("en", "Today (March 12), "),
    ("en", "Yesterday (March 12), "),
    ("en", "This morning (March 12), "),
    ("en", "On the afternoon of March 12, "),
    ("en", "On the evening of 12 March, "),
    ("fr", "Aujourd'hui (12 mars), "),
    ("fr", "Hier (12 mars), "),
    ("fr", "Ce matin (12 mars), "),
    ("fr", "Dans l'après-midi du 12 mars, "),
    ("fr", "Le 12 mars au matin, "),
    ("fr", "Le 12 mars dernier, "),
    ("es", "Hoy (12 de marzo), "),
    ("es", "Ayer (12 de marzo), "),
    ("es", "Esta mañana (12 de marzo), "),
    ("es", "En la tarde del 12 de marzo, "),
    ("es", "El pasado 12 de marzo, "),
    ("es", "El día 12 de marzo, "),
    ("de", "Heute (12. März) "),
    ("de", "Gestern (12. März) "),
    ("de", "Heute Morgen (12. März) "),
    ("de", "Am Nachmittag des 12. März "),
    ("pl", "Dziś (12 marca) "),
    ("pl", "Wczoraj (12 marca) "),
    ("pl", "Dziś rano (12 marca) "),
    ("pl", "Po południu 12 marca "),
    ("pl", "Dnia 12 marca "),
    ("vi", "Hôm nay (12/3), "),
    ("vi", "Hôm qua (12/3), "),
    ("vi", "Sáng nay (12/3), "),
    ("vi", "Sáng nay 12/3, "),
    ("vi", "Chiều 12/3, "),
    ("vi", "Tối 12/3, "),
    ("vi", "Sáng ngày 12/3, "),
    ("vi", "Ngày 12.3, "),
    ("ar", "اليوم (12 مارس)، "),
    ("ar", "أمس (12 مارس)، "),
    ("ar", "صباح اليوم (12 مارس)، "),
    ("ar", "بعد ظهر يوم 12 مارس، "),
    ("ar", "مساء 12 مارس، "),
    ("ar", "في صباح 12 مارس، "),
    ("ar", "في الثاني عشر من مارس، "),
]


@pytest.mark.parametrize(("lang", "written"), RELATIVE)
def test_a_relative_day_or_a_part_of_the_day(lang, written):
    assert _dates(TITLE[lang] + "\n" + written + MEETING[lang], lang) == ["2025-03-12"]


# ordinal days and zero-padded figures
ORDINAL_DAYS = [
    ("en", "On October 21st, 2025, ", "2025-10-21"),
    ("en", "On October 22nd, 2025, ", "2025-10-22"),
    ("en", "On October 23rd, 2025, ", "2025-10-23"),
    ("en", "On Oct 9, 2025, ", "2025-10-09"),
    ("es", "El 1.º de octubre de 2025, ", "2025-10-01"),
    ("fr", "Le 1ᵉʳ octobre 2025, ", "2025-10-01"),
    ("fr", "Le 21 oct. 2025, ", "2025-10-21"),
    ("de", "Am 1. Okt. 2025 ", "2025-10-01"),
    ("de", "Am 01.10.2025 ", "2025-10-01"),
    ("pl", "1 października 2025 roku ", "2025-10-01"),
    ("pl", "Dnia 1.10.2025 r. ", "2025-10-01"),
    ("vi", "Ngày 01/10/2025, ", "2025-10-01"),
    ("vi", "Ngày mùng 1/10/2025, ", "2025-10-01"),
    ("ar", "في الأول من أكتوبر 2025، ", "2025-10-01"),
    ("ar", "في 1 أكتوبر/تشرين الأول 2025، ", "2025-10-01"),
]


@pytest.mark.parametrize(("lang", "written", "date"), ORDINAL_DAYS)
def test_an_ordinal_or_padded_day(lang, written, date):
    assert _dates(written + MEETING[lang], lang) == [date]


# a January conference that deploys the year's tasks, a July session that reviews its first half: the year they name
NAMED_YEAR = [
    (
        "en",
        "On January 15, the Provincial People's Committee held a conference to deploy the tasks for 2025, chaired by"
        " Mr. Nguyen Van Hung.",
        "2025-01-15",
    ),
    (
        "vi",
        "Ngày 15/1, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2025 do ông Nguyễn Văn Hùng chủ trì.",
        "2025-01-15",
    ),
    (
        "ar",
        "في 15 يناير، عقدت اللجنة الشعبية الإقليمية مؤتمرا لتنفيذ مهام عام 2025 برئاسة السيد نغوين فان هونغ.",
        "2025-01-15",
    ),
    (
        "pl",
        "15 stycznia Prowincjonalny Komitet Ludowy zorganizował konferencję w celu wdrożenia zadań na 2025 rok, której"
        " przewodniczył pan Nguyen Van Hung.",
        "2025-01-15",
    ),
    (
        "vi",
        "Ngày 10/7, HĐND tỉnh tổ chức kỳ họp thứ 20 đánh giá tình hình 6 tháng đầu năm 2025 do ông Nguyễn Văn Hùng chủ"
        " trì.",
        "2025-07-10",
    ),
    (
        "ar",
        "في 10 يوليو، عقد مجلس الشعب الإقليمي دورته العشرين لمراجعة الأشهر الستة الأولى من عام 2025 برئاسة السيد نغوين"
        " فان هونغ.",
        "2025-07-10",
    ),
]


@pytest.mark.parametrize(("lang", "text", "date"), NAMED_YEAR)
def test_the_year_a_meeting_deploys_or_reviews_in_its_sentence(lang, text, date):
    assert _dates(text, lang) == [date]


# stop 27 (dates12): the forms dates11 left. A day and a month in figures after an article or a preposition opening
# the sentence (es, ar, en: ``date_article`` cues); a day and a month with a dot after each (pl, de: "12.03.",
# no sentence ends there); a month in Roman figures between a day and a year
LEFT_FORMS = [
    ("es", "El 12/3, ", "2025-03-12"),
    ("es", "El 12/03, ", "2025-03-12"),
    ("ar", "في 12/3، ", "2025-03-12"),
    ("ar", "وفي 12/3، ", "2025-03-12"),
    ("en", "On 12/3, ", "2025-03-12"),
    ("pl", "12.03. ", "2025-03-12"),
    ("pl", "W dniu 12.03. ", "2025-03-12"),
    ("pl", "Dnia 12.03. ", "2025-03-12"),
    ("pl", "Rano 12.03. ", "2025-03-12"),
]


@pytest.mark.parametrize(("lang", "written", "date"), LEFT_FORMS)
def test_a_day_and_month_in_figures_opening_the_sentence(lang, written, date):
    assert _dates(TITLE[lang] + "\n" + written + MEETING[lang], lang) == [date]


ROMAN_MONTHS = [
    ("pl", "12.III.2025 r. ", "2025-03-12"),
    ("pl", "12 III 2025 r. ", "2025-03-12"),
    ("pl", "W dniu 1.X.2025 r. ", "2025-10-01"),
    ("de", "Am 12.III.2025 ", "2025-03-12"),
]


@pytest.mark.parametrize(("lang", "written", "date"), ROMAN_MONTHS)
def test_a_month_in_roman_figures(lang, written, date):
    assert _dates(written + MEETING[lang], lang) == [date]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a share an article opens inside a clause, before a counted noun or a clause end
        ("es", "La provincia alcanzó el 3/4 de las metas."),
        ("es", "La comuna cumplió el 5/10, según el informe."),
        ("ar", "حققت البلدية في 5/10 معايير."),
        ("en", "The commune met criteria on 5/10 of the indicators."),
        # a document's number, a score, a page, a version
        ("es", "La Resolución 12/3, aprobada por el Consejo."),
        ("ar", "القرار رقم 12/3، الصادر عن المجلس."),
        ("en", "The team won 3/4, the coach said."),
        ("pl", "Na stronie 12.03. Rada zatwierdziła plan."),
        ("pl", "Wersja 12.03. Rada zatwierdziła plan."),
        # a decimal number at a sentence's end
        ("pl", "Wskaźnik wyniósł 12.03. Rada zatwierdziła plan."),
        ("en", "The index reached 12.03. The council approved the plan."),
        # Roman figures that are no month: a term, a congress
        ("pl", "XII kadencji 2021 r. Rada zatwierdziła plan."),
        ("pl", "Na 12 XIV 2025 r. Rada zatwierdziła plan."),
    ],
)
def test_figures_that_are_no_day_and_month(lang, text):
    from kg.extract.numbers import find_dates
    from kg.lang import load_pack
    from kg.text import fold

    assert find_dates(fold(text), load_pack(lang)) == []


def test_a_decimal_at_a_sentences_end_still_ends_it():
    from kg.text import sentences

    text = "Wskaźnik wyniósł 12.03. Rada zatwierdziła plan."
    assert [str(s) for s in sentences(text)] == ["Wskaźnik wyniósł 12.03.", "Rada zatwierdziła plan."]
