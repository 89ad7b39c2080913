"""Helper mt25a's fixes of stop 33 (silver/mt25, corrections-mt25a.txt): each case fails without its change."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict[str, set[tuple]]:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


# Arabic writes the verb first, then the honorific and the given name of the official named before (no capital
# marks the name): the posts the sentence lists are that official's (u-mt25ar-01: 'تقلّد السيد هاي عدة مناصب، منها:')
@pytest.mark.parametrize(
    "text",
    [
        "عيّن المكتب السياسي السيد نجوين هو هاي أمينًا للجنة الحزب في مقاطعة كا ماو. تقلّد السيد هاي عدة مناصب، "
        "منها: نائب رئيس اللجنة الشعبية للمنطقة 8، ورئيس لجنة التنظيم التابعة للجنة الحزب في المدينة.",
        "عيّن المكتب السياسي السيد نجوين هو هاي أمينًا للجنة الحزب في مقاطعة كا ماو. وشغل السيد هاي عدة مناصب، "
        "منها: نائب رئيس اللجنة الشعبية للمنطقة 8، ورئيس لجنة التنظيم التابعة للجنة الحزب في المدينة.",
    ],
)
def test_ar_verb_first_honorific_given_name_takes_the_listed_posts(text):
    posts = _posts(text, "ar")["Nguyen Ho Hai"]
    assert ("vice_chair", "peoples_committee", "district") in posts
    assert ("head", "party_commission", "provincial") in posts


# the honorific and the given name opening an Arabic sentence stand for the official named before, as the
# capitalised given name does in a Latin script (u-mt11ar-04: 'السيد فونج حاصل على ماجستير ...، وكان يشغل ... منصب')
def test_ar_honorific_given_name_opening_a_sentence_is_the_official():
    text = (
        "انتخب مجلس الشعب السيد نجوين فان فونج رئيسًا للجنة الشعبية لمقاطعة هوي. السيد فونج حاصل على ماجستير في "
        "الاقتصاد، وكان يشغل في ذلك الوقت منصب مدير إدارة التخطيط والاستثمار."
    )
    assert ("director", "department", "provincial") in _posts(text, "ar")["Nguyen Van Phuong"]


# guard: another person of the same given name written in full after the honorific is not the official named before
def test_ar_verb_first_honorific_another_full_name_is_not_the_official():
    text = "عيّن المكتب السياسي السيد نجوين هو هاي أمينًا للجنة الحزب في مقاطعة كا ماو. هنأ السيد هاي فونغ المندوبين."
    posts = _posts(text, "ar")
    assert posts["Nguyen Ho Hai"] == {("secretary", "party_committee", "provincial")}


def _figures(text: str, lang: str) -> list[tuple]:
    return sorted((m.value, m.unit, m.indicator) for m in extract(Article("t", text, lang=lang)).metrics)


# a count of delegates is no other count of the same number told again in another sentence (u-mt25pl-02: '2
# towarzyszy, A i B, zostało wybranych na zastępców sekretarza' ... '17 delegatów oficjalnych i 2 delegatów zastępczych')
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            "Towarzysz Tran Van Nam został wybrany na sekretarza Prowincjonalnego Komitetu Partii; 2 towarzyszy, Nguyen "
            "Hoang Thao i Vo Van Minh, zostało wybranych na zastępców sekretarza. Zjazd wybrał również 17 delegatów "
            "oficjalnych i 2 delegatów zastępczych na XIII Krajowy Zjazd Partii.",
        ),
        (
            "en",
            "Comrade Tran Van Nam was elected Secretary of the Provincial Party Committee; 2 comrades, Nguyen Hoang Thao "
            "and Vo Van Minh, were elected Deputy Secretaries. The Congress also elected 17 official delegates and 2 "
            "alternate delegates to the 13th National Party Congress.",
        ),
    ],
)
def test_a_count_of_delegates_is_not_another_count_told_again(lang, text):
    assert [f for f in _figures(text, lang) if f[0] == 2] == [
        (2, "persons", "delegates"),
        (2, "persons", "other"),
    ]


# guard: the same count of delegates written again is one fact
def test_a_count_of_delegates_told_again_is_one_fact():
    text = (
        "The Congress elected 17 official delegates to the 13th National Party Congress. The 17 delegates will "
        "attend the National Congress."
    )
    assert [f for f in _figures(text, "en") if f[0] == 17] == [(17, "persons", "delegates")]
