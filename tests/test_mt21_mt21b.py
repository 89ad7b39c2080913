"""Constructions of mt21b's blind cross-translations (silver/mt21, u-mt21*-11..17) that kg misread: a document's bare
number before the sentence's verb read as a count ("la directive 35 met l'accent"), and a code of other letters after
a document's own code given that document's kind ("la directive n° 35-CT/TW et l'instruction n° 27-HD/BTCTW")."""

from __future__ import annotations

import pytest

from tests.helpers import extracted, figures


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "En conséquence, la directive 35 met l'accent sur les points de vue et les principes."),
        ("fr", "Le décret 178 souligne les politiques pour les cadres."),
        ("es", "En consecuencia, la Directiva 35 hace hincapié en los puntos de vista."),
        ("es", "Según el Decreto 178 hay nuevas políticas."),
        ("de", "Demnach legt die Direktive 35 den Schwerpunkt auf die Grundsätze."),
    ],
)
def test_a_document_s_bare_number_before_the_verb_is_no_count(lang, text):
    assert figures(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a counted noun after the number still counts; Arabic puts the verb first (the programme supported 1,250
        # households)
        ("fr", "Le programme 1250 ménages a été soutenu.", [(1250, "count")]),
        ("es", "Según el Decreto 178 hay 35 personas.", [(35, "persons")]),
        ("ar", "دعم البرنامج 1250 أسرة في المقاطعة.", [(1250, "count")]),
    ],
)
def test_a_counted_noun_after_the_number_keeps_the_count(lang, text, expected):
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La camarade a présenté la directive n° 35-CT/TW et l'instruction n° 27-HD/BTCTW du 26 août 2024 de la "
            "Commission centrale d'organisation.",
        ),
        (
            "es",
            "Presentó la Directiva No. 35-CT/TW y la Instrucción No. 27-HD/BTCTW del 26 de agosto de 2024.",
        ),
        (
            "de",
            "Sie stellte die Direktive Nr. 35-CT/TW und die Anweisung Nr. 27-HD/BTCTW vom 26. August 2024 vor.",
        ),
        ("vi", "Đồng chí trình bày Chỉ thị số 35-CT/TW và Hướng dẫn số 27-HD/BTCTW ngày 26/8/2024."),
        ("pt", "Apresentou a Diretiva n.º 35-CT/TW e a Instrução n.º 27-HD/BTCTW de 26 de agosto de 2024."),
    ],
)
def test_a_code_of_other_letters_after_a_document_s_code_is_not_that_document(lang, text):
    x = extracted(text, lang)
    assert [(d.kind, d.number) for d in x.documents] == [("directive", "35-CT/TW")]


def test_a_word_before_codes_of_the_same_letters_names_them_all():
    x = extracted("Decisions No. 12/QD-UBND and 13/QD-UBND were issued.", "en")
    assert [(d.kind, d.number) for d in x.documents] == [
        ("decision", "12/QD-UBND"),
        ("decision", "13/QD-UBND"),
    ]
