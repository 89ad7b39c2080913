"""Silver mt15 (synthetic MT of cs/pt/hu/it articles, mt15b: pl, fr, de): the constructions kg missed."""

import pytest

from kg.extract import extract
from kg.model import Article


def _x(text: str, lang: str):
    return extract(Article("t", text, lang=lang))


def _posts(text: str, lang: str) -> dict:
    return {
        o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in _x(text, lang).officials
    }


NA = {("member", "national_assembly", "central")}
THREE = ("Phan Thai Binh", "Ta Van Ha", "Duong Van Phuoc")

# the National Assembly's deputies in the plural before the names they title (vi 'các đại biểu Quốc hội A, B và C'), as a
# real MT writes them one sentence after another (u-mt15pl-01): every listed name is a deputy, not the first alone (en, fr,
# de, es, vi) or none (pl: no plural role)
DEPUTIES = [
    (
        "pl",
        "W piątek 26 kwietnia posłowie do Zgromadzenia Narodowego Phan Thai Binh , Ta Van Ha i Duong Van Phuoc "
        "spotkali się z wyborcami w Dai Loc (rano) i Duy Xuyen (po południu).",
    ),
    (
        "pl",
        "W piątek 3 maja deputowani do Zgromadzenia Narodowego Phan Thai Binh, Ta Van Ha i Duong Van Phuoc spotkali "
        "się z wyborcami w Tien Phuoc.",
    ),
    (
        "pl",
        "W poniedziałek 6 maja delegaci Zgromadzenia Narodowego Phan Thai Binh, Ta Van Ha i Duong Van Phuoc "
        "spotkali się z wyborcami w Nam Tra My.",
    ),
    (
        "en",
        "On Friday, April 26, National Assembly deputies Phan Thai Binh, Ta Van Ha and Duong Van Phuoc met with "
        "voters in Dai Loc.",
    ),
    (
        "fr",
        "Le vendredi 26 avril, les députés de l'Assemblée nationale Phan Thai Binh, Ta Van Ha et Duong Van Phuoc ont "
        "rencontré les électeurs de Dai Loc.",
    ),
    (
        "de",
        "Am Freitag, dem 26. April, trafen sich die Abgeordneten der Nationalversammlung Phan Thai Binh, Ta Van Ha "
        "und Duong Van Phuoc mit Wählern in Dai Loc.",
    ),
    (
        "es",
        "El viernes 26 de abril, los diputados de la Asamblea Nacional Phan Thai Binh, Ta Van Ha y Duong Van Phuoc "
        "se reunieron con los votantes de Dai Loc.",
    ),
    (
        "vi",
        "Thứ Sáu ngày 26/4, các đại biểu Quốc hội Phan Thái Bình, Tạ Văn Hạ và Dương Văn Phước tiếp xúc cử tri tại "
        "Đại Lộc.",
    ),
]

# ar: the plural construct state of the deputy, 'نواب الجمعية الوطنية', 'مندوبو الجمعية الوطنية', gave no name at all
AR_DEPUTIES = [
    "في يوم الجمعة 26 أبريل، التقى نواب الجمعية الوطنية فان تاي بينه، وتا فان ها، ودونغ فان فوك مع الناخبين في داي لوك.",
    "التقى مندوبو الجمعية الوطنية فان تاي بينه وتا فان ها ودونغ فان فوك مع الناخبين.",
]


@pytest.mark.parametrize("text", AR_DEPUTIES)
def test_ar_plural_deputies_title_every_listed_name(text: str) -> None:
    posts = _posts(text, "ar")
    for name in THREE:
        assert posts.get(name) == NA, (name, posts)


