"""Arabic-script names read back as real Vietnamese names.

The spellings come from the Arabic articles of the unlabelled corpus (``u-ar-*``); each Latin
reading is confirmed by a Latin-script article about the same person in the same post (a parallel
translation or the Vietnamese press of ``vi-officials.jsonl``). None of these names is in a gold file.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg import gazetteer
from kg.extract import names as N
from kg.resolve import KNOWN_MARGIN
from kg.text import fold
from tests.helpers import ROOT

# Arabic spelling -> Latin reading, where found (Arabic article; Latin-script confirmation)
NOT_IN_GOLD = {
    "لي دوك ثو": "le duc tho",  # u-ar-0023; u-de-0023 (Ben Tre party secretary)
    "نجوين تونج فان": "nguyen tuong van",  # u-ar-0088; u-fr-0018
    "هو دوك فوك": "ho duc phoc",  # u-ar-0027; u-vi-1152, u-pl-0029 (Deputy Prime Minister)
    "تروونغ كونغ ثاي": "truong cong thai",  # u-ar-0082; u-en-0013
    "نجوين فان أوت": "nguyen van ut",  # u-ar-0089; u-vi-1077, u-vi-1088 (Dong Nai)
    "ثاي ثانه كوي": "thai thanh quy",  # u-ar-0011; u-vi-1001 (Nghe An)
    "هوانغ نغيا هيو": "hoang nghia hieu",  # u-ar-0011; u-vi-1006, u-de-0005 (Nghe An)
    "فونغ كووك توان": "vuong quoc tuan",  # u-ar-0014; u-vi-1122 (Bac Ninh)
}
# readings of the same letters that cost no more to spell (what the reader chose before the model)
SPELLING_ALONE = {
    "لي دوك ثو": "le duc thu",
    "نجوين تونج فان": "nguyen tung van",
    "هو دوك فوك": "ho duc phuc",
    "تروونغ كونغ ثاي": "truong cuong thai",
    "نجوين فان أوت": "nguyen van ot",
}


def _gold_names() -> set[str]:
    """Folded names of every gold file that can be found (repository seeds, test data, shared/)."""
    out = set()
    folders = [ROOT / "seeds", ROOT / "tests" / "data" / "dev"]
    folders += [ROOT.parent / "shared" / "corpus" / d for d in ("seeds", "dev")]
    for folder in folders:
        for path in folder.glob("*.json") if folder.exists() else ():
            for off in json.loads(path.read_text(encoding="utf-8")).get("officials", []):
                out.add(fold(off.get("name", "")))
    return out


def test_cases_are_not_gold_names():
    gold = _gold_names()
    assert gold, "no gold file found"
    assert not set(NOT_IN_GOLD.values()) & gold


@pytest.mark.parametrize(("arabic", "latin"), NOT_IN_GOLD.items())
def test_arabic_spelling_reads_as_the_real_name(arabic, latin):
    assert N.read_name(arabic.split()) == latin


@pytest.mark.parametrize(("arabic", "wrong"), SPELLING_ALONE.items())
def test_the_model_overrules_the_likeliest_spelling(arabic, wrong):
    tokens = tuple(arabic.split())
    costs = N._costs(N.reader_for(tokens[0]))
    assert all(w in costs[t] for t, w in zip(tokens, wrong.split(), strict=True))  # a possible reading
    right = NOT_IN_GOLD[arabic]
    assert N._score(tokens, right) > N._score(tokens, wrong)


def test_found_in_arabic_text_with_clitic_and_title():
    text = "قرارات الرئيس بتعيين نجوين هوا بينه، وهو دوك فوك، وبوي ثانه سون في مناصب نواب رئيس الوزراء"
    from kg.lang import load_pack

    found = [fold(m.name) for m in N.find_names(text, load_pack("ar"))]
    assert "ho duc phoc" in found
    assert "nguyen hoa binh" in found


def test_syllable_statistics_alone_read_names_the_list_lacks(monkeypatch):
    """Without the list of full names, the surname / given-syllable / bigram counts still read them."""
    bare = dataclasses.replace(N._model(), full={}, by_first={})
    monkeypatch.setattr(N, "_model", lambda: bare)
    cached = (N.name_logp, N.ranked_readings, N._spelled_names, N._given_logp, N._surname_logp)
    for f in cached:
        f.cache_clear()
    try:
        for arabic, latin in NOT_IN_GOLD.items():
            assert N.read_name(arabic.split()) == latin, arabic
    finally:
        monkeypatch.undo()
        for f in cached:
            f.cache_clear()


def test_place_glued_before_a_name_is_cut_off():
    # u-ar-0088: "... secretary of the provincial party committee Ha Tinh Nguyen Duy Lam"
    # (u-de-0016: "Genosse Nguyen Duy Lam – Sekretär des Provinzparteikomitees", Ha Tinh)
    tokens = tuple("ها تينه نجوين دوي لام".split())
    assert N.segment_names(tokens) == [(2, 5, "nguyen duy lam")]


def test_names_written_one_after_another_are_cut_apart():
    # a list of names with no comma: the first five syllables are not one name
    tokens = tuple("ماي فان تشينه نجوين تشي دونغ".split())
    assert N.segment_names(tokens) == [(0, 3, "mai van chinh"), (3, 6, "nguyen chi dung")]
    assert N.segment_names(tuple("تو لام لونغ كونغ".split())) == [(0, 2, "to lam"), (2, 4, "luong cuong")]


def test_given_name_not_read_as_a_family_name():
    # u-ar-0060: "زا فان فونج", whose Vietnamese caption in the same article says "ông Xa Văn Vọng":
    # Xa is off the family-name list and Van reads as the family name Phan, but the name starts
    # one syllable earlier
    assert N.segment_names(tuple("زا فان فونج".split())) == [(0, 3, "xa van vong")]
    # "بينه دينه نام" is the commune Binh Dinh Nam (u-ar-0044): its second syllable reads as the
    # family name Dinh, but the run is a place and a syllable, not a person
    assert N.segment_names(tuple("بينه دينه نام".split())) == []
    # a four-syllable woman's name is not cut after a known three-syllable name
    tokens = tuple("ترونغ ثي ماي دوين".split())
    assert N.segment_names(tokens) == [(0, 4, "truong thi mai duyen")]


def test_known_name_wins_over_the_likeliest():
    tokens = "فو فان هونغ".split()
    best = N.read_name(tokens)
    other = next(name for name in N.readings(tokens) if name != best)
    assert N.read_name(tokens, frozenset({other})) == other


def test_a_known_name_the_letters_hardly_spell_is_not_taken():
    tokens = "تران فان تان".split()
    ranked = N.ranked_readings(tuple(tokens))
    far = next(name for score, name in ranked if score < ranked[0][0] - KNOWN_MARGIN)
    assert N.read_name(tokens, frozenset({far})) != far
    assert far not in N.readings(tokens)


def test_latin_caption_in_the_same_text_decides_the_reading():
    from kg.lang import load_pack

    pack = load_pack("ar")
    alone = [fold(m.name) for m in N.find_names("زار فو فان هونغ المنطقة", pack)]
    other = "vu van hung" if alone == ["vo van hung"] else "vo van hung"
    caption = f"زار فو فان هونغ ({other.title()}) المنطقة"
    assert [fold(m.name) for m in N.find_names(caption, pack)] == [other, other]


def test_name_model_prefers_vietnamese_order():
    assert N.name_logp(("nguyen", "van", "hung")) > N.name_logp(("van", "nguyen", "hung"))
    assert N.name_logp(("nguyen", "thi", "lan")) > N.name_logp(("nguyen", "thi", "tuat"))


# ---------------------------------------------------------------- Latin-script names the counts come from
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ông Hồ Quốc Dũng phát biểu.", ["Ho Quoc Dung"]),  # a capitalised honorific (u-vi-1046)
        ("Tân Chủ tịch UBND tỉnh Nguyễn Văn Út.", ["Nguyen Van Ut"]),  # "Tân Chủ tịch" is a title
        ("hộ nghèo, ông Xa Văn Vọng (xã Cao Sơn)", ["Xa Van Vong"]),  # family name off the list
        ("rodzina pana Ban Van Hoana (grupa Dao)", ["Ban Van Hoan"]),  # u-pl-0048
        ("Bí thư Tỉnh ủy Nghệ An Nguyễn Đức Trung chủ trì.", ["Nguyen Duc Trung"]),  # a place before
        ("Nguyen Van Thanh and Tran Thi Lan met.", ["Nguyen Van Thanh", "Tran Thi Lan"]),
    ],
)
def test_latin_names_are_cut_where_the_name_is(text, names):
    assert [m.name for m in N.find_names(text)] == names


# ---------------------------------------------------------------- the tool that writes the data
_TINY = {
    "a.txt": "Comrade Nguyen Van Tuat, Secretary of the Provincial Party Committee, met Tran Thi Lan.",
    "b.txt": "Towarzysz Nguyen Van Tuat i premier Pham Minh Chinh.",
    "c.txt": "ترأس المؤتمر الرفيق ماي فان توات",  # Arabic script: skipped
}
_TINY_VI = [
    {"id": "v1", "lang": "vi", "text": "Ông Hồ Quốc Dũng, Bí thư Tỉnh ủy, và bà Đồng Thị Út chủ trì."},
    {"id": "v2", "lang": "vi", "text": "Tân Chủ tịch UBND tỉnh là ông Nguyễn Văn Đọc."},
]


def _run_tool(corpus: Path, out: Path) -> str:
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "make_names.py"),
            str(corpus),
            str(corpus / "vi.jsonl"),
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "documents" in proc.stdout
    return out.read_text(encoding="utf-8")


def _rows(text: str) -> dict[tuple[str, str], int]:
    rows = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            kind, key, count = line.split("\t")
            rows[kind, key] = int(count)
    return rows


@pytest.mark.slow
def test_tool_regenerates_the_counts_reproducibly(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in _TINY.items():
        (corpus / name).write_text(text, encoding="utf-8")
    (corpus / "vi.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in _TINY_VI), "utf-8")
    first = _run_tool(corpus, tmp_path / "one.tsv")
    second = _run_tool(corpus, tmp_path / "two.tsv")
    assert first == second
    rows = _rows(first)
    assert rows["name", "nguyen van tuat"] == 2  # two documents
    assert rows["name", "pham minh chinh"] == 1
    assert rows["name", "ho quoc dung"] == 1  # the honorific "Ông" is not a family name
    assert rows["name", "dong thi ut"] == 1  # after "bà": a family name off the shipped list
    assert rows["name", "nguyen van doc"] == 1  # capitalised syllables after the name found
    assert not any(k == "name" and key.startswith(("ong ", "tan ")) for k, key in rows)  # "Tân Chủ tịch"
    assert rows["surname", "nguyen"] == 2  # distinct names
    assert rows["middle", "van"] == 2
    assert rows["last_thi", "lan"] == 1
    assert rows["bigram", "van tuat"] == 1
    assert ("syllable", "ut") in rows
    assert not any(key == "mai van tuat" for _, key in rows)


def test_shipped_data_is_modest_and_well_formed():
    path = ROOT / "kg" / "data" / "names_vi.tsv"
    assert path.stat().st_size < 1_000_000
    rows = _rows(path.read_text(encoding="utf-8"))
    kinds = {k for k, _ in rows}
    assert {"name", "surname", "middle", "last", "bigram"} <= kinds
    assert sum(v for (k, _), v in rows.items() if k == "name") > 1000  # mentions across documents


@pytest.mark.parametrize("level", ["لبلدية", "في بلدية", "لحي", "بمنطقة"])
def test_two_syllables_after_a_level_word_are_a_place_not_a_person(level):
    from kg.extract import extract
    from kg.model import Article

    text = f"وصرح السيد نغوين ثانه ترونغ، نائب رئيس اللجنة الشعبية {level} تشاو سون، قائلاً: إن العمل مستمر."
    people = {o.name: o for o in extract(Article("t", text, lang="ar")).officials}
    assert "Chau Son" not in people and not any(n.startswith("Chau") for n in people), people
    assert any(n.startswith("Nguyen Thanh") for n in people), people


def test_ho_chi_minh_city_as_arabic_writes_it_is_a_place():
    # (after its noun, "مدينة": the bare name is the man's, or the road's, the academy's: tests/test_mt_probe.py)
    assert (
        gazetteer.read_place(["مدينة", "هو", "تشي", "منه"])
        == gazetteer.read_place(["مدينة", "هوشي", "منه"])
        == "ho chi minh"
    )
    assert gazetteer.other_script_places("انعقدت الدورة في مدينة هو تشي منه") == ["ho chi minh"]


def test_short_vowels_written_or_not_give_the_same_facts():
    from kg.extract import extract
    from kg.model import Article

    plain = "وترأس الرفيق ماي فان توات، أمين لجنة الحزب الإقليمية في نينه بينه، اجتماع اللجنة الدائمة يوم 12 مارس 2025."
    marked = "وترأَّسَ الرفيقُ ماي فان توات، أمينُ لجنةِ الحزبِ الإقليميةِ في نينه بينه، اجتماعَ اللجنةِ الدائمةِ يومَ 12 مارس 2025."

    def facts(text):
        x = extract(Article("t", text, lang="ar"))
        posts = {(o.name, p.role, p.body.org, p.body.level) for o in x.officials for p in o.positions}
        return posts, [(m.date, m.chairs) for m in x.meetings]

    posts, meetings = facts(plain)
    assert posts and meetings == [("2025-03-12", ["Mai Van Tuat"])]
    assert facts(marked) == (posts, meetings)
