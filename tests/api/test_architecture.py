"""ARCHITECTURE.md and LANGUAGES.md stay true to the tree: every module has its row, every file a pack
may hold its line."""

from __future__ import annotations

import re

from tests.helpers import ROOT


def _table_rows(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("|")]


def test_every_module_has_a_row_in_architecture():
    rows = "\n".join(_table_rows((ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")))
    named = set(re.findall(r"`(kg/[\w/]+\.py)`", rows))
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "kg").rglob("*.py")}
    assert modules - named == set(), "modules without a row in ARCHITECTURE.md"
    assert named - modules == set(), "rows for modules that do not exist"


def test_every_file_of_a_pack_is_described_in_languages():
    rows = "\n".join(_table_rows((ROOT / "LANGUAGES.md").read_text(encoding="utf-8")))
    described = set(re.findall(r"`([\w.]+\.(?:tsv|txt))`", rows))
    shipped = {p.name for p in (ROOT / "kg" / "lang").glob("*/*") if p.suffix in (".tsv", ".txt")}
    assert shipped - described == set(), "pack files LANGUAGES.md does not describe"
