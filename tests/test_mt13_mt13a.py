"""Silver mt13 (synthetic MT of vi articles, mt13a: ar, es): the constructions kg missed."""

import pytest

from kg.extract import extract
from kg.model import Article


def _x(text: str, lang: str):
    return extract(Article("t", text, lang=lang))


def _posts(text: str, lang: str) -> dict:
    return {
        o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in _x(text, lang).officials
    }


# vi "bà A giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa I; tám Phó Chủ tịch gồm các ông, bà: B, C và D" (u-vi-1062;
# u-mt13ar-03): "the ladies and gentlemen" between the list marker and the names it lists, and the counted or plural
# deputies' body the title written before
LADIES_AND_GENTLEMEN = [
    (
        "ar",
        "وبناءً على ذلك، تشغل السيدة تران ثي ثانه هونغ منصب رئيسة لجنة جبهة الوطن الفيتنامية الإقليمية للدورة الأولى؛ "
        "وثمانية نواب للرئيس هم السادة والسيدات: فان دوي بانغ، ونجوين فان كوب، ونجو فونغ فو.",
    ),
    (
        "ar",
        "وبناءً على ذلك، تشغل السيدة تران ثي ثانه هونغ منصب رئيسة لجنة جبهة الوطن الفيتنامية الإقليمية للدورة الأولى؛ "
        "وثمانية نواب للرئيس هم السيدات والسادة: فان دوي بانغ، ونجوين فان كوب، ونجو فونغ فو.",
    ),
    (
        "fr",
        "Ainsi, Mme Tran Thi Thanh Huong occupe le poste de présidente du Comité du Front de la Patrie du Vietnam de la "
        "province ; les huit vice-présidents sont Messieurs et Mesdames : Phan Duy Bang, Nguyen Van Cop et Ngo Phuong Vu.",
    ),
    (
        "pl",
        "Pani Tran Thi Thanh Huong piastuje stanowisko przewodniczącej Komitetu Frontu Ojczyzny Wietnamu prowincji; "
        "ośmiu wiceprzewodniczących to panowie i panie: Phan Duy Bang, Nguyen Van Cop i Ngo Phuong Vu.",
    ),
    (
        "de",
        "Frau Tran Thi Thanh Huong ist Vorsitzende des Komitees der Vaterländischen Front Vietnams der Provinz; acht "
        "stellvertretende Vorsitzende sind: Phan Duy Bang, Nguyen Van Cop und Ngo Phuong Vu.",
    ),
    (
        "de",
        "Frau Tran Thi Thanh Huong bekleidet das Amt der Vorsitzenden des Komitees der Vaterländischen Front Vietnams "
        "der Provinz; die acht stellvertretenden Vorsitzenden sind die Damen und Herren: Phan Duy Bang, Nguyen Van Cop "
        "und Ngo Phuong Vu.",
    ),
    (
        "en",
        "Accordingly, Ms. Tran Thi Thanh Huong holds the position of Chairwoman of the Provincial Vietnam Fatherland Front "
        "Committee; the eight Vice Chairpersons are: Phan Duy Bang, Nguyen Van Cop and Ngo Phuong Vu.",
    ),
    (
        "es",
        "En consecuencia, la Sra. Tran Thi Thanh Huong ocupa el cargo de Presidenta del Comité del Frente de la Patria "
        "de Vietnam de la provincia; los ocho vicepresidentes son los señores y señoras: Phan Duy Bang, Nguyen Van Cop "
        "y Ngo Phuong Vu.",
    ),
]


@pytest.mark.parametrize("lang,text", LADIES_AND_GENTLEMEN)
def test_listed_deputies_after_ladies_and_gentlemen(lang, text):
    posts = _posts(text, lang)
    assert ("chair", "fatherland_front", "provincial") in posts["Tran Thi Thanh Huong"]
    for name in ("Phan Duy Bang", "Nguyen Van Cop", "Ngo Phuong Vu"):
        assert posts.get(name) == {("vice_chair", "fatherland_front", "provincial")}, (name, posts)


