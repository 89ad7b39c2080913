"""fix27a: positions on text kg has not read (stop 40): the constructions stop 39 left open, each in every language
where it exists, and the cross-language parity of the posts the press states (docs/positions.md, "fix27a")."""

import pytest

from tests.helpers import placed_posts

_AN = "Nguyen Van An"
_NAM_DAN = ("secretary", "party_committee", "district", "Nam Dan")

# 1. a district's (a commune's) congress or conference elects its own committee's posts: 'The Nam Dan District Party
# Congress elected Mr. A as Secretary' is the district's secretary, not the article's province's (review26 Low 8)


@pytest.mark.parametrize(
    ("lang", "text", "post"),
    [
        ("en", "The Nam Dan District Party Congress elected Mr. Nguyen Van An as Secretary.", _NAM_DAN),
        ("en", "The Party Congress of Nam Dan district elected Mr. Nguyen Van An as Secretary.", _NAM_DAN),
        (
            "en",
            "The Dien Chau District Party Conference elected Mr. Nguyen Van An as Deputy Secretary.",
            ("deputy_secretary", "party_committee", "district", "Dien Chau"),
        ),
        (
            "fr",
            "Le Congrès du Parti du district de Nam Dan a élu M. Nguyen Van An comme secrétaire.",
            _NAM_DAN,
        ),
        (
            "es",
            "El Congreso del Partido del distrito de Nam Dan eligió al Sr. Nguyen Van An como secretario.",
            _NAM_DAN,
        ),
        ("de", "Der Parteitag des Bezirks Nam Dan wählte Herrn Nguyen Van An zum Sekretär.", _NAM_DAN),
        ("pl", "Zjazd Partii dystryktu Nam Dan wybrał pana Nguyen Van An na sekretarza.", _NAM_DAN),
        ("vi", "Đại hội Đảng bộ huyện Nam Đàn đã bầu ông Nguyễn Văn An giữ chức Bí thư.", _NAM_DAN),
        ("ar", "انتخب مؤتمر الحزب في منطقة نام دان السيد نغوين فان آن أمينا.", _NAM_DAN),
        # guards: the province's congress, a title that writes its own level
        (
            "en",
            "The Nghe An Provincial Party Congress elected Mr. Nguyen Van An as Secretary.",
            ("secretary", "party_committee", "provincial", "Nghe An"),
        ),
        (
            "en",
            "At the Nam Dan District Party Congress, Mr. Nguyen Van An, Secretary of the Nghe An Provincial Party "
            "Committee, delivered a speech.",
            ("secretary", "party_committee", "provincial", "Nghe An"),
        ),
        (
            "vi",
            "Đại hội Đảng bộ huyện Nam Đàn, tỉnh Nghệ An đã bầu ông Nguyễn Văn An làm Bí thư Huyện ủy.",
            _NAM_DAN,
        ),
    ],
)
def test_a_district_congress_elects_the_district_s_post(lang, text, post):
    assert placed_posts(text, lang) == {_AN: {post}}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # (review27 Medium 1: a provincial leader at a meeting held in a district, no election)
        (
            "en",
            "The Provincial Party Standing Committee held a conference in Nam Dan district chaired by Secretary Nguyen Van An.",
        ),
        (
            "en",
            "At a conference in Nam Dan district on March 5, Party Secretary Nguyen Van An asked the district to act.",
        ),
        (
            "en",
            "The district-level party congresses in Nghe An will end in June, Secretary Nguyen Van An said.",
        ),
        (
            "en",
            "Attending the Nam Dan District Party Congress were Mr. Nguyen Van An, Secretary of the Party Committee.",
        ),
        (
            "fr",
            "Lors de la conférence tenue dans le district de Nam Dan, le secrétaire du Comité du Parti Nguyen Van An a "
            "demandé d'accélérer les travaux.",
        ),
        (
            "es",
            "En la conferencia celebrada en el distrito de Nam Dan el secretario del Comité del Partido Nguyen Van An "
            "pidió acelerar las obras.",
        ),
        (
            "de",
            "Auf der Konferenz im Bezirk Nam Dan forderte Parteisekretär Nguyen Van An schnellere Arbeiten.",
        ),
        (
            "pl",
            "Na konferencji w dystrykcie Nam Dan sekretarz partii Nguyen Van An wezwał do przyspieszenia prac.",
        ),
        ("vi", "Tại hội nghị ở huyện Nam Đàn, Bí thư Nguyễn Văn An yêu cầu đẩy nhanh tiến độ."),
        ("ar", "في المؤتمر الذي عقد في منطقة نام دان، طالب أمين الحزب نغوين فان آن بتسريع العمل."),
        ("ar", "وخلال المؤتمر في المنطقة الحدودية أكد أمين لجنة الحزب نغوين فان آن على أهمية العمل."),
    ],
)
def test_a_meeting_held_in_a_district_elects_nobody(lang, text):
    assert {level for posts in placed_posts(text, lang).values() for _, _, level, _ in posts} == {
        "provincial"
    }


