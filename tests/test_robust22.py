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
