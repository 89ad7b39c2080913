"""A new script is data: one ``Script(...)`` line and a pack with a ``translit.tsv``, no engine edit.

The test adds Cyrillic the way LANGUAGES.md ("A new script") says: the line a maintainer would add
to ``kg/script.py`` (put into ``kg.script.SCRIPTS`` here), and a tiny Russian pack in a temporary
folder found through ``KG_PACK_PATH`` (``kg.lang.pack_folder``). Names written in Cyrillic are then
read syllable by syllable and scored by ``kg/data/names_vi.tsv``, as Arabic-script names are.
"""

from __future__ import annotations

import pytest

import kg
from kg import detect, script
from kg.extract import names
from kg.lang import PACK_PATH, available_languages, load_pack
from kg.model import Article

# How Vietnamese syllables are written in Russian (Kontsevich's system, enough for the test):
# part, Latin (folded), Cyrillic spellings (the usual one first)
TRANSLIT = """\
# a tiny table: only the parts the test's names need, and some more
onset	ch	т|ч
onset	d	з|д
onset	h	х
onset	l	л
onset	m	м
onset	n	н
onset	ng	нг
onset	ph	ф
onset	t	т
onset	th	т
onset	tr	ч
onset	v	в
nucleus	a	а
nucleus	ai	ай
nucleus	e	е|э
nucleus	i	и
nucleus	o	о
nucleus	u	у
nucleus	ua	уа
nucleus	uye	уе
coda	c	к
coda	m	м
coda	n	н
coda	ng	нг
coda	nh	нь
coda	t	т
"""

CYRILLIC = script.Script("cyrillic", "\u0400-\u04ff", "ru", ("cp1251", "koi8_r"))

TEXT = (
    "Товарищ Май Ван Туат, секретарь провинциального комитета партии, председательствовал на заседании. "
    "На заседании присутствовал Фам Минь Тинь."
)


@pytest.fixture
def russian(tmp_path, monkeypatch):
    """The Cyrillic script and a Russian pack, as a maintainer would add them (data only)."""
    pack = tmp_path / "ru"
    pack.mkdir()
    (pack / "translit.tsv").write_text(TRANSLIT, encoding="utf-8")
    (pack / "roles.tsv").write_text(
        "секретарь провинциального комитета партии\tsecretary\tparty_committee\tprovincial\n",
        encoding="utf-8",
    )
    (pack / "cues.tsv").write_text(
        "honorific\tтоварищ\nchair\tпредседательствовал\nattend\tприсутствовал\nmeeting\tзаседании\n",
        encoding="utf-8",
    )
    monkeypatch.setenv(PACK_PATH, str(tmp_path))
    scripts = (*script.SCRIPTS, CYRILLIC)  # the one line of kg/script.py
    monkeypatch.setattr(script, "SCRIPTS", scripts)
    monkeypatch.setattr(detect, "SCRIPTS", scripts)  # kg.detect's name for the same tuple
    return load_pack("ru")


def test_without_the_script_and_pack_cyrillic_names_are_not_read():
    assert "ru" not in available_languages()
    assert names.find_names(TEXT) == []


def test_cyrillic_names_read_syllable_by_syllable(russian):
    assert "ru" in available_languages() and russian.folder is not None
    found = names.find_names(TEXT, russian)
    assert [m.name for m in found] == ["Mai Van Tuat", "Pham Minh Chinh"]
    assert {m.script for m in found} == {"cyrillic"}
    assert [TEXT[m.start : m.end] for m in found] == ["Май Ван Туат", "Фам Минь Тинь"]
    # the scores, not the table, choose: "Тинь" is spelled alike by tinh and chinh at no cost
    assert {"tinh", "chinh"} <= set(names._costs(names.reader_for("тинь"))["тинь"])
    # lower-case words are no names in a script with case, even those that spell syllables ("на")
    assert names.reader_for("на") is not None and "на" in names._costs(names.reader_for("на"))
    assert names.find_names("на ван туат", russian) == []


def test_arabic_reading_is_unchanged_beside_a_new_script(russian):
    assert [r.script for r in names.readers()] == ["arabic", "cyrillic"]
    assert names.read_name("ماي فان توات".split()) == "mai van tuat"
    assert names.read_name("май ван туат".split()) == "mai van tuat"


def test_the_engine_reads_a_cyrillic_article(russian):
    assert detect.detect_language(TEXT) == "ru"
    x = kg.extract(Article("ru-1", TEXT))
    assert x.article.lang == "ru"
    officials = {o.name: [p.role for p in o.positions] for o in x.officials}
    assert officials["Mai Van Tuat"] == ["secretary"]
    assert [m.chairs for m in x.meetings] == [["Mai Van Tuat"]]
