"""names26 (stop 39): names in text kg has not read (docs/names.md, "names26").

An Arabic name whose words spell no Vietnamese syllable (an ethnic-minority name: هياو كنول Hiao Knul,
كاماك K'Mak; silver u-ar-0050, u-ar-0072) after a comrade, or after an honorific with a title, is read
letter by letter (``letter`` lines of kg/lang/ar/translit.tsv) instead of dropped with its posts."""

from __future__ import annotations

import pytest

from tests.helpers import extracted

TITLED = [
    # after a comrade (a party honorific), closed by a comma: the title kg does not read is no matter
    (
        "وحضر الحفل الرفيق لي فان نجيا، عضو اللجنة الدائمة؛ والرفيق هياو كنول، رئيس لجنة الأقليات العرقية، "
        "نائب رئيس اللجنة التوجيهية الإقليمية.",
        "Hiao Knul",
        ("deputy_head", "steering_committee"),
    ),
    # after Mr. and a title, closed by a conjunction glued to the next honorific: one word
    (
        "ونائبا رئيس مجلس الشعب الإقليمي السيد كاماك والسيد دا كات فينه.",
        "K'Mak",
        ("vice_chair", "peoples_council"),
    ),
    # after Mr. and before a comma and a title
    (
        "وحضر الاجتماع السيد كاماك، نائب رئيس مجلس الشعب الإقليمي.",
        "K'Mak",
        ("vice_chair", "peoples_council"),
    ),
]


@pytest.mark.parametrize(("text", "name", "post"), TITLED, ids=["comrade", "title-before", "title-after"])
def test_an_unread_name_after_a_comrade_or_titled_is_spelled_out(text: str, name: str, post: tuple) -> None:
    x = extracted(text, "ar")
    official = next((o for o in x.officials if o.name == name), None)
    assert official is not None, [o.name for o in x.officials]
    assert post in {(p.role, p.body.org) for p in official.positions}


UNTITLED = [
    # a villager after Mr., no title: no official
    "وقال السيد ألانج ترا، من قرية أبات، إن المنزل جديد.",
    # Arabic words after an honorific: a word with no vowel letter, a letter the names are not written with,
    # the article
    "وحضر الاجتماع السيد نفسه، رئيس اللجنة الشعبية الإقليمية.",
    "وحضر الاجتماع الرفيق كذلك، رئيس اللجنة الشعبية الإقليمية.",
    "وحضر الاجتماع الرفاق أعضاء اللجنة الدائمة، وقادة الإدارات.",
    "وأعرب الرفيق عن شكره، وقال إن المقاطعة حققت نتائج.",
    "وحضر الاجتماع الرفيق أيضا، رئيس اللجنة الشعبية الإقليمية.",
]


@pytest.mark.parametrize("text", UNTITLED)
def test_no_official_of_words_of_the_language_or_an_untitled_citizen(text: str) -> None:
    assert [o.name for o in extracted(text, "ar").officials] == []


def test_a_readable_name_reads_as_before() -> None:
    x = extracted(
        "وحضر الاجتماع الرفيق نجوين فان نام، أمين لجنة الحزب الإقليمية؛ والرفيق دا كات فينه، نائب "
        "رئيس مجلس الشعب الإقليمي.",
        "ar",
    )
    assert [o.name for o in x.officials] == ["Nguyen Van Nam", "Da Cat Vinh"]


FOREIGN = [
    # review26 Medium 6: a name that spells no syllable is above all a foreign guest's; a sentence naming the
    # country or its adjective, a company's or an unnamed board's title, gives no official
    "وشارك الرفيق خامفاي، أمين لجنة الحزب وحاكم مقاطعة هوافان (لاوس)، في الاجتماع.",
    "وحضر الرفيق بوالي، عضو اللجنة المركزية للحزب الثوري الشعبي اللاوي.",
    "وحضر السيد ماركوس، مدير شركة سامسونج فيتنام.",
    "والتقى السيد كلينتون، رئيس مجلس إدارة الشركة.",
]


@pytest.mark.parametrize("text", FOREIGN)
def test_no_spelled_out_foreign_guest_or_company_head(text: str) -> None:
    assert [o.name for o in extracted(text, "ar").officials] == []
