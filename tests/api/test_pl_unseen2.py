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


def test_a_name_in_the_polish_instrumental_after_g():
    found = posts("Spotkał się z prezydentem Luong Van Cuongiem i wicepremierem Nguyen Chi Dungiem.")
    assert ("state_president", "other", "central") in found["Luong Van Cuong"]
    assert ("deputy_prime_minister", "government", "central") in found["Nguyen Chi Dung"]


def test_a_birth_date_written_with_the_verb_dates_no_meeting():
    dates = [
        d
        for d, _ in meetings(
            "Podczas spotkania pani Tan Thi Que podziękowała Stałemu Komitetowi Prowincjonalnego "
            "Komitetu Partii. Pani Tan Thi Que urodziła się 17 lipca 1979 r. w gminie Khong Lao."
        )
    ]
    assert "1979-07-17" not in dates


def test_a_title_linked_to_the_last_name_of_a_list_is_every_listed_name_s():
    found = posts(
        "Ogłoszono rezolucję o mianowaniu członka Komitetu Partii Prowincji Tran Van Binha, członka "
        "Komitetu Partii Prowincji Le Thi Hoa na stanowisko wiceprzewodniczącego Rady Ludowej prowincji."
    )
    for name in ("Tran Van Binh", "Le Thi Hoa"):
        assert ("vice_chair", "peoples_council", "provincial") in found[name], name
    # a name in another clause keeps its own post
    other = posts(
        "Towarzysz Tran Van Binh pogratulował towarzyszowi Le Van Tamowi wyboru na stanowisko przewodniczącego."
    )
    assert other["Tran Van Binh"] == set()


def test_directing_a_congress_is_not_chairing_it():
    x = extract(
        "W Kongresie, ze strony centralnej, uczestniczył i kierował nim towarzysz Le Van Tam, członek "
        "Komitetu Centralnego Partii."
    )
    assert all(not m.chairs for m in x.meetings)


def test_a_post_in_a_mass_organisation_is_of_another_body():
    found = posts(
        "Pani Vo Thi Lan, wiceprzewodnicząca Komitetu Frontu Ojczyzny Wietnamu, przewodnicząca "
        "Prowincjonalnego Związku Kobiet, przemawiała. Towarzysz Le Van Tam, sekretarz Prowincjonalnego "
        "Związku Młodzieży, także zabrał głos."
    )
    assert ("chair", "other", "provincial") in found["Vo Thi Lan"]
    assert found["Le Van Tam"] == {("secretary", "other", "provincial")}
    assert posts("Soudružka Vo Thi Lan, předsedkyně provinčního svazu žen, vystoupila.", "cs")[
        "Vo Thi Lan"
    ] == {("chair", "other", "provincial")}


def test_an_alternate_member_and_a_commander():
    found = posts(
        "Generał dywizji Vu Van Dien, dowódca Dowództwa Wojskowego prowincji, oraz towarzysz Le Van Tam, "
        "członek rezerwowy Komitetu Centralnego Partii, przemawiali."
    )
    assert found["Vu Van Dien"] == {("head", "other", "provincial")}
    assert found["Le Van Tam"] == {("other", "central_committee", "central")}


def changes(text: str) -> list[tuple[float, str, float | None]]:
    return [(m.value, m.unit, m.change_pct) for m in extract(text).metrics]


def test_polish_rises_falls_and_same_periods_in_other_forms():
    assert changes("Eksport zmniejszył się o 2,1% rok do roku.") == [(2.1, "percent", -2.1)]
    assert changes("Sprzedaż detaliczna osiągnęła 45 000 mld VND, wzrost o 15% w tym samym okresie.") == [
        (45000.0, "billion_vnd", 15.0)
    ]
    assert changes("Wskaźnik ubóstwa zmniejszył się do 1,2%.") == [(1.2, "percent", None)]


def test_leading_the_proceedings_is_chairing_them():
    x = extract(
        "Rankiem 3 marca obrady prowadził towarzysz Le Van Tam, przewodniczący Rady Ludowej Prowincji."
    )
    assert [m.chairs for m in x.meetings] == [["Le Van Tam"]]


def documents(text: str) -> list[tuple]:
    return [(d.kind, d.number, d.session, d.term) for d in extract(text).documents]