# vi "cho thôi chức vụ Bí thư Thành ủy, ..., Trưởng đoàn ĐBQH thành phố Hà Nội và các chức vụ có liên quan để nghỉ công
# tác và nghỉ hưu theo nguyện vọng đối với đồng chí Đinh Tiến Dũng" (u-vi-1084; u-mt13es-02): the posts a dismissal
# names, closed by 'and the related posts' and its purpose, are the name's after the title_for cue
RELATED_POSTS = [
    (
        "es",
        "El Sr. Nguyen Van Phong anunció la decisión del Politburó de relevar de los cargos de Secretario del Comité "
        "Municipal del Partido, miembro del Comité Permanente del Comité Municipal del Partido, Jefe de la Delegación de "
        "la Asamblea Nacional de la ciudad de Hanói y de los cargos relacionados, para que se jubile a petición propia, "
        "al camarada Dinh Tien Dung.",
    ),
    (
        "en",
        "Mr. Nguyen Van Phong announced the Politburo decision on relieving the positions of Secretary of the City Party "
        "Committee, member of the Standing Committee of the City Party Committee, Head of the National Assembly "
        "Delegation of Hanoi and related positions to retire at his own request for comrade Dinh Tien Dung.",
    ),
    (
        "fr",
        "M. Nguyen Van Phong a annoncé la décision du Bureau politique de relever des fonctions de secrétaire du Comité "
        "municipal du Parti, membre du Comité permanent du Comité municipal du Parti, chef de la délégation de "
        "l'Assemblée nationale de Hanoï et des fonctions connexes pour prendre sa retraite à sa demande, pour le "
        "camarade Dinh Tien Dung.",
    ),
    (
        "pl",
        "Pan Nguyen Van Phong ogłosił decyzję Biura Politycznego o odwołaniu ze stanowisk sekretarza Miejskiego "
        "Komitetu Partii, członka Stałego Komitetu Miejskiego Komitetu Partii, przewodniczącego Delegacji Zgromadzenia "
        "Narodowego miasta Hanoi i powiązanych stanowisk w celu przejścia na emeryturę na własną prośbę w stosunku do "
        "towarzysza Dinh Tien Dunga.",
    ),
    (
        "ar",
        "أعلن السيد نجوين فان فونغ قرار المكتب السياسي بشأن إعفاء منصب أمين لجنة الحزب في المدينة، وعضو اللجنة الدائمة "
        "للجنة الحزب في المدينة، ورئيس وفد الجمعية الوطنية لمدينة هانوي والمناصب ذات الصلة للتقاعد بناء على رغبته "
        "للرفيق دينه تيان دونغ.",
    ),
]


@pytest.mark.parametrize("lang,text", RELATED_POSTS)
def test_dismissal_closed_by_related_posts(lang, text):
    posts = _posts(text, lang)
    assert posts["Dinh Tien Dung"] == {
        ("secretary", "party_committee", "provincial"),
        ("standing_member", "party_committee", "provincial"),
        ("head", "national_assembly_delegation", "provincial"),
    }, posts
    assert not posts.get("Nguyen Van Phong")


def test_verb_between_post_and_name_still_guards():
    # "A, t, felicitó al Sr. B": the post is A's (no 'related posts' closing it)
    text = (
        "El Sr. Nguyen Van Phong, en el cargo de Secretario del Comité Municipal del Partido de Hanói, felicitó al "
        "Sr. Dinh Tien Dung."
    )
    posts = _posts(text, "es")
    assert not posts.get("Dinh Tien Dung"), posts


