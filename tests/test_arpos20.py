"""Arabic posts in the sentence constructions that cost Arabic positions more than one miss in the blind rounds
(docs/arabic-positions.md): new sentences as vietnam.vn's Arabic machine translation writes them, with names of
vi-officials.jsonl written syllable by syllable as the dev Arabic texts write them, that no silver text has.

Each case: (class, sentence, expected posts as (name, role, org, level, place, former)). The test compares name,
role, org and level (as the judge does) and the place."""

from __future__ import annotations

import pytest

from tests.helpers import extracted

P, D, C = "provincial", "district", "central"

CASES = [
    # ---- a former post: 'السابق' after the role, or a chain of which only the first role is former
    (
        "former",
        "وحضر المؤتمر السيد لي دوك فينه، الأمين السابق للجنة الحزب الإقليمية في ها تينه.",
        [("Le Duc Vinh", "secretary", "party_committee", P, "Ha Tinh", True)],
    ),
    (
        "former",
        "السيد تران سون هاي، السكرتير السابق ورئيس منطقة كي آنه، تولى للتو مهمة جديدة وهي أمين لجنة الحزب في منطقة هونغ خي.",
        [
            ("Tran Son Hai", "secretary", "party_committee", D, "Ky Anh", True),
            ("Tran Son Hai", "chair", "peoples_committee", D, "Ky Anh", True),
            ("Tran Son Hai", "secretary", "party_committee", D, "Huong Khe", False),
        ],
    ),
    (
        "former",
        "وشارك في الحفل السيد دانغ فان مينه، الرئيس السابق للجنة الشعبية لمقاطعة نينه بينه.",
        [("Dang Van Minh", "chair", "peoples_committee", P, "Ninh Binh", True)],
    ),
    (
        "former",
        "وحضر الاجتماع السيدة لي ثي كيم دونج، نائبة رئيس مجلس الشعب الإقليمي السابقة.",
        [("Le Thi Kim Dung", "vice_chair", "peoples_council", P, None, True)],
    ),
    # ---- several people under one plural title, each with a title of their own
    (
        "list",
        "ويضم نواب أمين لجنة الحزب الإقليمية الثلاثة السادة لام مينه ثانه، وهوينه مينه توان، وبوي دوك هينه.",
        [
            ("Lam Minh Thanh", "deputy_secretary", "party_committee", P, None, False),
            ("Huynh Minh Tuan", "deputy_secretary", "party_committee", P, None, False),
            ("Bui Duc Hinh", "deputy_secretary", "party_committee", P, None, False),
        ],
    ),
    (
        "list",
        "كما انتخبت اللجنة التنفيذية نائبين لأمين لجنة الحزب الإقليمية، وهما الرفيقان: لي دوي ثانه (رئيس اللجنة الشعبية"
        " الإقليمية)، ونجوين تيان هاي (رئيس لجنة التفتيش التابعة للجنة الحزب الإقليمية).",
        [
            ("Le Duy Thanh", "deputy_secretary", "party_committee", P, None, False),
            ("Le Duy Thanh", "chair", "peoples_committee", P, None, False),
            ("Nguyen Tien Hai", "deputy_secretary", "party_committee", P, None, False),
            ("Nguyen Tien Hai", "chair", "party_commission", P, None, False),
        ],
    ),
    (
        "list",
        "كما انتخبت اللجنة التنفيذية 3 نواب لأمين لجنة الحزب الإقليمية للدورة الجديدة، وهم الرفاق: دو ثانه بينه (نائب"
        " الأمين الدائم للجنة الحزب الإقليمية)، ولي نغوك كوانغ (رئيس اللجنة الشعبية الإقليمية) والرفيق دو مينه توان (رئيس"
        " مجلس الشعب الإقليمي).",
        [
            ("Do Thanh Binh", "deputy_secretary", "party_committee", P, None, False),
            ("Do Thanh Binh", "standing_deputy_secretary", "party_committee", P, None, False),
            ("Le Ngoc Quang", "deputy_secretary", "party_committee", P, None, False),
            ("Le Ngoc Quang", "chair", "peoples_committee", P, None, False),
            ("Do Minh Tuan", "deputy_secretary", "party_committee", P, None, False),
            ("Do Minh Tuan", "chair", "peoples_council", P, None, False),
        ],
    ),
    (
        "list",
        "وصوت المندوبون على إعفاء السيد نجوين دانغ بينه، مدير إدارة الصناعة والتجارة، من منصب عضو اللجنة الشعبية"
        " الإقليمية للفترة 2021-2026، والسيد تران هاي تشاو، مدير إدارة الإنشاءات، بسبب التقاعد.",
        [
            ("Nguyen Dang Binh", "director", "department", P, None, False),
            ("Nguyen Dang Binh", "member", "peoples_committee", P, None, False),
            ("Tran Hai Chau", "director", "department", P, None, False),
            ("Tran Hai Chau", "member", "peoples_committee", P, None, False),
        ],
    ),
    (
        "list",
        "وانتُخب كل من السيد كيم نغوك تاي والسيد داو كوانغ خاي نائبين لرئيس مجلس الشعب الإقليمي.",
        [
            ("Kim Ngoc Thai", "vice_chair", "peoples_council", P, None, False),
            ("Dao Quang Khai", "vice_chair", "peoples_council", P, None, False),
        ],
    ),
    # ---- a career paragraph: held posts such as ...
    (
        "career",
        "وقد شغل السيد نجوين شوان سون مناصب عديدة، منها: نائب مدير إدارة المالية، ومدير إدارة التخطيط والاستثمار،"
        " ونائب رئيس اللجنة الشعبية الإقليمية.",
        [
            ("Nguyen Xuan Son", "deputy_director", "department", P, None, False),
            ("Nguyen Xuan Son", "director", "department", P, None, False),
            ("Nguyen Xuan Son", "vice_chair", "peoples_committee", P, None, False),
        ],
    ),
    (
        "career",
        "وقبل تسلمه مهامه في المقاطعة، شغل السيد فام كوانغ نغوك مناصب نائب المدير العام للخزانة الحكومية؛ ونائب وزير"
        " المالية.",
        [
            ("Pham Quang Ngoc", "deputy_director", "other", C, None, False),
            ("Pham Quang Ngoc", "deputy_minister", "ministry", C, None, False),
        ],
    ),
    # ---- the commission named before, its chair with the bare noun
    (
        "back_commission",
        "انتخب المؤتمر 9 أعضاء في لجنة التفتيش التابعة للجنة الحزب الإقليمية، وانتُخب السيد داو كوانغ خاي رئيسًا للجنة.",
        [("Dao Quang Khai", "chair", "party_commission", P, None, False)],
    ),
    (
        "back_commission",
        "وانتخبت لجنة التفتيش التابعة للجنة الحزب الإقليمية في دورتها الأولى السيدة بوي ثي كوينه فان رئيسةً للجنة.",
        [("Bui Thi Quynh Van", "chair", "party_commission", P, None, False)],
    ),
    # ---- a copula sentence: the second member of the Standing Board is Mr A
    (
        "copula",
        "أما العضو الثاني في اللجنة الدائمة للجنة الحزب الإقليمية فهو السيد نجوين هوو نغيا، نائب أمين لجنة الحزب"
        " الإقليمية.",
        [
            ("Nguyen Huu Nghia", "standing_member", "party_committee", P, None, False),
            ("Nguyen Huu Nghia", "deputy_secretary", "party_committee", P, None, False),
        ],
    ),
    # ---- a relative clause holding the post
    (
        "relative",
        "والتقى الوفد بالسيد تران انه دونج، الذي يشغل منصب نائب رئيس اللجنة الشعبية الإقليمية.",
        [("Tran Anh Dung", "vice_chair", "peoples_committee", P, None, False)],
    ),
    (
        "relative",
        "وقالت السيدة نجوين ثي ثو ها، التي تشغل حاليًا منصب رئيسة لجنة جبهة الوطن الفيتنامية الإقليمية، إن ...",
        [("Nguyen Thi Thu Ha", "chair", "fatherland_front", P, None, False)],
    ),
    # ---- the title before the name, no comma
    (
        "title_before",
        "وقال رئيس اللجنة الشعبية لمقاطعة نينه بينه فام كوانغ نغوك إن المقاطعة ستواصل الإصلاح الإداري.",
        [("Pham Quang Ngoc", "chair", "peoples_committee", P, "Ninh Binh", False)],
    ),
    # ---- appointment: the post in the accusative after the name
    (
        "appointed",
        "عيّنت اللجنة الشعبية الإقليمية السيد بوي دوك هينه مديرًا لإدارة الصحة.",
        [("Bui Duc Hinh", "director", "department", P, None, False)],
    ),
    (
        "appointed",
        "تم تعيين السيد لي دوي ثانه نائبًا لمدير إدارة التعليم والتدريب في مقاطعة تاي نينه.",
        [("Le Duy Thanh", "deputy_director", "department", P, "Tay Ninh", False)],
    ),
]


