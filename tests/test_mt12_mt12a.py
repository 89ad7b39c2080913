"""Silver mt12 (synthetic MT of vi articles, mt12a: ar, de): the constructions kg missed."""

import pytest

from kg.extract import extract
from kg.model import Article


def _x(text: str, lang: str):
    return extract(Article("t", text, lang=lang))


def _posts(text: str, lang: str) -> dict:
    return {
        o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in _x(text, lang).officials
    }


# vi "Đại hội ... bầu 48 Uỷ viên BCH khoá XVII, nhiệm kỳ 2020-2025. Tại hội nghị lần thứ nhất, BCH đã bầu ... Kết quả
# hội nghị được báo cáo Đại hội đầu giờ sáng nay (15/10)" (u-vi-1167; u-mt12ar-04): the day of a later sentence that
# names the congress again is the congress's, the first conference of its executive reported between
LATER_DAY = [
    (
        "ar",
        "أجرى مؤتمر مندوبي لجنة الحزب في مقاطعة توين كوانغ انتخاب 48 عضوًا في اللجنة التنفيذية للحزب في المقاطعة "
        "للدورة السابعة عشرة، للفترة 2020-2025. وفي المؤتمر الأول، انتخبت اللجنة التنفيذية للحزب في المقاطعة "
        "اللجنة الدائمة والأمين. وتم إبلاغ المؤتمر بنتائج الاجتماع في وقت مبكر من صباح اليوم (15 أكتوبر).",
    ),
    (
        "en",
        "The Congress of Delegates of the Tuyen Quang Provincial Party Committee elected 48 members of the "
        "Provincial Party Executive Committee, term 2020-2025. The results of the conference were reported to the "
        "Congress early this morning (October 15).",
    ),
    (
        "vi",
        "Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang đã tiến hành bầu 48 Uỷ viên Ban Chấp hành Đảng bộ tỉnh khoá XVII, "
        "nhiệm kỳ 2020-2025. Tại hội nghị lần thứ nhất, Ban Chấp hành Đảng bộ tỉnh đã bầu Ban Thường vụ, Bí thư. "
        "Kết quả hội nghị được báo cáo Đại hội đầu giờ sáng nay (15/10).",
    ),
]


@pytest.mark.parametrize(("lang", "text"), LATER_DAY)
def test_congress_dated_by_a_later_sentence(lang, text):
    meetings = _x(text, lang).meetings
    assert meetings[0].kind == "congress"
    assert meetings[0].date == "2020-10-15"


