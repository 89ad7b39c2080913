"""German rules found by reading the blind silver set (silver/ set de) and the unlabelled German
articles: sentences written in the style of machine-translated German news (not copied from one
article), each checking one rule or pack entry."""

from __future__ import annotations

import pytest

from tests.helpers import extracted, positions

# a closing sentence: the last sentence of an article may be cut off mid-title, so each text ends on one
END = "\nDelegierte, die an der Konferenz teilnehmen."
OPENING = "Am 15. März 2024 fand die Konferenz des Ständigen Ausschusses des Provinzparteikomitees Quang Ninh statt. "


def chairs(text: str) -> list[list[str]]:
    return [m.chairs for m in extracted(OPENING + text + END, lang="de").meetings]


@pytest.mark.parametrize(
    "text",
    [
        # "den Vorsitz" of a meeting, its verb anywhere in the clause
        "Den Vorsitz der Konferenz hatte Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, inne.",
        "Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, übernahm den Vorsitz der Sitzung.",
        "Den Vorsitz bei der Konferenz führte Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees.",
        "Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, hatte den Vorsitz inne.",
        # "präsidieren" in any form
        "Der Sekretär des Provinzparteikomitees, Vu Dai Thang, präsidierte die Konferenz.",
        "Die Konferenz wurde von Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, präsidiert.",
        # attended and chaired, what is led a pronoun
        "An der Konferenz nahmen teil und leiteten sie Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees.",
        # the present tense of a photo caption
        "Genosse Vu Dai Thang, Sekretär des Provinzparteikomitees, leitet die Konferenz. Foto: Van Ny",
    ],
)
def test_german_chairing_wordings(text):
    assert ["Vu Dai Thang"] in chairs(text)


def test_the_chair_of_a_body_taken_over_chairs_no_meeting():
    # "den Vorsitz des Provinzvolkskomitees übernehmen": a post, not chairing the session
    text = "Auf der Sitzung wurde Genosse Cao Tuong Huy gewählt, um den Vorsitz des Provinzvolkskomitees zu übernehmen."
    assert all("Cao Tuong Huy" not in c for c in chairs(text))


def test_the_chair_of_an_association_is_an_official():
    # "Verband" (Hội): its chair holds a post of an other body
    text = (
        "An der Zeremonie nahmen folgende Vertreter teil: Vu Hong Thanh – Vizepräsident der Nationalversammlung; "
        "Nguyen Thanh Binh – Vorsitzender des Verbandes der älteren Menschen Vietnams; sowie Vertreter der Ministerien."
    )
    x = extracted(text + END, lang="de")
    assert {(r, o) for r, o, _ in positions(x, "Nguyen Thanh Binh")} == {("chair", "other")}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "Beschluss" is a resolution or a decision: the code letters decide
        ("Das Volkskomitee der Provinz erließ den Beschluss Nr. 1234/QD-UBND über die Planung.", "decision"),
        (
            "Der Volksrat der Provinz verabschiedete den Beschluss Nr. 21/NQ-HDND über den Haushalt.",
            "resolution",
        ),
        ("Die Provinz setzte den Beschluss des 13. Nationalen Parteitags um.", "resolution"),
    ],
)
def test_a_beschluss_is_of_the_kind_its_code_says(text, kind):
    assert [d.kind for d in extracted(text + END, lang="de").documents] == [kind]


@pytest.mark.parametrize(
    "opening",
    ["Seit Dezember 2020 ist er", "Im Juli 2024 wurde er zum", "Von 2015 bis 2020 war er"],
)
def test_a_pronoun_after_a_dated_verb_takes_the_posts(opening):
    # German writes the verb second: a date, the verb, then the pronoun of the official named before
    text = (
        "Herr Trinh Viet Hung ist stellvertretendes Mitglied des Zentralkomitees der Partei. "
        f"{opening} Vorsitzender des Volkskomitees der Provinz Thai Nguyen."
    )
    x = extracted(text + END, lang="de")
    assert ("chair", "peoples_committee", "provincial") in positions(x, "Trinh Viet Hung")


def test_vietnamese_dong_written_out():
    text = "Die Haushaltseinnahmen der Provinz erreichten 5.000 Milliarden vietnamesische Dong."
    assert [(m.value, m.unit) for m in extracted(text + END, lang="de").metrics] == [(5000.0, "billion_vnd")]


