"""More Polish wordings found by reading the unlabelled corpus: sentences written in the style of those
articles (names and places changed), each checking a rule or a pack entry that holds for any article, not
one known sentence. Its title cases are rows of tests/data/cases/posts.tsv (ids pl-…, cs-… after the line
naming this file), read by tests/api/test_extract.py."""

from __future__ import annotations

import kg
from kg.model import Article


def extract(text: str, lang: str = "pl"):
    return kg.extract(Article("t", text, lang=lang))


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


def test_a_birth_date_written_with_the_verb_dates_no_meeting():
    dates = [
        d
        for d, _ in meetings(
            "Podczas spotkania pani Tan Thi Que podziękowała Stałemu Komitetowi Prowincjonalnego "
            "Komitetu Partii. Pani Tan Thi Que urodziła się 17 lipca 1979 r. w gminie Khong Lao."
        )
    ]
    assert "1979-07-17" not in dates


def test_directing_a_congress_is_not_chairing_it():
    x = extract(
        "W Kongresie, ze strony centralnej, uczestniczył i kierował nim towarzysz Le Van Tam, członek "
        "Komitetu Centralnego Partii."
    )
    assert all(not m.chairs for m in x.meetings)


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


def test_czech_met_with_holds_a_meeting_a_date_reports():
    assert meetings(
        "Ráno 3. prosince se předseda vlády Pham Minh Chinh setkal s delegací Japonska.", "cs"
    ) == [("2025-12-03", "meeting")]