# vi "ông Đỗ Thanh Bình được điều động nhận nhiệm vụ Thứ trưởng Thường trực Bộ Nội vụ" (u-vi-1058; u-mt13ar-02): the
# standing deputy minister, after 'to take on the duties of'
STANDING_DEPUTY_MINISTER = [
    ("ar", "وبناءً على ذلك، تم نقل السيد دو ثانه بينه لتولي مهام النائب الدائم لوزير الداخلية."),
    ("ar", "وبناءً على ذلك، تم نقل السيد دو ثانه بينه لتولي مهام نائب وزير الداخلية الدائم."),
    ("ar", "السيد دو ثانه بينه، النائب الدائم لوزير الداخلية."),
    (
        "en",
        "Accordingly, Mr. Do Thanh Binh was transferred to take on the duties of Standing Deputy Minister of Home Affairs.",
    ),
    (
        "es",
        "En consecuencia, el Sr. Do Thanh Binh fue trasladado para asumir las funciones de Viceministro Permanente del Interior.",
    ),
    ("vi", "Theo đó, ông Đỗ Thanh Bình được điều động nhận nhiệm vụ Thứ trưởng Thường trực Bộ Nội vụ."),
]


@pytest.mark.parametrize("lang,text", STANDING_DEPUTY_MINISTER)
def test_standing_deputy_minister_duties_taken(lang, text):
    assert _posts(text, lang)["Do Thanh Binh"] == {("deputy_minister", "ministry", "central")}


def test_standing_vice_chairwoman_ar():
    posts = _posts("السيدة نجوين ثي لان، النائبة الدائمة لرئيس اللجنة الشعبية الإقليمية.", "ar")
    assert posts["Nguyen Thi Lan"] == {("standing_vice_chair", "peoples_committee", "provincial")}


# vi "tại Hội trường 2/9, TP. Pleiku" (u-vi-1033; u-mt13ar-04): a hall a day names (2 September), no share of 2 in 9
HALL_OF_A_DAY = [
    ("ar", "وصباح اليوم (23 أغسطس)، في القاعة 2/9، بمدينة بليكو؛ عقد المؤتمر جلسة العمل الثانية."),
    (
        "en",
        "This morning (August 23), at Hall 2/9, Pleiku City, the Congress held its second working session.",
    ),
    (
        "es",
        "Esta mañana (23 de agosto), en el Salón 2/9, ciudad de Pleiku, el Congreso celebró su segunda sesión de trabajo.",
    ),
    (
        "fr",
        "Ce matin (23 août), dans la salle 2/9, ville de Pleiku, le Congrès a tenu sa deuxième séance de travail.",
    ),
    (
        "de",
        "Heute Morgen (23. August) hielt der Kongress in der Halle 2/9 in der Stadt Pleiku seine zweite Arbeitssitzung ab.",
    ),
    ("pl", "Dziś rano (23 sierpnia) w sali 2/9 w mieście Pleiku Kongres odbył drugą sesję roboczą."),
    ("vi", "Sáng nay (23/8), tại Quảng trường 2/9, TP. Pleiku, buổi lễ đã diễn ra."),
]


@pytest.mark.parametrize("lang,text", HALL_OF_A_DAY)
def test_hall_named_by_a_day_counts_nothing(lang, text):
    assert not _x(text, lang).metrics


def test_share_after_hall_still_counts():
    assert {m.value for m in _x("The hall has 2/9 seats empty.", "en").metrics} == {2.0, 9.0}


# vi "Trước đó, tại phiên làm việc thứ nhất, Đại hội đã hiệp thương cử 129 vị" (u-vi-1062; u-mt13ar-03): ar writes the
# congress 'المؤتمر' (its conference noun), so the congress's first working session was the first meeting of the body it
# elected; the executive's first conference, meeting or session stays a meeting of its own
CONGRESS_AR = "في 15 أكتوبر، افتتح مؤتمر مندوبي لجنة الحزب في مقاطعة توين كوانغ للفترة 2020-2025."


