"""review20's Low findings (docs/reviews/review20.md): the hostile sentences, and the original commits' cases as
guards."""

import pytest

from tests.helpers import extracted, meetings_of, placed_posts


def _posts(text, lang):
    return {(o.name, p.role, p.body.org) for o in extracted(text, lang).officials for p in o.positions}


# Low 6 (9923c5ad): two names the MT left with no conjunction between them are still a pair when a dual or plural role
# follows the second name or a dual honorific stands before the first
@pytest.mark.parametrize(
    ("text", "role", "org"),
    [
        pytest.param(
            "حضر الاجتماع السيد نجوين فان آن السيد تران فان بينه، نائبا رئيس اللجنة الشعبية الإقليمية.",
            "vice_chair",
            "peoples_committee",
            id="dual-vice-chairs",
        ),
        pytest.param(
            "حضر الاجتماع الرفيقان نجوين فان آن الرفيق تران فان بينه، عضوا اللجنة الدائمة للجنة الحزب الإقليمية.",
            "standing_member",
            "party_committee",
            id="dual-honorific",
        ),
        pytest.param(
            "حضر الاجتماع السيد نجوين فان آن السيد تران فان بينه، عضوا اللجنة الدائمة للجنة الحزب الإقليمية.",
            "standing_member",
            "party_committee",
            id="dual-members",
        ),
    ],
)
def test_two_names_before_a_dual_role_are_a_pair_without_a_conjunction(text, role, org):
    assert _posts(text, "ar") == {("Nguyen Van An", role, org), ("Tran Van Binh", role, org)}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # (guards: 9923c5ad's subject and object; a singular member 'عضوا في' after the object is the object's alone)
        (
            "وهنأ الرفيق هوانغ ترونغ دونغ السيد دو مينه توان على انتخابه لمنصب رئيس اللجنة الشعبية الإقليمية.",
            ("Do Minh Tuan", "chair", "peoples_committee"),
        ),
        (
            "وهنأ الرفيق هوانغ ترونغ دونغ السيد دو مينه توان، نائب رئيس اللجنة الشعبية الإقليمية.",
            ("Do Minh Tuan", "vice_chair", "peoples_committee"),
        ),
        (
            "انتخب الرفيق هوانغ ترونغ دونغ السيد دو مينه توان عضوا في اللجنة الدائمة للجنة الحزب الإقليمية.",
            ("Do Minh Tuan", "standing_member", "party_committee"),
        ),
    ],
    ids=["congratulated-object", "object-apposition", "object-singular-member"],
)
def test_a_verbs_object_alone_holds_its_singular_post(text, post):
    assert _posts(text, "ar") == {post}


# Low 7 (7d464ab4): a policy decision announced on a day is no ceremony held; one on a post, a person or a body is
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On March 5, 2025, the Ministry of Industry and Trade announced the decision to raise electricity prices by"
            " 4.8%.",
        ),
        (
            "fr",
            "Le 5 mars 2025, le ministère de l'Industrie et du Commerce a annoncé la décision d'augmenter les prix de"
            " l'électricité de 4,8 %.",
        ),
        (
            "de",
            "Am 5. März 2025 gab das Ministerium für Industrie und Handel die Entscheidung bekannt, die Strompreise um"
            " 4,8 % zu erhöhen.",
        ),
        (
            "es",
            "El 5 de marzo de 2025, el Ministerio de Industria y Comercio anunció la decisión de aumentar los precios de"
            " la electricidad en un 4,8%.",
        ),
        (
            "pl",
            "5 marca 2025 r. Ministerstwo Przemysłu i Handlu ogłosiło decyzję o podwyżce cen energii elektrycznej o"
            " 4,8%.",
        ),
        ("ar", "في 5 مارس 2025، أعلن المكتب السياسي قرار رفع أسعار الكهرباء بنسبة 4.8%."),
        ("vi", "Ngày 5/3/2025, Bộ Công Thương công bố quyết định tăng giá điện thêm 4,8%."),
    ],
    ids=["en", "fr", "de", "es", "pl", "ar", "vi"],
)
def test_a_policy_decision_announced_on_a_day_is_no_meeting(lang, text):
    assert [day for day, _, _ in meetings_of(text, lang)] == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # (guards: 7d464ab4's appointment ceremony is in tests/test_mt25_mt25b.py; an establishment's too)
        (
            "en",
            "On March 5, 2025, the Politburo announced the decision appointing Mr. Nguyen Van An as Secretary of the"
            " Provincial Party Committee.",
        ),
        (
            "vi",
            "Ngày 5/3/2025, Bộ Chính trị công bố quyết định điều động ông Nguyễn Văn An giữ chức Bí thư Tỉnh ủy.",
        ),
        ("vi", "Ngày 5/3/2025, UBND tỉnh công bố quyết định thành lập Sở Tài chính."),
    ],
    ids=["en-appointing", "vi-appointing", "vi-establishing"],
)
def test_a_decision_on_a_post_or_a_body_announced_on_a_day_is_a_meeting(lang, text):
    assert [day for day, _, _ in meetings_of(text, lang)] == ["2025-03-05"]


