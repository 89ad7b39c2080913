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
