"""fix24a: positions constructions earlier reviews found and left open (review23's round 1 item 6, round 2 Medium 3,
"Open at the end"), each in every language where it exists."""

import pytest

from tests.helpers import placed_posts

_HUNG = "Nguyen Van Hung"
_NAM = "Tran Van Nam"
_CHAIR_LC = ("chair", "peoples_committee", "provincial", "Lao Cai")
_CHAIR_NA = ("chair", "peoples_committee", "provincial", "Nghe An")
_SEC_LC = ("secretary", "party_committee", "provincial", "Lao Cai")

# 1. An opening 'besides' phrase or participle whose object carries an apposition: the title after the apposition's
# closing comma is the main clause's subject, not the object's ('Besides Mr. A, Chairman of ..., the Prime Minister
# also disciplined ...': A is no Prime Minister)
_OPENED = [
    (
        "en",
        "Besides Mr. Nguyen Van Hung, Chairman of the Lao Cai Provincial People's Committee, the Prime Minister also"
        " disciplined Mr. Bui Dinh Long.",
        {_HUNG: {_CHAIR_LC}},
    ),
    (
        "fr",
        "Outre M. Nguyen Van Hung, président du Comité populaire de la province de Lao Cai, le Premier ministre a"
        " également sanctionné M. Bui Dinh Long.",
        {_HUNG: {_CHAIR_LC}},
    ),
    (
        "es",
        "Además del Sr. Nguyen Van Hung, presidente del Comité Popular de la provincia de Lao Cai, el Primer Ministro"
        " también sancionó al Sr. Bui Dinh Long.",
        {_HUNG: {_CHAIR_LC}},
    ),
    (
        "pl",
        "Oprócz pana Nguyen Van Hunga, przewodniczącego Prowincjonalnego Komitetu Ludowego Lao Cai, sekretarza"
        " Prowincjonalnego Komitetu Partii, premier ukarał również pana Bui Dinh Longa.",
        {_HUNG: {_CHAIR_LC, _SEC_LC}},
    ),
    (
        "ar",
        "بالإضافة إلى السيد نغوين فان هونغ، رئيس اللجنة الشعبية لمقاطعة لاو كاي، قام رئيس الوزراء أيضًا بتأديب السيد"
        " بوي دينه لونغ.",
        {_HUNG: {_CHAIR_LC}},
    ),
    (
        "vi",
        "Ngoài ông Nguyễn Văn Hùng, Chủ tịch UBND tỉnh Lào Cai, Thủ tướng cũng thi hành kỷ luật ông Bùi Đình Long.",
        {_HUNG: {_CHAIR_LC}},
    ),
    (
        "en",
        "Congratulating Mr. Nguyen Van Hung, Chairman of the Nghe An Provincial People's Committee, the Prime Minister"
        " praised his work.",
        {_HUNG: {_CHAIR_NA}},
    ),
    (
        "fr",
        "En félicitant M. Nguyen Van Hung, président du Comité populaire de la province de Nghe An, le Premier"
        " ministre a salué son travail.",
        {_HUNG: {_CHAIR_NA}},
    ),
    (
        "es",
        "Felicitando al Sr. Nguyen Van Hung, presidente del Comité Popular de la provincia de Nghe An, el Primer"
        " Ministro elogió su trabajo.",
        {_HUNG: {_CHAIR_NA}},
    ),
    (
        "pl",
        "Gratulując panu Nguyen Van Hungowi, przewodniczącemu Prowincjonalnego Komitetu Ludowego Nghe An, premier"
        " pochwalił jego pracę.",
        {_HUNG: {_CHAIR_NA}},
    ),
    (
        "vi",
        "Chúc mừng ông Nguyễn Văn Hùng, Chủ tịch UBND tỉnh Nghệ An, Thủ tướng đánh giá cao công tác của ông.",
        {_HUNG: {_CHAIR_NA}},
    ),
    (
        "ar",
        "مهنئا السيد نغوين فان هونغ، رئيس اللجنة الشعبية لمقاطعة نغي آن، قال رئيس الوزراء إن العمل جيد.",
        {_HUNG: {_CHAIR_NA}},
    ),
    (
        "ar",
        "ولدى استقبال السيد نغوين فان هونغ، رئيس اللجنة الشعبية لمقاطعة نغي آن، أعرب أمين لجنة الحزب الإقليمية عن"
        " شكره.",
        {_HUNG: {_CHAIR_NA}},
    ),
    (
        "fr",
        "Recevant M. Nguyen Van Hung, président du Comité populaire de la province de Lao Cai, le secrétaire du"
        " Comité provincial du Parti l'a remercié.",
        {_HUNG: {_CHAIR_LC}},
    ),
    # (a second name the conjunction joins to the opened one: its apposition ends alike)
    (
        "en",
        "Besides Mr. Nguyen Van Hung, Chairman of the Lao Cai Provincial People's Committee, and Mr. Tran Van Nam,"
        " Secretary of the Lao Cai Provincial Party Committee, the Prime Minister also disciplined Mr. Bui Dinh Long.",
        {_HUNG: {_CHAIR_LC}, _NAM: {_SEC_LC}},
    ),
    (
        "fr",
        "Outre M. Nguyen Van Hung, président du Comité populaire de la province de Lao Cai, et M. Tran Van Nam,"
        " secrétaire du Comité provincial du Parti de Lao Cai, le Premier ministre a également sanctionné M. Bui"
        " Dinh Long.",
        {_HUNG: {_CHAIR_LC}, _NAM: {_SEC_LC}},
    ),
    (
        "ar",
        "بالإضافة إلى السيد نغوين فان هونغ، رئيس اللجنة الشعبية لمقاطعة لاو كاي، والسيد تران فان نام، أمين لجنة الحزب"
        " لمقاطعة لاو كاي، قام رئيس الوزراء أيضًا بتأديب السيد بوي دينه لونغ.",
        {_HUNG: {_CHAIR_LC}, _NAM: {_SEC_LC}},
    ),
    (
        "vi",
        "Ngoài ông Nguyễn Văn Hùng, Chủ tịch UBND tỉnh Lào Cai và ông Trần Văn Nam, Bí thư Tỉnh ủy Lào Cai, Thủ tướng"
        " cũng thi hành kỷ luật ông Bùi Đình Long.",
        {_HUNG: {_CHAIR_LC}, _NAM: {_SEC_LC}},
    ),
]

