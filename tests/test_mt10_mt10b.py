"""Silver mt10, mt10b's set (synthetic MT of vi articles, ar and pl): the constructions kg missed."""

import pytest

from kg.extract import extract
from kg.model import Article


def _docs(text: str, lang: str) -> set:
    x = extract(Article("t", text, lang=lang))
    return {(d.kind, d.number, d.session, d.term) for d in x.documents}


# the Arabic MT writes المؤتمر for a congress (Đại hội) and a plenum (Hội nghị) alike: a resolution "of the 14th
# المؤتمر" with no term is the congress's when the article named the 14th meeting a congress before, by its term's
# years (u-mt10ar-03: "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ 14")
@pytest.mark.parametrize(
    "lang, text, term",
    [
        (
            "ar",
            "افتتح صباح يوم 14 أكتوبر رسميًا المؤتمر الرابع عشر للجنة الحزب في مقاطعة سوك ترانج للفترة 2020-2025.\n"
            "وأكد السيد فان فان ساو أن المؤتمر يضمن القيادة الناجحة لتنفيذ قرار المؤتمر الرابع عشر للجنة الحزب الإقليمية.",
            14,
        ),
        (
            "ar",
            "افتتح اليوم المؤتمر السابع عشر لمندوبي الحزب في مقاطعة نغي آن.\n"
            "وقال إن المقاطعة نفذت قرار المؤتمر السابع عشر للجنة الحزب الإقليمية.",
            17,
        ),
    ],
)
def test_resolution_of_a_congress_named_before(lang, text, term):
    assert ("resolution", None, None, term) in _docs(text, lang)


# guards: a plenum named before with its term's ordinal, or another congress's ordinal, keeps the session
@pytest.mark.parametrize(
    "lang, text, fact",
    [
        (
            "ar",
            "عقدت اللجنة التنفيذية للحزب الإقليمية المؤتمر الخامس عشر للدورة السادسة عشرة.\n"
            "وناقش المؤتمر تنفيذ قرار المؤتمر الخامس عشر للجنة الحزب الإقليمية.",
            ("resolution", None, 15, None),
        ),
        (
            "ar",
            "افتتح المؤتمر الرابع عشر للجنة الحزب في مقاطعة سوك ترانج للفترة 2020-2025.\n"
            "وناقش تنفيذ قرار المؤتمر الخامس للجنة الحزب الإقليمية.",
            ("resolution", None, 5, None),
        ),
    ],
)
def test_resolution_of_a_plenum_stays(lang, text, fact):
    assert fact in _docs(text, lang)


def _posts(text: str, lang: str) -> dict:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


