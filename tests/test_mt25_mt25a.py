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
