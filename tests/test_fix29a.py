"""fix29a: positions in Arabic and Polish on text kg has not read (stop 41): the constructions fix28a left open, each
in every language where it exists, and the cross-language parity of the posts the press states, round 3
(docs/positions.md, "fix29a")."""

import pytest

from tests.helpers import placed_posts
from tests.test_fix27a import _PLACED

_AN = "Nguyen Van An"
_CHAIR = {_AN: {("chair", "peoples_committee", "provincial", "Nghe An")}}

# 1. the signer of a decision, written after the verb and the document (ar VSO 'ووقع القرار رئيس اللجنة ... السيد A'):
# the definite document word is the verb's object, no construct state whose genitive the title is; the title is the
# name's (read no official before: the title was taken as the decision's issuer)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "ووقع القرار رئيس اللجنة الشعبية الإقليمية السيد نغوين فان آن."),
        ("ar", "وقع القرار رئيس اللجنة الشعبية الإقليمية السيد نغوين فان آن أمس."),
        ("ar", "ووقّع القرار رئيس اللجنة الشعبية الإقليمية الرفيق نغوين فان آن."),
        # (read so already)
        ("en", "The decision was signed by Chairman of the Provincial People's Committee Mr. Nguyen Van An."),
        ("fr", "La décision a été signée par le président du Comité populaire provincial, M. Nguyen Van An."),
        ("pl", "Decyzję podpisał przewodniczący Prowincjonalnego Komitetu Ludowego pan Nguyen Van An."),
        ("vi", "Quyết định do Chủ tịch UBND tỉnh ông Nguyễn Văn An ký."),
        (
            "es",
            "La decisión fue firmada por el presidente del Comité Popular Provincial, el Sr. Nguyen Van An.",
        ),
        ("de", "Den Beschluss unterzeichnete der Vorsitzende des Provinzvolkskomitees, Herr Nguyen Van An."),
    ],
)
def test_a_decision_s_signer_after_the_verb_keeps_the_title(lang, text):
    assert placed_posts(_PLACED[lang] + text, lang) == _CHAIR


# (guard) the issuer in a construct state, 'بموجب قرار رئيس ... السيد B': the chairman's decision, the appointee's post
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "بموجب قرار رئيس اللجنة الشعبية الإقليمية السيد تران فان بينه، تم تعيين السيد نغوين فان آن مديرا لإدارة "
            "الصحة.",
        ),
        (
            "ar",
            "وبموجب قرار رئيس اللجنة الشعبية الإقليمية السيد تران فان بينه تم تعيين السيد نغوين فان آن مديرا لإدارة الصحة.",
        ),
    ],
)
def test_an_issuer_in_a_construct_state_stays_the_issuer(lang, text):
    got = placed_posts(_PLACED[lang] + text, lang)
    assert got[_AN] == {("director", "department", "provincial", "Nghe An")}
    assert not any(post[0] == "director" for name, posts in got.items() if name != _AN for post in posts), got


# 2. a participle of charge between a department's name and a province ('Director of the Department of Transport in
# charge of Ha Tinh province projects'): the place is the charge's, not the department's (en, fr, es gave Ha Tinh)
_NO_PLACE = {_AN: {("director", "department", "provincial", None)}}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Mr. Nguyen Van An, Director of the Department of Transport in charge of Ha Tinh province projects, spoke.",
        ),
        (
            "fr",
            "M. Nguyen Van An, directeur du Département des transports chargé des projets de la province de Ha Tinh, "
            "a pris la parole.",
        ),
        (
            "es",
            "El Sr. Nguyen Van An, director del Departamento de Transporte encargado de los proyectos de la provincia "
            "de Ha Tinh, habló.",
        ),
        (
            "en",
            "Mr. Nguyen Van An, Director of the Department of Transport responsible for Ha Tinh province, spoke.",
        ),
        # (read so already)
        (
            "pl",
            "Pan Nguyen Van An, dyrektor Departamentu Transportu odpowiedzialnego za projekty prowincji Ha Tinh, "
            "zabrał głos.",
        ),
        (
            "vi",
            "Ông Nguyễn Văn An, Giám đốc Sở Giao thông vận tải phụ trách các dự án tỉnh Hà Tĩnh, phát biểu.",
        ),
        ("ar", "وتحدث السيد نغوين فان آن، مدير إدارة النقل المسؤول عن مشاريع مقاطعة ها تينه."),
        (
            "de",
            "Herr Nguyen Van An, Direktor des Verkehrsamtes, zuständig für Projekte der Provinz Ha Tinh, sprach.",
        ),
    ],
)
def test_a_charge_s_province_is_no_department_s_place(lang, text):
    assert placed_posts(_PLACED[lang] + text, lang) == _NO_PLACE


# (guard) the department's own province after its name stays its place (fix28a, 61da692d)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Mr. Nguyen Van An, Director of the Department of Transport of Ha Tinh province, spoke."),
        (
            "fr",
            "M. Nguyen Van An, directeur du Département des transports de la province de Ha Tinh, a pris la parole.",
        ),
        (
            "es",
            "El Sr. Nguyen Van An, director del Departamento de Transporte de la provincia de Ha Tinh, habló.",
        ),
    ],
)
def test_a_department_s_own_province_stays_its_place(lang, text):
    assert placed_posts(_PLACED[lang] + text, lang) == {
        _AN: {("director", "department", "provincial", "Ha Tinh")}
    }


