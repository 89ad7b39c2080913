"""Meeting dates across languages (not Arabic): which meetings a text reports as held, and their dates.

Wordings written for these tests (not copied from any article): a meeting only announced is no
meeting (``planned`` cues in every pack's wording of its future: "will hold", "tiendra", "est prévue
le", "wird ... stattfinden", "zorganizuje", "sẽ khai mạc"), while a held meeting written beside it keeps
its date. More rows in ``tests/data/cases/dates.tsv``."""

from __future__ import annotations

import importlib

import pytest

from kg.model import Article

extract = importlib.import_module("kg.extract").extract

HELD = {
    "en": "On March 4, 2025, the Provincial People's Committee held a meeting.",
    "fr": "Le 4 mars 2025, le Comité populaire provincial a tenu une réunion.",
    "de": "Am 4. März 2025 hielt das Volkskomitee der Provinz eine Sitzung ab.",
    "pl": "4 marca 2025 r. Prowincjonalny Komitet Ludowy odbył posiedzenie.",
    "vi": "Ngày 4/3/2025, UBND tỉnh tổ chức phiên họp thường kỳ.",
}


@pytest.mark.parametrize(
    ("lang", "planned"),
    [
        ("en", "The Provincial People's Council will hold its 20th session on April 12, 2025."),
        ("en", "The 20th session of the Provincial People's Council is set to open on April 12, 2025."),
        ("en", "The Provincial Party Congress, to be held on April 12, 2025, will elect the new committee."),
        ("fr", "Le Conseil populaire provincial tiendra sa 20e session le 12 avril 2025."),
        ("fr", "La 20e session du Conseil populaire provincial est prévue le 12 avril 2025."),
        ("fr", "La 20e session du Conseil populaire provincial se déroulera le 12 avril 2025."),
        ("de", "Die 20. Sitzung des Volksrats der Provinz wird am 12. April 2025 stattfinden."),
        ("de", "Der Volksrat der Provinz wird am 12. April 2025 seine 20. Sitzung abhalten."),
        ("pl", "Prowincjonalna Rada Ludowa zorganizuje 20. sesję 12 kwietnia 2025 r."),
        ("pl", "20. sesja Prowincjonalnej Rady Ludowej rozpocznie się 12 kwietnia 2025 r."),
        ("vi", "Kỳ họp thứ 20 HĐND tỉnh sẽ khai mạc vào ngày 12/4/2025."),
        ("vi", "Phiên chính thức Đại hội đại biểu Đảng bộ tỉnh sẽ được tổ chức vào sáng 12/4/2025."),
    ],
)
def test_a_meeting_announced_in_the_future_is_not_held(lang, planned):
    alone = [m.date for m in extract(Article("t", planned, lang=lang)).meetings]
    assert alone == [], alone
    both = [m.date for m in extract(Article("t", HELD[lang] + "\n" + planned, lang=lang)).meetings]
    assert both == ["2025-03-04"], both


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le 4 mars 2025, comme prévu, le Comité populaire provincial a tenu une réunion."),
        ("en", "On March 4, 2025, as planned, the Provincial People's Committee held a meeting."),
        ("de", "Die Sitzung des Volkskomitees der Provinz fand am 4. März 2025 statt."),
    ],
)
def test_a_held_meeting_that_was_planned_is_still_held(lang, text):
    assert [m.date for m in extract(Article("t", text, lang=lang)).meetings] == ["2025-03-04"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a resolution the assembly adopted, cited with its day: no sitting reported
        ("en", "Resolution 202 adopted by the National Assembly on June 12, 2025 takes effect on July 1."),
        ("es", "La resolución aprobada por la Asamblea Nacional el 12 de junio de 2025 entra en vigor."),
        # the chairman of a council approving something is no sitting of the council
        (
            "en",
            "On June 12, 2025, Chairman of the Provincial People's Council Nguyen Van A approved the plan.",
        ),
        # a starting point ('a partir del', 'à compter du'): the day is no event's
        (
            "es",
            "En la Resolución 1903 el Comité Permanente de la Asamblea Nacional aprobó los resultados de la "
            "elección del Vicepresidente del Consejo Popular a partir del 14 de noviembre de 2025.",
        ),
        (
            "fr",
            "Par sa résolution, l'Assemblée nationale a approuvé la nomination du vice-président à compter "
            "du 14 novembre 2025.",
        ),
    ],
)
def test_a_decision_cited_or_taken_by_one_person_is_no_sitting(lang, text):
    assert [m.date for m in extract(Article("t", text, lang=lang)).meetings] == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On March 12, 2025, Chairman of the Provincial People's Committee Nguyen Van A met with a delegation.",
        ),
        (
            "fr",
            "Le 12 mars 2025, le président du Comité populaire provincial a rencontré une délégation du Laos.",
        ),
        ("vi", "Ngày 12/3/2025, Chủ tịch nước hội kiến Thủ tướng Lào."),
        ("vi", "Ngày 12/3/2025, Tỉnh ủy gặp mặt các đồng chí nguyên lãnh đạo tỉnh."),
        ("en", "On March 12, 2025, Chairman Nguyen Van A received a delegation of the Japanese embassy."),
        ("pl", "12 marca 2025 r. przewodniczący Nguyen Van A przyjął delegację ambasady Japonii."),
    ],
)
def test_a_meeting_with_a_delegation_on_a_day_is_held(lang, text):
    assert [m.date for m in extract(Article("t", text, lang=lang)).meetings] == ["2025-03-12"]


