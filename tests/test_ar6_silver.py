"""Arabic rules found on the blind set ar6 (silver/ set ar6) and the unlabelled Arabic articles:
what the case tables (``tests/data/cases/posts.tsv``) cannot say."""

from kg.extract import extract
from kg.model import Article


def _posts(text: str) -> dict[str, set[tuple[str, str, str | None]]]:
    e = extract(Article("t", text))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in e.officials}


def test_a_name_of_no_known_family_name_after_an_honorific_is_read():
    # an ethnic-minority name (no Vietnamese family name first) right after السيد, closed by a full stop
    found = _posts(
        "ترأس الاجتماع السيدة فام ثي فوك، رئيسة مجلس الشعب الإقليمي، ونائب رئيس مجلس الشعب الإقليمي "
        "السيد دا كات فينه. وحضر الاجتماع قادة المقاطعة."
    )
    assert ("vice_chair", "peoples_council", "provincial") in found.get("Da Cat Vinh", set())


def test_words_after_an_honorific_that_are_no_name_stay_no_name():
    assert _posts("وقال السيد في كلمته إن المقاطعة حققت نتائج جيدة.") == {}
    assert _posts("أكد الرفاق من لجنة الحزب أن العمل مستمر.") == {}