@pytest.mark.parametrize(
    "second,meetings",
    [
        ("وقبل ذلك، في جلسة العمل الأولى، أجرى المؤتمر مشاورات لانتخاب 129 شخصًا للمشاركة في اللجنة.", 1),
        ("وفي الجلسة الأولى، انتخب المؤتمر اللجنة التنفيذية.", 1),
        ("وفي الاجتماع الأول للجنة التنفيذية، انتخب المؤتمر اللجنة الدائمة.", 2),
        ("وفي الجلسة الأولى للجنة التنفيذية، انتخب المؤتمر اللجنة الدائمة.", 2),
        ("وفي المؤتمر الأول، انتخبت اللجنة التنفيذية للحزب في المقاطعة اللجنة الدائمة والأمين.", 2),
    ],
)
def test_congress_first_working_session_ar(second, meetings):
    found = _x(CONGRESS_AR + " " + second, "ar").meetings
    assert len(found) == meetings, found
    assert found[0].date == "2020-10-15"


# vi "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh An Giang khóa I, nhiệm kỳ 2025-2030" (u-vi-1062; u-mt13ar-03): ar 'الدورة' is a
# term as often as a session; in apposition to a body, or after 'for' (للدورة), the first one is the body's first term
FRONT_AR = (
    "في 28 نوفمبر، عقدت جبهة الوطن الفيتنامية في مقاطعة آن جيانغ مؤتمر المندوبين الأول للفترة 2025-2030."
)


@pytest.mark.parametrize(
    "second,meetings",
    [
        (
            "السيدة تران ثي ثانه هونغ تواصل شغل منصب رئيسة لجنة جبهة الوطن الفيتنامية لمقاطعة آن جيانغ، الدورة الأولى، "
            "للفترة 2025-2030.",
            1,
        ),
        (
            "السيدة تران ثي ثانه هونغ تواصل شغل منصب رئيسة لجنة جبهة الوطن الفيتنامية لمقاطعة آن جيانغ للدورة الأولى، "
            "للفترة 2025-2030.",
            1,
        ),
        ("وفي الدورة الأولى، انتخب مجلس الشعب الإقليمي رئيسه.", 2),
    ],
)
def test_first_term_in_apposition_is_no_sitting_ar(second, meetings):
    found = _x(FRONT_AR + " " + second, "ar").meetings
    assert len(found) == meetings, found


# vi "ông Lê Quang Tùng, ..., Tổng thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc hội khóa XV thôi tham gia Ban chấp hành, Ban
# Thường vụ Đảng ủy Quốc hội" (u-vi-1058; u-mt13ar-02): the office of the National Assembly, its level written, took the
# executive named after a comma as its owner (head of a party commission)
NA_OFFICE = [
    (
        "ar",
        "قرر المكتب السياسي أن يتوقف السيد لي كوانغ تونغ، عضو اللجنة المركزية للحزب، الأمين العام للجمعية الوطنية، رئيس "
        "مكتب الجمعية الوطنية الخامسة عشرة، عن المشاركة في اللجنة التنفيذية واللجنة الدائمة للجنة الحزب في الجمعية "
        "الوطنية للفترة 2020-2025.",
    ),
    (
        "vi",
        "Bộ Chính trị quyết định ông Lê Quang Tùng, Ủy viên Trung ương Đảng, Tổng thư ký Quốc hội, Chủ nhiệm Văn phòng "
        "Quốc hội khóa XV thôi tham gia Ban chấp hành, Ban Thường vụ Đảng ủy Quốc hội nhiệm kỳ 2020-2025.",
    ),
]


@pytest.mark.parametrize("lang,text", NA_OFFICE)
def test_office_of_the_assembly_owned_by_no_later_body(lang, text):
    posts = _posts(text, lang)["Le Quang Tung"]
    assert ("head", "other", "central") in posts
    assert not any(org == "party_commission" for _, org, _ in posts), posts


