"""Silver mt16 (cross-translations of dev articles, mt16a: ar, en): the constructions kg missed."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict:
    return {
        o.name: {(p.role, p.body.org, p.body.level) for p in o.positions}
        for o in extract(Article("t", text, lang=lang)).officials
    }


CAREER = {
    ("vice_chair", "peoples_committee", "district"),
    ("director", "department", "provincial"),
}

# a career paragraph: a plural noun of posts, adjectives and a 'such as' word after it, a comma maybe, then a colon
# that opens the list of the name's past posts (u-mt16ar-11, from pl-002's 'piastowała wiele ważnych stanowisk,
# takich jak:'); every language's MT writes it with words no fixed phrase lists
LISTS = [
    (
        "ar",
        "شغلت السيدة تان ثي كوي العديد من المناصب المهمة، مثل: نائبة رئيس اللجنة الشعبية لمنطقة تام دونغ؛ مديرة "
        "إدارة الثقافة والرياضة والسياحة في مقاطعة لاي تشاو.",
    ),
    (
        "ar",
        "تولت السيدة تان ثي كوي العديد من المناصب القيادية، منها: نائبة رئيس اللجنة الشعبية لمنطقة تام دونغ؛ مديرة "
        "إدارة الثقافة والرياضة والسياحة في مقاطعة لاي تشاو.",
    ),
    (
        "vi",
        "Bà Tẩn Thị Quế đã kinh qua nhiều chức vụ quan trọng như: Phó Chủ tịch UBND huyện Tam Đường; Giám đốc Sở "
        "Văn hóa, Thể thao và Du lịch tỉnh Lai Châu.",
    ),
    (
        "vi",
        "Bà Tẩn Thị Quế đã kinh qua nhiều chức vụ quan trọng, như: Phó Chủ tịch UBND huyện Tam Đường; Giám đốc Sở "
        "Văn hóa, Thể thao và Du lịch tỉnh Lai Châu.",
    ),
    (
        "de",
        "Frau Tan Thi Que hatte viele wichtige Positionen inne, wie zum Beispiel: stellvertretende Vorsitzende des "
        "Volkskomitees des Bezirks Tam Duong; Direktorin der Abteilung für Kultur, Sport und Tourismus der Provinz "
        "Lai Chau.",
    ),
    (
        "en",
        "Ms. Tan Thi Que has held many key positions, including: Vice Chairwoman of Tam Duong District People's "
        "Committee; Director of the Department of Culture, Sports and Tourism of Lai Chau province.",
    ),
    (
        "fr",
        "Mme Tan Thi Que a occupé de nombreux postes importants, notamment : vice-présidente du Comité populaire du "
        "district de Tam Duong ; directrice du Département de la Culture, des Sports et du Tourisme de la province de "
        "Lai Chau.",
    ),
    (
        "es",
        "La señora Tan Thi Que ha ocupado muchos cargos importantes, entre ellos: vicepresidenta del Comité Popular "
        "del distrito de Tam Duong; directora del Departamento de Cultura, Deportes y Turismo de la provincia de "
        "Lai Chau.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), LISTS)
def test_posts_noun_and_colon_open_the_career_list(lang, text):
    assert CAREER <= _posts(text, lang)["Tan Thi Que"]


# the posts of a reported clause are not the speaker's (a clause opener or a reporting verb before the posts noun)
REPORTED = [
    (
        "en",
        "Mr. Nguyen Van An said that the province has arranged 120 positions: Chairman of the commune People's "
        "Committee, Vice Chairman of the commune People's Committee.",
    ),
    (
        "ar",
        "وقال السيد نجوين فان آن إن المقاطعة رتبت 120 من المناصب: رئيس اللجنة الشعبية للبلدية، نائب رئيس اللجنة "
        "الشعبية للبلدية.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), REPORTED)
def test_posts_of_a_reported_clause_are_not_the_speakers(lang, text):
    assert not _posts(text, lang).get("Nguyen Van An")


def _x(text: str, lang: str):
    return extract(Article("t", text, lang=lang))


# a conference noun, a later ordinal and the party organisation itself (not its committee) is a congress, dated by the
# term it opens (u-mt16ar-14, from pl-016's 'XVIII Zjazd Partii, kadencję 2025-2030')
@pytest.mark.parametrize(
    "text",
    [
        "في صباح يوم 16 أكتوبر، افتتحت لجنة الحزب في هانوي، في المركز الوطني للمؤتمرات، المؤتمر الثامن عشر للحزب للفترة "
        "2025-2030.",
        "في صباح يوم 16 أكتوبر، افتتحت لجنة الحزب في هانوي المؤتمر الثامن عشر لحزب المدينة للفترة 2025-2030.",
    ],
)
def test_a_later_congress_of_the_party_is_dated_by_its_term(text):
    assert [m.date for m in _x(text, "ar").meetings] == ["2025-10-16"]


def test_a_later_conference_of_the_party_committee_stays_a_conference():
    text = "في 10 أكتوبر، عقدت اللجنة التنفيذية للحزب الإقليمي المؤتمر العاشر للجنة الحزب الإقليمية للفترة 2020-2025."
    assert [m.kind for m in _x(text, "ar").meetings] == ["conference"]


# a congress's resolution named by its term's years, no ordinal, level or place the engine reads (an Arabic place:
# the gazetteer reads Latin letters), is one document; the congress inside it is no meeting held
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "أولاً، تلخيص تنفيذ قرار مؤتمر الحزب في هانوي للفترة 2020-2025، وفي الوقت نفسه تحديد التوجهات.",
        ),
        ("ar", "تلخيص تنفيذ قرار مؤتمر الحزب للفترة 2020-2025."),
        (
            "en",
            "First, summarize the implementation of the Resolution of the Party Congress for the 2020-2025 term.",
        ),
    ],
)
def test_a_congress_resolution_named_by_its_terms_years(lang, text):
    x = _x(text, lang)
    assert [(d.kind, d.number) for d in x.documents] == [("resolution", None)]
    assert not x.meetings


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the congresses at all levels, no one congress
        (
            "vi",
            "Lãnh đạo thực hiện thắng lợi các mục tiêu nghị quyết đại hội đảng bộ các cấp nhiệm kỳ 2015-2020.",
        ),
        # the years of the next item
        (
            "vi",
            "Hội nghị cho ý kiến vào dự thảo Nghị quyết Đại hội, Đề án nhân sự cấp ủy nhiệm kỳ 2025-2030.",
        ),
    ],
)
def test_term_years_of_no_one_congress_name_no_resolution(lang, text):
    assert not _x(text, lang).documents


# the career list in the sentence after the name's, its subject a pronoun or dropped (ar 'وقد شغلت', 'شغلت العديد من
# المناصب', she held): the colon closing the clause of posts links them to the official named before
FOLLOWING = [
    (
        "ar",
        "وُلدت السيدة تان ثي كوي في 17 يوليو 1979 في بلدية خونغ لاو بمقاطعة لاي تشاو. وقد شغلت العديد من المناصب المهمة، "
        "مثل: نائبة رئيس اللجنة الشعبية لمنطقة تام دونغ؛ مديرة إدارة الثقافة والرياضة والسياحة في مقاطعة لاي تشاو.",
    ),
    (
        "ar",
        "وُلدت السيدة تان ثي كوي في 17 يوليو 1979 في بلدية خونغ لاو بمقاطعة لاي تشاو. شغلت العديد من المناصب المهمة، "
        "مثل: نائبة رئيس اللجنة الشعبية لمنطقة تام دونغ؛ مديرة إدارة الثقافة والرياضة والسياحة في مقاطعة لاي تشاو.",
    ),
    (
        "de",
        "Frau Tan Thi Que wurde am 17. Juli 1979 geboren. Sie hatte viele wichtige Positionen inne, wie zum Beispiel: "
        "stellvertretende Vorsitzende des Volkskomitees des Bezirks Tam Duong; Direktorin der Abteilung für Kultur, "
        "Sport und Tourismus der Provinz Lai Chau.",
    ),
    (
        "vi",
        "Bà Tẩn Thị Quế sinh ngày 17/7/1979. Bà đã kinh qua nhiều chức vụ quan trọng, như: Phó Chủ tịch UBND huyện "
        "Tam Đường; Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), FOLLOWING)
def test_posts_colon_after_a_pronoun_lists_the_last_officials_posts(lang, text):
    assert CAREER <= _posts(text, lang)["Tan Thi Que"]


def test_posts_colon_after_a_plural_subject_are_not_the_last_officials():
    text = (
        "وقال السيد نجوين فان آن إن المقاطعة رتبت 120 من المناصب. وشغل العديد من الكوادر المناصب التالية: رئيس "
        "اللجنة الشعبية للبلدية."
    )
    assert not _posts(text, "ar").get("Nguyen Van An")
