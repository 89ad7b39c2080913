"""Arabic rules found by reading the blind silver set (silver/ set ar) and the unlabelled Arabic
articles: sentences written in their style (not copied from one article), each checking one rule or
pack entry."""

from __future__ import annotations

import pytest

from tests.helpers import extracted


def names(text: str) -> set[str]:
    return {o.name for o in extracted(text, lang="ar").officials}


@pytest.mark.parametrize(
    "text",
    [
        # the dual: two comrades, the second joined by و
        "قرر المكتب السياسي إصدار تحذير إلى الرفيقين لي فان تام وترونغ هوا بينه.",
        "وحضر الرفيقان لي فان تام وترونغ هوا بينه الاجتماع.",
        # ل + ال contracts to لل: "to Comrade X"
        "وقرر توجيه اللوم للرفيقة ترونغ هوا بينه وللرفيق لي فان تام.",
    ],
)
def test_the_dual_and_the_contracted_comrade_make_officials(text):
    assert names(text) == {"Le Van Tam", "Truong Hoa Binh"}


def test_a_courtesy_title_with_its_clitic_alone_makes_no_official():
    # (a citizen thanked: "Mr" makes no official, with ل or without)
    assert names("وقدمت البلدية الشكر للسيد لي فان تام على مساهمته.") == set()


def posts(text: str) -> dict[str, set[tuple]]:
    x = extracted(text, lang="ar")
    return {o.name: {(p.role, p.body.org, p.former) for p in o.positions} for o in x.officials}


@pytest.mark.parametrize("cue", ["ليحل محل", "خلفًا لـ", "بدلاً من"])
def test_the_name_a_new_holder_replaces_held_the_post_before(cue):
    # (a courtesy title alone makes no official: the replaced post does)
    found = posts(
        "انتخب المؤتمر بالإجماع السيد لي فان تام لتولي منصب رئيس لجنة جبهة الوطن الفيتنامية الإقليمية"
        f"، {cue} السيد ترونغ هوا بينه."
    )
    assert found["Truong Hoa Binh"] == {("chair", "fatherland_front", True)}
    assert ("chair", "fatherland_front", False) in found["Le Van Tam"]


def test_the_general_secretary_of_the_national_assembly_is_no_party_general_secretary():
    # (with its article, الأمين العام of another body is that body's post, not the Party's leader)
    found = posts("وقدم الأمين العام للجمعية الوطنية لي فان تام تقريرا عن برنامج الدورة.")
    assert ("general_secretary", "communist_party", False) not in found["Le Van Tam"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "في صباح يوم 17 أكتوبر، قام الوفد العامل للجنة الشعبية الإقليمية برئاسة السيد لي فان تام - نائب رئيس"
            " اللجنة الشعبية الإقليمية بتفقد موقع مشروع الطريق السريع.",
            ["visit"],
        ),
        ("وكان الوفد برئاسة الرفيق لي فان تام، نائب رئيس الوزراء.", []),
    ],
)
def test_the_head_of_a_delegation_chairs_no_meeting(text, kinds):
    x = extracted(text, lang="ar")
    assert "Le Van Tam" in {o.name for o in x.officials}
    assert all("Le Van Tam" not in m.chairs for m in x.meetings)
    # (the inspection visit stays, only its chair goes)
    assert [m.kind for m in x.meetings] == kinds


def test_a_meeting_chaired_by_an_official_has_its_chair():
    # (the rule above leaves the chairing of a meeting alone)
    x = extracted(
        "في صباح يوم 17 أكتوبر، عقدت اللجنة الشعبية الإقليمية اجتماعا برئاسة الرفيق لي فان تام.", lang="ar"
    )
    assert any("Le Van Tam" in m.chairs for m in x.meetings)
