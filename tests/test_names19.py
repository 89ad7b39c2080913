"""names19: tools/name_eval.py measures the real names with spelling counts learned from other
folders (``--learn``), and the Arabic name reader on names no corpus gives."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import name_eval  # noqa: E402

from kg.extract import names as N  # noqa: E402


def _article(folder: Path, ident: str, officials: list[tuple[str, str]]) -> None:
    folder.mkdir(exist_ok=True)
    gold = {"id": ident, "lang": "ar", "officials": [{"name": n, "surface": s} for n, s in officials]}
    (folder / f"{ident}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (folder / f"{ident}.txt").write_text("، ".join(s for _, s in officials), encoding="utf-8")


def test_left_out_the_article_and_every_writing_of_its_names() -> None:
    learned = [
        ("r-1", ("دو",), ("do",)),
        ("s-1", ("دو",), ("do",)),  # a retelling writing the same name: left out
        ("s-1", ("لي",), ("le",)),  # the retelling's other name: kept
        ("r-1", ("ها",), ("ha",)),  # the article's own other name: left out
        ("s-2", ("فو",), ("vu",)),
    ]
    assert name_eval.left_out("r-1", [("do",)], learned) == [0, 1, 3]
    assert name_eval.left_out("r-9", [("vu",)], learned) == [4]


def test_learn_from_other_folders(tmp_path: Path, capsys) -> None:
    real, synthetic = tmp_path / "real", tmp_path / "synthetic"
    _article(real, "r-1", [("Kha Van Tiep", "خا فان تيب"), ("Dinh Duy Hoach", "دينه زوي هواتش")])
    _article(synthetic, "s-1", [("Kha Van Tiep", "خا فان تيب")])  # a retelling: left out of r-1's counts
    _article(synthetic, "s-2", [("Lo Thi Khuyen", "لو ثي خوين")])
    none = tmp_path / "none.txt"
    none.write_text("", encoding="utf-8")
    before = N._spelling_counts
    code = name_eval.main(
        [str(real), "--learn", str(real), str(synthetic), "--exclude-file", str(none), "--only", "in-sample"]
    )
    assert code == 0
    out = capsys.readouterr().out
    # the names read are the real folder's; the counts the others' too
    assert out.splitlines()[0] == "2 names (2 distinct) of 1 Arabic articles"
    assert N._spelling_counts is before
    pairs = name_eval.make_spellings.aligned([real], set())
    learn = name_eval.make_spellings.aligned([real, synthetic], set())
    result = name_eval.evaluate(pairs, ("new, lists",), learn)
    assert result["new, lists"]["tally"]["names"] == 2
    assert N._spelling_counts is before


def test_name_counts_regenerated_without_the_office_word() -> None:
    """kg/data/names_vi.tsv as tools/make_names.py writes it today: 'Chánh Văn phòng' (chief of an
    office) is no name, and its 'van phong' no name bigram."""
    m = N._model()
    assert "chanh van phong" not in m.full
    assert m.surname.get("chanh", 0) == 0
