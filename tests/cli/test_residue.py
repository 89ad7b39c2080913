"""`kg residue`: what extraction leaves unread, per language and family, ranked."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Article
from kg.residue import FAMILIES, residue
from tests.helpers import kg


def test_residue_ranks_unread_wordings_per_language():
    text = (
        "Mr Nguyen Van An, the Governor of the Province, spoke. "
        "He said 12 ships and 7 lorries came. Mr Tran Van Binh said so too. Mr Tran Van Binh agreed."
    )
    report = residue([Article("x", text, lang="en")])
    assert set(report["en"]) == set(FAMILIES)
    # "Governor" is no role word of the grammar: it is left next to the name
    assert report["en"]["unused"]["governor"] >= 1
    # the name with no title is counted with the words written before it
    assert report["en"]["untitled"]["mr"] >= 1


@pytest.mark.slow  # a kg process loading every pack
def test_residue_command_reads_a_folder(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Ông Nguyễn Văn An nói: có 12 con tàu.", encoding="utf-8")
    proc = kg("residue", tmp_path, "--top", "3")
    assert " untitled: " in proc.stdout and " numbers: " in proc.stdout


def test_residue_command_without_articles_fails_cleanly(tmp_path: Path):
    proc = kg("residue", tmp_path, check=False)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr and "no articles" in proc.stderr
