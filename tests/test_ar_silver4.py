"""Arabic rules found by reading the fourth blind silver set (/work/silver/ar4) and the unlabelled
Arabic articles: each test checks one rule, on sentences written in the articles' style."""

from __future__ import annotations

from kg.extract.names import _token_options, _window, ranked_readings, read_name, reader_for


def test_an_attested_full_name_is_read_through_a_less_usual_spelling():
    # "كوي" spells quy, que, coi, cui... at lower cost; Khoi (kh written ك) comes after the eight
    # candidates kept per token, yet a full name the Latin-script corpora attest is still tried
    reader = reader_for("كوي")
    assert "khoi" not in dict(_token_options(reader, "كوي"))
    assert "khoi" in _window(reader, "كوي")
    readings = [name for _, name in ranked_readings(("نجوين", "نهو", "كوي"))]
    assert "nguyen nhu khoi" in readings
    assert read_name(["نجوين", "نهو", "كوي"]) == "nguyen nhu khoi"


def test_an_unattested_name_keeps_its_likeliest_reading():
    # the wider window only adds names the corpora attest: a common reading is unchanged
    assert read_name(["ماي", "فان", "توات"]) == "mai van tuat"
