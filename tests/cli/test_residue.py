"""`kg residue`: what extraction leaves unread, per language and family, ranked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kg.model import Article
from kg.residue import FAMILIES, residue


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


def test_residue_command_reads_a_folder(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Ông Nguyễn Văn An nói: có 12 con tàu.", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "residue", str(tmp_path), "--top", "3"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert " untitled: " in proc.stdout and " numbers: " in proc.stdout


def test_residue_command_without_articles_fails_cleanly(tmp_path: Path):
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "residue", str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr and "no articles" in proc.stderr
