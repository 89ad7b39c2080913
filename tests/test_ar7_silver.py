"""Arabic rules found from the blind silver set silver/ set ar7 (meetings, chairs, dates) and probes written
in the style of the Arabic machine translations (not copied from one article), each checking one rule or pack
entry."""

from __future__ import annotations

import pytest

from tests.helpers import extracted


def meetings(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(m.date, tuple(m.chairs)) for m in extracted(text, lang="ar").meetings]


@pytest.mark.parametrize(
    "opening",
    [
        "يوم 15/3/2024،",
        "صباح يوم 15/3/2024،",
        "بتاريخ 15/3/2024،",
        "في يوم 15-3-2024،",
        "يومي 15 و16/3/2024،",
    ],
)
def test_a_numeric_date_after_a_day_word_dates_the_meeting(opening):
    text = f"{opening} عقدت اللجنة الشعبية الإقليمية اجتماعا لمراجعة الاستثمار العام."
    assert [d for d, _ in meetings(text)] == ["2024-03-15"]


@pytest.mark.parametrize(
    "tail",
    [
        "وشارك فيه الرفيق لي فان تام، عضو اللجنة الدائمة للحزب الإقليمي.",
        "وكان من بين الحاضرين الرفيق لي فان تام، عضو اللجنة الدائمة للحزب الإقليمي.",
        "وشارك في الاجتماع أيضا الرفيق لي فان تام، عضو اللجنة الدائمة للحزب الإقليمي.",
    ],
)
def test_who_took_part_after_the_chair_does_not_chair(tail):
    text = f"في 15 مارس 2024، ترأس الاجتماع الرفيق نجوين فان دي، نائب رئيس اللجنة الشعبية الإقليمية، {tail}"
    assert meetings(text) == [("2024-03-15", ("Nguyen Van De",))]


@pytest.mark.parametrize("session", ["جلسة عمل مع", "اجتماعا للعمل مع", "اجتماعا مع"])
def test_the_counterpart_of_a_working_session_does_not_chair(session):
    text = (
        "في 15 مارس 2024، ترأس الرفيق نجوين فان دي، نائب رئيس اللجنة الشعبية الإقليمية، "
        f"{session} الرفيق لي فان تام، مدير إدارة الإنشاءات."
    )
    assert meetings(text) == [("2024-03-15", ("Nguyen Van De",))]


def test_a_government_steering_committee_is_central():
    text = (
        "وفي صباح يوم 17 مايو 2025، ترأس رئيس الوزراء فام مينه تشينه، رئيس اللجنة التوجيهية الحكومية المعنية "
        "بالعلوم والتكنولوجيا، الاجتماع الثاني."
    )
    organizer = extracted(text, lang="ar").meetings[0].organizer
    assert (organizer.org, organizer.level) == ("steering_committee", "central")


@pytest.mark.parametrize(
    "text, body",
    [
        # the verb's subject, not the place named after the meeting noun
        (
            "في صباح يوم 13 يناير 2025، نظم المكتب السياسي مؤتمرا وطنيا في قاعة بمبنى الجمعية الوطنية.",
            ("politburo", "central"),
        ),
        (
            "في 4 مارس 2025، عقدت اللجنة التوجيهية المركزية للعلوم والتكنولوجيا اجتماعها الثاني في مقر "
            "اللجنة المركزية للحزب.",
            ("steering_committee", "central"),
        ),
        # a bare organ (the standing committee) of the body after it
        (
            "في 29 سبتمبر 2025، عقدت اللجنة الدائمة للجمعية الوطنية المؤتمر الثامن لنواب الجمعية الوطنية.",
            ("national_assembly", "central"),
        ),
    ],
)
def test_the_body_a_holding_verb_starts_with_organised_the_meeting(text, body):
    organizer = extracted(text, lang="ar").meetings[0].organizer
    assert (organizer.org, organizer.level) == body


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "ومنذ الاجتماع الأول للجنة التوجيهية المركزية في 20 يناير 2025، تم الانتهاء من مجموعات القضايا.",
            "ar",
        ),
        (
            "Since the first meeting of the Central Steering Committee on January 20, 2025, the tasks were done.",
            "en",
        ),
    ],
)
def test_a_meeting_the_text_counts_from_is_not_reported(text, lang):
    assert extracted(text, lang=lang).meetings == []


