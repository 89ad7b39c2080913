"""review19's fix (stop 32): a heading wording (``headed_by``: 'برئاسة', 'geleitet von', 742546c6, 1853750c) in a
sentence whose meeting a verb holds (a ``hold`` cue: met, worked with, received) keeps the meeting's chair, as a
sentence with a meeting noun did; with no meeting the name still heads the body (the commits' own tests)."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article

_HELD = {
    "ar-met": (
        "ar",
        "في 5 مارس 2025، التقت اللجنة الدائمة للجنة الحزب الإقليمية برئاسة السيد نغوين فان آن، سكرتير لجنة الحزب "
        "الإقليمية، بالناخبين.",
    ),
    "ar-worked": (
        "ar",
        "في 5 مارس 2025، عملت اللجنة الشعبية الإقليمية برئاسة السيد نغوين فان آن، رئيس اللجنة الشعبية الإقليمية، مع "
        "وزارة المالية.",
    ),
    "de-received": (
        "de",
        "Am 5. März 2025 empfing das Volkskomitee der Provinz, geleitet von Herrn Nguyen Van An, eine Delegation des "
        "Ministeriums.",
    ),
}


@pytest.mark.parametrize("case", sorted(_HELD))
def test_a_verb_held_meeting_keeps_its_chair(case):
    lang, text = _HELD[case]
    x = extract(Article("t", text, lang=lang))
    assert [m.chairs for m in x.meetings] == [["Nguyen Van An"]]
    assert x.meetings[0].date == "2025-03-05"


def test_a_working_commission_headed_is_no_central_committee_chair():
    text = "في 5 مارس 2025، عملت لجنة العمل التابعة للجنة المركزية برئاسة السيد نغوين فان آن مع مقاطعة تاي نغوين."
    x = extract(Article("t", text, lang="ar"))
    posts = [(p.role, p.body.org) for o in x.officials for p in o.positions]
    assert ("chair", "central_committee") not in posts


def test_with_no_meeting_the_name_still_heads_the_body():
    text = "وتتألف لجنة التفتيش التابعة للجنة الحزب الإقليمية من 13 شخصًا، ويرأسها السيد نغوين فان آن."
    x = extract(Article("t", text, lang="ar"))
    assert [m.chairs for m in x.meetings if m.chairs] == []
    assert any(p.role == "chair" for o in x.officials for p in o.positions)