# (guards: an apposition of two titles, a subject named after the opener, a name that is the clause's subject)
_OPENED_GUARDS = [
    (
        "en",
        "Attending the congress was Mr. Nguyen Van Hung, Chairman of the Lao Cai Provincial People's Committee,"
        " Secretary of the Lao Cai Provincial Party Committee.",
        {_HUNG: {_CHAIR_LC, _SEC_LC}},
    ),
    (
        "en",
        "Besides Mr. Nguyen Van Hung, Chairman of the Lao Cai Provincial People's Committee, Secretary of the Lao Cai"
        " Provincial Party Committee, the Prime Minister also disciplined Mr. Bui Dinh Long.",
        {_HUNG: {_CHAIR_LC, _SEC_LC}},
    ),
    (
        "en",
        "Today Mr. Nguyen Van Hung, Chairman of the Lao Cai Provincial People's Committee, Secretary of the Lao Cai"
        " Provincial Party Committee said the work was done.",
        {_HUNG: {_CHAIR_LC, _SEC_LC}},
    ),
    (
        "en",
        "Attending were many leaders, including Mr. Nguyen Van Hung, Chairman of the Lao Cai Provincial People's"
        " Committee, Secretary of the Lao Cai Provincial Party Committee.",
        {_HUNG: {_CHAIR_LC, _SEC_LC}},
    ),
    (
        "vi",
        "Tiếp đó ông Nguyễn Văn Hùng, Chủ tịch UBND tỉnh Lào Cai, Bí thư Tỉnh ủy Lào Cai phát biểu.",
        {_HUNG: {_CHAIR_LC, _SEC_LC}},
    ),
    (
        "es",
        "Cuando el Sr. Nguyen Van Hung, presidente del Comité Popular de la provincia de Lao Cai, secretario del Comité"
        " Provincial del Partido de Lao Cai dijo que el trabajo se hizo.",
        {_HUNG: {_CHAIR_LC, _SEC_LC}},
    ),
    (
        "en",
        "Congratulating Mr. Nguyen Van Hung, Secretary of the Nghe An Provincial Party Committee, Prime Minister Pham"
        " Minh Chinh praised his work.",
        {_HUNG: {("secretary", "party_committee", "provincial", "Nghe An")}},
    ),
    (
        "fr",
        "Outre M. Nguyen Van Hung, président du Comité populaire de la province de Lao Cai, M. Bui Dinh Long a"
        " également été sanctionné.",
        {_HUNG: {_CHAIR_LC}},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), _OPENED + _OPENED_GUARDS)
