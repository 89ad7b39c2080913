"""Every language pack loads; cue kinds are declared once (kg.lang.CUE_KINDS) and a typo raises."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.lang import CUE_KINDS, Pack, _cue_rows, available_languages, load_pack

KG = Path(__file__).resolve().parents[2] / "kg"


@pytest.mark.parametrize("code", [*available_languages(), "_any"])
def test_every_pack_loads_and_its_cue_kinds_are_declared(code):
    pack = load_pack(code)
    assert pack.folder is not None and pack.folder.name == code
    assert set(pack.cues) <= set(CUE_KINDS)


def _kinds_read(text: str) -> set[str]:
    """Cue kinds named in a source file: ``.cue("x")``, ``.alternation("x")``, and the tuples of
    kinds a line that reads cues (or the line before it) loops over (``for kind in ("chair",
    "attend")``, ``_cue_before(..., ("increase", "decrease"), 25)``)."""
    found = set(re.findall(r"""\.(?:cue|alternation)\(["']([a-z_]+)["']\)""", text))
    # (a kind handed by name to metrics._cue_after: ``_cue_after(folded, pos, pack, "person", 3, 60)``)
    found |= set(re.findall(r"""_cue_after\([^"'()]*["']([a-z_]+)["']""", text))
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if re.search(r"\.cue\(k|_cue_before\(", line):
            for group in re.findall(
                r"\(((?:[\"'][a-z_]+[\"'],\s*)+[\"'][a-z_]+[\"'],?)\)", lines[i - 1] + line
            ):
                found |= set(re.findall(r"[\"']([a-z_]+)[\"']", group))
    return found


def test_the_cue_kinds_the_engine_reads_are_the_declared_ones_and_packs_write_them():
    used = set().union(*(_kinds_read(p.read_text(encoding="utf-8")) for p in KG.rglob("*.py")))
    assert {"chair", "conjunction", "session", "increase", "pronoun"} <= used  # the scan sees all forms
    assert used == set(CUE_KINDS), sorted(used ^ set(CUE_KINDS))  # none undeclared, none unread
    written = {kind for code in available_languages() for kind in load_pack(code).cues}
    assert written == set(CUE_KINDS), sorted(set(CUE_KINDS) - written)  # each kind has wordings


def test_a_misspelt_cue_kind_raises_with_its_line_and_a_guess(tmp_path):
    path = tmp_path / "cues.tsv"
    path.write_text("# cues\nchair\tpresided over\nhonorfic\tcomrade\n", encoding="utf-8")
    with pytest.raises(
        ValueError, match=r"line 3: unknown cue kind 'honorfic' \(did you mean 'honorific'\?\)"
    ):
        _cue_rows(path)


def test_a_cue_kind_the_code_misspells_raises():
    pack: Pack = load_pack("en")
    assert pack.cue("chair")
    assert not Pack(code="xx").cue("chair")  # a declared kind a pack does not write: no wordings
    with pytest.raises(KeyError, match="unknown cue kind 'chiar'"):
        pack.cue("chiar")