# 5. a Lao or Cambodian official's posts are no Vietnamese body's: the Lao People's Revolutionary Party's Central
# Committee is a foreign office (other/central), a province's post after it in the same chain or with its country
# right after it ('... مقاطعة بوليكامساي اللاوية', '(Laos)') is of no Vietnamese province; an honorific between two
# titles opens another person (a guest's name the reader did not read keeps the host from the guest's titles)
_NGHE_AN = {
    "ar": "زار وفد مقاطعة نغي آن المنطقة. ",
    "en": "The Nghe An province delegation visited. ",
    "fr": "La délégation de la province de Nghe An a visité. ",
    "es": "La delegación de la provincia de Nghe An visitó. ",
    "de": "Die Delegation der Provinz Nghe An besuchte. ",
    "pl": "Delegacja prowincji Nghe An odwiedziła. ",
}
_LAO = {("member", "other", "central", None), ("secretary", "party_committee", "provincial", None)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Comrade Nguyen Van An received Comrade Tran Van Binh, Member of the Central Committee of the Lao People's "
            "Revolutionary Party, Secretary of Xieng Khouang Provincial Party Committee.",
        ),
        (
            "fr",
            "Le camarade Nguyen Van An a reçu le camarade Tran Van Binh, membre du Comité central du Parti populaire "
            "révolutionnaire lao, secrétaire du Comité provincial du Parti de Xieng Khouang.",
        ),
        (
            "es",
            "El camarada Nguyen Van An recibió al camarada Tran Van Binh, miembro del Comité Central del Partido Popular "
            "Revolucionario de Laos, secretario del Comité Provincial del Partido de Xieng Khouang.",
        ),
        (
            "de",
            "Genosse Nguyen Van An empfing Genossen Tran Van Binh, Mitglied des Zentralkomitees der Laotischen "
            "Revolutionären Volkspartei, Sekretär des Parteikomitees der Provinz Xieng Khouang.",
        ),
        (
            "pl",
            "Towarzysz Nguyen Van An przyjął towarzysza Tran Van Binh, członka Komitetu Centralnego Laotańskiej "
            "Ludowo-Rewolucyjnej Partii, sekretarza Komitetu Partii prowincji Xieng Khouang.",
        ),
        (
            "ar",
            "والتقى الرفيق نغوين فان آن بالرفيق تران فان بينه، عضو اللجنة المركزية للحزب الثوري الشعبي لاو، أمين لجنة "
            "الحزب في مقاطعة هوافان.",
        ),
    ],
)
def test_a_lao_official_s_posts_are_no_vietnamese_body_s(lang, text):
    assert placed_posts(_NGHE_AN[lang] + text, lang) == {_AN: set(), "Tran Van Binh": _LAO}