# the cases kg still reads wrong at this commit (docs/arabic-positions.md says why each is left)
LEFT = {
    1: "a bare 'السكرتير السابق' coordinated with a district's chair read as the province's secretary",
    10: "the State Treasury is a body of no pack",
}


def _posts(text: str) -> set[tuple]:
    x = extracted(text, lang="ar")
    return {(o.name, p.role, p.body.org, p.body.level) for o in x.officials for p in o.positions}


@pytest.mark.parametrize(
    ("cls", "text", "expected"),
    [
        pytest.param(*c, marks=pytest.mark.xfail(strict=False, reason=LEFT[i])) if i in LEFT else c
        for i, c in enumerate(CASES)
    ],
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)],
)
def test_arabic_posts(cls, text, expected):
    assert _posts(text) == {e[:4] for e in expected}


def test_the_places_of_the_posts_read():
    for i, (_, text, expected) in enumerate(CASES):
        if i not in LEFT:
            x = extracted(text, lang="ar")
            got = {
                (o.name, p.role, p.body.org, p.body.level, p.body.place)
                for o in x.officials
                for p in o.positions
            }
            assert got == {e[:5] for e in expected}, text


@pytest.mark.parametrize(
    "text",
    [
        # no commission named before: the bare committee is no inspection commission
        "وانتُخب السيد داو كوانغ خاي رئيسًا للجنة.",
        # a people's committee named before: no party commission to read
        "عقدت اللجنة الشعبية الإقليمية اجتماعها الدوري، وانتُخب السيد داو كوانغ خاي رئيسًا للجنة.",
    ],
)
def test_a_bare_committee_with_no_commission_before_is_none(text):
    assert all(org != "party_commission" for _, _, org, _ in _posts(text))


