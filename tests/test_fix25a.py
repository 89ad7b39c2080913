"""fix25a: positions constructions the last rounds left open (a giver's title before a list of receivers, career
copulas, titles lost or misread), each in every language where it exists."""

import pytest

from tests.helpers import placed_posts

_TUAN = "Pham Anh Tuan"
_NGHIA = "Le Van Nghia"
_HUNG = "Nguyen Van Hung"

# 1. A giver's title before an act on people and a list marker ('The Prime Minister approved the dismissal of several
# officials, including Mr. A and Mr. B', ar 'ووافق رئيس الوزراء على إعفاء كل من: السيد A ...', each of): the title is
# the act's subject's, no listed name's (mt33 ar-02: A read the Prime Minister)
_ACTED = [
    ("ar", "ووافق رئيس الوزراء على إعفاء كل من السيد فام آنه توان والسيد لي فان نغيا."),
    ("ar", "ووافق رئيس الوزراء على تعيين كل من السيد فام آنه توان والسيد لي فان نغيا."),
    (
        "en",
        "The Prime Minister approved the dismissal of several officials, including Mr. Pham Anh Tuan and Mr. Le Van"
        " Nghia.",
    ),
    (
        "fr",
        "Le Premier ministre a approuvé la révocation de plusieurs responsables, dont M. Pham Anh Tuan et M. Le Van"
        " Nghia.",
    ),
    (
        "es",
        "El Primer Ministro aprobó la destitución de varios funcionarios, entre ellos el Sr. Pham Anh Tuan y el Sr. Le"
        " Van Nghia.",
    ),
    (
        "vi",
        "Thủ tướng phê chuẩn miễn nhiệm một số cán bộ, trong đó có ông Phạm Anh Tuấn và ông Lê Văn Nghĩa.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _ACTED)
def test_a_title_before_an_act_on_a_list_is_the_acts_subjects(lang, text):
    posts = placed_posts(text, lang)
    assert posts.get(_TUAN) == set()
    assert not posts.get(_NGHIA)


# guards: a counted or plural role before the marker is the listed names' ('elected 3 Deputy Secretaries ..., namely')
_DEPUTY = ("deputy_secretary", "party_committee", "provincial", None)
_COUNTED = [
    ("ar", "وانتخب المؤتمر 3 نواب لأمين لجنة الحزب الإقليمية، وهم الرفاق: فام آنه توان، ولي فان نغيا."),
    (
        "en",
        "The congress elected 3 Deputy Secretaries of the Provincial Party Committee, namely Mr. Pham Anh Tuan and Mr."
        " Le Van Nghia.",
    ),
    ("vi", "Tỉnh ủy bầu 2 Phó Bí thư Tỉnh ủy, gồm ông Phạm Anh Tuấn và ông Lê Văn Nghĩa."),
]


@pytest.mark.parametrize(("lang", "text"), _COUNTED)
def test_a_counted_role_before_the_marker_stays_the_listed_names(lang, text):
    assert placed_posts(text, lang) == {_TUAN: {_DEPUTY}, _NGHIA: {_DEPUTY}}


# 2. A list of names each with the reason it goes, then the post they are relieved of ('the dismissal of: Mr. A, due to
# retirement, and Mr. B, due to early retirement, from the position of Vice Chairman of ...'): every listed name's
# (mt33 ar-02: A had none)
_VICE_TG = ("vice_chair", "peoples_committee", "provincial", "Tien Giang")
_REASONS = [
    (
        "ar",
        "ووافق رئيس الوزراء على إعفاء كل من: السيد فام آنه توان، بسبب التقاعد وفقًا للوائح الحالية، والسيد لي فان نغيا،"
        " بسبب التقاعد المبكر، من منصب نائب رئيس اللجنة الشعبية لمقاطعة تيان جيانغ للفترة 2016-2021.",
    ),
    (
        "en",
        "The Prime Minister approved the dismissal of: Mr. Pham Anh Tuan, due to retirement, and Mr. Le Van Nghia, due"
        " to early retirement, from the position of Vice Chairman of the Tien Giang Provincial People's Committee.",
    ),
    (
        "fr",
        "Le Premier ministre a approuvé la révocation de : M. Pham Anh Tuan, pour cause de retraite, et M. Le Van Nghia,"
        " pour cause de retraite anticipée, du poste de vice-président du Comité populaire de la province de Tien"
        " Giang.",
    ),
    (
        "es",
        "El Primer Ministro aprobó la destitución de: el Sr. Pham Anh Tuan, por jubilación, y el Sr. Le Van Nghia, por"
        " jubilación anticipada, del cargo de vicepresidente del Comité Popular de la provincia de Tien Giang.",
    ),
    (
        "de",
        "Der Premierminister genehmigte die Entlassung von: Herrn Pham Anh Tuan, wegen Ruhestands, und Herrn Le Van"
        " Nghia, wegen Frühpensionierung, aus dem Amt des stellvertretenden Vorsitzenden des Volkskomitees der Provinz"
        " Tien Giang.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _REASONS)
def test_names_listed_with_their_reasons_share_the_post_after_the_list(lang, text):
    assert placed_posts(text, lang) == {_TUAN: {_VICE_TG}, _NGHIA: {_VICE_TG}}


# guards: a reason with no post after the list; a name and its reason, then another clause
_NO_SHARE = [
    (
        "en",
        "Mr. Pham Anh Tuan, due to illness, and Mr. Le Van Nghia, Vice Chairman of the Tien Giang Provincial People's"
        " Committee, were absent.",
        {_TUAN: set(), _NGHIA: {_VICE_TG}},
    ),
    (
        "ar",
        "وغاب السيد فام آنه توان، بسبب المرض، والسيد لي فان نغيا، نائب رئيس اللجنة الشعبية لمقاطعة تيان جيانغ.",
        {_TUAN: set(), _NGHIA: {_VICE_TG}},
    ),
]


@pytest.mark.parametrize(("lang", "text", "want"), _NO_SHARE)
def test_a_reason_without_a_post_after_the_list_gives_none(lang, text, want):
    assert placed_posts(text, lang) == want


# 3. A copula with its subject dropped after the sentence naming the official, an adverb between it and the post (ar
# 'وكان قبل ذلك نائبًا لأمين ...', the accusative; pl 'Był wcześniej zastępcą ...', the instrumental): his post
_CHAIR_NA = ("chair", "peoples_committee", "provincial", "Nghe An")
_DEPUTY_NA = ("deputy_secretary", "party_committee", "provincial", "Nghe An")
_AR_CHAIR = "السيد نغوين فان هونغ هو رئيس اللجنة الشعبية لمقاطعة نغي آن. "
_AR_CHAIR_F = "السيدة نغوين ثي ها هي رئيسة اللجنة الشعبية لمقاطعة نغي آن. "
_PL_CHAIR = "Pan Nguyen Van Hung jest przewodniczącym Komitetu Ludowego Prowincji Nghe An. "
_PL_CHAIR_F = "Pani Nguyen Thi Ha jest przewodniczącą Komitetu Ludowego Prowincji Nghe An. "
_HA = "Nguyen Thi Ha"
_DROPPED = [
    ("ar", _AR_CHAIR + "وكان نائبًا لأمين لجنة الحزب الإقليمية.", _HUNG),
    ("ar", _AR_CHAIR + "وكان قبل ذلك نائبًا لأمين لجنة الحزب الإقليمية.", _HUNG),
    ("ar", _AR_CHAIR + "وقبل ذلك كان نائبًا لأمين لجنة الحزب الإقليمية.", _HUNG),
    ("ar", _AR_CHAIR_F + "وكانت قبل ذلك نائبةً لأمين لجنة الحزب الإقليمية.", _HA),
    ("pl", _PL_CHAIR + "Był wcześniej zastępcą sekretarza Komitetu Partii Prowincji.", _HUNG),
    ("pl", _PL_CHAIR + "Był także zastępcą sekretarza Komitetu Partii Prowincji.", _HUNG),
    ("pl", _PL_CHAIR_F + "Wcześniej była zastępczynią sekretarza Komitetu Partii Prowincji.", _HA),
]


@pytest.mark.parametrize(("lang", "text", "name"), _DROPPED)
def test_a_copula_dropping_its_subject_gives_the_last_official_the_post(lang, text, name):
    assert placed_posts(text, lang) == {name: {_CHAIR_NA, _DEPUTY_NA}}


# guards: the copula's own subject in the nominative, or no post after it
_OWN_SUBJECT = [
    ("ar", _AR_CHAIR + "وكان رئيس الوزراء قد وافق على ذلك."),
    ("ar", _AR_CHAIR + "وكان نائب رئيس الوزراء حاضرًا."),
    ("ar", _AR_CHAIR + "وكان من بين الحاضرين نائب رئيس الوزراء."),
    ("pl", _PL_CHAIR + "Był obecny także przewodniczący Rady Ludowej Prowincji."),
    ("pl", _PL_CHAIR + "Był także obecny wiceprzewodniczący Rady Ludowej Prowincji."),
]


@pytest.mark.parametrize(("lang", "text"), _OWN_SUBJECT)
def test_a_copulas_own_subject_gives_the_last_official_nothing(lang, text):
    assert placed_posts(text, lang) == {_HUNG: {_CHAIR_NA}}


# 4. An earlier adverb between a name and its copula, or between the copula and its complement (vi 'Ông A trước đó là
# Phó Bí thư ...': 'đó' no other subject; ar 'السيد A كان قبل ذلك نائبًا لأمين ...'): the name's post
_EARLIER = [
    ("vi", "Ông Nguyễn Văn Hùng trước đó là Phó Bí thư Tỉnh ủy Nghệ An."),
    ("vi", "Ông Nguyễn Văn Hùng, trước đó là Phó Bí thư Tỉnh ủy Nghệ An, vừa được bầu."),
    ("ar", "السيد نغوين فان هونغ كان قبل ذلك نائبًا لأمين لجنة الحزب بمقاطعة نغي آن."),
]


@pytest.mark.parametrize(("lang", "text"), _EARLIER)
def test_an_earlier_adverb_at_the_copula_keeps_the_names_post(lang, text):
    assert placed_posts(text, lang) == {_HUNG: {_DEPUTY_NA}}


# guard: a determiner's own subject after the name ('A cho rằng đây là trách nhiệm của Bí thư Tỉnh ủy')
def test_a_copula_of_another_subject_after_the_name_stays_unlinked():
    text = "Ông Nguyễn Văn Hùng cho rằng đây là trách nhiệm của Phó Bí thư Tỉnh ủy Nghệ An."
    assert not placed_posts(text, "vi").get(_HUNG)


# 5. A university's president or chair is its rector, as 'Rector of' (en 'President of Hong Duc University' read the
# State President; fr, es, de, pl a chair): head, its vice president deputy_head, of no level
_RECTOR = ("head", "other", None, None)
_VICE_RECTOR = ("deputy_head", "other", None, None)
_UNIVERSITY = [
    ("en", "Mr. Nguyen Van Hung, President of Hong Duc University, attended.", _RECTOR),
    ("en", "Mr. Nguyen Van Hung, Vice President of Hong Duc University, attended.", _VICE_RECTOR),
    ("fr", "M. Nguyen Van Hung, président de l'Université Hong Duc, était présent.", _RECTOR),
    ("fr", "M. Nguyen Van Hung, vice-président de l'Université Hong Duc, était présent.", _VICE_RECTOR),
    ("es", "El Sr. Nguyen Van Hung, presidente de la Universidad Hong Duc, asistió.", _RECTOR),
    ("de", "Herr Nguyen Van Hung, Präsident der Hong Duc Universität, nahm teil.", _RECTOR),
    ("pl", "Pan Nguyen Van Hung, przewodniczący Uniwersytetu Hong Duc, był obecny.", _RECTOR),
]


@pytest.mark.parametrize(("lang", "text", "post"), _UNIVERSITY)
def test_a_universitys_president_is_its_rector(lang, text, post):
    assert placed_posts(text, lang) == {_HUNG: {post}}


# guards: a chair of a body of the university, its party committee's secretary
@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Mr. Nguyen Van Hung, Chairman of the Council of Hong Duc University, attended.",
            ("chair", "other", None, None),
        ),
        (
            "Mr. Nguyen Van Hung, Secretary of the Party Committee of Hong Duc University, attended.",
            ("secretary", "party_committee", "provincial", None),
        ),
    ],
)
def test_a_bodys_chair_in_a_university_stays_its_chair(text, post):
    assert placed_posts(text, "en") == {_HUNG: {post}}


# 6. An opening phrase's object and its apposition (fix24a's opening_verb): ar with a verb-first main clause after a
# modifier that names a body ('... في مقر الحكومة، أشاد رئيس الوزراء': A read nothing), es 'Al recibir al Sr. A' and en
# 'Upon / When receiving Mr. A' (A read the Prime Minister)
_CHAIR_ONLY = [
    (
        "ar",
        "لدى استقبال السيد نغوين فان هونغ، رئيس اللجنة الشعبية لمقاطعة نغي آن في مقر الحكومة، أشاد رئيس الوزراء"
        " بالنتائج.",
    ),
    (
        "ar",
        "لدى استقبال السيد نغوين فان هونغ، رئيس اللجنة الشعبية لمقاطعة نغي آن بمقر الحكومة، أشاد رئيس الوزراء بالنتائج.",
    ),
    (
        "es",
        "Al recibir al Sr. Nguyen Van Hung, presidente del Comité Popular de la provincia de Nghe An en la sede del"
        " Gobierno, el Primer Ministro elogió los resultados.",
    ),
    (
        "es",
        "Al recibir al Sr. Nguyen Van Hung, presidente del Comité Popular de la provincia de Nghe An, el Primer"
        " Ministro elogió los resultados.",
    ),
    (
        "en",
        "Upon receiving Mr. Nguyen Van Hung, Chairman of the Nghe An Provincial People's Committee, the Prime Minister"
        " praised the results.",
    ),
    (
        "en",
        "When receiving Mr. Nguyen Van Hung, Chairman of the Nghe An Provincial People's Committee, the Prime Minister"
        " praised the results.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _CHAIR_ONLY)
def test_an_opening_phrases_object_keeps_its_own_title_only(lang, text):
    assert placed_posts(text, lang) == {_HUNG: {_CHAIR_NA}}


# guard: 'when' before a name, no participle: the name is the subject of its own clause
def test_when_before_a_subject_keeps_its_apposition():
    text = (
        "When Mr. Nguyen Van Hung, Chairman of the Nghe An Provincial People's Committee, arrived, the delegation met"
        " him."
    )
    assert placed_posts(text, "en") == {_HUNG: {_CHAIR_NA}}


# 7. de: an infinitive with zu between its object's titles and the next name ('den Sekretär ... und Rektor der
# Universität aufzufordern, Herrn B ... zu entbinden'): the titles are the object's, not B's (mt31de-01)
def test_a_zu_infinitive_ends_its_objects_titles():
    text = (
        "Die Inspektionskommission des Provinzparteikomitees Thanh Hoa schlug vor, den Sekretär des Parteikomitees und"
        " Rektor der Hong Duc Universität aufzufordern, Herrn Vo Hong Son von seinem Posten als stellvertretender"
        " Direktor des Zentrums für Weiterbildung zu entbinden."
    )
    posts = placed_posts(text, "de")["Vo Hong Son"]
    assert {p[:2] for p in posts} == {("deputy_director", "other")}


# 8. An opening phrase's object with two titles, the second followed by a place ('at the airport', 'tại sân bay', 'في
# المطار') and the main clause's subject after a comma: both titles the object's (review24's left of Medium 4: the second
# was read as the subject with its verb and cut)
_SEC_NA = ("secretary", "party_committee", "provincial", "Nghe An")
_COUNCIL_NA = ("chair", "peoples_council", "provincial", "Nghe An")
_AIRPORT = [
    (
        "en",
        "Welcoming Mr. Nguyen Van Hung, Secretary of the Nghe An Provincial Party Committee, Chairman of the Provincial"
        " People's Council at the airport, the delegation presented flowers.",
    ),
    (
        "vi",
        "Đón đồng chí Nguyễn Văn Hùng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nghệ An tại sân bay, các đại biểu tặng hoa.",
    ),
    (
        "fr",
        "En accueillant M. Nguyen Van Hung, secrétaire du Comité provincial du Parti de Nghe An, président du Conseil"
        " populaire provincial à l'aéroport, la délégation a offert des fleurs.",
    ),
    (
        "pl",
        "Witając pana Nguyen Van Hunga, sekretarza Komitetu Partii Prowincji Nghe An, przewodniczącego Rady Ludowej"
        " Prowincji na lotnisku, delegacja wręczyła kwiaty.",
    ),
    (
        "ar",
        "لدى استقبال السيد نغوين فان هونغ، أمين لجنة الحزب الإقليمية، رئيس مجلس الشعب بمقاطعة نغي آن في المطار، قدم"
        " الوفد الزهور.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _AIRPORT)
def test_a_place_after_the_second_title_keeps_both_the_objects(lang, text):
    assert placed_posts(text, lang) == {_HUNG: {_SEC_NA, _COUNCIL_NA}}


# guard: the subject's own place before its verb, no separator after it ('the Prime Minister at the headquarters
# praised'): still the subject's
def test_a_subject_with_a_place_before_its_verb_stays_the_subjects():
    text = "Congratulating Mr. Nguyen Van Hung, the Prime Minister at the headquarters praised his work."
    assert not placed_posts(text, "en").get(_HUNG)


# 9. es: the imperfect copula drops its subject as 'fue' does ('Era también presidente del Consejo Popular',
# 'Anteriormente era subsecretario ...'); not 'Era necesario ...', 'Era la primera vez que el presidente ...'
_ES_CHAIR = "El Sr. Nguyen Van Hung es presidente del Comité Popular de la provincia de Nghe An. "


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (_ES_CHAIR + "Era también presidente del Consejo Popular.", {_CHAIR_NA, _COUNCIL_NA}),
        (
            _ES_CHAIR + "Anteriormente era subsecretario del Comité Provincial del Partido.",
            {_CHAIR_NA, _DEPUTY_NA},
        ),
        (_ES_CHAIR + "Era necesario mejorar la calidad.", {_CHAIR_NA}),
        (
            _ES_CHAIR + "Era la primera vez que el presidente del Consejo Popular visitaba la zona.",
            {_CHAIR_NA},
        ),
    ],
)
def test_the_es_imperfect_copula_drops_its_subject(text, posts):
    assert placed_posts(text, "es") == {_HUNG: posts}
