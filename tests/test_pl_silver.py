"""Polish rules found by reading the blind silver set (silver/ set pl) and the unlabelled Polish
articles: sentences written in their style (not copied from one article), each checking one rule or
pack entry."""

from __future__ import annotations

import pytest

from tests.helpers import extracted

# a closing sentence: the last sentence of an article may be cut off mid-title, so each text ends on one
END = "\nDelegaci uczestniczący w konferencji."


def chairs(text: str) -> list[list[str]]:
    return [m.chairs for m in extracted(text + END, lang="pl").meetings]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the delegation a province sends to a session, "under the leadership of" its head
        (
            "Delegacja Zgromadzenia Narodowego prowincji Nghe An, składająca się z 12 delegatów pod "
            "przewodnictwem pani Vo Thi Minh Sinh, wzięła udział w sesji zamykającej.",
            None,
        ),
        (
            "Delegacja robocza prowincji Ninh Binh pod przewodnictwem towarzysza Doan Minh Huana, "
            "sekretarza Prowincjonalnego Komitetu Partii, odwiedziła prowincję Lam Dong 3 maja 2025 r.",
            "2025-05-03",
        ),
    ],
)
def test_the_head_of_a_delegation_chairs_no_meeting(text, date):
    meetings = extracted(text + END, lang="pl").meetings
    # (the meeting stays, with its date where the text gives one: only its chair goes)
    assert meetings and all(not m.chairs for m in meetings)
    assert date in [m.date for m in meetings]


def test_a_meeting_under_the_leadership_of_its_chair_keeps_its_chair():
    # (a meeting noun between the delegation and the wording: the meeting is what is led)
    text = (
        "Delegacja prowincji Ninh Binh wzięła udział w konferencji pod przewodnictwem towarzysza "
        "Doan Minh Huana, sekretarza Prowincjonalnego Komitetu Partii."
    )
    assert ["Doan Minh Huan"] in chairs(text)


def posts(text: str) -> dict[str, set[tuple[str, str, str | None]]]:
    return {
        o.name: {(p.role, p.body.org, p.body.level) for p in o.positions}
        for o in extracted(text + END, lang="pl").officials
    }


def test_co_chairs_written_as_a_noun_chair_the_meeting():
    text = (
        "Współprzewodniczącymi konferencji byli towarzysze: Nguyen Duc Thanh, sekretarz Komitetu Partii "
        "Prowincji Ninh Thuan, oraz Tran Quoc Nam, przewodniczący Komitetu Ludowego prowincji."
    )
    assert ["Nguyen Duc Thanh", "Tran Quoc Nam"] in chairs(text)


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        # an emulation and reward council is another body, central or provincial
        (
            "Premier Pham Minh Chinh, przewodniczący Centralnej Rady ds. Emulacji i Nagród, wręczył nagrody.",
            "Pham Minh Chinh",
            ("chair", "other", "central"),
        ),
        (
            "Towarzysz Nguyen Van Nam, przewodniczący Rady Emulacji i Nagród prowincji Ninh Binh, wręczył nagrody.",
            "Nguyen Van Nam",
            ("chair", "other", "provincial"),
        ),
        # the Vietnam General Confederation of Labour is a national body
        (
            "Towarzysz Nguyen Dinh Khang, przewodniczący Wietnamskiej Generalnej Konfederacji Pracy, przemawiał.",
            "Nguyen Dinh Khang",
            ("chair", "other", "central"),
        ),
        # the army's General Political Department is no party commission
        (
            "W ceremonii wziął udział generał Trinh Van Quyet, sekretarz Komitetu Centralnego Partii i szef "
            "Departamentu Polityki Ogólnej Wietnamskiej Armii Ludowej.",
            "Trinh Van Quyet",
            ("head", "other", "central"),
        ),
    ],
)
def test_bodies_outside_the_code_list(text, name, post):
    found = posts(text)[name]
    assert post in found
    assert not any(org == "party_commission" for _, org, _ in found)


