"""A province's own city named like it ("the Bac Ninh City Party Committee", "Comité du Parti de la ville de Bac
Ninh") is a district-level body of that name, not the province; a centrally run city (Ho Chi Minh City, Da Nang)
is a province (silver mt7 u-mt7en-02)."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(lang: str, text: str) -> list:
    x = extract(Article("t", text, lang=lang))
    return [(p.role, p.body.org, p.body.level, p.body.place) for o in x.officials for p in o.positions]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Mr. Nguyen Nhan Chinh, Secretary of the Bac Ninh City Party Committee, attended."),
        ("fr", "M. Nguyen Nhan Chinh, secrétaire du Comité du Parti de la ville de Bac Ninh, était présent."),
        (
            "es",
            "El señor Nguyen Nhan Chinh, secretario del Comité del Partido de la ciudad de Bac Ninh, asistió.",
        ),
        ("de", "Nguyen Nhan Chinh, Sekretär des Parteikomitees der Stadt Bac Ninh, nahm teil."),
        ("pl", "Pan Nguyen Nhan Chinh, sekretarz Komitetu Partii miasta Bac Ninh, uczestniczył."),
        ("ar", "وحضر السيد نجوين نهان تشينه، سكرتير لجنة الحزب في مدينة باك نينه."),
    ],
)
def test_a_provinces_city_is_a_district(lang, text):
    assert _posts(lang, text) == [("secretary", "party_committee", "district", "Bac Ninh")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Mr. Nguyen Van Nen, Secretary of the Ho Chi Minh City Party Committee, attended.", "Ho Chi Minh"),
        ("Mr. Nguyen Van Quang, Secretary of the Da Nang City Party Committee, attended.", "Da Nang"),
        ("Mr. Nguyen Van An, Secretary of the Bac Ninh Provincial Party Committee, attended.", "Bac Ninh"),
    ],
)
def test_a_centrally_run_city_and_a_province_stay_provincial(text, place):
    assert _posts("en", text) == [("secretary", "party_committee", "provincial", place)]
