"""Silver mt11 (synthetic MT of vi articles, mt11a: ar, es): the constructions kg missed."""

import pytest

from kg.extract import extract
from kg.model import Article


def _x(text: str, lang: str):
    return extract(Article("t", text, lang=lang))


def _posts(text: str, lang: str) -> dict:
    return {
        o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in _x(text, lang).officials
    }


# vi "Sáng 15/10, tại kỳ họp thứ 22, HĐND tỉnh Thanh Hoá đã miễn nhiệm ..." as the Arabic MT writes it (u-mt11ar-01):
# a People's Council deciding on a day sits that day; the Arabic MT's "الدورة" is a term as often as a session, so no
# meeting noun names it, the council's verb right before it does (the adopt cue, as in every other pack)
SITTINGS = [
    "TPO - صباح يوم 15 أكتوبر 2024، وفي الدورة الثانية والعشرين، قرر مجلس الشعب لمقاطعة ثانه هوا إعفاء السيد دو "
    "ترونغ هونغ من منصب رئيس مجلس الشعب لمقاطعة ثانه هوا.",
    "صباح يوم 15 أكتوبر 2024، أقر مجلس الشعب لمقاطعة ثانه هوا قرار إعفاء السيد دو ترونغ هونغ.",
    "في يوم 15 أكتوبر 2024، وافق مجلس الشعب لمقاطعة ثانه هوا على إعفاء السيد دو ترونغ هونغ من منصبه.",
]


@pytest.mark.parametrize("text", SITTINGS)
def test_ar_council_deciding_on_a_day_sits(text):
    meetings = _x(text, "ar").meetings
    assert [(m.date, m.organizer.org) for m in meetings] == [("2024-10-15", "peoples_council")]


@pytest.mark.parametrize(
    "text",
    [
        # the document a body adopted, dated: no sitting reported
        "القرار الذي أقرته الجمعية الوطنية في يوم 12 يونيو 2024 يدخل حيز التنفيذ.",
        # a role before the body: its chairman speaks, the council does not decide
        "أعرب رئيس مجلس الشعب الإقليمي لي فان هيو في يوم 5 مارس 2024 عن شكره.",
        # a committee is no deliberating body
        "في يوم 5 مارس 2024، وافقت اللجنة الشعبية الإقليمية على الخطة.",
    ],
)
def test_ar_no_sitting(text):
    assert _x(text, "ar").meetings == []