# "Chủ tịch huyện / tỉnh X" (the chair of a place) as the MT writes it: the chair of its People's Committee, in every
# language (vi and pl "przewodniczący prowincji" were read; u-mt10pl-01: "były sekretarz i przewodniczący wyspiarskiego
# dystryktu Con Co", vi "nguyên Bí thư, Chủ tịch huyện đảo Cồn Cỏ"); a secretary of no body joined to it is the place's
@pytest.mark.parametrize(
    "lang, text, post",
    [
        ("pl", "Pan Le Minh Tuan, przewodniczący dystryktu Huong Hoa, przyszedł.", ("chair", "district")),
        (
            "pl",
            "Pan Le Minh Tuan, przewodniczący wyspiarskiego dystryktu Con Co, przyszedł.",
            ("chair", "district"),
        ),
        ("en", "Mr. Le Minh Tuan, Chairman of Huong Hoa district, came.", ("chair", "district")),
        ("en", "Mr. Le Minh Tuan, Vice Chairman of Quang Tri province, came.", ("vice_chair", "provincial")),
        ("fr", "M. Le Minh Tuan, président du district de Huong Hoa, est venu.", ("chair", "district")),
        ("fr", "M. Le Minh Tuan, président de la province de Quang Tri, est venu.", ("chair", "provincial")),
        ("es", "El Sr. Le Minh Tuan, presidente del distrito de Huong Hoa, llegó.", ("chair", "district")),
        (
            "es",
            "El Sr. Le Minh Tuan, presidente del distrito insular de Con Co, llegó.",
            ("chair", "district"),
        ),
        ("de", "Herr Le Minh Tuan, Vorsitzender des Bezirks Huong Hoa, kam.", ("chair", "district")),
        ("de", "Herr Le Minh Tuan, Vorsitzender der Provinz Quang Tri, kam.", ("chair", "provincial")),
        ("pl", "Pan Le Minh Tuan, przewodniczący gminy Tan Lap, przyszedł.", ("chair", "commune")),
        ("en", "Mr. Le Minh Tuan, Chairman of Tan Lap commune, came.", ("chair", "commune")),
        (
            "fr",
            "M. Le Minh Tuan, vice-président de la commune de Tan Lap, est venu.",
            ("vice_chair", "commune"),
        ),
    ],
)
def test_chair_of_a_place(lang, text, post):
    assert (post[0], "peoples_committee", post[1]) in _posts(text, lang)["Le Minh Tuan"]


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "pl",
            "Pan Le Minh Tuan, były sekretarz i przewodniczący wyspiarskiego dystryktu Con Co, przyszedł.",
        ),
        ("en", "Mr. Le Minh Tuan, former Secretary and Chairman of Con Co island district, came."),
        ("fr", "M. Le Minh Tuan, ancien secrétaire et président du district insulaire de Con Co, est venu."),
    ],
)
def test_secretary_and_chair_of_a_district(lang, text):
    posts = _posts(text, lang)["Le Minh Tuan"]
    assert ("secretary", "party_committee", "district") in posts
    assert ("chair", "peoples_committee", "district") in posts
    assert ("secretary", "party_committee", "provincial") not in posts


# guards: a chair of a body written before the place, or of a delegation, is no People's Committee's
@pytest.mark.parametrize(
    "lang, text",
    [
        ("en", "Mr. Le Minh Tuan, Chairman of the Farmers Association of Quang Tri province, came."),
        ("pl", "Pan Le Minh Tuan, przewodniczący Związku Rolników prowincji Quang Tri, przyszedł."),
        ("pl", "Pan Le Minh Tuan, przewodniczący delegacji prowincji Quang Tri, przyszedł."),
        ("de", "Herr Le Minh Tuan, Vorsitzender des Bauernverbandes der Provinz Quang Tri, kam."),
    ],
)
def test_chair_of_a_body_of_a_place(lang, text):
    posts = _posts(text, lang).get("Le Minh Tuan", set())
    assert not any(org == "peoples_committee" for _, org, _ in posts)


# guard: in Arabic script the words after a level word run on into the holder's name (silver mt4 u-mt4ar-04 "رئيس منطقة
# كي آنه نجوين فان بونغ"): no commune of unlisted syllables is read there
def test_arabic_chair_of_an_unlisted_place():
    text = "سلسلة من الكوادر، من بينهم رئيس منطقة كي آنه نجوين فان بونغ، وقعوا في مشاكل قانونية."
    assert "Anh Nguyen Van Bong" not in _posts(text, "ar")


# a career list of no count after "such as" (vi "từng đảm trách các chức vụ như ...", the career of u-mt10pl-01's Vo Viet
# Cuong): fr "a occupé des postes tels que", de "hatte Positionen wie ... inne" read nothing; en "Head of the Price
# Division" (Trưởng phòng Giá) was read as a foreign name, Price Division, which took the list
@pytest.mark.parametrize(
    "lang, text, post",
    [
        (
            "fr",
            "M. Vo Viet Cuong a occupé des postes tels que chef adjoint du Bureau du Comité provincial du Parti de "
            "Quang Tri, directeur adjoint du Département des finances de Quang Tri.",
            ("deputy_director", "department", "provincial"),
        ),
        (
            "de",
            "Herr Vo Viet Cuong hatte Positionen wie stellvertretender Leiter des Büros des Provinzparteikomitees von "
            "Quang Tri inne.",
            ("deputy_head", "party_office", "provincial"),
        ),
        (
            "de",
            "Herr Vo Viet Cuong bekleidete Ämter wie stellvertretender Direktor des Finanzministeriums von Quang Tri.",
            ("deputy_director", "department", "provincial"),
        ),
        (
            "en",
            "Mr. Vo Viet Cuong held posts such as Head of the Price Division, Deputy Chief of the Office of the Quang "
            "Tri Provincial Party Committee.",
            ("deputy_head", "party_office", "provincial"),
        ),
        (
            "en",
            "Mr. Vo Viet Cuong held positions such as Head of the Price Division, Deputy Chief of the Office of the "
            "Quang Tri Provincial Party Committee.",
            ("head", "department", "provincial"),
        ),
    ],
)
def test_career_list_such_as(lang, text, post):
    assert post in _posts(text, lang).get("Vo Viet Cuong", set())


