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