@pytest.mark.parametrize(
    ("lang", "text", "meetings"),
    [
        # the first meeting of the body a congress elected is a meeting of its own
        (
            "es",
            "El 16 de octubre de 2025, la XVIII Asamblea del Comité del Partido de Hanoi eligió a 75 miembros.\n"
            "En la primera reunión del Comité Ejecutivo del Partido, se eligieron los miembros del Buró Ejecutivo.",
            2,
        ),
        (
            "vi",
            "Sáng 29/9/2025, Đại hội đại biểu Đảng bộ tỉnh khai mạc.\n"
            "Tại Hội nghị lần thứ nhất, Ban Chấp hành Đảng bộ tỉnh đã bầu Ban Thường vụ Tỉnh ủy.",
            2,
        ),
        # not the congress named as the first one, nor a first session of the congress
        (
            "es",
            "El 29 de septiembre de 2025 se inauguró el Congreso del Comité Provincial del Partido.\n"
            "Delegados asistentes al Primer Congreso del Comité Provincial del Partido.",
            1,
        ),
        (
            "vi",
            "Sáng 29/9/2025, Đại hội đại biểu Đảng bộ tỉnh khai mạc.\n"
            "Tại phiên làm việc thứ nhất, Đại hội đã thông qua chương trình làm việc.",
            1,
        ),
    ],
)
def test_the_first_meeting_after_a_congress_is_a_meeting_of_its_own_in_its_year(lang, text, meetings):
    found = extract(Article("t", text, lang=lang)).meetings
    assert len(found) == meetings, [(m.date, m.kind) for m in found]
    assert found[0].date in ("2025-09-29", "2025-10-16")
    # (held when the congress ends: dated by the congress's year)
    assert all(m.date == "2025" for m in found[1:]), [m.date for m in found]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 12/3/2025, the Provincial People's Council held its 20th session."),
        ("fr", "Le 12/3/2025, le Conseil populaire provincial a tenu sa 20e session."),
        ("es", "El 12/3/2025, el Consejo Popular provincial celebró su vigésima sesión."),
        ("pl", "12.03.2025 r. Prowincjonalna Rada Ludowa odbyła 20. sesję."),
    ],
)
def test_a_whole_numeric_date_needs_no_date_word(lang, text):
    assert [m.date for m in extract(Article("t", text, lang=lang)).meetings] == ["2025-03-12"]


def test_a_numeric_date_run_into_the_next_word_is_a_byline_not_the_meeting_day():
    from kg.extract.numbers import find_dates
    from kg.lang import load_pack

    text = "23/8/2024Trong 02 ngày (22 và 23/8), Ủy ban MTTQ tỉnh đã tổ chức Đại hội đại biểu lần thứ XI."
    assert [m.date for m in extract(Article("t", text, lang="vi")).meetings] == ["2024-08-22"]
    assert [(d.day, d.month, d.year) for d in find_dates("on 12/3/2025, the", load_pack("en"))] == [
        (12, 3, 2025)
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On March 5, 2025, the Provincial Party Committee held a conference to prepare for the Congress to be held in October.",
        ),
        (
            "fr",
            "Le 5 mars 2025, le Comité provincial du Parti a tenu une conférence pour préparer le congrès qui se tiendra en octobre.",
        ),
        (
            "de",
            "Am 5. März 2025 hielt das Parteikomitee der Provinz eine Konferenz ab, um den Parteitag vorzubereiten, der im Oktober stattfinden wird.",
        ),
        (
            "pl",
            "5 marca 2025 r. Prowincjonalny Komitet Partii zorganizował konferencję przygotowującą zjazd, który odbędzie się w październiku.",
        ),
        ("vi", "Ngày 5/3/2025, Tỉnh ủy tổ chức hội nghị chuẩn bị cho Đại hội sẽ diễn ra vào tháng 10."),
        (
            "es",
            "El 5 de marzo de 2025, el Comité Provincial del Partido celebró una conferencia para preparar el congreso que se celebrará en octubre.",
        ),
    ],
)
def test_a_meeting_held_before_the_one_to_come_it_names_is_held(lang, text):
    assert [m.date for m in extract(Article("t", text, lang=lang)).meetings] == ["2025-03-05"]
