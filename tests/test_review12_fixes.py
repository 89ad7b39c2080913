"""review12 (stop 26): small fixes of this session's rules (docs/reviews/review12.md)."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> set[tuple]:
    x = extract(Article("t", text, lang=lang))
    return {(o.name, p.role, p.body.org, p.body.level) for o in x.officials for p in o.positions}


# 9f09f49's en planned_post "to be elected" (a cadre nominated for an election) is no planned post after "honored",
# "proud" (vi "vinh dự được bầu giữ chức"): the name holds the post it was elected to
@pytest.mark.parametrize(
    "text, post",
    [
        (
            "Mr. Nguyen Van An was honored to be elected Secretary of the Provincial Party Committee.",
            ("Nguyen Van An", "secretary", "party_committee", "provincial"),
        ),
        (
            "Mr. Nguyen Van An was honoured to be elected Secretary of the Provincial Party Committee.",
            ("Nguyen Van An", "secretary", "party_committee", "provincial"),
        ),
        (
            "Mr. Nguyen Van An was proud to be elected Chairman of the Provincial People's Council.",
            ("Nguyen Van An", "chair", "peoples_council", "provincial"),
        ),
    ],
)
def test_a_post_one_is_honoured_to_be_elected_to_is_held(text, post):
    assert post in _posts(text, "en")


def test_a_nominated_post_stays_unheld():
    text = (
        "Mr. Nguyen Van An was introduced to the Provincial People's Council to be elected Chairman of the "
        "Provincial People's Committee."
    )
    assert not {p for p in _posts(text, "en") if p[1] == "chair"}


# b7692b0's not_holder valued link ('للنظر في': for consideration) voids the name's title links after it only in its
# own clause: 'A، t1، قدم إلى مجلس الشعب للنظر في الخطة، وهو أيضا t2' (and he is also t2) keeps t2 his
def test_a_title_after_the_consideration_clause_stays_the_names():
    text = (
        "قدم السيد تران فان بينه، رئيس اللجنة الشعبية الإقليمية، إلى مجلس الشعب للنظر في الخطة، وهو أيضا نائب "
        "سكرتير لجنة الحزب الإقليمية."
    )
    assert ("Tran Van Binh", "deputy_secretary", "party_committee", "provincial") in _posts(text, "ar")


def test_the_post_put_up_for_consideration_stays_the_elections():
    text = (
        "السيد نغوين فان آن، رئيس اللجنة الشعبية، يقدم إلى مجلس الشعب للنظر في انتخاب منصب نائب رئيس اللجنة "
        "الشعبية."
    )
    assert not {p for p in _posts(text, "ar") if p[1] == "vice_chair"}


# 97117f4's function word that closes a name ending in a middle syllable ("نجوين فان في الاجتماع": Nguyen Van Phi)
# closes only a name of two syllables: a woman's whole name ending in Van or Xuan, given names too, keeps its reading
# before "في" (in) and "إن" (that)
@pytest.mark.parametrize(
    "text, name",
    [
        (
            "وقالت نائبة رئيس اللجنة الشعبية الإقليمية نغوين ثي فان في الاجتماع إن المقاطعة حققت نتائج.",
            "Nguyen Thi Van",
        ),
        ("تحدثت نائبة رئيس اللجنة الشعبية الإقليمية لي ثي شوان في المؤتمر.", "Le Thi Xuan"),
        ("وقالت رئيسة مجلس الشعب الإقليمي فام ثي ثانه شوان إن المقاطعة حققت نتائج.", "Pham Thi Thanh Xuan"),
        ("وقالت الرئيسة بالنيابة فو ثي آنه شوان في الاجتماع إن البلاد حققت إنجازات.", "Vo Thi Anh Xuan"),
    ],
)
def test_a_whole_name_ending_in_a_middle_syllable_stays_whole(text, name):
    assert [o.name for o in extract(Article("t", text, lang="ar")).officials] == [name]


def test_a_two_syllable_name_still_takes_the_function_word():
    text = "ترأس نائب رئيس اللجنة الشعبية الإقليمية نجوين فان في الاجتماع."
    assert [o.name for o in extract(Article("t", text, lang="ar")).officials] == ["Nguyen Van Phi"]
