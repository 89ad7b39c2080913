"""Arabic names whose syllables are written like function words (docs/metamorph.md, "left"): كان
"was" spells Can, في "in" spells Vi/Phi, ها spells Ha. Such a name opening an item of a list after a
colon or semicolon ("حضر ... المؤتمر: كان كووك في - الأمين العام؛ ...") is read, and the list of chairs
it opens is kept; the same words standing alone or before a place stay words."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article

_CHAIRS = (
    "في قاعة دين هونغ التابعة للجمعية الوطنية، حضر الرفاق التاليون وأداروا المؤتمر: {} - الأمين العام؛ "
    "لونغ كوونغ - عضو المكتب السياسي، الرئيس؛ فام مينه تشينه - عضو المكتب السياسي، رئيس الوزراء."
)


def _x(text):
    return extract(Article("t", text, lang="ar"))


@pytest.mark.parametrize("name, first", [("كان كووك في", "Can Quoc"), ("ها في", "Ha")])
def test_a_name_of_function_words_opens_a_list_of_chairs(name, first):
    x = _x(_CHAIRS.format(name))
    names = [o.name for o in x.officials]
    assert names[0].startswith(first) and len(names) == 3
    assert [p.role for p in x.officials[0].positions] == ["general_secretary"]
    assert any(len(m.chairs) == 3 for m in x.meetings)


@pytest.mark.parametrize(
    "name, first",
    [
        ("كان كووك في", "Can Quoc"),
        ("ها في", "Ha"),
    ],
)
def test_a_name_of_function_words_after_a_semicolon(name, first):
    text = (
        "حضر المؤتمر الرفاق: لونغ كوونغ - عضو المكتب السياسي، الرئيس؛ "
        f"{name} - عضو المكتب السياسي، رئيس الجمعية الوطنية."
    )
    names = [o.name for o in _x(text).officials]
    assert any(n.startswith(first) for n in names), names


@pytest.mark.parametrize("name, first", [("كان كووك في", "Can Quoc"), ("ها في", "Ha")])
def test_a_name_of_function_words_inside_a_list_of_dashed_titles(name, first):
    text = (
        f"حضر المؤتمر تو لام - الأمين العام، {name} - رئيس الجمعية الوطنية، وفام مينه تشينه - رئيس الوزراء."
    )
    posts = {o.name: [p.role for p in o.positions] for o in _x(text).officials}
    assert any(n.startswith(first) and posts[n] == ["chair"] for n in posts), posts
    assert posts["To Lam"] == ["general_secretary"], posts


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("وترأس المؤتمر رئيس الجمعية الوطنية كان كووك في.", "Can Quoc", "chair"),
        ("وترأس المؤتمر رئيس الجمعية الوطنية ها في، وحضره الأمين العام تو لام.", "Ha", "chair"),
        ("ونائب رئيس لجنة جبهة الوطن الفيتنامية الإقليمية ها في، وممثلو قادة الإدارات.", "Ha", "vice_chair"),
    ],
)
def test_a_name_of_function_words_right_after_its_title(text, name, role):
    posts = {o.name: [p.role for p in o.positions] for o in _x(text).officials}
    assert any(n.startswith(name) and role in posts[n] for n in posts), posts


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن الرئيس كان في هانوي، وحضر الاجتماع.",
        "وقال إن الرئيس كان في ها نام، وحضر الاجتماع.",
        "وأكد أن رئيس اللجنة الشعبية الإقليمية كان حاضرا.",
        "وقال الرئيس، في ها نام - المقاطعة الشمالية - تم افتتاح المشروع.",
        "وحضر المؤتمر: في ها نام، السيد تران فان نام - رئيس اللجنة الشعبية الإقليمية.",
        "وقال: كان هناك - كما قال - تقدم كبير.",
        "أولاً: في هانوي، تم افتتاح المؤتمر.",
        "النتائج: في عام 2024، بلغ النمو 7%.",
        "وأضاف: في هذا العام، سيتم تنفيذ المشروع.",
    ],
)
def test_function_words_alone_or_before_a_place_stay_words(text):
    names = [o.name for o in _x(text).officials]
    assert all(not n.startswith(("Phi", "Vi", "Can ")) for n in names), names


# the Arabic twin of 091bb10's pl list: a copula pronoun before the colon ("هم", they are) left the header's
# title unread, so no item shared it, with or without a courtesy title after the comma
_DEPUTIES = (
    "نواب سكرتير لجنة الحزب الإقليمية {}: نجوين ثي هونغ (نائبة السكرتير الدائمة)، "
    "{}فونغ كووك توان (رئيس اللجنة الشعبية الإقليمية)."
)


@pytest.mark.parametrize("copula", ["هم", "هما"])
@pytest.mark.parametrize("honorific", ["السيد ", ""])
def test_a_list_after_a_copula_and_a_colon_shares_its_header(copula, honorific):
    x = _x(_DEPUTIES.format(copula, honorific))
    posts = {o.name: {p.role for p in o.positions} for o in x.officials}
    assert posts["Vuong Quoc Tuan"] == {"chair", "deputy_secretary"}, posts
    assert posts["Nguyen Thi Hong"] == {"standing_deputy_secretary"}, posts


def test_a_copula_after_no_title_shares_nothing():
    text = (
        "المتحدثون في المؤتمر هم: نجوين ثي هونغ (نائبة السكرتير الدائمة)، "
        "فونغ كووك توان (رئيس اللجنة الشعبية الإقليمية)."
    )
    posts = {o.name: {p.role for p in o.positions} for o in _x(text).officials}
    assert posts.get("Vuong Quoc Tuan") == {"chair"}, posts
