"""names27 (stop 40): officials in text kg has not read (docs/names.md, "names27").

A Hmong name "X A Y" written in Arabic script whose last syllable is also a function word ("سونغ أ هو": Sung A
Ho; هو is "he") is read whole: the middle "A" (أ), counted in the middle of names and never last, closes no
name (written أ or ا), so the function word after it is the name's last syllable, as after Van or Thi.

An ambassador (Đại sứ) is an official: other/other, of no level, as the silver gold codes one (u-ar-0041), in every
language, also with the country he is posted to between his title and his name."""

from __future__ import annotations

import pytest

from tests.helpers import extracted

HMONG = [
    ("وقال أمين لجنة الحزب الإقليمية سونغ أ هو إن المقاطعة حققت نتائج.", "Sung A Ho"),
    ("وقال أمين لجنة الحزب الإقليمية موا أ هو إن المقاطعة حققت نتائج.", "Mua A Ho"),
    # A written with a bare alef, whose likeliest reading (E) no name has, before a noun
    ("وألقى أمين لجنة الحزب الإقليمية سونغ ا هو كلمة في المؤتمر.", "Sung A Ho"),
]


@pytest.mark.parametrize(("text", "name"), HMONG, ids=["sung-a-ho", "mua-a-ho", "bare-alef"])
def test_a_hmong_name_closed_by_a_function_word_is_read_whole(text: str, name: str) -> None:
    x = extracted(text, "ar")
    assert [o.name for o in x.officials] == [name]
    assert ("secretary", "party_committee") in {(p.role, p.body.org) for p in x.officials[0].positions}


GUARDS = [
    # a name of two syllables whose last closes names keeps "in the meeting" out
    ("وقال رئيس الدولة لونغ كونغ في الاجتماع إن البلاد حققت نتائج.", ["Luong Cuong"]),
    # a Hmong name of three syllables is not lengthened by the word after it
    ("وقال أمين لجنة الحزب الإقليمية جيانغ أ تشو إن المقاطعة حققت نتائج.", ["Giang A Chu"]),
    # a name of three syllables before the copula: "is"
    ("وقال إن رئيس مجلس الشعب الإقليمي هاو أ لينه هو من قاد العمل.", ["Hau A Lenh"]),
]


@pytest.mark.parametrize(("text", "names"), GUARDS, ids=["two-syllables", "three-syllables", "copula"])
def test_a_function_word_after_a_whole_name_stays_out(text: str, names: list[str]) -> None:
    assert [o.name for o in extracted(text, "ar").officials] == names


# an ambassador (Đại sứ) holds a public office: other/other, as the silver gold codes u-ar-0041's "السفير ها في"
AMBASSADOR = {
    "ar": "وحضر الحفل السفير الفيتنامي لدى الصين فام ثانه بينه.",
    "en": "The ceremony was attended by Ambassador Pham Thanh Binh.",
    "pl": "W ceremonii uczestniczył ambasador Pham Thanh Binh.",
    "fr": "L'ambassadeur Pham Thanh Binh a assisté à la cérémonie.",
    "es": "El embajador Pham Thanh Binh asistió a la ceremonia.",
    "de": "Botschafter Pham Thanh Binh nahm an der Zeremonie teil.",
    "vi": "Đại sứ Phạm Thanh Bình dự buổi lễ.",
}


@pytest.mark.parametrize("lang", sorted(AMBASSADOR))
def test_an_ambassador_is_an_official(lang: str) -> None:
    x = extracted(AMBASSADOR[lang], lang)
    assert [o.name for o in x.officials] == ["Pham Thanh Binh"]
    # (of no level: the gold's null, as a rector's; review27 Medium 4)
    assert {(p.role, p.body.org, p.body.level) for p in x.officials[0].positions} == {
        ("other", "other", None)
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ambassadors of many countries attended the ceremony."),
        ("pl", "W ceremonii uczestniczyli ambasadorzy wielu krajów."),
        ("ar", "وحضر سفراء عدة دول الحفل."),
        ("de", "Der Botschafter sagte, die Beziehungen seien gut."),
    ],
)
def test_ambassadors_with_no_name_are_no_official(lang: str, text: str) -> None:
    assert extracted(text, lang).officials == []


def test_a_counsellor_of_the_embassy_is_no_ambassador() -> None:
    # vi 'Đại sứ quán' (the embassy) holds the ambassador's word: a body, no post (review27 Medium 4)
    x = extracted("Ông Nguyễn Văn An, Tham tán Đại sứ quán Việt Nam tại Lào, phát biểu.", "vi")
    assert [p.role for o in x.officials for p in o.positions] == []


# the country he is posted to between the title and the name
POSTED_TO = {
    "ar": "وحضر الحفل سفير فيتنام لدى الصين فام ثانه بينه.",
    "en": "Vietnamese Ambassador to China Pham Thanh Binh attended the ceremony.",
    "pl": "W ceremonii uczestniczył ambasador Wietnamu w Chinach Pham Thanh Binh.",
    "fr": "L'ambassadeur du Vietnam en Chine Pham Thanh Binh a assisté à la cérémonie.",
    "es": "El embajador de Vietnam en China, Pham Thanh Binh, asistió a la ceremonia.",
    "de": "Der Botschafter Vietnams in China Pham Thanh Binh nahm an der Zeremonie teil.",
    "vi": "Đại sứ Việt Nam tại Lào Phạm Thanh Bình dự buổi lễ.",
}


# vi 'Đại sứ Việt Nam tại': a role row that writes 'Việt Nam' makes 'nam' a word of the pack, which no
# person's name may hold, and 'Nguyễn Văn Nam tại Hà Nội' lost its last syllable (tests/test_title_gap.py)
_LEFT = {"vi": "a role row 'đại sứ việt nam tại' would make the given name Nam a pack word"}


@pytest.mark.parametrize(
    "lang",
    [
        pytest.param(
            lang, marks=[pytest.mark.xfail(strict=True, reason=_LEFT[lang])] if lang in _LEFT else []
        )
        for lang in sorted(POSTED_TO)
    ],
)
def test_an_ambassador_with_the_country_he_is_posted_to(lang: str) -> None:
    x = extracted(POSTED_TO[lang], lang)
    assert [o.name for o in x.officials] == ["Pham Thanh Binh"]
    assert {(p.role, p.body.org, p.body.level) for p in x.officials[0].positions} == {
        ("other", "other", None)
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Ambassador to Japan attended the ceremony."),
        ("pl", "Ambasador w Chinach powiedział, że stosunki są dobre."),
    ],
)
def test_an_ambassador_posted_somewhere_with_no_name_is_no_official(lang: str, text: str) -> None:
    assert extracted(text, lang).officials == []
