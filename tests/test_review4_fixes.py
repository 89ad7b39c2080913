"""Misfires found by review4 (docs/reviews/review4.md) on sentences the rules were not written from: a rule written
for one wording must not fire on these."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article


def _x(text: str, lang: str):
    return extract(Article("case", text, lang=lang))


def _bodies(text: str, lang: str, name: str) -> set[tuple[str, str, str | None, str | None]]:
    return {
        (p.role, p.body.org, p.body.level, p.body.place)
        for o in _x(text, lang).officials
        if o.name == name
        for p in o.positions
    }


# be0c8c8: "national" was a level word, so the National Assembly's delegation of a province and a province's
# steering committee for the national target programmes were central
@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Mr. Nguyen Van An, Deputy Head of the National Assembly Delegation of Nghe An province, spoke.",
            ("deputy_head", "national_assembly_delegation", "provincial", "Nghe An"),
        ),
        (
            "Mr. Nguyen Van An, Head of the Steering Committee for National Target Programmes of Nghe An "
            "province, spoke.",
            ("head", "steering_committee", "provincial", "Nghe An"),
        ),
        (  # the national one stays central
            "Mr. Nguyen Van An has been assigned to be head of the National Steering Committee for COVID-19 "
            "Prevention and Control.",
            ("head", "steering_committee", "central", None),
        ),
    ],
)
def test_national_in_a_body_name_is_no_level(text, post):
    assert post in _bodies(text, "en", "Nguyen Van An")


def _figures(text: str, lang: str) -> set[float]:
    return {m.value for m in _x(text, lang).metrics}


# abf9354: a day and a month written as a fraction needs a word that dates it; a holiday's or a deadline's
# date after any other word became two counts
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Nhân dịp kỷ niệm Quốc khánh 2/9, lãnh đạo tỉnh Nghệ An đã đến thăm các gia đình chính sách."),
        ("vi", "Chào mừng 50 năm Ngày Giải phóng miền Nam 30/4, tỉnh Nghệ An tổ chức nhiều hoạt động."),
        ("vi", "Dự kiến trong tháng 10, tỉnh sẽ tổ chức đại hội. Hạn chót là 31/12."),
        ("en", "On 15/3, the Nghe An Provincial People's Committee held a conference to review the work."),
        ("fr", "Le 15/3, le Comité populaire provincial de Nghe An a tenu une conférence."),
    ],
)
def test_a_holiday_or_a_day_after_its_month_is_no_figure(lang, text):
    assert not _figures(text, lang) & {2.0, 9.0, 30.0, 4.0, 31.0, 12.0, 15.0, 3.0}


def test_a_share_after_a_plain_word_stays_a_figure():
    assert {5.0, 11.0} <= _figures("Số xã đạt chuẩn nông thôn mới là 5/11.", "vi")


# abf9354 read "no more than 1/3" back as a share, but 5b35219's cap (a rule's bound is no figure) skipped
# fractions: u-en-0002's silver gold records no figure there
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Standing Committee has 23 to 25 members, of which no more than 1/3 are Central Committee members.",
        ),
        ("vi", "Số lượng Ủy viên Ban Thường vụ không quá 1/3 tổng số Tỉnh ủy viên."),
        ("pl", "Komitet liczy nie więcej niż 1/3 członków spoza prowincji."),
    ],
)
def test_a_capped_fraction_is_a_norm(lang, text):
    assert not _figures(text, lang) & {1.0, 3.0}


def _chairs(text: str, lang: str) -> set[str]:
    return {name for m in _x(text, lang).meetings for name in m.chairs}


# 561500f: a name after the meeting noun chairs only when titles alone stand between; a co-chair joined by
# "together with" / "cùng" / "junto con" / "wraz z" / "بالاشتراك مع", or by "with" after a co-chairing verb,
# was dropped in every language
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On March 5, 2024, Mr. Nguyen Van An, Chairman of the Nghe An Provincial People's Committee, chaired "
            "the conference together with Mr. Tran Van Binh, Vice Chairman of the Provincial People's Committee.",
        ),
        (
            "en",
            "On March 5, 2024, Mr. Nguyen Van An, Chairman of the Nghe An Provincial People's Committee, co-chaired "
            "the meeting with Mr. Tran Van Binh, Chairman of the Ha Tinh Provincial People's Committee.",
        ),
        (
            "vi",
            "Sáng 5/3/2024, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy Nghệ An chủ trì hội nghị cùng đồng chí Trần Văn "
            "Bình, Chủ tịch UBND tỉnh.",
        ),
        (
            "es",
            "El 5 de marzo de 2024, el Sr. Nguyen Van An, presidente del Comité Popular provincial de Nghe An, "
            "copresidió la reunión junto con el Sr. Tran Van Binh, presidente del Comité Popular provincial de Ha "
            "Tinh.",
        ),
        (
            "pl",
            "5 marca 2024 r. pan Nguyen Van An, przewodniczący Komitetu Ludowego prowincji Nghe An, "
            "współprzewodniczył spotkaniu wraz z panem Tran Van Binh, przewodniczącym Komitetu Ludowego "
            "prowincji Ha Tinh.",
        ),
        (
            "ar",
            "في 5 مارس 2024، ترأس السيد نغوين فان آن، رئيس اللجنة الشعبية لمقاطعة نغي آن، الاجتماع بالاشتراك مع "
            "السيد تران فان بينه، رئيس اللجنة الشعبية لمقاطعة ها تينه.",
        ),
    ],
)
def test_a_co_chair_joined_after_the_meeting_noun_chairs(lang, text):
    assert {"Nguyen Van An", "Tran Van Binh"} <= _chairs(text, lang)


def test_a_name_after_a_plain_with_and_a_chairing_verb_still_does_not_chair():
    text = (
        "On March 5, 2024, Mr. Nguyen Van An, Chairman of the Nghe An Provincial People's Committee, chaired the "
        "conference, and Mr. Tran Van Binh, Director of the Department of Finance, said the budget was met."
    )
    assert _chairs(text, "en") == {"Nguyen Van An"}


# 3164a1b: an opening place phrase gave its province to the posts of a sentence that names the visitor's
# province after it ("In Ho Chi Minh City, A ... led a delegation of Nghe An province")
def test_an_opening_place_gives_no_province_when_the_sentence_names_another():
    text = (
        "In Ho Chi Minh City, Mr. Nguyen Van An, Secretary of the Provincial Party Committee, led a delegation of "
        "Nghe An province to work with the city."
    )
    assert ("secretary", "party_committee", "provincial", "Ho Chi Minh") not in _bodies(
        text, "en", "Nguyen Van An"
    )
    text = "In Lang Son province, Ms. Nguyen Thi Hoa was re-elected the Secretary of the Provincial Party Committee."
    assert ("secretary", "party_committee", "provincial", "Lang Son") in _bodies(text, "en", "Nguyen Thi Hoa")


# 017d30e: de "leitete die/den/das" chairs only before a listed meeting noun; an adjective or an ordinal
# between the article and the noun lost the chair
@pytest.mark.parametrize("noun", ["die erweiterte Sitzung", "die 15. Sitzung", "die heutige Konferenz"])
def test_a_de_meeting_noun_after_an_adjective_or_ordinal_keeps_the_chair(noun):
    text = (
        "Am 5. März 2024 hielt das Volkskomitee der Provinz Nghe An eine Konferenz ab. Herr Nguyen Van An, "
        f"Vorsitzender des Volkskomitees der Provinz, leitete {noun}."
    )
    assert "Nguyen Van An" in _chairs(text, "de")


@pytest.mark.parametrize("what", ["die Delegation", "den Lenkungsausschuss", "die Umsetzung der Resolution"])
def test_a_de_leading_of_no_meeting_still_chairs_nothing(what):
    text = (
        "Am 5. März 2024 hielt das Volkskomitee der Provinz Nghe An eine Konferenz ab. Herr Nguyen Van An, "
        f"Vorsitzender des Volkskomitees der Provinz, leitete {what}."
    )
    assert "Nguyen Van An" not in _chairs(text, "de")


# 9ef6d70's own test passes without it (a party committee's "as its Secretary" was read before); its rule is
# what gives the National Assembly's chair here
def test_a_possessive_role_after_a_title_link_takes_the_body_before_the_name():
    text = "The National Assembly elected Tran Thanh Man as its Chairman."
    assert ("chair", "national_assembly", "central", None) in _bodies(text, "en", "Tran Thanh Man")


# e0943f6: a chair named before the verb whose title closes with "de <province>" was parted from the verb by
# "de" (no title word), so the co-chair after the verb was kept and the chair himself dropped
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le 5 mars 2024, M. Nguyen Van An, président du Comité populaire provincial de Nghe An, a coprésidé la "
            "réunion avec M. Tran Van Binh.",
        ),
        (
            "es",
            "El 5 de marzo de 2024, el Sr. Nguyen Van An, presidente del Comité Popular provincial de Nghe An, "
            "copresidió la reunión con el Sr. Tran Van Binh.",
        ),
    ],
)
def test_a_chair_whose_title_ends_in_a_province_keeps_the_chair_beside_a_co_chair(lang, text):
    assert {"Nguyen Van An", "Tran Van Binh"} <= _chairs(text, lang)


# e0943f6: an Arabic chair's title closing with a place after its level word ("لمقاطعة نغي آن") parted the
# co-chair listed after it from the chairing verb
def test_an_arabic_co_chair_after_a_title_ending_in_a_place_chairs():
    text = (
        "في 5 مارس 2024، ترأس السيد نغوين فان آن، رئيس اللجنة الشعبية لمقاطعة نغي آن، والسيد تران فان بينه، "
        "نائب رئيس اللجنة، الاجتماع."
    )
    assert {"Nguyen Van An", "Tran Van Binh"} <= _chairs(text, "ar")


# 530d0f2 (above) read a place after any body as a chair's title, so a body with its place right before the
# chairing wording ("Ban Thường vụ Tỉnh ủy Nghệ An họp dưới sự chủ trì của đồng chí A") was taken for the
# chair's title and the chair after the wording dropped
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "vi",
            "Sáng 5/3/2024, Ban Thường vụ Tỉnh ủy Nghệ An họp dưới sự chủ trì của đồng chí Nguyễn Văn An, Bí thư "
            "Tỉnh ủy.",
        ),
        (
            "de",
            "Am 5. März 2024 tagte der Ständige Ausschuss des Provinzparteikomitees Nghe An unter dem Vorsitz des "
            "Sekretärs des Provinzparteikomitees Nguyen Van An.",
        ),
    ],
)
def test_a_body_and_its_place_before_the_chairing_wording_leave_the_chair_after_it(lang, text):
    assert "Nguyen Van An" in _chairs(text, lang)
