"""robust22: the accidents of how a text reaches us (docs/robustness.md) read as the text, one case per fix."""

from __future__ import annotations

from kg.text import strip_marks
from tests.helpers import extracted, positions

CHAIRED = "ترأس الاجتماع الرفيق دو فان تشين، عضو المكتب السياسي، نائب رئيس الوزراء."
POSTS = {("member", "politburo", "central"), ("deputy_prime_minister", "government", "central")}


def test_a_word_stretched_by_a_tatweel_is_the_word():
    stretched = "ترأس الاجتماع الرفيـق دو فـان تشـين، عضو المكتب السـياسي، نائب رئيس الـوزراء."
    assert strip_marks(stretched) == CHAIRED
    x = extracted(stretched, "ar")
    assert [o.name for o in x.officials] == ["Do Van Chien"]
    assert positions(x, "Do Van Chien") == POSTS == positions(extracted(CHAIRED, "ar"), "Do Van Chien")