# a list of titled names the conjunction closes, glued to the last one's honorific in Arabic, then the post they take
# on in the singular (u-mt10pl-03's re-election, vi "... và ông C, t, tiếp tục được bầu giữ chức Phó Bí thư Tỉnh ủy"):
# every listed name's; the link "لمواصلة تولي منصب" read as one (the pl, en, fr, es, de lists were read)
def test_arabic_list_then_a_singular_post():
    text = (
        "وتم انتخاب السيدة ترينه ثي مينه ثانه، رئيسة مجلس الشعب الإقليمي، والسيد بوي فان خانج، رئيس اللجنة الشعبية "
        "الإقليمية، والسيد فو كويت تيان، عضو لجنة الحزب الإقليمية، لمواصلة تولي منصب نائب أمين لجنة الحزب الإقليمية."
    )
    posts = _posts(text, "ar")
    for name in ("Trinh Thi Minh Thanh", "Bui Van Khang", "Vu Quyet Tien"):
        assert ("deputy_secretary", "party_committee", "provincial") in posts[name]


# guard: a name of another clause, a semicolon and no conjunction before the elected one, takes no post
def test_arabic_singular_post_of_the_last_name():
    text = (
        "حضر السيدة ترينه ثي مينه ثانه، رئيسة مجلس الشعب الإقليمي؛ وتم انتخاب السيد فو كويت تيان، عضو لجنة الحزب "
        "الإقليمية، لتولي منصب نائب أمين لجنة الحزب الإقليمية."
    )
    posts = _posts(text, "ar")
    assert ("deputy_secretary", "party_committee", "provincial") not in posts["Trinh Thi Minh Thanh"]
    assert ("deputy_secretary", "party_committee", "provincial") in posts["Vu Quyet Tien"]


# a congress's sentence that names the re-elected secretary's earlier term before the new one (u-vi-1178, u-mt10pl-03
# in Arabic: "أمين لجنة الحزب الإقليمية للفترة 2020-2025 ... للفترة 2025-2030"): the congress opens the later term
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "At the Provincial Party Congress, Mr. Vu Dai Thang, Secretary of the Provincial Party Committee for the "
            "2020-2025 term, was re-elected Secretary for the 2025-2030 term.",
        ),
        (
            "vi",
            "Tại Đại hội Đảng bộ tỉnh, ông Vũ Đại Thắng, Bí thư Tỉnh ủy nhiệm kỳ 2020-2025, tiếp tục được bầu làm Bí "
            "thư Tỉnh ủy nhiệm kỳ 2025-2030.",
        ),
        (
            "ar",
            "في المؤتمر الأول للجنة التنفيذية للجنة الحزب في مقاطعة كوانغ نينه للدورة السادسة عشرة، حظي السيد فو داي "
            "ثانغ، أمين لجنة الحزب الإقليمية للفترة 2020-2025، بالثقة مجددًا وانتُخب أمينًا للجنة الحزب الإقليمية "
            "للفترة 2025-2030.",
        ),
    ],
)
def test_congress_of_the_later_of_two_terms(lang, text):
    assert [m.date for m in extract(Article("t", text, lang=lang)).meetings] == ["2025"]


# guard: a plan's period that does not follow the term is no term the congress opens
def test_congress_term_and_a_plan():
    text = "The Provincial Party Congress for the 2020-2025 term set the targets of the 2021-2025 plan."
    assert [m.date for m in extract(Article("t", text, lang="en")).meetings] == ["2020"]
