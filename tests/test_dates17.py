"""dates17: the year-inference steps of docs/dates.md, each in several languages, on sentences written for
these tests (no article's)."""

import pytest

from kg.extract import extract
from kg.model import Article


def _dates(text: str, lang: str) -> list[str | None]:
    return [m.date for m in extract(Article("t", text, lang=lang)).meetings]


# step "cited document": a meeting of no day in a text that writes no year outside the documents it cites is held in
# the year of the latest document its first sentence, or a sentence opening "At the meeting,", cites with its issue day
ANNOUNCED = {
    "en": "Deputy Head of the Central Organization Commission Le Van Binh attended the conference.\n\n"
    "At the conference, a representative of the Central Organization Commission announced Decision No. 2210-QD/TW "
    "dated March 3, 2023 of the Secretariat appointing Mr. Tran Van Hoa as Secretary of the Provincial Party Committee.",
    "pl": "W konferencji uczestniczył towarzysz Le Van Binh, zastępca kierownika Centralnej Komisji Organizacyjnej.\n\n"
    "Na konferencji przedstawiciel Centralnej Komisji Organizacyjnej ogłosił decyzję nr 2210-QD/TW z dnia 3 marca "
    "2023 r. Sekretariatu w sprawie mianowania pana Tran Van Hoa na sekretarza Prowincjonalnego Komitetu Partii.",
    "vi": "Dự hội nghị có đồng chí Lê Văn Bình, Phó Trưởng Ban Tổ chức Trung ương.\n\n"
    "Tại hội nghị, đại diện Ban Tổ chức Trung ương đã công bố Quyết định số 2210-QĐ/TW ngày 3/3/2023 của Ban Bí thư "
    "chỉ định ông Trần Văn Hòa giữ chức Bí thư Tỉnh ủy.",
    "fr": "Le camarade Le Van Binh, chef adjoint de la Commission centrale d'organisation, a assisté à la "
    "conférence.\n\nLors de la conférence, un représentant de la Commission centrale d'organisation a annoncé la "
    "décision n° 2210-QD/TW du 3 mars 2023 du Secrétariat nommant M. Tran Van Hoa secrétaire du Comité provincial "
    "du Parti.",
    "ar": "وحضر المؤتمر الرفيق لي فان بينه، نائب رئيس اللجنة التنظيمية المركزية.\n\n"
    "في المؤتمر، أعلن ممثل اللجنة التنظيمية المركزية القرار رقم 2210-QD/TW، المؤرخ 3 مارس 2023، للأمانة العامة "
    "بتعيين السيد تران فان هوا أمينا للجنة الحزب الإقليمية.",
    "es": "Asistió a la conferencia el camarada Le Van Binh, subjefe de la Comisión Central de Organización.\n\n"
    "En la conferencia, un representante de la Comisión Central de Organización anunció la Decisión n.º 2210-QD/TW "
    "del 3 de marzo de 2023 del Secretariado que nombra al Sr. Tran Van Hoa secretario del Comité Provincial del "
    "Partido.",
    "de": "An der Konferenz nahm Genosse Le Van Binh teil, stellvertretender Leiter der Zentralen "
    "Organisationskommission.\n\nAuf der Konferenz verkündete ein Vertreter der Zentralen Organisationskommission den "
    "Beschluss Nr. 2210-QD/TW vom 3. März 2023 des Sekretariats über die Ernennung von Herrn Tran Van Hoa zum "
    "Sekretär des Provinzparteikomitees.",
}


@pytest.mark.parametrize("lang", sorted(ANNOUNCED))
def test_a_meeting_of_no_year_takes_the_year_of_the_document_announced_at_it(lang):
    assert _dates(ANNOUNCED[lang], lang) == ["2023"]


# ... not from a document a later sentence that does not report the meeting cites ("the congresses were completed
# ahead of the directive's schedule. ... The committee issued Plan 31 dated 9-8-2022": a year before the congresses)
NOT_ANNOUNCED = {
    "vi": "Đảng bộ tỉnh Bình Định hoàn thành việc tổ chức đại hội đảng bộ cấp xã.\n"
    "Lãnh đạo công tác chuẩn bị.\n"
    "Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 31-KH/TU ngày 9-8-2022 triển khai thực hiện Chỉ thị số 45-CT/TW "
    "của Bộ Chính trị.",
    "en": "Binh Dinh Provincial Party Committee completes the commune Party congresses.\n"
    "Leading the preparations.\n"
    "The Standing Committee of the Provincial Party Committee issued Plan No. 31-KH/TU dated August 9, 2022 to "
    "implement Directive No. 45-CT/TW of the Politburo.",
    "pl": "Prowincjonalny Komitet Partii Binh Dinh zakończył zjazdy partyjne w gminach.\n"
    "Kierowanie przygotowaniami.\n"
    "Stały Komitet Prowincjonalnego Komitetu Partii wydał plan nr 31-KH/TU z dnia 9 sierpnia 2022 r. w celu "
    "wdrożenia dyrektywy nr 45-CT/TW Biura Politycznego.",
}


@pytest.mark.parametrize("lang", sorted(NOT_ANNOUNCED))
def test_a_document_a_sentence_not_reporting_the_meeting_cites_dates_no_meeting(lang):
    assert "2022" not in _dates(NOT_ANNOUNCED[lang], lang)
