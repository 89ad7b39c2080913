"""pos14 (stop 28): positions, constructions a new article writes (levels, holders linked)."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict[str, set[tuple]]:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


# a special zone (đặc khu, from July 2025) and a township (thị trấn) rank with a commune: vi and pl read the zone's
# island as the district it was (Phu Quoc, Kien Giang) and the body as the province's
@pytest.mark.parametrize(
    "lang, sentence, post",
    [
        (
            "vi",
            "Ông Trần Văn Bình, Chủ tịch UBND đặc khu Phú Quốc, phát biểu.",
            ("chair", "peoples_committee"),
        ),
        (
            "vi",
            "Ông Trần Văn Bình, Bí thư Đảng ủy đặc khu Côn Đảo, phát biểu.",
            ("secretary", "party_committee"),
        ),
        (
            "vi",
            "Ông Trần Văn Bình, Bí thư Đảng ủy thị trấn Phố Châu, phát biểu.",
            ("secretary", "party_committee"),
        ),
        (
            "pl",
            "Pan Tran Van Binh, przewodniczący Komitetu Ludowego Specjalnej Strefy Phu Quoc, przemawiał.",
            ("chair", "peoples_committee"),
        ),
        (
            "pl",
            "Pan Tran Van Binh, sekretarz Komitetu Partii specjalnej strefy Con Dao, przemawiał.",
            ("secretary", "party_committee"),
        ),
    ],
)
def test_a_special_zone_or_township_is_of_the_commune_level(lang, sentence, post):
    assert _posts(sentence, lang) == {"Tran Van Binh": {(*post, "commune")}}


# guards: the province and the district keep their levels
@pytest.mark.parametrize(
    "lang, sentence, level",
    [
        ("vi", "Ông Trần Văn Bình, Chủ tịch UBND tỉnh Kiên Giang, phát biểu.", "provincial"),
        ("vi", "Ông Trần Văn Bình, Chủ tịch UBND huyện Phú Quốc, phát biểu.", "district"),
        (
            "pl",
            "Pan Tran Van Binh, przewodniczący Komitetu Ludowego Prowincji Kien Giang, przemawiał.",
            "provincial",
        ),
    ],
)
def test_province_and_district_keep_their_levels(lang, sentence, level):
    assert _posts(sentence, lang) == {"Tran Van Binh": {("chair", "peoples_committee", level)}}
