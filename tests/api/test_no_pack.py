"""Languages without a pack: Vietnamese names, chairs, dates and figures still come out."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article

CASES = [
    (
        "Le camarade Nguyen Van An, secrétaire du Comité provincial du Parti, a présidé la réunion le "
        "5 mars 2024. Les recettes budgétaires ont atteint 1 250 milliards de VND, soit 12,5 %.",
        "2024-03-05",
        [(1250.0, "billion_vnd"), (12.5, "percent")],
    ),
    (
        "Genosse Nguyen Van An, Sekretär des Provinzparteikomitees, leitete die Sitzung am 5. März 2024. "
        "Die Einnahmen erreichten 1.250 Milliarden VND.",
        "2024-03-05",
        [(1250.0, "billion_vnd")],
    ),
    (
        "El camarada Nguyen Van An presidió la reunión el 5 de marzo de 2024, con ingresos de 1.250 mil "
        "millones de VND.",
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
    assert x.article.lang == "und"