# 3. (part 2) a second name's post with the verb left out after a comma and a conjunction ('Mr. A was appointed
# Chairman of ..., and Mr. B Vice Chairman of ...'; the real pl 'a pani B na stanowisko przewodniczącej ...' read so): fr,
# es and pl with a bare role after the second name read it no post (titles._gapped_link wanted no separator at all)
_GAPPED = {
    _AN: {("chair", "peoples_committee", "provincial", "Nghe An")},
    "Tran Van Binh": {("vice_chair", "peoples_committee", "provincial", "Nghe An")},
}
_COUNCIL_HEADS = {
    "Le Thi Hoa": {("head", "peoples_council", "provincial", "Nghe An")},
    "Tran Thi Mai": {("head", "peoples_council", "provincial", "Nghe An")},
}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "M. Nguyen Van An a été nommé président du Comité populaire provincial, et M. Tran Van Binh vice-président "
            "du Comité populaire provincial.",
            _GAPPED,
        ),
        (
            "es",
            "El Sr. Nguyen Van An fue nombrado presidente del Comité Popular Provincial, y el Sr. Tran Van Binh "
            "vicepresidente del Comité Popular Provincial.",
            _GAPPED,
        ),
        (
            "pl",
            "Pan Nguyen Van An został mianowany przewodniczącym Prowincjonalnego Komitetu Ludowego, a pan Tran Van Binh "
            "wiceprzewodniczącym Prowincjonalnego Komitetu Ludowego.",
            _GAPPED,
        ),
        (
            "fr",
            "Mme Le Thi Hoa a été nommée présidente de la Commission économique et budgétaire du Conseil populaire "
            "provincial, et Mme Tran Thi Mai présidente de la Commission de la culture et des affaires sociales du "
            "Conseil populaire provincial.",
            _COUNCIL_HEADS,
        ),
        (
            "es",
            "La Sra. Le Thi Hoa fue nombrada jefa del Comité de Economía y Presupuesto del Consejo Popular Provincial, y "
            "la Sra. Tran Thi Mai jefa del Comité de Cultura y Asuntos Sociales del Consejo Popular Provincial.",
            _COUNCIL_HEADS,
        ),
        # (read so already)
        (
            "en",
            "Mr. Nguyen Van An was appointed Chairman of the Provincial People's Committee, and Mr. Tran Van Binh Vice "
            "Chairman of the Provincial People's Committee.",
            _GAPPED,
        ),
        (
            "de",
            "Herr Nguyen Van An wurde zum Vorsitzenden des Provinzvolkskomitees ernannt und Herr Tran Van Binh zum "
            "stellvertretenden Vorsitzenden des Provinzvolkskomitees.",
            _GAPPED,
        ),
        (
            "pl",
            "Pani Le Thi Hoa została wyznaczona na stanowisko przewodniczącej Komisji Ekonomicznej i Budżetowej "
            "Prowincjonalnej Rady Ludowej, a pani Tran Thi Mai na stanowisko przewodniczącej Komisji Kultury i Spraw "
            "Społecznych Prowincjonalnej Rady Ludowej.",
            _COUNCIL_HEADS,
        ),
        (
            "ar",
            "وعُيّنت السيدة لي ثي هوا رئيسةً للجنة الاقتصادية والميزانية التابعة لمجلس الشعب الإقليمي، والسيدة تران ثي "
            "ماي رئيسةً للجنة الثقافية والاجتماعية التابعة لمجلس الشعب الإقليمي.",
            _COUNCIL_HEADS,
        ),
        (
            "vi",
            "Bà Lê Thị Hoa được bổ nhiệm giữ chức Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh, bà Trần Thị Mai giữ chức "
            "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh.",
            _COUNCIL_HEADS,
        ),
    ],
)
def test_a_second_name_s_post_with_the_verb_left_out(lang, text, want):
    assert placed_posts(_PLACED[lang] + text, lang) == want


# (guards) a second clause with a verb of its own, or no link in the first: the second name takes no post so
@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "M. Nguyen Van An a été nommé président du Comité populaire provincial, et M. Tran Van Binh l'a félicité.",
            {_AN: {("chair", "peoples_committee", "provincial", "Nghe An")}, "Tran Van Binh": set()},
        ),
        (
            "es",
            "El Sr. Nguyen Van An fue nombrado presidente del Comité Popular Provincial, y el Sr. Tran Van Binh lo "
            "felicitó.",
            {_AN: {("chair", "peoples_committee", "provincial", "Nghe An")}, "Tran Van Binh": set()},
        ),
        (
            "fr",
            "M. Nguyen Van An, président du Comité populaire provincial, et M. Tran Van Binh ont assisté à la réunion.",
            {_AN: {("chair", "peoples_committee", "provincial", "Nghe An")}, "Tran Van Binh": set()},
        ),
    ],
)
def test_a_second_name_with_a_verb_of_its_own_takes_no_gapped_post(lang, text, want):
    assert placed_posts(_PLACED[lang] + text, lang) == want


