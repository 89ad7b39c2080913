"""dates27 (stop 40): the meetings' dates in the 7 languages (docs/dates.md "dates27").

1. A January review whose verb the MT writes in the present or the past, the meeting its subject ('El 15 de enero,
   ... celebró una conferencia que revisa el trabajo de 2024', 'qui évalue le travail de 2024', 'that reviewed the work
   of 2024', 'die die Arbeit des Jahres 2024 überprüft', 'która ocenia pracę w 2024 r.', 'مؤتمرا يستعرض نتائج عام
   2024'): the year reviewed was read as the meeting's (2024); only the infinitives and nouns were `review` cues. Now
   the conjugated verbs are too: 2025. A review late in the year, of a part of a year, or of the plan for the year to
   come keeps its year.
2. The same review told by the sentence after the meeting's ('On January 8, ... held a conference. The conference
   reviewed the work of 2025 and set out the tasks for 2026', 'At the conference, delegates reviewed the work of 2025',
   vi 'Tại hội nghị, các đại biểu đã đánh giá công tác năm 2025'): the text's year (2025) in all 7 languages, as only
   the meeting's own sentence was read for a review. Now a next sentence that names the meeting, writes a review cue
   and no day of its own is read as the meeting's: 2026. A sentence on something else keeps the text's year.
   Its mirror late in the year: 'On December 20, ... held a conference. The conference deployed the tasks for 2026'
   was of 2026 (the text's year, a plan's), as 'held a conference to deploy the tasks for 2026' is of 2025; now 2025 in
   six languages (es left: 'para 2026' is a target, the text has no year then).
3. Parity: every way the read real texts open or date a meeting (a dateline, 'On the morning of 5/12', a weekday and a
   date, 'this morning' or 'yesterday' after the paper's dated line, a date after the verb or at the sentence's end, a
   month name, Arabic-Indic digits, ranges, a closing day, a date in the title line only ...), written as each
   language's MT writes it, the same meeting and day in all 7. The five left are strict xfails with their reason
   (docs/dates.md "dates27").
4. A sentence ending in a number before one that opens with its day ('HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20. Ngày
   8/12, UBND tỉnh ... tổ chức hội nghị', 'held its session no. 20. On December 8, ...', 'n° 20. Le 8 décembre'): a
   number's full stop ended no sentence ('20. Juli'), so the second meeting was merged into the first. In a language
   that writes no dotted day (not de, pl, cs), it ends the sentence when the next one opens with a day.
"""

import pytest

from tests.helpers import meetings_of, probe_cases


def _dates(text: str, lang: str) -> list[str | None]:
    return [m[0] for m in meetings_of(text, lang)]


_PPC = {
    "es": "el Comité Popular provincial de Nghe An celebró una conferencia",
    "fr": "le Comité populaire provincial de Nghe An a tenu une conférence",
    "en": "the Nghe An Provincial People's Committee held a conference",
}

# 1. a review's verb in the present or the past
REVIEWS = [
    ("es", f"El 15 de enero, {_PPC['es']} que revisa el trabajo de 2024.", "2025-01-15"),
    ("es", f"El 15 de enero, {_PPC['es']} que evalúa el trabajo de 2024.", "2025-01-15"),
    ("es", f"El 15 de enero, {_PPC['es']} que examina los resultados de 2024.", "2025-01-15"),
    ("es", f"El 15 de enero, {_PPC['es']} en la que resume el trabajo de 2024.", "2025-01-15"),
    ("fr", f"Le 15 janvier, {_PPC['fr']} qui évalue le travail de 2024.", "2025-01-15"),
    ("fr", f"Le 15 janvier, {_PPC['fr']} qui examine les résultats de 2024.", "2025-01-15"),
    ("fr", f"Le 15 janvier, {_PPC['fr']} qui passe en revue le travail de 2024.", "2025-01-15"),
    ("fr", f"Le 15 janvier, {_PPC['fr']} qui résume le travail de 2024.", "2025-01-15"),
    ("en", f"On January 15, {_PPC['en']} that evaluates the work of 2024.", "2025-01-15"),
    ("en", f"On January 15, {_PPC['en']} that assesses the results of 2024.", "2025-01-15"),
    ("en", f"On January 15, {_PPC['en']} that summarizes the work of 2024.", "2025-01-15"),
    ("en", f"On January 15, {_PPC['en']} that reviewed the work of 2024.", "2025-01-15"),
    (
        "de",
        "Am 15. Januar hielt das Volkskomitee der Provinz Nghe An eine Konferenz ab, die die Arbeit des Jahres 2024 "
        "überprüft.",
        "2025-01-15",
    ),
    (
        "de",
        "Am 15. Januar hielt das Volkskomitee der Provinz Nghe An eine Konferenz ab, die die Arbeit im Jahr 2024 "
        "auswertet.",
        "2025-01-15",
    ),
    (
        "pl",
        "15 stycznia Komitet Ludowy prowincji Nghe An zorganizował konferencję, która ocenia pracę w 2024 r.",
        "2025-01-15",
    ),
    (
        "pl",
        "15 stycznia Komitet Ludowy prowincji Nghe An zorganizował konferencję, która podsumowuje pracę w 2024 r.",
        "2025-01-15",
    ),
    ("ar", "في 15 يناير، عقدت اللجنة الشعبية لمقاطعة نغي آن مؤتمرا يستعرض نتائج عام 2024.", "2025-01-15"),
    ("ar", "في 15 يناير، عقدت اللجنة الشعبية لمقاطعة نغي آن اجتماعا وراجعت أعمال عام 2024.", "2025-01-15"),
    # (guards: a review late in the year, or of a part of a year, keeps its year)
    ("fr", f"Le 20 décembre, {_PPC['fr']} qui évalue le travail de 2025.", "2025-12-20"),
    ("es", f"El 20 de diciembre, {_PPC['es']} que revisa el trabajo de 2025.", "2025-12-20"),
    ("ar", "في 20 ديسمبر، عقدت اللجنة الشعبية لمقاطعة نغي آن مؤتمرا يستعرض أعمال عام 2025.", "2025-12-20"),
    (
        "pl",
        "20 grudnia Komitet Ludowy prowincji Nghe An zorganizował konferencję, która podsumowuje pracę w 2025 r.",
        "2025-12-20",
    ),
    ("en", f"On April 5, {_PPC['en']} that reviewed the first quarter of 2025.", "2025-04-05"),
    ("fr", f"Le 5 avril, {_PPC['fr']} qui a examiné le premier trimestre 2025.", "2025-04-05"),
    (
        "de",
        "Am 15. Juli hielt das Volkskomitee der Provinz Nghe An eine Konferenz ab, die die Arbeit im ersten Halbjahr "
        "2025 bewertete.",
        "2025-07-15",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "want"), REVIEWS, ids=[f"{c[0]}-{i}" for i, c in enumerate(REVIEWS)]
)
def test_a_review_verb_in_the_present_or_the_past_dates_a_january_meeting_the_year_after(lang, text, want):
    assert _dates(text, lang) == [want]


