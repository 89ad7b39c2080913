"""kg/data/officials_known.tsv: Vietnam's officials kept by hand (general knowledge, not the corpora).

Its names are readings a name written in another script prefers (kg.resolve.choose_reading, before
the generated kg/data/local_officials.tsv), and with their provinces local officials
(kg.resolve.local_officials, home_reading); they do not make a bare name an official
(kg.resolve.attested_officials).
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from kg import gazetteer, tables
from kg.extract import extract
from kg.extract.names import _reader, ranked_readings, read_name
from kg.model import Article
from kg.resolve import (
    attested_officials,
    choose_reading,
    hand_officials,
    hand_province,
    home_reading,
    known_officials,
    local_officials,
    plausible_readings,
)
from kg.text import fold

PATH = tables.data_path("data", "officials_known.tsv")


def _rows() -> list[list[str]]:
    return [
        line.split("\t")
        for line in PATH.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]


def test_every_line_has_its_four_fields():
    rows = _rows()
    assert len(rows) > 150
    for row in rows:
        assert len(row) == 4, row
        name, _province, posts, years = row
        assert name == name.strip() and posts.strip() and posts == posts.strip(), row
        assert re.fullmatch(r"(19|20)\d\d-((19|20)\d\d)?", years), row
        start, _, end = years.partition("-")
        assert not end or int(start) <= int(end), row


def test_names_are_written_with_their_diacritics():
    for name, *_ in _rows():
        assert name == unicodedata.normalize("NFC", name), name
        assert not name.isascii(), name  # a Vietnamese name with no mark was written unaccented
        assert len(name.split()) >= 2 and all(w[0].isupper() for w in name.split()), name


def test_no_name_is_listed_twice():
    names = [fold(row[0]) for row in _rows()]
    assert len(names) == len(set(names))


def test_provinces_are_known():
    for name, province, *_ in _rows():
        assert hand_province(province), (name, province)


def test_a_merged_province_is_written_by_the_name_it_kept_then_the_one_before():
    # "Đắk Lắk/Phú Yên": a post of the 2025-2030 term in a merged province, the earlier in one merged into it
    for name, province, *_ in _rows():
        if "/" in province:
            now, before = hand_province(province)
            assert gazetteer.successor(now) == now, (name, province)  # one of the 34 by its kept name
            assert now != before and gazetteer.merged_into(before) == now, (name, province)
    assert hand_province("Đắk Lắk/Phú Yên") == ("Dak Lak", "Phu Yen")
    assert hand_province("Phú Thọ/Hà Nội") is not None  # (the test above keeps such a row out of the file)
    assert hand_province("Atlantis") is None and hand_province("Đắk Lắk/Atlantis") is None


def test_a_post_merger_row_is_a_local_official_of_both_names():
    # Tạ Anh Tuấn: Phu Yen's chairman (2021), Dak Lak's after Phu Yen was merged into it (2025)
    assert hand_officials()["ta anh tuan"] == "Dak Lak"
    assert local_officials()["ta anh tuan"] == ("Dak Lak", "Phu Yen")
    assert gazetteer.named_in(2024, *local_officials()["ta anh tuan"]) == "Phu Yen"
    assert gazetteer.named_in(2026, *local_officials()["ta anh tuan"]) == "Dak Lak"
    # an article about either is about his province (home_reading compares provinces across the merger)
    for place in ("Phu Yen", "Dak Lak"):
        keys = gazetteer.province_keys([place])
        assert home_reading("Ta Anh Toan", ["Ta Anh Tuan"], keys) == "Ta Anh Tuan"
    assert home_reading("Ta Anh Toan", ["Ta Anh Tuan"], gazetteer.province_keys(["Ha Noi"])) is None
    # a row without "/" keeps one name for both (Đoàn Minh Huấn, Ninh Bình)
    assert local_officials()["doan minh huan"] == ("Ninh Binh", "Ninh Binh")


def test_the_loader_reads_every_row():
    hand = hand_officials()
    assert len(hand) == len(_rows())
    assert hand["pham minh chinh"] == "central" and hand["doan minh huan"] == "Ninh Binh"
    assert set(hand) <= known_officials()
    # a provincial one is a local official (the corpora's province first when they list the name)
    assert "pham minh chinh" not in local_officials()
    assert local_officials()["doan minh huan"] == ("Ninh Binh", "Ninh Binh")


def test_a_listed_name_is_chosen_among_close_readings():
    # Đoàn Minh Huấn (Ninh Bình): 'هوان' is Hoan (likelier) or Huan; the generated list has a
    # misreading 'Doan Minh Hoan' of Ninh Binh, which the hand-kept list outranks
    assert read_name(["دوان", "مينه", "هوان"]) == "doan minh huan"
    ranked = [(-13.9, "doan minh hoan"), (-15.7, "doan minh huan")]
    assert choose_reading(ranked, lambda: (), lambda n: 0.0) == "doan minh huan"
    # the article's own names still come first
    assert choose_reading(ranked, lambda: (), lambda n: 0.0, {"doan minh hoan"}) == "doan minh hoan"
    x = extract(Article("t", "حضر الرفيق دوان مينه هوان، سكرتير لجنة الحزب الإقليمية.", lang="ar"))
    assert [o.name for o in x.officials] == ["Doan Minh Huan"]


@pytest.mark.parametrize(
    ("surface", "reading", "likeliest"),
    [
        # Chử Xuân Dũng, vice chairman of Hanoi's People's Committee (2020-): دونج is Dong, Dung or Duong
        (["تشو", "شوان", "دونج"], "chu xuan dung", "chu xuan dong"),
        # Hoàng Đạo Cương, deputy minister of culture (2020-): كونغ is Cong or Cuong
        (["هوانغ", "داو", "كونغ"], "hoang dao cuong", "hoang dao cong"),
        # Võ Minh Lương, deputy minister of defence (2021-): فو is Vu or Vo, لونغ Long or Luong
        (["فو", "مينه", "لونغ"], "vo minh luong", "vu minh long"),
    ],
)
def test_a_2025_official_is_chosen_among_close_readings(surface, reading, likeliest):
    assert reading in hand_officials()
    ranked = ranked_readings(tuple(surface), _reader(surface, None))
    assert ranked[0][1] == likeliest and reading in plausible_readings(ranked)
    assert read_name(surface) == reading
    text = f"حضر الرفيق {' '.join(surface)}، نائب رئيس اللجنة الشعبية."
    assert [fold(o.name) for o in extract(Article("t", text, lang="ar")).officials] == [reading]


def test_a_listed_name_far_from_the_likeliest_is_not_taken():
    ranked = [(-10.0, "nguyen van a"), (-30.0, "doan minh huan")]
    assert choose_reading(ranked, lambda: (), lambda n: 0.0) == "nguyen van a"


@pytest.mark.parametrize(
    ("surface", "reading"),
    [
        (["تران", "ثانه"], "tran thanh"),  # not Trần Thắng (Quảng Bình), 'ثانغ'
        (["دوان", "مينه", "هوانغ"], "doan minh hoang"),  # not Đoàn Minh Huấn, 'هوان'
    ],
)
def test_an_unlisted_reading_is_not_pulled_to_a_listed_one(surface, reading):
    assert reading not in hand_officials()
    assert read_name(surface) == reading
    text = f"حضر الرفيق {' '.join(surface)}، سكرتير لجنة الحزب الإقليمية."
    assert [fold(o.name) for o in extract(Article("t", text, lang="ar")).officials] == [reading]


def test_home_reading_knows_the_listed_provinces():
    # Nguyễn Văn Phương (Huế) and Nguyễn Văn Phong (Hà Nội) are both listed: the article's province decides
    assert home_reading("Nguyen Van Phong", ["Nguyen Van Phuong"], {"Hue"}) == "Nguyen Van Phuong"
    assert home_reading("Nguyen Van Phuong", ["Nguyen Van Phong"], {"Ha Noi"}) == "Nguyen Van Phong"


def test_a_bare_listed_name_is_no_official():
    # listed only here (not in known_officials.txt nor local_officials.tsv): no title, no official
    assert "tran huy tuan" in hand_officials()
    assert "tran huy tuan" not in attested_officials()
    text = (
        "Tran Huy Tuan visited the factory on Monday. "
        "The Chairman of the Provincial People's Committee, Le Van A, spoke."
    )
    assert [o.name for o in extract(Article("t", text, lang="en")).officials] == ["Le Van A"]
    titled = "Tran Huy Tuan, Chairman of the Yen Bai Provincial People's Committee, visited the factory."
    assert [o.name for o in extract(Article("t", titled, lang="en")).officials] == ["Tran Huy Tuan"]


def test_no_hand_listed_name_is_attested_by_the_list_alone():
    listed = {fold(n) for n in tables.lines(tables.data_path("data", "known_officials.txt"))}
    rows = tables.rows(tables.data_path("data", "local_officials.tsv"))
    local = {fold(r[0]) for r in rows}
    for name in hand_officials():
        if name not in listed and name not in local:
            assert name not in attested_officials(), name