# Low 5 (f4392c0a): 'meeting' after a determiner is the noun, its not-rows for the participle aside
@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "On March 5, 2025, at the meeting the standards for new rural communes were discussed by Mr. Nguyen Van"
            " An.",
            ["2025-03-05"],
        ),
        ("On March 5, 2025, at the meeting new members were admitted to the Party.", ["2025-03-05"]),
        # (guards: f4392c0a's participles, the comma, and 'a meeting on meeting the targets')
        ("The plan aims to have 95% of communes meeting new rural standards by 2030.", []),
        ("By 2025, the district had 12 communes meeting the criteria of advanced new rural areas.", []),
        (
            "On March 5, 2025, at the meeting, the standards for new rural communes were discussed by Mr. Nguyen Van"
            " An.",
            ["2025-03-05"],
        ),
        ("On March 5, 2025, the province held a meeting on meeting the targets.", ["2025-03-05"]),
    ],
    ids=[
        "the-meeting-the",
        "the-meeting-new",
        "communes-meeting-new",
        "communes-meeting-the",
        "comma",
        "on-meeting",
    ],
)
def test_the_meeting_after_a_determiner_is_the_noun(text, days):
    assert [day for day, _, _ in meetings_of(text, "en")] == days


def _kinds(text, lang):
    return [m.kind for m in extracted(text, lang).meetings]


# Low 3 (c0e68b9c): a group's kind (a working commission's trip, a visit) yields to the meeting a chairing verb names
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Mr. Nguyen Van An, head of the working commission, chaired a working session with Lang Son province.",
        ),
        (
            "en",
            "Mr. Nguyen Van An, head of the working delegation, chaired a working session with Lang Son province.",
        ),
        (
            "fr",
            "M. Nguyen Van An, chef de la commission de travail, a présidé une séance de travail avec la province de"
            " Lang Son.",
        ),
        (
            "es",
            "El Sr. Nguyen Van An, jefe de la comisión de trabajo, presidió una sesión de trabajo con la provincia de"
            " Lang Son.",
        ),
        ("vi", "Ông Nguyễn Văn An, Trưởng đoàn công tác, chủ trì buổi làm việc với tỉnh Lạng Sơn."),
    ],
    ids=["en-commission", "en-delegation", "fr", "es", "vi"],
)
def test_the_meeting_a_chairing_verb_names_is_the_kind_over_a_groups(lang, text):
    assert _kinds(text, lang) == ["working_session"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # (guards: c0e68b9c's visits of a working commission)
        (
            "en",
            "On March 5, 2025, the working commission of the Central Committee visited Lang Son province.",
        ),
        (
            "es",
            "El 5 de marzo de 2025, la comisión de trabajo del Comité Central, presidida por el Sr. Nguyen Van An,"
            " visitó la provincia de Lang Son.",
        ),
    ],
    ids=["en", "es-headed"],
)
def test_a_working_commissions_trip_is_still_a_visit(lang, text):
    assert _kinds(text, lang) == ["visit"]


# Low 2 (c79b6eea): an object written first, in an oblique case, before the post and a replacing verb held the post
# before; the subject after the verb holds it now
@pytest.mark.parametrize(
    ("lang", "text", "before", "after"),
    [
        (
            "pl",
            "Pana Tran Van Binh na stanowisku przewodniczącego Prowincjonalnego Komitetu Ludowego zastąpił pan Nguyen"
            " Van An.",
            "Tran Van Binh",
            "Nguyen Van An",
        ),
        (
            "pl",
            "Panią Tran Thi Binh na stanowisku przewodniczącej Prowincjonalnego Komitetu Ludowego zastąpiła pani Nguyen"
            " Thi An.",
            "Tran Thi Binh",
            "Nguyen Thi An",
        ),
        (
            "de",
            "Herrn Tran Van Binh als Vorsitzenden des Volkskomitees der Provinz ersetzte Herr Nguyen Van An.",
            "Tran Van Binh",
            "Nguyen Van An",
        ),
    ],
    ids=["pl", "pl-feminine", "de"],
)
def test_the_object_written_first_held_the_post_the_subject_after_the_verb_holds_it(
    lang, text, before, after
):
    x = extracted(text, lang)
    held = {(o.name, p.role, p.former) for o in x.officials for p in o.positions}
    assert held == {(before, "chair", True), (after, "chair", False)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # (guards: c79b6eea's pronoun subject and the subject written first)
        (
            "pl",
            "Pani Nguyen Thi An została wybrana na przewodniczącą Prowincjonalnego Komitetu Ludowego. Ona zastąpiła"
            " pana Tran Van Binh.",
        ),
        (
            "pl",
            "Pan Nguyen Van An został wybrany na przewodniczącego Prowincjonalnego Komitetu Ludowego, zastępując pana"
            " Tran Van Binh.",
        ),
    ],
    ids=["pl-pronoun", "pl-participle"],
)
def test_the_name_after_a_replacing_verb_in_an_oblique_case_held_the_post(lang, text):
    x = extracted(text, lang)
    held = {(o.name, p.role, p.former) for o in x.officials for p in o.positions}
    assert ("Tran Van Binh", "chair", True) in held
    assert not {h for h in held if h[0] != "Tran Van Binh" and h[2]}


