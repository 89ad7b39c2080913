"""meta18 (stop 31): faults the sentence-shape variants of ``tools/metamorph.py`` (apposition in every pack,
voice of the chair) found in kg: a title written after its holder reads as it does before."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict[str, set]:
    x = extract(Article("t", text, lang=lang))
    return {
        o.name: {(p.role, p.body.org, p.body.level, p.body.place) for p in o.positions} for o in x.officials
    }


@pytest.mark.parametrize(
    "text",
    [
        # the title after its holder, closed by a comma: the district after it is what was asked, not the title's
        "طلب تران آنه توان، نائب رئيس اللجنة الشعبية الإقليمية، من منطقة نام جيانج استكمال إجراءات تخصيص الأراضي.",
        "وطلب تران آنه توان، نائب رئيس اللجنة الشعبية الإقليمية، من لجنة منطقة نام جيانج الإسراع في التنفيذ.",
        # as the title before its holder reads
        "طلب نائب رئيس اللجنة الشعبية الإقليمية تران آنه توان من منطقة نام جيانج استكمال إجراءات تخصيص الأراضي.",
    ],
)
def test_ar_a_title_after_its_holder_takes_no_place_past_its_closing_comma(text):
    assert _posts(text, "ar")["Tran Anh Tuan"] == {
        ("vice_chair", "peoples_committee", "provincial", "Quang Nam")
    }


def test_ar_a_title_after_its_holder_keeps_the_place_it_writes():
    text = "وحضر الاجتماع نجوين فان آن، أمين لجنة الحزب في منطقة نام جيانج، وألقى كلمة."
    assert _posts(text, "ar")["Nguyen Van An"] == {("secretary", "party_committee", "district", "Nam Giang")}


@pytest.mark.parametrize(
    "text, post",
    [
        # the body of another clause after the comma that closes a title written after its holder
        (
            "سلسلة من الكوادر، من بينهم نجوين فان بونغ، رئيس منطقة كي آنه، وقعوا في مشاكل قانونية بسبب مخالفات في إدارة الأراضي.",
            ("Nguyen Van Bong", ("chair", "peoples_committee", "district", "Ky Anh")),
        ),
        (
            "ترأس هاو آ لينه، أمين الحزب الإقليمي، انتخاب هيئة الرئاسة وأمانة المؤتمر.",
            ("Hau A Lenh", ("secretary", "party_committee", "provincial", None)),
        ),
        # as the titles before their holders read
        (
            "سلسلة من الكوادر، من بينهم رئيس منطقة كي آنه نجوين فان بونغ، وقعوا في مشاكل قانونية بسبب مخالفات في إدارة الأراضي.",
            ("Nguyen Van Bong", ("chair", "peoples_committee", "district", "Ky Anh")),
        ),
    ],
)
def test_ar_a_title_after_its_holder_takes_no_body_past_its_closing_comma(text, post):
    name, want = post
    assert _posts(text, "ar")[name] == {want}


@pytest.mark.parametrize(
    "text, name, want",
    [
        # a title's body after a comma, with nothing but the role before it, or another post's title: still its own
        (
            "وحضر نجوين فان آن، نائب رئيس اللجنة الشعبية الإقليمية، مدير إدارة المالية، الاجتماع.",
            "Nguyen Van An",
            ("director", "department", "provincial", None),
        ),
        (
            "Ông Nguyễn Văn Quyết từng là Vụ trưởng Vụ Địa phương V, Cơ quan UB Kiểm tra Trung ương.",
            "Nguyen Van Quyet",
            ("head", "party_commission", "central", None),
        ),
    ],
)
def test_a_title_that_goes_on_after_a_comma_keeps_its_body(text, name, want):
    lang = "vi" if "Ông" in text else "ar"
    assert want in _posts(text, lang)[name]