def test_a_council_session_s_resolution_and_a_session_s_agenda():
    assert documents("Rezolucja 25. sesji Rady Ludowej Prowincji XVII kadencji.") == [
        ("resolution", None, 25, 17)
    ]
    # the programme of a session is its agenda, no document; a plan is one only with its number
    assert documents("Wysłuchano sprawozdania w sprawie programu X Sesji XV Zgromadzenia Narodowego.") == []
    assert documents("Zgodnie z Planem nr 406-KH/TU Stałego Komitetu.") == [("plan", "406-KH/TU", None, None)]


def test_an_ordinal_between_two_markers_belongs_to_the_one_after_it():
    # the marker before it has its own ordinal: "14. konference 13. ústředního výboru"
    assert documents("Rezolucja 14. Konferencji 13. Komitetu Centralnego.") == [("resolution", None, 14, 13)]
    found = [
        (d.session, d.term)
        for d in extract("usnesení 14. konference 13. ústředního výboru strany", "cs").documents
    ]
    assert found == [(14, 13)]


def test_the_office_of_the_president_is_no_state_presidency():
    assert posts("Szef Kancelarii Prezydenta Le Khanh Hai odczytał decyzję.") == {
        "Le Khanh Hai": {("head", "other", "central")}
    }
    assert posts("Vedoucí kanceláře prezidenta Le Khanh Hai přečetl rozhodnutí.", "cs") == {
        "Le Khanh Hai": {("head", "other", "central")}
    }


def test_czech_prime_minister_in_the_accusative():
    found = posts("Generální tajemník To Lam přijal předsedu vlády Pham Minh Chinha.", "cs")
    assert found["Pham Minh Chinh"] == {("prime_minister", "government", "central")}


def test_speaking_at_a_meeting_reports_it_held():
    found = meetings(
        "W ciągu tygodnia przywódcy prowincji odwiedzili rodziny. Przemawiając na spotkaniu, towarzysz "
        "Tran Van Truong, sekretarz Prowincjonalnego Komitetu Partii, podkreślił znaczenie jedności."
    )
    assert len(found) == 1


def test_a_czech_range_of_days_written_with_full_stops_is_dated_by_its_first_day():
    x = kg.extract(
        Article(
            "t", "Ve dnech 27.–28. listopadu 2024 se konala konference provinčního výboru strany.", lang="cs"
        )
    )
    assert [m.date for m in x.meetings] == ["2024-11-27"]


def test_a_deputy_written_straight_before_a_body_is_its_deputy_head():
    found = posts(
        "Posiedzeniu przewodniczył towarzysz Hau A Lenh, sekretarz Prowincjonalnego Komitetu Partii – "
        "przewodniczący Komitetu Sterującego; Phan Huy Ngoc, przewodniczący Prowincjonalnego Komitetu "
        "Ludowego – zastępca Komitetu Sterującego."
    )
    assert ("deputy_head", "steering_committee", "provincial") in found["Phan Huy Ngoc"]
    assert posts("Towarzysz Le Van Tam, zastępca sekretarza Komitetu Partii Prowincji, przemawiał.") == {
        "Le Van Tam": {("deputy_secretary", "party_committee", "provincial")}
    }


def test_the_party_committee_of_central_agencies_is_central():
    found = posts(
        "Towarzysz Le Van Tam, zastępca sekretarza Komitetu Partii Agencji Centralnych, przemawiał."
    )
    assert found["Le Van Tam"] == {("deputy_secretary", "party_committee", "central")}


def test_the_plural_central_is_a_level_not_the_central_committee():
    found = posts("Towarzysz Le Van Tam, sekretarz Komitetu Partii Centralnych Agencji, przemawiał.")
    assert found["Le Van Tam"] == {("secretary", "party_committee", "central")}
    found = posts("Soudruh Le Van Tam, tajemník stranického výboru ústředních orgánů, vystoupil.", "cs")
    assert found["Le Van Tam"] == {("secretary", "party_committee", "central")}


def test_czech_met_with_holds_a_meeting_a_date_reports():
    assert meetings(
        "Ráno 3. prosince se předseda vlády Pham Minh Chinh setkal s delegací Japonska.", "cs"
    ) == [("2025-12-03", "meeting")]
