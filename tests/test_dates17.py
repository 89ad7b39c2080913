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


# every step of the order of precedence (docs/dates.md): the date each sentence gets, and the other date it gets
# when that step is taken out (the step's function made to find nothing)
STEPS = {
    # 1. own sentence: the year the sentence states, over the text's most frequent year
    "own": (
        "_sentence_year",
        None,
        {
            "en": "On 12 March, the Provincial People's Council held its 2023 thematic session. The province grew 7% "
            "in 2021. Its revenue of 2021 rose 5%.",
            "vi": "Ngày 12/3, HĐND tỉnh tổ chức kỳ họp chuyên đề năm 2023. Năm 2021, tỉnh tăng trưởng 7%. Thu ngân "
            "sách năm 2021 tăng 5%.",
            "fr": "Le 12 mars, le Conseil populaire provincial a tenu sa session thématique de 2023. La province a "
            "progressé de 7 % en 2021. Ses recettes de 2021 ont augmenté de 5 %.",
            "es": "El 12 de marzo, el Consejo Popular Provincial celebró su sesión temática de 2023. La provincia "
            "creció un 7% en 2021. Sus ingresos de 2021 subieron un 5%.",
        },
        "2023-03-12",
    ),
    # 2. publication day: a day later in the year than the article's publication is of the year before
    "publication": (
        "_before_day",
        None,
        {
            "en": "On 28 December, the Provincial People's Committee held a conference to review the work.",
            "pl": "28 grudnia Prowincjonalny Komitet Ludowy zorganizował konferencję podsumowującą pracę.",
            "vi": "Ngày 28/12, UBND tỉnh tổ chức hội nghị tổng kết công tác.",
            "es": "El 28 de diciembre, el Comité Popular Provincial celebró una conferencia para resumir el trabajo.",
        },
        "2017-12-28",
    ),
    # 4. earlier meeting, text: a day of no year in a text whose year is another sentence's
    "text": (
        "_term_floor",
        None,
        {
            "en": "The province's budget revenue reached 9,000 billion VND in 2022.\nOn 5 March, the Provincial "
            "People's Committee held a conference on investment.",
            "pl": "Dochody budżetowe prowincji osiągnęły w 2022 r. 9000 mld VND.\n5 marca Prowincjonalny Komitet "
            "Ludowy zorganizował konferencję w sprawie inwestycji.",
            "vi": "Năm 2022, thu ngân sách của tỉnh đạt 9.000 tỷ đồng.\nNgày 5/3, UBND tỉnh tổ chức hội nghị về đầu tư.",
            "de": "Die Haushaltseinnahmen der Provinz erreichten im Jahr 2022 9.000 Milliarden VND.\nAm 5. März hielt "
            "das Volkskomitee der Provinz eine Konferenz über Investitionen ab.",
        },
        "2022-03-05",
    ),
    # 5. cited document (a day): the first such day after the latest document the article cites
    "document day": (
        "_after_documents",
        None,
        {
            "en": "On 29 May, the Provincial Party Committee held a conference to implement Resolution No. 57-NQ/TW "
            "dated December 22, 2024 of the Politburo.",
            "pl": "29 maja Prowincjonalny Komitet Partii zorganizował konferencję w celu wdrożenia rezolucji nr "
            "57-NQ/TW z dnia 22 grudnia 2024 r. Biura Politycznego.",
            "vi": "Ngày 29/5, Tỉnh ủy tổ chức hội nghị triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính "
            "trị.",
            "fr": "Le 29 mai, le Comité provincial du Parti a tenu une conférence pour mettre en œuvre la résolution "
            "n° 57-NQ/TW du 22 décembre 2024 du Bureau politique.",
        },
        "2025-05-29",
    ),
    # no day, 2. first sitting: the first sitting of a term is in the term's first year
    "first sitting": (
        "_first_of_term",
        None,
        {
            "en": "The first session of the Provincial People's Council for the 2021-2026 term opened.",
            "pl": "Rozpoczęła się pierwsza sesja Prowincjonalnej Rady Ludowej kadencji 2021-2026.",
            "vi": "Kỳ họp thứ nhất HĐND tỉnh khóa X, nhiệm kỳ 2021-2026 khai mạc.",
        },
        "2021",
    ),
    # no day, 5. untimed: a sitting whose sentence writes no year takes none from the text's figures
    "untimed": (
        "_untimed",
        False,
        {
            "en": "The Provincial People's Council held a thematic session.\nIn 2022, the province's budget revenue "
            "reached 9,000 billion VND.",
            "pl": "Prowincjonalna Rada Ludowa zorganizowała sesję tematyczną.\nW 2022 r. dochody budżetowe prowincji "
            "osiągnęły 9000 mld VND.",
            "vi": "HĐND tỉnh tổ chức kỳ họp chuyên đề.\nNăm 2022, thu ngân sách của tỉnh đạt 9.000 tỷ đồng.",
        },
        None,
    ),
    # no day, 6. and 7. a congress's own term: the first year of the term its sentence writes, else of the one written
    # right after a congress word (both taken out)
    "congress term": (
        ("_range_year", "_congress_term"),
        None,
        {
            "en": "The Provincial Party Congress elected its Executive Committee for the 2020-2025 term.",
            "es": "El Congreso del Partido provincial eligió a su Comité Ejecutivo para el período 2020-2025.",
            "pl": "Zjazd Partii Prowincji wybrał Komitet Wykonawczy na kadencję 2020-2025.",
            "vi": "Đại hội Đảng bộ tỉnh đã bầu Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020-2025.",
        },
        "2020",
    ),
}
_PUBLISHED = {"publication": "2018-01-03"}


@pytest.mark.parametrize(
    ("step", "lang"), [(step, lang) for step, (_, _, texts, _) in STEPS.items() for lang in sorted(texts)]
)
def test_each_step_of_the_order_dates_the_meeting(step, lang, monkeypatch):
    name, nothing, texts, expected = STEPS[step]
    article = Article("t", texts[lang], lang=lang, published=_PUBLISHED.get(step))
    assert [m.date for m in extract(article).meetings] == [expected]
    from kg.extract import meetings

    for one in (name,) if isinstance(name, str) else name:
        monkeypatch.setattr(meetings, one, lambda *args, **kwargs: nothing)
    assert [m.date for m in extract(article).meetings] != [expected]


def test_a_conference_of_no_year_takes_the_year_of_the_texts_figures_a_sitting_does_not():
    for lang, text in STEPS["untimed"][2].items():
        conference = text.replace(
            "HĐND tỉnh tổ chức kỳ họp chuyên đề", "UBND tỉnh tổ chức hội nghị về đầu tư"
        )
        conference = conference.replace(
            "Provincial People's Council held a thematic session",
            "Provincial People's Committee held a conference on investment",
        )
        conference = conference.replace(
            "Prowincjonalna Rada Ludowa zorganizowała sesję tematyczną",
            "Prowincjonalny Komitet Ludowy zorganizował konferencję w sprawie inwestycji",
        )
        assert [m.date for m in extract(Article("t", conference, lang=lang)).meetings] == ["2022"], lang
