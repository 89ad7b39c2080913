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


def test_polish_cases_of_deputy_minister_and_levels():
    found = posts("Prezydent przyjął towarzysza Le Van Tama, wiceministra Spraw Zagranicznych.")
    assert ("deputy_minister", "ministry", "central") in found["Le Van Tam"]
    found = posts("Towarzysz Hoang Van Minh, sekretarz Komitetu Partii w gminie Tan Trao, przemawiał.")
    assert ("secretary", "party_committee", "commune") in found["Hoang Van Minh"]


def test_a_name_glued_to_the_title_before_it_by_a_lost_space_is_read():
    found = posts("Sekretarz GeneralnyTo Lam podkreślił znaczenie reformy.")
    assert found == {"To Lam": {("general_secretary", "communist_party", "central")}}


def test_a_minister_s_title_names_the_ministry_with_no_link_word():
    found = posts(
        "Gratulacje przesłali: Szefa Centralnego Komitetu Organizacyjnego Le Minh Hunga, Ministra "
        "Bezpieczeństwa Publicznego , Generała Tran Van Quanga."
    )
    assert ("minister", "ministry", "central") in found["Tran Van Quang"]


def figures(text: str) -> set[tuple[float, str]]:
    return {(m.value, m.unit) for m in extract(text).metrics}


def test_polish_abbreviated_scales_percent_and_dollars():
    assert (12500.0, "billion_vnd") in figures("Dochody budżetu wyniosły 12,5 bln VND.")
    assert (15.0, "percent") in figures("Liczba turystów wzrosła o 15 proc. w porównaniu z 2024 r.")
    assert (2500.0, "million_usd") in figures("Eksport osiągnął 2,5 mld dolarów.")


def test_a_dated_document_code_keeps_its_lower_case_letters():
    found = [
        (d.kind, d.number)
        for d in extract("Zgodnie z decyzją Premiera nr 18/2022/QD-TTg z dnia 2 sierpnia.").documents
    ]
    assert found == [("decision", "18/2022/QD-TTg")]


def test_czech_title_words():
    found = posts(
        "Soudruh Le Van Tam, předseda Ústředního výboru Vietnamské vlastenecké fronty, a soudružka "
        "Tran Thi Mai, předsedkyně kontrolní komise provinčního výboru strany, vystoupili.",
        "cs",
    )
    assert ("chair", "fatherland_front", "central") in found["Le Van Tam"]
    assert ("chair", "party_commission", "provincial") in found["Tran Thi Mai"]
    assert posts("Náměstkyně ministra Hoang Thi Lan přijela.", "cs")["Hoang Thi Lan"] == {
        ("deputy_minister", "ministry", "central")
    }


def test_a_party_committee_s_wydzial_named_by_its_topic_is_a_party_commission():
    found = posts(
        "Towarzysz Hoang Van Minh – członek Stałego Komitetu Prowincjonalnego Komitetu Partii, szef "
        "Wydziału Organizacyjnego Prowincjonalnego Komitetu Partii – odczytał decyzję."
    )
    assert ("head", "party_commission", "provincial") in found["Hoang Van Minh"]
    found = posts(
        "Towarzysz Le Van Tam, szef Wydziału Spraw Wewnętrznych Komitetu Partii Prowincji, przemawiał."
    )
    assert found["Le Van Tam"] == {("head", "party_commission", "provincial")}


def meetings(text: str, lang: str = "pl"):
    x = kg.extract(Article("t", text, lang=lang, url="https://example.org/2025/01/x"))
    return [(m.date, m.kind) for m in x.meetings]


def test_polish_review_participle_and_working_verbs():
    # a January conference summing up the year before is held the year after
    assert meetings(
        "Po południu 5 stycznia Komitet Ludowy Prowincji zorganizował konferencję podsumowującą pracę "
        "w 2024 roku i wyznaczającą zadania na 2025 rok."
    ) == [("2025-01-05", "conference")]
    assert meetings("Rano 3 grudnia premier Pham Minh Chinh pracował z przywódcami prowincji Ha Giang.") == [
        ("2025-12-03", "working_session")
    ]


def test_a_rank_after_an_item_s_title_does_not_end_a_colon_list():
    found = posts(
        "Obecni byli członkowie Komitetu Centralnego: wiceprzewodniczący Zgromadzenia Narodowego "
        "Nguyen Van Hai, wiceprzewodniczący Zgromadzenia Narodowego generał Tran Van Phuong i "
        "wiceprzewodnicząca Zgromadzenia Narodowego Le Thi Thanh."
    )
    for name in ("Nguyen Van Hai", "Tran Van Phuong", "Le Thi Thanh"):
        assert ("member", "central_committee", "central") in found[name], name
