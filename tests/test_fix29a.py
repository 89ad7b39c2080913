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
