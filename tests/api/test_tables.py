"""One reader (kg/tables.py) for kg's #-commented data files."""

from __future__ import annotations

import re

from kg import tables
from tests.helpers import ROOT


def test_comments_are_dropped_before_lines_are_split(tmp_path):
    p = tmp_path / "orgs.txt"
    p.write_text("# org codes whose level is always central\npolitburo\n  # note\n\nministry  government\n")
    assert tables.words(p) == ["politburo", "ministry", "government"]
    assert tables.lines(p) == ["politburo", "ministry  government"]


def test_rows_keep_empty_cells_and_line_numbers(tmp_path):
    p = tmp_path / "rules.tsv"
    p.write_text("# role\torg\n\tparty_committee\tx \nchair\tpeoples_council\t\n")
    assert tables.rows(p) == [["", "party_committee", "x"], ["chair", "peoples_council", ""]]
    assert [n for n, _ in tables.numbered_rows(p)] == [2, 3]
    assert tables.rows(tmp_path / "missing.tsv") == []


def test_the_org_lists_hold_only_org_codes():
    from kg.codes import SCHEMES
    from kg.extract.titles import CENTRAL_ORGS, LOCAL_ORGS

    assert CENTRAL_ORGS and LOCAL_ORGS
    assert not {"always", "codes", "whose", "org", "#"} & (CENTRAL_ORGS | LOCAL_ORGS)
    assert set(SCHEMES["org"]) >= CENTRAL_ORGS | LOCAL_ORGS
    assert not CENTRAL_ORGS & LOCAL_ORGS


def test_no_module_reads_data_files_by_hand():
    """Every '#'-commented data file is read through kg/tables.py."""
    offenders = []
    for path in sorted((ROOT / "kg").rglob("*.py")):
        if path.name in ("tables.py", "canned.py"):  # canned.py reads SPARQL comments, not data
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"""startswith\(\s*["']#["']\s*\)""", text):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_data_path_finds_package_data():
    assert "politburo" in tables.words(tables.data_path("data", "central_orgs.txt"))