def test_an_opening_phrases_object_keeps_only_its_apposition(lang, text, want):
    posts = placed_posts(text, lang)
    assert {name: posts.get(name) for name in want} == want


# 2. Appointments and dismissals whose giver or receiver is worded unusually: the giver's title before its name (ar,
# with a comma in every language), fr/es a genitive after a received document ('a reçu la décision du secrétaire ...'),
# de a perfect's subject after its auxiliary ('hat der Premierminister auch Herrn B empfangen'), vi 'cho thôi giữ chức
# ... đối với ông A'
_QUY = "Thai Thanh Quy"
_SEC_NA = ("secretary", "party_committee", "provincial", "Nghe An")
_DIR_NA = ("director", "department", "provincial", "Nghe An")
_GIVEN = [
    (
        "ar",
        "في 5 مارس، تسلم السيد نغوين فان هونغ القرار من أمين لجنة الحزب لمقاطعة نغي آن تاي ثانه كوي. وقبل ذلك، شغل"
        " منصب مدير إدارة المالية.",
        {_QUY: {_SEC_NA}, _HUNG: {_DIR_NA}},
    ),
    (
        "ar",
        "في 5 مارس، تسلم السيد نغوين فان هونغ القرار من أمين لجنة الحزب لمقاطعة نغي آن، تاي ثانه كوي. وقبل ذلك، شغل"
        " منصب مدير إدارة المالية.",
        {_QUY: {_SEC_NA}, _HUNG: {_DIR_NA}},
    ),
    (
        "fr",
        "Le 5 mars, M. Nguyen Van Hung a reçu la décision du secrétaire du Comité provincial du Parti de Nghe An, Thai"
        " Thanh Quy. Auparavant, il était directeur du Département des finances.",
        {_QUY: {_SEC_NA}, _HUNG: {_DIR_NA}},
    ),
    (
        "fr",
        "Le 5 mars, M. Nguyen Van Hung a reçu la décision des mains du secrétaire du Comité provincial du Parti de"
        " Nghe An Thai Thanh Quy. Auparavant, il était directeur du Département des finances.",
        {_QUY: {_SEC_NA}, _HUNG: {_DIR_NA}},
    ),
    (
        "es",
        "El 5 de marzo, el Sr. Nguyen Van Hung recibió la decisión del secretario del Comité Provincial del Partido de"
        " Nghe An, Thai Thanh Quy. Anteriormente, fue director del Departamento de Finanzas.",
        {_QUY: {_SEC_NA}, _HUNG: {_DIR_NA}},
    ),
    (
        "de",
        "Am 5. März erhielt Herr Nguyen Van Hung die Entscheidung vom Sekretär des Provinzparteikomitees Nghe An, Thai"
        " Thanh Quy. Zuvor war er Direktor des Finanzamtes.",
        {_QUY: {_SEC_NA}, _HUNG: {_DIR_NA}},
    ),
    (
        "pl",
        "5 marca pan Nguyen Van Hung otrzymał decyzję od sekretarza Prowincjonalnego Komitetu Partii Nghe An, Thai"
        " Thanh Quy. Wcześniej pełnił funkcję dyrektora Departamentu Finansów.",
        {_QUY: {_SEC_NA}, _HUNG: {_DIR_NA}},
    ),
    (
        "vi",
        "Ngày 5/3, ông Nguyễn Văn Hùng nhận quyết định từ Bí thư Tỉnh ủy Nghệ An, Thái Thanh Quý. Trước đó, ông là Giám"
        " đốc Sở Tài chính.",
        {_QUY: {_SEC_NA}, _HUNG: {_DIR_NA}},
    ),
    (
        "fr",
        "Le 5 mars, M. Nguyen Van Hung a reçu la décision du président du Comité populaire de la province de Nghe An,"
        " M. Thai Thanh Quy.",
        {_QUY: {_CHAIR_NA}},
    ),
    (
        "es",
        "El 5 de marzo, el Sr. Nguyen Van Hung recibió la decisión del presidente del Comité Popular de la provincia de"
        " Nghe An, el Sr. Thai Thanh Quy.",
        {_QUY: {_CHAIR_NA}},
    ),
    ("de", "Am selben Tag hat der Premierminister auch Herrn Nguyen Van Hung empfangen.", {_HUNG: set()}),
    ("de", "Am selben Tag hat auch der Premierminister Herrn Nguyen Van Hung empfangen.", {_HUNG: set()}),
    (
        "de",
        "Am selben Tag hat der Vorsitzende des Volkskomitees der Provinz Nghe An Herrn Nguyen Van Hung empfangen.",
        {_HUNG: set()},
    ),
    (
        "de",
        "Neben Herrn Nguyen Van Hung hat der Premierminister auch Herrn Bui Dinh Long diszipliniert.",
        {"Bui Dinh Long": set()},
    ),
    (
        "vi",
        "Ban Bí thư quyết định cho thôi giữ chức Bí thư Tỉnh ủy Nghệ An đối với ông Nguyễn Văn Hùng.",
        {_HUNG: {_SEC_NA}},
    ),
    (
        "vi",
        "Thủ tướng quyết định cho thôi giữ chức Phó Chủ tịch UBND tỉnh Nghệ An đối với ông Nguyễn Văn Hùng.",
        {_HUNG: {("vice_chair", "peoples_committee", "provincial", "Nghe An")}},
    ),
]