# vi "Phó Chủ tịch rồi Chủ tịch UBND tỉnh" (u-vi-1167, 1186; u-mt12ar-02, -04): the ranks of one post held in turn, "then"
# between them, share the second's body, as when a conjunction joins them
THEN = [
    (
        "ar",
        "شغل السيد لو فان فونغ مناصب مثل: نائب رئيس ثم رئيس اللجنة الشعبية الإقليمية، وأمين لجنة الحزب الإقليمية.",
    ),
    (
        "vi",
        "Ông Chẩu Văn Lâm từng kinh qua các chức vụ: Phó Bí thư Tỉnh uỷ, Phó Chủ tịch rồi Chủ tịch UBND tỉnh.",
    ),
    (
        "en",
        "Mr. Chau Van Lam held the positions of Deputy Secretary of the Provincial Party Committee, Vice Chairman "
        "and then Chairman of the Provincial People's Committee.",
    ),
    (
        "fr",
        "M. Chau Van Lam a occupé les postes de secrétaire adjoint du Comité provincial du Parti, vice-président "
        "puis président du Comité populaire provincial.",
    ),
    (
        "de",
        "Herr Chau Van Lam war stellvertretender Sekretär des Provinzparteikomitees, stellvertretender Vorsitzender "
        "und dann Vorsitzender des Provinzvolkskomitees.",
    ),
    (
        "es",
        "El Sr. Chau Van Lam ocupó los cargos de subsecretario del Comité Provincial del Partido, vicepresidente y "
        "luego presidente del Comité Popular Provincial.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), THEN)
def test_ranks_held_in_turn_share_the_body(lang, text):
    posts = set().union(*_posts(text, lang).values())
    assert ("vice_chair", "peoples_committee", "provincial") in posts
    assert ("chair", "peoples_committee", "provincial") in posts


# vi "Chủ tịch huyện Long Thành, Phó chủ tịch UBND tỉnh" written with a conjunction before the last (u-mt12de-02): the
# chair of a place, its People's Committee's, whose clause the conjunction that joins the next role ends
CHAIR_OF_PLACE = [
    (
        "de",
        "Herr Vo Tan Duc war zuvor stellvertretender Vorsitzender des Bezirks Nhon Trach, Vorsitzender des Bezirks "
        "Long Thanh und stellvertretender Vorsitzender des Provinzvolkskomitees.",
    ),
    (
        "en",
        "Mr. Vo Tan Duc, Chairman of Long Thanh district and Vice Chairman of the Provincial People's Committee, said.",
    ),
    (
        "fr",
        "M. Vo Tan Duc, président du district de Long Thanh et vice-président du Comité populaire provincial, a "
        "déclaré.",
    ),
    (
        "es",
        "El Sr. Vo Tan Duc, presidente del distrito de Long Thanh y vicepresidente del Comité Popular Provincial, "
        "dijo.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CHAIR_OF_PLACE)
def test_chair_of_a_place_before_a_conjunction(lang, text):
    posts = _posts(text, lang)["Vo Tan Duc"]
    assert ("chair", "peoples_committee", "district") in posts
    assert ("vice_chair", "peoples_committee", "provincial") in posts


# vi "ông Huỳnh Minh Tuấn, Bí thư Thành ủy Hồng Ngự" as the Arabic MT writes it (u-mt12ar-03): a city whose name a
# district of the province shares (the gazetteer's "hong ngu (thanh pho)", "hong ngu (huyen)") is read in Arabic script
# by its bare name, a district-level place
@pytest.mark.parametrize(("city", "place"), [("هونغ نغو", "Hong Ngu"), ("كاو لانه", "Cao Lanh")])
def test_ar_city_a_district_shares_its_name_with(city, place):
    text = f"تم انتخاب السيد هوينه مينه توان، أمين لجنة الحزب في مدينة {city}، لشغل منصب نائب رئيس اللجنة الشعبية الإقليمية."
    official = _x(text, "ar").officials[0]
    assert [(p.role, p.body.level, p.body.place) for p in official.positions if p.role == "secretary"] == [
        ("secretary", "district", place)
    ]


# vi "Phó chủ tịch huyện Nhơn Trạch, Chủ tịch huyện Long Thành" as the Arabic MT writes it: the chair of a place in
# Arabic script (its words all a place's) is the chair of its People's Committee, as in Latin script
def test_ar_chair_of_a_district_in_arabic_script():
    text = (
        "شغل السيد فو تان دوك منصب نائب رئيس منطقة لونغ ثانه، ورئيس منطقة ين خانه، ونائب رئيس اللجنة الشعبية "
        "الإقليمية."
    )
    assert {
        ("vice_chair", "peoples_committee", "district"),
        ("chair", "peoples_committee", "district"),
        ("vice_chair", "peoples_committee", "provincial"),
    } <= _posts(text, "ar")["Vo Tan Duc"]


# vi "trúng cử" (won the election to) links a post as "đắc cử" does (u-vi-1041, u-vi-1197; u-mt12de-01's source)
def test_vi_trung_cu_links_the_post():
    text = (
        "Ông Trần Tú Anh - Phó Chủ tịch Thường trực HĐND tỉnh khóa XVII và ông Trần Văn Kỳ - Phó Chủ tịch HĐND "
        "tỉnh khóa XVII tiếp tục trúng cử chức vụ Phó Chủ tịch HĐND tỉnh khóa XVIII."
    )
    assert ("vice_chair", "peoples_council", "provincial") in _posts(text, "vi")["Tran Tu Anh"]
    text = "Ông Trần Huy Tuấn, Phó Bí thư Tỉnh ủy đã trúng cử chức danh Chủ tịch UBND tỉnh khóa XVIII."
    assert ("chair", "peoples_committee", "provincial") in _posts(text, "vi")["Tran Huy Tuan"]


# vi "Ông A - t1 và ông B - t2 tiếp tục trúng cử chức vụ Phó Chủ tịch HĐND tỉnh" as the German MT writes it
# (u-mt12de-01): each name's apposition closed by a dash, a verb and the link after the last: the post is both names'
# (and the full stop of "der 17. Amtszeit" ends no item)
def test_de_post_after_dash_closed_appositions():
    text = (
        "Herr Tran Tu Anh – ständiger stellvertretender Vorsitzender des Provinzvolksrats der 17. Amtszeit – und "
        "Herr Tran Van Ky – Direktor der Polizei der Provinz – wurden ebenfalls erneut zu stellvertretenden "
        "Vorsitzenden des Provinzvolksrats der 18. Amtszeit gewählt."
    )
    posts = _posts(text, "de")
    assert ("vice_chair", "peoples_council", "provincial") in posts["Tran Tu Anh"]
    assert ("vice_chair", "peoples_council", "provincial") in posts["Tran Van Ky"]


# vi "Chỉ huy trưởng Bộ đội Biên phòng Hà Tĩnh" as the German MT writes it (u-mt12de-01): the border guard a commander
# commands is a body (other), so the commander's post (other) is read, as de 'Provinzmilitärkommando' and ar 'القيادة'
def test_de_border_guard_commander():
    text = (
        "Herr Vo Trong Hai hatte folgende Positionen inne: Kommandeur der Grenzschutztruppe von Ha Tinh; Direktor "
        "der Polizei der Provinz Ha Tinh."
    )
    assert ("other", "other", "provincial") in _posts(text, "de")["Vo Trong Hai"]


# the same in en, fr, es, pl: the border guard is the commander's body
BORDER_GUARD = [
    (
        "en",
        "Mr. Vo Trong Hai held the positions of Commander of the Ha Tinh Border Guard; Director of the Provincial Police.",
    ),
    (
        "fr",
        "M. Vo Trong Hai a occupé les postes de commandant des gardes-frontières de Ha Tinh ; directeur de la police.",
    ),
    (
        "es",
        "El Sr. Vo Trong Hai ocupó los cargos de comandante de la Guardia Fronteriza de Ha Tinh; director de la Policía.",
    ),
    (
        "pl",
        "Pan Vo Trong Hai pełnił funkcje dowódcy Straży Granicznej Ha Tinh; dyrektora Policji Prowincji Ha Tinh.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), BORDER_GUARD)
def test_border_guard_commander(lang, text):
    assert ("other", "other", "provincial") in _posts(text, lang)["Vo Trong Hai"]


# vi "Phó Chánh Văn phòng HĐND, UBND tỉnh" as the Arabic MT writes it (u-mt12ar-02): the joint office of the council
# and the committee is an office (other), not the People's Committee
def test_ar_joint_office_of_council_and_committee():
    text = "شغل السيد لو فان فونغ مناصب مثل: نائب رئيس مكتب مجلس الشعب واللجنة الشعبية الإقليمية؛ وأمين لجنة الحزب."
    posts = _posts(text, "ar")["Lo Van Phuong"]
    assert ("deputy_head", "other", "provincial") in posts
    assert ("deputy_head", "peoples_committee", "provincial") not in posts
