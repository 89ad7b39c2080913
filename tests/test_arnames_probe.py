"""Officials' names in Arabic script, from a probe of 200 Vietnamese officials' names (the Latin-script
corpora's) written as vietnam.vn's Arabic machine translation writes names (silver/probes/arnames-probe.tsv):
each case checks one rule of the name reader, with names that are no case of the rule's own."""

from __future__ import annotations

import importlib.util
import json

import pytest

from kg import resolve
from kg.extract import names
from tests.helpers import ROOT, extracted


def officials(text: str) -> list[str]:
    return [o.name for o in extracted(text, lang="ar").officials]


def posts(text: str) -> list[tuple[str, str, str]]:
    return [(o.name, p.role, p.body.org) for o in extracted(text, lang="ar").officials for p in o.positions]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("نجوين هو دونغ", "Nguyen Huu Dong"),  # هو: he / Huu
        ("نجوين هو نجيا", "Nguyen Huu Nghia"),
        ("نغوين في لونغ", "Nguyen Phi Long"),  # في: in / Phi
        ("تران في كوانج", "Tran Phi Quang"),
    ],
)
def test_a_function_word_between_a_family_name_and_a_given_name_is_a_middle_name(written, name):
    text = f"الرفيق {written}، نائب أمين اللجنة الحزبية الإقليمية، ترأس المؤتمر."
    assert officials(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن الوفد عقد اجتماعًا مع مقاطعة تاي نغوين في المؤتمر.",  # Thai Nguyen, then 'in'
        "وأكد أن المقر الرئيسي هو ثانه هوا.",  # 'is' Thanh Hoa
        "وتقع البلدية في ها نوي.",
    ],
)
def test_a_function_word_after_a_place_or_before_one_is_no_name(text):
    assert officials(text) == []


@pytest.mark.parametrize(
    ("written", "name"),
    [("هو فان نين", "Ho Van Nien"), ("هو شوان ترونغ", "Ho Xuan Truong"), ("هو ثانه ثوي", "Ho Thanh Thuy")],
)
def test_ho_before_a_given_name_that_spells_a_district_after_an_honorific_is_a_family_name(written, name):
    # Van Ninh, Xuan Truong, Thanh Thuy are districts: after الرفيق / السيد the run is still a person
    assert officials(f"وحضر الاجتماع السيد {written}، رئيس اللجنة الشعبية الإقليمية.") == [name]


@pytest.mark.parametrize(("written", "name"), [("تران فونج", "Tran Phong"), ("هوانج جيانج", "Hoang Giang")])
def test_a_two_syllable_name_right_after_a_provincial_title_is_a_person(written, name):
    text = f"وقال رئيس مجلس الشعب الإقليمي {written} إن المقاطعة حققت نتائج جيدة."
    assert posts(text) == [(name, "chair", "peoples_council")]


def test_a_province_after_a_provincial_title_is_still_no_person():
    assert officials("وقال رئيس مجلس الشعب الإقليمي ها نام إن المقاطعة حققت نتائج جيدة.") == []


@pytest.mark.parametrize(
    "text",
    [
        "وترأست الرفيقة لي ثي كيم دونغ الاجتماع.",
        "وحضر المؤتمر الرفاق: ترينه شوان ترونغ، سكرتير لجنة الحزب الإقليمية؛ ولي ثي كيم دونغ، نائبة رئيس اللجنة الشعبية الإقليمية.",
    ],
)
def test_a_name_whose_first_syllables_spell_a_place_only_unusually_is_read(text):
    # "لي ثي" spells the district Le Thuy only through a less usual spelling of Thuy (and Kim Dong is
    # a district too)
    assert "Le Thi Kim Dung" in officials(text)


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("فونج ثانه فينه", "Phung Thanh Vinh"),
        ("فونغ تيان كوان", "Phung Tien Quan"),
        ("فونغ فان دونغ", "Phung Van Dung"),
    ],
)
def test_an_unknown_family_name_spelled_phung_or_vuong_is_phung(written, name):
    assert officials(f"الرفيق {written}، نائب رئيس اللجنة الشعبية الإقليمية.") == [name]


def test_a_known_vuong_stays_vuong():
    assert officials("الرفيق فونغ دينه هوي، رئيس الجمعية الوطنية.") == ["Vuong Dinh Hue"]


def test_the_local_officials_list_is_no_known_reading_while_it_is_written(tmp_path, monkeypatch):
    """A name the list holds from kg's own reading of Arabic text must not vouch for itself when the
    list is written again (tools/make_local_officials.py)."""
    spec = importlib.util.spec_from_file_location(
        "make_local_officials", ROOT / "tools" / "make_local_officials.py"
    )
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    text = "الرفيق فونج ثانه فينه، نائب رئيس اللجنة الشعبية لمقاطعة نغي آن، ترأس الاجتماع."
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": "a", "lang": "ar", "text": text}) + "\n", encoding="utf-8"
    )
    misread = {"vuong thanh vinh": ("Nghe An", "Nghe An")}
    monkeypatch.setattr(resolve, "local_officials", lambda: misread)
    monkeypatch.setattr(resolve, "known_officials", resolve.known_officials)  # restored after the test
    resolve.known_officials.cache_clear()
    try:
        seen, _, _ = tool.attestations([tmp_path])
    finally:
        monkeypatch.undo()
        resolve.known_officials.cache_clear()
    assert list(seen) == ["Phung Thanh Vinh"]


def test_script_surnames_count_for_names_read_from_another_script():
    assert names._script_surnames().get("phung", 0) > 0


def test_function_words_after_an_honorific_up_to_a_clause_end_are_a_name():
    # كان (was) spells the family name Can and في (in) a given name: both are syllables of the name
    text = "وكان في استقبال الوفد السيد كان كووك في، العضو الدائم في لجنة الحزب الإقليمية."
    assert [o.surface for o in extracted(text, lang="ar").officials] == ["كان كووك في"]


@pytest.mark.parametrize("text", ["وقال السيد هو إن المقاطعة حققت نتائج.", "وأكد الرفيق في الاجتماع، أن"])
def test_a_single_function_word_after_an_honorific_is_no_name(text):
    assert officials(text) == []


@pytest.mark.parametrize(("written", "name"), [("هو فان نين", "Ho Van Nien"), ("هو تان فوك", "Ho Tan Phuc")])
def test_ho_before_a_district_like_given_name_after_a_provincial_title_is_a_family_name(written, name):
    text = f"وقال رئيس مجلس الشعب الإقليمي {written} إن المقاطعة حققت نتائج جيدة."
    assert posts(text) == [(name, "chair", "peoples_council")]


def test_in_before_a_province_after_a_provincial_body_is_no_name():
    # في spells no family name the corpora attest, nor a place's first syllable: "في ثانه هوا" is in Thanh Hoa,
    # not Vi Thanh, the city of Hau Giang (dev ar-016, whose gold places it in Thanh Hoa)
    text = "واصل مجلس الشعب الإقليمي في ثانه هوا يومه الثاني من العمل."
    assert officials(text) == []
    assert extracted(text, lang="ar").province == "Thanh Hoa"
