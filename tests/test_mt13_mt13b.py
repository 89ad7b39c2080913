"""Silver mt13 (synthetic MT of vi articles, mt13b: pl, fr): the constructions kg missed."""

import pytest

from kg.extract import extract
from kg.model import Article


def _x(text: str, lang: str):
    return extract(Article("t", text, lang=lang))


def _posts(text: str, lang: str) -> dict:
    return {
        o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in _x(text, lang).officials
    }


# vi "HĐND tỉnh đã bầu bà A, t1; ông B, t2; ông C, t3 giữ chức danh Phó chủ tịch UBND tỉnh" (u-vi-1089; u-mt13pl-01):
# Polish writes Mr and Mrs in the accusative, courtesy titles only ('pana', 'panią'), which closed no item after a
# semicolon as 'ông', 'M.', 'Mr.' do: the post went to the last name only
def test_pl_semicolon_list_with_oblique_courtesy_titles_shares_the_post():
    posts = _posts(
        "4 grudnia Rada Ludowa prowincji Dong Nai wybrała panią Nguyen Thi Hoang, dyrektor Departamentu Nauki i "
        "Technologii; pana Vo Van Phi, przewodniczącego Prowincjonalnego Stowarzyszenia Rolników; pana Vo Tan Duca, "
        "przewodniczącego Komitetu Ludowego dystryktu Long Thanh, na stanowisko wiceprzewodniczącego Komitetu "
        "Ludowego prowincji Dong Nai na kadencję 2016-2021.",
        "pl",
    )
    for name in ("Nguyen Thi Hoang", "Vo Van Phi", "Vo Tan Duc"):
        assert ("vice_chair", "peoples_committee", "provincial") in posts[name]
    assert ("director", "department", "provincial") in posts["Nguyen Thi Hoang"]
    assert ("vice_chair", "peoples_committee", "provincial") not in posts.get("Nguyen Van Khang", set())


# a rare family name, Từ, written without its tone ("pana Tu Nam Thanha", u-mt13pl-01)
def test_family_name_tu_opens_a_name():
    posts = _posts(
        "Rada odwołała ze stanowiska członka Prowincjonalnego Komitetu Ludowego pana Tu Nam Thanha, byłego dyrektora "
        "Departamentu Transportu.",
        "pl",
    )
    assert ("member", "peoples_committee", "provincial") in posts["Tu Nam Thanh"]


def test_tu_in_a_place_or_a_given_name_stays():
    names = {
        o.name for o in _x("Ông Ngô Gia Tự, Chủ tịch UBND huyện Nam Từ Liêm, phát biểu.", "vi").officials
    }
    assert names == {"Ngo Gia Tu"}
    names = {
        o.name for o in _x("Mr. Tran Cam Tu, Standing Member of the Secretariat, attended.", "en").officials
    }
    assert names == {"Tran Cam Tu"}


# fr "il a élu pour compléter les postes de chef du Bureau, de chefs et de chefs adjoints des commissions" (u-mt13fr-01):
# 'il' before the active past of electing is the council, not the official named before
def test_fr_il_a_elu_is_the_council():
    posts = _posts(
        "Le Conseil populaire provincial a élu Mme Khuong Thi Mai, cheffe du Bureau du Conseil populaire provincial, "
        "au poste de vice-présidente du Conseil populaire provincial ; en même temps, il a élu pour compléter les "
        "postes de chef du Bureau, de chefs et de chefs adjoints des commissions du Conseil populaire provincial.",
        "fr",
    )["Khuong Thi Mai"]
    assert ("deputy_head", "peoples_council", "provincial") not in posts
    assert ("vice_chair", "peoples_council", "provincial") in posts


def test_fr_il_a_ete_elu_still_links():
    posts = _posts(
        "M. Nguyen Van Anh est né en 1970. Il a été élu président du Comité populaire provincial.", "fr"
    )["Nguyen Van Anh"]
    assert posts == {("chair", "peoples_committee", "provincial")}


# vi "miễn nhiệm 3 Phó chủ tịch UBND tỉnh, gồm: ông A, ông B, bà C; miễn nhiệm chức danh Uỷ viên UBND tỉnh đối với ông D"
# (u-vi-1089; u-mt13pl-01): a counted role's list runs on past semicolons, but not into a clause of its own
DISMISSED = [
    (
        "pl",
        "Rada Ludowa prowincji Dong Nai odwołała 3 wiceprzewodniczących Prowincjonalnego Komitetu Ludowego, w tym: "
        "pana Tran Van Vinha, pana Nguyen Quoc Hunga, panią Nguyen Hoa Hiep; odwołała ze stanowiska członka "
        "Prowincjonalnego Komitetu Ludowego pana Tran Nam Thanha, byłego dyrektora Departamentu Transportu.",
    ),
    (
        "en",
        "The Provincial People's Council dismissed 3 Vice Chairmen of the Provincial People's Committee, including: "
        "Mr. Tran Van Vinh, Mr. Nguyen Quoc Hung, Ms. Nguyen Hoa Hiep; dismissed from the position of member of the "
        "Provincial People's Committee Mr. Tran Nam Thanh, former Director of the Department of Transport.",
    ),
    (
        "vi",
        "HĐND tỉnh đã miễn nhiệm 3 Phó chủ tịch UBND tỉnh, gồm: ông Trần Văn Vĩnh, ông Nguyễn Quốc Hùng, bà Nguyễn "
        "Hòa Hiệp; miễn nhiệm chức danh Uỷ viên UBND tỉnh đối với ông Trần Nam Thành, nguyên Giám đốc sở GT-VT.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DISMISSED)
def test_counted_list_stops_at_a_clause_after_a_semicolon(lang, text):
    posts = _posts(text, lang)
    for name in ("Tran Van Vinh", "Nguyen Quoc Hung", "Nguyen Hoa Hiep"):
        assert ("vice_chair", "peoples_committee", "provincial") in posts[name]
    assert ("member", "peoples_committee", "provincial") in posts["Tran Nam Thanh"]
    assert ("vice_chair", "peoples_committee", "provincial") not in posts["Tran Nam Thanh"]


def test_counted_list_runs_on_past_semicolons_between_items():
    posts = _posts(
        "Bốn Phó Bí thư Tỉnh ủy gồm các ông: Trần Văn An (Chủ tịch HĐND tỉnh); Nguyễn Văn Bình (Chủ tịch UBND tỉnh); "
        "Lê Văn Cường và Phạm Văn Dũng.",
        "vi",
    )
    assert all(("deputy_secretary", "party_committee", "provincial") in p for p in posts.values())
    assert len(posts) == 4
