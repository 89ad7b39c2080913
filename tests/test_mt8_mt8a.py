"""Constructions kg missed in silver/mt8's ar and pl texts (u-mt8ar-*, u-mt8pl-*), each as a real MT writes it."""

import pytest

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


# ---------------------------------------------------------------- "المؤتمر <ordinal> لمندوبي": a congress
# (u-mt8ar-04: "في 16 أكتوبر، أعلن المؤتمر الحادي عشر لمندوبي لجنة الحزب في مقاطعة ترا فينه، للفترة 2020-2025"
# was a conference with no year; a congress opens the term it names: 2020-10-16)


def test_conference_noun_with_its_ordinal_and_delegates_is_a_congress():
    text = (
        "في 16 أكتوبر، أعلن المؤتمر الحادي عشر لمندوبي لجنة الحزب في مقاطعة ترا فينه، للفترة 2020-2025، "
        "نتائج انتخاب اللجنة التنفيذية للجنة الحزب الإقليمية."
    )
    meetings = extract(Article("t", text, lang="ar")).meetings
    assert [(m.kind, m.date) for m in meetings] == [("congress", "2020-10-16")]


def test_a_plenum_written_with_the_same_noun_stays_a_conference():
    text = "في 16 أكتوبر، افتتح المؤتمر العاشر للجنة المركزية."
    assert [m.kind for m in extract(Article("t", text, lang="ar")).meetings] == ["conference"]


# ---------------------------------------------------------------- "Before being elected X, Mr. Hung held Y"
# (u-mt8ar-02 from u-vi-1149: "Trước khi được bầu giữ chức Bí thư Tỉnh ủy Hậu Giang nhiệm kỳ 2015 - 2020, ông Hùng giữ
# chức Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hậu Giang": an opening clause, then the honorific and the given name of
# the official named before, then a title link; his two posts were lost in every language)

BEFORE = {
    "vi": "Ông Lữ Văn Hùng, Bí thư Tỉnh ủy. Trước khi được bầu giữ chức Bí thư Tỉnh ủy Hậu Giang nhiệm kỳ 2015 - 2020, "
    "ông Hùng giữ chức Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hậu Giang.",
    "en": "Mr. Lu Van Hung, Secretary of the Provincial Party Committee. Before being elected Secretary of the Hau "
    "Giang Provincial Party Committee for the 2015-2020 term, Mr. Hung held the position of Deputy Secretary of the "
    "Provincial Party Committee and Chairman of the Hau Giang Provincial People's Committee.",
    "fr": "M. Lu Van Hung, secrétaire du Comité provincial du Parti. Avant d'être élu secrétaire du Comité provincial "
    "du Parti de Hau Giang pour le mandat 2015-2020, M. Hung a occupé le poste de secrétaire adjoint du Comité "
    "provincial du Parti, président du Comité populaire de la province de Hau Giang.",
    "es": "El señor Lu Van Hung, secretario del Comité Provincial del Partido. Antes de ser elegido secretario del "
    "Comité Provincial del Partido de Hau Giang para el período 2015-2020, el señor Hung ocupó el cargo de "
    "subsecretario del Comité Provincial del Partido, presidente del Comité Popular de la provincia de Hau Giang.",
    "pl": "Pan Lu Van Hung, sekretarz Prowincjonalnego Komitetu Partii. Przed wyborem na stanowisko sekretarza "
    "Prowincjonalnego Komitetu Partii Hau Giang na kadencję 2015-2020, pan Hung pełnił funkcję zastępcy sekretarza "
    "Prowincjonalnego Komitetu Partii, przewodniczącego Komitetu Ludowego prowincji Hau Giang.",
    "ar": "السيد لو فان هونغ، عضو اللجنة المركزية للحزب. وقبل انتخابه لمنصب أمين لجنة الحزب الإقليمية في هاو جيانج "
    "للفترة 2015-2020، شغل السيد هونغ منصب نائب أمين لجنة الحزب الإقليمية، رئيس اللجنة الشعبية لمقاطعة هاو جيانج.",
}


