"""Officials kg never extracted (stop 25, helper offmiss): the gold officials of dev, seeds and the read silver
sets that no official of kg matched, by the cause that dropped them."""

import pytest

from kg.extract import extract
from kg.model import Article


def _officials(text: str, lang: str) -> dict:
    x = extract(Article("t", text, lang=lang))
    return {o.name: [(p.role, p.body.org) for p in o.positions] for o in x.officials}


# an article cut off in the middle of the title of its last name: the name is an official whose post was cut
# (silver mt u-mtar-02's last line, reg-all u-vi-0018's last bullet)
@pytest.mark.parametrize(
    "lang, text, name",
    [
        ("ar", "كما انتخب المؤتمر السيد هوانغ فان بونغ (44 عامًا)، نائب رئ", "Hoang Van Bong"),
        (
            "vi",
            "Kỷ luật khiển trách các đồng chí:\n\n- Đào Anh Dũng, Phó Bí thư Thường trực Thành ủy;\n\n"
            "- Trần Ngọc Hải, Ủy vi",
            "Tran Ngoc Hai",
        ),
        ("en", "The congress also elected Ly Van Bong, Vice Ch", "Ly Van Bong"),
    ],
)
def test_a_name_whose_title_the_cut_stops_is_an_official(lang, text, name):
    assert _officials(text, lang).get(name) == []


@pytest.mark.parametrize(
    "lang, text, name",
    [
        # the article does not stop (a sentence that ends), or the words at the cut begin no role
        ("ar", "كما انتخب المؤتمر السيد لي فان بونغ (44 عامًا)، وقال إن.", "Ly Van Bong"),
        ("vi", "Người dân Trần Ngọc Hải, nói", "Tran Ngoc Hai"),
        ("en", "The farmer Ly Van Bong, sa", "Ly Van Bong"),
    ],
)
def test_a_name_before_no_cut_or_a_cut_that_begins_no_title_is_none(lang, text, name):
    assert name not in _officials(text, lang)


# a well-known official named bare is one in Arabic too, as in Latin script ("Tran Quoc Vuong destacó"): silver mt4
# u-mt4ar-06 names Nguyen Phu Trong bare ("وطلب نجوين فو ترونغ"), the title only in the next sentence ("رئيس
# البرلمان") and gave no official at all
def test_a_well_known_official_named_bare_in_arabic_is_one():
    text = "وطلب نجوين فو ترونغ من السلطات المحلية التركيز على تطبيق قرارات الحزب."
    assert "Nguyen Phu Trong" in _officials(text, "ar")


def test_a_bare_arabic_name_nobody_knows_is_no_official():
    text = "وطلب نجوين فان بونغ من السلطات المحلية التركيز على تطبيق قرارات الحزب."
    assert _officials(text, "ar") == {}


# a Buddhist monastic's religious family name, Thích, opens a name as a family name does: 'Hòa thượng Thích Thiện
# Nhơn, ...' (vi678 u-vi-1201, a vice chair of the Fatherland Front) was no name
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "vi",
            "Hòa thượng Thích Thiện Nhơn, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, phát biểu.",
        ),
        (
            "en",
            "Most Venerable Thich Thien Nhon, Vice Chairman of the Vietnam Fatherland Front Central Committee, spoke.",
        ),
    ],
)
def test_a_monastic_named_thich_is_a_name(lang, text):
    assert _officials(text, lang).get("Thich Thien Nhon") == [("vice_chair", "fatherland_front")]


def test_thich_the_verb_is_no_name():
    text = "Thích ứng với biến đổi khí hậu là nhiệm vụ của Ủy ban nhân dân tỉnh. Thích Nghi Bình nói."
    assert not any(n.startswith("Thich") for n in _officials(text, "vi"))
