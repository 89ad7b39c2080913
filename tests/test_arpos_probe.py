"""Arabic posts, from a probe of title wordings the Arabic machine translation writes (silver/probes/arpos-probe.tsv):
the GOLD conventions (kg/data/title_rules.tsv) of a title the Arabic grammar reads literally."""

from __future__ import annotations

import pytest

from tests.helpers import extracted

NAME = "نجوين فان تشينه"


def posts(title: str) -> set[tuple[str, str, str | None]]:
    x = extracted(f"وحضر الاجتماع الرفيق {NAME}، {title}.", lang="ar")
    return {(p.role, p.body.org, p.body.level) for o in x.officials for p in o.positions}


@pytest.mark.parametrize(
    ("title", "post"),
    [
        # Phó Bí thư Thường trực with the "standing" put on the committee, or after it (masculine, of the role)
        ("نائب أمين اللجنة الدائمة للجنة الحزب الإقليمية", "standing_deputy_secretary"),
        ("نائب أمين اللجنة الحزبية الإقليمية الدائم", "standing_deputy_secretary"),
        ("أمين اللجنة الدائمة للحزب الإقليمي", "secretary"),
    ],
)
def test_the_standing_committees_secretaries_are_the_party_committees(title, post):
    assert posts(title) == {(post, "party_committee", "provincial")}


@pytest.mark.parametrize(
    ("title", "post"),
    [
        ("رئيس إدارة الصحة بالمقاطعة", "director"),
        ("رئيس دائرة الزراعة في المقاطعة", "director"),
        ("نائب رئيس دائرة الصحة", "deputy_director"),
        ("نائبة رئيس إدارة المالية الإقليمية", "deputy_director"),
    ],
)
def test_a_department_is_directed_not_chaired(title, post):
    assert posts(title) == {(post, "department", "provincial")}


def test_a_party_board_written_as_a_department_keeps_its_head():
    assert posts("رئيس إدارة الدعاية بالمقاطعة") == {("head", "party_commission", "provincial")}


@pytest.mark.parametrize(
    ("title", "post"),
    [
        ("رئيس اتحاد نقابات العمال الإقليمي", ("chair", "other", "provincial")),
        ("رئيس جمعية المحاربين القدامى الإقليمية", ("chair", "other", "provincial")),
        ("نائب رئيس جمعية الصليب الأحمر الإقليمية", ("vice_chair", "other", "provincial")),
        ("رئيس اتحاد الفلاحين في المقاطعة", ("chair", "other", "provincial")),
    ],
)
def test_mass_organisations_as_the_machine_translation_writes_them(title, post):
    assert posts(title) == {post}


@pytest.mark.parametrize(
    ("title", "post"),
    [
        ("رئيس لجنة الدفاع والأمن في الجمعية الوطنية", "head"),
        ("نائب رئيس لجنة الدفاع الوطني والأمن في الجمعية الوطنية", "deputy_head"),
        ("رئيس لجنة الدفاع والأمن الوطني التابعة للجمعية الوطنية", "head"),
    ],
)
def test_the_assemblys_defence_and_security_committee_is_no_police(title, post):
    assert posts(title) == {(post, "national_assembly", "central")}
