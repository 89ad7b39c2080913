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


# a sentence that opens with its day and month ('14 marca Stały Komitet ...', no capital after the full stop) is a
# sentence of its own: its day is dated by the earlier meeting's year, not by the year the sentence before it writes
DAY_OPENS = {
    "pl": "12 marca 2025 r. Prowincjonalny Komitet Ludowy zorganizował konferencję. W 2023 r. PKB wzrósł o 7%. W 2023 "
    "r. dochody wzrosły. 14 marca Stały Komitet Prowincjonalnego Komitetu Partii zorganizował spotkanie.",
    "en": "On March 12, 2025, the Provincial People's Committee held a conference. In 2023, GRDP grew by 7%. In 2023, "
    "revenue rose. On March 14, the Standing Committee of the Provincial Party Committee held a meeting.",
}


@pytest.mark.parametrize("lang", sorted(DAY_OPENS))
def test_a_day_opens_a_sentence(lang):
    assert _dates(DAY_OPENS[lang], lang) == ["2025-03-12", "2025-03-14"]


def test_a_count_after_a_full_stop_opens_no_sentence():
    from kg.lang import load_pack
    from kg.text import sentences

    text = "Dochody wzrosły. 14 marca Komitet zorganizował spotkanie. Wzrost o 5. 6 gospodarstw domowych otrzymało pomoc."
    assert [str(s) for s in sentences(text, load_pack("pl"))] == [
        "Dochody wzrosły.",
        "14 marca Komitet zorganizował spotkanie.",
        "Wzrost o 5. 6 gospodarstw domowych otrzymało pomoc.",
    ]