# 4. (part 2) a vote's words between a passive electing link and its role (fr 'a été élu à l'unanimité président du ...',
# es 'fue elegido por unanimidad presidente del ...'): no post (the active 'a élu à l'unanimité le camarade A secrétaire'
# was fixed by fix28a's d41dbee2; en 'was unanimously elected', pl 'jednogłośnie', de 'einstimmig' read it)
_COUNCIL_CHAIR = {_AN: {("chair", "peoples_council", "provincial", "Nghe An")}}
_PROVINCIAL_SECRETARY = {_AN: {("secretary", "party_committee", "provincial", "Nghe An")}}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "M. Nguyen Van An a été élu à l'unanimité président du Conseil populaire provincial.",
            _COUNCIL_CHAIR,
        ),
        (
            "es",
            "El Sr. Nguyen Van An fue elegido por unanimidad presidente del Consejo Popular Provincial.",
            _COUNCIL_CHAIR,
        ),
        (
            "fr",
            "M. Nguyen Van An a été réélu à l'unanimité secrétaire du Comité provincial du Parti.",
            _PROVINCIAL_SECRETARY,
        ),
        (
            "es",
            "El Sr. Nguyen Van An fue reelegido por unanimidad secretario del Comité Provincial del Partido.",
            _PROVINCIAL_SECRETARY,
        ),
        # (read so already)
        (
            "pl",
            "Pan Nguyen Van An został jednogłośnie wybrany przewodniczącym Prowincjonalnej Rady Ludowej.",
            _COUNCIL_CHAIR,
        ),
        (
            "de",
            "Herr Nguyen Van An wurde einstimmig zum Vorsitzenden des Provinzvolksrates gewählt.",
            _COUNCIL_CHAIR,
        ),
        (
            "en",
            "Mr. Nguyen Van An was unanimously elected Chairman of the Provincial People's Council.",
            _COUNCIL_CHAIR,
        ),
        ("ar", "وجرى انتخاب السيد نغوين فان آن رئيسا لمجلس الشعب الإقليمي بالإجماع.", _COUNCIL_CHAIR),
        ("vi", "Ông Nguyễn Văn An được bầu giữ chức Chủ tịch HĐND tỉnh với 100% phiếu.", _COUNCIL_CHAIR),
    ],
)
def test_a_vote_s_words_between_a_passive_link_and_its_role(lang, text, want):
    assert placed_posts(_PLACED[lang] + text, lang) == want


# (guards) the vote's words and another clause's title after them: not the elected name's
@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "M. Nguyen Van An a été élu à l'unanimité et le président du Comité populaire provincial l'a félicité.",
            {_AN: set()},
        ),
        (
            "es",
            "El Sr. Nguyen Van An fue elegido por unanimidad y el presidente del Comité Popular Provincial lo felicitó.",
            {_AN: set()},
        ),
        (
            "fr",
            "M. Nguyen Van An a été élu à l'unanimité, le président du Comité populaire provincial, M. Tran Van Binh, "
            "l'a félicité.",
            {_AN: set(), "Tran Van Binh": {("chair", "peoples_committee", "provincial", "Nghe An")}},
        ),
    ],
)
def test_a_vote_s_words_before_another_clause_s_title_stay(lang, text, want):
    assert placed_posts(_PLACED[lang] + text, lang) == want


