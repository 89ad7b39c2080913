"""dates22: the fixes of stop 35's meeting dates (docs/dates.md "dates22"), each with the guards that keep the nearby
right readings.

1. The year of a whole day after a starting point's cue ('from June 1, 2024', 'od 1 czerwca 2024 r.', 'اعتبارًا من 1
   يونيو 2024') tells the text's year, as vi 'từ ngày 01/6/2024' did, but not the year of a meeting its own sentence
   names: a plenum a mandate rests on ('Based on the results of the 14th Conference ..., authorized Mr. A to run the
   work from November 8, 2025') is not dated by the mandate's first day (5311ddc5 dated it, reverted in b26a277e).
2. ar: a conference noun, an ordinal and the party committee it is of ('المؤتمر السادس عشر للجنة الحزب') is the
   congress of that ordinal the text names ('المؤتمر السادس عشر للحزب الإقليمي'), unless a term of years after it
   began before a year its sentence writes (dc6e10c3's rows valued 'term': any ordinal made a congress, reverted in
   983a814e, since the wording alone is a plenum's as well: tests/api/test_meetings.py, test_mt14_mt14a.py,
   test_mt16_mt16a.py)."""

import pytest

from kg.extract.meetings import _not_event_dates
from kg.lang import load_pack
from kg.text import fold
from tests.helpers import extracted


def _dates(text: str, lang: str) -> list[str | None]:
    return [m.date for m in extracted(text, lang).meetings]


# a session of no year, the year only in another sentence's day after a starting point's cue (dates9 u-vi-1015)
SINCE = {
    "en": "On the morning of October 15, the Provincial People's Council held its 22nd session. Mr. Le Van Dien has "
    "retired since June 1, 2024.",
    "fr": "Le matin du 15 octobre, le Conseil populaire provincial a tenu sa 22e session. M. Le Van Dien est à la "
    "retraite depuis le 1er juin 2024.",
    "es": "En la mañana del 15 de octubre, el Consejo Popular Provincial celebró su 22ª sesión. El Sr. Le Van Dien "
    "está jubilado desde el 1 de junio de 2024.",
    "de": "Am Morgen des 15. Oktober hielt der Provinzvolksrat seine 22. Sitzung ab. Herr Le Van Dien ist seit dem 1. "
    "Juni 2024 im Ruhestand.",
    "pl": "Rano 15 października Prowincjonalna Rada Ludowa odbyła 22. sesję. Pan Le Van Dien jest na emeryturze od 1 "
    "czerwca 2024 r.",
    "ar": "في صباح يوم 15 أكتوبر، عقد مجلس الشعب الإقليمي دورته الثانية والعشرين. وتقاعد السيد لي فان ديين اعتبارًا "
    "من 1 يونيو 2024.",
    "vi": "Sáng 15/10, HĐND tỉnh tổ chức kỳ họp thứ 22. Ông Lê Văn Diện nghỉ hưu từ ngày 01/6/2024.",
}


@pytest.mark.parametrize("lang", sorted(SINCE))
def test_a_starting_day_tells_the_text_year(lang):
    assert _dates(SINCE[lang], lang) == ["2024-10-15"]


# (guards: the meeting a mandate's sentence recalls, no other year in the text, stays undated, in the languages
# tests/test_mt14_mt14c.py does not write; the starting day itself is no meeting's day)
MANDATE = {
    "fr": "Sur la base des résultats de la 14e Conférence du Comité central du Parti, le président a autorisé M. A à "
    "diriger le travail à partir du 8 novembre 2025.",
    "es": "Con base en los resultados de la 14ª Conferencia del Comité Central del Partido, el presidente autorizó al "
    "Sr. A a dirigir el trabajo a partir del 8 de noviembre de 2025.",
    "de": "Auf der Grundlage der Ergebnisse der 14. Konferenz des Zentralkomitees der Partei beauftragte der "
    "Vorsitzende Herrn A, die Arbeit ab dem 8. November 2025 zu leiten.",
    "en": "Mr. A, who was elected at the 5th plenum, has been Secretary since June 1, 2024.",
    "pl": "Na 5. plenum pan A został wybrany sekretarzem, którym jest od 1 czerwca 2024 r.",
}


@pytest.mark.parametrize("lang", sorted(MANDATE))
def test_a_meeting_its_own_sentence_recalls_is_not_dated_by_a_start(lang):
    assert [d for d in _dates(MANDATE[lang], lang) if d] == []


def test_a_starting_day_is_no_meeting_day():
    text = "Since July 1, 2025, Mr. A has been Secretary. On October 15, the Provincial People's Council held its session."
    assert _dates(text, "en") == ["2025-10-15"]


@pytest.mark.parametrize(
    ("lang", "text", "counted"),
    [
        # (a document's issuing day, a since cue valued 'issued', keeps its year blanked: no event's year, nor the
        # text's)
        ("es", "la resolución 18, emitida el 30 de julio de 2013, sigue vigente.", False),
        ("fr", "la résolution 18, promulguée le 30 juillet 2013, reste en vigueur.", False),
        ("es", "el sr. le van dien está jubilado desde el 1 de junio de 2024.", True),
        ("fr", "m. le van dien est à la retraite depuis le 1er juin 2024.", True),
        ("en", "mr. le van dien has retired since june 1, 2024.", True),
        ("pl", "pan le van dien jest na emeryturze od 1 czerwca 2024 r.", True),
        # (a year alone after the cue is a state's start, no text's year: "since 2018")
        ("en", "he has been secretary since 2018.", False),
    ],
)
def test_the_year_of_a_starting_day_is_the_texts(lang, text, counted):
    years: list = []
    spans = _not_event_dates(fold(text), load_pack(lang), years)
    at = text.index("20")
    assert any(
        a <= at < b for a, b in spans
    )  # (no event's year: its own sentence's meetings are not dated by it)
    text_year = [dict(years).get(span, span) for span in spans]  # (the spans blanked for the text's year)
    assert any(a <= at < b for a, b in text_year) is (not counted)


# 2. (the congress named after its ordinal, a party committee's conference of that ordinal later in the text is the
# same congress; alone it is a plenum's wording as well, and a term begun before its year makes it one)
CONGRESS = "في صباح يوم 28 سبتمبر 2025، افتتح المؤتمر الرابع عشر للحزب الإقليمي للفترة 2025-2030. "


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (CONGRESS + "وترأس المؤتمر الرابع عشر للجنة الحزب الإقليمية الرفيق نجوين فان آن.", ["congress"]),
        (
            CONGRESS + "وفي 10 مارس 2025، عقد المؤتمر العاشر للجنة الحزب الإقليمية.",
            ["congress", "conference"],
        ),
        (
            CONGRESS.replace("الرابع عشر", "الخامس عشر")
            + "وفي 10 مارس 2025، عقد المؤتمر الخامس عشر للجنة الحزب الإقليمية للفترة 2020-2025.",
            ["congress", "conference"],
        ),
        ("في صباح يوم 28 سبتمبر، افتتح المؤتمر السادس عشر للجنة الحزب في مقاطعة سون لا.", ["conference"]),
        (
            CONGRESS
            + "وفي 10 مارس، عقدت اللجنة الدائمة المؤتمر الرابع عشر للجنة التنفيذية للجنة الحزب الإقليمية.",
            ["congress", "conference"],
        ),
    ],
)
def test_ar_a_party_committees_conference_of_a_congress_ordinal(text, kinds):
    assert [m.kind for m in extracted(text, "ar").meetings] == kinds