# (a plan's year a review looks at is no year reviewed: the plan for 2025 leaves the meeting of 15 January undated, as
# with the infinitive)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On January 15, the Nghe An Provincial People's Committee held a meeting and reviewed the draft plan for 2025.",
        ),
        (
            "es",
            "El 15 de enero, el Comité Popular provincial de Nghe An celebró una reunión y revisó el proyecto de plan para 2025.",
        ),
        (
            "fr",
            "Le 15 janvier, le Comité populaire provincial de Nghe An a tenu une réunion et a examiné le projet de plan pour 2025.",
        ),
    ],
)
def test_a_review_of_the_plan_for_the_year_is_no_year_reviewed(lang, text):
    assert _dates(text, lang) != ["2026-01-15"]


# 2. the review told by the next sentence, on that meeting
NEXT = [
    (
        "en",
        "On January 8, the Lam Dong Provincial Party Standing Committee held a conference. The conference reviewed the work of 2025 and set out the tasks for 2026.",
        "2026-01-08",
    ),
    (
        "fr",
        "Le 8 janvier, le Comité permanent du Parti de la province de Lam Dong a tenu une conférence. La conférence a fait le bilan du travail de 2025 et a fixé les tâches pour 2026.",
        "2026-01-08",
    ),
    (
        "es",
        "El 8 de enero, el Comité Permanente del Partido de la provincia de Lam Dong celebró una conferencia. La conferencia revisó el trabajo de 2025 y fijó las tareas para 2026.",
        "2026-01-08",
    ),
    (
        "de",
        "Am 8. Januar hielt der Ständige Ausschuss des Parteikomitees der Provinz Lam Dong eine Konferenz ab. Die Konferenz bewertete die Arbeit des Jahres 2025 und legte die Aufgaben für 2026 fest.",
        "2026-01-08",
    ),
    (
        "pl",
        "8 stycznia Stały Komitet Partii prowincji Lam Dong zorganizował konferencję. Konferencja podsumowała pracę w 2025 r. i wyznaczyła zadania na 2026 r.",
        "2026-01-08",
    ),
    (
        "ar",
        "في 8 يناير، عقدت اللجنة الدائمة للحزب في مقاطعة لام دونغ مؤتمرا. وراجع المؤتمر أعمال عام 2025 وحدد مهام عام 2026.",
        "2026-01-08",
    ),
    (
        "vi",
        "Ngày 8/1, Ban Thường vụ Tỉnh ủy Lâm Đồng tổ chức hội nghị. Hội nghị đã đánh giá công tác năm 2025 và đề ra nhiệm vụ năm 2026.",
        "2026-01-08",
    ),
    (
        "en",
        "On January 8, the Lam Dong Provincial Party Standing Committee held a conference. At the conference, delegates reviewed the work of 2025.",
        "2026-01-08",
    ),
    (
        "fr",
        "Le 8 janvier, le Comité permanent du Parti de la province de Lam Dong a tenu une conférence. Lors de la conférence, les délégués ont fait le bilan du travail de 2025.",
        "2026-01-08",
    ),
    (
        "es",
        "El 8 de enero, el Comité Permanente del Partido de la provincia de Lam Dong celebró una conferencia. En la conferencia, los delegados revisaron el trabajo de 2025.",
        "2026-01-08",
    ),
    (
        "de",
        "Am 8. Januar hielt der Ständige Ausschuss des Parteikomitees der Provinz Lam Dong eine Konferenz ab. Auf der Konferenz bewerteten die Delegierten die Arbeit des Jahres 2025.",
        "2026-01-08",
    ),
    (
        "pl",
        "8 stycznia Stały Komitet Partii prowincji Lam Dong zorganizował konferencję. Na konferencji delegaci podsumowali pracę w 2025 r.",
        "2026-01-08",
    ),
    (
        "ar",
        "في 8 يناير، عقدت اللجنة الدائمة للحزب في مقاطعة لام دونغ مؤتمرا. وفي المؤتمر، راجع المندوبون أعمال عام 2025.",
        "2026-01-08",
    ),
    (
        "vi",
        "Ngày 8/1, Ban Thường vụ Tỉnh ủy Lâm Đồng tổ chức hội nghị. Tại hội nghị, các đại biểu đã đánh giá công tác năm 2025.",
        "2026-01-08",
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), NEXT, ids=[f"{c[0]}-{i}" for i, c in enumerate(NEXT)])
def test_a_january_meeting_whose_next_sentence_reviews_a_year_is_held_the_year_after(lang, text, want):
    assert _dates(text, lang) == [want]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # (a month late in the year the next sentence reviews: the year after it)
        (
            "en",
            "On January 8, the Lam Dong Provincial People's Committee held a meeting. The meeting reviewed the "
            "situation in December 2025.",
            "2026-01-08",
        ),
        # (guards: a next sentence on the province, no meeting, or a plan's year, tells nothing)
        (
            "en",
            "On January 8, the Lam Dong Provincial People's Committee held a conference. In 2024, the province "
            "reviewed its plan and grew by 7%.",
            "2024-01-08",
        ),
        (
            "en",
            "On January 8, the Lam Dong Provincial People's Committee held a conference. At the conference, "
            "delegates reviewed the plan for 2026.",
            # (no year reviewed: the text's one year, the plan's, as 'the tasks for 2026'; None until dates30 read
            # 'the plan for 2026' as a plan's citation, its year blanked)
            "2026-01-08",
        ),
    ],
)
def test_the_next_sentence_tells_a_review_only_of_the_meeting(lang, text, want):
    assert _dates(text, lang) == [want]


# (the mirror late in the year: a plan the next sentence tells of the meeting is of the year after it)
DECEMBER = [
    (
        "en",
        "On December 20, the Lam Dong Provincial People's Committee held a conference. The conference deployed the tasks for 2026.",
        "2025-12-20",
    ),
    (
        "fr",
        "Le 20 décembre, le Comité populaire de la province de Lam Dong a tenu une conférence. La conférence a déployé les tâches pour 2026.",
        "2025-12-20",
    ),
    # (es: 'para 2026' a target, the text then of no year: undated, left)
    # ('es', 'El 20 de diciembre, el Comité Popular de la provincia de Lam Dong celebró una conferencia. La conferencia desplegó las tareas para 2026.', '2025-12-20'),
    (
        "de",
        "Am 20. Dezember hielt das Volkskomitee der Provinz Lam Dong eine Konferenz ab. Die Konferenz setzte die Aufgaben für 2026 um.",
        "2025-12-20",
    ),
    (
        "pl",
        "20 grudnia Komitet Ludowy prowincji Lam Dong zorganizował konferencję. Konferencja wdrożyła zadania na 2026 r.",
        "2025-12-20",
    ),
    (
        "ar",
        "في 20 ديسمبر، عقدت اللجنة الشعبية لمقاطعة لام دونغ مؤتمرا. ونشر المؤتمر مهام عام 2026.",
        "2025-12-20",
    ),
    (
        "vi",
        "Ngày 20/12, UBND tỉnh Lâm Đồng tổ chức hội nghị. Hội nghị triển khai nhiệm vụ năm 2026.",
        "2025-12-20",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "want"), DECEMBER, ids=[f"{c[0]}-{i}" for i, c in enumerate(DECEMBER)]
)
def test_a_december_meeting_whose_next_sentence_plans_a_year_is_held_the_year_before(lang, text, want):
    assert _dates(text, lang) == [want]


