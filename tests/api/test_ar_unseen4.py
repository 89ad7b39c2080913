"""Arabic titles found by a fourth reading of unlabelled Arabic articles: sentences written in their
style (not copied from one article), each checking one rule or pack entry."""

from __future__ import annotations

import pytest

from tests.api.test_ar_unseen import extract, posts

# --- lists


@pytest.mark.parametrize("rank", ["الجنرال", "الفريق أول", "اللواء"])
def test_a_rank_opens_no_new_item_of_a_plural_list(rank):
    # "members of the Politburo: A, President; General B, Minister of Defence; C, Secretary of …":
    # a rank is part of how an item writes its name; the plural title before the colon is B's and C's
    text = (
        f"وحضر المؤتمر أعضاء المكتب السياسي: لونغ كوونغ، الرئيس؛ {rank} فان فان جيانج، وزير الدفاع "
        "الوطني؛ نجوين دوي نغوك، سكرتير اللجنة الحزبية الإقليمية."
    )
    found = posts(text)
    for name in ("لونغ كوونغ", "فان فان جيانج", "نجوين دوي نغوك"):
        assert ("member", "politburo", "central") in found[name]


def test_a_comrade_after_a_semicolon_still_opens_a_new_list():
    # "Politburo members: A, B; comrades: C": the second colon list is not the Politburo's
    text = (
        "وحضر المؤتمر أعضاء المكتب السياسي: لونغ كوونغ، الرئيس؛ الجنرال فان فان جيانج، وزير الدفاع "
        "الوطني؛ الرفاق: ترينه فان كويت، سكرتير اللجنة المركزية للحزب."
    )
    assert ("member", "politburo", "central") not in posts(text)["ترينه فان كويت"]


def test_a_title_after_a_name_closed_by_a_semicolon_is_that_names():
    # "the Deputy PM A, and Deputy Head of the Steering Committee; and the Minister of Transport B":
    # the semicolon closes A's item; its title after the name is A's, not B's
    text = (
        "حضر الاجتماع كل من: نائب رئيس الوزراء تران هونغ ها، ونائب رئيس اللجنة التوجيهية المركزية؛ "
        "ووزير النقل نغوين فان ثانغ."
    )
    found = posts(text)
    assert ("deputy_head", "steering_committee", "central") in found["تران هونغ ها"]
    assert found["نغوين فان ثانغ"] == {("minister", "ministry", "central")}


def test_a_title_after_a_semicolon_cut_off_with_its_name_is_nobodys():
    # an article cut off in the next item, before its name: "... appointing A, B and C as Deputy
    # Prime Ministers; Minister of Natural Resources and Env" (the minister named after the cut)
    text = (
        "أعلن قرارات الرئيس بتعيين نجوين هوا بينه، وهو دوك فوك، وبوي ثانه سون في مناصب نواب رئيس "
        "الوزراء؛ وزير الموارد الطبيعية والب"
    )
    found = posts(text)
    assert len(found) == 3
    assert all(titles == {("deputy_prime_minister", "government", "central")} for titles in found.values())


# --- bodies


@pytest.mark.parametrize(
    ("body", "level"),
    [("المجلس المركزي للمحاكاة والثناء", "central"), ("مجلس المحاكاة والثناء الإقليمي", "provincial")],
)
def test_an_emulation_council_is_another_body(body, level):
    # Hội đồng Thi đua - Khen thưởng: a council outside the code list, as in the Vietnamese pack
    text = f"أطلق الرفيق فام مينه تشينه، رئيس {body}، حركة محاكاة على مستوى البلاد."
    assert posts(text)["فام مينه تشينه"] == {("chair", "other", level)}


# --- former posts


def formers(text: str) -> dict[str, set[tuple]]:
    return {o.surface: {(p.role, p.body.org, p.former) for p in o.positions} for o in extract(text).officials}


@pytest.mark.parametrize(
    ("title", "post"),
    [
        ("الأمين السابق للجنة الحزب الإقليمية", ("secretary", "party_committee")),
        ("الأمينة السابقة للجنة الحزب الإقليمية", ("secretary", "party_committee")),
        ("نائب وزير النقل السابق", ("deputy_minister", "ministry")),
        ("أمين لجنة الحزب الإقليمية السابق", ("secretary", "party_committee")),
        ("العضو السابق في المكتب السياسي", ("member", "politburo")),
    ],
)
def test_the_former_adjective_follows_the_role_it_marks(title, post):
    found = formers(f"تحدث الرفيق لي دينه تو، {title}، في الاجتماع.")
    assert found["لي دينه تو"] == {(*post, True)}


def test_the_former_adjective_marks_only_its_own_title():
    # "former member of the Politburo, and Secretary of ...": the second post is no former one
    found = formers("تحدث الرفيق لي دينه تو، العضو السابق في المكتب السياسي، وأمين لجنة الحزب الإقليمية.")
    assert found["لي دينه تو"] == {("member", "politburo", True), ("secretary", "party_committee", False)}


def test_a_previous_year_before_a_title_is_no_former_post():
    # "better than the previous year, as General Secretary X directed": السابق qualifies the year
    found = formers("كل عام أفضل من العام السابق وفقًا لتوجيهات الأمين العام نجوين فو ترونج.")
    assert found["نجوين فو ترونج"] == {("general_secretary", "communist_party", False)}


def test_a_former_district_is_no_former_post():
    # "Chairman of the People's Committee of the former Da Bac district": the district was merged
    found = formers("حضر الرفيق لي دينه تو، رئيس اللجنة الشعبية لمنطقة دا باك السابقة، الاجتماع.")
    assert found["لي دينه تو"] == {("chair", "peoples_committee", False)}
