"""Silver mt9 (synthetic MT of unread vi articles): the constructions kg missed (mt9)."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict:
    x = extract(Article("t", text, lang=lang))
    return {
        o.name: {(p.role, p.body.org, p.body.level, p.body.place) for p in o.positions} for o in x.officials
    }


# a title opened by a dash runs on across the spaced dash inside a province's name (u-mt9en-01: "Mr. A - Chairman of
# the People's Committee of Ba Ria - Vung Tau province retired": the province, not the city Ba Ria's committee)
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Mr. Nguyen Van Trinh - Chairman of the People's Committee of Ba Ria - Vung Tau province retired.",
        ),
        (
            "en",
            "Mr. Nguyen Van Trinh - Secretary of Ba Ria - Vung Tau Provincial Party Committee - attended.",
        ),
        (
            "fr",
            "M. Nguyen Van Trinh - président du Comité populaire de la province de Ba Ria - Vung Tau a pris sa retraite.",
        ),
        (
            "es",
            "El Sr. Nguyen Van Trinh - presidente del Comité Popular de la provincia de Ba Ria - Vung Tau se jubiló.",
        ),
        (
            "de",
            "Herr Nguyen Van Trinh - Vorsitzender des Volkskomitees der Provinz Ba Ria - Vung Tau ging in den Ruhestand.",
        ),
        (
            "pl",
            "Pan Nguyen Van Trinh - przewodniczący Komitetu Ludowego prowincji Ba Ria - Vung Tau przeszedł na emeryturę.",
        ),
        ("vi", "Ông Nguyễn Văn Trình - Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu nghỉ hưu."),
        ("ar", "السيد نجوين فان ترينه - رئيس اللجنة الشعبية لمقاطعة با ريا - فونغ تاو تقاعد."),
    ],
)
def test_dash_inside_a_province_name(lang, text):
    posts = _posts(text, lang)["Nguyen Van Trinh"]
    assert {(r, o, lv) for r, o, lv, _ in posts} & {
        ("chair", "peoples_committee", "provincial"),
        ("secretary", "party_committee", "provincial"),
    }
    assert all(pl == "Ba Ria Vung Tau" for *_, pl in posts)


# a second dash still closes the title when no place runs across it
def test_dash_after_a_title_still_closes_it():
    text = "Mr. Nguyen Van Trinh - Chairman of the Ha Noi People's Committee - said that Ba Ria - Vung Tau was ready."
    assert _posts(text, "en")["Nguyen Van Trinh"] == {("chair", "peoples_committee", "provincial", "Ha Noi")}


# de: the delegates' congress (Đại hội đại biểu) written as one compound is a meeting, a congress (u-mt9de-01)
def test_de_delegiertenkongress_is_a_meeting():
    text = (
        "Nach 3 Arbeitstagen ging am Nachmittag des 27. September 2020 der 15. Delegiertenkongress der "
        "Parteiorganisation der Provinz Quang Ninh erfolgreich zu Ende."
    )
    x = extract(Article("t", text, lang="de"))
    assert [(m.date, m.organizer.org if m.organizer else None) for m in x.meetings] == [
        ("2020-09-25", "party_committee")
    ]
    assert x.metrics == []  # the days it worked are no figure


# working days are days, no count (de "Arbeitstagen", "Werktagen"; en "working days", "business days")
@pytest.mark.parametrize(
    "lang, text",
    [
        ("de", "Die Unterlagen werden innerhalb von 5 Arbeitstagen bearbeitet."),
        ("de", "Die Unterlagen werden innerhalb von 5 Werktagen bearbeitet."),
        ("en", "The documents are processed within 5 working days."),
        ("en", "The documents are processed within 15 business days."),
    ],
)
def test_working_days_are_no_figure(lang, text):
    assert extract(Article("t", text, lang=lang)).metrics == []


# en: "after 3 working days" (digits) dates the closing congress by its first day
def test_en_after_digit_working_days():
    text = "After 3 working days, the 15th Quang Ninh Provincial Party Congress closed on September 27, 2020."
    assert [m.date for m in extract(Article("t", text, lang="en")).meetings] == ["2020-09-25"]


# ar: a four-syllable province after "في مقاطعة" reaches past the 25 characters a title's place is read in
# ("أمين لجنة الحزب في مقاطعة با ريا - فونغ تاو": Ba Ria - Vung Tau, not the city Ba Ria); the city alone stays
@pytest.mark.parametrize(
    "text, place, level",
    [
        (
            "وحضر الرفيق نجوين فان ترينه، أمين لجنة الحزب في مقاطعة با ريا - فونغ تاو.",
            "Ba Ria Vung Tau",
            "provincial",
        ),
        (
            "وحضر الرفيق نجوين فان ترينه، نائب رئيس مجلس الشعب في مقاطعة با ريا فونغ تاو.",
            "Ba Ria Vung Tau",
            "provincial",
        ),
        (
            "وحضر الرفيق نجوين فان ترينه، أمين لجنة الحزب في مدينة با ريا، والرفيق نجوين ثانه لونغ.",
            "Ba Ria",
            "district",
        ),
    ],
)
def test_ar_long_province_after_fi(text, place, level):
    posts = _posts(text, "ar")["Nguyen Van Trinh"]
    assert {(lv, pl) for _, _, lv, pl in posts} == {(level, place)}