# what wins for a day written without its year (docs/dates.md, "the year of a day"), the same in every language: the
# dateline's year over the text's most frequent one; the text's most frequent year; the first day of a span; a January
# review the year after the one reviewed; an earlier dated meeting's year over the text's; the first day after days of
# work; the day an anniversary recalls in the anniversary's year; a month with its year
PRECEDENCE = [
    (
        "dateline",
        "en",
        "Hanoi, October 16, 2024 - On the morning of October 15, the Provincial People's Council held a meeting. In 2025, the province aims for growth of 8%. The 2025 budget is 5,000 billion VND.",
        ["2024-10-15"],
    ),
    (
        "dateline",
        "fr",
        "Hanoï, 16 octobre 2024 - Le matin du 15 octobre, le Conseil populaire provincial a tenu une réunion. En 2025, la province vise une croissance de 8 %. Le budget 2025 est de 5 000 milliards de VND.",
        ["2024-10-15"],
    ),
    (
        "dateline",
        "es",
        "Hanói, 16 de octubre de 2024 - En la mañana del 15 de octubre, el Consejo Popular Provincial celebró una reunión. En 2025, la provincia aspira a un crecimiento del 8%. El presupuesto de 2025 es de 5.000 mil millones de VND.",
        ["2024-10-15"],
    ),
    (
        "dateline",
        "de",
        "Hanoi, 16. Oktober 2024 - Am Morgen des 15. Oktober hielt der Provinzvolksrat eine Sitzung ab. Im Jahr 2025 strebt die Provinz ein Wachstum von 8 % an. Der Haushalt 2025 beträgt 5.000 Milliarden VND.",
        ["2024-10-15"],
    ),
    (
        "dateline",
        "pl",
        "Hanoi, 16 października 2024 r. - Rano 15 października Prowincjonalna Rada Ludowa zorganizowała spotkanie. W 2025 r. prowincja dąży do wzrostu o 8%. Budżet na 2025 r. wynosi 5000 mld VND.",
        ["2024-10-15"],
    ),
    (
        "dateline",
        "ar",
        "هانوي، 16 أكتوبر 2024 - صباح يوم 15 أكتوبر، عقد مجلس الشعب الإقليمي اجتماعا. وفي عام 2025، تهدف المقاطعة إلى نمو بنسبة 8%. وتبلغ ميزانية عام 2025 نحو 5000 مليار دونج.",
        ["2024-10-15"],
    ),
    (
        "dateline",
        "vi",
        "Hà Nội, ngày 16/10/2024 - Sáng 15/10, HĐND tỉnh tổ chức cuộc họp. Năm 2025, tỉnh phấn đấu tăng trưởng 8%. Ngân sách năm 2025 là 5.000 tỷ đồng.",
        ["2024-10-15"],
    ),
    (
        "text_year",
        "en",
        "On the morning of October 15, the Provincial People's Council held a meeting. In 2024, GRDP grew by 7%. Budget revenue in 2024 reached 5,000 billion VND.",
        ["2024-10-15"],
    ),
    (
        "text_year",
        "fr",
        "Le matin du 15 octobre, le Conseil populaire provincial a tenu une réunion. En 2024, le PIBR a augmenté de 7 %. Les recettes budgétaires en 2024 ont atteint 5 000 milliards de VND.",
        ["2024-10-15"],
    ),
    (
        "text_year",
        "es",
        "En la mañana del 15 de octubre, el Consejo Popular Provincial celebró una reunión. En 2024, el PIBR creció un 7%. Los ingresos presupuestarios en 2024 alcanzaron 5.000 mil millones de VND.",
        ["2024-10-15"],
    ),
    (
        "text_year",
        "de",
        "Am Morgen des 15. Oktober hielt der Provinzvolksrat eine Sitzung ab. Im Jahr 2024 wuchs das BRIP um 7 %. Die Haushaltseinnahmen erreichten 2024 5.000 Milliarden VND.",
        ["2024-10-15"],
    ),
    (
        "text_year",
        "pl",
        "Rano 15 października Prowincjonalna Rada Ludowa zorganizowała spotkanie. W 2024 r. PKB wzrósł o 7%. Dochody budżetowe w 2024 r. osiągnęły 5000 mld VND.",
        ["2024-10-15"],
    ),
    (
        "text_year",
        "ar",
        "صباح يوم 15 أكتوبر، عقد مجلس الشعب الإقليمي اجتماعا. وفي عام 2024، نما الناتج المحلي الإجمالي بنسبة 7%. وبلغت إيرادات الميزانية في عام 2024 نحو 5000 مليار دونج.",
        ["2024-10-15"],
    ),
    (
        "text_year",
        "vi",
        "Sáng 15/10, HĐND tỉnh tổ chức cuộc họp. Năm 2024, GRDP tăng 7%. Thu ngân sách năm 2024 đạt 5.000 tỷ đồng.",
        ["2024-10-15"],
    ),
    (
        "days_span",
        "en",
        "From October 14 to 16, 2025, the Provincial Party Congress took place.",
        ["2025-10-14"],
    ),
    (
        "days_span",
        "fr",
        "Du 14 au 16 octobre 2025, le Congrès provincial du Parti s'est tenu.",
        ["2025-10-14"],
    ),
    (
        "days_span",
        "es",
        "Del 14 al 16 de octubre de 2025 se celebró el Congreso Provincial del Partido.",
        ["2025-10-14"],
    ),
    ("days_span", "de", "Vom 14. bis 16. Oktober 2025 fand der Provinzparteitag statt.", ["2025-10-14"]),
    (
        "days_span",
        "pl",
        "Od 14 do 16 października 2025 r. odbył się Zjazd Prowincjonalnej Partii.",
        ["2025-10-14"],
    ),
    ("days_span", "ar", "من 14 إلى 16 أكتوبر 2025، انعقد مؤتمر الحزب في المقاطعة.", ["2025-10-14"]),
    ("days_span", "vi", "Từ ngày 14 đến 16/10/2025, Đại hội Đảng bộ tỉnh đã diễn ra.", ["2025-10-14"]),
    (
        "january_review",
        "en",
        "On January 8, the Provincial Party Committee held a conference to review the work of 2024. In 2024, GRDP grew by 7%.",
        ["2025-01-08"],
    ),
    (
        "january_review",
        "fr",
        "Le 8 janvier, le Comité provincial du Parti a tenu une conférence pour faire le bilan du travail de 2024. En 2024, le PIBR a augmenté de 7 %.",
        ["2025-01-08"],
    ),
    (
        "january_review",
        "es",
        "El 8 de enero, el Comité Provincial del Partido celebró una conferencia para revisar el trabajo de 2024. En 2024, el PIBR creció un 7%.",
        ["2025-01-08"],
    ),
    (
        "january_review",
        "de",
        "Am 8. Januar hielt das Provinzparteikomitee eine Konferenz ab, um die Arbeit des Jahres 2024 zu überprüfen. Im Jahr 2024 wuchs das BRIP um 7 %.",
        ["2025-01-08"],
    ),
    (
        "january_review",
        "pl",
        "8 stycznia Prowincjonalny Komitet Partii zorganizował konferencję w celu podsumowania pracy w 2024 r. W 2024 r. PKB wzrósł o 7%.",
        ["2025-01-08"],
    ),
    (
        "january_review",
        "ar",
        "في 8 يناير، عقدت لجنة الحزب الإقليمية مؤتمرا لمراجعة عمل عام 2024. وفي عام 2024، نما الناتج المحلي الإجمالي بنسبة 7%.",
        ["2025-01-08"],
    ),
    (
        "january_review",
        "vi",
        "Ngày 8/1, Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2024. Năm 2024, GRDP tăng 7%.",
        ["2025-01-08"],
    ),
    (
        "earlier_meeting",
        "en",
        "On March 12, 2025, the Provincial People's Committee held a conference. In 2023, GRDP grew by 7%. In 2023, revenue rose. On March 14, the Standing Committee of the Provincial Party Committee held a meeting.",
        ["2025-03-12", "2025-03-14"],
    ),
    (
        "earlier_meeting",
        "fr",
        "Le 12 mars 2025, le Comité populaire provincial a tenu une conférence. En 2023, le PIBR a augmenté de 7 %. En 2023, les recettes ont augmenté. Le 14 mars, le Comité permanent du Comité provincial du Parti a tenu une réunion.",
        ["2025-03-12", "2025-03-14"],
    ),
    (
        "earlier_meeting",
        "es",
        "El 12 de marzo de 2025, el Comité Popular Provincial celebró una conferencia. En 2023, el PIBR creció un 7%. En 2023, los ingresos aumentaron. El 14 de marzo, el Comité Permanente del Comité Provincial del Partido celebró una reunión.",
        ["2025-03-12", "2025-03-14"],
    ),
    (
        "earlier_meeting",
        "de",
        "Am 12. März 2025 hielt das Provinzvolkskomitee eine Konferenz ab. Im Jahr 2023 wuchs das BRIP um 7 %. Im Jahr 2023 stiegen die Einnahmen. Am 14. März hielt der Ständige Ausschuss des Provinzparteikomitees eine Sitzung ab.",
        ["2025-03-12", "2025-03-14"],
    ),
    (
        "earlier_meeting",
        "pl",
        "12 marca 2025 r. Prowincjonalny Komitet Ludowy zorganizował konferencję. W 2023 r. PKB wzrósł o 7%. W 2023 r. dochody wzrosły. 14 marca Stały Komitet Prowincjonalnego Komitetu Partii zorganizował spotkanie.",
        ["2025-03-12", "2025-03-14"],
    ),
    (
        "earlier_meeting",
        "ar",
        "في 12 مارس 2025، عقدت اللجنة الشعبية الإقليمية مؤتمرا. وفي عام 2023، نما الناتج المحلي الإجمالي بنسبة 7%. وفي عام 2023 ارتفعت الإيرادات. وفي 14 مارس، عقدت اللجنة الدائمة للجنة الحزب الإقليمية اجتماعا.",
        ["2025-03-12", "2025-03-14"],
    ),
    (
        "earlier_meeting",
        "vi",
        "Ngày 12/3/2025, UBND tỉnh tổ chức hội nghị. Năm 2023, GRDP tăng 7%. Năm 2023, thu ngân sách tăng. Ngày 14/3, Ban Thường vụ Tỉnh ủy tổ chức cuộc họp.",
        ["2025-03-12", "2025-03-14"],
    ),
    (
        "days_worked",
        "en",
        "After three days of work, the 17th Provincial Party Congress closed on October 17, 2025.",
        ["2025-10-15"],
    ),
    (
        "days_worked",
        "fr",
        "Après trois jours de travail, le 17e Congrès provincial du Parti s'est clôturé le 17 octobre 2025.",
        ["2025-10-15"],
    ),
    (
        "days_worked",
        "es",
        "Tras tres días de trabajo, el XVII Congreso Provincial del Partido clausuró el 17 de octubre de 2025.",
        ["2025-10-15"],
    ),
    (
        "days_worked",
        "de",
        "Nach drei Tagen Arbeit ging am 17. Oktober 2025 der 17. Provinzparteitag zu Ende.",
        ["2025-10-15"],
    ),
    (
        "days_worked",
        "pl",
        "Po trzech dniach pracy XVII Zjazd Prowincjonalnej Partii zakończył się 17 października 2025 r.",
        ["2025-10-15"],
    ),
    (
        "days_worked",
        "ar",
        "بعد ثلاثة أيام من العمل، اختتم المؤتمر السابع عشر للحزب في المقاطعة في 17 أكتوبر 2025.",
        ["2025-10-15"],
    ),
    (
        "days_worked",
        "vi",
        "Sau 3 ngày làm việc, Đại hội Đảng bộ tỉnh lần thứ XVII đã bế mạc vào ngày 17/10/2025.",
        ["2025-10-15"],
    ),
    (
        "anniversary",
        "en",
        "On February 3, the Provincial Party Committee held a ceremony to celebrate the 95th anniversary of the founding of the Communist Party of Vietnam (February 3, 1930).",
        ["2025-02-03"],
    ),
    (
        "anniversary",
        "fr",
        "Le 3 février, le Comité provincial du Parti a organisé une cérémonie pour célébrer le 95e anniversaire de la fondation du Parti communiste du Vietnam (3 février 1930).",
        ["2025-02-03"],
    ),
    (
        "anniversary",
        "es",
        "El 3 de febrero, el Comité Provincial del Partido celebró una ceremonia para conmemorar el 95.º aniversario de la fundación del Partido Comunista de Vietnam (3 de febrero de 1930).",
        ["2025-02-03"],
    ),
    (
        "anniversary",
        "de",
        "Am 3. Februar veranstaltete das Provinzparteikomitee eine Feier zum 95. Jahrestag der Gründung der Kommunistischen Partei Vietnams (3. Februar 1930).",
        ["2025-02-03"],
    ),
    (
        "anniversary",
        "pl",
        "3 lutego Prowincjonalny Komitet Partii zorganizował uroczystość z okazji 95. rocznicy założenia Komunistycznej Partii Wietnamu (3 lutego 1930 r.).",
        ["2025-02-03"],
    ),
    (
        "anniversary",
        "ar",
        "في 3 فبراير، نظمت لجنة الحزب الإقليمية احتفالا بالذكرى الخامسة والتسعين لتأسيس الحزب الشيوعي الفيتنامي (3 فبراير 1930).",
        ["2025-02-03"],
    ),
    (
        "anniversary",
        "vi",
        "Ngày 3/2, Tỉnh ủy tổ chức lễ kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930).",
        ["2025-02-03"],
    ),
    (
        "month",
        "en",
        "In March 2025, the Provincial Party Committee held a conference to review the work.",
        ["2025-03"],
    ),
    (
        "month",
        "fr",
        "En mars 2025, le Comité provincial du Parti a tenu une conférence pour faire le bilan du travail.",
        ["2025-03"],
    ),
    (
        "month",
        "es",
        "En marzo de 2025, el Comité Provincial del Partido celebró una conferencia para revisar el trabajo.",
        ["2025-03"],
    ),
    (
        "month",
        "de",
        "Im März 2025 hielt das Provinzparteikomitee eine Konferenz ab, um die Arbeit zu überprüfen.",
        ["2025-03"],
    ),
    (
        "month",
        "pl",
        "W marcu 2025 r. Prowincjonalny Komitet Partii zorganizował konferencję w celu podsumowania pracy.",
        ["2025-03"],
    ),
    ("month", "ar", "في مارس 2025، عقدت لجنة الحزب الإقليمية مؤتمرا لمراجعة العمل.", ["2025-03"]),
    ("month", "vi", "Tháng 3/2025, Tỉnh ủy tổ chức hội nghị đánh giá công tác.", ["2025-03"]),
]


@pytest.mark.parametrize(
    ("step", "lang", "text", "dates"), PRECEDENCE, ids=[f"{s}-{lang}" for s, lang, _, _ in PRECEDENCE]
)
def test_what_dates_a_day(step, lang, text, dates):
    assert _dates(text, lang) == dates


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
