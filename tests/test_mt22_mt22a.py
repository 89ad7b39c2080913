"""mt22a: kg faults of silver/mt22a's blind set (corrections-mt22a.txt), fixed in every language.

The lead's day: an article whose dated lead reports the ceremony's act with no meeting noun ("18 stycznia w Centrum
Konferencyjnym Prowincji Ca Mau A ogłosił i wręczył decyzję ..."; the Vietnamese "Ngày 18-1, tại Trung tâm Hội nghị
tỉnh Cà Mau, ... đã công bố và trao quyết định") and goes on "At the conference, B read the decision": that
conference, the first meeting the article reports, is held on the lead's day. Not a document's issue day ("27
sierpnia 2024 r. Sekretariat wydał decyzję nr 1517-QD/TW": the date right before the document it issued, the year's
abbreviation "r." no clause end)."""

import pytest

from kg.extract import extract
from kg.model import Article


def _dates(text: str, lang: str) -> list[str | None]:
    return [m.date for m in extract(Article("t", text, lang=lang)).meetings]


LEAD_DAY = [
    (
        "pl",
        "Báo Tuổi TrẻBáo Tuổi Trẻ18/01/2025\n\n18 stycznia w Centrum Konferencyjnym Prowincji Ca Mau szef Centralnej "
        "Komisji Organizacyjnej Le Minh Hung ogłosił i wręczył decyzję Biura Politycznego o przeniesieniu pana Nguyen "
        "Ho Haia na stanowisko sekretarza Prowincjonalnego Komitetu Partii Ca Mau.\n\nW wydarzeniu uczestniczyli "
        "członek Komitetu Centralnego Partii Phan Van Mai.\n\nPodczas konferencji zastępca szefa Centralnej Komisji "
        "Organizacyjnej Do Trong Hung odczytał decyzję.",
    ),
    (
        "ar",
        "Báo Tuổi TrẻBáo Tuổi Trẻ18/01/2025\n\nفي 18 يناير، وفي مركز المؤتمرات بمقاطعة كا ماو، أعلن رئيس لجنة التنظيم "
        "المركزية لي مينه هونج وسلم قرار المكتب السياسي بشأن نقل السيد نجوين هو هاي.\n\nوحضر الحفل الرفيق فان فان ماي."
        "\n\nوفي المؤتمر، أعلن نائب رئيس لجنة التنظيم المركزية دو ترونج هونج القرار.",
    ),
    (
        "en",
        "Tuoi Tre 18/01/2025\n\nOn January 18, at the headquarters of the Ca Mau Provincial Party Committee, Head of "
        "the Central Organization Commission Le Minh Hung announced and handed over the Politburo's decision to Mr. "
        "Nguyen Ho Hai.\n\nAt the conference, Deputy Head of the Central Organization Commission Do Trong Hung read "
        "the decision.",
    ),
    (
        "fr",
        "Tuoi Tre 18/01/2025\n\nLe 18 janvier, au siège du Comité provincial du Parti de Ca Mau, le chef de la "
        "Commission centrale d'organisation Le Minh Hung a annoncé et remis la décision du Bureau politique à M. "
        "Nguyen Ho Hai.\n\nLors de la conférence, le chef adjoint de la Commission centrale d'organisation Do Trong "
        "Hung a lu la décision.",
    ),
    (
        "es",
        "Tuoi Tre 18/01/2025\n\nEl 18 de enero, en la sede del Comité Provincial del Partido de Ca Mau, el jefe de la "
        "Comisión Central de Organización, Le Minh Hung, anunció y entregó la decisión del Politburó al Sr. Nguyen Ho "
        "Hai.\n\nEn la conferencia, el subjefe de la Comisión Central de Organización, Do Trong Hung, leyó la "
        "decisión.",
    ),
    (
        "de",
        "Tuoi Tre 18/01/2025\n\nAm 18. Januar verkündete und überreichte der Leiter der Zentralen "
        "Organisationskommission Le Minh Hung im Hauptquartier des Parteikomitees der Provinz Ca Mau Herrn Nguyen Ho "
        "Hai die Entscheidung des Politbüros.\n\nAuf der Konferenz verlas der stellvertretende Leiter der Zentralen "
        "Organisationskommission Do Trong Hung die Entscheidung.",
    ),
    (
        "vi",
        "Báo Tuổi TrẻBáo Tuổi Trẻ18/01/2025\n\nNgày 18-1, tại trụ sở Tỉnh ủy Cà Mau, Trưởng Ban Tổ chức Trung ương Lê "
        "Minh Hưng đã công bố và trao quyết định của Bộ Chính trị cho ông Nguyễn Hồ Hải.\n\nTại hội nghị, Phó trưởng "
        "Ban Tổ chức Trung ương Đỗ Trọng Hưng đã công bố quyết định.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), LEAD_DAY)
def test_at_the_conference_is_the_dated_leads_event(lang, text):
    assert _dates(text, lang) == ["2025-01-18"]


ISSUED = [
    (
        "pl",
        "27 sierpnia 2024 r. Sekretariat wydał decyzję nr 1517-QD/TW w sprawie przeniesienia pana Nguyen Huy Dunga do "
        "Thai Nguyen.\n\nPodczas konferencji pan Nguyen Quang Duong ogłosił decyzję.",
    ),
    (
        "en",
        "On August 27, 2024, the Secretariat signed Decision No. 1517-QD/TW on transferring Mr. Nguyen Huy Dung to "
        "Thai Nguyen.\n\nAt the conference, Mr. Nguyen Quang Duong announced the decision.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ISSUED)
def test_a_documents_issue_day_dates_no_later_conference(lang, text):
    assert "2024-08-27" not in _dates(text, lang)


def _posts(text: str, lang: str) -> dict[str, set[tuple]]:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


# The post a decision names before "for Mr. A, t1, and Mr. B, t2" (a ``title_for`` cue) is every listed name's, the
# body's place written after the body ("... Komitetu Ludowego Prowincji Nghe An", "... provincial de Nghe An") being
# no verb between the post and the cue (u-mt22ar-01's source u-vi-1006: "phê chuẩn kết quả bầu bổ sung chức vụ Phó
# Chủ tịch UBND tỉnh Nghệ An ... đối với ông A, ... và ông B").
FOR_BOTH = [
    (
        "pl",
        "Premier zatwierdził wyniki wyborów uzupełniających na stanowisko wiceprzewodniczącego Komitetu Ludowego "
        "Prowincji Nghe An w stosunku do pana Hoang Nghia Hieu, dyrektora Departamentu Rolnictwa, oraz pana Bui Dinh "
        "Longa, sekretarza Komitetu Partii Dystryktu Nam Dan.",
    ),
    (
        "fr",
        "Le Premier ministre a approuvé les résultats de l'élection complémentaire au poste de vice-président du Comité "
        "populaire provincial de Nghe An pour M. Hoang Nghia Hieu, directeur du Service de l'agriculture, et M. Bui "
        "Dinh Long, secrétaire du Comité du Parti du district de Nam Dan.",
    ),
    (
        "es",
        "El Primer Ministro aprobó los resultados de la elección complementaria al cargo de vicepresidente del Comité "
        "Popular Provincial de Nghe An para el Sr. Hoang Nghia Hieu, director del Departamento de Agricultura, y el "
        "Sr. Bui Dinh Long, secretario del Comité del Partido del distrito de Nam Dan.",
    ),
    (
        "de",
        "Der Premierminister bestätigte die Ergebnisse der Nachwahl für das Amt des stellvertretenden Vorsitzenden des "
        "Volkskomitees der Provinz Nghe An für Herrn Hoang Nghia Hieu, Direktor der Landwirtschaftsbehörde, und Herrn "
        "Bui Dinh Long, Sekretär des Parteikomitees des Bezirks Nam Dan.",
    ),
    (
        "en",
        "The Prime Minister approved the results of the additional election to the position of Vice Chairman of the "
        "Nghe An Provincial People's Committee for Mr. Hoang Nghia Hieu, Director of the Department of Agriculture, "
        "and Mr. Bui Dinh Long, Secretary of the Nam Dan District Party Committee.",
    ),
    (
        "ar",
        "صادق رئيس الوزراء على نتائج الانتخاب التكميلي لمنصب نائب رئيس اللجنة الشعبية لمقاطعة نغي آن للفترة 2016-2021 "
        "للسيد هوانج نغيا هيو، مدير إدارة الزراعة، والسيد بوي دينه لونج، سكرتير لجنة الحزب في منطقة نام دان.",
    ),
    # (vi: a department's full name with "và" read whole, its place after it, so B is listed after A's titles)
    (
        "vi",
        "Thủ tướng phê chuẩn kết quả bầu bổ sung chức vụ Phó Chủ tịch UBND tỉnh Nghệ An nhiệm kỳ 2016 - 2021 đối với "
        "ông Hoàng Nghĩa Hiếu, Tỉnh ủy viên, Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An và ông Bùi "
        "Đình Long, Tỉnh ủy viên, Bí thư Huyện ủy Nam Đàn.",
    ),
    (
        "vi",
        "Thủ tướng phê chuẩn kết quả bầu bổ sung chức vụ Phó Chủ tịch UBND tỉnh Nghệ An đối với ông Hoàng Nghĩa Hiếu, "
        "Giám đốc Sở Kế hoạch và Đầu tư tỉnh Nghệ An và ông Bùi Đình Long, Bí thư Huyện ủy Nam Đàn.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), FOR_BOTH)
def test_the_post_before_for_mr_a_and_mr_b_is_both_names(lang, text):
    posts = _posts(text, lang)
    for name in ("Hoang Nghia Hieu", "Bui Dinh Long"):
        assert ("vice_chair", "peoples_committee", "provincial") in posts[name], (name, posts)
    # each keeps his own title, not the other's
    assert ("secretary", "party_committee", "district") not in posts["Hoang Nghia Hieu"]
    assert ("director", "department", "provincial") not in posts["Bui Dinh Long"]


def test_a_verb_after_the_post_still_makes_it_no_post_of_the_name_after_the_cue():
    # ("A, en el cargo de presidente del Comité Popular Provincial de Dien Bien, felicitó al Sr. B": the post is A's)
    posts = _posts(
        "El Sr. Le Thanh Do, en el cargo de presidente del Comité Popular Provincial de Dien Bien, felicitó al Sr. "
        "Nguyen Van Binh.",
        "es",
    )
    assert ("chair", "peoples_committee", "provincial") not in posts.get("Nguyen Van Binh", set())


EARLIER = [
    (
        "en",
        "Tuoi Tre 18/01/2025\n\nEarlier, on January 10, the Politburo decided to transfer Mr. Nguyen Ho Hai to Ca Mau."
        "\n\nAt the conference, Deputy Head of the Central Organization Commission Do Trong Hung read the decision.",
    ),
    (
        "pl",
        "Báo Tuổi TrẻBáo Tuổi Trẻ18/01/2025\n\nWcześniej, 10 stycznia, Biuro Polityczne postanowiło przenieść pana "
        "Nguyen Ho Haia do Ca Mau.\n\nPodczas konferencji zastępca szefa Centralnej Komisji Organizacyjnej Do Trong "
        "Hung odczytał decyzję.",
    ),
    (
        "ar",
        "Báo Tuổi TrẻBáo Tuổi Trẻ18/01/2025\n\nوقبل ذلك، في 10 يناير، قرر المكتب السياسي نقل السيد نجوين هو هاي إلى كا "
        "ماو.\n\nوفي المؤتمر، أعلن نائب رئيس لجنة التنظيم المركزية دو ترونج هونج القرار.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), EARLIER)
def test_a_sentence_going_back_to_an_earlier_event_is_no_lead(lang, text):
    assert "2025-01-10" not in _dates(text, lang)


BYLINE = [
    ("vi", "Thứ sáu, 18/11/2022 09:00\nTại kỳ họp thứ 12 HĐND tỉnh Phú Yên, ông Nguyễn Văn An báo cáo."),
    (
        "pl",
        "Báo Tuổi TrẻBáo Tuổi Trẻ18/01/2025\n\nPodczas konferencji zastępca szefa Centralnej Komisji Organizacyjnej Do "
        "Trong Hung odczytał decyzję.",
    ),
    ("en", "Update: 02-01-2020 | 15:51:02\nAt the conference, Mr. Do Trong Hung read the decision."),
]


@pytest.mark.parametrize(("lang", "text"), BYLINE)
def test_a_bylines_day_is_no_lead(lang, text):
    # (the report's day dates no meeting whose sentence names none: its year only)
    assert all(d is None or len(d) == 4 for d in _dates(text, lang))
