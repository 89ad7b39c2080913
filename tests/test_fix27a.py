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


# review27's Lows on this helper's commits: a vote's words between the electing verb and the name (Low 1); a reason's
# 'مهام' after a shared relief (Low 2); a host's own verb between his title and a foreign cue (Low 4)
@pytest.mark.parametrize(
    ("lang", "text", "posts"),
    [
        (
            "fr",
            "Le Congrès du Parti du district de Nam Dan a élu à l'unanimité M. Nguyen Van An comme secrétaire.",
            {_AN: {_NAM_DAN}},
        ),
        (
            "en",
            "The Nam Dan District Party Congress elected unanimously Mr. Nguyen Van An as Secretary.",
            {_AN: {_NAM_DAN}},
        ),
        (
            "ar",
            "وافق مجلس الشعب الإقليمي على إعفاء السيد نغوين فان آن من منصب نائب رئيس اللجنة الشعبية لمقاطعة نغي آن لتولي "
            "مهام جديدة، والسيد تران فان بينه.",
            {
                _AN: {("vice_chair", "peoples_committee", "provincial", "Nghe An")},
                "Tran Van Binh": {("vice_chair", "peoples_committee", "provincial", "Nghe An")},
            },
        ),
        (
            "en",
            _NGHE_AN["en"]
            + "Mr. Nguyen Van An, Chairman of the Provincial People's Committee received the Lao delegation.",
            {_AN: {("chair", "peoples_committee", "provincial", "Nghe An")}},
        ),
        (
            "fr",
            _NGHE_AN["fr"]
            + "M. Nguyen Van An, président du Comité populaire provincial a reçu la délégation lao.",
            {_AN: {("chair", "peoples_committee", "provincial", "Nghe An")}},
        ),
        (
            "de",
            _NGHE_AN["de"]
            + "Herr Nguyen Van An, Vorsitzender des Provinzvolkskomitees empfing die laotische Delegation.",
            {_AN: {("chair", "peoples_committee", "provincial", "Nghe An")}},
        ),
        (
            "pl",
            _NGHE_AN["pl"]
            + "Pan Nguyen Van An, przewodniczący Prowincjonalnego Komitetu Ludowego przyjął delegację z Laosu.",
            {_AN: {("chair", "peoples_committee", "provincial", "Nghe An")}},
        ),
    ],
)
def test_review27_lows_on_fix27a(lang, text, posts):
    assert placed_posts(text, lang) == posts


# the passive after a district's congress (review27 Low 1's rest), and a province's city's congress (a district)
_VINH = ("secretary", "party_committee", "district", "Vinh")


@pytest.mark.parametrize(
    ("lang", "text", "post"),
    [
        (
            "en",
            "At the Nam Dan District Party Congress, Mr. Nguyen Van An was re-elected Secretary.",
            _NAM_DAN,
        ),
        (
            "fr",
            "Lors du Congrès du Parti du district de Nam Dan, M. Nguyen Van An a été élu secrétaire.",
            _NAM_DAN,
        ),
        ("vi", "Tại Đại hội Đảng bộ huyện Nam Đàn, ông Nguyễn Văn An được bầu giữ chức Bí thư.", _NAM_DAN),
        ("en", "At the Vinh City Party Congress, Mr. Nguyen Van An was elected Secretary.", _VINH),
        ("en", "The Vinh City Party Congress elected Mr. Nguyen Van An as Secretary.", _VINH),
        ("fr", "Le Congrès du Parti de la ville de Vinh a élu M. Nguyen Van An comme secrétaire.", _VINH),
        ("vi", "Đại hội Đảng bộ thành phố Vinh bầu ông Nguyễn Văn An giữ chức Bí thư.", _VINH),
        (
            "es",
            "En el Congreso del Partido del distrito de Nam Dan, el Sr. Nguyen Van An fue elegido secretario.",
            _NAM_DAN,
        ),
        (
            "pl",
            "Na Zjeździe Partii dystryktu Nam Dan pan Nguyen Van An został wybrany na sekretarza.",
            _NAM_DAN,
        ),
        # guards: a title link that names no election (review27 Medium 8), a copula, an apposition
        (
            "en",
            "At the Nam Dan District Party Congress, Mr. Nguyen Van An as Party Secretary delivered the directing speech.",
            ("secretary", "party_committee", "provincial", "Nghe An"),
        ),
        (
            "en",
            "At the Nam Dan District Party Congress, Mr. Nguyen Van An who is also Secretary of the Party Committee "
            "delivered a speech.",
            ("secretary", "party_committee", "provincial", "Nghe An"),
        ),
        (
            "pl",
            "Na Zjeździe Partii dystryktu Nam Dan pan Nguyen Van An jako sekretarz partii wygłosił przemówienie.",
            ("secretary", "party_committee", "provincial", "Nghe An"),
        ),
        (
            "fr",
            "Au Congrès du Parti du district de Nam Dan, M. Nguyen Van An en tant que secrétaire du Parti a prononcé un "
            "discours.",
            ("secretary", "party_committee", "provincial", "Nghe An"),
        ),
        (
            "de",
            "Auf dem Parteitag des Bezirks Nam Dan sprach Herr Nguyen Van An als Parteisekretär.",
            ("secretary", "party_committee", "provincial", "Nghe An"),
        ),
        (
            "de",
            "Auf dem Parteitag des Bezirks Nam Dan Parteisekretär Nguyen Van An wurde mit dem Arbeitsorden ausgezeichnet.",
            ("secretary", "party_committee", "provincial", "Nghe An"),
        ),
        (
            "es",
            "En el Congreso del Partido del distrito de Nam Dan, el Sr. Nguyen Van An como secretario del Partido "
            "pronunció un discurso.",
            ("secretary", "party_committee", "provincial", "Nghe An"),
        ),
        (
            "en",
            "At the Nam Dan District Party Congress, Secretary Nguyen Van An is the first speaker.",
            ("secretary", "party_committee", "provincial", "Nghe An"),
        ),
        (
            "en",
            "At the Nam Dan District Party Congress, Mr. Nguyen Van An, Secretary of the Party Committee, spoke.",
            ("secretary", "party_committee", "provincial", "Nghe An"),
        ),
    ],
)
def test_a_congress_s_passive_election_and_a_city_s_congress(lang, text, post):
    assert placed_posts(text, lang) == {_AN: {post}}


# a foreign delegation's leader, 'Vice Chairman of its Standing Committee' (u-es-0014: 'Una delegación del Consejo
# Popular de la provincia china de Hubei, encabezada por Liu Xiaoming, vicepresidente de su Comité Permanente'): the
# possessed body is the council's (its vice chair, as u-es-0014's gold), of no Vietnamese province; before: the party's
# standing committee of the article's province
_HUBEI = {"Liu Xiaoming": {("vice_chair", "peoples_council", "provincial", None)}}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Una delegación del Consejo Popular de la provincia china de Hubei, encabezada por Liu Xiaoming, "
            "vicepresidente de su Comité Permanente, visitó la provincia de Ninh Binh.",
        ),
        (
            "en",
            "A delegation of the People's Council of China's Hubei province, led by Liu Xiaoming, Vice Chairman of its "
            "Standing Committee, paid a working visit to Ninh Binh province.",
        ),
        (
            "fr",
            "Une délégation du Conseil populaire de la province chinoise du Hubei, conduite par Liu Xiaoming, "
            "vice-président de son Comité permanent, a effectué une visite de travail dans la province de Ninh Binh.",
        ),
    ],
)
def test_a_possessed_body_is_the_owner_s(lang, text):
    assert placed_posts(text, lang) == _HUBEI