def test_commission_of_the_party_committee_after_comma_ar():
    posts = _posts("السيد نجوين فان أ، رئيس لجنة الدعاية، لجنة الحزب الإقليمية.", "ar")
    assert posts["Nguyen Van A"] == {("head", "party_commission", "provincial")}


# vi "phân công bà Nguyễn Thị Tuyến, ..., Phó Bí thư Thường trực Thành ủy điều hành Thành ủy Hà Nội cho đến khi kiện toàn
# chức danh Bí thư Thành ủy theo quy định" (u-vi-1084; u-mt13es-02): the post 'until' it is filled is the vacancy's
UNTIL_FILLED = [
    (
        "es",
        "El Politburó también asignó a la Sra. Nguyen Thi Tuyen, miembro del Comité Central del Partido, subsecretaria "
        "permanente del Comité Municipal del Partido, para dirigir el Comité Municipal del Partido de Hanói hasta que se "
        "complete el cargo de Secretario del Comité Municipal del Partido de acuerdo con las regulaciones.",
    ),
    (
        "ar",
        "كما كلف المكتب السياسي السيدة نجوين ثي توين، عضو اللجنة المركزية للحزب، النائبة الدائمة لأمين لجنة الحزب في "
        "المدينة، بإدارة لجنة الحزب في مدينة هانوي حتى يتم استكمال منصب أمين لجنة الحزب في المدينة وفقا للوائح.",
    ),
    (
        "fr",
        "Le Bureau politique a également chargé Mme Nguyen Thi Tuyen, membre du Comité central du Parti, secrétaire "
        "adjointe permanente du Comité municipal du Parti, de diriger le Comité du Parti de Hanoï jusqu'à ce que le poste "
        "de secrétaire du Comité municipal du Parti soit pourvu conformément à la réglementation.",
    ),
    (
        "pl",
        "Biuro Polityczne powierzyło także pani Nguyen Thi Tuyen, członkini Komitetu Centralnego Partii, stałej "
        "zastępczyni sekretarza Miejskiego Komitetu Partii, kierowanie Komitetem Partii miasta Hanoi do czasu "
        "uzupełnienia stanowiska sekretarza Miejskiego Komitetu Partii zgodnie z przepisami.",
    ),
]


@pytest.mark.parametrize("lang,text", UNTIL_FILLED)
def test_post_until_filled_is_nobodys(lang, text):
    assert _posts(text, lang)["Nguyen Thi Tuyen"] == {
        ("member", "central_committee", "central"),
        ("standing_deputy_secretary", "party_committee", "provincial"),
    }


# vi "ông Bình sẽ tiếp tục điều hành đến khi hoàn thành nội dung của Đại hội đảng bộ TP Cần Thơ lần thứ I" (u-vi-1058;
# u-mt13ar-02): ar writes the congress with its conference noun and its ordinal, 'المؤتمر الأول', after 'until': the
# congress something lasts until, no first conference of the elected executive
CAN_THO_AR = (
    "في 27 سبتمبر، وفي مؤتمر المندوبين الأول للجنة الحزب في مدينة كان ثو، للفترة 2025-2030، أعلن السيد نجوين ثانه تام "
    "قرارات المكتب السياسي."
)


@pytest.mark.parametrize(
    "second,meetings",
    [
        (
            "وسيواصل السيد بينه إدارة العمل حتى الانتهاء من محتوى المؤتمر الأول للجنة الحزب في مدينة كان ثو.",
            1,
        ),
        ("وفي المؤتمر الأول، انتخبت اللجنة التنفيذية للحزب في المدينة اللجنة الدائمة.", 2),
    ],
)
def test_congress_until_is_no_first_conference_ar(second, meetings):
    found = _x(CAN_THO_AR + " " + second, "ar").meetings
    assert len(found) == meetings, found
    assert found[0].date == "2025-09-27"