def test_a_december_meeting_whose_next_sentence_reviews_its_year_keeps_it():
    text = (
        "On December 20, the Lam Dong Provincial People's Committee held a conference. The conference reviewed the "
        "work of 2025."
    )
    assert _dates(text, "en") == ["2025-12-20"]


# 3. parity: one construction, one meeting and its day in every language (the expected list: each meeting's date)
PARITY = {
    "weekday": (
        ["2025-12-05"],
        {
            "en": "On Friday, December 5, 2025, the Lam Dong Provincial People's Council held its 20th session.",
            "fr": "Le vendredi 5 décembre 2025, le Conseil populaire de la province de Lam Dong a tenu sa 20e session.",
            "es": "El viernes 5 de diciembre de 2025, el Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión.",
            "de": "Am Freitag, dem 5. Dezember 2025, hielt der Volksrat der Provinz Lam Dong seine 20. Sitzung ab.",
            "pl": "W piątek 5 grudnia 2025 r. Rada Ludowa prowincji Lam Dong odbyła 20. sesję.",
            "ar": "في يوم الجمعة الموافق 5 ديسمبر 2025، عقد مجلس الشعب لمقاطعة لام دونغ دورته العشرين.",
            "vi": "Thứ Sáu, ngày 5/12/2025, HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20.",
        },
    ),
    "weekday-after": (
        ["2025-12-05"],
        {
            "en": "The Lam Dong Provincial People's Council held its 20th session on Friday, December 5, 2025.",
            "fr": "Le Conseil populaire de la province de Lam Dong a tenu sa 20e session vendredi 5 décembre 2025.",
            "es": "El Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión este viernes 5 de diciembre de 2025.",
            "de": "Der Volksrat der Provinz Lam Dong hielt am Freitag, 5. Dezember 2025, seine 20. Sitzung ab.",
            "pl": "Rada Ludowa prowincji Lam Dong odbyła 20. sesję w piątek 5 grudnia 2025 r.",
            "ar": "عقد مجلس الشعب لمقاطعة لام دونغ دورته العشرين يوم الجمعة 5 ديسمبر 2025.",
            "vi": "HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20 vào thứ Sáu, ngày 5/12/2025.",
        },
    ),
    "after-verb": (
        ["2025-12-05"],
        {
            "en": "The Lam Dong Provincial People's Council held its 20th session on December 5, 2025.",
            "fr": "Le Conseil populaire de la province de Lam Dong a tenu sa 20e session le 5 décembre 2025.",
            "es": "El Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión el 5 de diciembre de 2025.",
            "de": "Der Volksrat der Provinz Lam Dong hielt am 5. Dezember 2025 seine 20. Sitzung ab.",
            "pl": "Rada Ludowa prowincji Lam Dong odbyła 20. sesję 5 grudnia 2025 r.",
            "ar": "عقد مجلس الشعب لمقاطعة لام دونغ دورته العشرين في 5 ديسمبر 2025.",
            "vi": "HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20 vào ngày 5/12/2025.",
        },
    ),
    "passive-end": (
        ["2025-12-05"],
        {
            "en": "The 20th session of the Lam Dong Provincial People's Council was held on December 5, 2025.",
            "fr": "La 20e session du Conseil populaire de la province de Lam Dong s'est tenue le 5 décembre 2025.",
            "es": "La 20ª sesión del Consejo Popular de la provincia de Lam Dong se celebró el 5 de diciembre de 2025.",
            "de": "Die 20. Sitzung des Volksrats der Provinz Lam Dong fand am 5. Dezember 2025 statt.",
            "pl": "20. sesja Rady Ludowej prowincji Lam Dong odbyła się 5 grudnia 2025 r.",
            "ar": "عقدت الدورة العشرون لمجلس الشعب لمقاطعة لام دونغ في 5 ديسمبر 2025.",
            "vi": "Kỳ họp thứ 20 HĐND tỉnh Lâm Đồng diễn ra ngày 5/12/2025.",
        },
    ),
    "morning-num": (
        ["2025-12-05"],
        {
            "en": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nOn the morning of 5/12, the Lam Dong Provincial People's Council held its 20th session.",
            "fr": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nLe matin du 5/12, le Conseil populaire de la province de Lam Dong a tenu sa 20e session.",
            "es": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nEn la mañana del 5/12, el Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión.",
            "de": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nAm Morgen des 5.12. hielt der Volksrat der Provinz Lam Dong seine 20. Sitzung ab.",
            "pl": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nRano 5.12 Rada Ludowa prowincji Lam Dong odbyła 20. sesję.",
            "ar": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nفي صباح يوم 5/12، عقد مجلس الشعب لمقاطعة لام دونغ دورته العشرين.",
            "vi": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nSáng 5/12, HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20.",
        },
    ),
    "morning-byline": (
        ["2025-12-05"],
        {
            "en": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nOn the morning of December 5, the Lam Dong Provincial People's Council held its 20th session.",
            "fr": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nLe matin du 5 décembre, le Conseil populaire de la province de Lam Dong a tenu sa 20e session.",
            "es": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nEn la mañana del 5 de diciembre, el Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión.",
            "de": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nAm Morgen des 5. Dezember hielt der Volksrat der Provinz Lam Dong seine 20. Sitzung ab.",
            "pl": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nRano 5 grudnia Rada Ludowa prowincji Lam Dong odbyła 20. sesję.",
            "ar": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nفي صباح يوم 5 ديسمبر، عقد مجلس الشعب لمقاطعة لام دونغ دورته العشرين.",
            "vi": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nSáng ngày 5/12, HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20.",
        },
    ),
    "today-paren": (
        ["2025-12-05"],
        {
            "en": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nThis morning (December 5), the Lam Dong Provincial People's Council held its 20th session.",
            "fr": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nCe matin (5 décembre), le Conseil populaire de la province de Lam Dong a tenu sa 20e session.",
            "es": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nEsta mañana (5 de diciembre), el Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión.",
            "de": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nHeute Morgen (5. Dezember) hielt der Volksrat der Provinz Lam Dong seine 20. Sitzung ab.",
            "pl": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nDziś rano (5 grudnia) Rada Ludowa prowincji Lam Dong odbyła 20. sesję.",
            "ar": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nعقد مجلس الشعب لمقاطعة لام دونغ صباح اليوم (5 ديسمبر) دورته العشرين.",
            "vi": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nSáng nay (5/12), HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20.",
        },
    ),
    "today-byline": (
        ["2025-12-05"],
        {
            "en": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nThis morning, the Lam Dong Provincial People's Council held its 20th session.",
            "fr": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nCe matin, le Conseil populaire de la province de Lam Dong a tenu sa 20e session.",
            "es": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nEsta mañana, el Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión.",
            "de": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nHeute Morgen hielt der Volksrat der Provinz Lam Dong seine 20. Sitzung ab.",
            "pl": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nDziś rano Rada Ludowa prowincji Lam Dong odbyła 20. sesję.",
            "ar": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nعقد مجلس الشعب لمقاطعة لام دونغ صباح اليوم دورته العشرين.",
            "vi": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nSáng nay, HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20.",
        },
    ),
    "yesterday-byline": (
        ["2025-12-05"],
        {
            "en": "Báo Lâm ĐồngBáo Lâm Đồng06/12/2025\n\nYesterday, the Lam Dong Provincial People's Council held its 20th session.",
            "fr": "Báo Lâm ĐồngBáo Lâm Đồng06/12/2025\n\nHier, le Conseil populaire de la province de Lam Dong a tenu sa 20e session.",
            "es": "Báo Lâm ĐồngBáo Lâm Đồng06/12/2025\n\nAyer, el Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión.",
            "de": "Báo Lâm ĐồngBáo Lâm Đồng06/12/2025\n\nGestern hielt der Volksrat der Provinz Lam Dong seine 20. Sitzung ab.",
            "pl": "Báo Lâm ĐồngBáo Lâm Đồng06/12/2025\n\nWczoraj Rada Ludowa prowincji Lam Dong odbyła 20. sesję.",
            "ar": "Báo Lâm ĐồngBáo Lâm Đồng06/12/2025\n\nعقد مجلس الشعب لمقاطعة لام دونغ أمس دورته العشرين.",
            "vi": "Báo Lâm ĐồngBáo Lâm Đồng06/12/2025\n\nHôm qua, HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20.",
        },
    ),
    "range-from": (
        ["2025-12-03"],
        {
            "en": "From December 3 to 5, 2025, the Lam Dong Provincial People's Council held its 20th session.",
            "fr": "Du 3 au 5 décembre 2025, le Conseil populaire de la province de Lam Dong a tenu sa 20e session.",
            "es": "Del 3 al 5 de diciembre de 2025, el Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión.",
            "de": "Vom 3. bis 5. Dezember 2025 hielt der Volksrat der Provinz Lam Dong seine 20. Sitzung ab.",
            "pl": "Od 3 do 5 grudnia 2025 r. Rada Ludowa prowincji Lam Dong odbyła 20. sesję.",
            "ar": "من 3 إلى 5 ديسمبر 2025، عقد مجلس الشعب لمقاطعة لام دونغ دورته العشرين.",
            "vi": "Từ ngày 3 đến ngày 5/12/2025, HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20.",
        },
    ),
    "range-after": (
        ["2025-12-03"],
        {
            "en": "The 20th session of the Lam Dong Provincial People's Council took place over three days, from December 3 to 5, 2025.",
            "fr": "La 20e session du Conseil populaire de la province de Lam Dong s'est déroulée sur trois jours, du 3 au 5 décembre 2025.",
            "es": "La 20ª sesión del Consejo Popular de la provincia de Lam Dong se celebró durante tres días, del 3 al 5 de diciembre de 2025.",
            "de": "Die 20. Sitzung des Volksrats der Provinz Lam Dong fand an drei Tagen, vom 3. bis 5. Dezember 2025, statt.",
            "pl": "20. sesja Rady Ludowej prowincji Lam Dong trwała trzy dni, od 3 do 5 grudnia 2025 r.",
            "ar": "عقدت الدورة العشرون لمجلس الشعب لمقاطعة لام دونغ على مدى ثلاثة أيام، من 3 إلى 5 ديسمبر 2025.",
            "vi": "Kỳ họp thứ 20 HĐND tỉnh Lâm Đồng diễn ra trong 3 ngày, từ ngày 3 đến ngày 5/12/2025.",
        },
    ),
    "range-dash": (
        ["2025-12-03"],
        {
            "en": "On December 3-5, 2025, the Lam Dong Provincial People's Council held its 20th session.",
            "fr": "Les 3 et 4 décembre 2025, le Conseil populaire de la province de Lam Dong a tenu sa 20e session.",
            "es": "Los días 3 y 4 de diciembre de 2025, el Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión.",
            "de": "Am 3. und 4. Dezember 2025 hielt der Volksrat der Provinz Lam Dong seine 20. Sitzung ab.",
            "pl": "W dniach 3-5 grudnia 2025 r. Rada Ludowa prowincji Lam Dong odbyła 20. sesję.",
            "ar": "يومي 3 و4 ديسمبر 2025، عقد مجلس الشعب لمقاطعة لام دونغ دورته العشرين.",
            "vi": "Trong 2 ngày 3-4/12/2025, HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20.",
        },
    ),
    "ordinal-first": (
        ["2025-12-01"],
        {
            "en": "On December 1st, 2025, the Lam Dong Provincial People's Council held its 20th session.",
            "fr": "Le 1er décembre 2025, le Conseil populaire de la province de Lam Dong a tenu sa 20e session.",
            "es": "El 1º de diciembre de 2025, el Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión.",
            "de": "Am 1. Dezember 2025 hielt der Volksrat der Provinz Lam Dong seine 20. Sitzung ab.",
            "pl": "1 grudnia 2025 r. Rada Ludowa prowincji Lam Dong odbyła 20. sesję.",
            "ar": "في الأول من ديسمبر 2025، عقد مجلس الشعب لمقاطعة لام دونغ دورته العشرين.",
            "vi": "Ngày 01/12/2025, HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20.",
        },
    ),
    "day-month-word": (
        ["2025-12-05"],
        {
            "en": "On the 5th of December 2025, the Lam Dong Provincial People's Council held its 20th session.",
            "fr": "En date du 5 décembre 2025, le Conseil populaire de la province de Lam Dong a tenu sa 20e session.",
            "es": "El día 5 de diciembre de 2025, el Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión.",
            "de": "Am 05.12.2025 hielt der Volksrat der Provinz Lam Dong seine 20. Sitzung ab.",
            "pl": "Dnia 5 grudnia 2025 roku Rada Ludowa prowincji Lam Dong odbyła 20. sesję.",
            "ar": "في 5 ديسمبر/كانون الأول 2025، عقد مجلس الشعب لمقاطعة لام دونغ دورته العشرين.",
            "vi": "Ngày mùng 5 tháng 12 năm 2025, HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20.",
        },
    ),
    "numeric-full": (
        ["2025-12-05"],
        {
            "en": "On 5/12/2025, the Lam Dong Provincial People's Council held its 20th session.",
            "fr": "Le 05/12/2025, le Conseil populaire de la province de Lam Dong a tenu sa 20e session.",
            "es": "El 5/12/2025, el Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión.",
            "de": "Am 5.12.2025 hielt der Volksrat der Provinz Lam Dong seine 20. Sitzung ab.",
            "pl": "5.12.2025 r. Rada Ludowa prowincji Lam Dong odbyła 20. sesję.",
            "ar": "في ٥ ديسمبر ٢٠٢٥، عقد مجلس الشعب لمقاطعة لام دونغ دورته العشرين.",
            "vi": "Ngày 5-12-2025, HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20.",
        },
    ),
    "title-only": (
        ["2025-12-05"],
        {
            "en": "Lam Dong Provincial People's Council holds 20th session on December 5, 2025\n\nThe session considered many important reports. Mr. Nguyen Van A, Chairman of the Provincial People's Council, chaired the session.",
            "fr": "Le Conseil populaire de la province de Lam Dong tient sa 20e session le 5 décembre 2025\n\nLa session a examiné de nombreux rapports importants. M. Nguyen Van A, président du Conseil populaire provincial, a présidé la session.",
            "es": "El Consejo Popular de la provincia de Lam Dong celebra su 20ª sesión el 5 de diciembre de 2025\n\nLa sesión consideró muchos informes importantes. El Sr. Nguyen Van A, presidente del Consejo Popular provincial, presidió la sesión.",
            "de": "Volksrat der Provinz Lam Dong hält am 5. Dezember 2025 seine 20. Sitzung ab\n\nDie Sitzung prüfte viele wichtige Berichte. Herr Nguyen Van A, Vorsitzender des Provinzvolksrats, leitete die Sitzung.",
            "pl": "Rada Ludowa prowincji Lam Dong odbywa 20. sesję 5 grudnia 2025 r.\n\nSesja rozpatrzyła wiele ważnych sprawozdań. Sesji przewodniczył pan Nguyen Van A, przewodniczący Prowincjonalnej Rady Ludowej.",
            "ar": "مجلس الشعب لمقاطعة لام دونغ يعقد دورته العشرين في 5 ديسمبر 2025\n\nونظرت الدورة في العديد من التقارير المهمة. وترأس الدورة السيد نغوين فان آ، رئيس مجلس الشعب الإقليمي.",
            "vi": "HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20 ngày 5/12/2025\n\nKỳ họp xem xét nhiều báo cáo quan trọng. Ông Nguyễn Văn A, Chủ tịch HĐND tỉnh, chủ trì kỳ họp.",
        },
    ),
    "dateline": (
        ["2025-12-05"],
        {
            "en": "Da Lat, December 5, 2025 (VNA) - The Lam Dong Provincial People's Council held its 20th session.",
            "fr": "Da Lat, 5 décembre 2025 (VNA) - Le Conseil populaire de la province de Lam Dong a tenu sa 20e session.",
            "es": "Da Lat, 5 de diciembre de 2025 (VNA) - El Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión.",
            "de": "Da Lat, 5. Dezember 2025 (VNA) - Der Volksrat der Provinz Lam Dong hielt seine 20. Sitzung ab.",
            "pl": "Da Lat, 5 grudnia 2025 r. (VNA) - Rada Ludowa prowincji Lam Dong odbyła 20. sesję.",
            "ar": "دا لات، 5 ديسمبر 2025 (وكالة الأنباء الفيتنامية) - عقد مجلس الشعب لمقاطعة لام دونغ دورته العشرين.",
            "vi": "Đà Lạt, ngày 5/12/2025 (TTXVN) - HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20.",
        },
    ),
    "afternoon-of-day": (
        ["2025-12-05"],
        {
            "en": "In the afternoon of December 5, 2025, at the Provincial Conference Center, the Lam Dong Provincial People's Council held its 20th session.",
            "fr": "Dans l'après-midi du 5 décembre 2025, au Centre provincial des conférences, le Conseil populaire de la province de Lam Dong a tenu sa 20e session.",
            "es": "En la tarde del 5 de diciembre de 2025, en el Centro Provincial de Conferencias, el Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión.",
            "de": "Am Nachmittag des 5. Dezember 2025 hielt der Volksrat der Provinz Lam Dong im Provinzkonferenzzentrum seine 20. Sitzung ab.",
            "pl": "Po południu 5 grudnia 2025 r. w Prowincjonalnym Centrum Konferencyjnym Rada Ludowa prowincji Lam Dong odbyła 20. sesję.",
            "ar": "بعد ظهر يوم 5 ديسمبر 2025، وفي مركز المؤتمرات الإقليمي، عقد مجلس الشعب لمقاطعة لام دونغ دورته العشرين.",
            "vi": "Chiều 5/12/2025, tại Trung tâm Hội nghị tỉnh, HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20.",
        },
    ),
    "clock-today": (
        ["2025-12-05"],
        {
            "en": "Lam Dong (Báo Lâm Đồng) 05/12/2025 10:02 (GMT+7)\n\nThis morning, the Lam Dong Provincial People's Council held its 20th session.",
            "fr": "Lam Dong (Báo Lâm Đồng) 05/12/2025 10:02 (GMT+7)\n\nCe matin, le Conseil populaire de la province de Lam Dong a tenu sa 20e session.",
            "es": "Lam Dong (Báo Lâm Đồng) 05/12/2025 10:02 (GMT+7)\n\nEsta mañana, el Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión.",
            "de": "Lam Dong (Báo Lâm Đồng) 05/12/2025 10:02 (GMT+7)\n\nHeute Morgen hielt der Volksrat der Provinz Lam Dong seine 20. Sitzung ab.",
            "pl": "Lam Dong (Báo Lâm Đồng) 05/12/2025 10:02 (GMT+7)\n\nDziś rano Rada Ludowa prowincji Lam Dong odbyła 20. sesję.",
            "ar": "Lam Dong (Báo Lâm Đồng) 05/12/2025 10:02 (GMT+7)\n\nعقد مجلس الشعب لمقاطعة لام دونغ صباح اليوم دورته العشرين.",
            "vi": "Lam Dong (Báo Lâm Đồng) 05/12/2025 10:02 (GMT+7)\n\nSáng nay, HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20.",
        },
    ),
    "next-sentence": (
        ["2025-12-05"],
        {
            "en": "The Lam Dong Provincial People's Council held its 20th session. The session took place on December 5, 2025 in Da Lat.",
            "fr": "Le Conseil populaire de la province de Lam Dong a tenu sa 20e session. La session a eu lieu le 5 décembre 2025 à Da Lat.",
            "es": "El Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión. La sesión tuvo lugar el 5 de diciembre de 2025 en Da Lat.",
            "de": "Der Volksrat der Provinz Lam Dong hielt seine 20. Sitzung ab. Die Sitzung fand am 5. Dezember 2025 in Da Lat statt.",
            "pl": "Rada Ludowa prowincji Lam Dong odbyła 20. sesję. Sesja odbyła się 5 grudnia 2025 r. w Da Lat.",
            "ar": "عقد مجلس الشعب لمقاطعة لام دونغ دورته العشرين. وعقدت الدورة في 5 ديسمبر 2025 في دا لات.",
            "vi": "HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20. Kỳ họp diễn ra ngày 5/12/2025 tại Đà Lạt.",
        },
    ),
    "at-meeting-on": (
        ["2025-12-05"],
        {
            "en": "At the 20th session of the Lam Dong Provincial People's Council on December 5, 2025, delegates elected Mr. Nguyen Van A as Chairman of the Provincial People's Committee.",
            "fr": "Lors de la 20e session du Conseil populaire de la province de Lam Dong le 5 décembre 2025, les délégués ont élu M. Nguyen Van A président du Comité populaire provincial.",
            "es": "En la 20ª sesión del Consejo Popular de la provincia de Lam Dong, el 5 de diciembre de 2025, los delegados eligieron al Sr. Nguyen Van A como presidente del Comité Popular provincial.",
            "de": "Auf der 20. Sitzung des Volksrats der Provinz Lam Dong am 5. Dezember 2025 wählten die Delegierten Herrn Nguyen Van A zum Vorsitzenden des Provinzvolkskomitees.",
            "pl": "Na 20. sesji Rady Ludowej prowincji Lam Dong 5 grudnia 2025 r. delegaci wybrali pana Nguyen Van A na przewodniczącego Prowincjonalnego Komitetu Ludowego.",
            "ar": "في الدورة العشرين لمجلس الشعب لمقاطعة لام دونغ في 5 ديسمبر 2025، انتخب المندوبون السيد نغوين فان آ رئيسا للجنة الشعبية الإقليمية.",
            "vi": "Tại kỳ họp thứ 20 HĐND tỉnh Lâm Đồng ngày 5/12/2025, các đại biểu đã bầu ông Nguyễn Văn A giữ chức Chủ tịch UBND tỉnh.",
        },
    ),
    "abbrev-month": (
        ["2025-12-05"],
        {
            "en": "Da Lat (VNA) - The Lam Dong Provincial People's Council held its 20th session on Dec. 5, 2025.",
            "fr": "Da Lat (VNA) - Le Conseil populaire de la province de Lam Dong a tenu sa 20e session le 5 déc. 2025.",
            "es": "Da Lat (VNA) - El Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión el 5 de dic. de 2025.",
            "de": "Da Lat (VNA) - Der Volksrat der Provinz Lam Dong hielt am 5. Dez. 2025 seine 20. Sitzung ab.",
            "pl": "Da Lat (VNA) - Rada Ludowa prowincji Lam Dong odbyła 20. sesję 5 gru. 2025 r.",
            "ar": "دا لات (وكالة الأنباء الفيتنامية) - عقد مجلس الشعب لمقاطعة لام دونغ دورته العشرين في 5 كانون الأول 2025.",
            "vi": "Đà Lạt (TTXVN) - HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20 ngày 5 tháng 12 năm 2025.",
        },
    ),
    "numeric-noyear-byline": (
        ["2025-12-05"],
        {
            "en": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nOn 5/12, the Lam Dong Provincial People's Council held its 20th session.",
            "fr": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nLe 5/12, le Conseil populaire de la province de Lam Dong a tenu sa 20e session.",
            "es": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nEl 5/12, el Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión.",
            "de": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nAm 5.12. hielt der Volksrat der Provinz Lam Dong seine 20. Sitzung ab.",
            "pl": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nDnia 5.12 Rada Ludowa prowincji Lam Dong odbyła 20. sesję.",
            "ar": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nفي ٥/١٢، عقد مجلس الشعب لمقاطعة لام دونغ دورته العشرين.",
            "vi": "Báo Lâm ĐồngBáo Lâm Đồng05/12/2025\n\nNgày 5/12, HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20.",
        },
    ),
    "opened-on": (
        ["2025-12-05"],
        {
            "en": "The 20th session of the Lam Dong Provincial People's Council opened on December 5, 2025 and closed on December 7.",
            "fr": "La 20e session du Conseil populaire de la province de Lam Dong s'est ouverte le 5 décembre 2025 et s'est clôturée le 7 décembre.",
            "es": "La 20ª sesión del Consejo Popular de la provincia de Lam Dong se inauguró el 5 de diciembre de 2025 y se clausuró el 7 de diciembre.",
            "de": "Die 20. Sitzung des Volksrats der Provinz Lam Dong wurde am 5. Dezember 2025 eröffnet und am 7. Dezember geschlossen.",
            "pl": "20. sesja Rady Ludowej prowincji Lam Dong rozpoczęła się 5 grudnia 2025 r. i zakończyła 7 grudnia.",
            "ar": "افتتحت الدورة العشرون لمجلس الشعب لمقاطعة لام دونغ في 5 ديسمبر 2025 واختتمت في 7 ديسمبر.",
            "vi": "Kỳ họp thứ 20 HĐND tỉnh Lâm Đồng khai mạc ngày 5/12/2025 và bế mạc ngày 7/12.",
        },
    ),
    "clock-time": (
        ["2025-12-05"],
        {
            "en": "At 8 a.m. on December 5, 2025, the Lam Dong Provincial People's Council held its 20th session.",
            "fr": "À 8 heures le 5 décembre 2025, le Conseil populaire de la province de Lam Dong a tenu sa 20e session.",
            "es": "A las 8 de la mañana del 5 de diciembre de 2025, el Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión.",
            "de": "Am 5. Dezember 2025 um 8 Uhr hielt der Volksrat der Provinz Lam Dong seine 20. Sitzung ab.",
            "pl": "5 grudnia 2025 r. o godzinie 8:00 Rada Ludowa prowincji Lam Dong odbyła 20. sesję.",
            "ar": "في الساعة الثامنة من صباح يوم 5 ديسمبر 2025، عقد مجلس الشعب لمقاطعة لام دونغ دورته العشرين.",
            "vi": "Vào lúc 8 giờ sáng ngày 5/12/2025, HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20.",
        },
    ),
    "weekday-byline": (
        ["2025-12-05"],
        {
            "en": "Lam Dong Provincial People's Council holds its 20th session\nFriday, December 5, 2025 | 09:00\nOn the afternoon of December 5, the Lam Dong Provincial People's Council held its 20th session.",
            "fr": "Le Conseil populaire de Lam Dong tient sa 20e session\nVendredi 5 décembre 2025 | 09:00\nDans l'après-midi du 5 décembre, le Conseil populaire de la province de Lam Dong a tenu sa 20e session.",
            "es": "El Consejo Popular de Lam Dong celebra su 20ª sesión\nViernes, 5 de diciembre de 2025 | 09:00\nEn la tarde del 5 de diciembre, el Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión.",
            "de": "Volksrat von Lam Dong hält seine 20. Sitzung ab\nFreitag, 5. Dezember 2025 | 09:00\nAm Nachmittag des 5. Dezember hielt der Volksrat der Provinz Lam Dong seine 20. Sitzung ab.",
            "pl": "Rada Ludowa Lam Dong odbywa 20. sesję\nPiątek, 5 grudnia 2025 | 09:00\nPo południu 5 grudnia Rada Ludowa prowincji Lam Dong odbyła 20. sesję.",
            "ar": "مجلس الشعب في لام دونغ يعقد دورته العشرين الجمعة، ٥ ديسمبر ٢٠٢٥ | ٠٩:٠٠:٠٠ في فترة ما بعد الظهر من يوم 5 ديسمبر، عقد مجلس الشعب لمقاطعة لام دونغ دورته العشرين.",
            "vi": "HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20\nThứ Sáu, 05/12/2025 09:00\nChiều 5/12, HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20.",
        },
    ),
    "which-took-place": (
        ["2025-12-05"],
        {
            "en": "The 20th session of the Lam Dong Provincial People's Council, which took place on December 5, 2025, approved 14 resolutions.",
            "fr": "La 20e session du Conseil populaire de la province de Lam Dong, qui s'est tenue le 5 décembre 2025, a adopté 14 résolutions.",
            "es": "La 20ª sesión del Consejo Popular de la provincia de Lam Dong, que tuvo lugar el 5 de diciembre de 2025, aprobó 14 resoluciones.",
            "de": "Die 20. Sitzung des Volksrats der Provinz Lam Dong, die am 5. Dezember 2025 stattfand, verabschiedete 14 Resolutionen.",
            "pl": "20. sesja Rady Ludowej prowincji Lam Dong, która odbyła się 5 grudnia 2025 r., przyjęła 14 rezolucji.",
            "ar": "أقرت الدورة العشرون لمجلس الشعب لمقاطعة لام دونغ، التي عقدت في 5 ديسمبر 2025، 14 قرارا.",
            "vi": "Kỳ họp thứ 20 HĐND tỉnh Lâm Đồng, diễn ra ngày 5/12/2025, đã thông qua 14 nghị quyết.",
        },
    ),
    "second-day": (
        ["2025-12-05"],
        {
            "en": "On December 5, 2025, the Lam Dong Provincial People's Council opened its 20th session. On December 6, the session continued with a question-and-answer session.",
            "fr": "Le 5 décembre 2025, le Conseil populaire de la province de Lam Dong a ouvert sa 20e session. Le 6 décembre, la session s'est poursuivie par une séance de questions-réponses.",
            "es": "El 5 de diciembre de 2025, el Consejo Popular de la provincia de Lam Dong inauguró su 20ª sesión. El 6 de diciembre, la sesión continuó con una ronda de preguntas y respuestas.",
            "de": "Am 5. Dezember 2025 eröffnete der Volksrat der Provinz Lam Dong seine 20. Sitzung. Am 6. Dezember wurde die Sitzung mit einer Fragestunde fortgesetzt.",
            "pl": "5 grudnia 2025 r. Rada Ludowa prowincji Lam Dong otworzyła 20. sesję. 6 grudnia sesja była kontynuowana sesją pytań i odpowiedzi.",
            "ar": "في 5 ديسمبر 2025، افتتح مجلس الشعب لمقاطعة لام دونغ دورته العشرين. وفي 6 ديسمبر، واصلت الدورة أعمالها بجلسة أسئلة وأجوبة.",
            "vi": "Ngày 5/12/2025, HĐND tỉnh Lâm Đồng khai mạc kỳ họp thứ 20. Ngày 6/12, kỳ họp tiếp tục với phiên chất vấn và trả lời chất vấn.",
        },
    ),
    "month-year": (
        ["2025-12"],
        {
            "en": "In December 2025, the Lam Dong Provincial People's Council held its 20th session.",
            "fr": "En décembre 2025, le Conseil populaire de la province de Lam Dong a tenu sa 20e session.",
            "es": "En diciembre de 2025, el Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión.",
            "de": "Im Dezember 2025 hielt der Volksrat der Provinz Lam Dong seine 20. Sitzung ab.",
            "pl": "W grudniu 2025 r. Rada Ludowa prowincji Lam Dong odbyła 20. sesję.",
            "ar": "في ديسمبر 2025، عقد مجلس الشعب لمقاطعة لام دونغ دورته العشرين.",
            "vi": "Tháng 12/2025, HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20.",
        },
    ),
    "paren-date": (
        ["2025-12-05"],
        {
            "en": "The Lam Dong Provincial People's Council held its 20th session (December 5, 2025) in Da Lat.",
            "fr": "Le Conseil populaire de la province de Lam Dong a tenu sa 20e session (5 décembre 2025) à Da Lat.",
            "es": "El Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión (5 de diciembre de 2025) en Da Lat.",
            "de": "Der Volksrat der Provinz Lam Dong hielt seine 20. Sitzung (5. Dezember 2025) in Da Lat ab.",
            "pl": "Rada Ludowa prowincji Lam Dong odbyła 20. sesję (5 grudnia 2025 r.) w Da Lat.",
            "ar": "عقد مجلس الشعب لمقاطعة لام دونغ دورته العشرين (5 ديسمبر 2025) في دا لات.",
            "vi": "HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20 (ngày 5/12/2025) tại Đà Lạt.",
        },
    ),
    "chaired-date": (
        ["2025-12-05"],
        {
            "en": "On December 5, 2025, Mr. Nguyen Van A, Chairman of the Lam Dong Provincial People's Committee, chaired a meeting on the budget.",
            "fr": "Le 5 décembre 2025, M. Nguyen Van A, président du Comité populaire de la province de Lam Dong, a présidé une réunion sur le budget.",
            "es": "El 5 de diciembre de 2025, el Sr. Nguyen Van A, presidente del Comité Popular de la provincia de Lam Dong, presidió una reunión sobre el presupuesto.",
            "de": "Am 5. Dezember 2025 leitete Herr Nguyen Van A, Vorsitzender des Volkskomitees der Provinz Lam Dong, eine Sitzung über den Haushalt.",
            "pl": "5 grudnia 2025 r. pan Nguyen Van A, przewodniczący Komitetu Ludowego prowincji Lam Dong, przewodniczył posiedzeniu w sprawie budżetu.",
            "ar": "في 5 ديسمبر 2025، ترأس السيد نغوين فان آ، رئيس اللجنة الشعبية لمقاطعة لام دونغ، اجتماعا بشأن الميزانية.",
            "vi": "Ngày 5/12/2025, ông Nguyễn Văn A, Chủ tịch UBND tỉnh Lâm Đồng, chủ trì cuộc họp về ngân sách.",
        },
    ),
    "dateline-yesterday": (
        ["2025-12-04"],
        {
            "en": "Da Lat, December 5, 2025 (VNA) - The Lam Dong Provincial People's Council held its 20th session yesterday.",
            "fr": "Da Lat, 5 décembre 2025 (VNA) - Le Conseil populaire de la province de Lam Dong a tenu hier sa 20e session.",
            "es": "Da Lat, 5 de diciembre de 2025 (VNA) - El Consejo Popular de la provincia de Lam Dong celebró ayer su 20ª sesión.",
            "de": "Da Lat, 5. Dezember 2025 (VNA) - Der Volksrat der Provinz Lam Dong hielt gestern seine 20. Sitzung ab.",
            "pl": "Da Lat, 5 grudnia 2025 r. (VNA) - Rada Ludowa prowincji Lam Dong odbyła wczoraj 20. sesję.",
            "ar": "دا لات، 5 ديسمبر 2025 (وكالة الأنباء الفيتنامية) - عقد مجلس الشعب لمقاطعة لام دونغ أمس دورته العشرين.",
            "vi": "Đà Lạt, ngày 5/12/2025 (TTXVN) - Hôm qua, HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20.",
        },
    ),
    "dateline-abbrev": (
        ["2025-12-05"],
        {
            "en": "Da Lat, Dec. 5 (VNA) - The Lam Dong Provincial People's Council opened its 20th session today, term 2021-2026, to review the work of 2025.",
            "fr": "Da Lat, 5 déc. (VNA) - Le Conseil populaire de la province de Lam Dong a ouvert aujourd'hui sa 20e session, mandat 2021-2026, pour examiner le travail de 2025.",
            "es": "Da Lat, 5 dic (VNA) - El Consejo Popular de la provincia de Lam Dong inauguró hoy su 20ª sesión, período 2021-2026, para revisar el trabajo de 2025.",
            "de": "Da Lat, 5. Dez. (VNA) - Der Volksrat der Provinz Lam Dong eröffnete heute seine 20. Sitzung, Amtszeit 2021-2026, um die Arbeit von 2025 zu bewerten.",
            "pl": "Da Lat, 5 gru. (VNA) - Rada Ludowa prowincji Lam Dong kadencji 2021-2026 otworzyła dziś 20. sesję, aby ocenić pracę w 2025 r.",
            "ar": "دا لات، 5 ديسمبر (وكالة الأنباء الفيتنامية) - افتتح مجلس الشعب لمقاطعة لام دونغ، للفترة 2021-2026، اليوم دورته العشرين لتقييم أعمال عام 2025.",
            "vi": "Đà Lạt, 5/12 (TTXVN) - Hôm nay, HĐND tỉnh Lâm Đồng khóa X, nhiệm kỳ 2021-2026 khai mạc kỳ họp thứ 20 để đánh giá công tác năm 2025.",
        },
    ),
    "two-meetings": (
        ["2025-12-05", "2025-12-08"],
        {
            "en": "On December 5, 2025, the Lam Dong Provincial People's Council held its 20th session. On December 8, the Lam Dong Provincial Party Standing Committee held a conference to review the work of 2025.",
            "fr": "Le 5 décembre 2025, le Conseil populaire de la province de Lam Dong a tenu sa 20e session. Le 8 décembre, le Comité permanent du Parti de la province de Lam Dong a tenu une conférence pour faire le bilan du travail de 2025.",
            "es": "El 5 de diciembre de 2025, el Consejo Popular de la provincia de Lam Dong celebró su 20ª sesión. El 8 de diciembre, el Comité Permanente del Partido de la provincia de Lam Dong celebró una conferencia para revisar el trabajo de 2025.",
            "de": "Am 5. Dezember 2025 hielt der Volksrat der Provinz Lam Dong seine 20. Sitzung ab. Am 8. Dezember hielt der Ständige Ausschuss des Parteikomitees der Provinz Lam Dong eine Konferenz ab, um die Arbeit des Jahres 2025 zu bewerten.",
            "pl": "5 grudnia 2025 r. Rada Ludowa prowincji Lam Dong odbyła 20. sesję. 8 grudnia Stały Komitet Partii prowincji Lam Dong zorganizował konferencję w celu podsumowania pracy w 2025 r.",
            "ar": "في 5 ديسمبر 2025، عقد مجلس الشعب لمقاطعة لام دونغ دورته العشرين. وفي 8 ديسمبر، عقدت اللجنة الدائمة للحزب في مقاطعة لام دونغ مؤتمرا لمراجعة أعمال عام 2025.",
            "vi": "Ngày 5/12/2025, HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20. Ngày 8/12, Ban Thường vụ Tỉnh ủy Lâm Đồng tổ chức hội nghị tổng kết công tác năm 2025.",
        },
    ),
}

