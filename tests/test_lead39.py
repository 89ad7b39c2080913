"""The lead's fixes of stop 39 (mt37's late blind set, read after it was scored)."""

from __future__ import annotations

import pytest

from tests.helpers import extracted

ACT_ON_PLURAL = [
    # a second act whose object is a plural role names other people, not the name relieved first
    "بشأن إعفاء السيد نجوين دينه شونغ من منصب رئيس اللجنة الشعبية الإقليمية، الدورة السابعة عشرة، للفترة "
    "2016-2021، وإعفاء نواب رئيس اللجنة الشعبية الإقليمية وأعضاء اللجنة الشعبية الإقليمية للفترة نفسها.",
    "إعفاء السيد نجوين دينه شونغ من منصب رئيس اللجنة الشعبية الإقليمية وإعفاء أعضاء اللجنة الشعبية الإقليمية.",
]


@pytest.mark.parametrize("text", ACT_ON_PLURAL)
def test_a_second_act_on_a_plural_role_is_not_the_names(text: str) -> None:
    x = extracted(text, "ar")
    assert [(o.name, sorted((p.role, p.body.org) for p in o.positions)) for o in x.officials] == [
        ("Nguyen Dinh Xung", [("chair", "peoples_committee")])
    ]


def test_an_election_of_a_plural_role_after_the_names_title_is_others_and_vi_stays() -> None:
    x = extracted(
        "انتخب المؤتمر الرفيق نجوين دينه شونغ أمينا للجنة الحزب الإقليمية، وانتخاب أعضاء اللجنة الدائمة.",
        "ar",
    )
    assert {(p.role, p.body.org) for o in x.officials for p in o.positions} == {
        ("secretary", "party_committee")
    }
    x = extracted(
        "Miễn nhiệm ông Nguyễn Đình Xứng, Chủ tịch UBND tỉnh và miễn nhiệm các Phó Chủ tịch UBND tỉnh.", "vi"
    )
    assert {(p.role, p.body.org) for o in x.officials for p in o.positions} == {
        ("chair", "peoples_committee")
    }


@pytest.mark.parametrize(
    "text",
    [
        # review26 Low 7: an adverb after a comrade, before a comma or colon, is no spelled-out name
        "وأكد الرفيق بدوره، أن المقاطعة ستواصل تنفيذ المهام.",
        "وقال الرفيق مرارا: إن المقاطعة ستواصل تنفيذ المهام.",
    ],
)
def test_an_adverb_after_a_comrade_is_no_name(text: str) -> None:
    assert [o.name for o in extracted(text, "ar").officials] == []


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # a currency's word is a fallback indicator: the wording before it wins
        ("Export turnover reached USD 3 billion, up 12% over the same period.", "export_value"),
        ("Exports reached USD 3 billion.", "export_value"),
        # ... and names the figure where nothing else does (dev en-003's gold)
        (
            "The total newly registered and increased capital reached over VND165.9 trillion and USD2.31 billion.",
            "fdi",
        ),
        ("The province attracted USD 500 million.", "fdi"),
    ],
)
def test_a_currency_word_is_the_indicator_only_where_no_other_wording_is(text: str, indicator: str) -> None:
    assert [m.indicator for m in extracted(text, "en").metrics if m.unit == "million_usd"] == [indicator]