# vi "23/8/2024Trong 02 ngày (22 và 23/8), Ủy ban MTTQ Việt Nam tỉnh Gia Lai đã long trọng tổ chức Đại hội" (u-vi-1033;
# u-mt13ar-04): the site's dateline opening the sentence, a word right after it, dates the report, not the congress the
# sentence dates (it opened on the first of its two days); alone, it still dates the meeting
DATELINE_OPENS = [
    (
        "es",
        "23/8/2024 Durante 2 días (22 y 23 de agosto), el Comité del Frente de la Patria de Vietnam de la provincia de "
        "Gia Lai organizó solemnemente el XI Congreso de Delegados del Frente de la Patria de Vietnam de la provincia, "
        "período 2024-2029.",
    ),
    (
        "en",
        "23/8/2024 Over 2 days (August 22 and 23), the Vietnam Fatherland Front Committee of Gia Lai province solemnly "
        "organized the 11th Congress of Delegates of the provincial Vietnam Fatherland Front, term 2024-2029.",
    ),
    (
        "fr",
        "23/8/2024 Pendant 2 jours (22 et 23 août), le Comité du Front de la Patrie du Vietnam de la province de Gia Lai "
        "a solennellement organisé le 11e Congrès des délégués du Front de la Patrie de la province, mandat 2024-2029.",
    ),
    (
        "pl",
        "23/8/2024 Przez 2 dni (22 i 23 sierpnia) Komitet Frontu Ojczyzny Wietnamu prowincji Gia Lai uroczyście "
        "zorganizował XI Zjazd Delegatów Frontu Ojczyzny Wietnamu prowincji na kadencję 2024-2029.",
    ),
    (
        "de",
        "23.8.2024 An zwei Tagen (22. und 23. August) hat das Komitee der Vaterländischen Front Vietnams der Provinz Gia "
        "Lai feierlich den 11. Delegiertenkongress der Vaterländischen Front der Provinz für die Amtszeit 2024-2029 "
        "organisiert.",
    ),
    (
        "ar",
        "23/8/2024على مدار يومين (22 و23 أغسطس)، نظمت لجنة جبهة الوطن الفيتنامية لمقاطعة جيا لاي رسميًا المؤتمر الحادي "
        "عشر لمندوبي جبهة الوطن الفيتنامية في المقاطعة، للفترة 2024-2029.",
    ),
]


@pytest.mark.parametrize("lang,text", DATELINE_OPENS)
def test_opening_dateline_dates_no_congress(lang, text):
    assert [m.date for m in _x(text, lang).meetings] == ["2024-08-22"]


@pytest.mark.parametrize(
    "text",
    [
        "23/8/2024 The Vietnam Fatherland Front Committee of Gia Lai province organized the 11th Congress of Delegates.",
        "23/8/2024, the Vietnam Fatherland Front Committee of Gia Lai province opened the 11th Congress.",
    ],
)
def test_only_day_still_dates_the_meeting(text):
    assert [m.date for m in _x(text, "en").meetings] == ["2024-08-23"]


# vi "Phó Bí thư Thường trực chuyên trách Đảng ủy UBND tỉnh" (u-vi-1007; u-mt13es-01's source): ar 'full-time' between the
# standing deputy and the secretary ('النائب الدائم المتفرغ لأمين') made her the secretary
@pytest.mark.parametrize(
    "text",
    [
        "السيد نغوين فان آن، النائب الدائم المتفرغ لأمين لجنة الحزب الإقليمية.",
        "السيد نغوين فان آن، النائبة الدائمة المتفرغة لأمين لجنة الحزب الإقليمية.",
    ],
)
def test_full_time_standing_deputy_secretary_ar(text):
    assert _posts(text, "ar")["Nguyen Van An"] == {
        ("standing_deputy_secretary", "party_committee", "provincial")
    }


