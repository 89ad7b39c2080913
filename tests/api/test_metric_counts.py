"""Counts are a rule: a cardinal number before a counted noun phrase is a figure, ``persons`` when
the noun denotes people (each pack's ``person`` cues), else ``count``; years, dates, ordinals,
document numbers and numbers written in words are not."""

from __future__ import annotations

import pytest

from tests.helpers import figures


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # sentences of the unlabelled corpus's kind, with nouns no units.tsv lists
        ("en", "The province now has 27 members and 140 cooperatives.", [(27, "persons"), (140, "count")]),
        ("pl", "Kongres zgromadził 342 wybitnych delegatów i 12 gmin.", [(342, "persons"), (12, "count")]),
        ("ar", "حضر 300 مندوب وقدم 12 مقترحا.", [(300, "persons"), (12, "count")]),
        (
            "de",
            "Die Provinz hat 5 stellvertretende Vorsitzende und 14 wichtige Resolutionen.",
            [(5, "persons"), (14, "count")],
        ),
        ("vi", "Tỉnh có 1.250 đảng viên và 37 dự án.", [(1250, "persons"), (37, "count")]),
    ],
)
def test_a_number_before_a_noun_counts_it(lang, text, expected):
    assert figures(text, lang) == expected


def test_a_over_b_and_a_of_b_give_both_numbers():
    assert figures("It met 43/49 delegates.", "en") == [(43, "persons"), (49, "persons")]
    assert figures("They completed 24 of 25 tasks.", "en") == [(24, "count"), (25, "count")]
    assert figures("Zrealizowała 24 z 25 zadań.", "pl") == [(24, "count"), (25, "count")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In 2024, Decree 15 and Plan No. 26 were signed on 12 March."),
        ("en", "Three deputies spoke for 45 minutes, 3 times."),
        ("en", "The 13th Congress met in Hanoi with Nguyen Van An."),
        ("pl", "W 2024 r. przez 5 lat Dyrektywa nr 35 obowiązywała."),
        ("ar", "في عام 2024، استمر العمل 5 سنوات."),
    ],
)
def test_years_dates_times_ordinals_and_documents_are_not_counts(lang, text):
    assert figures(text, lang) == []


def test_a_name_after_a_number_is_not_a_counted_noun():
    assert figures("Of the 12 Nguyen Van An was chosen.", "en") == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a plan's content is no reported figure ...
        ("en", "The congress set 19 targets and 3 breakthroughs.", []),
        ("ar", "حدد المؤتمر 3 اختراقات و5 مهام رئيسية.", []),
        # ... unless the clause says it was achieved, or it is written as a share
        ("en", "The province exceeded 10 targets this year.", [(10, "count")]),
        ("ar", "تم تجاوز 10 أهداف منها.", [(10, "count")]),
        ("pl", "Zrealizowała 24 z 25 zadań.", [(24, "count"), (25, "count")]),
    ],
)
def test_plan_nouns_count_only_as_results(lang, text, expected):
    assert figures(text, lang) == expected


def test_a_pack_may_count_only_its_listed_nouns():
    # Vietnamese writes classifiers and verbs after numbers ("43 lượt xem"): counts settle on units.tsv
    assert figures("Bài viết có 43 xem và 40 đối tượng.", "vi") == []
    assert figures("Tỉnh có 37 dự án.", "vi") == [(37, "count")]
