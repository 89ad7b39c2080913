"""German titles and dates found while annotating the second blind German set (silver de2) and
cleaning the German pack (review2): inflected titles composed by the grammar, not listed."""

from __future__ import annotations

import itertools

import pytest

from tests.helpers import extracted, positions

ADJ = ("e", "er", "en", "es")  # the endings of a German adjective
LEVELS = {"Provinz": "provincial", "Stadt": "provincial", "Bezirks": "district"}


@pytest.mark.parametrize(
    ("standing", "deputy", "place", "noun"),
    list(itertools.product(ADJ, ("e", "er", "en"), LEVELS, ("", "in", "s"))),
)
def test_a_standing_deputy_party_secretary_in_one_word_in_any_ending(standing, deputy, place, noun):
    # "der Ständige Stellvertretende Provinzparteisekretär", "des Ständigen Stellvertretenden
    # Stadtparteisekretärs": no line of roles.tsv lists these; the grammar composes them
    title = f"Ständig{standing} Stellvertretend{deputy} {place}parteisekretär{noun}"
    x = extracted(f"Genosse Le Van Tam, {title}, sprach auf der Konferenz.", lang="de")
    assert positions(x, "Le Van Tam") == {("standing_deputy_secretary", "party_committee", LEVELS[place])}


@pytest.mark.parametrize("deputy", ("e", "er", "en"))
def test_a_deputy_party_secretary_of_the_province_written_after(deputy):
    x = extracted(
        f"Die stellvertretend{deputy} Parteisekretärin der Provinz, Nguyen Thi Hoa, hielt eine Rede.",
        lang="de",
    )
    assert positions(x, "Nguyen Thi Hoa") == {("deputy_secretary", "party_committee", "provincial")}


def test_a_party_secretary_in_one_word_is_still_a_secretary():
    x = extracted("Provinzparteisekretär Le Van Tam hielt eine Rede auf der Konferenz.", lang="de")
    assert positions(x, "Le Van Tam") == {("secretary", "party_committee", "provincial")}


@pytest.mark.parametrize(
    "text",
    [
        "Am 10. Januar fand eine Konferenz statt, um die Arbeit im Jahr 2023 zusammenzufassen.",
        "Am 10. Januar fand eine Konferenz statt, um die Arbeit des Jahres 2023 zu bilanzieren.",
    ],
)
def test_a_conference_early_in_the_year_that_sums_up_the_year_before(text):
    # the verb stands after the year it sums up (German word order)
    assert [m.date for m in extracted(text, lang="de").meetings] == ["2024-01-10"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Die Provinz organisierte mehr als 100 spannende, attraktive und neuartige Aktivitäten.",
            [(100, "count")],
        ),
        ("Es gab 3 neue, moderne Krankenhäuser.", [(3, "count")]),
        ("Die Provinz hat 5 neue, die Schulen gebaut.", []),  # a comma before a function word ends the phrase
    ],
)
def test_a_comma_between_adjectives_keeps_the_counted_noun(text, want):
    assert [(m.value, m.unit) for m in extracted(text, lang="de").metrics] == want


def test_the_agenda_of_a_session_cites_no_document_date():
    # "des Programms der 8. Sitzung": the ordinal after an article is the session's, no document number
    # whose citation would take the day after it
    x = extracted(
        "Im Rahmen des Programms der 8. Sitzung tagte die Nationalversammlung am Morgen des 5. November 2024.",
        lang="de",
    )
    assert [m.date for m in x.meetings] == ["2024-11-05"]


def test_the_resolution_of_a_congress_is_still_no_meeting():
    # (guard) the congress a resolution is of was held before: no meeting of the article
    x = extracted(
        "Binh Thuan hat eine solide Grundlage für die Umsetzung der Resolution des 14. Provinzparteitags "
        "(2020–2025) gelegt.",
        lang="de",
    )
    assert x.meetings == []