# vi "bà Nguyễn Thị Việt Hà - Bí thư Đảng ủy xã Thượng Đức được bầu giữ chức Phó chủ tịch HĐND tỉnh Hà Tĩnh" (u-vi-1039;
# u-mt13ar-01's source): a woman's post in the accusative written with tanween on the tā' marbūṭa ('نائبةً')
@pytest.mark.parametrize(
    "text,post",
    [
        (
            "وانتُخبت السيدة نجوين ثي فيت ها نائبةً لرئيس مجلس الشعب في مقاطعة ها تينه.",
            ("vice_chair", "peoples_council", "provincial"),
        ),
        (
            "وانتُخبت السيدة نجوين ثي فيت ها، أمينة لجنة الحزب في بلدية ثونغ دوك، نائبةً لرئيس مجلس الشعب في مقاطعة ها تينه.",
            ("vice_chair", "peoples_council", "provincial"),
        ),
        (
            "وانتُخبت السيدة نجوين ثي فيت ها رئيسةً لمجلس الشعب في مقاطعة ها تينه.",
            ("chair", "peoples_council", "provincial"),
        ),
        (
            "وعُيّنت السيدة نجوين ثي فيت ها مديرةً لإدارة الصحة في مقاطعة ها تينه.",
            ("director", "department", "provincial"),
        ),
        (
            "وانتُخبت السيدة نجوين ثي فيت ها أمينةً للجنة الحزب في مقاطعة ها تينه.",
            ("secretary", "party_committee", "provincial"),
        ),
    ],
)
def test_womans_post_in_the_accusative_ar(text, post):
    posts = _posts(text, "ar")["Nguyen Thi Viet Ha"]
    assert post in posts, posts
    assert ("chair", "peoples_council", "central") not in posts, posts


# vi "ông Hồ Huy Thành, Bí thư Đảng ủy, Chủ tịch HĐND xã Kỳ Xuân và bà Nguyễn Thị Nguyệt, Giám đốc Sở GD-ĐT được bầu giữ
# chức vụ Phó chủ tịch UBND tỉnh" (u-vi-1039; u-mt13ar-01's source): ar "انتُخب A، t1، والسيدة B، t2، نائبين لرئيس ...": the
# conjunction glued to the second name's honorific joins the two, and the accusative dual is both names' post
ELECTED_TWO_AR = [
    "وبناءً على ذلك، انتُخب السيد هو هوي ثانه، أمين لجنة الحزب ورئيس مجلس الشعب في بلدية كي شوان، والسيدة نجوين ثي نجويت، "
    "مديرة إدارة التعليم والتدريب، نائبين لرئيس اللجنة الشعبية الإقليمية.",
    "وبناءً على ذلك، انتُخب السيد هو هوي ثانه، أمين لجنة الحزب في بلدية كي شوان، والسيدة نجوين ثي نجويت، مديرة إدارة "
    "التعليم والتدريب، نائبين لرئيس اللجنة الشعبية الإقليمية.",
    "وبناءً على ذلك، انتُخب السيد هو هوي ثانه والسيدة نجوين ثي نجويت نائبين لرئيس اللجنة الشعبية الإقليمية.",
]


@pytest.mark.parametrize("text", ELECTED_TWO_AR)
def test_two_elected_vice_chairs_dual_ar(text):
    posts = _posts(text, "ar")
    for name in ("Ho Huy Thanh", "Nguyen Thi Nguyet"):
        assert ("vice_chair", "peoples_committee", "provincial") in posts[name], posts


def test_two_met_the_vice_chairs_ar():
    text = (
        "التقى السيد هو هوي ثانه، أمين لجنة الحزب في بلدية كي شوان، والسيدة نجوين ثي نجويت، مديرة إدارة التعليم والتدريب، "
        "بنائبين لرئيس اللجنة الشعبية الإقليمية."
    )
    posts = _posts(text, "ar")
    assert all(("vice_chair", "peoples_committee", "provincial") not in p for p in posts.values()), posts