# (guards: the issuer's title stays nobody's; a giver's own apposition; a German subject with its comma apposition; the
# last, de 'Der Premierminister hat Herrn A zum ... ernannt', gave A the Prime Minister's post before too)
_GIVEN_GUARDS = [
    (
        "vi",
        "Quyết định của Chủ tịch UBND tỉnh Nghệ An, đồng chí Nguyễn Văn Hùng được bổ nhiệm giữ chức Giám đốc Sở Tài"
        " chính.",
        {_HUNG: {_DIR_NA}},
    ),
    (
        "fr",
        "M. Nguyen Van Hung a reçu la décision du Premier ministre nommant M. Tran Van Nam directeur du Département des"
        " finances.",
        {_NAM: {("director", "department", "provincial", None)}},
    ),
    (
        "ar",
        "صدر قرار من رئيس الوزراء بتعيين السيد نغوين فان هونغ مديرا لإدارة المالية.",
        {_HUNG: {("director", "department", "provincial", None)}},
    ),
    (
        "en",
        "On March 5, Mr. Nguyen Van Hung received the decision from Secretary of the Nghe An Provincial Party Committee"
        " Thai Thanh Quy. He previously served as Director of the Department of Finance.",
        {_QUY: {_SEC_NA}, _HUNG: {_DIR_NA}},
    ),
    (
        "de",
        "Am selben Tag hat der Vorsitzende des Volkskomitees der Provinz Nghe An, Herr Nguyen Van Hung, die Delegation"
        " empfangen.",
        {_HUNG: {_CHAIR_NA}},
    ),
    (
        "de",
        "Der Premierminister hat Herrn Nguyen Van Hung zum Vorsitzenden des Volkskomitees der Provinz Nghe An"
        " ernannt.",
        {_HUNG: {_CHAIR_NA}},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), _GIVEN + _GIVEN_GUARDS)
def test_a_giver_a_receiver_and_a_dismissed_are_read(lang, text, want):
    posts = placed_posts(text, lang)
    assert {name: posts.get(name, set()) for name in want} == want


