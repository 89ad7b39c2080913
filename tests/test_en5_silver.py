"""English rules found on the fifth blind silver set (silver/ set en5) and the English residue of the
unlabelled articles: career lists after a pronoun, bodies outside the code list."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str) -> dict[str, set[tuple]]:
    found = extract(Article("case", text, lang="en"))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in found.officials}


@pytest.mark.parametrize(
    "sentence",
    [
        "She used to hold the following positions: Deputy Secretary of the Provincial Party Committee.",
        "He held many positions, including: Deputy Secretary of the Provincial Party Committee.",
        "He has held positions such as Deputy Secretary of the Provincial Party Committee.",
    ],
)
def test_a_career_list_after_a_pronoun_is_the_last_officials(sentence):
    text = (
        "Ms. Lam Thi Phuong Thanh was re-elected the Secretary of the Lang Son Provincial Party Committee. "
        + sentence
    )
    assert ("deputy_secretary", "party_committee", "provincial") in _posts(text)["Lam Thi Phuong Thanh"]


def test_an_associations_central_committee_is_not_the_partys():
    text = (
        "Mr. Nguyen Van An, Standing Vice Chair of the Vietnam Student Association Central Committee, spoke."
    )
    assert _posts(text)["Nguyen Van An"] == {("standing_vice_chair", "other", "central")}


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        ("State Auditor General Tran Sy Thanh resigned.", "Tran Sy Thanh", ("head", "other", "central")),
        (
            "NA Secretary General Bui Van Cuong spoke.",
            "Bui Van Cuong",
            ("general_secretary", "national_assembly", "central"),
        ),
        # a rank before the name is still no title of its own
        (
            "Minister of National Defence General Phan Van Giang spoke.",
            "Phan Van Giang",
            ("minister", "ministry", "central"),
        ),
    ],
)
def test_a_role_ending_in_a_rank_word_right_before_a_name_is_kept(text, name, post):
    assert _posts(text)[name] == {post}


@pytest.mark.parametrize(
    "verb", ["has been assigned to be", "was transferred to be", "was named", "was mobilized to be"]
)
def test_a_verb_of_appointment_links_a_name_to_its_new_post(verb):
    text = f"Mr. Pham Minh Chinh {verb} Head of the National Steering Committee for COVID-19 Prevention."
    assert ("head", "steering_committee", "central") in _posts(text)["Pham Minh Chinh"]


@pytest.mark.parametrize(
    ("text", "lang", "post"),
    [
        (
            "Attending were Mr. Vu Hong Nam – Chairman of the State Committee for Overseas Vietnamese and "
            "Mr. Le Quoc Thinh – Deputy Chairman; leaders of departments.",
            "en",
            ("vice_chair", "other", "central"),
        ),
        (
            "Tham dự có ông Nguyễn Văn Trì, Chủ tịch UBND tỉnh và ông Lê Quốc Thịnh, Phó Chủ tịch.",
            "vi",
            ("vice_chair", "peoples_committee", "provincial"),
        ),
    ],
)
def test_a_bare_deputy_role_after_a_name_is_of_the_body_of_the_name_before(text, lang, post):
    found = extract(Article("case", text, lang=lang))
    posts = {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in found.officials}
    assert posts["Le Quoc Thinh"] == {post}


def test_a_bare_role_of_another_kind_takes_no_body_from_the_name_before():
    text = "Present were Mr. Nguyen Van Tri, Chairman of the Provincial People's Committee, and Mr. Le Quoc Thinh, Deputy Secretary."
    assert all(org != "peoples_committee" for _, org, _ in _posts(text)["Le Quoc Thinh"])


@pytest.mark.parametrize(
    ("title", "post"),
    [
        (
            "Head of the Party Central Committee's Economic Commission",
            ("head", "party_commission", "central"),
        ),
        (
            "Head of the provincial Party Committee's Propaganda and Education Board",
            ("head", "party_commission", "provincial"),
        ),
        (
            "Head of the provincial National Assembly deputies' delegation",
            ("head", "national_assembly_delegation", "provincial"),
        ),
        ("NA Vice Chairman", ("vice_chair", "national_assembly", "central")),
        ("Vice President of the VFF Central Committee", ("vice_chair", "fatherland_front", "central")),
        ("Top legislator", ("chair", "national_assembly", "central")),
        ("Party Secretary General", ("general_secretary", "communist_party", "central")),
        ("Prosecutor General of the Supreme People's Procuracy", ("head", "other", "central")),
    ],
)
def test_english_titles_written_before_a_name(title, post):
    assert post in _posts(f"{title} Tran Quang Phuong attended the event.")["Tran Quang Phuong"]


@pytest.mark.parametrize(
    "meeting",
    [
        "the Government's regular meeting",
        "the Provincial People's Committee's meeting",
        "the Government meeting",
    ],
)
def test_a_body_owning_the_meeting_after_a_chairing_verb_leaves_the_chair(meeting):
    found = extract(
        Article("case", f"On March 5, 2024, Prime Minister Pham Minh Chinh chaired {meeting}.", lang="en")
    )
    assert [m.chairs for m in found.meetings] == [["Pham Minh Chinh"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Before that, he served as Chairman of the Provincial People's Committee.",
        "Hai served as Chairman of the Provincial People's Committee.",
        "Hai held the position of Chairman of the Provincial People's Committee.",
    ],
)
def test_a_past_post_after_a_pronoun_or_the_given_name(sentence):
    text = "Mr. Nguyen Van Hai was re-elected Secretary of the Provincial Party Committee. " + sentence
    assert ("chair", "peoples_committee", "provincial") in _posts(text)["Nguyen Van Hai"]


def test_adjacent_title_links_after_a_pronoun_are_read_as_one():
    text = (
        "Mr. Nguyen Van Hai was re-elected Secretary of the Provincial Party Committee. "
        "In July 2016, he was elected to the 12th Party Central Committee."
    )
    assert ("member", "central_committee", "central") in _posts(text)["Nguyen Van Hai"]


def test_a_pronoun_and_a_copula_link_no_title_further_on():
    text = (
        "Mr. Nguyen Van Hai was re-elected Secretary of the Provincial Party Committee. "
        "He was grateful to the Chairman of the Provincial People's Committee for the support."
    )
    assert _posts(text)["Nguyen Van Hai"] == {("secretary", "party_committee", "provincial")}


def test_commissioner_translates_a_member():
    text = "Mr. Le Duy Thanh – Commissioner of Standing Committee, Deputy Chairman of Provincial People's Committee spoke."
    assert ("standing_member", "party_committee", "provincial") in _posts(text)["Le Duy Thanh"]


def _places(text: str) -> dict[str, set]:
    found = extract(Article("case", text, lang="en"))
    return {o.name: {p.body.place for p in o.positions} for o in found.officials}


def test_an_opening_place_phrase_gives_its_province_to_the_posts_after_it():
    text = (
        "Mr. Tran Van Ron was re-elected Secretary of the Vinh Long Provincial Party Committee. "
        "In Lang Son province, Ms. Lam Thi Phuong Thanh was re-elected the Secretary of the Provincial Party Committee."
    )
    assert _places(text)["Lam Thi Phuong Thanh"] == {"Lang Son"}


def test_an_opening_with_a_body_or_a_meeting_gives_no_province():
    text = (
        "Mr. Vu Minh Sang, Chairman of the Ha Tinh Provincial People's Committee, spoke. "
        "Receiving the delegation of Binh Dinh province, Mr. Nguyen Van Hai, Secretary of the Provincial "
        "Party Committee, thanked the guests."
    )
    assert "Binh Dinh" not in _places(text)["Nguyen Van Hai"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Export turnover rose by 11.9% year-on-year to over 27 billion USD.",
        "Export turnover was up 11.9 percent to 27 billion USD.",
    ],
)
def test_a_change_before_the_level_it_rose_to_is_that_levels_change(sentence):
    found = [
        (m.value, m.unit, m.indicator, m.change_pct)
        for m in extract(Article("c", sentence, lang="en")).metrics
    ]
    assert found == [(27000.0, "million_usd", "export_value", 11.9)]


def test_a_change_then_another_clauses_figure_stay_two_figures():
    text = "The rice area made up 97.1% (up 3.7% compared to the same period). 1,614 ha of poor rice land were converted."
    found = [(m.value, m.unit) for m in extract(Article("c", text, lang="en")).metrics]
    assert (3.7, "percent") in found and (1614.0, "hectares") in found


def test_a_possessive_role_after_a_title_link_is_of_the_body_before_the_name():
    text = "The Provincial Party Committee elected Nguyen Van Hai as its Secretary and Tran Van Nam as its Deputy Secretary."
    posts = _posts(text)
    assert posts["Nguyen Van Hai"] == {("secretary", "party_committee", "provincial")}
    assert posts["Tran Van Nam"] == {("deputy_secretary", "party_committee", "provincial")}


def test_a_vice_state_president_is_not_the_state_president():
    assert _posts("Vice State President Vo Thi Anh Xuan attended.")["Vo Thi Anh Xuan"] == {
        ("vice_chair", "other", "central")
    }


def test_a_bare_deputy_role_right_before_the_next_name_is_of_the_body_before():
    text = (
        "Attending were Chairman of the Provincial People's Committee Nguyen Van Hai, "
        "Vice Chairmen Tran Van Nam and Le Van Thanh."
    )
    posts = _posts(text)
    assert (
        posts["Tran Van Nam"] == posts["Le Van Thanh"] == {("vice_chair", "peoples_committee", "provincial")}
    )


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Prioritizing 7 groups of solutions for socio-economic development", False),
        ("The province has 3 groups of tasks for next year.", False),
        ("The province completed 3 groups of tasks.", True),
        ("The province has 12 groups of households.", True),
    ],
)
def test_groups_of_a_plans_content_are_no_count(text, counted):
    found = [(m.value, m.unit) for m in extract(Article("c", text, lang="en")).metrics]
    assert bool(found) == counted


@pytest.mark.parametrize("wording", ["under the chair of", "under the presidency of"])
def test_english_chairing_wordings(wording):
    text = f"On March 5, 2024, the Provincial Party Committee held a conference {wording} Nguyen Van Hai, Secretary of the Provincial Party Committee."
    assert [m.chairs for m in extract(Article("c", text, lang="en")).meetings] == [["Nguyen Van Hai"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr. Nguyen Van Hai is expected to be present with the Chairman of the Provincial People's Committee.",
        "Mr. Nguyen Van Hai said it is an honour to be received by the Chairman of the Provincial People's Committee.",
        "Mr. Nguyen Van Hai became the first to congratulate the Chairman of the Provincial People's Committee.",
    ],
)
def test_to_be_and_became_alone_link_no_title(sentence):
    assert _posts(sentence)["Nguyen Van Hai"] == set()


@pytest.mark.parametrize(
    "opening",
    [
        "Visiting Quang Ninh province",
        "Speaking to businesses from Quang Ninh province",
        "Compared with Quang Ninh province",
    ],
)
def test_an_opening_that_is_no_place_phrase_gives_no_province(opening):
    text = (
        "Mr. Vu Minh Sang, Chairman of the Ha Tinh Provincial People's Committee, spoke. Ha Tinh province grows. "
        f"{opening}, Mr. Nguyen Van Hai, Secretary of the Provincial Party Committee, praised the host."
    )
    assert "Quang Ninh" not in _places(text)["Nguyen Van Hai"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Revenue fell by 5% compared to 27 billion VND last year.",
        "Revenue increased by 10%, equal to 5,000 billion VND.",
        "Revenue increased 10% thanks to 50 new enterprises.",
    ],
)
def test_a_change_keeps_its_own_figure_before_a_benchmark_or_a_cause(sentence):
    found = [(m.value, m.unit) for m in extract(Article("c", sentence, lang="en")).metrics]
    assert found[0][1] == "percent" and len(found) == 2


def test_each_clause_change_goes_to_its_own_level():
    text = "Exports rose 12% to 3 billion USD, while imports rose 5% to 2 billion USD."
    found = [(m.value, m.unit, m.change_pct) for m in extract(Article("c", text, lang="en")).metrics]
    assert found == [(3000.0, "million_usd", 12.0), (2000.0, "million_usd", 5.0)]


def test_a_bare_deputy_role_before_a_name_with_its_own_place_takes_no_body():
    text = (
        "Attending were Chairman of the Quang Ninh Provincial People's Committee Cao Tuong Huy and "
        "Vice Chairman Nguyen Van Binh of Hai Phong city."
    )
    assert "Quang Ninh" not in {p for places in [_places(text).get("Nguyen Van Binh", set())] for p in places}


def test_the_following_positions_link_only_a_list_it_opens():
    text = (
        "Mr. Nguyen Van Hai was re-elected Secretary of the Provincial Party Committee. "
        "He said the following positions will be filled soon: Director of the Department of Finance."
    )
    assert _posts(text)["Nguyen Van Hai"] == {("secretary", "party_committee", "provincial")}