_STANDING = (
    "دو ثانه بينه (نائب الأمين الدائم للجنة الحزب الإقليمية)، ولي نغوك كوانغ (رئيس اللجنة الشعبية الإقليمية)."
)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the electing body or meeting, the verb's subject, stands between the verb and the counted post (VSO)
        (
            "ar",
            "كما انتخبت اللجنة التنفيذية 3 نواب لأمين لجنة الحزب الإقليمية للدورة الجديدة، وهم الرفاق: "
            + _STANDING,
        ),
        ("ar", "وانتخب المؤتمر ثلاثة نواب لأمين لجنة الحزب الإقليمية، وهم الرفاق: " + _STANDING),
        (
            "en",
            "The Executive Committee also elected 3 Deputy Secretaries of the Provincial Party Committee for the new "
            "term, namely comrades: Do Thanh Binh (Standing Deputy Secretary of the Provincial Party Committee, 16th "
            "term), Le Ngoc Quang (Chairman of the Provincial People's Committee).",
        ),
    ],
)
def test_a_post_elected_to_is_the_standing_ones_too(lang, text):
    """u-mt7ar-04: 'انتخبت اللجنة التنفيذية 3 نواب لأمين ...، وهم الرفاق: A (نائب الأمين الدائم ..., الدورة السادسة
    عشرة)': A, standing deputy of the term before, is elected one of the new term's deputy secretaries."""
    x = extracted(text, lang=lang)
    posts = {(p.role, p.body.org) for o in x.officials if o.name == "Do Thanh Binh" for p in o.positions}
    assert posts == {
        ("standing_deputy_secretary", "party_committee"),
        ("deputy_secretary", "party_committee"),
    }


