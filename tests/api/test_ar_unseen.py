"""Arabic wordings the gold articles lack, found by reading unlabelled Arabic articles: sentences written in
their style (not copied from one article), each checking one rule or pack entry. Its title cases are rows of
tests/data/cases/posts.tsv (ids ar-…), read by tests/api/test_extract.py."""

from __future__ import annotations

import pytest

import kg
from kg.model import Article


def extract(text: str, published: str = "2025-03-10"):
    return kg.extract(Article("t", text, lang="ar", published=published))


def posts(text: str) -> dict[str, set[tuple]]:
    """Posts by the name as the text writes it (what these tests check is titles, not readings)."""
    return {
        o.surface: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in extract(text).officials
    }


# --- figures


def figures(text: str):
    return [(m.value, m.unit) for m in extract(text).metrics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أزال المشروع ما يعادل 64.4/68.49 هكتارًا من الأراضي.", [(64.4, "hectares"), (68.49, "hectares")]),
        ("لم يُنجز سوى 7,676/12,021 أنبوبًا للمياه.", [(7676, "count"), (12021, "count")]),
        (
            "صرفت المقاطعة 3,084/4,293 مليار دونج فيتنامي.",
            [(3084, "billion_vnd"), (4293, "billion_vnd")],
        ),
    ],
)
def test_a_fraction_reads_decimals_and_thousands_in_its_total(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("صرفت مقاطعة دونغ ناي ما يقارب 16 تريليون دونج من رأس المال.", [(16000, "billion_vnd")]),
        ("صرفت المقاطعة أكثر من 6.3 تريليون دونغ فيتنامي.", [(6300, "billion_vnd")]),
        ("منحت اللجنة 10 مليارات دونج لسداد الديون.", [(10, "billion_vnd")]),
        ("تلقت كل أسرة 5 ملايين دونج.", [(5, "million_vnd")]),
    ],
)
def test_trillions_and_plural_scales_of_dong(text, expected):
    assert figures(text) == expected


def test_disbursed_public_investment_is_its_indicator():
    (metric,) = extract("صرفت المقاطعة 9.2 تريليون دونج من رأس المال.").metrics
    assert metric.indicator == "public_investment_disbursement"


# --- documents


def documents(text: str):
    return [(d.kind, d.number, d.session, d.term) for d in extract(text).documents]


def test_a_national_assembly_resolution_number():
    text = "أعلنت اللجنة الدائمة لمجلس الشعب القرار رقم 88/2025/QH15 الصادر عن الجمعية الوطنية."
    assert documents(text) == [("resolution", "88/2025/QH15", None, None)]


def test_a_resolution_cited_by_a_bare_number():
    text = "أضافت المنطقة 3 مشاريع وفقًا للقرار 12 (بتاريخ 5 مايو 2024) والقرار 41 لمجلس الشعب بالمنطقة."
    found = documents(text)
    assert ("resolution", "12", None, None) in found
    assert ("resolution", "41", None, None) in found


def test_a_plenum_s_resolution_keeps_its_session_and_term():
    assert documents("نفذت المقاطعة القرار 6 للجنة المركزية الثانية عشرة.") == [("resolution", None, 6, 12)]


@pytest.mark.parametrize(
    "text",
    [
        "وفقًا لقانون تنظيم الجمعية الوطنية، سيتم افتتاح الدورة السابعة للجمعية الوطنية الخامسة عشرة.",
        "ناقش المجلس برنامج الدورة الثامنة للجمعية الوطنية الخامسة عشرة.",
    ],
)
def test_a_law_or_programme_named_only_near_a_session_is_no_document(text):
    assert documents(text) == []


# --- meetings


def test_a_passive_written_with_its_damma_holds_a_meeting():
    x = extract("عُقد الاجتماع صباح يوم 14 مايو 2025 في مقر لجنة الحزب الإقليمية.")
    assert [m.date for m in x.meetings] == ["2025-05-14"]


def test_a_resolution_whose_issuer_stands_before_its_number():
    text = (
        "في هذه الجلسة، نظر المجلس في تعديل قرار مجلس الشعب الإقليمي رقم 15 بتاريخ 8 ديسمبر 2020 بشأن "
        "أسعار الأراضي."
    )
    x = extract(text)
    assert [(d.kind, d.number) for d in x.documents] == [("resolution", "15")]
    # the date is the document's, not a meeting's
    assert all(m.date != "2020-12-08" for m in x.meetings)


def test_a_number_after_another_document_word_is_that_document_s():
    text = "أصدرت الحكومة خطة تنفيذ القرار رقم 57 للمكتب السياسي."
    assert documents(text) == [("resolution", "57", None, None)]


def test_the_issuer_of_an_appointment_decision_in_other_languages():
    for lang, text in [
        (
            "en",
            "He announced the decision of the Prime Minister appointing Nguyen Van An as Deputy Minister.",
        ),
        (
            "vi",
            "Theo Quyết định của Chủ tịch UBND tỉnh, đồng chí Nguyễn Văn An giữ chức Giám đốc Sở Tài chính.",
        ),
    ]:
        x = kg.extract(Article("t", text, lang=lang))
        roles = {p.role for o in x.officials for p in o.positions}
        assert "prime_minister" not in roles and "chair" not in roles, (lang, roles)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("واستوفت بلديتان المعايير الريفية الجديدة هذا العام.", "بلديتان"),
        ("اعترف رئيس الوزراء بمنطقتين في المدينة.", "بمنطقتين"),
    ],
)
def test_the_dual_of_a_counted_noun_is_a_figure_of_two(text, surface):
    assert [(m.value, m.unit, m.surface) for m in extract(text).metrics] == [(2, "count", surface)]


def test_a_dual_that_counts_nothing_is_no_figure():
    assert extract("من الناحيتين السياسية والقانونية، بنت الأسرة منزلا متينا.").metrics == []


def test_co_chairs_listed_after_a_colon_chair_the_meeting():
    text = (
        "في صباح يوم 5 مارس 2025، عقدت اللجنة الشعبية الإقليمية مؤتمرا. وكان الرؤساء المشاركون هم الرفاق: "
        "نجوين فان دي - نائب رئيس اللجنة الشعبية الإقليمية؛ فونج ثانه فينه - نائب رئيس اللجنة الشعبية الإقليمية."
    )
    chairs = [c for m in extract(text).meetings for c in m.chairs]
    assert (
        len(chairs) == 2 and chairs[0] == "Nguyen Van De"
    )  # (Phung or Vuong: the names model reads the second)