@pytest.mark.parametrize("lang", sorted(BEFORE))
def test_given_name_after_an_opening_clause_takes_the_posts(lang):
    posts = {p[:3] for p in _posts(BEFORE[lang], lang)["Lu Van Hung"]}
    assert ("deputy_secretary", "party_committee", "provincial") in posts
    assert ("chair", "peoples_committee", "provincial") in posts


def test_another_given_name_after_an_opening_clause_takes_nothing():
    text = (
        "Mr. Lu Van Hung, Secretary of the Provincial Party Committee. Before being elected Secretary of the Hau "
        "Giang Provincial Party Committee, Mr. Minh held the position of Chairman of the Hau Giang Provincial "
        "People's Committee."
    )
    assert ("chair", "peoples_committee", "provincial", "Hau Giang") not in _posts(text, "en")["Lu Van Hung"]


# ---------------------------------------------------------------- "A, t_A, B and C were appointed P": P is A's too
# (u-mt8ar-01 from u-vi-1028: "Ông Tạ Anh Tuấn, Chủ tịch UBND tỉnh Đắk Lắk, bà Huỳnh Thị Chiến Hòa và ông Đỗ Hữu Huy
# được chỉ định tiếp tục đảm nhiệm chức danh Phó Bí thư Tỉnh ủy": the first name, titled between commas, lost the
# post linked after the list, in every language; the honorific of the next item stopped the list too)

LISTED = {
    "vi": "Ông Tạ Anh Tuấn, Chủ tịch UBND tỉnh Đắk Lắk, bà Huỳnh Thị Chiến Hòa và ông Đỗ Hữu Huy được chỉ định tiếp "
    "tục đảm nhiệm chức danh Phó Bí thư Tỉnh ủy nhiệm kỳ 2025-2030.",
    "en": "Mr. Ta Anh Tuan, Chairman of the Dak Lak Provincial People's Committee, Ms. Huynh Thi Chien Hoa and Mr. Do "
    "Huu Huy were appointed to continue to hold the position of Deputy Secretary of the Provincial Party Committee.",
    "fr": "M. Ta Anh Tuan, président du Comité populaire provincial de Dak Lak, Mme Huynh Thi Chien Hoa et M. Do Huu "
    "Huy ont été nommés pour continuer à occuper le poste de secrétaire adjoint du Comité provincial du Parti.",
    "es": "El señor Ta Anh Tuan, presidente del Comité Popular Provincial de Dak Lak, la señora Huynh Thi Chien Hoa y "
    "el señor Do Huu Huy fueron designados para continuar ocupando el cargo de subsecretario del Comité Provincial "
    "del Partido.",
    "de": "Herr Ta Anh Tuan, Vorsitzender des Volkskomitees der Provinz Dak Lak, Frau Huynh Thi Chien Hoa und Herr Do "
    "Huu Huy wurden ernannt, weiterhin das Amt des stellvertretenden Sekretärs des Provinzparteikomitees zu bekleiden.",
    "pl": "Pan Ta Anh Tuan, przewodniczący Komitetu Ludowego prowincji Dak Lak, pani Huynh Thi Chien Hoa i pan Do Huu "
    "Huy zostali wyznaczeni do dalszego pełnienia funkcji zastępcy sekretarza Prowincjonalnego Komitetu Partii na "
    "kadencję 2025-2030.",
    "ar": "وتم تعيين السيد تا آنه توان، رئيس اللجنة الشعبية لمقاطعة داك لاك، والسيدة هوينه ثي تشين هوا، والسيد دو هوو "
    "هوي لمواصلة تولي منصب نائب أمين لجنة الحزب الإقليمية للفترة 2025-2030.",
}


@pytest.mark.parametrize("lang", sorted(LISTED))
def test_a_post_linked_after_a_list_is_also_the_titled_first_name_s(lang):
    posts = {k: {p[:3] for p in v} for k, v in _posts(LISTED[lang], lang).items()}
    deputy = ("deputy_secretary", "party_committee", "provincial")
    assert posts["Ta Anh Tuan"] == {("chair", "peoples_committee", "provincial"), deputy}
    assert deputy in posts["Huynh Thi Chien Hoa"]
    assert deputy in posts["Do Huu Huy"]