def test_a_described_standing_deputy_holds_no_second_post():
    """(guard) A list describing the deputies, no election: the standing one is one of them, no second post."""
    x = extracted("وتضم لجنة الحزب الإقليمية 3 نواب للأمين، وهم الرفاق: " + _STANDING, lang="ar")
    posts = {(p.role, p.body.org) for o in x.officials if o.name == "Do Thanh Binh" for p in o.positions}
    assert posts == {("standing_deputy_secretary", "party_committee")}


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "وأنشأ المكتب السياسي اللجنة التوجيهية المركزية برئاسة الأمين العام تو لام؛ وهذه وثيقة ذات أهمية.",
            "To Lam",
            ("head", "steering_committee", "central"),
        ),
        (
            "أنشأت اللجنة الشعبية الإقليمية اللجنة التوجيهية الإقليمية برئاسة رئيس اللجنة الشعبية الإقليمية لي نغوك كوانغ.",
            "Le Ngoc Quang",
            ("head", "steering_committee", "provincial"),
        ),
        (
            "وتتألف لجنة التفتيش التابعة للجنة الحزب الإقليمية من 13 شخصًا، برئاسة نائب أمين لجنة الحزب الإقليمية بوي دوك"
            " هينه.",
            "Bui Duc Hinh",
            ("chair", "party_commission", "provincial"),
        ),
    ],
)
def test_a_body_headed_by_a_titled_name(text, name, post):
    """u-ar-0078: 'وأنشأ اللجنة التوجيهية المركزية برئاسة الأمين العام تو لام': a body 'headed by' a name written with its
    own title heads that body besides its post (the verb's subject before the body, المكتب السياسي, is not its owner)."""
    x = extracted(text, lang="ar")
    posts = {(p.role, p.body.org, p.body.level) for o in x.officials if o.name == name for p in o.positions}
    assert post in posts and len(posts) == 2


@pytest.mark.parametrize(
    "text",
    [
        # a meeting presided over: the chair's, no post of the body holding it
        "عقدت اللجنة الدائمة للجمعية الوطنية المؤتمر الثامن برئاسة رئيس الجمعية الوطنية تران ثانه مان.",
        # a delegation led: a group, no post
        "وكان الوفد برئاسة الرفيق نجوين هوا بينه - عضو المكتب السياسي، نائب رئيس الوزراء الدائم.",
    ],
)
def test_a_meeting_or_a_group_headed_by_a_titled_name_gives_no_post(text):
    x = extracted(text, lang="ar")
    roles = {p.role for o in x.officials for p in o.positions}
    assert not roles & {"head", "chair"} or roles == {"chair"}


_GREETED = "وفي كلمته خلال حفل الاستقبال، أعرب الرفيق ترينه فان تشين عن سعادته بالترحيب بالوفد. "