@pytest.mark.parametrize(
    ("lang", "text", "posts"),
    [
        # the country after the province's name
        (
            "ar",
            "وحضر الاجتماع السيد نغوين فان آن، نائب رئيس اللجنة الشعبية لمقاطعة نغي آن، والسيد لي فان هونغ، نائب أمين "
            "لجنة الحزب في مقاطعة بوليكامساي اللاوية.",
            {
                _AN: {("vice_chair", "peoples_committee", "provincial", "Nghe An")},
                "Le Van Hung": {("deputy_secretary", "party_committee", "provincial", None)},
            },
        ),
        # a guest's name not read: his titles are not the host's
        (
            "ar",
            "واستقبل الرفيق تاي ثانه كوي، أمين لجنة الحزب في مقاطعة نغي آن، الرفيق خامفان فيلافونغ، عضو اللجنة المركزية "
            "للحزب الثوري الشعبي اللاوي، أمين لجنة الحزب وحاكم مقاطعة شيانغ خوانغ.",
            {"Thai Thanh Quy": {("secretary", "party_committee", "provincial", "Nghe An")}},
        ),
        (
            "ar",
            "التقى السيد نغوين فان آن، رئيس اللجنة الشعبية لمقاطعة نغي آن، مع السيد هون مانيت، رئيس الوزراء الكمبودي.",
            {_AN: {("chair", "peoples_committee", "provincial", "Nghe An")}},
        ),
        # guards: a Vietnamese official who receives a Lao delegation keeps his province's post
        (
            "en",
            "Mr. Nguyen Van An, Chairman of the Provincial People's Committee, received the delegation of Laos.",
            {_AN: {("chair", "peoples_committee", "provincial", "Nghe An")}},
        ),
        (
            "fr",
            "M. Nguyen Van An, président du Comité populaire provincial, a reçu une délégation du Laos.",
            {_AN: {("chair", "peoples_committee", "provincial", "Nghe An")}},
        ),
        (
            "ar",
            "واستقبل الرفيق نغوين فان آن، أمين لجنة الحزب الإقليمية، رئيس مجلس الشعب الإقليمي، وفد مقاطعة هوافان اللاوية.",
            {
                _AN: {
                    ("secretary", "party_committee", "provincial", "Nghe An"),
                    ("chair", "peoples_council", "provincial", "Nghe An"),
                }
            },
        ),
    ],
)
def test_a_foreign_province_s_post_takes_no_vietnamese_province(lang, text, posts):
    assert placed_posts(_NGHE_AN[lang] + text, lang) == posts


# 4a. a second act on a plural role after a relief names other people: 'and the election of members of X' gives the
# relieved name no member's post (review26 on 833a5298: no `roster` row for 'the election of')
_RELIEVED = {_AN: {("chair", "peoples_council", "provincial", "Nghe An")}}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Council voted to relieve Mr. Nguyen Van An of the post of Chairman of the Provincial People's Council, "
            "and the election of members of the Provincial People's Committee.",
        ),
        (
            "fr",
            "Le Conseil a voté la destitution de M. Nguyen Van An du poste de président du Conseil populaire provincial "
            "et l'élection des membres du Comité populaire provincial.",
        ),
        (
            "pl",
            "Rada przegłosowała odwołanie pana Nguyen Van An ze stanowiska przewodniczącego Rady Ludowej prowincji oraz "
            "wybór członków Komitetu Ludowego prowincji.",
        ),
        (
            "es",
            "El Consejo votó la destitución del Sr. Nguyen Van An del cargo de presidente del Consejo Popular provincial "
            "y la elección de los miembros del Comité Popular provincial.",
        ),
        (
            "de",
            "Der Rat stimmte der Entlassung von Herrn Nguyen Van An aus dem Amt des Vorsitzenden des Volksrates der "
            "Provinz und der Wahl der Mitglieder des Volkskomitees der Provinz zu.",
        ),
        (
            "ar",
            "وصوت المجلس على إعفاء السيد نغوين فان آن من منصب رئيس مجلس الشعب الإقليمي وانتخاب أعضاء اللجنة الشعبية "
            "الإقليمية.",
        ),
    ],
)
def test_the_election_of_members_after_a_relief_is_no_post_of_the_relieved(lang, text):
    assert placed_posts(_NGHE_AN[lang] + text, lang) == _RELIEVED


