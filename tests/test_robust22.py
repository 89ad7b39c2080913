"""robust22: the accidents of how a text reaches us (docs/robustness.md) read as the text, one case per fix."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.reader import read_articles
from kg.text import strip_marks
from tests.helpers import DEV, extracted, positions

CHAIRED = "ترأس الاجتماع الرفيق دو فان تشين، عضو المكتب السياسي، نائب رئيس الوزراء."
POSTS = {("member", "politburo", "central"), ("deputy_prime_minister", "government", "central")}


def test_a_word_stretched_by_a_tatweel_is_the_word():
    stretched = "ترأس الاجتماع الرفيـق دو فـان تشـين، عضو المكتب السـياسي، نائب رئيس الـوزراء."
    assert strip_marks(stretched) == CHAIRED
    x = extracted(stretched, "ar")
    assert [o.name for o in x.officials] == ["Do Van Chien"]
    assert positions(x, "Do Van Chien") == POSTS == positions(extracted(CHAIRED, "ar"), "Do Van Chien")


@pytest.mark.parametrize("end", ["\r", "\r\n"])
def test_an_old_mac_or_windows_file_reads_as_the_text(tmp_path, end):
    # en-008: with lone CRs the text was one line and its meeting moved a day (2024-06-18 -> 06-19)
    text = (DEV / "en-008.txt").read_text(encoding="utf-8")
    (tmp_path / "en-008.txt").write_bytes(text.replace("\n", end).encode("utf-8"))
    (article,) = read_articles([tmp_path / "en-008.txt"])
    (plain,) = read_articles([DEV / "en-008.txt"])
    assert article.text == plain.text
    assert (
        [m.date for m in extract(article).meetings]
        == [m.date for m in extract(plain).meetings]
        == ["2024-06-18"]
    )


def _posts(text: str) -> dict[str, set[tuple[str, str, str | None]]]:
    return {
        o.name: {(p.role, p.body.org, p.body.level) for p in o.positions}
        for o in extracted(text, "ar").officials
    }


@pytest.mark.parametrize(
    "hamza",
    [
        "ترأس المؤتمر الرفيق ماي فان توات، أمين لجنة الحزب الإقليمية.",
        "وحضر الاجتماع الرفيق تو لام، الأمين العام للجنة المركزية للحزب.",
        "أكد السكرتير الإقليمي للحزب لي كوانج تونج أن عام 2023 يمثل نصف فترة تنفيذ القرار.",
    ],
    ids=["secretary", "general secretary", "that"],
)
def test_a_title_written_with_a_bare_alef_is_the_title(hamza):
    # many sites write 'أمين' as 'امين', 'الإقليمية' as 'الاقليمية', 'أن' as 'ان': the pack's wordings match either
    bare = hamza.replace("أ", "ا").replace("إ", "ا")
    assert _posts(bare) == _posts(hamza) and all(_posts(hamza).values())


def test_a_function_word_with_a_bare_alef_stays_a_function_word():
    # 'أن' (that) after a name is no syllable of it, folded or not; 'الى' (to, 'إلى') opens no body's name after a
    # title ('نواب الجمعية الوطنية الى كلمة رئيس ...': the deputies listened to the Chairman, no member's post of his)
    assert list(
        _posts("أكد السكرتير الإقليمي للحزب لي كوانج تونج أن عام 2023 يمثل نصف فترة تنفيذ القرار.")
    ) == ["Le Quang Tung"]
    for to in ("إلى", "الى"):
        heard = f"استمع نواب الجمعية الوطنية {to} كلمة رئيس الجمعية الوطنية فونج دينه هوي."
        assert _posts(heard) == {"Vuong Dinh Hue": {("chair", "national_assembly", "central")}}


def test_an_alef_madda_is_no_bare_alef():
    # 'آنه' (Anh) is a name's syllable, 'أنه' (that he) a word: folded apart, so the name before 'أنه' keeps it
    said = "وقال رئيس مجلس الشعب الإقليمي نجوين هواي آنه أنه في ظل الأجواء العاجلة يجب تنفيذ المهام."
    assert list(_posts(said)) == ["Nguyen Hoai Anh"]


def test_a_text_with_doubled_spaces_reads_as_the_text(tmp_path):
    # en-007: 'who both  serve as deputy heads of  the  Subcommittee' lost Mua A Son's deputy head's post
    text = (DEV / "en-007.txt").read_text(encoding="utf-8")
    (tmp_path / "en-007.txt").write_text(text.replace(" ", "  ").replace(".  ", ".   "), encoding="utf-8")
    (article,) = read_articles([tmp_path / "en-007.txt"])
    (plain,) = read_articles([DEV / "en-007.txt"])
    assert article.text == plain.text
    assert ("deputy_head", "other", "provincial") in positions(extract(article), "Mua A Son")


@pytest.mark.parametrize("dash", ["-", " - ", " – ", " — ", "–"])
def test_a_document_code_written_with_a_dash_is_the_code(dash):
    # a word processor makes '57 - NQ/TW' '57 – NQ/TW' (en-010)
    text = (
        f"The Department implemented Resolution No. 57{dash}NQ/TW of the Politburo on science and technology."
    )
    assert [d.number for d in extracted(text, "en").documents] == ["57-NQ/TW"]


def test_a_text_in_persian_letters_reads_as_the_text():
    # a Persian keyboard types yeh and kaf as ی and ک: the name reader read them, the packs' wordings did not
    arabic = "ترأس المؤتمر الرفيق ماي فان توات، أمين لجنة الحزب الإقليمية، رئيس مجلس الشعب الإقليمي."
    persian = arabic.replace("ي", "ی").replace("ك", "ک")
    assert (
        _posts(persian)
        == _posts(arabic)
        == {
            "Mai Van Tuat": {
                ("secretary", "party_committee", "provincial"),
                ("chair", "peoples_council", "provincial"),
            }
        }
    )
