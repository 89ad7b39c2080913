"""review20's Low findings (docs/reviews/review20.md): the hostile sentences, and the original commits' cases as
guards."""

import pytest

from tests.helpers import extracted


def _posts(text, lang):
    return {(o.name, p.role, p.body.org) for o in extracted(text, lang).officials for p in o.positions}


# Low 6 (9923c5ad): two names the MT left with no conjunction between them are still a pair when a dual or plural role
# follows the second name or a dual honorific stands before the first
@pytest.mark.parametrize(
    ("text", "role", "org"),
    [
        pytest.param(
            "حضر الاجتماع السيد نجوين فان آن السيد تران فان بينه، نائبا رئيس اللجنة الشعبية الإقليمية.",
            "vice_chair",
            "peoples_committee",
            id="dual-vice-chairs",
        ),
        pytest.param(
            "حضر الاجتماع الرفيقان نجوين فان آن الرفيق تران فان بينه، عضوا اللجنة الدائمة للجنة الحزب الإقليمية.",
            "standing_member",
            "party_committee",
            id="dual-honorific",
        ),
        pytest.param(
            "حضر الاجتماع السيد نجوين فان آن السيد تران فان بينه، عضوا اللجنة الدائمة للجنة الحزب الإقليمية.",
            "standing_member",
            "party_committee",
            id="dual-members",
        ),
    ],
)
def test_two_names_before_a_dual_role_are_a_pair_without_a_conjunction(text, role, org):
    assert _posts(text, "ar") == {("Nguyen Van An", role, org), ("Tran Van Binh", role, org)}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # (guards: 9923c5ad's subject and object; a singular member 'عضوا في' after the object is the object's alone)
        (
            "وهنأ الرفيق هوانغ ترونغ دونغ السيد دو مينه توان على انتخابه لمنصب رئيس اللجنة الشعبية الإقليمية.",
            ("Do Minh Tuan", "chair", "peoples_committee"),
        ),
        (
            "وهنأ الرفيق هوانغ ترونغ دونغ السيد دو مينه توان، نائب رئيس اللجنة الشعبية الإقليمية.",
            ("Do Minh Tuan", "vice_chair", "peoples_committee"),
        ),
        (
            "انتخب الرفيق هوانغ ترونغ دونغ السيد دو مينه توان عضوا في اللجنة الدائمة للجنة الحزب الإقليمية.",
            ("Do Minh Tuan", "standing_member", "party_committee"),
        ),
    ],
    ids=["congratulated-object", "object-apposition", "object-singular-member"],
)
def test_a_verbs_object_alone_holds_its_singular_post(text, post):
    assert _posts(text, "ar") == {post}