# 4b. a relief of A from P1, then a second act ending another person's duties: 'the dismissal of Mr. A from the
# position of P1 and the termination of the duties of National Assembly deputy of Mr. B' (fr 'de M. A du poste de P1 et
# la cessation des fonctions de député ... de M. B', stop 39's left class): P1 is A's, P2 B's
_TWO_ACTS = {
    _AN: {("chair", "peoples_committee", "provincial", "Nghe An")},
    "Tran Van Binh": {("member", "national_assembly", "central", None)},
}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Standing Committee approved the dismissal of Mr. Nguyen Van An from the position of Chairman of the Nghe "
            "An Provincial People's Committee and the termination of the duties of National Assembly deputy of Mr. Tran "
            "Van Binh.",
        ),
        (
            "fr",
            "Le Comité permanent a approuvé la destitution de M. Nguyen Van An du poste de président du Comité populaire "
            "de la province de Nghe An et la cessation des fonctions de député de l'Assemblée nationale de M. Tran Van "
            "Binh.",
        ),
        (
            "es",
            "El Comité Permanente aprobó la destitución del Sr. Nguyen Van An del cargo de presidente del Comité Popular "
            "de la provincia de Nghe An y el cese de las funciones de diputado de la Asamblea Nacional del señor Tran "
            "Van Binh.",
        ),
        (
            "de",
            "Der Ständige Ausschuss billigte die Entlassung von Herrn Nguyen Van An aus dem Amt des Vorsitzenden des "
            "Volkskomitees der Provinz Nghe An und die Beendigung der Aufgaben als Abgeordneter der Nationalversammlung "
            "von Herrn Tran Van Binh.",
        ),
        (
            "pl",
            "Stały Komitet zatwierdził odwołanie pana Nguyen Van An ze stanowiska przewodniczącego Komitetu Ludowego "
            "prowincji Nghe An oraz zakończenie pełnienia funkcji deputowanego do Zgromadzenia Narodowego pana Tran "
            "Van Binh.",
        ),
        (
            "ar",
            "ووافقت اللجنة الدائمة على إعفاء السيد نغوين فان آن من منصب رئيس اللجنة الشعبية لمقاطعة نغي آن وإنهاء مهام "
            "نائب الجمعية الوطنية للسيد تران فان بينه.",
        ),
        (
            "vi",
            "Ủy ban Thường vụ Quốc hội phê chuẩn việc miễn nhiệm chức vụ Chủ tịch UBND tỉnh Nghệ An đối với ông Nguyễn "
            "Văn An và cho thôi làm nhiệm vụ đại biểu Quốc hội đối với ông Trần Văn Bình.",
        ),
    ],
)
def test_a_second_act_s_post_after_another_name_is_that_name_s(lang, text):
    assert placed_posts(text, lang) == _TWO_ACTS


# guards: two posts before one name, each after its own act, stay both the name's (mt35 es-01, fix26a); a relief of A
# from a post, then B's appointment to another
@pytest.mark.parametrize(
    ("lang", "text", "posts"),
    [
        (
            "es",
            "El Comité Permanente aprobó la destitución del cargo de presidente del Comité Popular de la provincia de "
            "Nghe An y el cese de las funciones de diputado de la Asamblea Nacional del señor Nguyen Van An.",
            {
                _AN: {
                    ("chair", "peoples_committee", "provincial", "Nghe An"),
                    ("member", "national_assembly", "central", None),
                }
            },
        ),
        (
            "en",
            "The Prime Minister approved the dismissal of Mr. Nguyen Van An from the position of Vice Chairman of the "
            "Nghe An Provincial People's Committee and the appointment of Mr. Tran Van Binh as Director of the "
            "Department of Health.",
            {
                _AN: {("vice_chair", "peoples_committee", "provincial", "Nghe An")},
                "Tran Van Binh": {("director", "department", "provincial", "Nghe An")},
            },
        ),
        (
            "ar",
            "صوت المجلس على إعفاء السيد نغوين فان آن من منصب نائب رئيس اللجنة الشعبية لمقاطعة نغي آن، والسيد تران فان "
            "بينه.",
            {
                _AN: {("vice_chair", "peoples_committee", "provincial", "Nghe An")},
                "Tran Van Binh": {("vice_chair", "peoples_committee", "provincial", "Nghe An")},
            },
        ),
    ],
)
def test_posts_of_one_act_or_two_stay(lang, text, posts):
    assert placed_posts(text, lang) == posts