@pytest.mark.parametrize(
    ("lang", "text", "post"),
    [
        (
            "ar",
            _GREETED + "وأكد سكرتير لجنة الحزب في مقاطعة لانغ سون أن البلدين تربطهما علاقات جوار وثيقة.",
            ("secretary", "party_committee", "provincial"),
        ),
        (
            "ar",
            "وطلب ترينه فان تشين من السلطات المحلية التركيز على تطبيق القرارات. وأوضح رئيس البرلمان أن تحسين حياة"
            " السكان يجب أن يكون في صميم اهتمامات المقاطعة.",
            ("chair", "national_assembly", "central"),
        ),
        (
            "en",
            "In his speech, Comrade Trinh Van Chien expressed his joy at welcoming the delegation. The Secretary of the"
            " Lang Son Provincial Party Committee affirmed that the two countries have close relations.",
            ("secretary", "party_committee", "provincial"),
        ),
    ],
)
def test_a_title_opening_the_next_sentence_is_the_untitled_officials(lang, text, post):
    """u-ar-0041, u-mt4ar-06: a leader named once with no title, the next sentence opening with his office ('أكد سكرتير
    لجنة الحزب في مقاطعة لام دونغ أن', 'وأوضح رئيس البرلمان أن'): the office is his."""
    x = extracted(text, lang=lang)
    assert {(o.name, (p.role, p.body.org, p.body.level)) for o in x.officials for p in o.positions} == {
        ("Trinh Van Chien", post)
    }


@pytest.mark.parametrize(
    "text",
    [
        # the official has a post of his own: the title may be another holder's
        "وفي كلمته، أعرب الرفيق ترينه فان تشين، رئيس اللجنة الشعبية الإقليمية، عن سعادته بالترحيب بالوفد. وأكد سكرتير لجنة"
        " الحزب في مقاطعة لانغ سون أن البلدين تربطهما علاقات وثيقة.",
        # two people named before: which one is not known
        "وأعرب الرفيقان ترينه فان تشين وهوانغ ترونغ دونغ عن سعادتهما بالترحيب بالوفد. وأكد سكرتير لجنة الحزب في مقاطعة"
        " لانغ سون أن البلدين تربطهما علاقات وثيقة.",
        # a sentence between: the official is not the one just named
        _GREETED
        + "وتبادل الجانبان الآراء حول التعاون. وأكد سكرتير لجنة الحزب في مقاطعة لانغ سون أن البلدين تربطهما علاقات"
        " وثيقة.",
    ],
)
def test_a_title_opening_a_sentence_is_no_titled_or_unknown_officials(text):
    x = extracted(text, lang="ar")
    assert ("secretary", "party_committee") not in {
        (p.role, p.body.org) for o in x.officials if o.name != "Hoang Trung Dung" for p in o.positions
    }