# Part 2: cross-language parity. One post-stating sentence of the press per construction (appointments, elections,
# dismissals, lists of members, titles before and after names, genitive chains, 'in charge of', acting, standing,
# 'concurrently', former, rosters), as each edition's MT writes it (the real texts' wordings: dev ar, pl, en; seeds;
# articles.jsonl), each read alike in the seven languages, after a sentence that places the article in Nghe An. Left
# out, as read wrong in one language only: ar 'أمين لجنة الحزب في مدينة فينه A' (Vinh, one syllable, read into the name
# and no district; the name reader's), pl 'P.o. przewodniczącego' (acting: 'p.o.' is no grammar word).
_PLACED = {
    "ar": "زار وفد مقاطعة نغي آن المنطقة. ",
    "en": "The Nghe An province delegation visited. ",
    "fr": "La délégation de la province de Nghe An a visité. ",
    "es": "La delegación de la provincia de Nghe An visitó. ",
    "de": "Die Delegation der Provinz Nghe An besuchte. ",
    "pl": "Delegacja prowincji Nghe An odwiedziła. ",
    "vi": "Đoàn tỉnh Nghệ An đã thăm. ",
}
_PARITY = {
    "title_before_chair": (
        {
            "Nguyen Van An": {("chair", "peoples_committee", "provincial", "Nghe An")},
        },
        {
            "en": "Chairman of the Nghe An Provincial People's Committee Nguyen Van An chaired the meeting.",
            "fr": "Le président du Comité populaire de la province de Nghe An, Nguyen Van An, a présidé la réunion.",
            "es": "El presidente del Comité Popular de la provincia de Nghe An, Nguyen Van An, presidió la reunión.",
            "de": "Der Vorsitzende des Volkskomitees der Provinz Nghe An, Nguyen Van An, leitete die Sitzung.",
            "pl": "Przewodniczący Komitetu Ludowego prowincji Nghe An Nguyen Van An przewodniczył posiedzeniu.",
            "vi": "Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn An chủ trì cuộc họp.",
            "ar": "وترأس الاجتماع رئيس اللجنة الشعبية لمقاطعة نغي آن نغوين فان آن.",
        },
    ),
    "apposition_two_titles": (
        {
            "Nguyen Van An": {
                ("chair", "peoples_committee", "provincial", "Nghe An"),
                ("deputy_secretary", "party_committee", "provincial", "Nghe An"),
            },
        },
        {
            "en": "Comrade Nguyen Van An, Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People's Committee, attended the conference.",
            "fr": "Le camarade Nguyen Van An, secrétaire adjoint du Comité provincial du Parti, président du Comité populaire provincial, a assisté à la conférence.",
            "es": "El camarada Nguyen Van An, subsecretario del Comité Provincial del Partido, presidente del Comité Popular Provincial, asistió a la conferencia.",
            "de": "Genosse Nguyen Van An, stellvertretender Sekretär des Provinzparteikomitees, Vorsitzender des Provinzvolkskomitees, nahm an der Konferenz teil.",
            "pl": "W konferencji uczestniczył towarzysz Nguyen Van An, zastępca sekretarza Prowincjonalnego Komitetu Partii, przewodniczący Prowincjonalnego Komitetu Ludowego.",
            "vi": "Đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự hội nghị.",
            "ar": "وحضر المؤتمر الرفيق نغوين فان آن، نائب أمين اللجنة الحزبية الإقليمية، رئيس اللجنة الشعبية الإقليمية.",
        },
    ),
    "standing_deputy_council": (
        {
            "Le Thi Hoa": {
                ("chair", "peoples_council", "provincial", "Nghe An"),
                ("standing_deputy_secretary", "party_committee", "provincial", "Nghe An"),
            },
        },
        {
            "en": "Comrade Le Thi Hoa, Standing Deputy Secretary of the Provincial Party Committee, Chairwoman of the Provincial People's Council, delivered the opening speech.",
            "fr": "La camarade Le Thi Hoa, secrétaire adjointe permanente du Comité provincial du Parti, présidente du Conseil populaire provincial, a prononcé le discours d'ouverture.",
            "es": "La camarada Le Thi Hoa, subsecretaria permanente del Comité Provincial del Partido, presidenta del Consejo Popular Provincial, pronunció el discurso de apertura.",
            "de": "Genossin Le Thi Hoa, ständige stellvertretende Sekretärin des Provinzparteikomitees, Vorsitzende des Provinzvolksrates, hielt die Eröffnungsrede.",
            "pl": "Towarzyszka Le Thi Hoa, stała zastępczyni sekretarza Prowincjonalnego Komitetu Partii, przewodnicząca Prowincjonalnej Rady Ludowej, wygłosiła przemówienie otwierające.",
            "vi": "Đồng chí Lê Thị Hoa, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu khai mạc.",
            "ar": "وألقت الرفيقة لي ثي هوا، نائبة الأمين الدائم للجنة الحزب الإقليمية، رئيسة مجلس الشعب الإقليمي، كلمة الافتتاح.",
        },
    ),
    "appointed_director": (
        {
            "Nguyen Van An": {("director", "department", "provincial", "Nghe An")},
        },
        {
            "en": "The Provincial People's Committee appointed Mr. Nguyen Van An as Director of the Department of Health.",
            "fr": "Le Comité populaire provincial a nommé M. Nguyen Van An au poste de directeur du Département de la Santé.",
            "es": "El Comité Popular Provincial nombró al Sr. Nguyen Van An director del Departamento de Salud.",
            "de": "Das Provinzvolkskomitee ernannte Herrn Nguyen Van An zum Direktor des Gesundheitsamtes.",
            "pl": "Prowincjonalny Komitet Ludowy mianował pana Nguyen Van An na stanowisko dyrektora Departamentu Zdrowia.",
            "vi": "UBND tỉnh bổ nhiệm ông Nguyễn Văn An giữ chức Giám đốc Sở Y tế.",
            "ar": "عيّنت اللجنة الشعبية الإقليمية السيد نغوين فان آن مديرا لإدارة الصحة.",
        },
    ),
    "elected_chair_term": (
        {
            "Nguyen Van An": {("chair", "peoples_committee", "provincial", "Nghe An")},
        },
        {
            "en": "Mr. Nguyen Van An was elected Chairman of the Provincial People's Committee for the 2021-2026 term.",
            "fr": "M. Nguyen Van An a été élu président du Comité populaire provincial pour le mandat 2021-2026.",
            "es": "El Sr. Nguyen Van An fue elegido presidente del Comité Popular Provincial para el mandato 2021-2026.",
            "de": "Herr Nguyen Van An wurde zum Vorsitzenden des Provinzvolkskomitees für die Amtszeit 2021-2026 gewählt.",
            "pl": "Pan Nguyen Van An został wybrany na przewodniczącego Prowincjonalnego Komitetu Ludowego na kadencję 2021-2026.",
            "vi": "Ông Nguyễn Văn An được bầu giữ chức Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026.",
            "ar": "وانتُخب السيد نغوين فان آن رئيسا للجنة الشعبية الإقليمية للفترة 2021-2026.",
        },
    ),
    "dismissed_from": (
        {
            "Nguyen Van An": {("vice_chair", "peoples_committee", "provincial", "Nghe An")},
        },
        {
            "en": "The Provincial People's Council dismissed Mr. Nguyen Van An from the position of Vice Chairman of the Provincial People's Committee.",
            "fr": "Le Conseil populaire provincial a relevé M. Nguyen Van An du poste de vice-président du Comité populaire provincial.",
            "es": "El Consejo Popular Provincial destituyó al Sr. Nguyen Van An del cargo de vicepresidente del Comité Popular Provincial.",
            "de": "Der Provinzvolksrat entließ Herrn Nguyen Van An aus dem Amt des stellvertretenden Vorsitzenden des Provinzvolkskomitees.",
            "pl": "Prowincjonalna Rada Ludowa odwołała pana Nguyen Van An ze stanowiska wiceprzewodniczącego Prowincjonalnego Komitetu Ludowego.",
            "vi": "HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Nguyễn Văn An.",
            "ar": "أعفى مجلس الشعب الإقليمي السيد نغوين فان آن من منصب نائب رئيس اللجنة الشعبية الإقليمية.",
        },
    ),
    "attending_list": (
        {
            "Nguyen Van An": {
                ("standing_member", "party_committee", "provincial", "Nghe An"),
                ("vice_chair", "peoples_committee", "provincial", "Nghe An"),
            },
            "Tran Van Binh": {("director", "department", "provincial", "Nghe An")},
        },
        {
            "en": "Attending the meeting were comrades: Nguyen Van An, Member of the Standing Committee of the Provincial Party Committee, Vice Chairman of the Provincial People's Committee; Tran Van Binh, Director of the Department of Finance.",
            "fr": "Ont assisté à la réunion les camarades : Nguyen Van An, membre du Comité permanent du Comité provincial du Parti, vice-président du Comité populaire provincial ; Tran Van Binh, directeur du Département des Finances.",
            "es": "Asistieron a la reunión los camaradas: Nguyen Van An, miembro del Comité Permanente del Comité Provincial del Partido, vicepresidente del Comité Popular Provincial; Tran Van Binh, director del Departamento de Finanzas.",
            "de": "An der Sitzung nahmen die Genossen teil: Nguyen Van An, Mitglied des Ständigen Ausschusses des Provinzparteikomitees, stellvertretender Vorsitzender des Provinzvolkskomitees; Tran Van Binh, Direktor des Finanzamtes.",
            "pl": "W posiedzeniu uczestniczyli towarzysze: Nguyen Van An, członek Stałego Komitetu Prowincjonalnego Komitetu Partii, wiceprzewodniczący Prowincjonalnego Komitetu Ludowego; Tran Van Binh, dyrektor Departamentu Finansów.",
            "vi": "Dự cuộc họp có các đồng chí: Nguyễn Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh; Trần Văn Bình, Giám đốc Sở Tài chính.",
            "ar": "وحضر الاجتماع الرفاق: نغوين فان آن، عضو اللجنة الدائمة للجنة الحزب الإقليمية، نائب رئيس اللجنة الشعبية الإقليمية؛ تران فان بينه، مدير إدارة المالية.",
        },
    ),
    "permanent_vice_chair": (
        {
            "Nguyen Van An": {("standing_vice_chair", "peoples_committee", "provincial", "Nghe An")},
        },
        {
            "en": "Permanent Vice Chairman of the Provincial People's Committee Nguyen Van An chaired the meeting.",
            "fr": "Le vice-président permanent du Comité populaire provincial, Nguyen Van An, a présidé la réunion.",
            "es": "El vicepresidente permanente del Comité Popular Provincial, Nguyen Van An, presidió la reunión.",
            "de": "Der ständige stellvertretende Vorsitzende des Provinzvolkskomitees, Nguyen Van An, leitete die Sitzung.",
            "pl": "Stały wiceprzewodniczący Prowincjonalnego Komitetu Ludowego Nguyen Van An przewodniczył posiedzeniu.",
            "vi": "Phó Chủ tịch Thường trực UBND tỉnh Nguyễn Văn An chủ trì cuộc họp.",
            "ar": "وترأس الاجتماع النائب الدائم لرئيس اللجنة الشعبية الإقليمية نغوين فان آن.",
        },
    ),
    "in_charge_of": (
        {
            "Nguyen Van An": {("vice_chair", "peoples_committee", "provincial", "Nghe An")},
        },
        {
            "en": "Mr. Nguyen Van An, Vice Chairman of the Provincial People's Committee in charge of the economic sector, spoke at the meeting.",
            "fr": "M. Nguyen Van An, vice-président du Comité populaire provincial chargé du secteur économique, a pris la parole lors de la réunion.",
            "es": "El Sr. Nguyen Van An, vicepresidente del Comité Popular Provincial a cargo del sector económico, habló en la reunión.",
            "de": "Herr Nguyen Van An, stellvertretender Vorsitzender des Provinzvolkskomitees und zuständig für den Wirtschaftssektor, sprach auf der Sitzung.",
            "pl": "Pan Nguyen Van An, wiceprzewodniczący Prowincjonalnego Komitetu Ludowego odpowiedzialny za sektor gospodarczy, przemawiał na posiedzeniu.",
            "vi": "Ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh phụ trách khối kinh tế phát biểu tại cuộc họp.",
            "ar": "وتحدث في الاجتماع السيد نغوين فان آن، نائب رئيس اللجنة الشعبية الإقليمية المسؤول عن القطاع الاقتصادي.",
        },
    ),
    "concurrently": (
        {
            "Nguyen Van An": {
                ("chair", "peoples_council", "district", "Nam Dan"),
                ("secretary", "party_committee", "district", "Nam Dan"),
            },
        },
        {
            "en": "Mr. Nguyen Van An, Secretary of the Nam Dan District Party Committee, concurrently Chairman of the District People's Council, attended.",
            "fr": "M. Nguyen Van An, secrétaire du Comité du Parti du district de Nam Dan, et concurremment président du Conseil populaire du district, était présent.",
            "es": "Asistió el Sr. Nguyen Van An, secretario del Comité del Partido del distrito de Nam Dan y a la vez presidente del Consejo Popular del distrito.",
            "de": "Anwesend war Herr Nguyen Van An, Sekretär des Parteikomitees des Bezirks Nam Dan und zugleich Vorsitzender des Volksrates des Bezirks.",
            "pl": "Obecny był pan Nguyen Van An, sekretarz Komitetu Partii dystryktu Nam Dan, jednocześnie przewodniczący Rady Ludowej dystryktu.",
            "vi": "Dự có ông Nguyễn Văn An, Bí thư Huyện ủy, kiêm Chủ tịch HĐND huyện Nam Đàn.",
            "ar": "وحضر السيد نغوين فان آن، أمين لجنة الحزب في منطقة نام دان، ورئيس مجلس الشعب في المنطقة في الوقت نفسه.",
        },
    ),
    "genitive_chain_commission": (
        {
            "Nguyen Van An": {("head", "party_commission", "provincial", "Nghe An")},
        },
        {
            "en": "Head of the Organisation Commission of the Provincial Party Committee Nguyen Van An announced the decision.",
            "fr": "Le chef de la Commission d'organisation du Comité provincial du Parti, Nguyen Van An, a annoncé la décision.",
            "es": "El jefe de la Comisión de Organización del Comité Provincial del Partido, Nguyen Van An, anunció la decisión.",
            "de": "Der Leiter der Organisationskommission des Provinzparteikomitees, Nguyen Van An, verkündete die Entscheidung.",
            "pl": "Kierownik Komisji Organizacyjnej Prowincjonalnego Komitetu Partii Nguyen Van An ogłosił decyzję.",
            "vi": "Trưởng Ban Tổ chức Tỉnh ủy Nguyễn Văn An công bố quyết định.",
            "ar": "وأعلن رئيس لجنة التنظيم التابعة للجنة الحزب الإقليمية نغوين فان آن القرار.",
        },
    ),
    "na_delegation_deputy_head": (
        {
            "Nguyen Van An": {("deputy_head", "national_assembly_delegation", "provincial", "Nghe An")},
        },
        {
            "en": "Mr. Nguyen Van An, Deputy Head of the Provincial National Assembly Delegation, met with voters.",
            "fr": "M. Nguyen Van An, chef adjoint de la délégation provinciale de l'Assemblée nationale, a rencontré les électeurs.",
            "es": "El Sr. Nguyen Van An, jefe adjunto de la delegación provincial de la Asamblea Nacional, se reunió con los votantes.",
            "de": "Herr Nguyen Van An, stellvertretender Leiter der Delegation der Nationalversammlung der Provinz, traf sich mit den Wählern.",
            "pl": "Pan Nguyen Van An, zastępca przewodniczącego Delegacji Zgromadzenia Narodowego prowincji, spotkał się z wyborcami.",
            "vi": "Ông Nguyễn Văn An, Phó Trưởng Đoàn ĐBQH tỉnh tiếp xúc cử tri.",
            "ar": "والتقى السيد نغوين فان آن، نائب رئيس وفد الجمعية الوطنية الإقليمي، بالناخبين.",
        },
    ),
    "front_chairwoman": (
        {
            "Le Thi Hoa": {("chair", "fatherland_front", "provincial", "Nghe An")},
        },
        {
            "en": "Ms. Le Thi Hoa, Chairwoman of the Vietnam Fatherland Front Committee of the province, presented the gifts.",
            "fr": "Mme Le Thi Hoa, présidente du Comité du Front de la Patrie du Vietnam de la province, a remis les cadeaux.",
            "es": "La Sra. Le Thi Hoa, presidenta del Comité del Frente de la Patria de Vietnam de la provincia, entregó los regalos.",
            "de": "Frau Le Thi Hoa, Vorsitzende des Komitees der Vaterländischen Front Vietnams der Provinz, überreichte die Geschenke.",
            "pl": "Pani Le Thi Hoa, przewodnicząca Komitetu Frontu Ojczyzny Wietnamu prowincji, wręczyła prezenty.",
            "vi": "Bà Lê Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trao quà.",
            "ar": "وقدمت السيدة لي ثي هوا، رئيسة لجنة جبهة الوطن الفيتنامية في المقاطعة، الهدايا.",
        },
    ),
    "inspection_commission_chair": (
        {
            "Nguyen Van An": {("chair", "party_commission", "provincial", "Nghe An")},
        },
        {
            "en": "Mr. Nguyen Van An, Chairman of the Inspection Commission of the Provincial Party Committee, reported.",
            "fr": "M. Nguyen Van An, président de la Commission de contrôle du Comité provincial du Parti, a présenté le rapport.",
            "es": "El Sr. Nguyen Van An, presidente de la Comisión de Inspección del Comité Provincial del Partido, presentó el informe.",
            "de": "Herr Nguyen Van An, Vorsitzender der Inspektionskommission des Provinzparteikomitees, legte den Bericht vor.",
            "pl": "Pan Nguyen Van An, przewodniczący Komisji Kontroli Prowincjonalnego Komitetu Partii, przedstawił sprawozdanie.",
            "vi": "Ông Nguyễn Văn An, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy báo cáo.",
            "ar": "وقدم السيد نغوين فان آن، رئيس لجنة التفتيش التابعة للجنة الحزب الإقليمية، التقرير.",
        },
    ),
    "central_member_secretary": (
        {
            "Nguyen Van An": {
                ("member", "central_committee", "central", None),
                ("secretary", "party_committee", "provincial", "Nghe An"),
            },
        },
        {
            "en": "Comrade Nguyen Van An, Member of the Party Central Committee, Secretary of the Nghe An Provincial Party Committee, chaired the conference.",
            "fr": "Le camarade Nguyen Van An, membre du Comité central du Parti, secrétaire du Comité provincial du Parti de Nghe An, a présidé la conférence.",
            "es": "El camarada Nguyen Van An, miembro del Comité Central del Partido, secretario del Comité Provincial del Partido de Nghe An, presidió la conferencia.",
            "de": "Genosse Nguyen Van An, Mitglied des Zentralkomitees der Partei, Sekretär des Parteikomitees der Provinz Nghe An, leitete die Konferenz.",
            "pl": "Towarzysz Nguyen Van An, członek Komitetu Centralnego Partii, sekretarz Komitetu Partii prowincji Nghe An, przewodniczył konferencji.",
            "vi": "Đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nghệ An chủ trì hội nghị.",
            "ar": "وترأس المؤتمر الرفيق نغوين فان آن، عضو اللجنة المركزية للحزب، أمين لجنة الحزب في مقاطعة نغي آن.",
        },
    ),
    "politburo_minister": (
        {
            "Luong Tam Quang": {
                ("member", "politburo", "central", None),
                ("minister", "ministry", "central", None),
            },
        },
        {
            "en": "Politburo member and Minister of Public Security Luong Tam Quang attended the ceremony.",
            "fr": "Le membre du Bureau politique et ministre de la Sécurité publique Luong Tam Quang a assisté à la cérémonie.",
            "es": "El miembro del Buró Político y ministro de Seguridad Pública, Luong Tam Quang, asistió a la ceremonia.",
            "de": "Politbüromitglied und Minister für öffentliche Sicherheit Luong Tam Quang nahm an der Zeremonie teil.",
            "pl": "W uroczystości uczestniczył członek Biura Politycznego, minister bezpieczeństwa publicznego Luong Tam Quang.",
            "vi": "Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an Lương Tam Quang dự buổi lễ.",
            "ar": "وحضر الحفل عضو المكتب السياسي ووزير الأمن العام لونغ تام كوانغ.",
        },
    ),
    "deputy_prime_minister": (
        {
            "Tran Hong Ha": {("deputy_prime_minister", "government", "central", None)},
        },
        {
            "en": "Deputy Prime Minister Tran Hong Ha chaired the conference.",
            "fr": "Le vice-Premier ministre Tran Hong Ha a présidé la conférence.",
            "es": "El viceprimer ministro Tran Hong Ha presidió la conferencia.",
            "de": "Vizepremierminister Tran Hong Ha leitete die Konferenz.",
            "pl": "Wicepremier Tran Hong Ha przewodniczył konferencji.",
            "vi": "Phó Thủ tướng Trần Hồng Hà chủ trì hội nghị.",
            "ar": "وترأس المؤتمر نائب رئيس الوزراء تران هونغ ها.",
        },
    ),
    "former_secretary": (
        {
            "Nguyen Van An": {("secretary", "party_committee", "provincial", "Nghe An")},
        },
        {
            "en": "Former Secretary of the Provincial Party Committee Nguyen Van An attended the ceremony.",
            "fr": "L'ancien secrétaire du Comité provincial du Parti, Nguyen Van An, a assisté à la cérémonie.",
            "es": "El ex secretario del Comité Provincial del Partido, Nguyen Van An, asistió a la ceremonia.",
            "de": "Der ehemalige Sekretär des Provinzparteikomitees, Nguyen Van An, nahm an der Zeremonie teil.",
            "pl": "W uroczystości uczestniczył były sekretarz Prowincjonalnego Komitetu Partii Nguyen Van An.",
            "vi": "Nguyên Bí thư Tỉnh ủy Nguyễn Văn An dự buổi lễ.",
            "ar": "وحضر الحفل الأمين السابق للجنة الحزب الإقليمية نغوين فان آن.",
        },
    ),
    "two_titled_joined": (
        {
            "Le Thi Hoa": {("chair", "peoples_council", "provincial", "Nghe An")},
            "Tran Van Binh": {("vice_chair", "peoples_committee", "provincial", "Nghe An")},
        },
        {
            "en": "Chairwoman of the Provincial People's Council Le Thi Hoa and Vice Chairman of the Provincial People's Committee Tran Van Binh presented the gifts.",
            "fr": "La présidente du Conseil populaire provincial Le Thi Hoa et le vice-président du Comité populaire provincial Tran Van Binh ont remis les cadeaux.",
            "es": "La presidenta del Consejo Popular Provincial, Le Thi Hoa, y el vicepresidente del Comité Popular Provincial, Tran Van Binh, entregaron los regalos.",
            "de": "Die Vorsitzende des Provinzvolksrates Le Thi Hoa und der stellvertretende Vorsitzende des Provinzvolkskomitees Tran Van Binh überreichten die Geschenke.",
            "pl": "Przewodnicząca Prowincjonalnej Rady Ludowej Le Thi Hoa i wiceprzewodniczący Prowincjonalnego Komitetu Ludowego Tran Van Binh wręczyli prezenty.",
            "vi": "Chủ tịch HĐND tỉnh Lê Thị Hoa và Phó Chủ tịch UBND tỉnh Trần Văn Bình trao quà.",
            "ar": "وقدمت رئيسة مجلس الشعب الإقليمي لي ثي هوا ونائب رئيس اللجنة الشعبية الإقليمية تران فان بينه الهدايا.",
        },
    ),
    "plural_vice_chairs": (
        {
            "Nguyen Van An": {("vice_chair", "peoples_committee", "provincial", "Nghe An")},
            "Tran Van Binh": {("vice_chair", "peoples_committee", "provincial", "Nghe An")},
        },
        {
            "en": "Vice Chairmen of the Provincial People's Committee Nguyen Van An and Tran Van Binh attended.",
            "fr": "Les vice-présidents du Comité populaire provincial Nguyen Van An et Tran Van Binh étaient présents.",
            "es": "Asistieron los vicepresidentes del Comité Popular Provincial Nguyen Van An y Tran Van Binh.",
            "de": "Anwesend waren die stellvertretenden Vorsitzenden des Provinzvolkskomitees Nguyen Van An und Tran Van Binh.",
            "pl": "Obecni byli wiceprzewodniczący Prowincjonalnego Komitetu Ludowego Nguyen Van An i Tran Van Binh.",
            "vi": "Dự có các Phó Chủ tịch UBND tỉnh Nguyễn Văn An và Trần Văn Bình.",
            "ar": "وحضر نائبا رئيس اللجنة الشعبية الإقليمية نغوين فان آن وتران فان بينه.",
        },
    ),
    "elected_standing_deputy": (
        {
            "Nguyen Van An": {("standing_deputy_secretary", "party_committee", "provincial", "Nghe An")},
        },
        {
            "en": "The Provincial Party Committee elected Mr. Nguyen Van An as Standing Deputy Secretary of the Provincial Party Committee.",
            "fr": "Le Comité provincial du Parti a élu M. Nguyen Van An au poste de secrétaire adjoint permanent du Comité provincial du Parti.",
            "es": "El Comité Provincial del Partido eligió al Sr. Nguyen Van An como subsecretario permanente del Comité Provincial del Partido.",
            "de": "Das Provinzparteikomitee wählte Herrn Nguyen Van An zum ständigen stellvertretenden Sekretär des Provinzparteikomitees.",
            "pl": "Prowincjonalny Komitet Partii wybrał pana Nguyen Van An na stałego zastępcę sekretarza Prowincjonalnego Komitetu Partii.",
            "vi": "Ban Chấp hành Đảng bộ tỉnh bầu ông Nguyễn Văn An giữ chức Phó Bí thư Thường trực Tỉnh ủy.",
            "ar": "وانتخبت لجنة الحزب الإقليمية السيد نغوين فان آن نائبا دائما لأمين لجنة الحزب الإقليمية.",
        },
    ),
    "deputy_minister_led": (
        {
            "Nguyen Van An": {("deputy_minister", "ministry", "central", None)},
        },
        {
            "en": "The working delegation was led by Mr. Nguyen Van An, Deputy Minister of Health.",
            "fr": "La délégation de travail était conduite par M. Nguyen Van An, vice-ministre de la Santé.",
            "es": "La delegación de trabajo estuvo encabezada por el Sr. Nguyen Van An, viceministro de Salud.",
            "de": "Die Arbeitsdelegation wurde von Herrn Nguyen Van An, stellvertretender Gesundheitsminister, geleitet.",
            "pl": "Delegacji roboczej przewodniczył pan Nguyen Van An, wiceminister zdrowia.",
            "vi": "Đoàn công tác do ông Nguyễn Văn An, Thứ trưởng Bộ Y tế làm trưởng đoàn.",
            "ar": "وترأس وفد العمل السيد نغوين فان آن، نائب وزير الصحة.",
        },
    ),
    "district_chair": (
        {
            "Nguyen Van An": {("chair", "peoples_committee", "district", "Nam Dan")},
        },
        {
            "en": "Mr. Nguyen Van An, Chairman of the Nam Dan District People's Committee, reported on the situation.",
            "fr": "M. Nguyen Van An, président du Comité populaire du district de Nam Dan, a rendu compte de la situation.",
            "es": "El Sr. Nguyen Van An, presidente del Comité Popular del distrito de Nam Dan, informó sobre la situación.",
            "de": "Herr Nguyen Van An, Vorsitzender des Volkskomitees des Bezirks Nam Dan, berichtete über die Lage.",
            "pl": "Pan Nguyen Van An, przewodniczący Komitetu Ludowego dystryktu Nam Dan, przedstawił sytuację.",
            "vi": "Ông Nguyễn Văn An, Chủ tịch UBND huyện Nam Đàn báo cáo tình hình.",
            "ar": "وقدم السيد نغوين فان آن، رئيس اللجنة الشعبية لمنطقة نام دان، تقريرا عن الوضع.",
        },
    ),
    "commune_secretary": (
        {
            "Nguyen Van An": {("secretary", "party_committee", "commune", None)},
        },
        {
            "en": "Mr. Nguyen Van An, Secretary of the Party Committee of Hung Dung commune, welcomed the delegation.",
            "fr": "M. Nguyen Van An, secrétaire du Comité du Parti de la commune de Hung Dung, a accueilli la délégation.",
            "es": "El Sr. Nguyen Van An, secretario del Comité del Partido de la comuna de Hung Dung, recibió a la delegación.",
            "de": "Herr Nguyen Van An, Sekretär des Parteikomitees der Gemeinde Hung Dung, empfing die Delegation.",
            "pl": "Pan Nguyen Van An, sekretarz Komitetu Partii gminy Hung Dung, powitał delegację.",
            "vi": "Ông Nguyễn Văn An, Bí thư Đảng ủy xã Hưng Dũng đón đoàn.",
            "ar": "واستقبل السيد نغوين فان آن، أمين لجنة الحزب في بلدية هونغ دونغ، الوفد.",
        },
    ),
    "became_secretary": (
        {
            "Nguyen Van An": {("secretary", "party_committee", "provincial", "Nghe An")},
        },
        {
            "en": "In 2020, Mr. Nguyen Van An became Secretary of the Provincial Party Committee.",
            "fr": "En 2020, M. Nguyen Van An est devenu secrétaire du Comité provincial du Parti.",
            "es": "En 2020, el Sr. Nguyen Van An se convirtió en secretario del Comité Provincial del Partido.",
            "de": "Im Jahr 2020 wurde Herr Nguyen Van An Sekretär des Provinzparteikomitees.",
            "pl": "W 2020 roku pan Nguyen Van An został sekretarzem Prowincjonalnego Komitetu Partii.",
            "vi": "Năm 2020, ông Nguyễn Văn An trở thành Bí thư Tỉnh ủy.",
            "ar": "وفي عام 2020، أصبح السيد نغوين فان آن أمينا للجنة الحزب الإقليمية.",
        },
    ),
    "transferred_appointed": (
        {
            "Nguyen Van An": {("secretary", "party_committee", "provincial", "Nghe An")},
        },
        {
            "en": "The Politburo transferred and appointed Mr. Nguyen Van An to hold the position of Secretary of the Provincial Party Committee.",
            "fr": "Le Bureau politique a muté et nommé M. Nguyen Van An au poste de secrétaire du Comité provincial du Parti.",
            "es": "El Buró Político trasladó y designó al Sr. Nguyen Van An para ocupar el cargo de secretario del Comité Provincial del Partido.",
            "de": "Das Politbüro versetzte Herrn Nguyen Van An und ernannte ihn zum Sekretär des Provinzparteikomitees.",
            "pl": "Biuro Polityczne przeniosło i mianowało pana Nguyen Van An na stanowisko sekretarza Prowincjonalnego Komitetu Partii.",
            "vi": "Bộ Chính trị điều động, chỉ định ông Nguyễn Văn An giữ chức Bí thư Tỉnh ủy.",
            "ar": "وقرر المكتب السياسي نقل وتعيين السيد نغوين فان آن في منصب أمين لجنة الحزب الإقليمية.",
        },
    ),
    "director_with_place": (
        {
            "Nguyen Van An": {("director", "department", "provincial", "Nghe An")},
        },
        {
            "en": "Director of the Department of Agriculture and Rural Development of Nghe An province Nguyen Van An said the harvest was good.",
            "fr": "Le directeur du Département de l'Agriculture et du Développement rural de la province de Nghe An, Nguyen Van An, a déclaré que la récolte était bonne.",
            "es": "El director del Departamento de Agricultura y Desarrollo Rural de la provincia de Nghe An, Nguyen Van An, dijo que la cosecha fue buena.",
            "de": "Der Direktor des Amtes für Landwirtschaft und ländliche Entwicklung der Provinz Nghe An, Nguyen Van An, sagte, die Ernte sei gut.",
            "pl": "Dyrektor Departamentu Rolnictwa i Rozwoju Wsi prowincji Nghe An Nguyen Van An powiedział, że zbiory były dobre.",
            "vi": "Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An Nguyễn Văn An cho biết vụ mùa bội thu.",
            "ar": "وقال مدير إدارة الزراعة والتنمية الريفية في مقاطعة نغي آن نغوين فان آن إن المحصول جيد.",
        },
    ),
    "deputy_director": (
        {
            "Nguyen Van An": {("deputy_director", "department", "provincial", "Nghe An")},
        },
        {
            "en": "Mr. Nguyen Van An, Deputy Director of the Department of Finance, presented the plan.",
            "fr": "M. Nguyen Van An, directeur adjoint du Département des Finances, a présenté le plan.",
            "es": "El Sr. Nguyen Van An, subdirector del Departamento de Finanzas, presentó el plan.",
            "de": "Herr Nguyen Van An, stellvertretender Direktor des Finanzamtes, stellte den Plan vor.",
            "pl": "Pan Nguyen Van An, zastępca dyrektora Departamentu Finansów, przedstawił plan.",
            "vi": "Ông Nguyễn Văn An, Phó Giám đốc Sở Tài chính trình bày kế hoạch.",
            "ar": "وقدم السيد نغوين فان آن، نائب مدير إدارة المالية، الخطة.",
        },
    ),
    "city_secretary": (
        {
            "Nguyen Van An": {("secretary", "party_committee", "district", "Vinh")},
        },
        {
            "en": "Secretary of the Vinh City Party Committee Nguyen Van An inspected the works.",
            "fr": "Le secrétaire du Comité du Parti de la ville de Vinh, Nguyen Van An, a inspecté les travaux.",
            "es": "El secretario del Comité del Partido de la ciudad de Vinh, Nguyen Van An, inspeccionó las obras.",
            "de": "Der Sekretär des Parteikomitees der Stadt Vinh, Nguyen Van An, besichtigte die Bauarbeiten.",
            "pl": "Sekretarz Komitetu Partii miasta Vinh Nguyen Van An skontrolował prace.",
            "vi": "Bí thư Thành ủy Vinh Nguyễn Văn An kiểm tra công trình.",
        },
    ),
    "vice_chairwoman_council": (
        {
            "Le Thi Hoa": {("vice_chair", "peoples_council", "provincial", "Nghe An")},
        },
        {
            "en": "Ms. Le Thi Hoa, Vice Chairwoman of the Provincial People's Council, chaired the session.",
            "fr": "Mme Le Thi Hoa, vice-présidente du Conseil populaire provincial, a présidé la session.",
            "es": "La Sra. Le Thi Hoa, vicepresidenta del Consejo Popular Provincial, presidió la sesión.",
            "de": "Frau Le Thi Hoa, stellvertretende Vorsitzende des Provinzvolksrates, leitete die Sitzung.",
            "pl": "Pani Le Thi Hoa, wiceprzewodnicząca Prowincjonalnej Rady Ludowej, przewodniczyła sesji.",
            "vi": "Bà Lê Thị Hoa, Phó Chủ tịch HĐND tỉnh chủ trì kỳ họp.",
            "ar": "وترأست السيدة لي ثي هوا، نائبة رئيس مجلس الشعب الإقليمي، الدورة.",
        },
    ),
    "dash_list": (
        {
            "Nguyen Van An": {("secretary", "party_committee", "provincial", "Nghe An")},
            "Tran Van Binh": {("chair", "peoples_committee", "provincial", "Nghe An")},
        },
        {
            "en": "Attending were comrades: Nguyen Van An - Secretary of the Provincial Party Committee; Tran Van Binh - Chairman of the Provincial People's Committee.",
            "fr": "Étaient présents les camarades : Nguyen Van An - secrétaire du Comité provincial du Parti ; Tran Van Binh - président du Comité populaire provincial.",
            "es": "Asistieron los camaradas: Nguyen Van An - secretario del Comité Provincial del Partido; Tran Van Binh - presidente del Comité Popular Provincial.",
            "de": "Anwesend waren die Genossen: Nguyen Van An - Sekretär des Provinzparteikomitees; Tran Van Binh - Vorsitzender des Provinzvolkskomitees.",
            "pl": "Obecni byli towarzysze: Nguyen Van An - sekretarz Prowincjonalnego Komitetu Partii; Tran Van Binh - przewodniczący Prowincjonalnego Komitetu Ludowego.",
            "vi": "Dự có các đồng chí: Nguyễn Văn An - Bí thư Tỉnh ủy; Trần Văn Bình - Chủ tịch UBND tỉnh.",
            "ar": "وحضر الرفاق: نغوين فان آن - أمين لجنة الحزب الإقليمية؛ تران فان بينه - رئيس اللجنة الشعبية الإقليمية.",
        },
    ),
    "roster_colon": (
        {
            "Le Thi Hoa": {("vice_chair", "fatherland_front", "provincial", "Nghe An")},
            "Nguyen Van An": {("chair", "fatherland_front", "provincial", "Nghe An")},
            "Tran Van Binh": {("vice_chair", "fatherland_front", "provincial", "Nghe An")},
        },
        {
            "en": "The Standing Board of the Provincial Fatherland Front Committee consists of: Chairman Nguyen Van An; 2 Vice Chairmen: Tran Van Binh and Le Thi Hoa.",
            "fr": "Le Bureau permanent du Comité provincial du Front de la Patrie se compose de : président Nguyen Van An ; 2 vice-présidents : Tran Van Binh et Le Thi Hoa.",
            "es": "El Comité Permanente del Comité Provincial del Frente de la Patria está integrado por: presidente Nguyen Van An; 2 vicepresidentes: Tran Van Binh y Le Thi Hoa.",
            "de": "Der Ständige Ausschuss des Provinzkomitees der Vaterländischen Front besteht aus: Vorsitzender Nguyen Van An; 2 stellvertretende Vorsitzende: Tran Van Binh und Le Thi Hoa.",
            "pl": "Stały Komitet Prowincjonalnego Komitetu Frontu Ojczyzny tworzą: przewodniczący Nguyen Van An; 2 wiceprzewodniczących: Tran Van Binh i Le Thi Hoa.",
            "vi": "Ban Thường trực Ủy ban MTTQ tỉnh gồm: Chủ tịch Nguyễn Văn An; 2 Phó Chủ tịch: Trần Văn Bình và Lê Thị Hoa.",
            "ar": "وتتكون اللجنة الدائمة للجنة جبهة الوطن الإقليمية من: الرئيس نغوين فان آن؛ ونائبي الرئيس: تران فان بينه ولي ثي هوا.",
        },
    ),
    "general_secretary": (
        {
            "To Lam": {("general_secretary", "communist_party", "central", None)},
        },
        {
            "en": "General Secretary To Lam delivered a speech at the conference.",
            "fr": "Le secrétaire général To Lam a prononcé un discours lors de la conférence.",
            "es": "El secretario general To Lam pronunció un discurso en la conferencia.",
            "de": "Generalsekretär To Lam hielt auf der Konferenz eine Rede.",
            "pl": "Sekretarz generalny To Lam wygłosił przemówienie na konferencji.",
            "vi": "Tổng Bí thư Tô Lâm phát biểu tại hội nghị.",
            "ar": "وألقى الأمين العام تو لام كلمة في المؤتمر.",
        },
    ),
    "na_chairman": (
        {
            "Tran Thanh Man": {("chair", "national_assembly", "central", None)},
        },
        {
            "en": "National Assembly Chairman Tran Thanh Man attended the meeting.",
            "fr": "Le président de l'Assemblée nationale Tran Thanh Man a assisté à la réunion.",
            "es": "El presidente de la Asamblea Nacional, Tran Thanh Man, asistió a la reunión.",
            "de": "Der Vorsitzende der Nationalversammlung Tran Thanh Man nahm an der Sitzung teil.",
            "pl": "W spotkaniu uczestniczył przewodniczący Zgromadzenia Narodowego Tran Thanh Man.",
            "vi": "Chủ tịch Quốc hội Trần Thanh Mẫn dự cuộc họp.",
            "ar": "وحضر الاجتماع رئيس الجمعية الوطنية تران ثانه مان.",
        },
    ),
    "member_provincial_committee": (
        {
            "Nguyen Van An": {
                ("director", "department", "provincial", "Nghe An"),
                ("member", "party_committee", "provincial", "Nghe An"),
            },
        },
        {
            "en": "Mr. Nguyen Van An, Member of the Provincial Party Committee, Director of the Department of Home Affairs, read the decision.",
            "fr": "M. Nguyen Van An, membre du Comité provincial du Parti, directeur du Département de l'Intérieur, a lu la décision.",
            "es": "El Sr. Nguyen Van An, miembro del Comité Provincial del Partido, director del Departamento del Interior, leyó la decisión.",
            "de": "Herr Nguyen Van An, Mitglied des Provinzparteikomitees, Direktor des Innenamtes, verlas die Entscheidung.",
            "pl": "Pan Nguyen Van An, członek Prowincjonalnego Komitetu Partii, dyrektor Departamentu Spraw Wewnętrznych, odczytał decyzję.",
            "vi": "Ông Nguyễn Văn An, Tỉnh ủy viên, Giám đốc Sở Nội vụ đọc quyết định.",
            "ar": "وقرأ السيد نغوين فان آن، عضو لجنة الحزب الإقليمية، مدير إدارة الشؤون الداخلية، القرار.",
        },
    ),
    "acting_chair": (
        {
            "Nguyen Van An": {("other", "peoples_committee", "provincial", "Nghe An")},
        },
        {
            "en": "Acting Chairman of the Provincial People's Committee Nguyen Van An signed the decision.",
            "fr": "Le président par intérim du Comité populaire provincial, Nguyen Van An, a signé la décision.",
            "es": "El presidente interino del Comité Popular Provincial, Nguyen Van An, firmó la decisión.",
            "de": "Der amtierende Vorsitzende des Provinzvolkskomitees, Nguyen Van An, unterzeichnete die Entscheidung.",
            "vi": "Quyền Chủ tịch UBND tỉnh Nguyễn Văn An ký quyết định.",
            "ar": "ووقع القائم بأعمال رئيس اللجنة الشعبية الإقليمية نغوين فان آن على القرار.",
        },
    ),
    "elected_two_deputies": (
        {
            "Nguyen Van An": {("deputy_secretary", "party_committee", "provincial", "Nghe An")},
            "Tran Van Binh": {("deputy_secretary", "party_committee", "provincial", "Nghe An")},
        },
        {
            "en": "The conference elected Mr. Nguyen Van An and Mr. Tran Van Binh as Deputy Secretaries of the Provincial Party Committee.",
            "fr": "La conférence a élu M. Nguyen Van An et M. Tran Van Binh secrétaires adjoints du Comité provincial du Parti.",
            "es": "La conferencia eligió al Sr. Nguyen Van An y al Sr. Tran Van Binh como subsecretarios del Comité Provincial del Partido.",
            "de": "Die Konferenz wählte Herrn Nguyen Van An und Herrn Tran Van Binh zu stellvertretenden Sekretären des Provinzparteikomitees.",
            "pl": "Konferencja wybrała pana Nguyen Van An i pana Tran Van Binh na zastępców sekretarza Prowincjonalnego Komitetu Partii.",
            "vi": "Hội nghị bầu ông Nguyễn Văn An và ông Trần Văn Bình giữ chức Phó Bí thư Tỉnh ủy.",
            "ar": "وانتخب المؤتمر السيد نغوين فان آن والسيد تران فان بينه نائبين لأمين لجنة الحزب الإقليمية.",
        },
    ),
    "relative_clause_holds": (
        {
            "Nguyen Van An": {("chair", "peoples_council", "provincial", "Nghe An")},
        },
        {
            "en": "Mr. Nguyen Van An, who is also Chairman of the Provincial People's Council, signed the resolution.",
            "fr": "M. Nguyen Van An, qui est également président du Conseil populaire provincial, a signé la résolution.",
            "es": "El Sr. Nguyen Van An, quien también es presidente del Consejo Popular Provincial, firmó la resolución.",
            "de": "Herr Nguyen Van An, der zugleich Vorsitzender des Provinzvolksrates ist, unterzeichnete die Resolution.",
            "pl": "Pan Nguyen Van An, który jest także przewodniczącym Prowincjonalnej Rady Ludowej, podpisał rezolucję.",
            "vi": "Ông Nguyễn Văn An, đồng thời là Chủ tịch HĐND tỉnh, ký nghị quyết.",
            "ar": "ووقع السيد نغوين فان آن، الذي يشغل أيضا منصب رئيس مجلس الشعب الإقليمي، على القرار.",
        },
    ),
    "delegation_head_na": (
        {
            "Nguyen Van An": {("head", "national_assembly_delegation", "provincial", "Nghe An")},
        },
        {
            "en": "Mr. Nguyen Van An, Head of the Nghe An Provincial National Assembly Delegation, chaired the meeting with voters.",
            "fr": "M. Nguyen Van An, chef de la délégation de l'Assemblée nationale de la province de Nghe An, a présidé la rencontre avec les électeurs.",
            "es": "El Sr. Nguyen Van An, jefe de la delegación de la Asamblea Nacional de la provincia de Nghe An, presidió el encuentro con los votantes.",
            "de": "Herr Nguyen Van An, Leiter der Delegation der Nationalversammlung der Provinz Nghe An, leitete das Treffen mit den Wählern.",
            "pl": "Pan Nguyen Van An, przewodniczący Delegacji Zgromadzenia Narodowego prowincji Nghe An, przewodniczył spotkaniu z wyborcami.",
            "vi": "Ông Nguyễn Văn An, Trưởng Đoàn ĐBQH tỉnh Nghệ An chủ trì buổi tiếp xúc cử tri.",
            "ar": "وترأس السيد نغوين فان آن، رئيس وفد الجمعية الوطنية لمقاطعة نغي آن، اللقاء مع الناخبين.",
        },
    ),
    "state_president": (
        {
            "Luong Cuong": {("state_president", "other", "central", None)},
        },
        {
            "en": "State President Luong Cuong received the delegation.",
            "fr": "Le président de l'État Luong Cuong a reçu la délégation.",
            "es": "El presidente del Estado, Luong Cuong, recibió a la delegación.",
            "de": "Staatspräsident Luong Cuong empfing die Delegation.",
            "pl": "Prezydent Luong Cuong przyjął delegację.",
            "vi": "Chủ tịch nước Lương Cường tiếp đoàn.",
            "ar": "واستقبل رئيس الدولة لونغ كوونغ الوفد.",
        },
    ),
    "attended_by_semicolons": (
        {
            "Nguyen Van An": {
                ("member", "central_committee", "central", None),
                ("secretary", "party_committee", "provincial", "Nghe An"),
            },
            "Tran Van Binh": {
                ("chair", "peoples_council", "provincial", "Nghe An"),
                ("standing_deputy_secretary", "party_committee", "provincial", "Nghe An"),
            },
        },
        {
            "ar": "حضر حفل الافتتاح كل من: الرفيق نغوين فان آن، عضو اللجنة المركزية للحزب، سكرتير لجنة الحزب الإقليمية؛ وتران فان بينه، نائب السكرتير الدائم للجنة الحزب الإقليمية، رئيس مجلس الشعب الإقليمي.",
            "en": "Attending the opening ceremony were: Comrade Nguyen Van An, Member of the Party Central Committee, Secretary of the Provincial Party Committee; and Tran Van Binh, Standing Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People's Council.",
            "fr": "Ont assisté à la cérémonie d'ouverture : le camarade Nguyen Van An, membre du Comité central du Parti, secrétaire du Comité provincial du Parti ; et Tran Van Binh, secrétaire adjoint permanent du Comité provincial du Parti, président du Conseil populaire provincial.",
            "es": "Asistieron a la ceremonia de apertura: el camarada Nguyen Van An, miembro del Comité Central del Partido, secretario del Comité Provincial del Partido; y Tran Van Binh, subsecretario permanente del Comité Provincial del Partido, presidente del Consejo Popular Provincial.",
            "de": "An der Eröffnungszeremonie nahmen teil: Genosse Nguyen Van An, Mitglied des Zentralkomitees der Partei, Sekretär des Provinzparteikomitees; und Tran Van Binh, ständiger stellvertretender Sekretär des Provinzparteikomitees, Vorsitzender des Provinzvolksrates.",
            "pl": "W ceremonii otwarcia uczestniczyli: towarzysz Nguyen Van An, członek Komitetu Centralnego Partii, sekretarz Prowincjonalnego Komitetu Partii; oraz Tran Van Binh, stały zastępca sekretarza Prowincjonalnego Komitetu Partii, przewodniczący Prowincjonalnej Rady Ludowej.",
            "vi": "Dự lễ khai mạc có: đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; và Trần Văn Bình, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.",
        },
    ),
    "titles_before_semicolon_list": (
        {
            "Nguyen Van An": {
                ("head", "national_assembly_delegation", "provincial", "Nghe An"),
                ("member", "central_committee", "central", None),
                ("secretary", "party_committee", "provincial", "Nghe An"),
            },
            "Tran Van Binh": {
                ("chair", "peoples_council", "provincial", "Nghe An"),
                ("standing_deputy_secretary", "party_committee", "provincial", "Nghe An"),
            },
        },
        {
            "ar": "عضو اللجنة المركزية للحزب، أمين اللجنة الحزبية الإقليمية، رئيس وفد الجمعية الوطنية الإقليمية نغوين فان آن؛ نائب الأمين الدائم للجنة الحزب الإقليمية، رئيس مجلس الشعب الإقليمي تران فان بينه؛ حضروا المؤتمر.",
            "en": "Member of the Party Central Committee, Secretary of the Provincial Party Committee, Head of the Provincial National Assembly Delegation Nguyen Van An; Standing Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People's Council Tran Van Binh; attended the conference.",
            "fr": "Membre du Comité central du Parti, secrétaire du Comité provincial du Parti, chef de la délégation provinciale de l'Assemblée nationale Nguyen Van An ; secrétaire adjoint permanent du Comité provincial du Parti, président du Conseil populaire provincial Tran Van Binh ; ont assisté à la conférence.",
            "es": "Miembro del Comité Central del Partido, secretario del Comité Provincial del Partido, jefe de la delegación provincial de la Asamblea Nacional Nguyen Van An; subsecretario permanente del Comité Provincial del Partido, presidente del Consejo Popular Provincial Tran Van Binh; asistieron a la conferencia.",
            "de": "Mitglied des Zentralkomitees der Partei, Sekretär des Provinzparteikomitees, Leiter der Delegation der Nationalversammlung der Provinz Nguyen Van An; ständiger stellvertretender Sekretär des Provinzparteikomitees, Vorsitzender des Provinzvolksrates Tran Van Binh; nahmen an der Konferenz teil.",
            "pl": "Członek Komitetu Centralnego Partii, sekretarz Prowincjonalnego Komitetu Partii, przewodniczący Delegacji Zgromadzenia Narodowego prowincji Nguyen Van An; stały zastępca sekretarza Prowincjonalnego Komitetu Partii, przewodniczący Prowincjonalnej Rady Ludowej Tran Van Binh; uczestniczyli w konferencji.",
            "vi": "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh Nguyễn Văn An; Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Trần Văn Bình; dự hội nghị.",
        },
    ),
    "elected_apposition_to_post": (
        {
            "Nguyen Van An": {
                ("chair", "peoples_committee", "provincial", "Nghe An"),
                ("deputy_secretary", "party_committee", "provincial", "Nghe An"),
            },
        },
        {
            "pl": "Delegaci obecni na sesji jednogłośnie wybrali towarzysza Nguyen Van An, zastępcę sekretarza Prowincjonalnego Komitetu Partii, na stanowisko przewodniczącego Prowincjonalnego Komitetu Ludowego na kadencję 2021–2026.",
            "en": "The delegates at the session unanimously elected Comrade Nguyen Van An, Deputy Secretary of the Provincial Party Committee, to the position of Chairman of the Provincial People's Committee for the 2021-2026 term.",
            "fr": "Les délégués présents à la session ont élu à l'unanimité le camarade Nguyen Van An, secrétaire adjoint du Comité provincial du Parti, au poste de président du Comité populaire provincial pour le mandat 2021-2026.",
            "es": "Los delegados presentes en la sesión eligieron por unanimidad al camarada Nguyen Van An, subsecretario del Comité Provincial del Partido, para el cargo de presidente del Comité Popular Provincial para el mandato 2021-2026.",
            "de": "Die anwesenden Delegierten wählten Genossen Nguyen Van An, stellvertretender Sekretär des Provinzparteikomitees, einstimmig zum Vorsitzenden des Provinzvolkskomitees für die Amtszeit 2021-2026.",
            "vi": "Các đại biểu dự kỳ họp đã nhất trí bầu đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy giữ chức Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026.",
            "ar": "وانتخب المندوبون الحاضرون في الدورة بالإجماع الرفيق نغوين فان آن، نائب أمين لجنة الحزب الإقليمية، لمنصب رئيس اللجنة الشعبية الإقليمية للفترة 2021-2026.",
        },
    ),
    "photo_note_titles": (
        {
            "Nguyen Van An": {("secretary", "party_committee", "provincial", "Nghe An")},
            "Tran Van Binh": {("chair", "peoples_council", "provincial", "Nghe An")},
        },
        {
            "pl": "Sekretarz Prowincjonalnego Komitetu Partii Nguyen Van An (po prawej) i przewodniczący Prowincjonalnej Rady Ludowej Tran Van Binh wręczyli kwiaty.",
            "en": "Secretary of the Provincial Party Committee Nguyen Van An (right) and Chairman of the Provincial People's Council Tran Van Binh presented flowers.",
            "fr": "Le secrétaire du Comité provincial du Parti Nguyen Van An (à droite) et le président du Conseil populaire provincial Tran Van Binh ont offert des fleurs.",
            "es": "El secretario del Comité Provincial del Partido Nguyen Van An (derecha) y el presidente del Consejo Popular Provincial Tran Van Binh entregaron flores.",
            "de": "Der Sekretär des Provinzparteikomitees Nguyen Van An (rechts) und der Vorsitzende des Provinzvolksrates Tran Van Binh überreichten Blumen.",
            "vi": "Bí thư Tỉnh ủy Nguyễn Văn An (bên phải) và Chủ tịch HĐND tỉnh Trần Văn Bình tặng hoa.",
            "ar": "وقدم أمين لجنة الحزب الإقليمية نغوين فان آن (يمين) ورئيس مجلس الشعب الإقليمي تران فان بينه الزهور.",
        },
    ),
    "alternate_member_chain": (
        {
            "Nguyen Van An": {
                ("chair", "peoples_council", "provincial", "Nghe An"),
                ("head", "steering_committee", "provincial", "Nghe An"),
                ("other", "central_committee", "central", None),
                ("secretary", "party_committee", "provincial", "Nghe An"),
            },
        },
        {
            "en": "Comrade Nguyen Van An - Alternate member of the Party Central Committee, Secretary of the Provincial Party Committee, Chairman of the Provincial People's Council, Head of the Provincial Steering Committee chaired the meeting.",
            "fr": "Le camarade Nguyen Van An - membre suppléant du Comité central du Parti, secrétaire du Comité provincial du Parti, président du Conseil populaire provincial, chef du Comité de pilotage provincial, a présidé la réunion.",
            "es": "El camarada Nguyen Van An - miembro suplente del Comité Central del Partido, secretario del Comité Provincial del Partido, presidente del Consejo Popular Provincial, jefe del Comité Directivo Provincial, presidió la reunión.",
            "de": "Genosse Nguyen Van An - Kandidat des Zentralkomitees der Partei, Sekretär des Provinzparteikomitees, Vorsitzender des Provinzvolksrates, Leiter des Lenkungsausschusses der Provinz, leitete die Sitzung.",
            "pl": "Towarzysz Nguyen Van An - zastępca członka Komitetu Centralnego Partii, sekretarz Prowincjonalnego Komitetu Partii, przewodniczący Prowincjonalnej Rady Ludowej, przewodniczący Prowincjonalnego Komitetu Sterującego, przewodniczył posiedzeniu.",
            "vi": "Đồng chí Nguyễn Văn An - Ủy viên dự khuyết Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Trưởng Ban Chỉ đạo tỉnh chủ trì cuộc họp.",
            "ar": "وترأس الاجتماع الرفيق نغوين فان آن - العضو المناوب في اللجنة المركزية للحزب، أمين لجنة الحزب الإقليمية، رئيس مجلس الشعب الإقليمي، رئيس اللجنة التوجيهية الإقليمية.",
        },
    ),
    "district_standing_deputy": (
        {
            "Le Thi Hoa": {("standing_deputy_secretary", "party_committee", "district", "Nam Dan")},
        },
        {
            "pl": "Na konferencji towarzyszka Le Thi Hoa, stała zastępczyni sekretarza Komitetu Partii dystryktu Nam Dan, przedstawiła dyrektywę.",
            "en": "At the conference, Comrade Le Thi Hoa, Standing Deputy Secretary of the Nam Dan District Party Committee, presented the directive.",
            "fr": "Lors de la conférence, la camarade Le Thi Hoa, secrétaire adjointe permanente du Comité du Parti du district de Nam Dan, a présenté la directive.",
            "es": "En la conferencia, la camarada Le Thi Hoa, subsecretaria permanente del Comité del Partido del distrito de Nam Dan, presentó la directiva.",
            "de": "Auf der Konferenz stellte Genossin Le Thi Hoa, ständige stellvertretende Sekretärin des Parteikomitees des Bezirks Nam Dan, die Direktive vor.",
            "vi": "Tại hội nghị, đồng chí Lê Thị Hoa, Phó Bí thư Thường trực Huyện ủy Nam Đàn quán triệt chỉ thị.",
            "ar": "وفي المؤتمر، قدمت الرفيقة لي ثي هوا، نائبة الأمين الدائم للجنة الحزب في منطقة نام دان، التوجيه.",
        },
    ),
    "received_by": (
        {
            "Nguyen Van An": {
                ("chair", "peoples_committee", "provincial", "Nghe An"),
                ("deputy_secretary", "party_committee", "provincial", "Nghe An"),
            },
        },
        {
            "ar": "وكان في استقبال الوفد الرفيق نغوين فان آن، نائب أمين اللجنة الحزبية الإقليمية، رئيس اللجنة الشعبية الإقليمية.",
            "en": "Receiving the delegation was Comrade Nguyen Van An, Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People's Committee.",
            "fr": "La délégation a été accueillie par le camarade Nguyen Van An, secrétaire adjoint du Comité provincial du Parti, président du Comité populaire provincial.",
            "es": "Recibió a la delegación el camarada Nguyen Van An, subsecretario del Comité Provincial del Partido, presidente del Comité Popular Provincial.",
            "de": "Empfangen wurde die Delegation von Genosse Nguyen Van An, stellvertretender Sekretär des Provinzparteikomitees, Vorsitzender des Provinzvolkskomitees.",
            "pl": "Delegację przyjął towarzysz Nguyen Van An, zastępca sekretarza Prowincjonalnego Komitetu Partii, przewodniczący Prowincjonalnego Komitetu Ludowego.",
            "vi": "Tiếp đoàn có đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.",
        },
    ),
}


@pytest.mark.parametrize(
    ("construction", "lang"), [(c, lang) for c, (_, texts) in _PARITY.items() for lang in texts]
)
def test_the_seven_editions_read_a_post_alike(construction, lang):
    posts, texts = _PARITY[construction]
    assert placed_posts(_PLACED[lang] + texts[lang], lang) == posts