# 3. Vocabulary: a university's rector (head, other; level none: silver gold u-vi-0015) and vice rector, management
# boards in de, pl, es (as en, fr, ar read them), ar 'لجنة الحزب البلدية' (municipal, no commune's)
_AN = "Nguyen Manh An"
_RECTOR = ("head", "other", None, None)
_VICE_RECTOR = ("deputy_head", "other", None, None)
_WORDS = [
    ("vi", "Ông Nguyễn Mạnh An, Hiệu trưởng Trường Đại học Hồng Đức, phát biểu.", {_AN: {_RECTOR}}),
    ("vi", "Ông Nguyễn Mạnh An, Phó Hiệu trưởng Trường Đại học Hồng Đức, phát biểu.", {_AN: {_VICE_RECTOR}}),
    ("en", "Mr. Nguyen Manh An, Rector of Hong Duc University, spoke.", {_AN: {_RECTOR}}),
    ("en", "Mr. Nguyen Manh An, Vice Rector of Hong Duc University, spoke.", {_AN: {_VICE_RECTOR}}),
    ("fr", "M. Nguyen Manh An, recteur de l'Université Hong Duc, a pris la parole.", {_AN: {_RECTOR}}),
    (
        "es",
        "El Sr. Nguyen Manh An, vicerrector de la Universidad Hong Duc, intervino.",
        {_AN: {_VICE_RECTOR}},
    ),
    ("de", "Herr Nguyen Manh An, Rektor der Universität Hong Duc, sprach.", {_AN: {_RECTOR}}),
    ("pl", "Pan Nguyen Manh An, rektor Uniwersytetu Hong Duc, przemawiał.", {_AN: {_RECTOR}}),
    ("ar", "قال السيد نغوين مانه آن، رئيس جامعة هونغ دوك، إن العمل قد أنجز.", {_AN: {_RECTOR}}),
    ("ar", "قال السيد نغوين مانه آن، نائب رئيس جامعة هونغ دوك، إن العمل قد أنجز.", {_AN: {_VICE_RECTOR}}),
    (
        "de",
        "Herr Nguyen Van Hung, Leiter des Verwaltungsrats der Wirtschaftszone Nghi Son und der Industrieparks, sprach.",
        {_HUNG: {("head", "other", "provincial", "Thanh Hoa")}},
    ),
    (
        "de",
        "Herr Nguyen Van Hung, stellvertretender Leiter des Managementausschusses der Industrieparks der Provinz Nghe"
        " An, sprach.",
        {_HUNG: {("deputy_head", "other", "provincial", "Nghe An")}},
    ),
    (
        "pl",
        "Pan Nguyen Van Hung, kierownik Rady Zarządzającej Parkami Przemysłowymi prowincji Nghe An, przemawiał.",
        {_HUNG: {("head", "other", "provincial", "Nghe An")}},
    ),
    (
        "es",
        "El Sr. Nguyen Van Hung, subjefe de la Junta Directiva de los Parques Industriales de la provincia de Nghe An,"
        " intervino.",
        {_HUNG: {("deputy_head", "other", "provincial", "Nghe An")}},
    ),
    (
        "ar",
        "قال السيد دو ترانغ كوانغ، نائب الأمين الدائم للجنة الحزب البلدية، رئيس مجلس الشعب لمدينة فوك ين، إن العمل قد"
        " أنجز.",
        {
            "Do Trang Quang": {
                ("standing_deputy_secretary", "party_committee", "district", "Phuc Yen"),
                ("chair", "peoples_council", "district", "Phuc Yen"),
            }
        },
    ),
    (
        "ar",
        "قال السيد دو ترانغ كوانغ، رئيس اللجنة الشعبية البلدية، إن العمل قد أنجز.",
        {"Do Trang Quang": {("chair", "peoples_committee", "provincial", None)}},
    ),
]

# (guards: a commune's party committee and people's committee in ar; a company's board is no post)
_WORDS_GUARDS = [
    (
        "ar",
        "قال السيد دو ترانغ كوانغ، أمين لجنة الحزب في بلدية تان لاب، إن العمل قد أنجز.",
        {"Do Trang Quang": {("secretary", "party_committee", "commune", None)}},
    ),
    (
        "ar",
        "قال السيد دو ترانغ كوانغ، رئيس اللجنة الشعبية لبلدية تان لاب، إن العمل قد أنجز.",
        {"Do Trang Quang": {("chair", "peoples_committee", "commune", None)}},
    ),
    (
        "en",
        "Mr. Nguyen Van Hung, Head of the Management Board of Nghi Son Economic Zone and Industrial Parks, spoke.",
        {_HUNG: {("head", "other", "provincial", "Thanh Hoa")}},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), _WORDS + _WORDS_GUARDS)
def test_rectors_management_boards_and_a_municipal_committee_are_read(lang, text, want):
    posts = placed_posts(text, lang)
    assert {name: posts.get(name, set()) for name in want} == want
