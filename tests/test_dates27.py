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
"""

import pytest

from tests.helpers import meetings_of


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
            None,
        ),
    ],
)
def test_the_next_sentence_tells_a_review_only_of_the_meeting(lang, text, want):
    assert _dates(text, lang) == [want]