def test_a_delegation_that_worked_with_the_authorities_held_a_working_session():
    text = (
        "قام الوفد بمسح الطريق بأكمله من بلدية تا هين إلى بلدية لونغ سون، وعمل مع السلطات المحلية.\n"
        "وفقًا لتقرير الإدارة، أنجز المشروع 94% من الأعمال في عام 2025."
    )
    assert [(m.date, m.kind) for m in extracted(text, lang="ar").meetings] == [("2025", "working_session")]


def test_an_exchange_programme_is_an_event_of_its_year():
    text = (
        "قال السيد هوانغ مينه كونغ، نائب رئيس اللجنة الشعبية للمدينة، إن برنامج التبادل الودي بين فيتنام والصين "
        "2025 يأتي في سياق التطور الجيد للعلاقات."
    )
    assert [m.date for m in extracted(text, lang="ar").meetings] == ["2025"]


def test_a_meeting_counted_from_still_gives_the_year_of_the_text():
    text = (
        "في فترة ما بعد الظهر من يوم 4 مارس، عقدت اللجنة التوجيهية المركزية اجتماعها الثاني.\n"
        "بعد مرور أكثر من شهر منذ الاجتماع الأول للجنة التوجيهية المركزية في 20 يناير 2025، تم إنجاز المهام."
    )
    assert [m.date for m in extracted(text, lang="ar").meetings] == ["2025-03-04"]


@pytest.mark.parametrize(
    "span",
    ["(3 فبراير 1930 - 3 فبراير 2025)", "(3/2/1930 - 3/2/2025)"],
)
def test_an_anniversary_span_dates_the_ceremony_by_its_later_day(span):
    text = (
        "في 20 يناير، نظمت لجنة الحزب الإقليمية حفلا بمناسبة الذكرى الخامسة والتسعين لتأسيس الحزب الشيوعي "
        f"الفيتنامي {span}."
    )
    assert [m.date for m in extracted(text, lang="ar").meetings] == ["2025-01-20"]


@pytest.mark.parametrize(
    "sentence",
    [
        "في 5 ديسمبر 2024، استقبل الرفيق لي فان تام، أمين اللجنة الحزبية الإقليمية، وفدا من مقاطعة شيانغ خوانغ.",
        "في 5 ديسمبر 2024، اجتمع وفد الجمعية الوطنية الإقليمي بالناخبين في منطقة دونغ جيانغ.",
    ],
)
def test_a_reception_and_a_meeting_with_voters_are_meetings_of_their_day(sentence):
    assert [m.date for m in extracted(sentence, lang="ar").meetings] == ["2024-12-05"]


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "في 15 مارس 2024، ترأس الرفيق نجوين فان دي، نائب رئيس اللجنة الشعبية الإقليمية، المؤتمر، وقال الرفيق "
            "لي فان تام، مدير إدارة الإنشاءات، إن المشروع تأخر.",
            "ar",
        ),
        (
            "في 15 مارس 2024، ترأس الرفيق نجوين فان دي، نائب رئيس اللجنة الشعبية الإقليمية، مؤتمرا لتقديم قرار "
            "تعيين الرفيق لي فان تام مديرا لإدارة الإنشاءات.",
            "ar",
        ),
        (
            "On March 15, 2024, Mr. Nguyen Van De, Vice Chairman of the Provincial People's Committee, chaired a "
            "conference to announce the decision appointing Mr. Le Van Tam as Director of the Department of "
            "Construction.",
            "en",
        ),
        (
            "Sáng 15/3/2024, đồng chí Nguyễn Văn Đệ, Phó Chủ tịch UBND tỉnh chủ trì hội nghị công bố quyết định "
            "bổ nhiệm đồng chí Lê Văn Tâm giữ chức Giám đốc Sở Xây dựng.",
            "vi",
        ),
    ],
)
def test_a_name_after_the_meeting_noun_that_closes_the_chair_clause_does_not_chair(text, lang):
    assert [m.chairs for m in extracted(text, lang=lang).meetings] == [["Nguyen Van De"]]


