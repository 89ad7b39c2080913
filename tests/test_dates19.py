"""dates19: meeting dates on sentences written for these tests (no article's), each construction in every language
that writes it (docs/dates.md, "dates19")."""

import pytest

from kg.extract import extract
from kg.model import Article


def _dates(text: str, lang: str) -> list[str | None]:
    return [m.date for m in extract(Article("t", text, lang=lang)).meetings]


# the plan's year a meeting's own sentence names ("key tasks for 2025") dates its day: no target, no deadline; pl
# 'na rok 2025' and es 'para 2025' were read as 'by 2025' (an `until` cue) and left the day of no year
PLAN_YEAR = {
    "en": "On the afternoon of March 6, Deputy Prime Minister Nguyen Chi Dung worked with the leaders of Hoa Binh "
    "province on key tasks for 2025.",
    "pl": "Po południu 6 marca wicepremier Nguyen Chi Dung pracował z przywódcami prowincji Hoa Binh nad realizacją "
    "kluczowych zadań na rok 2025.",
    "es": "En la tarde del 6 de marzo, el viceprimer ministro Nguyen Chi Dung celebró una reunión con los líderes de "
    "la provincia de Hoa Binh sobre las tareas clave para 2025.",
    "fr": "Dans l'après-midi du 6 mars, le vice-Premier ministre Nguyen Chi Dung a travaillé avec les dirigeants de "
    "la province de Hoa Binh sur les tâches clés pour 2025.",
    "de": "Am Nachmittag des 6. März arbeitete Vizepremierminister Nguyen Chi Dung mit den Führern der Provinz Hoa "
    "Binh an den Schlüsselaufgaben für 2025.",
    "ar": "بعد ظهر يوم 6 مارس، عقد نائب رئيس الوزراء نجوين تشي دونغ جلسة عمل مع قادة مقاطعة هوا بينه بشأن المهام "
    "الرئيسية لعام 2025.",
    "vi": "Chiều 6/3, Phó Thủ tướng Nguyễn Chí Dũng đã làm việc với lãnh đạo tỉnh Hòa Bình về nhiệm vụ trọng tâm năm "
    "2025.",
}


@pytest.mark.parametrize("lang", sorted(PLAN_YEAR))
def test_plan_year_of_own_sentence(lang):
    assert _dates(PLAN_YEAR[lang], lang) == ["2025-03-06"]


# a deadline is still no meeting's year ('do roku 2030', 'hasta 2030'): the day stays without a year
DEADLINE = {
    "pl": "Po południu 6 marca wicepremier Nguyen Chi Dung pracował z przywódcami prowincji Hoa Binh, która chce do "
    "roku 2030 stać się prowincją przemysłową.",
    "es": "En la tarde del 6 de marzo, el viceprimer ministro Nguyen Chi Dung celebró una reunión con los líderes de "
    "la provincia de Hoa Binh, que busca hasta 2030 convertirse en una provincia industrial.",
}


@pytest.mark.parametrize("lang", sorted(DEADLINE))
def test_deadline_is_no_year(lang):
    assert _dates(DEADLINE[lang], lang) == [None]


# a working session reported by the verb 'worked with' (es 'trabajó con', 'trabajaron con', a subject between the
# day and the verb) is a meeting, dated by its day, as en, fr and pl read it
WORKED_WITH = {
    "en": "On the afternoon of March 6, 2025, Deputy Prime Minister Nguyen Chi Dung and his delegation worked with the "
    "leaders of Hoa Binh province.",
    "fr": "Dans l'après-midi du 6 mars 2025, le vice-Premier ministre Nguyen Chi Dung et sa délégation ont travaillé "
    "avec les dirigeants de la province de Hoa Binh.",
    "pl": "Po południu 6 marca 2025 r. wicepremier Nguyen Chi Dung i jego delegacja pracowali z przywódcami prowincji "
    "Hoa Binh.",
    "es": "En la tarde del 6 de marzo de 2025, el viceprimer ministro Nguyen Chi Dung y su delegación trabajaron con "
    "los líderes de la provincia de Hoa Binh.",
    "es1": "En la tarde del 6 de marzo de 2025, el viceprimer ministro Nguyen Chi Dung trabajó con los líderes de la "
    "provincia de Hoa Binh.",
}


@pytest.mark.parametrize("key", sorted(WORKED_WITH))
def test_worked_with_is_a_working_session(key):
    meetings = extract(Article("t", WORKED_WITH[key], lang=key[:2])).meetings
    assert [(m.kind, m.date) for m in meetings] == [("working_session", "2025-03-06")]


def test_the_noun_work_holds_no_meeting():
    """'trabajó' folds to the noun 'trabajo': 'el trabajo con los jóvenes' reports no meeting held."""
    text = "El 6 de marzo de 2025, la provincia destacó el trabajo con los jóvenes de la comuna."
    assert _dates(text, "es") == []