@pytest.mark.parametrize(
    ("text", "chair"),
    [
        ("Am 5. November 2024 leitete Generalsekretär To Lam eine Sitzung des Politbüros.", "To Lam"),
        (
            "Am 5. November 2024 leitete Premierminister Pham Minh Chinh eine Sitzung der Regierung.",
            "Pham Minh Chinh",
        ),
        (
            "Genosse Tran Van Binh, Sekretär des Provinzparteikomitees, leitete eine Arbeitssitzung am 5. März 2024.",
            "Tran Van Binh",
        ),
    ],
)
def test_chairing_with_a_title_before_the_name_or_an_indefinite_meeting(text, chair):
    assert [m.chairs for m in extracted(text, lang="de").meetings] == [[chair]]


def test_initiating_an_inquiry_chairs_nothing():
    # (guard) "leitete eine Untersuchung ... ein" (einleiten) names no chair
    x = extracted(
        "Am 5. März 2024 fand die Konferenz statt. Die Inspektionskommission leitete eine Untersuchung gegen "
        "Herrn Tran Van Binh, ehemaliger Direktor der Abteilung für Finanzen, ein.",
        lang="de",
    )
    assert all(not m.chairs for m in x.meetings)


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "Der stellvertretende Regierungschef Tran Hong Ha besuchte die Provinz.",
            "Tran Hong Ha",
            "deputy_prime_minister",
        ),
        ("Vizepremier Tran Hong Ha sprach.", "Tran Hong Ha", "deputy_prime_minister"),
        (
            "Der stellvertretende Ministerpräsident Tran Hong Ha sprach.",
            "Tran Hong Ha",
            "deputy_prime_minister",
        ),
        ("Regierungschef Pham Minh Chinh sprach.", "Pham Minh Chinh", "prime_minister"),
    ],
)
def test_a_deputy_before_a_head_of_government_in_one_word(text, name, post):
    assert positions(extracted(text, lang="de"), name) == {(post, "government", "central")}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Der stellvertretende Parlamentspräsident Tran Quang Phuong besuchte die Provinz.",
            "Tran Quang Phuong",
            "vice_chair",
        ),
        ("Vizeparlamentspräsident Tran Quang Phuong sprach.", "Tran Quang Phuong", "vice_chair"),
        (
            "Der Ständige Stellvertretende Parlamentspräsident Tran Thanh Man sprach.",
            "Tran Thanh Man",
            "standing_vice_chair",
        ),
        ("Der frühere Parlamentspräsident Vuong Dinh Hue wurde verwarnt.", "Vuong Dinh Hue", "chair"),
    ],
)
def test_a_deputy_before_the_assembly_chair_in_one_word(text, name, role):
    assert positions(extracted(text, lang="de"), name) == {(role, "national_assembly", "central")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Resolutionen Nr. 57, 59, 66 und 68 des Politbüros wurden umgesetzt."),
        ("de", "Die Resolutionen 57, 59, 66 und 68 des Politbüros sind die Säulen."),
        ("en", "The Politburo's Resolutions No. 57, 59, 66 and 68 were implemented."),
        ("vi", "Triển khai Nghị quyết 57, 59, 66, 68 của Bộ Chính trị."),
        ("pl", "Uchwały nr 57, 59, 66 i 68 Biura Politycznego."),
    ],
)
def test_documents_listed_by_their_numbers(lang, text):
    found = [(d.kind, d.number) for d in extracted(text, lang=lang).documents]
    assert found == [("resolution", n) for n in ("57", "59", "66", "68")]


@pytest.mark.parametrize(
    "text",
    [
        "Gemäß Dekret Nr. 15, 30 Tage später, wurde die Entscheidung verkündet.",
        "Gemäß dem Plan Nr. 12, 13 Projekte wurden genehmigt.",
        "Die Resolution Nr. 57 vom 22. Dezember 2024, 2025 wird umgesetzt.",
    ],
)
def test_a_count_or_a_year_after_a_documents_number_is_no_document(text):
    assert len(extracted(text, lang="de").documents) == 1