@pytest.mark.parametrize(
    "text, lang",
    [
        # the verb and its noun open the list: titles alone between the noun and each name
        (
            "ترأس الاجتماع عضو اللجنة التنفيذية للحزب الإقليمي ونائب رئيس مجلس الشعب الإقليمي الرفيق لي فان تام، "
            "والرفيق نجوين فان دي، نائب رئيس اللجنة الشعبية الإقليمية.",
            "ar",
        ),
        (
            "Co-chairing the conference were Mr. Nguyen Van De, Vice Chairman of the Provincial People's Committee, "
            "and Mr. Le Van Tam, Vice Chairman of the Provincial People's Council.",
            "en",
        ),
    ],
)
def test_co_chairs_listed_after_the_verb_and_its_noun_all_chair(text, lang):
    assert sorted(c for m in extracted(text, lang=lang).meetings for c in m.chairs) == [
        "Le Van Tam",
        "Nguyen Van De",
    ]


@pytest.mark.parametrize("noun", ["اجتماعًا", "اجتماعا", "مؤتمرًا"])
def test_the_accusative_meeting_noun_names_a_meeting_held(noun):
    text = f"في مارس 2024، عقدت اللجنة الشعبية الإقليمية {noun} لمراجعة الاستثمار العام."
    assert [m.date for m in extracted(text, lang="ar").meetings] == ["2024-03"]  # GOLD: YYYY-MM


@pytest.mark.parametrize(
    "day",
    ["في يوم 15 من شهر مارس 2024", "في اليوم الخامس عشر من مارس 2024", "في الخامس عشر من شهر مارس 2024"],
)
def test_a_day_before_the_month_word_or_after_the_day_word_dates_the_meeting(day):
    text = f"{day}، عقدت اللجنة الشعبية الإقليمية اجتماعا."
    assert [m.date for m in extracted(text, lang="ar").meetings] == ["2024-03-15"]


@pytest.mark.parametrize(
    "text, lang, date",
    [
        ("في 25 يونيو، افتتحت الدورة الأولى لمجلس الشعب الإقليمي للفترة 2026-2031.", "ar", "2026-06-25"),
        ("في 25 يونيو، عقد مجلس الشعب الإقليمي للفترة 2026-2031 دورته الأولى.", "ar", "2026-06-25"),
        (
            "في 3 أكتوبر، عقدت اللجنة التنفيذية للحزب الإقليمي للفترة 2025-2030 مؤتمرها الأول.",
            "ar",
            "2025-10-03",
        ),
        (
            "Ngày 29/6, Hội đồng nhân dân tỉnh khóa XV, nhiệm kỳ 2021-2026, đã tổ chức Kỳ họp thứ nhất.",
            "vi",
            "2021-06-29",
        ),
        # a new commune's first term, its fifth session: no year from the term
        ("في 20 ديسمبر، عقد مجلس الشعب لبلدية دا تيه، الدورة الأولى، 2021-2026، جلسته الخامسة.", "ar", None),
    ],
)
def test_the_first_meeting_of_a_term_written_after_its_noun_is_of_the_terms_first_year(text, lang, date):
    assert [m.date for m in extracted(text, lang=lang).meetings] == [date]


@pytest.mark.parametrize(
    "after", ["بعد 3 أيام من العمل", "بعد ما يقرب من ثلاثة أيام من العمل", "بعد أكثر من يومين من العمل"]
)
def test_a_congress_closed_after_days_of_work_is_dated_by_its_first_day(after):
    text = f"{after}، اختتم صباح يوم 15 أكتوبر 2025 المؤتمر الأول لمندوبي لجنة الحزب الإقليمية."
    assert [m.date for m in extracted(text, lang="ar").meetings] == ["2025-10-13"]


@pytest.mark.parametrize(
    "text, value",
    [("تضم المقاطعة اليوم 2.5 مليون نسمة.", 2.5e6), ("ويعمل يوم 1.5 مليون شخص في الصناعة.", 1.5e6)],
)
def test_a_decimal_number_after_a_day_word_is_a_figure_not_a_date(text, value):
    assert [(m.value, m.unit) for m in extracted(text, lang="ar").metrics] == [(value, "persons")]


@pytest.mark.parametrize(
    "future",
    [
        "ومن المتوقع أن يعقد المؤتمر الإقليمي في 20 أكتوبر.",
        "وتعتزم المقاطعة تنظيم مؤتمر للاستثمار في 20 أكتوبر.",
        "وسيتم افتتاح الدورة الثامنة عشرة في 20 أكتوبر.",
    ],
)
def test_a_meeting_expected_or_intended_is_not_reported_as_held(future):
    text = f"في 15 مارس 2024، عقدت اللجنة الشعبية الإقليمية اجتماعا.\n{future}"
    assert [m.date for m in extracted(text, lang="ar").meetings] == ["2024-03-15"]
