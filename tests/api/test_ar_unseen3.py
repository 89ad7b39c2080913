"""Arabic names, titles and meetings found by a third reading of unlabelled Arabic articles: sentences
written in their style (not copied from one article), each checking one rule or pack entry. Its title
cases are rows of tests/data/cases/posts.tsv (after the line naming this file), read by
tests/api/test_extract.py."""

from __future__ import annotations

import pytest

from kg.extract import names as N
from kg.lang import load_pack
from tests.api.test_ar_unseen import extract, posts


def read(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.name) for m in N.find_names(text, load_pack("ar"))]


# --- names


@pytest.mark.parametrize("y", ["ي", "يي", "ي."])
def test_an_ede_name_is_read_whole_with_its_clan_name(y):
    # Y (also written يي, or as an initial ي.) + Vietnamese syllables + the clan names Niê Kdăm
    text = f"وترأس الاجتماع الرفيق {y} ثانه ها ني كدام، أمين لجنة الحزب الإقليمية."
    assert [name for _, name in read(text)] == ["Y Thanh Ha Nie Kdam"]


def test_an_initial_with_a_full_stop_ends_no_sentence():
    found = extract("ترأس الاجتماع الرفيق ي. ثانه ها ني كدام، أمين اللجنة الحزبية الإقليمية.")
    assert len(found.sentences) == 1
    assert [m.chairs for m in found.meetings] == [["Y Thanh Ha Nie Kdam"]]


def test_a_function_word_spelling_a_syllable_closes_a_name_before_a_comma():
    # بين is "between" and a given name; right before a comma and a title it is the name's
    (name,) = read("قال السيد فام هونغ بين، مدير إدارة المالية، إن المقاطعة حددت المبادئ.")
    assert name[0] == "فام هونغ بين" and len(name[1].split()) == 3


def test_a_function_word_between_two_names_stays_a_function_word():
    names = read("العلاقات بين نجوين فان آن وتران فان لوك جيدة.")
    assert all("بين" not in surface for surface, _ in names)


@pytest.mark.parametrize("level", ["بلدية", "حي", "منطقة"])
def test_three_syllables_after_a_level_noun_are_a_place(level):
    # "via Luu Vinh Son commune, Thach Ha district": a commune the gazetteer lacks is no person
    text = f"أشاد نائب وزير البناء بجهود البناء عبر {level} لوو فينه سون، منطقة ثاتش ها."
    assert "لوو فينه سون" not in posts(text)


@pytest.mark.parametrize("level", ["الإقليمية", "للبلدية"])
def test_a_name_after_a_level_adjective_is_a_person(level):
    # the level word written with its article qualifies the body before it; a name may follow
    text = f"وطلب نائب رئيس اللجنة الشعبية {level} تران آنه توان من المنطقة استكمال الإجراءات."
    assert "تران آنه توان" in posts(text)


def test_ua_is_written_with_its_waw():
    # Tuấn is written توان; تان is Tân, however common Tran Van Tuan is
    assert read("نائب رئيس اللجنة الشعبية الإقليمية السيد تران فان تان.") == [
        ("تران فان تان", "Tran Van Tan")
    ]
    assert read("السيد تران فان توان.") == [("تران فان توان", "Tran Van Tuan")]


def test_a_name_cut_off_by_the_end_of_the_text_is_not_another_official():
    text = (
        "أكد نائب أمين اللجنة الحزبية الإقليمية، رئيس اللجنة الشعبية الإقليمية، نجوين فان أوت: "
        '"تلتزم المقاطعة بالوقوف جنبًا إلى جنب". هذه ليست المرة الأولى التي يؤكد فيها الرفيق نجوين فان'
    )
    assert [o.name for o in extract(text).officials] == ["Nguyen Van Ut"]


@pytest.mark.parametrize("courtesy", ["السيد", "السيدة"])
def test_a_citizen_named_with_a_courtesy_title_alone_is_no_official(courtesy):
    text = f"زار رئيس الوزراء فام مينه تشينه عائلة {courtesy} زا فان فونج، وهي أسرة فقيرة."
    assert [o.name for o in extract(text).officials] == ["Pham Minh Chinh"]


def test_a_comrade_without_a_title_is_an_official():
    assert [o.name for o in extract("وقال الرفيق ماي فان نهيو إن المقاطعة هي البوابة.").officials] == [
        "Mai Van Nhieu"
    ]


def test_the_fatherland_fronts_congress_opens_its_term():
    # مؤتمر is congress and conference; the Front's is its congress, dated by the term it opens
    found = extract(
        "بعد ظهر يوم 22 أغسطس، انعقد المؤتمر الحادي عشر لجبهة الوطن الفيتنامية بمقاطعة كين جيانج، "
        "للدورة 2024-2029.",
        published=None,
    )
    assert [(m.date, m.kind) for m in found.meetings] == [("2024-08-22", "congress")]


@pytest.mark.parametrize(
    "opening",
    [
        "في منتصف فترة تنفيذ قرار المؤتمر الإقليمي التاسع عشر للحزب، طبقت لجنة الحزب سياسات عديدة في عام 2023.",
        "وفقًا لتقرير اللجنة الشعبية الإقليمية، تبنى خطة الاستثمار العام لعام 2026 وفقًا لقرار المؤتمر "
        "السادس عشر للجنة الحزب الإقليمية.",
    ],
)
def test_the_resolution_of_a_congress_is_no_meeting_held(opening):
    assert extract(opening, published=None).meetings == []


# --- titles


def test_ui_is_written_with_its_waw():
    # Bùi is written بوي; بي is Bế, however common Bui is
    assert read("الرفيق بي ثانه تينه، عضو اللجنة.") == [("بي ثانه تينه", "Be Thanh Tinh")]
    assert read("الرفيق بوي ثانه تينه، عضو اللجنة.") == [("بوي ثانه تينه", "Bui Thanh Tinh")]


def test_the_year_of_a_constitution_is_no_meetings():
    text = (
        "كما نفذت هذه الجلسة قرار اللجنة المركزية. وفي الدورة، أقر المجلس الوطني قراراً يعدل عدداً من "
        "مواد دستور 2013."
    )
    assert all(m.date is None for m in extract(text, published=None).meetings)


def test_a_launch_with_its_day_is_the_event_a_later_ceremony_names():
    text = (
        "في صباح يوم 13 أبريل 2024، أطلق رئيس الوزراء فام مينه تشينه حركة محاكاة على مستوى البلاد. "
        "أقيم حفل الإطلاق بصيغة هجينة."
    )
    assert [m.date for m in extract(text, published=None).meetings] == ["2024-04-13"]
