"""Arabic rules found by reading the second blind silver set (silver/ set ar2) and the unlabelled
Arabic articles: sentences written in their style (not copied from one article), each checking one
rule."""

from __future__ import annotations

import pytest

from kg import resolve
from kg.resolve import Resolver, home_reading
from kg.text import fold
from tests.helpers import extracted

# two officials whose names Arabic writes alike (فونج: Phong, Phuong, Phung, Vuong...), of two provinces
LISTED = {"nguyen van phong": ("Ha Noi", "Ha Noi"), "nguyen van phuong": ("Ninh Binh", "Ninh Binh")}


@pytest.fixture(autouse=True)
def _fresh_known_officials():
    # (known_officials() caches local_officials(), which tests here replace)
    resolve.known_officials.cache_clear()
    yield
    resolve.known_officials.cache_clear()


@pytest.fixture
def listed(monkeypatch):
    monkeypatch.setattr(resolve, "local_officials", lambda: LISTED)


def resolved_names(text: str) -> list[str]:
    x = extracted(text, lang="ar")
    Resolver().resolve(x)
    return [o.name for o in x.officials]


def test_a_reading_of_the_officials_own_province_is_preferred(listed):
    # (the likeliest reading, Nguyen Van Phong, is a listed official of Ha Noi; this one heads Ninh Binh's
    # People's Committee, and Ninh Binh's listed Nguyen Van Phuong is one of the readings)
    text = "وحضر الاجتماع الرفيق نجوين فان فونج، نائب أمين لجنة الحزب ورئيس اللجنة الشعبية لمقاطعة نينه بينه."
    assert resolved_names(text) == ["Nguyen Van Phuong"]


def test_a_reading_listed_in_the_officials_province_is_kept(listed):
    text = "وحضر الاجتماع الرفيق نجوين فان فونج، نائب أمين لجنة الحزب في مدينة ها نوي."
    assert resolved_names(text) == ["Nguyen Van Phong"]


def test_a_central_official_is_not_read_by_a_province(monkeypatch):
    # (no local post: the province of the article says nothing of a minister's name, even when the
    # other reading is a listed official of that province; which of the two namesakes the letters
    # and the name counts prefer is theirs to say)
    text = "وفي مقاطعة نينه بينه، حضر الاجتماع الرفيق نجوين فان فونج، نائب وزير المالية."
    (read,) = [o.name for o in extracted(text, lang="ar").officials]
    assert read in ("Nguyen Van Phong", "Nguyen Van Phuong")
    other = "nguyen van phuong" if read == "Nguyen Van Phong" else "nguyen van phong"
    listed = {fold(read): ("Ha Noi", "Ha Noi"), other: ("Ninh Binh", "Ninh Binh")}
    monkeypatch.setattr(resolve, "local_officials", lambda: listed)
    assert resolved_names(text) == [read]


def test_home_reading_needs_a_province_and_a_listed_reading(listed):
    assert home_reading("Nguyen Van Phong", ["Nguyen Van Phuong"], {"Ninh Binh"}) == "Nguyen Van Phuong"
    assert home_reading("Nguyen Van Phong", ["Nguyen Van Phuong"], set()) is None
    assert home_reading("Nguyen Van Phong", ["Nguyen Van Vuong"], {"Ninh Binh"}) is None


SLUGGED = "وحضر الاجتماع الرفيق فام فان فونج، أمين لجنة الحزب الإقليمية ورئيس مجلس الشعب الإقليمي في مقاطعة نينه بينه."


def test_the_name_the_page_address_spells_decides_between_readings(monkeypatch):
    # (فونج is Phong, Phuong, Phung or Vong; the address writes the Vietnamese title: "...-pham-van-vong")
    # (the shipped lists may come to know Pham Van Vong: left out here, the address alone decides)
    listed = resolve.known_officials() - {"pham van vong"}
    monkeypatch.setattr(resolve, "known_officials", lambda: listed)
    plain = extracted(SLUGGED, lang="ar")
    slugged = extracted(
        SLUGGED, lang="ar", url="https://www.vietnam.vn/ar/ky-luat-nguyen-bi-thu-pham-van-vong"
    )
    assert [o.name for o in plain.officials] != ["Pham Van Vong"]
    assert [o.name for o in slugged.officials] == ["Pham Van Vong"]


def test_the_address_reading_is_kept_over_a_listed_official_of_the_province(monkeypatch):
    monkeypatch.setattr(resolve, "local_officials", lambda: {"pham van phuong": ("Ninh Binh", "Ninh Binh")})
    x = extracted(SLUGGED, lang="ar", url="https://www.vietnam.vn/ar/ky-luat-nguyen-bi-thu-pham-van-vong")
    Resolver().resolve(x)
    assert [o.name for o in x.officials] == ["Pham Van Vong"]
