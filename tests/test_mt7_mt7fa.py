"""Silver mt7 (synthetic MT of unread vi articles), ar/pl: the constructions kg missed (mt7fa)."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


# a career list after a verb of working that drops its subject (u-mt7ar-03: "وقد عمل لسنوات عديدة في تاي نجوين، وشغل
# مناصب A، وB", he worked there for years, holding A, B; as es "trabajó durante"): the posts of the official before
def test_ar_worked_then_held():
    text = (
        "أصبح الرفيق ترينه فيت هونغ أمين لجنة الحزب الإقليمية في تاي نجوين. وقد عمل لسنوات عديدة في تاي نجوين، "
        "وشغل مناصب رئيس مكتب اللجنة الشعبية الإقليمية، وأمين لجنة الحزب في منطقة دونغ هي."
    )
    posts = _posts(text, "ar")["Trinh Viet Hung"]
    assert ("secretary", "party_committee", "district") in posts
    assert ("head", "other", "provincial") in posts


# the verb first, then the honorific and the given name of the official named before, then "many posts such as:"
# (u-mt7ar-01: "وقد شغل السيد هاي مناصب عديدة مثل: ...", as en "positions such as")
def test_ar_given_name_after_verb_posts_such_as():
    text = (
        "أصبح الرفيق نجوين تيان هاي أمين لجنة الحزب الإقليمية في كا ماو. وقد شغل السيد هاي مناصب عديدة مثل: "
        "رئيس مكتب لجنة الحزب الإقليمية، وأمين لجنة الحزب في منطقة كاي نوك."
    )
    posts = _posts(text, "ar")["Nguyen Tien Hai"]
    assert ("head", "party_office", "provincial") in posts
    assert ("secretary", "party_committee", "district") in posts


# an opening adverb, then the honorific and the given name of the official named before, then a present verb of
# holding a post (u-mt7pl-03: "Obecnie pan Toan piastuje stanowisko przewodniczącego ...")
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            "Biuro Polityczne wyznaczyło również pana Nguyen Khac Toana, stałego zastępcę sekretarza Prowincjonalnego "
            "Komitetu Partii Khanh Hoa. Obecnie pan Toan piastuje stanowisko przewodniczącego Prowincjonalnego "
            "Komitetu Ludowego Khanh Hoa.",
        ),
        (
            "en",
            "The Politburo appointed Mr. Nguyen Khac Toan, Standing Deputy Secretary of the Khanh Hoa Provincial Party "
            "Committee. Currently, Mr. Toan holds the position of Chairman of the Khanh Hoa Provincial People's "
            "Committee.",
        ),
    ],
)
def test_adverb_given_name_holds_post(lang, text):
    assert ("chair", "peoples_committee", "provincial") in _posts(text, lang)["Nguyen Khac Toan"]
