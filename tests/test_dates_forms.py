"""Meeting dates written in the forms vietnam.vn's machine translations use, in every pack (ar, pl, en, vi, fr, es,
de): days and months in words, cut short or in figures, datelines, weekdays, the days of a multi-day meeting (its
first day), ordinal days, years with their abbreviation.

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