# a congress whose sentence writes the term it opens after a comma is held in the term's first year, whatever year the
# rest of the text writes most (GOLD: 'a term that starts with the event'); pl wrote the term in the nominative
# ('kadencja 2025-2030'), which was no term cue, and took the figures' 2020
TERM_OPENED = {
    "en": "On the morning of October 15, the 17th Provincial Party Congress, term 2025-2030, opened. In 2020, GRDP grew "
    "by 7%. In 2020, revenue rose.",
    "fr": "Le matin du 15 octobre, le 17e Congrès provincial du Parti, mandat 2025-2030, s'est ouvert. En 2020, le PIBR "
    "a augmenté de 7 %. En 2020, les recettes ont augmenté.",
    "es": "En la mañana del 15 de octubre se inauguró el XVII Congreso Provincial del Partido, período 2025-2030. En "
    "2020, el PIBR creció un 7%. En 2020, los ingresos aumentaron.",
    "de": "Am Morgen des 15. Oktober wurde der 17. Provinzparteitag, Amtszeit 2025-2030, eröffnet. Im Jahr 2020 wuchs "
    "das BRIP um 7 %. Im Jahr 2020 stiegen die Einnahmen.",
    "pl": "Rano 15 października rozpoczął się XVII Zjazd Prowincjonalnej Partii, kadencja 2025-2030. W 2020 r. PKB "
    "wzrósł o 7%. W 2020 r. dochody wzrosły.",
    "ar": "صباح يوم 15 أكتوبر، افتتح المؤتمر السابع عشر للحزب في المقاطعة للفترة 2025-2030. وفي عام 2020، نما الناتج "
    "المحلي الإجمالي بنسبة 7%. وفي عام 2020 ارتفعت الإيرادات.",
    "vi": "Sáng 15/10, Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2025-2030 khai mạc. Năm 2020, GRDP tăng 7%. Năm "
    "2020, thu ngân sách tăng.",
}


@pytest.mark.parametrize("lang", sorted(TERM_OPENED))
def test_congress_in_the_first_year_of_its_term(lang):
    assert _dates(TERM_OPENED[lang], lang) == ["2025-10-15"]


# next year's targets a December text names again and again do not make the text's year: the plan's years that 'na
# rok', 'para' write after a plan's noun date a meeting's own sentence (PLAN_YEAR) but are not counted for the text
YEAR_END = {
    "en": "On December 20, the Provincial People's Council held its 30th session. In 2025, GRDP grew by 8%. The targets "
    "for 2026 are ambitious. The tasks for 2026 were approved.",
    "vi": "Ngày 20/12, HĐND tỉnh tổ chức kỳ họp thứ 30. Năm 2025, GRDP tăng 8%. Các chỉ tiêu năm 2026 rất cao. Nhiệm vụ "
    "năm 2026 đã được thông qua.",
    "pl": "20 grudnia Prowincjonalna Rada Ludowa zorganizowała 30. sesję. W 2025 r. PKB wzrósł o 8%. Cele na rok 2026 "
    "są ambitne. Zadania na rok 2026 zostały zatwierdzone.",
    "es": "El 20 de diciembre, el Consejo Popular Provincial celebró su 30.ª sesión. En 2025, el PIBR creció un 8%. Los "
    "objetivos para 2026 son ambiciosos. Las tareas para 2026 fueron aprobadas.",
}


@pytest.mark.parametrize("lang", sorted(YEAR_END))
def test_next_years_targets_make_no_text_year(lang):
    assert _dates(YEAR_END[lang], lang) == ["2025-12-20"]


# a delegation received in the passive or its object first ('the delegation was received by Comrade A', 'la délégation
# a été reçue par', 'la delegación fue recibida por', 'wurde die Delegation von Genosse A ... empfangen', 'delegację
# przyjął towarzysz A') is a working session as the active 'A received the delegation' and ar 'كان في استقبال الوفد', vi
# 'tiếp đoàn có đồng chí A' are
RECEIVED = [
    (
        "en",
        "On January 20, 2025, the delegation was received by Comrade Phan Thai Binh, Standing Vice Chairman of the Provincial People's Committee.",
    ),
    (
        "fr",
        "Le 20 janvier 2025, la délégation a été reçue par le camarade Phan Thai Binh, vice-président permanent du Comité populaire provincial.",
    ),
    (
        "es",
        "El 20 de enero de 2025, la delegación fue recibida por el camarada Phan Thai Binh, vicepresidente permanente del Comité Popular Provincial.",
    ),
    (
        "de",
        "Am 20. Januar 2025 wurde die Delegation von Genosse Phan Thai Binh, ständiger stellvertretender Vorsitzender des Volkskomitees der Provinz, empfangen.",
    ),
    (
        "de",
        "Am 20. Januar 2025 wurde die Delegation empfangen von Genosse Phan Thai Binh, ständiger stellvertretender Vorsitzender des Volkskomitees der Provinz.",
    ),
    (
        "pl",
        "20 stycznia 2025 r. delegację przyjął towarzysz Phan Thai Binh, stały wiceprzewodniczący Prowincjonalnego Komitetu Ludowego.",
    ),
    (
        "pl",
        "20 stycznia 2025 r. delegacja została przyjęta przez towarzysza Phan Thai Binh, stałego wiceprzewodniczącego Prowincjonalnego Komitetu Ludowego.",
    ),
    (
        "ar",
        "في 20 يناير 2025، كان في استقبال الوفد الرفيق فان ثاي بينه، نائب الرئيس الدائم للجنة الشعبية الإقليمية.",
    ),
    ("vi", "Ngày 20/1/2025, tiếp đoàn có đồng chí Phan Thái Bình, Phó Chủ tịch Thường trực UBND tỉnh."),
    (
        "en",
        "On January 20, 2025, Comrade Phan Thai Binh, Standing Vice Chairman of the Provincial People's Committee, received the delegation.",
    ),
    (
        "de",
        "Am 20. Januar 2025 empfing Genosse Phan Thai Binh, ständiger stellvertretender Vorsitzender des Volkskomitees der Provinz, die Delegation.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text"), RECEIVED, ids=[f"{lang}{i}" for i, (lang, _) in enumerate(RECEIVED)]
)
def test_a_received_delegation_is_a_working_session(lang, text):
    meetings = extract(Article("t", text, lang=lang)).meetings
    assert [(m.date, m.organizer.org if m.organizer else None) for m in meetings] == [
        ("2025-01-20", "peoples_committee")
    ]