# the genitive plural after a meeting's noun, and 'posłowie Zgromadzenia Narodowego' without 'do'
DEPUTIES += [
    (
        "pl",
        "Spotkanie posłów do Zgromadzenia Narodowego Phan Thai Binh, Ta Van Ha i Duong Van Phuoc z wyborcami odbyło się "
        "rano.",
    ),
    (
        "pl",
        "Spotkanie delegatów Zgromadzenia Narodowego Phan Thai Binh, Ta Van Ha i Duong Van Phuoc z wyborcami odbyło się "
        "rano.",
    ),
    (
        "pl",
        "Spotkanie deputowanych do Zgromadzenia Narodowego Phan Thai Binh, Ta Van Ha i Duong Van Phuoc z wyborcami "
        "odbyło się rano.",
    ),
    (
        "pl",
        "W spotkaniu wzięli udział posłowie Zgromadzenia Narodowego Phan Thai Binh, Ta Van Ha i Duong Van Phuoc.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DEPUTIES)
def test_plural_deputies_title_every_listed_name(lang: str, text: str) -> None:
    posts = _posts(text, lang)
    for name in THREE:
        assert posts.get(name) == NA, (name, posts)


# guards: a name after the deputies with a title of its own keeps it alone; the deputies counted, no name
GUARDS = [
    (
        "pl",
        "Posłowie do Zgromadzenia Narodowego wysłuchali przemówienia przewodniczącego Prowincjonalnego Komitetu "
        "Ludowego Phan Thai Binh.",
        {"Phan Thai Binh": {("chair", "peoples_committee", "provincial")}},
    ),
    (
        "en",
        "The deputies heard Chairman of the Provincial People's Committee Phan Thai Binh.",
        {"Phan Thai Binh": {("chair", "peoples_committee", "provincial")}},
    ),
    ("pl", "Dokładnie 461 z 465 delegatów Zgromadzenia Narodowego głosowało za.", {}),
]


@pytest.mark.parametrize(("lang", "text", "want"), GUARDS)
def test_plural_deputies_guards(lang: str, text: str, want: dict) -> None:
    assert _posts(text, lang) == want


def _figures(text: str, lang: str) -> set:
    return {(m.value, m.unit) for m in _x(text, lang).metrics}


# vi counts a bare house and a road's lanes (en '3 houses', '4 lanes', pl '3 domy', '4 pasy ruchu', ar '4 حارات' counted
# already; u-mt15pl-02/03's sentences in their source language); people written with 'nhà' are persons
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Xã Việt Hồng có 3 nhà bị sập hoàn toàn, 16 nhà bị hư hỏng, 41 hộ phải di dời khẩn cấp.",
            {(3.0, "count"), (16.0, "count"), (41.0, "count")},
        ),
        (
            "Cao tốc Cà Mau - Đất Mũi dài 81 km, quy mô 4 làn xe, tổng mức đầu tư gần 59.000 tỷ đồng.",
            {(81.0, "other"), (4.0, "count"), (59000.0, "billion_vnd")},
        ),
        ("Hội thảo có 20 nhà khoa học và 30 nhà báo tham dự.", {(20.0, "persons"), (30.0, "persons")}),
    ],
)
def test_vi_houses_and_lanes_counted(text: str, want: set) -> None:
    assert _figures(text, "vi") == want


# pl writes 'wiceprzewodniczący' alike for one and several (vi 'các Phó Chủ tịch UBND tỉnh A, B và C'): before names joined
# with no honorific between, it titles them all (plural_alike); a chair before a name and a courtesy 'pan B' is one chair
PL_ALIKE = [
    (
        "Wiceprzewodniczący Prowincjonalnego Komitetu Ludowego Nguyen Van An, Tran Van Binh i Le Van Cuong wzięli "
        "udział w konferencji.",
        {
            n: {("vice_chair", "peoples_committee", "provincial")}
            for n in ("Nguyen Van An", "Tran Van Binh", "Le Van Cuong")
        },
    ),
    (
        "W konferencji wzięli udział wiceprzewodniczący Prowincjonalnego Komitetu Ludowego Nguyen Van An i Tran Van Binh.",
        {n: {("vice_chair", "peoples_committee", "provincial")} for n in ("Nguyen Van An", "Tran Van Binh")},
    ),
    (
        "Przewodniczący Prowincjonalnego Komitetu Ludowego Nguyen Van An i pan Tran Van Binh wzięli udział w konferencji.",
        {"Nguyen Van An": {("chair", "peoples_committee", "provincial")}},
    ),
    (
        "Przewodniczący Prowincjonalnego Komitetu Ludowego przyjął sekretarza Komitetu Partii Nguyen Van An i Tran Van "
        "Binh.",
        {"Nguyen Van An": {("secretary", "party_committee", "provincial")}},
    ),
]


@pytest.mark.parametrize(("text", "want"), PL_ALIKE)
def test_pl_role_alike_for_several_titles_joined_names(text: str, want: dict) -> None:
    assert _posts(text, "pl") == want


# vi writes a role alike for one and several too: 'Đại biểu Quốc hội A, B và C', 'Phó Chủ tịch UBND tỉnh A và B' (the real
# u-vi-1006 '2 tân Phó Chủ tịch UBND tỉnh A và B'); 'Phó Chủ tịch UBND tỉnh A và ông B' is one vice chair and a guest
VI_ALIKE = [
    (
        "Đại biểu Quốc hội Phan Thái Bình, Tạ Văn Hạ và Dương Văn Phước tiếp xúc cử tri tại Đại Lộc.",
        {n: NA for n in THREE},
    ),
    (
        "Phó Chủ tịch UBND tỉnh Nguyễn Văn An và Trần Văn Bình dự hội nghị.",
        {n: {("vice_chair", "peoples_committee", "provincial")} for n in ("Nguyen Van An", "Tran Van Binh")},
    ),
    (
        "Phó Chủ tịch UBND tỉnh Nguyễn Văn An và ông Trần Văn Bình dự hội nghị.",
        {"Nguyen Van An": {("vice_chair", "peoples_committee", "provincial")}, "Tran Van Binh": set()},
    ),
]


@pytest.mark.parametrize(("text", "want"), VI_ALIKE)
def test_vi_role_alike_for_several_titles_joined_names(text: str, want: dict) -> None:
    assert _posts(text, "vi") == want
