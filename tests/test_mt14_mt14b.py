"""Silver mt14 (synthetic MT of cs/pt articles, mt14b: pl, fr): the constructions kg missed."""

import pytest

from kg.extract import extract
from kg.model import Article


def _x(text: str, lang: str):
    return extract(Article("t", text, lang=lang))


def _posts(text: str, lang: str) -> dict:
    return {
        o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in _x(text, lang).officials
    }


# the Central Theoretical Council (Hội đồng Lý luận Trung ương), chaired by a Politburo member: chair/other/central, as
# de (6f50c41) and the silver de gold (u-de-0008); pl, fr, en, es gave no post, vi a party commission (u-mt14pl-03)
THEORY = [
    (
        "pl",
        "Towarzysz Nguyen Xuan Thang - członek Biura Politycznego, dyrektor Narodowej Akademii Politycznej Ho Chi "
        "Minha, przewodniczący Centralnej Rady Teoretycznej wziął udział w Zjeździe.",
    ),
    (
        "pl",
        "Towarzysz Nguyen Xuan Thang, przewodniczący Centralnej Rady Teoretycznej, wziął udział w Zjeździe.",
    ),
    (
        "fr",
        "Le camarade Nguyen Xuan Thang, membre du Bureau politique, directeur de l'Académie nationale de politique "
        "Ho Chi Minh, président du Conseil théorique central, a assisté au Congrès.",
    ),
    ("fr", "M. Nguyen Xuan Thang, président du Conseil central de théorie, a assisté au Congrès."),
    (
        "en",
        "Comrade Nguyen Xuan Thang, Politburo member, Director of the Ho Chi Minh National Academy of Politics, "
        "Chairman of the Central Theoretical Council, attended the Congress.",
    ),
    (
        "es",
        "El camarada Nguyen Xuan Thang, miembro del Politburó, director de la Academia Nacional de Política Ho Chi "
        "Minh, presidente del Consejo Teórico Central, asistió al Congreso.",
    ),
    (
        "vi",
        "Đồng chí Nguyễn Xuân Thắng, Ủy viên Bộ Chính trị, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, Chủ "
        "tịch Hội đồng Lý luận Trung ương dự Đại hội.",
    ),
    (
        "de",
        "Genosse Nguyen Xuan Thang, Mitglied des Politbüros, Vorsitzender des Zentralen Theoretischen Rates, nahm "
        "am Kongress teil.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), THEORY)
def test_chair_of_the_central_theoretical_council(lang, text):
    posts = _posts(text, lang)["Nguyen Xuan Thang"]
    assert ("chair", "other", "central") in posts
    assert not any(org == "party_commission" for _, org, _ in posts)