def test_a_name_cut_inside_its_last_syllable_where_the_text_stops_is_the_official_named_before():
    # (an article cut off at its length limit: "towarzysza Pham Thanh Nga" of Pham Thanh Ngai)
    text = (
        "Przewodniczący Komitetu Ludowego prowincji Pham Thanh Ngai przemawiał na sesji.\n"
        "Przewodniczący Rady Ludowej prowincji Pham Van Thieu docenił wkład towarzysza Pham Thanh Nga"
    )
    assert {o.name for o in extracted(text, lang="pl").officials} == {"Pham Thanh Ngai", "Pham Van Thieu"}


def test_the_head_of_a_working_delegation_chairs_no_meeting_but_its_dated_visit_is_one():
    for text in (
        "Rano 12 marca 2025 r. towarzysz Nguyen Van Nam, sekretarz Komitetu Partii Prowincji Ninh Binh, "
        "przewodniczył delegacji roboczej, która odwiedziła gminę Gia Vien.",
        "Rano 12 marca 2025 r. delegacja robocza prowincji Ninh Binh pod przewodnictwem towarzysza "
        "Nguyen Van Nama, sekretarza Komitetu Partii Prowincji, odwiedziła gminę Gia Vien.",
    ):
        meetings = extracted(text + END, lang="pl").meetings
        assert [(m.date, m.chairs, m.kind) for m in meetings if m.date] == [("2025-03-12", [], "visit")]


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        ("Dochody budżetowe wyniosły 12 345 mld VND, co stanowi wzrost o 15%.", "budget_revenue"),
        ("Wpływy budżetowe osiągnęły 5000 mld VND.", "budget_revenue"),
        # what a project costs is no revenue
        ("Koszt budowy wyniesie 170 mln VND, a całkowity budżet wyniesie ponad 110,5 miliarda VND.", "other"),
    ],
)
def test_budget_revenue_is_revenue_not_a_budget(text, indicator):
    big = [m for m in extracted(text + END, lang="pl").metrics if m.unit == "billion_vnd"]
    assert [m.indicator for m in big] == [indicator]


def test_a_poverty_rate_is_a_rate_not_a_count_of_houses_for_the_poor():
    text = (
        "Wdrożono program wsparcia ubogich i bliskich ubóstwa gospodarstw domowych, w wyniku czego "
        "ukończono budowę 617/617 domów."
    )
    assert [m.indicator for m in extracted(text + END, lang="pl").metrics if m.value == 617] == ["other"]


def test_an_organiser_is_a_body_of_the_code_list():
    # (the grammar reads "Komitetu Kultury i Spraw Społecznych" as a commission of no known name)
    text = (
        "W sesji roboczej uczestniczyli: przewodniczący Komitetu Kultury i Spraw Społecznych Nguyen Dac Vinh "
        "oraz liderzy komisji Zgromadzenia Narodowego."
    )
    assert [m.organizer.org for m in extracted(text + END, lang="pl").meetings if m.organizer] == [
        "national_assembly"
    ]


def test_the_standing_secretary_of_the_central_committee_is_the_standing_member_of_the_secretariat():
    text = (
        "Obecni byli: członek Biura Politycznego i stały sekretarz Komitetu Centralnego Partii Tran Cam Tu; "
        "byli stali sekretarze Komitetu Centralnego Partii: Le Hong Anh, Tran Quoc Vuong."
    )
    found = posts(text)
    for name in ("Tran Cam Tu", "Le Hong Anh", "Tran Quoc Vuong"):
        assert ("standing_member", "secretariat", "central") in found[name]
        assert ("member", "secretariat", "central") not in found[name]


def test_a_meeting_of_a_delegation_keeps_its_chair():
    # (the delegation a meeting noun names holds the meeting; the wording names its chair)
    for text in (
        "Spotkaniu Delegacji Zgromadzenia Narodowego prowincji Ninh Binh z wyborcami przewodniczył "
        "towarzysz Tran Van Nam, zastępca szefa delegacji.",
        "Rano 3 czerwca 2025 r. odbyło się spotkanie Delegacji Zgromadzenia Narodowego prowincji z wyborcami "
        "pod przewodnictwem towarzysza Tran Van Nama.",
    ):
        assert ["Tran Van Nam"] in chairs(text)