def test_a_place_in_the_top_ten_is_a_rank():
    text = "Die Provinz gehört zu den Top 10 der Orte mit den höchsten Haushaltseinnahmen des Landes."
    assert [(m.value, m.unit) for m in extracted(text + END, lang="de").metrics] == [(10.0, "rank")]


def test_a_part_written_before_davon_counts_as_its_whole():
    text = "Die Verwaltungszentren auf Gemeindeebene erhielten 203.785 Datensätze und bearbeiteten 194.913 davon."
    assert (194913.0, "count") in [(m.value, m.unit) for m in extracted(text + END, lang="de").metrics]


def test_officials_listed_after_a_province_take_its_posts():
    # the head of the list names the province; the titles after the colon write none
    text = (
        "Die Provinz Nghe An war vertreten. Die folgenden Genossen empfingen die Delegation als führende "
        "Persönlichkeiten der Provinz Binh Phuoc: Nguyen Manh Cuong – Sekretär des Provinzparteikomitees; "
        "Tran Tue Hien – stellvertretende Sekretärin des Provinzparteikomitees, Vorsitzende des Provinzvolkskomitees."
    )
    x = extracted(text + END, lang="de")
    places = {o.name: {p.body.place for p in o.positions} for o in x.officials}
    assert places == {"Nguyen Manh Cuong": {"Binh Phuoc"}, "Tran Tue Hien": {"Binh Phuoc"}}


def test_a_share_of_the_same_period_is_the_change_of_the_figure():
    text = (
        "Die kumulierten Einnahmen in 8 Monaten werden auf 15.058 Milliarden VND geschätzt, was 94,7 % des "
        "Voranschlags und 140,6 % des gleichen Zeitraums im Jahr 2023 entspricht."
    )
    got = {(m.value, m.unit, m.change_pct) for m in extracted(text + END, lang="de").metrics}
    assert got == {(15058.0, "billion_vnd", 40.6), (94.7, "percent", None)}


def test_several_adjectives_before_a_counted_noun():
    text = "Im Laufe des Monats begutachtete die Provinz 8 fortgeschrittene neue ländliche Gemeinden."
    assert [(m.value, m.unit) for m in extracted(text + END, lang="de").metrics] == [(8.0, "count")]


def test_counted_tasks_split_into_parts():
    text = (
        "Bis heute führt die Provinz 32 wissenschaftliche und technologische Aufgaben durch, darunter "
        "3 Aufgaben auf Ministerebene und 29 Aufgaben auf Provinzebene."
    )
    got = sorted((m.value, m.unit) for m in extracted(text + END, lang="de").metrics)
    assert got == [(3.0, "count"), (29.0, "count"), (32.0, "count")]


def test_a_draft_resolution_for_a_congress():
    text = "Die Delegierten berieten über den Resolutionsentwurf für den 15. Provinzparteitag."
    assert [(d.kind, d.term) for d in extracted(text + END, lang="de").documents] == [("resolution", 15)]


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Der Wert der Industrieproduktion wird schätzungsweise um 5,63 % steigen.", 5.63),
        ("Die Zahl der Touristen steigt um 12,5 %.", 12.5),
        ("Die Zahl der armen Haushalte sinkt um 1,5 %.", -1.5),
    ],
)
def test_other_tenses_of_a_change(text, change):
    assert [m.change_pct for m in extracted(text + END, lang="de").metrics] == [change]


def test_a_resolution_numbered_as_its_plenum_is_the_plenum_resolution():
    text = (
        "Nationale Konferenz zur Umsetzung der Resolution Nr. 11 des 13. Zentralkomitees\n"
        "Am Morgen des 16. April 2025 organisierte das Politbüro eine Konferenz zur Umsetzung der Resolution "
        "der 11. Plenarsitzung des 13. Zentralkomitees der Kommunistischen Partei Vietnams."
    )
    docs = [(d.kind, d.number, d.session, d.term) for d in extracted(text + END, lang="de").documents]
    assert docs == [("resolution", None, 11, 13)]


def test_a_pronoun_after_a_semicolon_speaks_of_the_official_before():
    text = (
        "Das Politbüro beschloss: Genosse Nguyen Van Nam, Mitglied des Zentralkomitees der Partei, scheidet "
        "aus dem Ständigen Ausschuss aus; er wird in das Exekutivkomitee berufen und zum Ständigen "
        "Stellvertretenden Sekretär des Provinzparteikomitees ernannt."
    )
    x = extracted(text + END, lang="de")
    assert ("standing_deputy_secretary", "party_committee", "provincial") in positions(x, "Nguyen Van Nam")
