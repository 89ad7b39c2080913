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
