"""names24: ``tools/name_eval.py --table-diff`` reads every name run of the real texts with two
spelling tables (the shipped one and what ``tools/make_spellings.py`` writes now), held-out texts
left out: what a regenerated table reads otherwise, and which leads it narrows."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import make_spellings  # noqa: E402
import name_eval  # noqa: E402

from kg.extract import names as N  # noqa: E402


def test_real_texts_leave_out_the_held_out_and_other_languages(tmp_path: Path) -> None:
    dev = tmp_path / "dev"
    dev.mkdir()
    for ident, lang in (("ar-1", "ar"), ("ar-2", "ar"), ("en-1", "en")):
        (dev / f"{ident}.json").write_text(json.dumps({"lang": lang}), encoding="utf-8")
        (dev / f"{ident}.txt").write_text(ident, encoding="utf-8")
    (tmp_path / "unlabelled").mkdir()
    records = [{"id": "u-ar-1", "lang": "ar", "text": "u1"}, {"id": "u-ar-9", "lang": "ar", "text": "u9"}]
    (tmp_path / "unlabelled" / "articles.jsonl").write_text(
        "\n".join(json.dumps(r) for r in records), encoding="utf-8"
    )
    texts = name_eval.real_texts({"ar-2", "u-ar-9"}, tmp_path)
    assert texts == [("ar-1", "ar-1"), ("u-ar-1", "u1")]


def test_met_runs_are_the_runs_the_reader_scores() -> None:
    runs = name_eval.met_runs([("t-1", "وترأس الاجتماع الرفيق ماي فان توات، رئيس اللجنة الشعبية للمقاطعة.")])
    assert runs.get(("ماي", "فان", "توات")) == "t-1"
    assert N.ranked_readings.__name__ == "ranked_readings"  # the spy is gone


def test_table_diff_lists_a_changed_reading_and_a_narrowed_lead() -> None:
    shipped = name_eval.read_table(make_spellings.OUT)
    runs = {("فام", "تي", "ثانه", "ترا"): "t-1", ("لونغ", "كونغ"): "t-2"}
    same = name_eval.table_diff(runs, shipped, shipped)
    assert same[0] == "2 runs of words read, 0 read otherwise:"
    # a table whose translations write Thế تي far more often: Pham Thi Thanh Tra (ar-004) reads Pham The
    skewed = shipped + Counter({("head", "the", "تي"): 100})
    lines = name_eval.table_diff(runs, shipped, skewed)
    assert lines[0] == "2 runs of words read, 1 read otherwise:"
    assert lines[1] == "  t-1 فام تي ثانه ترا: pham thi thanh tra -> pham the thanh tra"
    assert "luong cuong" in lines[-1]  # the other run, read alike, its lead listed
    assert N.read_name(["فام", "تي", "ثانه", "ترا"]) == "pham thi thanh tra"  # the shipped table again


def _labelled(folder: Path, ident: str, name: str, surface: str) -> None:
    folder.mkdir(exist_ok=True)
    gold = {"id": ident, "lang": "ar", "officials": [{"name": name, "surface": surface}]}
    (folder / f"{ident}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (folder / f"{ident}.txt").write_text(surface, encoding="utf-8")


def test_the_tool_writes_the_file_again_from_the_folders_it_names(tmp_path: Path) -> None:
    first, later = tmp_path / "mt1", tmp_path / "mt2"
    _labelled(first, "a-1", "Pham Hong Binh", "فام هونغ بينه")
    _labelled(later, "b-1", "Nguyen Van Tien", "نجوين فان تيان")
    out, none = tmp_path / "spellings.tsv", tmp_path / "no-ids.txt"
    make_spellings.main([str(first), "--out", str(out), "--exclude-file", str(none)])
    written = out.read_text(encoding="utf-8")
    assert make_spellings.learned_folders(out) == [first]
    # a set added since (mt2) changes nothing when the tool is run again with no folder
    make_spellings.main(["--out", str(out), "--exclude-file", str(none)])
    assert out.read_text(encoding="utf-8") == written
    assert "coda\tnh\tنه\t1" in written.splitlines() and "يا" not in written  # Tien's يا: mt2's only
    assert make_spellings.learned_folders(tmp_path / "absent.tsv") == make_spellings.default_folders()


def test_the_shipped_table_is_what_the_tool_writes() -> None:
    folders = make_spellings.learned_folders()
    assert ROOT / "silver" / "mt23" in folders and ROOT / "silver" / "mt24" not in folders
    ids = ROOT.parent / "scratch" / "hold-ids.txt"
    if ids.is_file():  # the held-out ids live outside the repository (not in CI's clone)
        pairs = make_spellings.aligned(folders, make_spellings.held_out(ids, folders))
        shipped = name_eval.read_table(make_spellings.OUT)
        assert +make_spellings.count(pairs) == +shipped