# 2. a body's roster after a colon: 'X consists of: Chairman A; 2 Vice Chairmen: B and C' (pl 'tworzą:', vi 'gồm:',
# ar 'وتتكون X من:'): each item's bare role is of the body the header names (no language read it; ar the State
# President for the bare 'الرئيس')
_FRONT = {
    _AN: {("chair", "fatherland_front", "provincial", "Nghe An")},
    "Tran Van Binh": {("vice_chair", "fatherland_front", "provincial", "Nghe An")},
    "Le Thi Hoa": {("vice_chair", "fatherland_front", "provincial", "Nghe An")},
}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Standing Board of the Nghe An Provincial Fatherland Front Committee consists of: Chairman Nguyen Van "
            "An; 2 Vice Chairmen: Tran Van Binh and Le Thi Hoa.",
        ),
        (
            "fr",
            "Le Présidium du Comité du Front de la Patrie de la province de Nghe An se compose de : président Nguyen Van "
            "An ; 2 vice-présidents : Tran Van Binh et Le Thi Hoa.",
        ),
        (
            "es",
            "El Presidium del Comité del Frente de la Patria de la provincia de Nghe An está integrado por: presidente "
            "Nguyen Van An; 2 vicepresidentes: Tran Van Binh y Le Thi Hoa.",
        ),
        (
            "de",
            "Das Präsidium des Vaterländischen Frontkomitees der Provinz Nghe An besteht aus: Vorsitzender Nguyen Van "
            "An; 2 stellvertretende Vorsitzende: Tran Van Binh und Le Thi Hoa.",
        ),
        (
            "pl",
            "Prezydium Komitetu Frontu Ojczyzny prowincji Nghe An tworzą: przewodniczący Nguyen Van An; 2 "
            "wiceprzewodniczących: pan Tran Van Binh i pani Le Thi Hoa.",
        ),
        (
            "vi",
            "Ban Thường trực Ủy ban MTTQ tỉnh Nghệ An gồm: Chủ tịch Nguyễn Văn An; 2 Phó Chủ tịch: Trần Văn Bình, Lê Thị Hoa.",
        ),
        (
            "ar",
            "وتتكون هيئة رئاسة لجنة جبهة الوطن في مقاطعة نغي آن من: الرئيس نغوين فان آن؛ ونائبا الرئيس: تران فان بينه، ولي "
            "ثي هوا.",
        ),
    ],
)
def test_a_roster_after_a_colon_gives_each_item_its_role(lang, text):
    assert placed_posts(text, lang) == _FRONT


@pytest.mark.parametrize(
    ("lang", "text", "posts"),
    [
        # guards: a working group's roster; items titled on their own; a roster of no body
        (
            "vi",
            "Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy Nghệ An gồm: Trưởng đoàn Nguyễn Văn An; Phó Trưởng đoàn Trần Văn Bình.",
            {},
        ),
        (
            "en",
            "The Steering Committee of Nghe An province consists of: Head: Chairman of the Provincial People's Committee "
            "Nguyen Van An; Deputy Head: Director of the Department of Health Tran Van Binh.",
            {
                _AN: {("chair", "peoples_committee", "provincial", "Nghe An")},
                "Tran Van Binh": {("director", "department", "provincial", "Nghe An")},
            },
        ),
        (
            "en",
            "The Presidium consists of: Chairman Nguyen Van An; 2 Vice Chairmen: Tran Van Binh and Le Thi Hoa.",
            {},
        ),
    ],
)
def test_a_roster_s_items_of_no_body_or_titled_stay(lang, text, posts):
    assert placed_posts(text, lang) == posts