def test_a_titled_name_whose_clause_goes_on_takes_no_post_linked_after_the_list():
    text = (
        "Mr. Ta Anh Tuan, Chairman of the Dak Lak Provincial People's Committee, said that Mr. Do Huu Huy was "
        "appointed to continue to hold the position of Deputy Secretary of the Provincial Party Committee."
    )
    posts = {k: {p[:3] for p in v} for k, v in _posts(text, "en").items()}
    assert posts["Ta Anh Tuan"] == {("chair", "peoples_committee", "provincial")}


# ---------------------------------------------------------------- pl "do (dalszego) pełnienia funkcji X": a title link
# (the verbal noun after "do": appointed to (continue to) hold the post of; the names before it had no post)


def test_pl_verbal_noun_links_the_post():
    text = "Pan Do Huu Huy został wyznaczony do dalszego pełnienia funkcji zastępcy sekretarza Prowincjonalnego Komitetu Partii."
    assert {p[:3] for p in _posts(text, "pl")["Do Huu Huy"]} == {
        ("deputy_secretary", "party_committee", "provincial")
    }


# ---------------------------------------------------------------- "Mr. Hai has held many positions such as: ..."
# (mt7 u-mt7ar-01's career list, vi "Ông Hải từng giữ nhiều chức vụ như: ...": the given name, then "held many
# positions", was no title link in en fr es de pl, and a department after a district's post took that district)

CAREER = {
    "en": "Mr. Nguyen Tien Hai, Chairman of the Ca Mau Provincial People's Committee. Mr. Hai has held many positions "
    "such as: Secretary of the Cai Nuoc District Party Committee, Director of the Department of Justice, Vice Chairman "
    "of the Provincial People's Committee.",
    "fr": "M. Nguyen Tien Hai, président du Comité populaire de la province de Ca Mau. M. Hai a occupé de nombreux "
    "postes tels que : secrétaire du Comité du Parti du district de Cai Nuoc, directeur du Département de la Justice, "
    "vice-président du Comité populaire provincial.",
    "es": "El señor Nguyen Tien Hai, presidente del Comité Popular de la provincia de Ca Mau. El señor Hai ha ocupado "
    "muchos cargos como: secretario del Comité del Partido del distrito de Cai Nuoc, director del Departamento de "
    "Justicia, vicepresidente del Comité Popular Provincial.",
    "de": "Herr Nguyen Tien Hai, Vorsitzender des Volkskomitees der Provinz Ca Mau. Herr Hai bekleidete viele Ämter, "
    "darunter: Sekretär des Parteikomitees des Bezirks Cai Nuoc, Direktor des Justizamtes, stellvertretender "
    "Vorsitzender des Provinzvolkskomitees.",
    "pl": "Pan Nguyen Tien Hai, przewodniczący Komitetu Ludowego prowincji Ca Mau. Pan Hai pełnił wiele funkcji, takich "
    "jak: sekretarz Komitetu Partii Dystryktu Cai Nuoc, dyrektor Departamentu Sprawiedliwości, wiceprzewodniczący "
    "Prowincjonalnego Komitetu Ludowego.",
    "ar": "السيد نجوين تيان هاي، رئيس اللجنة الشعبية لمقاطعة كا ماو. وقد شغل السيد هاي مناصب عديدة مثل: أمين لجنة الحزب في "
    "منطقة كاي نوك، ومدير إدارة العدل، ونائب رئيس اللجنة الشعبية الإقليمية.",
}


@pytest.mark.parametrize("lang", sorted(CAREER))
def test_held_many_positions_after_the_given_name(lang):
    assert _posts(CAREER[lang], lang)["Nguyen Tien Hai"] == {
        ("chair", "peoples_committee", "provincial", "Ca Mau"),
        ("secretary", "party_committee", "district", "Cai Nuoc"),
        ("director", "department", "provincial", "Ca Mau"),
        ("vice_chair", "peoples_committee", "provincial", "Ca Mau"),
    }


def test_a_district_body_after_a_district_post_still_takes_its_district():
    posts = _posts(
        "Mr. Nguyen Tien Hai, Secretary of the Cai Nuoc District Party Committee, Chairman of the People's Committee.",
        "en",
    )
    assert ("chair", "peoples_committee", "district", "Cai Nuoc") in posts["Nguyen Tien Hai"]
