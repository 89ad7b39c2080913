"""Officials and posts of whole machine-translated Arabic and Polish articles that kg misread, found by
translating read articles rich in officials the way vietnam.vn's machine translation writes them (silver/mt5/,
synthetic translations, not real MT): each case fails without the rule it tests."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article

HEADLINE = "Wiadomości.\n"


def posts(text: str) -> dict[str, set[tuple[str, str, str | None]]]:
    """(role, org, level) of every post each official of the text is given (the first line is a headline)."""
    found = extract(Article("mt5-probe", text)).officials
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in found}


# Polish and Arabic drop the subject: a sentence that opens (after a date, "2015 r." too, or an adverb without a
# comma) with a past verb of holding a post speaks of the official named last.
@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "Pan Phan Viet Cuong urodził się w 1963 r. w prowincji Quang Nam. W październiku 2015 r. został "
            "wybrany na stanowisko stałego zastępcy sekretarza Prowincjonalnego Komitetu Partii.",
            "Phan Viet Cuong",
            ("standing_deputy_secretary", "party_committee", "provincial"),
        ),
        (
            "Pan Phan Viet Cuong urodził się w 1963 r. w prowincji Quang Nam. Wcześniej pełnił funkcję "
            "zastępcy sekretarza Komitetu Partii Dystryktu Tay Giang.",
            "Phan Viet Cuong",
            ("deputy_secretary", "party_committee", "district"),
        ),
        (
            "Pani Lam Thi Phuong Thanh, sekretarz Prowincjonalnego Komitetu Partii, urodziła się w 1962 r. w prowincji Ninh Binh. "
            "Posiada tytuł magistra prawa. W 2019 r. "
            "została mianowana na stanowisko szefowej Komisji Organizacyjnej Prowincjonalnego Komitetu Partii.",
            "Lam Thi Phuong Thanh",
            ("head", "party_commission", "provincial"),
        ),
        (
            "عنوان.\nالسيد دونج فان آن، أمين لجنة الحزب الإقليمية في فينه فوك، من مقاطعة ثوا ثين هوي. من مارس 2014 إلى أكتوبر 2020، شغل منصب نائب "
            "أمين لجنة الحزب الإقليمية في بينه ثوان.",
            "Duong Van An",
            ("deputy_secretary", "party_committee", "provincial"),
        ),
    ],
)
def test_a_dropped_subject_is_the_last_official(text: str, name: str, post: tuple) -> None:
    if not text.startswith("عنوان"):
        text = HEADLINE + text
    assert post in posts(text)[name]


# "sekretarz Partii" in any case is a local Party Secretary (en "Party Secretary"), not the Party's own post.
def test_pl_party_secretary_in_the_accusative() -> None:
    text = HEADLINE + "W prowincji Vinh Long pan Tran Van Ron został ponownie wybrany na sekretarza Partii."
    found = posts(text)["Tran Van Ron"]
    assert ("secretary", "party_committee", "provincial") in found
    assert not any(org == "communist_party" for _, org, _ in found)


# the Vice President of the State is vice_chair of other, central (this session's convention)
def test_pl_vice_president() -> None:
    text = HEADLINE + "Zastąpił panią Dang Thi Ngoc Thinh, która jest obecnie wiceprezydentem."
    assert ("vice_chair", "other", "central") in posts(text)["Dang Thi Ngoc Thinh"]


# Đại biểu Quốc hội as "a deputy in the National Assembly" is a member of it, and a standing deputy in the
# accusative (نائبا دائما) is still standing.
@pytest.mark.parametrize(
    ("title", "post"),
    [
        ("نائبًا في الجمعية الوطنية الخامسة عشرة", ("member", "national_assembly", "central")),
        (
            "نائبا دائما لأمين لجنة الحزب الإقليمية",
            ("standing_deputy_secretary", "party_committee", "provincial"),
        ),
    ],
)
def test_ar_accusative_titles(title: str, post: tuple) -> None:
    text = f"عنوان.\nوحضر الاجتماع السيد فام هوانغ آنه، {title}."
    assert post in posts(text)["Pham Hoang Anh"]