# Part 2: cross-language parity, round 3, from Arabic and Polish. Post-stating sentences of constructions test_fix27a and
# test_fix28a do not hold, modelled on the real ar and pl texts (dev pl-010's second name of a pair, pl-002's declined
# roles; the ar definite and indefinite accusatives, duals, the honorific and no title), each varied in its own language
# (word order, case: pl instrumental 'jest sekretarzem', dative 'dyrektorowi', genitive 'na wniosek pana A, dyrektora';
# ar 'السيدان', 'نائبةً', 'وهو', 'وجرى انتخاب', 'سكرتير ... بالمقاطعة') and rendered in the other five; all seven read alike
# after a sentence that places the article in Nghe An. Left out, read wrong in one language only (no real text writes
# them): ar 'اللجنه الشعبيه الاقليميه' (ta marbuta written as ha: no official), pl 'Przewodniczącym ... został wybrany pan A'
# (the instrumental role first: no official), ar 'وهنأ الرئيس الرفيق A' (A the State President: 'الرفيق' after a title
# is the subject's apposition in the press's VSO).
_PARITY29 = {
    "dual_honorific_after_title": (
        {
            "Nguyen Van An": [("vice_chair", "peoples_committee", "provincial", "Nghe An")],
            "Tran Van Binh": [("vice_chair", "peoples_committee", "provincial", "Nghe An")],
        },
        {
            "ar": "وحضر الاجتماع نائبا رئيس اللجنة الشعبية الإقليمية السيدان نغوين فان آن وتران فان بينه.",
            "pl": "W spotkaniu uczestniczyli wiceprzewodniczący Prowincjonalnego Komitetu Ludowego panowie Nguyen Van An i Tran Van Binh.",
            "en": "Attending the meeting were Vice Chairmen of the Provincial People's Committee Nguyen Van An and Tran Van Binh.",
            "fr": "Ont assisté à la réunion les vice-présidents du Comité populaire provincial, MM. Nguyen Van An et Tran Van Binh.",
            "es": "Asistieron a la reunión los vicepresidentes del Comité Popular Provincial, los señores Nguyen Van An y Tran Van Binh.",
            "de": "An der Sitzung nahmen die stellvertretenden Vorsitzenden des Provinzvolkskomitees, die Herren Nguyen Van An und Tran Van Binh, teil.",
            "vi": "Dự cuộc họp có các Phó Chủ tịch UBND tỉnh Nguyễn Văn An và Trần Văn Bình.",
        },
    ),
    "copula_instrumental_district": (
        {"Nguyen Van An": [("secretary", "party_committee", "district", "Nam Dan")]},
        {
            "ar": "ويشغل السيد نغوين فان آن حاليا منصب أمين لجنة الحزب في منطقة نام دان.",
            "pl": "Pan Nguyen Van An jest obecnie sekretarzem Komitetu Partii dystryktu Nam Dan.",
            "en": "Mr. Nguyen Van An is currently Secretary of the Nam Dan District Party Committee.",
            "fr": "M. Nguyen Van An est actuellement secrétaire du Comité du Parti du district de Nam Dan.",
            "es": "El Sr. Nguyen Van An es actualmente secretario del Comité del Partido del distrito de Nam Dan.",
            "de": "Herr Nguyen Van An ist derzeit Sekretär des Parteikomitees des Bezirks Nam Dan.",
            "vi": "Ông Nguyễn Văn An hiện là Bí thư Huyện ủy Nam Đàn.",
        },
    ),
    "became_no_honorific": (
        {"Nguyen Van An": [("chair", "peoples_committee", "provincial", "Nghe An")]},
        {
            "ar": "وفي عام 2020، أصبح نغوين فان آن رئيسا للجنة الشعبية الإقليمية.",
            "pl": "W 2020 roku Nguyen Van An został przewodniczącym Prowincjonalnego Komitetu Ludowego.",
            "en": "In 2020, Nguyen Van An became Chairman of the Provincial People's Committee.",
            "fr": "En 2020, Nguyen Van An est devenu président du Comité populaire provincial.",
            "es": "En 2020, Nguyen Van An se convirtió en presidente del Comité Popular Provincial.",
            "de": "Im Jahr 2020 wurde Nguyen Van An Vorsitzender des Provinzvolkskomitees.",
            "vi": "Năm 2020, Nguyễn Văn An trở thành Chủ tịch UBND tỉnh.",
        },
    ),
    "pronoun_copula_apposition": (
        {"Nguyen Van An": [("vice_chair", "peoples_committee", "provincial", "Nghe An")]},
        {
            "ar": "والتقى الوفد بالسيد نغوين فان آن، وهو نائب رئيس اللجنة الشعبية الإقليمية.",
            "pl": "Delegacja spotkała się z panem Nguyen Van An, który jest wiceprzewodniczącym Prowincjonalnego Komitetu Ludowego.",
            "en": "The delegation met Mr. Nguyen Van An, who is Vice Chairman of the Provincial People's Committee.",
            "fr": "La délégation a rencontré M. Nguyen Van An, qui est vice-président du Comité populaire provincial.",
            "es": "La delegación se reunió con el Sr. Nguyen Van An, quien es vicepresidente del Comité Popular Provincial.",
            "de": "Die Delegation traf Herrn Nguyen Van An, der stellvertretender Vorsitzender des Provinzvolkskomitees ist.",
            "vi": "Đoàn đã gặp ông Nguyễn Văn An, là Phó Chủ tịch UBND tỉnh.",
        },
    ),
    "instrumental_apposition_chain": (
        {
            "Nguyen Van An": [
                ("member", "central_committee", "central", None),
                ("secretary", "party_committee", "provincial", "Nghe An"),
            ]
        },
        {
            "ar": "والتقى الوفد بالرفيق نغوين فان آن، عضو اللجنة المركزية للحزب، أمين لجنة الحزب الإقليمية.",
            "pl": "Delegacja spotkała się z towarzyszem Nguyen Van An, członkiem Komitetu Centralnego Partii, sekretarzem Prowincjonalnego Komitetu Partii.",
            "en": "The delegation met with Comrade Nguyen Van An, member of the Party Central Committee, Secretary of the Provincial Party Committee.",
            "fr": "La délégation a rencontré le camarade Nguyen Van An, membre du Comité central du Parti, secrétaire du Comité provincial du Parti.",
            "es": "La delegación se reunió con el camarada Nguyen Van An, miembro del Comité Central del Partido, secretario del Comité Provincial del Partido.",
            "de": "Die Delegation traf Genossen Nguyen Van An, Mitglied des Zentralkomitees der Partei, Sekretär des Provinzparteikomitees.",
            "vi": "Đoàn đã gặp đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy.",
        },
    ),
    "dative_apposition": (
        {"Nguyen Van An": [("director", "department", "provincial", "Nghe An")]},
        {
            "ar": "وسلم الرئيس القرار إلى السيد نغوين فان آن، مدير إدارة الصحة.",
            "pl": "Przewodniczący wręczył decyzję panu Nguyen Van An, dyrektorowi Departamentu Zdrowia.",
            "en": "The Chairman handed the decision to Mr. Nguyen Van An, Director of the Department of Health.",
            "fr": "Le président a remis la décision à M. Nguyen Van An, directeur du Département de la Santé.",
            "es": "El presidente entregó la decisión al Sr. Nguyen Van An, director del Departamento de Salud.",
            "de": "Der Vorsitzende überreichte Herrn Nguyen Van An, Direktor des Gesundheitsamtes, den Beschluss.",
            "vi": "Chủ tịch trao quyết định cho ông Nguyễn Văn An, Giám đốc Sở Y tế.",
        },
    ),
    "genitive_proposal": (
        {"Nguyen Van An": [("director", "department", "provincial", "Nghe An")]},
        {
            "ar": "وبناء على اقتراح السيد نغوين فان آن، مدير إدارة الصحة، وافقت اللجنة.",
            "pl": "Na wniosek pana Nguyen Van An, dyrektora Departamentu Zdrowia, komitet wyraził zgodę.",
            "en": "At the proposal of Mr. Nguyen Van An, Director of the Department of Health, the committee agreed.",
            "fr": "Sur proposition de M. Nguyen Van An, directeur du Département de la Santé, le comité a donné son accord.",
            "es": "A propuesta del Sr. Nguyen Van An, director del Departamento de Salud, el comité dio su aprobación.",
            "de": "Auf Vorschlag von Herrn Nguyen Van An, Direktor des Gesundheitsamtes, stimmte das Komitee zu.",
            "vi": "Theo đề nghị của ông Nguyễn Văn An, Giám đốc Sở Y tế, ủy ban đã đồng ý.",
        },
    ),
    "feminine_elected_deputy": (
        {"Le Thi Hoa": [("vice_chair", "peoples_council", "provincial", "Nghe An")]},
        {
            "ar": "وانتُخبت السيدة لي ثي هوا نائبةً لرئيس مجلس الشعب الإقليمي.",
            "pl": "Pani Le Thi Hoa została wybrana na wiceprzewodniczącą Prowincjonalnej Rady Ludowej.",
            "en": "Ms. Le Thi Hoa was elected Vice Chairwoman of the Provincial People's Council.",
            "fr": "Mme Le Thi Hoa a été élue vice-présidente du Conseil populaire provincial.",
            "es": "La Sra. Le Thi Hoa fue elegida vicepresidenta del Consejo Popular Provincial.",
            "de": "Frau Le Thi Hoa wurde zur stellvertretenden Vorsitzenden des Provinzvolksrates gewählt.",
            "vi": "Bà Lê Thị Hoa được bầu giữ chức Phó Chủ tịch HĐND tỉnh.",
        },
    ),
    "feminine_deputy_secretary_apposition": (
        {"Le Thi Hoa": [("deputy_secretary", "party_committee", "provincial", "Nghe An")]},
        {
            "ar": "وحضرت الرفيقة لي ثي هوا، نائبة أمين لجنة الحزب الإقليمية، المؤتمر.",
            "pl": "W konferencji wzięła udział towarzyszka Le Thi Hoa, zastępczyni sekretarza Prowincjonalnego Komitetu Partii.",
            "en": "Comrade Le Thi Hoa, Deputy Secretary of the Provincial Party Committee, attended the conference.",
            "fr": "La camarade Le Thi Hoa, secrétaire adjointe du Comité provincial du Parti, a assisté à la conférence.",
            "es": "La camarada Le Thi Hoa, subsecretaria del Comité Provincial del Partido, asistió a la conferencia.",
            "de": "Genossin Le Thi Hoa, stellvertretende Sekretärin des Provinzparteikomitees, nahm an der Konferenz teil.",
            "vi": "Đồng chí Lê Thị Hoa, Phó Bí thư Tỉnh ủy, dự hội nghị.",
        },
    ),
    "two_named_elected_dual": (
        {
            "Nguyen Van An": [("vice_chair", "peoples_council", "provincial", "Nghe An")],
            "Tran Van Binh": [("vice_chair", "peoples_council", "provincial", "Nghe An")],
        },
        {
            "ar": "وانتُخب السيدان نغوين فان آن وتران فان بينه نائبين لرئيس مجلس الشعب الإقليمي.",
            "pl": "Panowie Nguyen Van An i Tran Van Binh zostali wybrani na wiceprzewodniczących Prowincjonalnej Rady Ludowej.",
            "en": "Mr. Nguyen Van An and Mr. Tran Van Binh were elected Vice Chairmen of the Provincial People's Council.",
            "fr": "MM. Nguyen Van An et Tran Van Binh ont été élus vice-présidents du Conseil populaire provincial.",
            "es": "Los señores Nguyen Van An y Tran Van Binh fueron elegidos vicepresidentes del Consejo Popular Provincial.",
            "de": "Die Herren Nguyen Van An und Tran Van Binh wurden zu stellvertretenden Vorsitzenden des Provinzvolksrates gewählt.",
            "vi": "Ông Nguyễn Văn An và ông Trần Văn Bình được bầu giữ chức Phó Chủ tịch HĐND tỉnh.",
        },
    ),
    "chaired_by_genitive": (
        {"Nguyen Van An": [("secretary", "party_committee", "provincial", "Nghe An")]},
        {
            "ar": "وعُقد المؤتمر برئاسة الرفيق نغوين فان آن، أمين لجنة الحزب الإقليمية.",
            "pl": "Konferencja odbyła się pod przewodnictwem towarzysza Nguyen Van An, sekretarza Prowincjonalnego Komitetu Partii.",
            "en": "The conference was chaired by Comrade Nguyen Van An, Secretary of the Provincial Party Committee.",
            "fr": "La conférence a été présidée par le camarade Nguyen Van An, secrétaire du Comité provincial du Parti.",
            "es": "La conferencia fue presidida por el camarada Nguyen Van An, secretario del Comité Provincial del Partido.",
            "de": "Die Konferenz wurde von Genosse Nguyen Van An, Sekretär des Provinzparteikomitees, geleitet.",
            "vi": "Hội nghị do đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy chủ trì.",
        },
    ),
    "district_vice_chair_chain": (
        {"Nguyen Van An": [("vice_chair", "peoples_committee", "district", "Nam Dan")]},
        {
            "ar": "وقدم نائب رئيس اللجنة الشعبية لمنطقة نام دان نغوين فان آن التقرير.",
            "pl": "Zastępca przewodniczącego Komitetu Ludowego dystryktu Nam Dan Nguyen Van An przedstawił raport.",
            "en": "Vice Chairman of the Nam Dan District People's Committee Nguyen Van An presented the report.",
            "fr": "Le vice-président du Comité populaire du district de Nam Dan, Nguyen Van An, a présenté le rapport.",
            "es": "El vicepresidente del Comité Popular del distrito de Nam Dan, Nguyen Van An, presentó el informe.",
            "de": "Der stellvertretende Vorsitzende des Volkskomitees des Bezirks Nam Dan, Nguyen Van An, stellte den Bericht vor.",
            "vi": "Phó Chủ tịch UBND huyện Nam Đàn Nguyễn Văn An trình bày báo cáo.",
        },
    ),
    "long_department_place": (
        {"Nguyen Van An": [("director", "department", "provincial", "Nghe An")]},
        {
            "ar": "وقال السيد نغوين فان آن، مدير إدارة الزراعة والتنمية الريفية في مقاطعة نغي آن، إن المحصول جيد.",
            "pl": "Pan Nguyen Van An, dyrektor Departamentu Rolnictwa i Rozwoju Wsi prowincji Nghe An, powiedział, że zbiory są dobre.",
            "en": "Mr. Nguyen Van An, Director of the Department of Agriculture and Rural Development of Nghe An province, said the harvest was good.",
            "fr": "M. Nguyen Van An, directeur du Département de l'Agriculture et du Développement rural de la province de Nghe An, a déclaré que la récolte était bonne.",
            "es": "El Sr. Nguyen Van An, director del Departamento de Agricultura y Desarrollo Rural de la provincia de Nghe An, dijo que la cosecha era buena.",
            "de": "Herr Nguyen Van An, Direktor des Amtes für Landwirtschaft und ländliche Entwicklung der Provinz Nghe An, sagte, die Ernte sei gut.",
            "vi": "Ông Nguyễn Văn An, Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An, cho biết vụ mùa tốt.",
        },
    ),
    "title_first_comma_honorific": (
        {"Nguyen Van An": [("director", "department", "provincial", "Nghe An")]},
        {
            "ar": "وقال مدير إدارة الصحة، السيد نغوين فان آن، إن المستشفيات جاهزة.",
            "pl": "Dyrektor Departamentu Zdrowia, pan Nguyen Van An, powiedział, że szpitale są gotowe.",
            "en": "Director of the Department of Health, Mr. Nguyen Van An, said the hospitals were ready.",
            "fr": "Le directeur du Département de la Santé, M. Nguyen Van An, a déclaré que les hôpitaux étaient prêts.",
            "es": "El director del Departamento de Salud, el Sr. Nguyen Van An, dijo que los hospitales estaban listos.",
            "de": "Der Direktor des Gesundheitsamtes, Herr Nguyen Van An, sagte, die Krankenhäuser seien bereit.",
            "vi": "Giám đốc Sở Y tế, ông Nguyễn Văn An, cho biết các bệnh viện đã sẵn sàng.",
        },
    ),
    "honorific_before_title": (
        {"Le Thi Hoa": [("vice_chair", "peoples_committee", "provincial", "Nghe An")]},
        {
            "ar": "وقالت السيدة نائبة رئيس اللجنة الشعبية الإقليمية لي ثي هوا إن العمل مستمر.",
            "pl": "Pani wiceprzewodnicząca Prowincjonalnego Komitetu Ludowego Le Thi Hoa powiedziała, że prace trwają.",
            "en": "Madam Vice Chairwoman of the Provincial People's Committee Le Thi Hoa said the work continued.",
            "fr": "Mme la vice-présidente du Comité populaire provincial Le Thi Hoa a déclaré que les travaux se poursuivaient.",
            "es": "La señora vicepresidenta del Comité Popular Provincial Le Thi Hoa dijo que las obras continuaban.",
            "de": "Frau stellvertretende Vorsitzende des Provinzvolkskomitees Le Thi Hoa sagte, die Arbeiten gingen weiter.",
            "vi": "Bà Phó Chủ tịch UBND tỉnh Lê Thị Hoa cho biết công việc vẫn tiếp tục.",
        },
    ),
    "masdar_jara": (
        {"Nguyen Van An": [("chair", "peoples_council", "provincial", "Nghe An")]},
        {
            "ar": "وجرى انتخاب السيد نغوين فان آن رئيسا لمجلس الشعب الإقليمي بالإجماع.",
            "pl": "Pana Nguyen Van An jednogłośnie wybrano na przewodniczącego Prowincjonalnej Rady Ludowej.",
            "en": "Mr. Nguyen Van An was unanimously elected Chairman of the Provincial People's Council.",
            "fr": "M. Nguyen Van An a été élu à l'unanimité président du Conseil populaire provincial.",
            "es": "El Sr. Nguyen Van An fue elegido por unanimidad presidente del Consejo Popular Provincial.",
            "de": "Herr Nguyen Van An wurde einstimmig zum Vorsitzenden des Provinzvolksrates gewählt.",
            "vi": "Ông Nguyễn Văn An được bầu giữ chức Chủ tịch HĐND tỉnh với 100% phiếu.",
        },
    ),
    "na_vice_chair_presence": (
        {"Le Thi Hoa": [("vice_chair", "national_assembly", "central", None)]},
        {
            "ar": "بحضور الرفيقة لي ثي هوا، نائبة رئيس الجمعية الوطنية، افتتح المؤتمر.",
            "pl": "W obecności towarzyszki Le Thi Hoa, wiceprzewodniczącej Zgromadzenia Narodowego, otwarto konferencję.",
            "en": "In the presence of Comrade Le Thi Hoa, Vice Chairwoman of the National Assembly, the conference opened.",
            "fr": "En présence de la camarade Le Thi Hoa, vice-présidente de l'Assemblée nationale, la conférence s'est ouverte.",
            "es": "En presencia de la camarada Le Thi Hoa, vicepresidenta de la Asamblea Nacional, se inauguró la conferencia.",
            "de": "In Anwesenheit von Genossin Le Thi Hoa, stellvertretende Vorsitzende der Nationalversammlung, wurde die Konferenz eröffnet.",
            "vi": "Với sự tham dự của đồng chí Lê Thị Hoa, Phó Chủ tịch Quốc hội, hội nghị khai mạc.",
        },
    ),
    "sekretir_bi_place": (
        {"Nguyen Van An": [("secretary", "party_committee", "provincial", "Nghe An")]},
        {
            "ar": "وأكد السيد نغوين فان آن، سكرتير لجنة الحزب بالمقاطعة، أن المهمة عاجلة.",
            "pl": "Pan Nguyen Van An, sekretarz Komitetu Partii prowincji, podkreślił, że zadanie jest pilne.",
            "en": "Mr. Nguyen Van An, Secretary of the Party Committee of the province, stressed that the task was urgent.",
            "fr": "M. Nguyen Van An, secrétaire du Comité du Parti de la province, a souligné que la tâche était urgente.",
            "es": "El Sr. Nguyen Van An, secretario del Comité del Partido de la provincia, subrayó que la tarea era urgente.",
            "de": "Herr Nguyen Van An, Sekretär des Parteikomitees der Provinz, betonte, die Aufgabe sei dringend.",
            "vi": "Ông Nguyễn Văn An, Bí thư Tỉnh ủy, nhấn mạnh nhiệm vụ là cấp bách.",
        },
    ),
    "short_province_chairman": (
        {"Nguyen Van An": [("chair", "peoples_committee", "provincial", "Nghe An")]},
        {
            "ar": "وقال رئيس مقاطعة نغي آن نغوين فان آن إن المقاطعة مستعدة.",
            "pl": "Przewodniczący prowincji Nghe An Nguyen Van An powiedział, że prowincja jest gotowa.",
            "en": "Chairman of Nghe An province Nguyen Van An said the province was ready.",
            "fr": "Le président de la province de Nghe An, Nguyen Van An, a déclaré que la province était prête.",
            "es": "El presidente de la provincia de Nghe An, Nguyen Van An, dijo que la provincia estaba lista.",
            "de": "Der Vorsitzende der Provinz Nghe An, Nguyen Van An, sagte, die Provinz sei bereit.",
            "vi": "Chủ tịch tỉnh Nghệ An Nguyễn Văn An cho biết tỉnh đã sẵn sàng.",
        },
    ),
    "party_secretary_short": (
        {"Nguyen Van An": [("secretary", "party_committee", "provincial", "Nghe An")]},
        {
            "ar": "وقال أمين الحزب في مقاطعة نغي آن نغوين فان آن إن المقاطعة مستعدة.",
            "pl": "Sekretarz partii prowincji Nghe An Nguyen Van An powiedział, że prowincja jest gotowa.",
            "en": "Nghe An Party Secretary Nguyen Van An said the province was ready.",
            "fr": "Le secrétaire du Parti de la province de Nghe An, Nguyen Van An, a déclaré que la province était prête.",
            "es": "El secretario del Partido de la provincia de Nghe An, Nguyen Van An, dijo que la provincia estaba lista.",
            "de": "Der Parteisekretär der Provinz Nghe An, Nguyen Van An, sagte, die Provinz sei bereit.",
            "vi": "Bí thư Tỉnh ủy Nghệ An Nguyễn Văn An cho biết tỉnh đã sẵn sàng.",
        },
    ),
    "dash_apposition": (
        {"Nguyen Van An": [("director", "department", "provincial", "Nghe An")]},
        {
            "ar": "وقال السيد نغوين فان آن - مدير إدارة الصحة - إن المستشفيات جاهزة.",
            "pl": "Pan Nguyen Van An – dyrektor Departamentu Zdrowia – powiedział, że szpitale są gotowe.",
            "en": "Mr. Nguyen Van An – Director of the Department of Health – said the hospitals were ready.",
            "fr": "M. Nguyen Van An – directeur du Département de la Santé – a déclaré que les hôpitaux étaient prêts.",
            "es": "El Sr. Nguyen Van An – director del Departamento de Salud – dijo que los hospitales estaban listos.",
            "de": "Herr Nguyen Van An – Direktor des Gesundheitsamtes – sagte, die Krankenhäuser seien bereit.",
            "vi": "Ông Nguyễn Văn An - Giám đốc Sở Y tế - cho biết các bệnh viện đã sẵn sàng.",
        },
    ),
    "vice_chairs_colon_list": (
        {
            "Nguyen Van An": [("vice_chair", "peoples_committee", "provincial", "Nghe An")],
            "Tran Van Binh": [("vice_chair", "peoples_committee", "provincial", "Nghe An")],
        },
        {
            "ar": "وحضر الاجتماع نواب رئيس اللجنة الشعبية الإقليمية: السيد نغوين فان آن والسيد تران فان بينه.",
            "pl": "W spotkaniu uczestniczyli wiceprzewodniczący Prowincjonalnego Komitetu Ludowego: pan Nguyen Van An i pan Tran Van Binh.",
            "en": "Attending the meeting were the Vice Chairmen of the Provincial People's Committee: Mr. Nguyen Van An and Mr. Tran Van Binh.",
            "fr": "Ont assisté à la réunion les vice-présidents du Comité populaire provincial : M. Nguyen Van An et M. Tran Van Binh.",
            "es": "Asistieron a la reunión los vicepresidentes del Comité Popular Provincial: el Sr. Nguyen Van An y el Sr. Tran Van Binh.",
            "de": "An der Sitzung nahmen die stellvertretenden Vorsitzenden des Provinzvolkskomitees teil: Herr Nguyen Van An und Herr Tran Van Binh.",
            "vi": "Dự cuộc họp có các Phó Chủ tịch UBND tỉnh: ông Nguyễn Văn An và ông Trần Văn Bình.",
        },
    ),
    "relieved_genitive_pl": (
        {"Nguyen Van An": [("vice_chair", "peoples_committee", "provincial", "Nghe An")]},
        {
            "ar": "ووافق المجلس على إعفاء السيد نغوين فان آن من منصب نائب رئيس اللجنة الشعبية الإقليمية.",
            "pl": "Rada zatwierdziła odwołanie pana Nguyen Van An ze stanowiska wiceprzewodniczącego Prowincjonalnego Komitetu Ludowego.",
            "en": "The Council approved the dismissal of Mr. Nguyen Van An from the position of Vice Chairman of the Provincial People's Committee.",
            "fr": "Le Conseil a approuvé la révocation de M. Nguyen Van An du poste de vice-président du Comité populaire provincial.",
            "es": "El Consejo aprobó la destitución del Sr. Nguyen Van An del cargo de vicepresidente del Comité Popular Provincial.",
            "de": "Der Rat billigte die Abberufung von Herrn Nguyen Van An vom Amt des stellvertretenden Vorsitzenden des Provinzvolkskomitees.",
            "vi": "HĐND tỉnh thông qua việc miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Nguyễn Văn An.",
        },
    ),
    "secretary_and_council_chair_shared": (
        {
            "Nguyen Van An": [
                ("chair", "peoples_council", "provincial", "Nghe An"),
                ("secretary", "party_committee", "provincial", "Nghe An"),
            ]
        },
        {
            "ar": "وترأس الاجتماع الرفيق نغوين فان آن، أمين لجنة الحزب الإقليمية ورئيس مجلس الشعب الإقليمي.",
            "pl": "Spotkaniu przewodniczył towarzysz Nguyen Van An, sekretarz Prowincjonalnego Komitetu Partii i przewodniczący Prowincjonalnej Rady Ludowej.",
            "en": "The meeting was chaired by Comrade Nguyen Van An, Secretary of the Provincial Party Committee and Chairman of the Provincial People's Council.",
            "fr": "La réunion a été présidée par le camarade Nguyen Van An, secrétaire du Comité provincial du Parti et président du Conseil populaire provincial.",
            "es": "La reunión fue presidida por el camarada Nguyen Van An, secretario del Comité Provincial del Partido y presidente del Consejo Popular Provincial.",
            "de": "Die Sitzung wurde von Genosse Nguyen Van An, Sekretär des Provinzparteikomitees und Vorsitzender des Provinzvolksrates, geleitet.",
            "vi": "Chủ trì cuộc họp có đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.",
        },
    ),
    "council_legal_committee_deputy": (
        {"Nguyen Van An": [("deputy_head", "peoples_council", "provincial", "Nghe An")]},
        {
            "ar": "وقدم السيد نغوين فان آن، نائب رئيس اللجنة القانونية التابعة لمجلس الشعب الإقليمي، التقرير.",
            "pl": "Raport przedstawił pan Nguyen Van An, zastępca przewodniczącego Komisji Prawnej Prowincjonalnej Rady Ludowej.",
            "en": "Mr. Nguyen Van An, Deputy Head of the Legal Committee of the Provincial People's Council, presented the report.",
            "fr": "M. Nguyen Van An, chef adjoint de la Commission juridique du Conseil populaire provincial, a présenté le rapport.",
            "es": "El Sr. Nguyen Van An, subjefe del Comité Jurídico del Consejo Popular Provincial, presentó el informe.",
            "de": "Herr Nguyen Van An, stellvertretender Leiter des Rechtsausschusses des Provinzvolksrates, stellte den Bericht vor.",
            "vi": "Ông Nguyễn Văn An, Phó Trưởng Ban Pháp chế HĐND tỉnh, trình bày báo cáo.",
        },
    ),
    "district_secretary_accusative_no_name": (
        {"Nguyen Van An": [("secretary", "party_committee", "district", "Nam Dan")]},
        {
            "ar": "وانتُخب الرفيق نغوين فان آن أمينا للجنة الحزب في منطقة نام دان.",
            "pl": "Towarzysz Nguyen Van An został wybrany na sekretarza Komitetu Partii dystryktu Nam Dan.",
            "en": "Comrade Nguyen Van An was elected Secretary of the Nam Dan District Party Committee.",
            "fr": "Le camarade Nguyen Van An a été élu secrétaire du Comité du Parti du district de Nam Dan.",
            "es": "El camarada Nguyen Van An fue elegido secretario del Comité del Partido del distrito de Nam Dan.",
            "de": "Genosse Nguyen Van An wurde zum Sekretär des Parteikomitees des Bezirks Nam Dan gewählt.",
            "vi": "Đồng chí Nguyễn Văn An được bầu giữ chức Bí thư Huyện ủy Nam Đàn.",
        },
    ),
    "instrumental_after_copula_past": (
        {"Nguyen Van An": [("vice_chair", "peoples_council", "provincial", "Nghe An")]},
        {
            "ar": "وقبل ذلك، كان السيد نغوين فان آن نائبا لرئيس مجلس الشعب الإقليمي.",
            "pl": "Wcześniej pan Nguyen Van An był wiceprzewodniczącym Prowincjonalnej Rady Ludowej.",
            "en": "Previously, Mr. Nguyen Van An was Vice Chairman of the Provincial People's Council.",
            "fr": "Auparavant, M. Nguyen Van An était vice-président du Conseil populaire provincial.",
            "es": "Anteriormente, el Sr. Nguyen Van An era vicepresidente del Consejo Popular Provincial.",
            "de": "Zuvor war Herr Nguyen Van An stellvertretender Vorsitzender des Provinzvolksrates.",
            "vi": "Trước đó, ông Nguyễn Văn An là Phó Chủ tịch HĐND tỉnh.",
        },
    ),
    "ar_kana_accusative_definite": (
        {"Nguyen Van An": [("chair", "peoples_council", "provincial", "Nghe An")]},
        {
            "ar": "وكان السيد نغوين فان آن رئيس مجلس الشعب الإقليمي في الفترة السابقة.",
            "pl": "Pan Nguyen Van An był przewodniczącym Prowincjonalnej Rady Ludowej w poprzedniej kadencji.",
            "en": "Mr. Nguyen Van An was Chairman of the Provincial People's Council in the previous term.",
            "fr": "M. Nguyen Van An était président du Conseil populaire provincial au cours du mandat précédent.",
            "es": "El Sr. Nguyen Van An fue presidente del Consejo Popular Provincial en el mandato anterior.",
            "de": "Herr Nguyen Van An war in der vorigen Amtszeit Vorsitzender des Provinzvolksrates.",
            "vi": "Ông Nguyễn Văn An là Chủ tịch HĐND tỉnh nhiệm kỳ trước.",
        },
    ),
}


@pytest.mark.parametrize(
    ("construction", "lang"), [(c, lang) for c, (_, texts) in _PARITY29.items() for lang in texts]
)
def test_the_seven_editions_read_a_post_alike_round_3(construction, lang):
    want, texts = _PARITY29[construction]
    got = placed_posts(_PLACED[lang] + texts[lang], lang)
    assert got == {name: set(posts) for name, posts in want.items()}
