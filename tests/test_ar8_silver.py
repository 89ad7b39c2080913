"""Arabic rules found from the blind silver set silver/ set ar8 (metrics and documents) and probes written in
the style of the Arabic machine translations (not copied from one article), each checking one rule or pack
entry."""

from __future__ import annotations

import pytest

from tests.helpers import extracted


def metrics(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extracted(text, lang="ar").metrics]


def documents(text: str) -> list[tuple[str, str | None]]:
    return [(d.kind, d.number) for d in extracted(text, lang="ar").documents]


@pytest.mark.parametrize("dong", ["دونج", "دونغ"])
def test_the_plural_of_trillion_is_a_sum_of_vnd(dong):
    # 3 to 10 take the plural (تريليونات), as مليارات
    assert metrics(f"وصلت إيرادات الميزانية في المقاطعة إلى 3 تريليونات {dong} هذا العام.") == [
        (3000.0, "billion_vnd")
    ]


@pytest.mark.parametrize("word", ["القرارين", "القرارات"])
def test_numbers_listed_after_a_plural_resolution_word_are_resolutions_not_counts(word):
    text = f"تواصل المقاطعة تنفيذ {word} رقم 57 و68 للمكتب السياسي بشأن العلوم والاقتصاد الخاص."
    assert documents(text) == [("resolution", "57"), ("resolution", "68")]
    assert metrics(text) == []


def test_a_list_of_resolution_numbers_joined_by_glued_and_is_no_count():
    text = "ناقش المؤتمر تنفيذ القرارات رقم 57 و59 و66 و68 للمكتب السياسي."
    assert [n for _, n in documents(text)] == ["57", "59", "66", "68"]
    assert metrics(text) == []


def test_codes_joined_by_glued_and_are_each_a_document():
    text = "تنفيذ القرارات 57-NQ/TW و59-NQ/TW و66-NQ/TW و68-NQ/TW الصادرة عن المكتب السياسي."
    assert documents(text) == [
        ("resolution", "57-NQ/TW"),
        ("resolution", "59-NQ/TW"),
        ("resolution", "66-NQ/TW"),
        ("resolution", "68-NQ/TW"),
    ]


def test_a_plural_resolution_word_without_a_number_is_no_document():
    text = "واستعرضت الجمعية الوطنية القرارات التي يجوز عرضها للموافقة عليها في الدورة العاشرة."
    assert documents(text) == []


@pytest.mark.parametrize("after", [".", " فقط.", " حتى الآن."])
def test_a_fraction_after_a_criteria_noun_counts_criteria(after):
    # "criteria 7/9": the unit noun before the fraction, when no unit follows it
    assert metrics(f"وتستوفي البلدية حاليا معايير 7/9{after}") == [(7.0, "criteria"), (9.0, "criteria")]


def test_a_fraction_with_no_unit_around_it_is_a_count():
    assert metrics("وافق على مشروع القرار 45/49 فقط.") == [(45.0, "count"), (49.0, "count")]


@pytest.mark.parametrize(
    "text",
    [
        "ستعقد الدورة الـ 10 للجمعية الوطنية في أكتوبر المقبل.",  # the 10th session
        "ناقشت الجمعية الوطنية في الجلسة 9 عدة قوانين مهمة.",  # several laws
        "وافق المؤتمر على البند 5 بعد المناقشة المستفيضة.",
    ],
)
def test_a_number_before_a_word_with_the_article_or_a_function_word_counts_nothing(text):
    assert metrics(text) == []


def test_a_counted_noun_without_the_article_still_counts():
    assert metrics("أقرت الجمعية الوطنية 34 قانونا و14 قرارا.") == [(34.0, "count"), (14.0, "count")]


@pytest.mark.parametrize("area", ["60 مترا مربعا", "60 متر مربع", "60 م2"])
def test_an_area_in_square_metres_is_a_figure_of_unit_other(area):
    assert metrics(f"دعمت البلدية الأسرة لبناء منزل جديد بمساحة {area}.") == [(60.0, "other")]
