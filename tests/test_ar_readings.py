"""Arabic-script names read with the machine translations' spelling habits: each part of a syllable
(onset, nucleus, coda) costs what kg/data/spellings_ar.tsv (tools/make_spellings.py, counted from
the aligned gold names of the labelled Arabic articles, held-out ones left out) makes it, mixed
with kg/lang/ar/translit.tsv's own order. The translations write a final 'nh' نه (181 of 182), so
بين is Bien, not Binh written without its ه; 'ie' is often يا (تيان, Tien)."""

import json

import pytest

from kg.extract import extract
from kg.extract import names as N
from kg.model import Article


def _reader():
    return N.readers()[0]


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        # silver reg-all u-ar-0032's Pham Hong Bien (read Pham Hong Binh: ن a less usual 'nh')
        ("فام هونغ بين", "pham hong bien"),
        ("تران فان بين", "tran van bien"),
    ],
)
def test_a_final_nh_is_written_with_its_heh(surface, name):
    assert N.read_name(surface.split()) == name


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("فام هونغ بينه", "pham hong binh"),  # Binh as the translations write it
        ("نجوين ثانه بين", "nguyen thanh binh"),  # a name the corpora attest often stays
        ("نجوين فان هونغ", "nguyen van hung"),
        ("دو فان تيان", "do van tien"),
        ("ماي فان توات", "mai van tuat"),
    ],
)
def test_usual_readings_stay(surface, name):
    assert N.read_name(surface.split()) == name


def test_the_learned_costs_of_a_part():
    costs = N._part_costs(_reader())
    assert costs[("coda", "nh")][0] == 0.0 and costs[("coda", "nh")][1] > 1.0  # ن alone for 'nh': rare
    assert costs[("nucleus", "ie")][2] < 2.0  # يا for 'ie' (تيان): commoner than the table's order says
    assert min(costs[("onset", "ng")]) == 0.0


def test_in_an_article():
    text = "وحضر الاجتماع الرفيق فام هونغ بين، مدير إدارة الداخلية في المقاطعة."
    x = extract(Article("t", text, lang="ar"))
    assert [o.name for o in x.officials] == ["Pham Hong Bien"]


def test_without_counts_the_table_alone(monkeypatch):
    reader = _reader()
    monkeypatch.setattr(N, "_spelling_counts", lambda reader: {})
    N._part_costs.cache_clear()
    N._fitted.cache_clear()
    try:
        assert N._fitted(reader) == N._costs(reader)
    finally:
        N._part_costs.cache_clear()
        N._fitted.cache_clear()


def test_the_tool_counts_aligned_names(tmp_path):
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "tools" / "make_spellings.py"
    spec = importlib.util.spec_from_file_location("make_spellings", path)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    officials = [
        {"name": "Pham Hong Binh", "surface": "فام هونغ بينه"},
        {"name": "Nguyen Van Tien", "surface": "نجوين فان تيان"},
        {"name": "Le Van", "surface": "لي فان توات"},  # not aligned: left out
    ]
    for aid, lang in (("a-1", "ar"), ("a-2", "en"), ("held", "ar")):
        (tmp_path / f"{aid}.txt").write_text("x", encoding="utf-8")
        gold = {"id": aid, "lang": lang, "officials": officials}
        (tmp_path / f"{aid}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    pairs = tool.aligned([tmp_path], {"held"})
    assert [(a, s) for a, _, s in pairs] == [
        ("a-1", ("pham", "hong", "binh")),
        ("a-1", ("nguyen", "van", "tien")),
    ]
    counts = tool.count(pairs)
    assert counts[("coda", "nh", "نه")] == 1 and counts[("nucleus", "ie", "يا")] == 1
    assert counts[("onset", "ng", "نج")] == 1 and counts[("coda", "ng", "نغ")] == 1
    out = tmp_path / "spellings.tsv"
    tool.write(counts, out, len(pairs), 1)
    assert "coda\tnh\tنه\t1" in out.read_text(encoding="utf-8").splitlines()
