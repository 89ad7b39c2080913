"""Constructions kg missed in silver/mt8's ar and pl texts (u-mt8ar-*, u-mt8pl-*), each as a real MT writes it."""

from kg.extract import extract
from kg.gazetteer import other_script_places
from kg.model import Article


def _posts(text: str, lang: str) -> dict:
    x = extract(Article("t", text, lang=lang))
    return {
        o.name: {(p.role, p.body.org, p.body.level, p.body.place) for p in o.positions} for o in x.officials
    }


# ---------------------------------------------------------------- the preposition في opens no place
# (u-mt8ar-03, dev ar-016: "في ثانه هوا" was read as the district Vi Thanh, Hau Giang: في spells Vị)


def test_fi_before_a_province_is_no_syllable_of_a_place():
    assert other_script_places("نائب أمين لجنة الحزب الإقليمية في ثانه هوا", single=True) == ["thanh hoa"]


def test_fi_before_a_province_gives_the_province_to_the_title():
    posts = _posts("السيد نجوين هواي آنه، نائب أمين لجنة الحزب الإقليمية في ثانه هوا.", "ar")
    assert posts["Nguyen Hoai Anh"] == {("deputy_secretary", "party_committee", "provincial", "Thanh Hoa")}


def test_a_province_after_a_level_noun_still_read():
    assert other_script_places("في مقاطعة نينه بينه") == ["ninh binh"]


# ---------------------------------------------------------------- a year the phrase's window cuts is no ordinal
# (u-mt8ar-01: "وبموجب القرار، يواصل السيد ... للفترة 2025-2030" gave a resolution of the 20th term: the window
# of the document's phrase ended inside 2030, and its first two digits read as an ordinal)


def test_a_cut_year_is_no_term():
    text = (
        "وبموجب القرار، يواصل السيد نجوين دينه ترونغ، عضو اللجنة المركزية للحزب، تولي منصب أمين لجنة الحزب "
        "الإقليمية في داك لاك للفترة 2025-2030."
    )
    assert extract(Article("t", text, lang="ar")).documents == []


def test_a_term_ordinal_still_read():
    text = "ونفذت المقاطعة قرار المؤتمر الثامن للجنة المركزية الثالثة عشرة."
    docs = extract(Article("t", text, lang="ar")).documents
    assert [(d.kind, d.session, d.term) for d in docs] == [("resolution", 8, 13)]