@pytest.mark.parametrize(
    "text",
    [
        "وفي الدورة، صوّت مجلس الشعب الإقليمي على إعفاء السيد لام مينه ثانه من منصب نائب رئيس اللجنة الشعبية الإقليمية للفترة"
        " 2021-2026 (لترشيحه لانتخابه نائبًا لرئيس مجلس الشعب الإقليمي)، والسيد بوي دوك هينه (الذي تم نقله إلى عمل آخر).",
        "ووافق مجلس الشعب على إعفاء السيد لام مينه ثانه، مدير إدارة المالية، من منصب نائب رئيس اللجنة الشعبية الإقليمية، على"
        " أساس أن السلطة المختصة كلفته بعمل آخر، والسيد بوي دوك هينه، مدير إدارة الصحة، بسبب التقاعد.",
    ],
)
def test_the_post_after_the_first_object_is_the_next_objects_too(text):
    """u-mt24ar-12, u-mt5ar-04: 'إعفاء السيد A من منصب P ...، والسيد B (...)': both relieved of P."""
    x = extracted(text, lang="ar")
    for name in ("Lam Minh Thanh", "Bui Duc Hinh"):
        assert ("vice_chair", "peoples_committee") in {
            (p.role, p.body.org) for o in x.officials if o.name == name for p in o.positions
        }


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause's post: the verb's, no bare post noun
        "وحضر الاجتماع السيد لام مينه ثانه، الذي يشغل منصب نائب رئيس اللجنة الشعبية الإقليمية، والسيد بوي دوك هينه، مدير"
        " إدارة المالية.",
        # each linked to a post of its own
        "تم تعيين السيد لام مينه ثانه في منصب نائب رئيس اللجنة الشعبية الإقليمية، والسيد بوي دوك هينه في منصب مدير إدارة"
        " الصحة.",
    ],
)
def test_a_post_is_not_the_next_names_when_it_is_a_relative_clauses_or_the_name_has_its_own(text):
    x = extracted(text, lang="ar")
    assert ("vice_chair", "peoples_committee") not in {
        (p.role, p.body.org) for o in x.officials if o.name == "Bui Duc Hinh" for p in o.positions
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The delegates voted to relieve Mr. Lam Minh Thanh, Director of the Department of Finance, from the position"
            " of Vice Chairman of the Provincial People's Committee, and Mr. Bui Duc Hinh, Director of the Department"
            " of Health, due to retirement.",
        ),
        (
            "fr",
            "Les délégués ont voté la révocation de M. Lam Minh Thanh, directeur du Département des Finances, du poste"
            " de vice-président du Comité populaire provincial, et de M. Bui Duc Hinh, directeur du Département de la"
            " Santé, pour cause de retraite.",
        ),
        (
            "es",
            "Los delegados votaron la destitución del Sr. Lam Minh Thanh, director del Departamento de Finanzas, del"
            " cargo de vicepresidente del Comité Popular Provincial, y del Sr. Bui Duc Hinh, director del Departamento"
            " de Salud, por jubilación.",
        ),
    ],
)
def test_the_post_after_the_first_object_is_the_next_objects_too_in_other_languages(lang, text):
    x = extracted(text, lang=lang)
    for name in ("Lam Minh Thanh", "Bui Duc Hinh"):
        assert ("vice_chair", "peoples_committee") in {
            (p.role, p.body.org) for o in x.officials if o.name == name for p in o.positions
        }


def test_a_relative_clauses_post_is_not_the_next_names_in_english():
    x = extracted(
        "The meeting was attended by Mr. Lam Minh Thanh, who held the position of Vice Chairman of the Provincial"
        " People's Committee, and Mr. Bui Duc Hinh, Director of the Department of Finance.",
        lang="en",
    )
    assert ("vice_chair", "peoples_committee") not in {
        (p.role, p.body.org) for o in x.officials if o.name == "Bui Duc Hinh" for p in o.positions
    }


@pytest.mark.parametrize(
    "text",
    [
        "وهنأ الرفيق هوانغ ترونغ دونغ السيد دو مينه توان على انتخابه لمنصب رئيس اللجنة الشعبية الإقليمية.",
        "هنأ الرفيق هوانغ ترونغ دونغ السيد دو مينه توان على انتخابه رئيسًا للجنة الشعبية الإقليمية.",
    ],
)
def test_the_congratulated_objects_post_is_not_the_subjects(text):
    """'هنأ الرفيق A السيد B على انتخابه ...' (VSO: A congratulated B): two names with only B's honorific between are a
    verb's subject and object, no list; B's post was A's too."""
    x = extracted(text, lang="ar")
    assert {(o.name, p.role, p.body.org) for o in x.officials for p in o.positions} == {
        ("Do Minh Tuan", "chair", "peoples_committee")
    }


@pytest.mark.parametrize(
    "text",
    [
        # (guards) a conjunction, glued to the honorific or alone, joins the names: both hold the post
        "وانتخب السيد هوانغ ترونغ دونغ والسيد دو مينه توان نائبين لرئيس اللجنة الشعبية الإقليمية.",
        "وحضر الاجتماع السيد هوانغ ترونغ دونغ و السيد دو مينه توان، نائبا رئيس اللجنة الشعبية الإقليمية.",
    ],
)
def test_names_a_conjunction_joins_share_the_post(text):
    x = extracted(text, lang="ar")
    assert {(o.name, p.role) for o in x.officials for p in o.positions} == {
        ("Hoang Trung Dung", "vice_chair"),
        ("Do Minh Tuan", "vice_chair"),
    }
