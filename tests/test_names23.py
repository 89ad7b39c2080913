"""names23 (stop 36): the Arabic name reader's tools read the labelled articles where they now live
(the repository's ``silver``), and what the reader learns from them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import make_spellings  # noqa: E402


def test_default_folders_read_the_repositorys_silver() -> None:
    folders = make_spellings.default_folders()
    silver = ROOT / "silver"
    assert silver in folders  # its real articles (u-ar-*: reg-all and the held-out ones)
    assert silver / "mt22" in folders  # and every mt set, those added after silver moved in too
    assert all(f.name != "hold" for f in folders)


def test_the_held_out_ids_are_required_to_read_the_repositorys_silver(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-file.txt"
    with pytest.raises(SystemExit):
        make_spellings.held_out(missing, [ROOT / "silver"])
    assert make_spellings.held_out(missing, [tmp_path]) == set()
    ids = tmp_path / "hold.txt"
    ids.write_text("u-ar-0001\nu-en-0002\n", encoding="utf-8")
    assert make_spellings.held_out(ids, [ROOT / "silver"]) == {"u-ar-0001", "u-en-0002"}


def test_a_folder_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    # ``../silver/reg-all`` from tools/ read nothing and printed 0.000 for every way
    import name_eval

    with pytest.raises(SystemExit, match="no such folder"):
        name_eval.main([str(tmp_path / "reg-all"), "--exclude-file", str(tmp_path / "none.txt")])
    with pytest.raises(SystemExit, match="no such folder"):
        make_spellings.main([str(tmp_path / "reg-all"), "--loo"])
    assert make_spellings.existing([tmp_path]) == [tmp_path]
