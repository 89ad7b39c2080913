"""Spanish rules found by reading the third blind silver set (silver/ set es3) and the unlabelled
Spanish articles: sentences written in their style (not copied from one article), each checking one
rule or pack entry."""

from __future__ import annotations

import pytest

from tests.helpers import extracted, positions


def test_words_glued_by_a_lost_line_break_are_read_apart():
    # (some sites lose line breaks: "delComité", "CongresoNacional")
    x = extracted(
        "Tran Van Nam, secretario del Comité delPartido Comunista de Vietnam en la provincia de Bac Ninh, "
        "pidió cumplir la Resolución del XIII CongresoNacional del Partido.",
        lang="es",
    )
    assert positions(x, "Tran Van Nam") == {("secretary", "party_committee", "provincial")}
    assert [(d.kind, d.term) for d in x.documents] == [("resolution", 13)]


@pytest.mark.parametrize(
    ("title", "post"),
    [
        # a central body written with its level after it (and a "for" phrase)
        (
            "el jefe del Comité Directivo Central para la Prevención de Desastres",
            ("head", "steering_committee", "central"),
        ),
        ("la subjefa del Comité Directivo Central", ("deputy_head", "steering_committee", "central")),
        # a province of the country's centre is a province, and its committee no Central Committee
        (
            "el secretario del Comité partidista de la provincia central de Quang Nam",
            ("secretary", "party_committee", "provincial"),
        ),
    ],
)
def test_central_and_national_levels(title, post):
    x = extracted(f"En la reunión, {title}, Tran Van Nam, intervino ante los delegados.", lang="es")
    assert positions(x, "Tran Van Nam") == {post}


def _chairs(text: str) -> list[list[str]]:
    return [m.chairs for m in extracted(text, lang="es").meetings]


def test_the_presidium_of_a_congress_chairs_it():
    opened = "En la mañana del 2 de octubre de 2025 se inauguró el I Congreso del Partido de la provincia de Ben Tre. "
    named = (
        "El Presidium del Congreso estuvo integrado por los camaradas: Tran Van Nam, secretario del Comité "
        "Provincial del Partido; Le Thi Hoa, subsecretaria del Comité Provincial del Partido."
    )
    assert _chairs(opened + named) == [["Tran Van Nam", "Le Thi Hoa"]]
    # speaking on its behalf is no chairing
    spoke = "En nombre del Presidium, Tran Van Nam, secretario del Comité Provincial del Partido, pronunció el discurso."
    assert _chairs(opened + spoke) == [[]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Los dos subsecretarios del Comité Provincial del Partido de Ben Tre son Tran Van Nam, presidente del "
            "Comité Popular de esta provincia, y Le Van Hung, su vicepresidente del mismo período.",
        ),
        (
            "en",
            "The two deputy secretaries of the Ben Tre Provincial Party Committee are Tran Van Nam, chairman of "
            "the provincial People's Committee, and Le Van Hung, its vice chairman.",
        ),
    ],
)
def test_a_possessive_role_after_a_name_is_of_the_body_written_before(lang, text):
    x = extracted(text, lang=lang)
    assert ("vice_chair", "peoples_committee", "provincial") in positions(x, "Le Van Hung")


def test_spanish_abbreviated_titles_end_no_sentence():
    from kg.text import sentences

    text = "El Gral. Phan Van Giang asistió. La Dra. Le Thi Hoa habló."
    assert [str(s) for s in sentences(text)] == [
        "El Gral. Phan Van Giang asistió.",
        "La Dra. Le Thi Hoa habló.",
    ]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # the wires write numbers in parts: "9 mil 800 millones" is 9 800 millones
        ("Las exportaciones alcanzaron 9 mil 800 millones de dólares.", (9800.0, "million_usd")),
        ("El ingreso per cápita llegó a 3 mil 500 dólares.", (3500.0, "usd")),
        (
            "Los ingresos presupuestarios sumaron 25 billones 500 mil millones de dong.",
            (25500.0, "billion_vnd"),
        ),
    ],
)
def test_a_number_written_in_parts_is_one_figure(sentence, figure):
    from tests.helpers import figures

    assert figures(sentence, "es") == [figure]


def test_a_rise_against_the_target_is_a_share_not_a_change():
    x = extracted(
        "La producción industrial alcanzó unos 160 millones de dólares, un aumento de 58,3 por ciento en "
        "comparación con la meta fijada.",
        lang="es",
    )
    assert [(m.value, m.unit, m.change_pct) for m in x.metrics] == [
        (160.0, "million_usd", None),
        (58.3, "percent", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "El XIV Congreso Nacional del Partido tendrá lugar del 19 al 25 de enero de 2026 en Hanoi.",
        "El Consejo Popular provincial celebrará su sesión ordinaria el 10 de diciembre de 2025.",
        "La conferencia de balance se realizará el 10 de diciembre de 2025 en la provincia.",
    ],
)
def test_a_meeting_in_the_future_tense_is_not_reported_as_held(text):
    assert extracted(text, lang="es").meetings == []
