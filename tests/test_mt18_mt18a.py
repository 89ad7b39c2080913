"""Silver mt18 (mt18a: ar and pl cross-translations of dev pl/en/vi/ar articles): the constructions kg read wrong."""

import pytest

from kg.extract import extract
from kg.model import Article


def _dates(text: str, lang: str) -> list[str | None]:
    return [m.date for m in extract(Article("t", text, lang=lang)).meetings]


# a date written as of ('by 20 August 2020, 21/21 party committees had held their congresses'; u-mt18ar-04, from dev
# vi-006) is no meeting's day, yet its year is the text's: the district congress the next sentence reports is of 2020
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "بحلول 20 أغسطس 2020، أكملت 21/21 لجنة حزبية تابعة للجنة الحزب الإقليمية في جيا لاي عقد مؤتمراتها على مستوى"
            " المنطقة، قبل الموعد المطلوب في التوجيه رقم 35-CT/TW الصادر عن المكتب السياسي.\n\nوفي مؤتمر لجنة الحزب في"
            " منطقة إيا غراي، أُعيد انتخاب الرفيق دونغ ماه تيب أمينًا للجنة الحزب في منطقة إيا غراي للدورة الثامنة"
            " عشرة.\n\nتنفيذًا للتوجيه رقم 35-CT/TW المؤرخ 30 مايو 2019 الصادر عن المكتب السياسي، أصدرت اللجنة الدائمة"
            " الخطة رقم 248-KH/TU المؤرخة 9 أغسطس 2019.",
            "ar",
        ),
        (
            "Đảng bộ tỉnh Gia Lai hoàn thành việc tổ chức đại hội đảng bộ cấp huyện\n\nĐến ngày 20-8-2020, Đảng bộ tỉnh"
            " Gia Lai có 21/21 đảng bộ trực thuộc Tỉnh ủy đã hoàn thành đại hội đảng bộ cấp huyện, sớm hơn so với tiến"
            " độ yêu cầu tại Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị.",
            "vi",
        ),
        (
            "As of August 20, 2020, 21/21 party committees under the Provincial Party Committee had completed their"
            " district-level congresses. At the Congress of the Ia Grai District Party Committee, comrade Duong Mah"
            " Tiep was re-elected Secretary of the District Party Committee.",
            "en",
        ),
    ],
)
def test_as_of_date_dates_no_meeting_but_gives_the_year(text, lang):
    assert _dates(text, lang) == ["2020"]


def test_ar_as_of_date_after_until_gives_the_year():
    # ('حتى 25 نوفمبر 2025، صرفت مقاطعة دونغ ناي ...', u-ar-0028: Arabic MT writes vi 'Tính đến ngày' so as well)
    text = (
        "حتى 20 أغسطس 2020، أكملت 21/21 لجنة حزبية تابعة للجنة الحزب الإقليمية مؤتمراتها على مستوى المنطقة. وفي مؤتمر"
        " لجنة الحزب في منطقة إيا غراي، أُعيد انتخاب الرفيق دونغ ماه تيب أمينًا للجنة الحزب."
    )
    assert _dates(text, "ar") == ["2020"]


def test_ar_as_of_date_in_a_later_sentence_gives_the_year():
    # (reg-all u-ar-0084: the working session of the first sentence is of the as-of date's year)
    text = (
        "قام الوفد بمسح الطريق بأكمله، وعمل مع السلطات المحلية والوحدات ذات الصلة.\n\nوفقًا لتقرير إدارة الإنشاءات،"
        " بحلول 8 سبتمبر 2025، كان المشروع قد أزال 94% من المساحة."
    )
    assert _dates(text, "ar") == ["2025"]


def _posts(text: str, lang: str) -> dict[str, set[tuple]]:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org) for p in o.positions} for o in x.officials}


# an attendee list's nameless item after a semicolon, a role written alike for one and several, then a plural group
# (u-mt18pl-01, from dev ar-003 'نواب رئيس اللجنة الشعبية الإقليمية؛ ممثلو ...'): the vice-chairs, not A's post
def test_pl_plural_alike_item_before_a_group_is_no_post_of_the_name_before():
    text = (
        "W sesji uczestniczyli towarzysz Doan Anh Dung – zastępca sekretarza Prowincjonalnego Komitetu Partii,"
        " przewodniczący Prowincjonalnego Komitetu Ludowego; wiceprzewodniczący Prowincjonalnego Komitetu Ludowego;"
        " przedstawiciele Prowincjonalnej Delegacji Zgromadzenia Narodowego, kierownicy departamentów."
    )
    assert _posts(text, "pl")["Doan Anh Dung"] == {
        ("deputy_secretary", "party_committee"),
        ("chair", "peoples_committee"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a further post of the name's own after a semicolon, no group after it
        "W sesji uczestniczył towarzysz Doan Anh Dung – zastępca sekretarza Prowincjonalnego Komitetu Partii;"
        " przewodniczący Prowincjonalnego Komitetu Ludowego; członek Komitetu Centralnego Partii.",
        # a list of the name's posts a title link and a colon open
        "Towarzysz Doan Anh Dung piastował stanowiska: zastępca sekretarza Prowincjonalnego Komitetu Partii;"
        " przewodniczący Prowincjonalnego Komitetu Ludowego; przedstawiciele nie byli obecni.",
    ],
)
def test_pl_semicolon_posts_of_the_name_stay(text):
    assert ("chair", "peoples_committee") in _posts(text, "pl")["Doan Anh Dung"]


def _formers(text: str, lang: str = "pl") -> dict[str, set[bool]]:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {p.former for p in o.positions} for o in x.officials}


# the copula of 'present' written as the former word ('byli', 'była': were, was) before a title and a name (probe of
# u-mt18pl-03's list of attendees): no former post
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Obecni byli również prezydent Luong Cuong, premier Pham Minh Chinh.", "Luong Cuong"),
        ("Byli obecni również prezydent Luong Cuong i premier Pham Minh Chinh.", "Luong Cuong"),
        ("Obecna była również wiceprzewodnicząca Prowincjonalnej Rady Ludowej Tran Thi Hoa.", "Tran Thi Hoa"),
    ],
)
def test_pl_present_copula_is_no_former_word(text, name):
    assert _formers(text)[name] == {False}


def test_pl_former_word_after_the_present_copula_stays():
    got = _formers(
        "Obecni byli również byli przewodniczący Zgromadzenia Narodowego Nguyen Sinh Hung i Nguyen Thi Kim Ngan."
    )
    assert got["Nguyen Sinh Hung"] == {True}
    assert got["Nguyen Thi Kim Ngan"] == {True}


# (a day a duty follows is a deadline's, whose year may be another: as test_dates_probe's 'trước ngày 31/12/2025')
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "بحلول 31 ديسمبر 2025، يجب على المحليات إزالة جميع المنازل المؤقتة. وعقدت اللجنة الشعبية الإقليمية صباح يوم"
            " 5 نوفمبر اجتماعًا.",
            "ar",
        ),
        (
            "Sáng 5/11, Thủ tướng chủ trì cuộc họp với các bộ, ngành. Đến ngày 31/12/2025, các địa phương phải hoàn"
            " thành xóa nhà tạm.",
            "vi",
        ),
    ],
)
def test_as_of_word_before_a_duty_is_a_deadline(text, lang):
    assert _dates(text, lang) == [None]
