"""Arabic rules found by reading the third blind silver set (silver/ set ar3) and the unlabelled
Arabic articles: sentences written in their style (not copied from one article), each checking one
rule."""

from __future__ import annotations

import pytest

from tests.helpers import extracted


def figures(text: str) -> set[tuple[float, str]]:
    return {(m.value, m.unit) for m in extracted(text, lang="ar").metrics}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ويبلغ طول الطريق الدائري الجديد 42 كيلومترًا ويمر عبر ثلاث مناطق.", 42.0),
        ("أنجزت المقاطعة بناء سد بطول 18 كيلومترا على طول النهر.", 18.0),
        ("يبلغ الطول الإجمالي للخط 125 كم، بإجمالي استثمار كبير.", 125.0),
        ("تم تطوير 7 كيلومترات من الطرق الريفية هذا العام.", 7.0),
        ("وتهدف البلاد إلى إكمال 5000 كيلومتر من الطرق السريعة.", 5000.0),
    ],
)
def test_a_length_in_km_is_a_figure_of_unit_other(text, value):
    assert (value, "other") in figures(text)


def test_an_area_in_square_km_is_still_read_whole():
    # (the area's unit is the longer wording: the value stays, as km² is recorded as other too)
    assert figures("تبلغ مساحة البلدية الطبيعية 230.69 كيلومتر مربع ويسكنها 10,832 نسمة.") == {
        (230.69, "other"),
        (10832.0, "persons"),
    }


def test_hanoi_written_as_one_word_is_the_city():
    x = extracted(
        "وحضر الاجتماع الرفيق نجوين فان آن، سكرتير لجنة الحزب في هانوي؛ والرفيق لي فان بينه.", lang="ar"
    )
    posts = {
        (p.role, p.body.org, p.body.place)
        for o in x.officials
        if o.name == "Nguyen Van An"
        for p in o.positions
    }
    assert posts == {("secretary", "party_committee", "Ha Noi")}


def test_the_armys_general_political_department_is_a_central_body():
    # (a general department is the army's or the government's, never the article's province)
    x = extracted(
        "وفي مقاطعة هاي فونج، حضر الاجتماع الجنرال تران فان آن، مدير الإدارة العامة للسياسة في جيش الشعب الفيتنامي.",
        lang="ar",
    )
    posts = {(p.role, p.body.org, p.body.level) for o in x.officials for p in o.positions}
    assert posts == {("director", "other", "central")}


def test_a_province_and_the_one_merged_into_it_in_2025_are_one_province():
    from kg.gazetteer import main_province

    assert main_province(["lao cai", "yen bai"]) == "Lao Cai"
    assert main_province(["yen bai", "lao cai"]) == "Lao Cai"
    assert main_province(["ha noi", "ninh binh"]) is None  # a tie of two provinces still is none


def test_an_article_naming_a_province_and_its_merged_part_is_about_the_province():
    x = extracted(
        "في صباح يوم 29 سبتمبر، انعقد المؤتمر الأول للجنة الحزب الإقليمية لاو كاي، للفترة 2025-2030، "
        "في مركز المؤتمرات بمنطقة ين باي. وتحدث الرفيق نجوين فان آن، نائب رئيس اللجنة الشعبية الإقليمية.",
        lang="ar",
    )
    assert x.province == "Lao Cai"
