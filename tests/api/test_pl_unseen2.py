"""More Polish wordings found by reading the unlabelled corpus: sentences written in the style of
those articles (names and places changed), each checking a rule or a pack entry that holds for any
article, not one known sentence."""

from __future__ import annotations

import kg
from kg.model import Article


def extract(text: str, lang: str = "pl"):
    return kg.extract(Article("t", text, lang=lang))


def posts(text: str, lang: str = "pl") -> dict[str, set[tuple]]:
    return {
        o.name: {(p.role, p.body.org, p.body.level) for p in o.positions}
        for o in extract(text, lang).officials
    }


def test_a_title_after_a_plural_in_another_case_is_other_people_s():
    # "w skład członków Komitetu, członków Prezydium, ... Przewodniczącego": a report about posts
    found = posts(
        "Pani Le Thi Hoa, członkini Komitetu Centralnego Partii, wiceprzewodnicząca Komitetu "
        "Centralnego Wietnamskiego Frontu Ojczyzny, przedstawiła raport w sprawie personelu "
        "wchodzącego w skład członków Komitetu, członków Prezydium, Stałego Komitetu i zajmującego "
        "stanowisko Przewodniczącego Komitetu Centralnego Wietnamskiego Frontu Ojczyzny."
    )
    assert ("vice_chair", "fatherland_front", "central") in found["Le Thi Hoa"]
    assert not any(role in ("chair", "standing_member") for role, _, _ in found["Le Thi Hoa"])


def test_an_untitled_name_in_a_chair_s_sentence_is_no_official_unless_listed_with_one():
    x = extract(
        "Rankiem 3 marca premier Tran Van Son przewodniczył spotkaniu w sprawie realizacji "
        "„Kampanii Quang Trung”, mającej na celu odbudowę domów."
    )
    assert [o.name for o in x.officials] == ["Tran Van Son"]
    assert [m.chairs for m in x.meetings] == [["Tran Van Son"]]
    # two names joined as one list keep both
    y = extract(
        "Wiceprzewodniczący Rady Ludowej Prowincji Le Van Tam i Hoang Duc Minh współprzewodniczyli sesji."
    )
    assert {"Le Van Tam", "Hoang Duc Minh"} <= {o.name for o in y.officials}


def test_plural_roles_after_a_name_titled_before_it_are_other_people():
    found = posts(
        "W spotkaniu uczestniczyli: wiceprezydent Le Thi Mai, ministrowie, szefowie agencji rządowych, "
        "asystent sekretarza generalnego oraz przedstawiciele prowincji."
    )
    assert found["Le Thi Mai"] == {("other", "other", "central")}


def test_a_colon_list_of_bare_names_ends_at_an_item_titled_before_its_name():
    found = posts(
        "Obecni byli: sekretarz generalny Le Van Tam; byli przewodniczący Zgromadzenia Narodowego: "
        "Nguyen Van Hai, Tran Thi Mai; członek Biura Politycznego i premier Hoang Duc Minh; były "
        "przewodniczący Komitetu Centralnego Wietnamskiego Frontu Ojczyzny Pham Van Long."
    )
    assert ("chair", "national_assembly", "central") in found["Tran Thi Mai"]
    assert ("chair", "national_assembly", "central") not in found["Hoang Duc Minh"]
    assert ("chair", "national_assembly", "central") not in found["Pham Van Long"]
    # a list whose items each write a title before the name shares the title before the colon
    items = posts(
        "Obecni byli członkowie Biura Politycznego: premier Hoang Duc Minh; przewodniczący "
        "Zgromadzenia Narodowego Tran Van Hai."
    )
    assert ("member", "politburo", "central") in items["Tran Van Hai"]


def test_a_courtesy_title_alone_makes_no_official_a_comrade_or_a_title_does():
    names = {
        o.name
        for o in extract(
            "Pan Lo Van Tuyet z wioski Ta Do opowiadał, że jego dom został porwany przez powódź. "
            "Towarzysz Hoang Van Minh odwiedził rodzinę. Pani Le Thi Hoa, przewodnicząca Komitetu "
            "Ludowego Gminy, powiedziała, że prace trwają."
        ).officials
    }
    assert names == {"Hoang Van Minh", "Le Thi Hoa"}