# Low 1 (8b1d1392; its group half c632aec5): the province a 'with' names in the meeting clause is the other side's,
# no place of the host's posts
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Lang Son province welcomed guests. Lang Son is a border province. At the working session with Cao Bang"
            " province, Secretary of the Provincial Party Committee Nguyen Van An welcomed the guests.",
        ),
        (
            "vi",
            "Tỉnh Lạng Sơn đón khách. Lạng Sơn là tỉnh biên giới. Tại buổi làm việc với tỉnh Cao Bằng, Bí thư Tỉnh ủy"
            " Nguyễn Văn An chào mừng đoàn.",
        ),
        (
            "ar",
            "استقبلت مقاطعة لانغ سون الضيوف. لانغ سون مقاطعة حدودية. وفي جلسة العمل مع مقاطعة كاو بانغ، رحب أمين لجنة"
            " الحزب الإقليمية نجوين فان آن بالضيوف.",
        ),
        (
            "fr",
            "La province de Lang Son a accueilli des invités. Lang Son est une province frontalière. Lors de la séance"
            " de travail avec la province de Cao Bang, le secrétaire du Comité provincial du Parti Nguyen Van An a"
            " accueilli les invités.",
        ),
        (
            "pl",
            "Prowincja Lang Son przyjęła gości. Lang Son jest prowincją graniczną. Podczas sesji roboczej z prowincją"
            " Cao Bang sekretarz Prowincjonalnego Komitetu Partii Nguyen Van An powitał gości.",
        ),
    ],
    ids=["en", "vi", "ar", "fr", "pl"],
)
def test_a_province_after_with_places_no_post_of_the_host(lang, text):
    assert {(p[0], p[3]) for p in placed_posts(text, lang)["Nguyen Van An"]} == {("secretary", "Lang Son")}


def test_the_meetings_province_before_with_still_places_the_post():
    # (guard: 8b1d1392's meeting of one province, 'with the participation of' after it)
    text = (
        "Tỉnh Lạng Sơn đón khách. Lạng Sơn là tỉnh biên giới. Ngày 21/10, tại Hội nghị lần thứ nhất Ban Chấp hành Đảng"
        " bộ tỉnh Ninh Bình với sự tham dự của nhiều đại biểu, đồng chí Nguyễn Văn An tiếp tục được bầu giữ chức Bí"
        " thư Tỉnh ủy."
    )
    assert {(p[0], p[3]) for p in placed_posts(text, "vi")["Nguyen Van An"]} == {("secretary", "Ninh Binh")}


# Low 4 (6021548e): a sentence opening with the verb of a post held, its post the subject of a copula right after it,
# speaks of nobody named before
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Ông Nguyễn Văn An phát biểu tại hội nghị. Giữ chức Bí thư Tỉnh ủy là một trọng trách lớn."),
        (
            "ar",
            "ألقى السيد نجوين فان آن كلمة في المؤتمر. شغل منصب أمين لجنة الحزب الإقليمية هو مسؤولية كبيرة.",
        ),
    ],
    ids=["vi", "ar"],
)
def test_a_post_held_as_a_copulas_subject_is_nobodys(lang, text):
    assert _posts(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # (guards: the biographies the dropped subject is for, 6021548e's 'then' too)
        ("vi", "Ông Nguyễn Văn An sinh năm 1970 tại Hà Tĩnh. Giữ chức Bí thư Tỉnh ủy Hà Tĩnh từ năm 2020."),
        ("vi", "Ông Nguyễn Văn An sinh năm 1970 tại Hà Tĩnh. Sau đó giữ chức Bí thư Tỉnh ủy Hà Tĩnh."),
        ("ar", "ولد السيد نجوين فان آن عام 1970. شغل منصب أمين لجنة الحزب الإقليمية منذ عام 2020."),
    ],
    ids=["vi", "vi-then", "ar"],
)
def test_a_dropped_subjects_post_is_the_official_named_before(lang, text):
    assert _posts(text, lang) == {("Nguyen Van An", "secretary", "party_committee")}
