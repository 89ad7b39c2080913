"""Languages without a pack: Vietnamese names, chairs, dates and figures still come out."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article

CASES = [
    # French, German, Spanish and Czech have packs now (kg/lang/fr, de, es, cs); these do not
    (
        "Il compagno Nguyen Van An, segretario del Comitato provinciale del Partito, ha presieduto la "
        "riunione il 5 marzo 2024. Le entrate di bilancio hanno raggiunto 1 250 miliardi di VND, pari al 12,5 %.",
        "2024-03-05",
        [(1250.0, "billion_vnd"), (12.5, "percent")],
    ),
    (
        "Kamerat Nguyen Van An, sekretær i provinsens partikomité, ledet møtet 5. mars 2024. Inntektene "
        "nådde 1 250 milliarder VND.",
        "2024-03-05",
        [(1250.0, "billion_vnd")],
    ),
    (
        "Soudruh Nguyễn Văn An předsedal zasedání 5. března 2024. Příjmy dosáhly 1 250 miliard VND.",
        "2024-03-05",
        [(1250.0, "billion_vnd")],
    ),
]


@pytest.mark.parametrize(("text", "date", "metrics"), CASES)
def test_languages_without_a_pack(text, date, metrics):
    x = extract(Article("t", text))
    assert x.article.lang == "und"
    assert [o.name for o in x.officials] == ["Nguyen Van An"]
    assert [(m.date, m.chairs) for m in x.meetings] == [(date, ["Nguyen Van An"])]
    assert [(m.value, m.unit) for m in x.metrics] == metrics


def test_czech_is_not_read_as_polish():
    x = extract(Article("t", "Soudruh Tran Van Binh předsedal zasedání výboru strany v provincii Ha Tinh."))
    assert x.article.lang == "cs"