LEFT = {
    ("day-month-word", "fr"): "'En date du 5 décembre 2025' opens no date (no real text writes it)",
    (
        "at-meeting-on",
        "ar",
    ): "'في الدورة العشرين ... في 5 ديسمبر 2025، انتخب': no meeting (الدورة is a term's noun too; no real "
    "text writes it)",
    (
        "month-year",
        "ar",
    ): "'في ديسمبر 2025، عقد ... دورته العشرين': a session held with no day names no meeting in ar",
    (
        "dateline-yesterday",
        "ar",
    ): "a dateline without '(VNA)' is not read as one: 'أمس' counted from the text's day",
}


@pytest.mark.parametrize(("lang", "text", "want"), probe_cases(PARITY, LEFT))
def test_a_construction_dates_its_meeting_alike_in_every_language(lang, text, want):
    assert _dates(text, lang) == want


# 4. a number's full stop before a sentence that opens with its day ends the sentence
SPLIT = [
    (
        "vi",
        "Ngày 5/12/2025, HĐND tỉnh Lâm Đồng tổ chức kỳ họp thứ 20. Ngày 8/12, UBND tỉnh Lâm Đồng tổ chức hội nghị.",
    ),
    (
        "en",
        "On December 5, 2025, the Lam Dong Provincial People's Council held its session no. 20. On December 8, the Lam "
        "Dong Provincial People's Committee held a conference.",
    ),
    (
        "fr",
        "Le 5 décembre 2025, le Conseil populaire de Lam Dong a tenu sa session n° 20. Le 8 décembre, le Comité "
        "populaire de Lam Dong a tenu une conférence.",
    ),
    (
        "es",
        "El 5 de diciembre de 2025, el Consejo Popular de Lam Dong celebró la sesión número 20. El 8 de diciembre, el "
        "Comité Popular de Lam Dong celebró una conferencia.",
    ),
    (
        "ar",
        "في 5 ديسمبر 2025، عقد مجلس الشعب لمقاطعة لام دونغ الاجتماع رقم 20. وفي 8 ديسمبر، عقدت اللجنة الشعبية لمقاطعة "
        "لام دونغ مؤتمرا.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SPLIT, ids=[c[0] for c in SPLIT])
def test_a_number_before_a_sentence_opening_with_its_day_ends_the_sentence(lang, text):
    assert _dates(text, lang) == ["2025-12-05", "2025-12-08"]


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("de", "Am 20. Juli tagte der Rat.", 1),  # (a dotted day)
        ("en", "RESULTS: 1. On December 8, the economy grew.", 1),  # (a list's number after a colon)
        ("vi", "Ủy viên Trung ương Đảng khóa 13. Ông từng là Phó ban.", 1),  # (no day after it: as before)
        (
            "pl",
            "Rada odbyła sesję nr 20. 8 grudnia Komitet zorganizował konferencję.",
            1,
        ),  # (pl dots its days)
    ],
)
def test_a_number_s_full_stop_stays_no_sentence_end_elsewhere(lang, text, count):
    from kg.lang import load_pack
    from kg.text import sentences

    assert len(sentences(text, load_pack(lang))) == count
