"""fix28a: positions on text kg has not read (stop 41): the constructions stop 40 left open, each in every language
where it exists, and the cross-language parity of the posts the press states, round 2 (docs/positions.md, "fix28a")."""

import pytest

from tests.helpers import extracted, placed_posts
from tests.test_fix27a import _PLACED as _OPENING28

_AN = "Nguyen Van An"
_DIRECTOR = ("director", "department", "provincial", None)
_VICE_PPC = ("vice_chair", "peoples_committee", "provincial", None)

# 1. an appointment after an apposition: 'Mr. A, Director of the Department of Finance, is appointed Vice Chairman of
# ...'. ar writes the appointed deputy in the accusative, 'نائبا لرئيس', the dual's spelling too: not a plural role
# naming other people after the name's own title


@pytest.mark.parametrize(
    ("lang", "text", "posts"),
    [
        (
            "ar",
            "عُيّن السيد نغوين فان آن، مدير إدارة المالية، نائبا لرئيس اللجنة الشعبية الإقليمية.",
            {_DIRECTOR, _VICE_PPC},
        ),
        (
            "ar",
            "تم تعيين السيد نغوين فان آن، مدير إدارة المالية، نائبا لمدير إدارة التخطيط والاستثمار.",
            {_DIRECTOR, ("deputy_director", "department", "provincial", None)},
        ),
        (
            "ar",
            "عيّن رئيس اللجنة الشعبية الإقليمية السيد نغوين فان آن، مدير إدارة المالية، نائبا لرئيس مجلس الشعب الإقليمي.",
            {_DIRECTOR, ("vice_chair", "peoples_council", "provincial", None)},
        ),
        (
            "ar",
            "وانتخب السيد نغوين فان آن، مدير إدارة المالية، نائبا لأمين لجنة الحزب الإقليمية.",
            {_DIRECTOR, ("deputy_secretary", "party_committee", "provincial", None)},
        ),
        # (read so already: the tanwin, no apposition, another accusative)
        (
            "ar",
            "تم تعيين السيد نغوين فان آن، مدير إدارة المالية، نائبًا لرئيس اللجنة الشعبية الإقليمية.",
            {_DIRECTOR, _VICE_PPC},
        ),
        ("ar", "تم تعيين السيد نغوين فان آن نائبا لرئيس اللجنة الشعبية الإقليمية.", {_VICE_PPC}),
        (
            "ar",
            "تم تعيين السيد نغوين فان آن، مدير إدارة المالية، رئيسا للجنة الشعبية الإقليمية.",
            {_DIRECTOR, ("chair", "peoples_committee", "provincial", None)},
        ),
        # the other editions
        (
            "en",
            "Mr. Nguyen Van An, Director of the Department of Finance, was appointed Vice Chairman of the Provincial "
            "People's Committee.",
            {_DIRECTOR, _VICE_PPC},
        ),
        (
            "fr",
            "M. Nguyen Van An, directeur du Département des Finances, a été nommé vice-président du Comité populaire "
            "provincial.",
            {_DIRECTOR, _VICE_PPC},
        ),
        (
            "es",
            "El Sr. Nguyen Van An, director del Departamento de Finanzas, fue nombrado vicepresidente del Comité Popular "
            "Provincial.",
            {_DIRECTOR, _VICE_PPC},
        ),
        (
            "de",
            "Herr Nguyen Van An, Direktor des Finanzamtes, wurde zum stellvertretenden Vorsitzenden des "
            "Provinzvolkskomitees ernannt.",
            {_DIRECTOR, _VICE_PPC},
        ),
        (
            "pl",
            "Pan Nguyen Van An, dyrektor Departamentu Finansów, został mianowany wiceprzewodniczącym Prowincjonalnego "
            "Komitetu Ludowego.",
            {_DIRECTOR, _VICE_PPC},
        ),
        (
            "vi",
            "Ông Nguyễn Văn An, Giám đốc Sở Tài chính được bổ nhiệm làm Phó Chủ tịch UBND tỉnh.",
            {_DIRECTOR, _VICE_PPC},
        ),
    ],
)
def test_an_appointment_after_an_apposition_is_the_name_s(lang, text, posts):
    assert placed_posts(text, lang) == {_AN: posts}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the dual after the name's title, and after a conjunction: two other people, no post of the name's
        (
            "ترأس الجلسة السيد نغوين فان آن، رئيس مجلس الشعب الإقليمي، ونائبا رئيس مجلس الشعب الإقليمي.",
            {("chair", "peoples_council", "provincial", None)},
        ),
        (
            "حضر الاجتماع السيد نغوين فان آن، رئيس اللجنة الشعبية الإقليمية، ونائبا رئيس اللجنة الشعبية الإقليمية.",
            {("chair", "peoples_committee", "provincial", None)},
        ),
        # (the dual's oblique case before the same title link: met two vice chairmen, test_mt13_mt13a)
        (
            "التقى السيد نغوين فان آن، أمين لجنة الحزب في بلدية كي شوان، بنائبين لرئيس اللجنة الشعبية الإقليمية.",
            {("secretary", "party_committee", "commune", None)},
        ),
    ],
)
def test_the_dual_after_a_title_stays_other_people_s(text, want):
    assert placed_posts(text, "ar")[_AN] == want


# 2. the holders of a plural role listed after a verb of composition and a colon, a term phrase or none between the
# body and the list: 'The Vice Presidents of the Vietnam Fatherland Front Central Committee include comrades: A, B'
# (en: no plural 'vice presidents of the' row; de: 'gehören' only a members_list cue; ar: 'كلا من', the accusative of
# the list marker 'كل من')
_VFF = {
    name: {("vice_chair", "fatherland_front", "central", None)}
    for name in (_AN, "Tran Van Binh", "Le Thi Hoa")
}
_LISTED = "Nguyen Van An, Tran Van Binh, Le Thi Hoa."
_LISTED_AR = "نغوين فان آن، تران فان بينه، لي ثي هوا."


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            f"The Vice Presidents of the Vietnam Fatherland Front Central Committee include comrades: {_LISTED}",
        ),
        (
            "en",
            "The Vice Presidents of the Vietnam Fatherland Front Central Committee for the 2024-2029 term include "
            f"comrades: {_LISTED}",
        ),
        (
            "en",
            f"The Vice Presidents of the Vietnam Fatherland Front Central Committee are comrades: {_LISTED}",
        ),
        (
            "de",
            f"Zu den Vizepräsidenten des Zentralkomitees der Vaterländischen Front Vietnams gehören die Genossen: {_LISTED}",
        ),
        (
            "de",
            "Zu den Vizepräsidenten des Zentralkomitees der Vaterländischen Front Vietnams für die Amtszeit 2024-2029 "
            f"gehören die Genossen: {_LISTED}",
        ),
        (
            "ar",
            f"ويضم نواب رئيس اللجنة المركزية لجبهة الوطن الفيتنامية للفترة 2024-2029 كلا من الرفاق: {_LISTED_AR}",
        ),
        # (read so already)
        (
            "ar",
            f"ويضم نواب رئيس اللجنة المركزية لجبهة الوطن الفيتنامية للفترة 2024-2029 الرفاق: {_LISTED_AR}",
        ),
        (
            "fr",
            "Les vice-présidents du Comité central du Front de la Patrie du Vietnam pour le mandat 2024-2029 comprennent "
            f"les camarades : {_LISTED}",
        ),
        (
            "es",
            "Los vicepresidentes del Comité Central del Frente de la Patria de Vietnam para el mandato 2024-2029 son los "
            f"camaradas: {_LISTED}",
        ),
        (
            "pl",
            "Wiceprzewodniczącymi Komitetu Centralnego Frontu Ojczyzny Wietnamu na kadencję 2024-2029 są towarzysze: "
            f"{_LISTED}",
        ),
        (
            "vi",
            "Các Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam nhiệm kỳ 2024-2029 gồm các đồng chí: Nguyễn Văn An, Trần "
            "Văn Bình, Lê Thị Hoa.",
        ),
        ("de", f"Die Vizepräsidenten des Zentralkomitees der Vaterländischen Front Vietnams sind: {_LISTED}"),
    ],
)
def test_a_plural_role_s_holders_listed_after_a_verb_of_composition(lang, text):
    assert placed_posts(text, lang) == _VFF


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a body's members after 'gehören' (no role before it), a delegation's, a name's own chair
        (
            "de",
            "Dem Ständigen Ausschuss des Provinzparteikomitees gehören die Genossen: Nguyen Van An, Tran Van Binh.",
            {n: {("standing_member", "party_committee", "provincial", None)} for n in (_AN, "Tran Van Binh")},
        ),
        (
            "de",
            "Zur Delegation gehören die Genossen: Nguyen Van An, Vorsitzender des Provinzvolkskomitees, und Tran Van Binh.",
            {_AN: {("chair", "peoples_committee", "provincial", None)}},
        ),
        # (review28 Medium 9: ar 'كلا من' the object of another verb whose subject is the plural role)
        (
            "ar",
            "وهنأ نواب رئيس اللجنة الشعبية الإقليمية كلا من السيد نغوين فان آن والسيد لي فان كوونغ.",
            {"Le Van Cuong": set()},
        ),
        (
            "ar",
            "وكرم أعضاء اللجنة الدائمة للجنة الحزب الإقليمية كلا من السيد نغوين فان آن والسيد لي فان كوونغ.",
            {"Le Van Cuong": set()},
        ),
        ("en", "Mr. Nguyen Van An met the Vice Presidents of the Provincial Women's Union.", {_AN: set()}),
        (
            "en",
            "The presidents of the Fatherland Front Committees of the districts attended, Mr. Nguyen Van An said.",
            {_AN: set()},
        ),
    ],
)
def test_a_list_after_gehoeren_or_a_plural_role_s_object_stays(lang, text, want):
    assert placed_posts(text, lang) == want


# 3. an issuer's title before the appointee: 'Under the decision of the Chairman of the Provincial People's Committee
# Mr. A was appointed ...' (pl 'Zgodnie z decyzją Przewodniczącego ... pan A', no comma): the title after a document
# word that an honorific follows is the issuer's, not the name's
_HEALTH = {_AN: {("deputy_director", "department", "provincial", None)}}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Under the decision of the Chairman of the Provincial People's Committee Mr. Nguyen Van An was appointed "
            "Deputy Director of the Department of Health.",
        ),
        (
            "pl",
            "Zgodnie z decyzją Przewodniczącego Prowincjonalnego Komitetu Ludowego pan Nguyen Van An został mianowany "
            "zastępcą dyrektora Departamentu Zdrowia.",
        ),
        (
            "pl",
            "Na mocy decyzji Przewodniczącego Prowincjonalnego Komitetu Ludowego pan Nguyen Van An został powołany na "
            "stanowisko zastępcy dyrektora Departamentu Zdrowia.",
        ),
        (
            "vi",
            "Theo Quyết định của Chủ tịch UBND tỉnh ông Nguyễn Văn An được bổ nhiệm giữ chức Phó Giám đốc Sở Y tế.",
        ),
        (
            "ar",
            "بموجب قرار رئيس اللجنة الشعبية الإقليمية السيد نغوين فان آن نائبا لمدير إدارة الصحة.",
        ),
        # (fr, es, de alike, no comma; read so already with a comma after the issuer's title)
        (
            "en",
            "Under the decision of the Chairman of the Provincial People's Committee, Mr. Nguyen Van An was appointed "
            "Deputy Director of the Department of Health.",
        ),
        (
            "fr",
            "Selon la décision du président du Comité populaire provincial M. Nguyen Van An a été nommé directeur adjoint "
            "du Département de la Santé.",
        ),
        (
            "es",
            "Según la decisión del presidente del Comité Popular Provincial el Sr. Nguyen Van An fue nombrado subdirector "
            "del Departamento de Salud.",
        ),
        (
            "de",
            "Gemäß dem Beschluss des Vorsitzenden des Provinzvolkskomitees wurde Herr Nguyen Van An zum stellvertretenden "
            "Direktor des Gesundheitsamtes ernannt.",
        ),
        (
            "ar",
            "وبموجب قرار رئيس اللجنة الشعبية الإقليمية، تم تعيين السيد نغوين فان آن نائبا لمدير إدارة الصحة.",
        ),
    ],
)
def test_an_issuer_s_title_before_an_honorific_is_not_the_appointee_s(lang, text):
    assert placed_posts(text, lang) == _HEALTH


@pytest.mark.parametrize(
    ("lang", "text", "post"),
    [
        # the issuer named (no honorific), a recipient, a title with no document word before it
        (
            "en",
            "Under the decision of the Chairman of the Provincial People's Committee Nguyen Van An, the project was "
            "suspended.",
            ("chair", "peoples_committee", "provincial", None),
        ),
        (
            "vi",
            "Theo Quyết định của Chủ tịch UBND tỉnh Nguyễn Văn An, dự án bị tạm dừng.",
            ("chair", "peoples_committee", "provincial", None),
        ),
        (
            "vi",
            "Trao quyết định cho Phó Chủ tịch UBND tỉnh ông Nguyễn Văn An.",
            ("vice_chair", "peoples_committee", "provincial", None),
        ),
        (
            "en",
            "The Provincial Party Secretary handed the decision to Vice Chairman of the Provincial People's Committee "
            "Mr. Nguyen Van An.",
            ("vice_chair", "peoples_committee", "provincial", None),
        ),
        (
            "en",
            "After the decision, Chairman of the Provincial People's Committee Mr. Nguyen Van An spoke.",
            ("chair", "peoples_committee", "provincial", None),
        ),
        (
            "pl",
            "Decyzję wręczył wiceprzewodniczący Prowincjonalnego Komitetu Ludowego pan Nguyen Van An.",
            ("vice_chair", "peoples_committee", "provincial", None),
        ),
    ],
)
def test_an_issuer_named_or_a_recipient_keeps_the_title(lang, text, post):
    assert placed_posts(text, lang) == {_AN: {post}}


# 4. the place of a department's post written after the department's name: 'A, former Director of the Department of
# Natural Resources and Environment of Ha Tinh province' in an article about Nghe An is Ha Tinh's (the name between
# the department's word and the level word kept the place unread, so the article's province took it)
_NGHE_AN_OPENING = {
    "en": "Nghe An province held the meeting in Nghe An. ",
    "fr": "La province de Nghe An a tenu la réunion à Nghe An. ",
    "es": "La provincia de Nghe An celebró la reunión en Nghe An. ",
    "de": "Die Provinz Nghe An hielt die Sitzung in Nghe An ab. ",
    "pl": "Prowincja Nghe An zorganizowała spotkanie w Nghe An. ",
    "vi": "Tỉnh Nghệ An tổ chức cuộc họp tại Nghệ An. ",
    "ar": "عقدت مقاطعة نغي آن الاجتماع في نغي آن. ",
}


def _career(lang: str, text: str) -> set:
    return {
        (p.role, p.body.org, p.body.place, p.former)
        for o in extracted(_NGHE_AN_OPENING[lang] + text, lang).officials
        for p in o.positions
    }


@pytest.mark.parametrize(
    ("lang", "text", "former"),
    [
        (
            "en",
            "Mr. Nguyen Van An, former Director of the Department of Natural Resources and Environment of Ha Tinh "
            "province, attended.",
            True,
        ),
        (
            "fr",
            "M. Nguyen Van An, ancien directeur du Département des Finances de la province de Ha Tinh, a assisté à la "
            "réunion.",
            True,
        ),
        (
            "fr",
            "M. Nguyen Van An, directeur du Département de la Santé de la province de Ha Tinh, a assisté à la réunion.",
            False,
        ),
        (
            "es",
            "El Sr. Nguyen Van An, ex director del Departamento de Finanzas de la provincia de Ha Tinh, asistió a la "
            "reunión.",
            True,
        ),
        (
            "de",
            "Herr Nguyen Van An, ehemaliger Direktor des Amtes für Landwirtschaft und ländliche Entwicklung der Provinz "
            "Ha Tinh, nahm an der Sitzung teil.",
            True,
        ),
        (
            "pl",
            "Pan Nguyen Van An, były dyrektor Departamentu Rolnictwa i Rozwoju Wsi prowincji Ha Tinh, uczestniczył w "
            "spotkaniu.",
            True,
        ),
        (
            "ar",
            "وحضر الاجتماع السيد نغوين فان آن، المدير السابق لإدارة الزراعة والتنمية الريفية في مقاطعة ها تينه.",
            True,
        ),
        # (read so already: a body wording of the pack, vi)
        (
            "en",
            "Mr. Nguyen Van An, former Director of the Department of Finance of Ha Tinh province, attended.",
            True,
        ),
        (
            "vi",
            "Ông Nguyễn Văn An, nguyên Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Tĩnh dự cuộc họp.",
            True,
        ),
    ],
)
def test_a_department_s_place_after_its_name_is_the_post_s(lang, text, former):
    assert _career(lang, text) == {("director", "department", "Ha Tinh", former)}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # no place written: the article's province; a place of the next title in the chain
        (
            "en",
            "Mr. Nguyen Van An, former Director of the Department of Finance, attended.",
            {("director", "department", "Nghe An", True)},
        ),
        (
            "fr",
            "M. Nguyen Van An, directeur du Département des Finances de la province, a assisté à la réunion.",
            {("director", "department", "Nghe An", False)},
        ),
        (
            "es",
            "El Sr. Nguyen Van An, director del Departamento de Finanzas y vicepresidente del Comité Popular de la "
            "provincia de Ha Tinh, asistió.",
            {
                ("director", "department", "Ha Tinh", False),
                ("vice_chair", "peoples_committee", "Ha Tinh", False),
            },
        ),
    ],
)
def test_a_department_s_post_with_no_place_of_its_own_stays(lang, text, want):
    assert _career(lang, text) == want


# 5. (part 2) a vote's words between the electing verb and the name before a bare role: fr 'a élu à l'unanimité le
# camarade A secrétaire du Comité provincial du Parti', es 'eligió por unanimidad al camarada A secretario ...', pl
# 'wybrał jednogłośnie towarzysza A sekretarzem ...' read no post (en 'elected unanimously comrade A Secretary', de
# 'wählte einstimmig Genossen A zum Sekretär' did)
_SECRETARY = {_AN: {("secretary", "party_committee", "provincial", None)}}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Comité exécutif provincial du Parti a élu à l'unanimité le camarade Nguyen Van An secrétaire du Comité "
            "provincial du Parti.",
        ),
        (
            "es",
            "El Comité Ejecutivo Provincial del Partido eligió por unanimidad al camarada Nguyen Van An secretario del "
            "Comité Provincial del Partido.",
        ),
        (
            "pl",
            "Komitet Wykonawczy Prowincjonalnej Partii wybrał jednogłośnie towarzysza Nguyen Van An sekretarzem "
            "Prowincjonalnego Komitetu Partii.",
        ),
        # (read so already)
        (
            "en",
            "The Provincial Party Executive Committee elected unanimously comrade Nguyen Van An Secretary of the "
            "Provincial Party Committee.",
        ),
        (
            "de",
            "Das Exekutivkomitee der Provinzpartei wählte einstimmig Genossen Nguyen Van An zum Sekretär des "
            "Provinzparteikomitees.",
        ),
        (
            "fr",
            "Le Comité exécutif provincial du Parti a élu à l'unanimité le camarade Nguyen Van An comme secrétaire du "
            "Comité provincial du Parti.",
        ),
        (
            "vi",
            "Ban Chấp hành Đảng bộ tỉnh đã bầu đồng chí Nguyễn Văn An giữ chức Bí thư Tỉnh ủy với 100% phiếu.",
        ),
    ],
)
def test_a_vote_s_words_between_the_electing_verb_and_the_name(lang, text):
    assert placed_posts(text, lang) == _SECRETARY


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # the vote's words before a name that is the verb's subject's object, no role after it; a word of its own
        (
            "fr",
            "Le Comité a élu à l'unanimité le camarade Nguyen Van An, qui a remercié les délégués.",
            {_AN: set()},
        ),
        (
            "es",
            "El Comité eligió por unanimidad al camarada Nguyen Van An y felicitó al nuevo secretario.",
            {_AN: set()},
        ),
    ],
)
def test_a_vote_s_words_give_no_post_without_a_role(lang, text, want):
    assert placed_posts(text, lang) == want


# 6. (part 2) the chief of a procuracy or a court as de and vi write it: de 'Oberstaatsanwalt der
# Volksstaatsanwaltschaft der Provinz' (no grammar word for the chief prosecutor), vi 'Viện trưởng VKSND tỉnh', 'Chánh án
# TAND tỉnh' (the press's abbreviations) read no post; en, fr, es, pl, ar read head/other
_HEAD_OTHER = {_AN: {("head", "other", "provincial", None)}}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "de",
            "Herr Nguyen Van An, Oberstaatsanwalt der Volksstaatsanwaltschaft der Provinz, war anwesend.",
            _HEAD_OTHER,
        ),
        (
            "de",
            "Herr Nguyen Van An, Chefankläger der Volksstaatsanwaltschaft der Provinz, war anwesend.",
            _HEAD_OTHER,
        ),
        (
            "de",
            "Herr Nguyen Van An, Generalstaatsanwalt der Obersten Volksstaatsanwaltschaft, war anwesend.",
            {_AN: {("head", "other", "central", None)}},
        ),
        ("vi", "Ông Nguyễn Văn An, Viện trưởng VKSND tỉnh dự.", _HEAD_OTHER),
        ("vi", "Ông Nguyễn Văn An, Chánh án TAND tỉnh dự.", _HEAD_OTHER),
        (
            "vi",
            "Ông Nguyễn Văn An, Phó Viện trưởng VKSND tỉnh dự.",
            {_AN: {("deputy_head", "other", "provincial", None)}},
        ),
        # (read so already)
        ("vi", "Ông Nguyễn Văn An, Viện trưởng Viện Kiểm sát nhân dân tỉnh dự.", _HEAD_OTHER),
        (
            "de",
            "Herr Nguyen Van An, Leiter der Volksstaatsanwaltschaft der Provinz, war anwesend.",
            _HEAD_OTHER,
        ),
        (
            "en",
            "Mr. Nguyen Van An, Chief Procurator of the Provincial People's Procuracy, attended.",
            _HEAD_OTHER,
        ),
        (
            "fr",
            "M. Nguyen Van An, procureur en chef du Parquet populaire provincial, était présent.",
            _HEAD_OTHER,
        ),
        ("es", "El Sr. Nguyen Van An, fiscal jefe de la Fiscalía Popular Provincial, asistió.", _HEAD_OTHER),
        (
            "pl",
            "Pan Nguyen Van An, prokurator naczelny Prowincjonalnej Prokuratury Ludowej, był obecny.",
            _HEAD_OTHER,
        ),
        ("ar", "وحضر السيد نغوين فان آن، رئيس النيابة الشعبية الإقليمية.", _HEAD_OTHER),
    ],
)
def test_the_chief_of_a_procuracy_or_a_court(lang, text, want):
    assert placed_posts(text, lang) == want


# Part 2: cross-language parity, round 2. One post-stating sentence of the press per construction (other than
# test_fix27a's: re-elections, 'continues to hold', the Party's commissions and office, police, the Front, a council's
# committee, the NA delegation's full-time deputy, unions, ministers and ranks, a district's and a commune's posts, a
# woman's title before her name, a relief to retire, acting, an age in apposition, an NA committee, the Secretariat's
# permanent member, a title in brackets, 'the new Chairman', the inspectorate, 'assigned to direct', a unanimous
# election, the procuracy and the court, a title before a name after 'Attending were', an ambassador, the NA's vice
# chair, the permanent deputy prime minister, an alternate member, an approved election, two deputies elected, a steering
# committee's head; round b: 'in one's capacity as', two comrades titled together, a post held from a date, a predecessor
# replaced, 'in charge of' a field, a colon's list, a congratulated object, a standing vice chair, a former post between
# dashes, an NA deputy of a province; and four modelled on dev pl-010, pl-017, ar-017, ar-020: a resolution on appointing
# a titled name, a dismissal due to a transfer, a photo note in brackets, 'the transfer and appointment of comrade A, t1,
# to the position of'; two titles before a name, acting spelled out, a relative clause that holds a post, a post held
# before, an elected standing deputy secretary), written as each edition's MT writes it (docs/positions.md, "fix28a"),
# after an opening that places the article in Nghe An: the seven read it alike. (Left out: a military commander, other in six
# packs and head in vi as the golds split; an inspection commission's deputy, whose role follows its wording; a
# department's party committee's secretary, read as the province's in all seven.)
_PARITY28 = {
    "reelected_chair": (
        {"Nguyen Van An": [("chair", "peoples_council", "provincial", "Nghe An")]},
        {
            "en": "Mr. Nguyen Van An was re-elected Chairman of the Provincial People's Council for the 2021-2026 term.",
            "fr": "M. Nguyen Van An a été réélu président du Conseil populaire provincial pour le mandat 2021-2026.",
            "es": "El Sr. Nguyen Van An fue reelegido presidente del Consejo Popular Provincial para el mandato 2021-2026.",
            "de": "Herr Nguyen Van An wurde als Vorsitzender des Provinzvolksrates für die Amtszeit 2021-2026 wiedergewählt.",
            "pl": "Pan Nguyen Van An został ponownie wybrany na przewodniczącego Prowincjonalnej Rady Ludowej na kadencję 2021-2026.",
            "vi": "Ông Nguyễn Văn An tái đắc cử Chủ tịch HĐND tỉnh nhiệm kỳ 2021-2026.",
            "ar": "وأعيد انتخاب السيد نغوين فان آن رئيسا لمجلس الشعب الإقليمي للفترة 2021-2026.",
        },
    ),
    "continues_to_hold": (
        {"Nguyen Van An": [("secretary", "party_committee", "provincial", "Nghe An")]},
        {
            "en": "Comrade Nguyen Van An continues to hold the position of Secretary of the Provincial Party Committee.",
            "fr": "Le camarade Nguyen Van An continue d'occuper le poste de secrétaire du Comité provincial du Parti.",
            "es": "El camarada Nguyen Van An continúa ocupando el cargo de secretario del Comité Provincial del Partido.",
            "de": "Genosse Nguyen Van An bekleidet weiterhin das Amt des Sekretärs des Provinzparteikomitees.",
            "pl": "Towarzysz Nguyen Van An nadal pełni funkcję sekretarza Prowincjonalnego Komitetu Partii.",
            "vi": "Đồng chí Nguyễn Văn An tiếp tục giữ chức Bí thư Tỉnh ủy.",
            "ar": "ويواصل الرفيق نغوين فان آن شغل منصب أمين لجنة الحزب الإقليمية.",
        },
    ),
    "organisation_commission_head": (
        {
            "Nguyen Van An": [
                ("head", "party_commission", "provincial", "Nghe An"),
                ("standing_member", "party_committee", "provincial", "Nghe An"),
            ]
        },
        {
            "en": "Comrade Nguyen Van An, Member of the Provincial Party Standing Committee, Head of the Provincial Party Committee's Organization Commission, announced the decision.",
            "fr": "Le camarade Nguyen Van An, membre du Comité permanent du Parti provincial, chef de la Commission d'organisation du Comité provincial du Parti, a annoncé la décision.",
            "es": "El camarada Nguyen Van An, miembro del Comité Permanente Provincial del Partido, jefe de la Comisión de Organización del Comité Provincial del Partido, anunció la decisión.",
            "de": "Genosse Nguyen Van An, Mitglied des Ständigen Ausschusses des Provinzparteikomitees, Leiter der Organisationskommission des Provinzparteikomitees, verkündete den Beschluss.",
            "pl": "Towarzysz Nguyen Van An, członek Stałego Komitetu Prowincjonalnego Komitetu Partii, kierownik Komisji Organizacyjnej Prowincjonalnego Komitetu Partii, ogłosił decyzję.",
            "vi": "Đồng chí Nguyễn Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy công bố quyết định.",
            "ar": "وأعلن الرفيق نغوين فان آن، عضو اللجنة الدائمة للجنة الحزب الإقليمية، رئيس لجنة التنظيم التابعة للجنة الحزب الإقليمية، القرار.",
        },
    ),
    "propaganda_head": (
        {"Nguyen Van An": [("head", "party_commission", "provincial", "Nghe An")]},
        {
            "en": "Mr. Nguyen Van An, Head of the Provincial Party Committee's Propaganda and Mass Mobilization Commission, spoke at the conference.",
            "fr": "M. Nguyen Van An, chef de la Commission de propagande et de mobilisation des masses du Comité provincial du Parti, a pris la parole lors de la conférence.",
            "es": "El Sr. Nguyen Van An, jefe de la Comisión de Propaganda y Movilización de Masas del Comité Provincial del Partido, habló en la conferencia.",
            "de": "Herr Nguyen Van An, Leiter der Kommission für Propaganda und Massenmobilisierung des Provinzparteikomitees, sprach auf der Konferenz.",
            "pl": "Pan Nguyen Van An, kierownik Komisji Propagandy i Mobilizacji Mas Prowincjonalnego Komitetu Partii, przemawiał na konferencji.",
            "vi": "Ông Nguyễn Văn An, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu tại hội nghị.",
            "ar": "وتحدث السيد نغوين فان آن، رئيس لجنة الدعاية والتعبئة الجماهيرية التابعة للجنة الحزب الإقليمية، في المؤتمر.",
        },
    ),
    "chief_of_office": (
        {"Nguyen Van An": [("head", "party_office", "provincial", "Nghe An")]},
        {
            "en": "Mr. Nguyen Van An, Chief of the Provincial Party Committee Office, read the resolution.",
            "fr": "M. Nguyen Van An, chef du Bureau du Comité provincial du Parti, a lu la résolution.",
            "es": "El Sr. Nguyen Van An, jefe de la Oficina del Comité Provincial del Partido, leyó la resolución.",
            "de": "Herr Nguyen Van An, Leiter des Büros des Provinzparteikomitees, verlas die Resolution.",
            "pl": "Pan Nguyen Van An, szef Biura Prowincjonalnego Komitetu Partii, odczytał rezolucję.",
            "vi": "Ông Nguyễn Văn An, Chánh Văn phòng Tỉnh ủy đọc nghị quyết.",
            "ar": "وقرأ السيد نغوين فان آن، رئيس مكتب لجنة الحزب الإقليمية، القرار.",
        },
    ),
    "police_director": (
        {"Nguyen Van An": [("director", "other", "provincial", "Nghe An")]},
        {
            "en": "Major General Nguyen Van An, Director of the Provincial Police, reported on the security situation.",
            "fr": "Le général de division Nguyen Van An, directeur de la Police provinciale, a fait rapport sur la situation sécuritaire.",
            "es": "El general de división Nguyen Van An, director de la Policía Provincial, informó sobre la situación de seguridad.",
            "de": "Generalmajor Nguyen Van An, Direktor der Provinzpolizei, berichtete über die Sicherheitslage.",
            "pl": "Generał dywizji Nguyen Van An, dyrektor Policji Prowincjonalnej, przedstawił sytuację bezpieczeństwa.",
            "vi": "Thiếu tướng Nguyễn Văn An, Giám đốc Công an tỉnh báo cáo tình hình an ninh.",
            "ar": "وقدم اللواء نغوين فان آن، مدير شرطة المقاطعة، تقريرا عن الوضع الأمني.",
        },
    ),
    "front_chair_title_before": (
        {"Nguyen Van An": [("chair", "fatherland_front", "provincial", "Nghe An")]},
        {
            "en": "Chairman of the Provincial Vietnam Fatherland Front Committee Nguyen Van An presented the gifts.",
            "fr": "Le président du Comité du Front de la Patrie du Vietnam de la province, Nguyen Van An, a remis les cadeaux.",
            "es": "El presidente del Comité del Frente de la Patria de Vietnam de la provincia, Nguyen Van An, entregó los regalos.",
            "de": "Der Vorsitzende des Komitees der Vaterländischen Front Vietnams der Provinz, Nguyen Van An, überreichte die Geschenke.",
            "pl": "Przewodniczący Komitetu Frontu Ojczyzny Wietnamu prowincji Nguyen Van An wręczył upominki.",
            "vi": "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nguyễn Văn An trao quà.",
            "ar": "وقدم رئيس لجنة جبهة الوطن الفيتنامية في المقاطعة نغوين فان آن الهدايا.",
        },
    ),
    "council_committee_head": (
        {"Le Thi Hoa": [("head", "peoples_council", "provincial", "Nghe An")]},
        {
            "en": "Ms. Le Thi Hoa, Head of the Economic - Budget Committee of the Provincial People's Council, presented the verification report.",
            "fr": "Mme Le Thi Hoa, cheffe du Comité économique et budgétaire du Conseil populaire provincial, a présenté le rapport de vérification.",
            "es": "La Sra. Le Thi Hoa, jefa del Comité de Economía y Presupuesto del Consejo Popular Provincial, presentó el informe de verificación.",
            "de": "Frau Le Thi Hoa, Leiterin des Wirtschafts- und Haushaltsausschusses des Provinzvolksrates, stellte den Prüfbericht vor.",
            "pl": "Pani Le Thi Hoa, kierownik Komisji Ekonomiczno-Budżetowej Prowincjonalnej Rady Ludowej, przedstawiła raport weryfikacyjny.",
            "vi": "Bà Lê Thị Hoa, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh trình bày báo cáo thẩm tra.",
            "ar": "وقدمت السيدة لي ثي هوا، رئيسة اللجنة الاقتصادية والميزانية التابعة لمجلس الشعب الإقليمي، تقرير التحقق.",
        },
    ),
    "na_delegation_deputy_full_time": (
        {"Nguyen Van An": [("deputy_head", "national_assembly_delegation", "provincial", "Nghe An")]},
        {
            "en": "Mr. Nguyen Van An, full-time Deputy Head of the Provincial National Assembly Delegation, chaired the meeting with voters.",
            "fr": "M. Nguyen Van An, chef adjoint à temps plein de la Délégation provinciale de l'Assemblée nationale, a présidé la rencontre avec les électeurs.",
            "es": "El Sr. Nguyen Van An, subjefe a tiempo completo de la Delegación Provincial de la Asamblea Nacional, presidió el encuentro con los votantes.",
            "de": "Herr Nguyen Van An, hauptamtlicher stellvertretender Leiter der Delegation der Nationalversammlung der Provinz, leitete das Treffen mit den Wählern.",
            "pl": "Pan Nguyen Van An, etatowy zastępca przewodniczącego Delegacji Zgromadzenia Narodowego prowincji, przewodniczył spotkaniu z wyborcami.",
            "vi": "Ông Nguyễn Văn An, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh chủ trì buổi tiếp xúc cử tri.",
            "ar": "وترأس السيد نغوين فان آن، نائب رئيس وفد الجمعية الوطنية للمقاطعة المتفرغ، اللقاء مع الناخبين.",
        },
    ),
    "women_union_president": (
        {"Le Thi Hoa": [("chair", "other", "provincial", "Nghe An")]},
        {
            "en": "Mrs. Le Thi Hoa, President of the Provincial Women's Union, visited the families.",
            "fr": "Mme Le Thi Hoa, présidente de l'Union des femmes de la province, a rendu visite aux familles.",
            "es": "La Sra. Le Thi Hoa, presidenta de la Unión de Mujeres de la provincia, visitó a las familias.",
            "de": "Frau Le Thi Hoa, Vorsitzende der Frauenunion der Provinz, besuchte die Familien.",
            "pl": "Pani Le Thi Hoa, przewodnicząca Związku Kobiet prowincji, odwiedziła rodziny.",
            "vi": "Bà Lê Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh thăm các gia đình.",
            "ar": "وزارت السيدة لي ثي هوا، رئيسة اتحاد النساء في المقاطعة، الأسر.",
        },
    ),
    "youth_union_secretary": (
        {"Nguyen Van An": [("secretary", "other", "provincial", "Nghe An")]},
        {
            "en": "Comrade Nguyen Van An, Secretary of the Provincial Youth Union, launched the campaign.",
            "fr": "Le camarade Nguyen Van An, secrétaire de l'Union provinciale de la jeunesse, a lancé la campagne.",
            "es": "El camarada Nguyen Van An, secretario de la Unión Provincial de Jóvenes, lanzó la campaña.",
            "de": "Genosse Nguyen Van An, Sekretär des Provinzjugendverbandes, startete die Kampagne.",
            "pl": "Towarzysz Nguyen Van An, sekretarz Prowincjonalnego Związku Młodzieży, zainaugurował kampanię.",
            "vi": "Đồng chí Nguyễn Văn An, Bí thư Tỉnh đoàn phát động chiến dịch.",
            "ar": "وأطلق الرفيق نغوين فان آن، أمين اتحاد الشباب في المقاطعة، الحملة.",
        },
    ),
    "minister_public_security": (
        {"Nguyen Van An": [("minister", "ministry", "central", None)]},
        {
            "en": "General Nguyen Van An, Minister of Public Security, attended the ceremony.",
            "fr": "Le général Nguyen Van An, ministre de la Sécurité publique, a assisté à la cérémonie.",
            "es": "El general Nguyen Van An, ministro de Seguridad Pública, asistió a la ceremonia.",
            "de": "General Nguyen Van An, Minister für öffentliche Sicherheit, nahm an der Zeremonie teil.",
            "pl": "Generał Nguyen Van An, minister bezpieczeństwa publicznego, uczestniczył w ceremonii.",
            "vi": "Đại tướng Nguyễn Văn An, Bộ trưởng Bộ Công an dự buổi lễ.",
            "ar": "وحضر الحفل الجنرال نغوين فان آن، وزير الأمن العام.",
        },
    ),
    "deputy_head_central_commission": (
        {"Nguyen Van An": [("deputy_head", "party_commission", "central", None)]},
        {
            "en": "Mr. Nguyen Van An, Deputy Head of the Central Organization Commission, announced the decision of the Politburo.",
            "fr": "M. Nguyen Van An, chef adjoint de la Commission centrale d'organisation, a annoncé la décision du Bureau politique.",
            "es": "El Sr. Nguyen Van An, subjefe de la Comisión Central de Organización, anunció la decisión del Buró Político.",
            "de": "Herr Nguyen Van An, stellvertretender Leiter der Zentralen Organisationskommission, verkündete den Beschluss des Politbüros.",
            "pl": "Pan Nguyen Van An, zastępca kierownika Centralnej Komisji Organizacyjnej, ogłosił decyzję Biura Politycznego.",
            "vi": "Ông Nguyễn Văn An, Phó Trưởng Ban Tổ chức Trung ương công bố quyết định của Bộ Chính trị.",
            "ar": "وأعلن السيد نغوين فان آن، نائب رئيس لجنة التنظيم المركزية، قرار المكتب السياسي.",
        },
    ),
    "district_secretary_and_council_chair": (
        {
            "Nguyen Van An": [
                ("chair", "peoples_council", "district", "Nam Dan"),
                ("secretary", "party_committee", "district", "Nam Dan"),
            ]
        },
        {
            "en": "Mr. Nguyen Van An, Secretary of the District Party Committee, Chairman of the People's Council of Nam Dan district, attended.",
            "fr": "M. Nguyen Van An, secrétaire du Comité du Parti du district, président du Conseil populaire du district de Nam Dan, était présent.",
            "es": "El Sr. Nguyen Van An, secretario del Comité del Partido del distrito, presidente del Consejo Popular del distrito de Nam Dan, asistió.",
            "de": "Herr Nguyen Van An, Sekretär des Bezirksparteikomitees, Vorsitzender des Volksrates des Bezirks Nam Dan, war anwesend.",
            "pl": "Pan Nguyen Van An, sekretarz Komitetu Partii Dystryktu, przewodniczący Rady Ludowej dystryktu Nam Dan, był obecny.",
            "vi": "Ông Nguyễn Văn An, Bí thư Huyện ủy, Chủ tịch HĐND huyện Nam Đàn dự.",
            "ar": "وحضر السيد نغوين فان آن، أمين لجنة الحزب في المنطقة، رئيس مجلس الشعب في منطقة نام دان.",
        },
    ),
    "commune_chair": (
        {"Nguyen Van An": [("chair", "peoples_committee", "commune", "Hung Nguyen")]},
        {
            "en": "Mr. Nguyen Van An, Chairman of the People's Committee of Hung Nguyen commune, said the road was finished.",
            "fr": "M. Nguyen Van An, président du Comité populaire de la commune de Hung Nguyen, a déclaré que la route était terminée.",
            "es": "El Sr. Nguyen Van An, presidente del Comité Popular de la comuna de Hung Nguyen, dijo que la carretera estaba terminada.",
            "de": "Herr Nguyen Van An, Vorsitzender des Volkskomitees der Gemeinde Hung Nguyen, sagte, die Straße sei fertig.",
            "pl": "Pan Nguyen Van An, przewodniczący Komitetu Ludowego gminy Hung Nguyen, powiedział, że droga jest ukończona.",
            "vi": "Ông Nguyễn Văn An, Chủ tịch UBND xã Hưng Nguyên cho biết con đường đã hoàn thành.",
            "ar": "وقال السيد نغوين فان آن، رئيس اللجنة الشعبية لبلدية هونغ نغوين، إن الطريق قد اكتمل.",
        },
    ),
    "female_vice_chair_before_name": (
        {"Le Thi Hoa": [("vice_chair", "peoples_committee", "provincial", "Nghe An")]},
        {
            "en": "Vice Chairwoman of the Provincial People's Committee Le Thi Hoa inspected the project.",
            "fr": "La vice-présidente du Comité populaire provincial, Le Thi Hoa, a inspecté le projet.",
            "es": "La vicepresidenta del Comité Popular Provincial, Le Thi Hoa, inspeccionó el proyecto.",
            "de": "Die stellvertretende Vorsitzende des Provinzvolkskomitees, Le Thi Hoa, inspizierte das Projekt.",
            "pl": "Wiceprzewodnicząca Prowincjonalnego Komitetu Ludowego Le Thi Hoa skontrolowała projekt.",
            "vi": "Phó Chủ tịch UBND tỉnh Lê Thị Hoa kiểm tra dự án.",
            "ar": "وتفقدت نائبة رئيس اللجنة الشعبية الإقليمية لي ثي هوا المشروع.",
        },
    ),
    "retired": (
        {"Nguyen Van An": [("vice_chair", "peoples_committee", "provincial", "Nghe An")]},
        {
            "en": "The Provincial People's Council relieved Mr. Nguyen Van An from the position of Vice Chairman of the Provincial People's Committee to retire.",
            "fr": "Le Conseil populaire provincial a relevé M. Nguyen Van An de ses fonctions de vice-président du Comité populaire provincial pour prendre sa retraite.",
            "es": "El Consejo Popular Provincial destituyó al Sr. Nguyen Van An del cargo de vicepresidente del Comité Popular Provincial para jubilarse.",
            "de": "Der Provinzvolksrat entließ Herrn Nguyen Van An aus dem Amt des stellvertretenden Vorsitzenden des Provinzvolkskomitees in den Ruhestand.",
            "pl": "Prowincjonalna Rada Ludowa odwołała pana Nguyen Van An ze stanowiska wiceprzewodniczącego Prowincjonalnego Komitetu Ludowego w związku z przejściem na emeryturę.",
            "vi": "HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Nguyễn Văn An để nghỉ hưu.",
            "ar": "وأعفى مجلس الشعب الإقليمي السيد نغوين فان آن من منصب نائب رئيس اللجنة الشعبية الإقليمية للتقاعد.",
        },
    ),
    "acting_director": (
        {"Nguyen Van An": [("other", "department", "provincial", "Nghe An")]},
        {
            "en": "Mr. Nguyen Van An, Acting Director of the Department of Health, reported on the epidemic.",
            "fr": "M. Nguyen Van An, directeur par intérim du Département de la Santé, a fait rapport sur l'épidémie.",
            "es": "El Sr. Nguyen Van An, director interino del Departamento de Salud, informó sobre la epidemia.",
            "de": "Herr Nguyen Van An, amtierender Direktor des Gesundheitsamtes, berichtete über die Epidemie.",
            "pl": "Pan Nguyen Van An, pełniący obowiązki dyrektora Departamentu Zdrowia, przedstawił sytuację epidemii.",
            "vi": "Ông Nguyễn Văn An, Quyền Giám đốc Sở Y tế báo cáo tình hình dịch bệnh.",
            "ar": "وقدم السيد نغوين فان آن، القائم بأعمال مدير إدارة الصحة، تقريرا عن الوباء.",
        },
    ),
    "age_apposition": (
        {
            "Nguyen Van An": [
                ("chair", "peoples_committee", "provincial", "Nghe An"),
                ("deputy_secretary", "party_committee", "provincial", "Nghe An"),
            ]
        },
        {
            "en": "Mr. Nguyen Van An, 52 years old, Deputy Secretary of the Provincial Party Committee, was elected Chairman of the Provincial People's Committee.",
            "fr": "M. Nguyen Van An, 52 ans, secrétaire adjoint du Comité provincial du Parti, a été élu président du Comité populaire provincial.",
            "es": "El Sr. Nguyen Van An, de 52 años, subsecretario del Comité Provincial del Partido, fue elegido presidente del Comité Popular Provincial.",
            "de": "Herr Nguyen Van An, 52 Jahre alt, stellvertretender Sekretär des Provinzparteikomitees, wurde zum Vorsitzenden des Provinzvolkskomitees gewählt.",
            "pl": "Pan Nguyen Van An, lat 52, zastępca sekretarza Prowincjonalnego Komitetu Partii, został wybrany na przewodniczącego Prowincjonalnego Komitetu Ludowego.",
            "vi": "Ông Nguyễn Văn An, 52 tuổi, Phó Bí thư Tỉnh ủy được bầu giữ chức Chủ tịch UBND tỉnh.",
            "ar": "وانتخب السيد نغوين فان آن، 52 عاما، نائب أمين لجنة الحزب الإقليمية، رئيسا للجنة الشعبية الإقليمية.",
        },
    ),
    "military_rank_deputy_minister": (
        {"Nguyen Van An": [("deputy_minister", "ministry", "central", None)]},
        {
            "en": "Lieutenant General Nguyen Van An, Deputy Minister of National Defence, worked with the province.",
            "fr": "Le général de corps d'armée Nguyen Van An, vice-ministre de la Défense nationale, a travaillé avec la province.",
            "es": "El teniente general Nguyen Van An, viceministro de Defensa Nacional, trabajó con la provincia.",
            "de": "Generalleutnant Nguyen Van An, stellvertretender Minister für Landesverteidigung, arbeitete mit der Provinz.",
            "pl": "Generał broni Nguyen Van An, wiceminister obrony narodowej, pracował z prowincją.",
            "vi": "Thượng tướng Nguyễn Văn An, Thứ trưởng Bộ Quốc phòng làm việc với tỉnh.",
            "ar": "وعمل الفريق أول نغوين فان آن، نائب وزير الدفاع الوطني، مع المقاطعة.",
        },
    ),
    "na_committee_chair": (
        {"Nguyen Van An": [("head", "national_assembly", "central", None)]},
        {
            "en": "Mr. Nguyen Van An, Chairman of the National Assembly's Committee for Culture and Education, visited the school.",
            "fr": "M. Nguyen Van An, président de la Commission de la culture et de l'éducation de l'Assemblée nationale, a visité l'école.",
            "es": "El Sr. Nguyen Van An, presidente de la Comisión de Cultura y Educación de la Asamblea Nacional, visitó la escuela.",
            "de": "Herr Nguyen Van An, Vorsitzender des Ausschusses für Kultur und Bildung der Nationalversammlung, besuchte die Schule.",
            "pl": "Pan Nguyen Van An, przewodniczący Komisji Kultury i Edukacji Zgromadzenia Narodowego, odwiedził szkołę.",
            "vi": "Ông Nguyễn Văn An, Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội thăm trường.",
            "ar": "وزار السيد نغوين فان آن، رئيس لجنة الثقافة والتعليم التابعة للجمعية الوطنية، المدرسة.",
        },
    ),
    "permanent_secretariat": (
        {
            "Nguyen Van An": [
                ("member", "politburo", "central", None),
                ("standing_member", "secretariat", "central", None),
            ]
        },
        {
            "en": "Comrade Nguyen Van An, Politburo member, Permanent Member of the Secretariat, delivered a speech.",
            "fr": "Le camarade Nguyen Van An, membre du Bureau politique, membre permanent du Secrétariat, a prononcé un discours.",
            "es": "El camarada Nguyen Van An, miembro del Buró Político, miembro permanente del Secretariado, pronunció un discurso.",
            "de": "Genosse Nguyen Van An, Mitglied des Politbüros, ständiges Mitglied des Sekretariats, hielt eine Rede.",
            "pl": "Towarzysz Nguyen Van An, członek Biura Politycznego, stały członek Sekretariatu, wygłosił przemówienie.",
            "vi": "Đồng chí Nguyễn Văn An, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư phát biểu.",
            "ar": "وألقى الرفيق نغوين فان آن، عضو المكتب السياسي، العضو الدائم في الأمانة العامة، كلمة.",
        },
    ),
    "bracket_title": (
        {"Nguyen Van An": [("secretary", "party_committee", "provincial", "Nghe An")]},
        {
            "en": "Mr. Nguyen Van An (Secretary of the Provincial Party Committee) cut the ribbon.",
            "fr": "M. Nguyen Van An (secrétaire du Comité provincial du Parti) a coupé le ruban.",
            "es": "El Sr. Nguyen Van An (secretario del Comité Provincial del Partido) cortó la cinta.",
            "de": "Herr Nguyen Van An (Sekretär des Provinzparteikomitees) durchschnitt das Band.",
            "pl": "Pan Nguyen Van An (sekretarz Prowincjonalnego Komitetu Partii) przeciął wstęgę.",
            "vi": "Ông Nguyễn Văn An (Bí thư Tỉnh ủy) cắt băng.",
            "ar": "وقص السيد نغوين فان آن (أمين لجنة الحزب الإقليمية) الشريط.",
        },
    ),
    "new_chair_sentence": (
        {"Nguyen Van An": [("chair", "peoples_committee", "provincial", "Nghe An")]},
        {
            "en": "The new Chairman of the Provincial People's Committee, Mr. Nguyen Van An, pledged to act.",
            "fr": "Le nouveau président du Comité populaire provincial, M. Nguyen Van An, s'est engagé à agir.",
            "es": "El nuevo presidente del Comité Popular Provincial, el Sr. Nguyen Van An, se comprometió a actuar.",
            "de": "Der neue Vorsitzende des Provinzvolkskomitees, Herr Nguyen Van An, versprach zu handeln.",
            "pl": "Nowy przewodniczący Prowincjonalnego Komitetu Ludowego, pan Nguyen Van An, zobowiązał się działać.",
            "vi": "Tân Chủ tịch UBND tỉnh, ông Nguyễn Văn An cam kết hành động.",
            "ar": "وتعهد رئيس اللجنة الشعبية الإقليمية الجديد، السيد نغوين فان آن، بالعمل.",
        },
    ),
    "provincial_inspectorate": (
        {"Nguyen Van An": [("head", "other", "provincial", "Nghe An")]},
        {
            "en": "Mr. Nguyen Van An, Chief Inspector of the province, presented the conclusion.",
            "fr": "M. Nguyen Van An, inspecteur en chef de la province, a présenté la conclusion.",
            "es": "El Sr. Nguyen Van An, inspector jefe de la provincia, presentó la conclusión.",
            "de": "Herr Nguyen Van An, Chefinspektor der Provinz, stellte die Schlussfolgerung vor.",
            "pl": "Pan Nguyen Van An, główny inspektor prowincji, przedstawił wnioski.",
            "vi": "Ông Nguyễn Văn An, Chánh Thanh tra tỉnh trình bày kết luận.",
            "ar": "وقدم السيد نغوين فان آن، كبير المفتشين في المقاطعة، الاستنتاج.",
        },
    ),
    "assigned_in_charge": (
        {"Nguyen Van An": [("vice_chair", "peoples_committee", "provincial", "Nghe An")]},
        {
            "en": "Mr. Nguyen Van An, Vice Chairman of the Provincial People's Committee, was assigned to direct the work.",
            "fr": "M. Nguyen Van An, vice-président du Comité populaire provincial, a été chargé de diriger les travaux.",
            "es": "El Sr. Nguyen Van An, vicepresidente del Comité Popular Provincial, fue encargado de dirigir los trabajos.",
            "de": "Herr Nguyen Van An, stellvertretender Vorsitzender des Provinzvolkskomitees, wurde mit der Leitung der Arbeiten beauftragt.",
            "pl": "Pan Nguyen Van An, wiceprzewodniczący Prowincjonalnego Komitetu Ludowego, został wyznaczony do kierowania pracami.",
            "vi": "Ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh được giao chỉ đạo công việc.",
            "ar": "وكُلّف السيد نغوين فان آن، نائب رئيس اللجنة الشعبية الإقليمية، بتوجيه العمل.",
        },
    ),
    "elected_unanimously_secretary": (
        {"Nguyen Van An": [("secretary", "party_committee", "provincial", "Nghe An")]},
        {
            "en": "The Provincial Party Executive Committee unanimously elected comrade Nguyen Van An as Secretary of the Provincial Party Committee.",
            "fr": "Le Comité exécutif provincial du Parti a élu à l'unanimité le camarade Nguyen Van An secrétaire du Comité provincial du Parti.",
            "es": "El Comité Ejecutivo Provincial del Partido eligió por unanimidad al camarada Nguyen Van An como secretario del Comité Provincial del Partido.",
            "de": "Das Exekutivkomitee der Provinzpartei wählte Genossen Nguyen Van An einstimmig zum Sekretär des Provinzparteikomitees.",
            "pl": "Komitet Wykonawczy Prowincjonalnej Partii jednogłośnie wybrał towarzysza Nguyen Van An na sekretarza Prowincjonalnego Komitetu Partii.",
            "vi": "Ban Chấp hành Đảng bộ tỉnh đã bầu đồng chí Nguyễn Văn An giữ chức Bí thư Tỉnh ủy với 100% phiếu.",
            "ar": "وانتخبت اللجنة التنفيذية للحزب في المقاطعة بالإجماع الرفيق نغوين فان آن أمينا للجنة الحزب الإقليمية.",
        },
    ),
    "deputy_chief_procurator": (
        {"Nguyen Van An": [("head", "other", "provincial", "Nghe An")]},
        {
            "en": "Mr. Nguyen Van An, Chief Procurator of the Provincial People's Procuracy, attended.",
            "fr": "M. Nguyen Van An, procureur en chef du Parquet populaire provincial, était présent.",
            "es": "El Sr. Nguyen Van An, fiscal jefe de la Fiscalía Popular Provincial, asistió.",
            "de": "Herr Nguyen Van An, Oberstaatsanwalt der Volksstaatsanwaltschaft der Provinz, war anwesend.",
            "pl": "Pan Nguyen Van An, prokurator naczelny Prowincjonalnej Prokuratury Ludowej, był obecny.",
            "vi": "Ông Nguyễn Văn An, Viện trưởng Viện KSND tỉnh dự.",
            "ar": "وحضر السيد نغوين فان آن، رئيس النيابة الشعبية الإقليمية.",
        },
    ),
    "court_president": (
        {"Nguyen Van An": [("head", "other", "provincial", "Nghe An")]},
        {
            "en": "Mr. Nguyen Van An, Chief Justice of the Provincial People's Court, attended.",
            "fr": "M. Nguyen Van An, président du Tribunal populaire provincial, était présent.",
            "es": "El Sr. Nguyen Van An, presidente del Tribunal Popular Provincial, asistió.",
            "de": "Herr Nguyen Van An, Präsident des Volksgerichts der Provinz, war anwesend.",
            "pl": "Pan Nguyen Van An, prezes Prowincjonalnego Sądu Ludowego, był obecny.",
            "vi": "Ông Nguyễn Văn An, Chánh án TAND tỉnh dự.",
            "ar": "وحضر السيد نغوين فان آن، رئيس المحكمة الشعبية الإقليمية.",
        },
    ),
    "standing_member_title_before_list": (
        {
            "Nguyen Van An": [
                ("standing_member", "party_committee", "provincial", "Nghe An"),
                ("vice_chair", "peoples_committee", "provincial", "Nghe An"),
            ]
        },
        {
            "en": "Attending were Member of the Provincial Party Standing Committee, Vice Chairman of the Provincial People's Committee Nguyen Van An.",
            "fr": "Étaient présents le membre du Comité permanent du Parti provincial, vice-président du Comité populaire provincial Nguyen Van An.",
            "es": "Asistieron el miembro del Comité Permanente Provincial del Partido, vicepresidente del Comité Popular Provincial Nguyen Van An.",
            "de": "Anwesend waren das Mitglied des Ständigen Ausschusses des Provinzparteikomitees, stellvertretender Vorsitzender des Provinzvolkskomitees Nguyen Van An.",
            "pl": "W spotkaniu uczestniczył członek Stałego Komitetu Prowincjonalnego Komitetu Partii, wiceprzewodniczący Prowincjonalnego Komitetu Ludowego Nguyen Van An.",
            "vi": "Dự có Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Nguyễn Văn An.",
            "ar": "وحضر عضو اللجنة الدائمة للجنة الحزب الإقليمية، نائب رئيس اللجنة الشعبية الإقليمية نغوين فان آن.",
        },
    ),
    "ambassador": (
        {"Nguyen Van An": [("other", "other", None, None)]},
        {
            "en": "Mr. Nguyen Van An, Vietnamese Ambassador to Laos, received the delegation.",
            "fr": "M. Nguyen Van An, ambassadeur du Vietnam au Laos, a reçu la délégation.",
            "es": "El Sr. Nguyen Van An, embajador de Vietnam en Laos, recibió a la delegación.",
            "de": "Herr Nguyen Van An, vietnamesischer Botschafter in Laos, empfing die Delegation.",
            "pl": "Pan Nguyen Van An, ambasador Wietnamu w Laosie, przyjął delegację.",
            "vi": "Ông Nguyễn Văn An, Đại sứ Việt Nam tại Lào tiếp đoàn.",
            "ar": "واستقبل السيد نغوين فان آن، سفير فيتنام لدى لاوس، الوفد.",
        },
    ),
    "na_vice_chair": (
        {"Nguyen Van An": [("vice_chair", "national_assembly", "central", None)]},
        {
            "en": "Vice Chairman of the National Assembly Nguyen Van An attended the event.",
            "fr": "Le vice-président de l'Assemblée nationale, Nguyen Van An, a assisté à l'événement.",
            "es": "El vicepresidente de la Asamblea Nacional, Nguyen Van An, asistió al evento.",
            "de": "Der stellvertretende Vorsitzende der Nationalversammlung, Nguyen Van An, nahm an der Veranstaltung teil.",
            "pl": "Wiceprzewodniczący Zgromadzenia Narodowego Nguyen Van An uczestniczył w wydarzeniu.",
            "vi": "Phó Chủ tịch Quốc hội Nguyễn Văn An dự sự kiện.",
            "ar": "وحضر نائب رئيس الجمعية الوطنية نغوين فان آن الحدث.",
        },
    ),
    "deputy_pm_permanent": (
        {"Nguyen Van An": [("deputy_prime_minister", "government", "central", None)]},
        {
            "en": "Permanent Deputy Prime Minister Nguyen Van An chaired the meeting.",
            "fr": "Le vice-Premier ministre permanent Nguyen Van An a présidé la réunion.",
            "es": "El viceprimer ministro permanente Nguyen Van An presidió la reunión.",
            "de": "Der Ständige Vizepremierminister Nguyen Van An leitete die Sitzung.",
            "pl": "Stały wicepremier Nguyen Van An przewodniczył posiedzeniu.",
            "vi": "Phó Thủ tướng Thường trực Nguyễn Văn An chủ trì cuộc họp.",
            "ar": "وترأس نائب رئيس الوزراء الدائم نغوين فان آن الاجتماع.",
        },
    ),
    "member_central_alternate": (
        {
            "Nguyen Van An": [
                ("other", "central_committee", "central", None),
                ("secretary", "party_committee", "provincial", "Nghe An"),
            ]
        },
        {
            "en": "Comrade Nguyen Van An, Alternate Member of the Party Central Committee, Secretary of the Provincial Party Committee, attended.",
            "fr": "Le camarade Nguyen Van An, membre suppléant du Comité central du Parti, secrétaire du Comité provincial du Parti, était présent.",
            "es": "El camarada Nguyen Van An, miembro suplente del Comité Central del Partido, secretario del Comité Provincial del Partido, asistió.",
            "de": "Genosse Nguyen Van An, Kandidat des Zentralkomitees der Partei, Sekretär des Provinzparteikomitees, war anwesend.",
            "pl": "Towarzysz Nguyen Van An, zastępca członka Komitetu Centralnego Partii, sekretarz Prowincjonalnego Komitetu Partii, był obecny.",
            "vi": "Đồng chí Nguyễn Văn An, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy dự.",
            "ar": "وحضر الرفيق نغوين فان آن، العضو المناوب في اللجنة المركزية للحزب، أمين لجنة الحزب الإقليمية.",
        },
    ),
    "approved_election_result": (
        {"Nguyen Van An": [("chair", "peoples_committee", "provincial", "Nghe An")]},
        {
            "en": "The Prime Minister approved the election of Mr. Nguyen Van An as Chairman of the Provincial People's Committee.",
            "fr": "Le Premier ministre a approuvé l'élection de M. Nguyen Van An au poste de président du Comité populaire provincial.",
            "es": "El Primer Ministro aprobó la elección del Sr. Nguyen Van An como presidente del Comité Popular Provincial.",
            "de": "Der Premierminister billigte die Wahl von Herrn Nguyen Van An zum Vorsitzenden des Provinzvolkskomitees.",
            "pl": "Premier zatwierdził wybór pana Nguyen Van An na przewodniczącego Prowincjonalnego Komitetu Ludowego.",
            "vi": "Thủ tướng phê chuẩn kết quả bầu ông Nguyễn Văn An giữ chức Chủ tịch UBND tỉnh.",
            "ar": "ووافق رئيس الوزراء على انتخاب السيد نغوين فان آن رئيسا للجنة الشعبية الإقليمية.",
        },
    ),
    "two_deputy_secretaries_and": (
        {
            "Nguyen Van An": [("deputy_secretary", "party_committee", "provincial", "Nghe An")],
            "Tran Van Binh": [("deputy_secretary", "party_committee", "provincial", "Nghe An")],
        },
        {
            "en": "Comrades Nguyen Van An and Tran Van Binh were elected Deputy Secretaries of the Provincial Party Committee.",
            "fr": "Les camarades Nguyen Van An et Tran Van Binh ont été élus secrétaires adjoints du Comité provincial du Parti.",
            "es": "Los camaradas Nguyen Van An y Tran Van Binh fueron elegidos subsecretarios del Comité Provincial del Partido.",
            "de": "Die Genossen Nguyen Van An und Tran Van Binh wurden zu stellvertretenden Sekretären des Provinzparteikomitees gewählt.",
            "pl": "Towarzysze Nguyen Van An i Tran Van Binh zostali wybrani na zastępców sekretarza Prowincjonalnego Komitetu Partii.",
            "vi": "Các đồng chí Nguyễn Văn An và Trần Văn Bình được bầu giữ chức Phó Bí thư Tỉnh ủy.",
            "ar": "وانتُخب الرفيقان نغوين فان آن وتران فان بينه نائبين لأمين لجنة الحزب الإقليمية.",
        },
    ),
    "head_steering_committee": (
        {
            "Nguyen Van An": [
                ("head", "steering_committee", "provincial", "Nghe An"),
                ("vice_chair", "peoples_committee", "provincial", "Nghe An"),
            ]
        },
        {
            "en": "Mr. Nguyen Van An, Vice Chairman of the Provincial People's Committee, Head of the Provincial Steering Committee for Tourism Development, chaired.",
            "fr": "M. Nguyen Van An, vice-président du Comité populaire provincial, chef du Comité de pilotage provincial pour le développement du tourisme, a présidé.",
            "es": "El Sr. Nguyen Van An, vicepresidente del Comité Popular Provincial, jefe del Comité Directivo Provincial para el Desarrollo del Turismo, presidió.",
            "de": "Herr Nguyen Van An, stellvertretender Vorsitzender des Provinzvolkskomitees, Leiter des Provinzlenkungsausschusses für Tourismusentwicklung, leitete.",
            "pl": "Pan Nguyen Van An, wiceprzewodniczący Prowincjonalnego Komitetu Ludowego, przewodniczący Prowincjonalnego Komitetu Sterującego ds. Rozwoju Turystyki, przewodniczył.",
            "vi": "Ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phát triển du lịch tỉnh chủ trì.",
            "ar": "وترأس السيد نغوين فان آن، نائب رئيس اللجنة الشعبية الإقليمية، رئيس اللجنة التوجيهية الإقليمية لتنمية السياحة.",
        },
    ),
    "in_capacity_as": (
        {"Nguyen Van An": [("chair", "peoples_committee", "provincial", "Nghe An")]},
        {
            "en": "Mr. Nguyen Van An, in his capacity as Chairman of the Provincial People's Committee, signed the agreement.",
            "fr": "M. Nguyen Van An, en sa qualité de président du Comité populaire provincial, a signé l'accord.",
            "es": "El Sr. Nguyen Van An, en su calidad de presidente del Comité Popular Provincial, firmó el acuerdo.",
            "de": "Herr Nguyen Van An unterzeichnete in seiner Eigenschaft als Vorsitzender des Provinzvolkskomitees das Abkommen.",
            "pl": "Pan Nguyen Van An, jako przewodniczący Prowincjonalnego Komitetu Ludowego, podpisał porozumienie.",
            "vi": "Ông Nguyễn Văn An, với tư cách Chủ tịch UBND tỉnh, đã ký thỏa thuận.",
            "ar": "ووقع السيد نغوين فان آن، بصفته رئيس اللجنة الشعبية الإقليمية، الاتفاقية.",
        },
    ),
    "two_comrades_deputies_apposition": (
        {
            "Nguyen Van An": [("deputy_secretary", "party_committee", "provincial", "Nghe An")],
            "Tran Van Binh": [("deputy_secretary", "party_committee", "provincial", "Nghe An")],
        },
        {
            "en": "Comrades Nguyen Van An and Tran Van Binh, Deputy Secretaries of the Provincial Party Committee, attended.",
            "fr": "Les camarades Nguyen Van An et Tran Van Binh, secrétaires adjoints du Comité provincial du Parti, étaient présents.",
            "es": "Los camaradas Nguyen Van An y Tran Van Binh, subsecretarios del Comité Provincial del Partido, asistieron.",
            "de": "Die Genossen Nguyen Van An und Tran Van Binh, stellvertretende Sekretäre des Provinzparteikomitees, waren anwesend.",
            "pl": "Towarzysze Nguyen Van An i Tran Van Binh, zastępcy sekretarza Prowincjonalnego Komitetu Partii, byli obecni.",
            "vi": "Các đồng chí Nguyễn Văn An và Trần Văn Bình, Phó Bí thư Tỉnh ủy dự.",
            "ar": "وحضر الرفيقان نغوين فان آن وتران فان بينه، نائبا أمين لجنة الحزب الإقليمية.",
        },
    ),
    "position_of_with_date": (
        {"Nguyen Van An": [("director", "department", "provincial", "Nghe An")]},
        {
            "en": "From January 1, Mr. Nguyen Van An holds the position of Director of the Department of Health.",
            "fr": "À partir du 1er janvier, M. Nguyen Van An occupe le poste de directeur du Département de la Santé.",
            "es": "A partir del 1 de enero, el Sr. Nguyen Van An ocupa el cargo de director del Departamento de Salud.",
            "de": "Ab dem 1. Januar bekleidet Herr Nguyen Van An das Amt des Direktors des Gesundheitsamtes.",
            "pl": "Od 1 stycznia pan Nguyen Van An zajmuje stanowisko dyrektora Departamentu Zdrowia.",
            "vi": "Từ ngày 1/1, ông Nguyễn Văn An giữ chức Giám đốc Sở Y tế.",
            "ar": "واعتبارا من 1 يناير، يشغل السيد نغوين فان آن منصب مدير إدارة الصحة.",
        },
    ),
    "replaces_predecessor": (
        {
            "Nguyen Van An": [("director", "department", "provincial", "Nghe An")],
            "Tran Van Binh": [("director", "department", "provincial", "Nghe An")],
        },
        {
            "en": "Mr. Nguyen Van An was appointed Director of the Department of Health, replacing Mr. Tran Van Binh, who retired.",
            "fr": "M. Nguyen Van An a été nommé directeur du Département de la Santé, en remplacement de M. Tran Van Binh, parti à la retraite.",
            "es": "El Sr. Nguyen Van An fue nombrado director del Departamento de Salud, en sustitución del Sr. Tran Van Binh, que se jubiló.",
            "de": "Herr Nguyen Van An wurde zum Direktor des Gesundheitsamtes ernannt und ersetzt Herrn Tran Van Binh, der in den Ruhestand ging.",
            "pl": "Pan Nguyen Van An został mianowany dyrektorem Departamentu Zdrowia, zastępując pana Tran Van Binha, który przeszedł na emeryturę.",
            "vi": "Ông Nguyễn Văn An được bổ nhiệm giữ chức Giám đốc Sở Y tế, thay ông Trần Văn Bình nghỉ hưu.",
            "ar": "وتم تعيين السيد نغوين فان آن مديرا لإدارة الصحة خلفا للسيد تران فان بينه الذي تقاعد.",
        },
    ),
    "vice_chair_in_charge_of_field": (
        {"Nguyen Van An": [("vice_chair", "peoples_committee", "provincial", "Nghe An")]},
        {
            "en": "Mr. Nguyen Van An, Vice Chairman of the Provincial People's Committee in charge of agriculture, visited the farms.",
            "fr": "M. Nguyen Van An, vice-président du Comité populaire provincial chargé de l'agriculture, a visité les fermes.",
            "es": "El Sr. Nguyen Van An, vicepresidente del Comité Popular Provincial a cargo de la agricultura, visitó las granjas.",
            "de": "Herr Nguyen Van An, für Landwirtschaft zuständiger stellvertretender Vorsitzender des Provinzvolkskomitees, besuchte die Höfe.",
            "pl": "Pan Nguyen Van An, wiceprzewodniczący Prowincjonalnego Komitetu Ludowego odpowiedzialny za rolnictwo, odwiedził gospodarstwa.",
            "vi": "Ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh phụ trách nông nghiệp thăm các trang trại.",
            "ar": "وزار السيد نغوين فان آن، نائب رئيس اللجنة الشعبية الإقليمية المسؤول عن الزراعة، المزارع.",
        },
    ),
    "colon_list_titles_after": (
        {
            "Nguyen Van An": [("secretary", "party_committee", "provincial", "Nghe An")],
            "Tran Van Binh": [("chair", "peoples_committee", "provincial", "Nghe An")],
        },
        {
            "en": "Attending the ceremony were: Mr. Nguyen Van An, Secretary of the Provincial Party Committee; Mr. Tran Van Binh, Chairman of the Provincial People's Committee.",
            "fr": "Étaient présents à la cérémonie : M. Nguyen Van An, secrétaire du Comité provincial du Parti ; M. Tran Van Binh, président du Comité populaire provincial.",
            "es": "Asistieron a la ceremonia: el Sr. Nguyen Van An, secretario del Comité Provincial del Partido; el Sr. Tran Van Binh, presidente del Comité Popular Provincial.",
            "de": "An der Zeremonie nahmen teil: Herr Nguyen Van An, Sekretär des Provinzparteikomitees; Herr Tran Van Binh, Vorsitzender des Provinzvolkskomitees.",
            "pl": "W uroczystości uczestniczyli: pan Nguyen Van An, sekretarz Prowincjonalnego Komitetu Partii; pan Tran Van Binh, przewodniczący Prowincjonalnego Komitetu Ludowego.",
            "vi": "Dự buổi lễ có: ông Nguyễn Văn An, Bí thư Tỉnh ủy; ông Trần Văn Bình, Chủ tịch UBND tỉnh.",
            "ar": "وحضر الحفل كل من: السيد نغوين فان آن، أمين لجنة الحزب الإقليمية؛ والسيد تران فان بينه، رئيس اللجنة الشعبية الإقليمية.",
        },
    ),
    "pl_genitive_object_title": (
        {"Nguyen Van An": [("chair", "peoples_council", "provincial", "Nghe An")]},
        {
            "en": "The delegates congratulated Mr. Nguyen Van An, the new Chairman of the Provincial People's Council.",
            "fr": "Les délégués ont félicité M. Nguyen Van An, nouveau président du Conseil populaire provincial.",
            "es": "Los delegados felicitaron al Sr. Nguyen Van An, nuevo presidente del Consejo Popular Provincial.",
            "de": "Die Delegierten gratulierten Herrn Nguyen Van An, dem neuen Vorsitzenden des Provinzvolksrates.",
            "pl": "Delegaci pogratulowali panu Nguyen Van Anowi, nowemu przewodniczącemu Prowincjonalnej Rady Ludowej.",
            "vi": "Các đại biểu chúc mừng ông Nguyễn Văn An, tân Chủ tịch HĐND tỉnh.",
            "ar": "وهنأ المندوبون السيد نغوين فان آن، الرئيس الجديد لمجلس الشعب الإقليمي.",
        },
    ),
    "standing_vice_chair_council_before": (
        {"Nguyen Van An": [("standing_vice_chair", "peoples_council", "provincial", "Nghe An")]},
        {
            "en": "Permanent Vice Chairman of the Provincial People's Council Nguyen Van An presided over the session.",
            "fr": "Le vice-président permanent du Conseil populaire provincial, Nguyen Van An, a présidé la session.",
            "es": "El vicepresidente permanente del Consejo Popular Provincial, Nguyen Van An, presidió la sesión.",
            "de": "Der ständige stellvertretende Vorsitzende des Provinzvolksrates, Nguyen Van An, leitete die Sitzung.",
            "pl": "Stały wiceprzewodniczący Prowincjonalnej Rady Ludowej Nguyen Van An przewodniczył sesji.",
            "vi": "Phó Chủ tịch Thường trực HĐND tỉnh Nguyễn Văn An điều hành phiên họp.",
            "ar": "وأدار الجلسة النائب الدائم لرئيس مجلس الشعب الإقليمي نغوين فان آن.",
        },
    ),
    "former_chair_dash": (
        {"Nguyen Van An": [("chair", "peoples_committee", "provincial", "Nghe An")]},
        {
            "en": "Mr. Nguyen Van An - former Chairman of the Provincial People's Committee - visited the school.",
            "fr": "M. Nguyen Van An - ancien président du Comité populaire provincial - a visité l'école.",
            "es": "El Sr. Nguyen Van An - ex presidente del Comité Popular Provincial - visitó la escuela.",
            "de": "Herr Nguyen Van An - ehemaliger Vorsitzender des Provinzvolkskomitees - besuchte die Schule.",
            "pl": "Pan Nguyen Van An - były przewodniczący Prowincjonalnego Komitetu Ludowego - odwiedził szkołę.",
            "vi": "Ông Nguyễn Văn An - nguyên Chủ tịch UBND tỉnh thăm trường.",
            "ar": "وزار السيد نغوين فان آن - الرئيس السابق للجنة الشعبية الإقليمية - المدرسة.",
        },
    ),
    "member_na_deputy": (
        {
            "Nguyen Van An": [
                ("member", "national_assembly", "central", None),
                ("member", "national_assembly_delegation", "provincial", "Nghe An"),
            ]
        },
        {
            "en": "Mr. Nguyen Van An, National Assembly deputy of Nghe An province, met voters.",
            "fr": "M. Nguyen Van An, député de l'Assemblée nationale de la province de Nghe An, a rencontré les électeurs.",
            "es": "El Sr. Nguyen Van An, diputado de la Asamblea Nacional por la provincia de Nghe An, se reunió con los votantes.",
            "de": "Herr Nguyen Van An, Abgeordneter der Nationalversammlung der Provinz Nghe An, traf die Wähler.",
            "pl": "Pan Nguyen Van An, deputowany do Zgromadzenia Narodowego z prowincji Nghe An, spotkał się z wyborcami.",
            "vi": "Ông Nguyễn Văn An, Đại biểu Quốc hội tỉnh Nghệ An tiếp xúc cử tri.",
            "ar": "والتقى السيد نغوين فان آن، نائب الجمعية الوطنية عن مقاطعة نغي آن، الناخبين.",
        },
    ),
    "resolution_on_appointing_titled": (
        {
            "Nguyen Van An": [
                ("chair", "peoples_council", "provincial", "Nghe An"),
                ("deputy_secretary", "party_committee", "provincial", "Nghe An"),
            ]
        },
        {
            "en": "The meeting announced the resolution of the National Assembly Standing Committee on the appointment of Deputy Secretary of the Provincial Party Committee Nguyen Van An as Chairman of the Provincial People's Council.",
            "fr": "La réunion a annoncé la résolution du Comité permanent de l'Assemblée nationale sur la nomination du secrétaire adjoint du Comité provincial du Parti Nguyen Van An au poste de président du Conseil populaire provincial.",
            "es": "En la reunión se anunció la resolución del Comité Permanente de la Asamblea Nacional sobre el nombramiento del subsecretario del Comité Provincial del Partido Nguyen Van An como presidente del Consejo Popular Provincial.",
            "de": "Auf der Sitzung wurde die Resolution des Ständigen Ausschusses der Nationalversammlung über die Ernennung des stellvertretenden Sekretärs des Provinzparteikomitees Nguyen Van An zum Vorsitzenden des Provinzvolksrates verkündet.",
            "pl": "Na spotkaniu ogłoszono rezolucję Stałego Komitetu Zgromadzenia Narodowego o mianowaniu zastępcy sekretarza Prowincjonalnego Komitetu Partii Nguyen Van Ana na przewodniczącego Prowincjonalnej Rady Ludowej.",
            "vi": "Hội nghị công bố Nghị quyết của Ủy ban Thường vụ Quốc hội về việc chỉ định Phó Bí thư Tỉnh ủy Nguyễn Văn An giữ chức Chủ tịch HĐND tỉnh.",
            "ar": "وأعلن الاجتماع قرار اللجنة الدائمة للجمعية الوطنية بشأن تعيين نائب أمين لجنة الحزب الإقليمية نغوين فان آن رئيسا لمجلس الشعب الإقليمي.",
        },
    ),
    "dismissed_due_to_transfer": (
        {
            "Nguyen Van An": [
                ("chair", "peoples_committee", "provincial", "Nghe An"),
                ("deputy_secretary", "party_committee", "provincial", "Nghe An"),
            ]
        },
        {
            "en": "The session dismissed comrade Nguyen Van An from the position of Chairman of the Provincial People's Committee due to his transfer to the position of Deputy Secretary of the Provincial Party Committee.",
            "fr": "La session a relevé le camarade Nguyen Van An du poste de président du Comité populaire provincial en raison de sa mutation au poste de secrétaire adjoint du Comité provincial du Parti.",
            "es": "La sesión destituyó al camarada Nguyen Van An del cargo de presidente del Comité Popular Provincial debido a su traslado al cargo de subsecretario del Comité Provincial del Partido.",
            "de": "Die Sitzung entließ Genossen Nguyen Van An aus dem Amt des Vorsitzenden des Provinzvolkskomitees wegen seiner Versetzung in das Amt des stellvertretenden Sekretärs des Provinzparteikomitees.",
            "pl": "Sesja odwołała towarzysza Nguyen Van Ana ze stanowiska przewodniczącego Prowincjonalnego Komitetu Ludowego ze względu na przeniesienie go na stanowisko zastępcy sekretarza Prowincjonalnego Komitetu Partii.",
            "vi": "Kỳ họp miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với đồng chí Nguyễn Văn An do được điều động giữ chức Phó Bí thư Tỉnh ủy.",
            "ar": "وأعفت الدورة الرفيق نغوين فان آن من منصب رئيس اللجنة الشعبية الإقليمية بسبب نقله إلى منصب نائب أمين لجنة الحزب الإقليمية.",
        },
    ),
    "photo_bracket_reelected": (
        {"Nguyen Van An": [("chair", "fatherland_front", "provincial", "Nghe An")]},
        {
            "en": "Mr. Nguyen Van An (holding flowers, in the middle) was re-elected Chairman of the Provincial Vietnam Fatherland Front Committee.",
            "fr": "M. Nguyen Van An (tenant des fleurs, au milieu) a été réélu président du Comité du Front de la Patrie du Vietnam de la province.",
            "es": "El Sr. Nguyen Van An (con flores, en el centro) fue reelegido presidente del Comité del Frente de la Patria de Vietnam de la provincia.",
            "de": "Herr Nguyen Van An (mit Blumen, in der Mitte) wurde als Vorsitzender des Komitees der Vaterländischen Front Vietnams der Provinz wiedergewählt.",
            "pl": "Pan Nguyen Van An (trzymający kwiaty, pośrodku) został ponownie wybrany na przewodniczącego Komitetu Frontu Ojczyzny Wietnamu prowincji.",
            "vi": "Ông Nguyễn Văn An (cầm hoa, ở giữa) tái đắc cử Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.",
            "ar": "أعيد انتخاب السيد نغوين فان آن (يحمل الزهور في الوسط) رئيسا للجنة جبهة الوطن الفيتنامية في المقاطعة.",
        },
    ),
    "transfer_and_appointment_of_titled": (
        {
            "Nguyen Van An": [
                ("deputy_head", "party_commission", "provincial", "Nghe An"),
                ("secretary", "party_committee", "district", None),
            ]
        },
        {
            "en": "The representative announced the decision of the Secretariat on the transfer and appointment of comrade Nguyen Van An, Secretary of the District Party Committee, to the position of Deputy Head of the Provincial Party Committee's Organization Commission.",
            "fr": "Le représentant a annoncé la décision du Secrétariat sur la mutation et la nomination du camarade Nguyen Van An, secrétaire du Comité du Parti du district, au poste de chef adjoint de la Commission d'organisation du Comité provincial du Parti.",
            "es": "El representante anunció la decisión del Secretariado sobre el traslado y nombramiento del camarada Nguyen Van An, secretario del Comité del Partido del distrito, para el cargo de subjefe de la Comisión de Organización del Comité Provincial del Partido.",
            "de": "Der Vertreter verkündete den Beschluss des Sekretariats über die Versetzung und Ernennung von Genossen Nguyen Van An, Sekretär des Bezirksparteikomitees, zum stellvertretenden Leiter der Organisationskommission des Provinzparteikomitees.",
            "pl": "Przedstawiciel ogłosił decyzję Sekretariatu w sprawie przeniesienia i mianowania towarzysza Nguyen Van Ana, sekretarza Komitetu Partii Dystryktu, na stanowisko zastępcy kierownika Komisji Organizacyjnej Prowincjonalnego Komitetu Partii.",
            "vi": "Đại diện công bố quyết định của Ban Bí thư về việc điều động, bổ nhiệm đồng chí Nguyễn Văn An, Bí thư Huyện ủy giữ chức Phó Trưởng Ban Tổ chức Tỉnh ủy.",
            "ar": "وأعلن الممثل قرار الأمانة العامة بشأن نقل وتعيين الرفيق نغوين فان آن، أمين لجنة الحزب في المنطقة، في منصب نائب رئيس لجنة التنظيم التابعة للجنة الحزب الإقليمية.",
        },
    ),
    "two_titles_before_name_comma": (
        {
            "Nguyen Van An": [
                ("chair", "peoples_council", "provincial", "Nghe An"),
                ("secretary", "party_committee", "provincial", "Nghe An"),
            ]
        },
        {
            "en": "Secretary of the Provincial Party Committee, Chairman of the Provincial People's Council Nguyen Van An delivered the closing speech.",
            "fr": "Le secrétaire du Comité provincial du Parti, président du Conseil populaire provincial, Nguyen Van An, a prononcé le discours de clôture.",
            "es": "El secretario del Comité Provincial del Partido, presidente del Consejo Popular Provincial, Nguyen Van An, pronunció el discurso de clausura.",
            "de": "Der Sekretär des Provinzparteikomitees, Vorsitzender des Provinzvolksrates, Nguyen Van An, hielt die Schlussrede.",
            "pl": "Sekretarz Prowincjonalnego Komitetu Partii, przewodniczący Prowincjonalnej Rady Ludowej Nguyen Van An wygłosił przemówienie zamykające.",
            "vi": "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Văn An phát biểu bế mạc.",
            "ar": "وألقى أمين لجنة الحزب الإقليمية، رئيس مجلس الشعب الإقليمي نغوين فان آن، كلمة الختام.",
        },
    ),
    "acting_chair_spelled": (
        {"Nguyen Van An": [("other", "peoples_committee", "provincial", "Nghe An")]},
        {
            "en": "Mr. Nguyen Van An, Acting Chairman of the Provincial People's Committee, chaired the meeting.",
            "fr": "M. Nguyen Van An, président par intérim du Comité populaire provincial, a présidé la réunion.",
            "es": "El Sr. Nguyen Van An, presidente interino del Comité Popular Provincial, presidió la reunión.",
            "de": "Herr Nguyen Van An, amtierender Vorsitzender des Provinzvolkskomitees, leitete die Sitzung.",
            "pl": "Pan Nguyen Van An, pełniący obowiązki przewodniczącego Prowincjonalnego Komitetu Ludowego, przewodniczył posiedzeniu.",
            "vi": "Ông Nguyễn Văn An, Quyền Chủ tịch UBND tỉnh chủ trì cuộc họp.",
            "ar": "وترأس الاجتماع السيد نغوين فان آن، القائم بأعمال رئيس اللجنة الشعبية الإقليمية.",
        },
    ),
    "relative_who_holds": (
        {"Nguyen Van An": [("vice_chair", "peoples_committee", "provincial", "Nghe An")]},
        {
            "en": "Mr. Nguyen Van An, who holds the position of Vice Chairman of the Provincial People's Committee, inspected the dyke.",
            "fr": "M. Nguyen Van An, qui occupe le poste de vice-président du Comité populaire provincial, a inspecté la digue.",
            "es": "El Sr. Nguyen Van An, que ocupa el cargo de vicepresidente del Comité Popular Provincial, inspeccionó el dique.",
            "de": "Herr Nguyen Van An, der das Amt des stellvertretenden Vorsitzenden des Provinzvolkskomitees bekleidet, inspizierte den Deich.",
            "pl": "Pan Nguyen Van An, który pełni funkcję wiceprzewodniczącego Prowincjonalnego Komitetu Ludowego, skontrolował wał.",
            "vi": "Ông Nguyễn Văn An, người đang giữ chức Phó Chủ tịch UBND tỉnh kiểm tra đê.",
            "ar": "وتفقد السيد نغوين فان آن، الذي يشغل منصب نائب رئيس اللجنة الشعبية الإقليمية، السد.",
        },
    ),
    "previously_held": (
        {"Nguyen Van An": [("director", "department", "provincial", "Nghe An")]},
        {
            "en": "Mr. Nguyen Van An previously held the position of Director of the Department of Health.",
            "fr": "M. Nguyen Van An occupait auparavant le poste de directeur du Département de la Santé.",
            "es": "El Sr. Nguyen Van An ocupó anteriormente el cargo de director del Departamento de Salud.",
            "de": "Herr Nguyen Van An bekleidete zuvor das Amt des Direktors des Gesundheitsamtes.",
            "pl": "Pan Nguyen Van An wcześniej zajmował stanowisko dyrektora Departamentu Zdrowia.",
            "vi": "Ông Nguyễn Văn An từng giữ chức Giám đốc Sở Y tế.",
            "ar": "وشغل السيد نغوين فان آن سابقا منصب مدير إدارة الصحة.",
        },
    ),
    "standing_deputy_secretary_elected": (
        {"Nguyen Van An": [("standing_deputy_secretary", "party_committee", "provincial", "Nghe An")]},
        {
            "en": "Comrade Nguyen Van An was elected Standing Deputy Secretary of the Provincial Party Committee.",
            "fr": "Le camarade Nguyen Van An a été élu secrétaire adjoint permanent du Comité provincial du Parti.",
            "es": "El camarada Nguyen Van An fue elegido subsecretario permanente del Comité Provincial del Partido.",
            "de": "Genosse Nguyen Van An wurde zum ständigen stellvertretenden Sekretär des Provinzparteikomitees gewählt.",
            "pl": "Towarzysz Nguyen Van An został wybrany na stałego zastępcę sekretarza Prowincjonalnego Komitetu Partii.",
            "vi": "Đồng chí Nguyễn Văn An được bầu giữ chức Phó Bí thư Thường trực Tỉnh ủy.",
            "ar": "وانتخب الرفيق نغوين فان آن نائبا دائما لأمين لجنة الحزب الإقليمية.",
        },
    ),
}


@pytest.mark.parametrize(
    ("construction", "lang"), [(c, lang) for c, (_, texts) in _PARITY28.items() for lang in texts]
)
def test_the_seven_editions_read_a_post_alike_round_2(construction, lang):
    want, texts = _PARITY28[construction]
    got = placed_posts(_OPENING28[lang] + texts[lang], lang)
    assert got == {name: set(posts) for name, posts in want.items()}


# 7. (part 2) 'in one's capacity as': fr 'en sa qualité de président du ...', es 'en su calidad de presidente del ...'
# read no post (en 'in his capacity as', de 'in seiner Eigenschaft als', pl 'jako', vi 'với tư cách', ar 'بصفته' did)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "M. Nguyen Van An, en sa qualité de président du Comité populaire provincial, a signé l'accord.",
        ),
        (
            "es",
            "El Sr. Nguyen Van An, en su calidad de presidente del Comité Popular Provincial, firmó el acuerdo.",
        ),
        # (read so already)
        (
            "en",
            "Mr. Nguyen Van An, in his capacity as Chairman of the Provincial People's Committee, signed the agreement.",
        ),
        (
            "fr",
            "En sa qualité de président du Comité populaire provincial, M. Nguyen Van An a signé l'accord.",
        ),
    ],
)
def test_in_one_s_capacity_as(lang, text):
    assert placed_posts(text, lang) == {_AN: {("chair", "peoples_committee", "provincial", None)}}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # another person's capacity, a capacity that is no post
        (
            "es",
            "El Sr. Nguyen Van An, secretario del Comité Provincial del Partido, recibió al Sr. Tran Van Binh en calidad "
            "de enviado del presidente del Comité Popular Provincial.",
            {_AN: {("secretary", "party_committee", "provincial", None)}, "Tran Van Binh": set()},
        ),
        ("es", "El Sr. Nguyen Van An participó en calidad de observador.", {_AN: set()}),
    ],
)
def test_a_capacity_of_another_or_no_post_stays(lang, text, want):
    assert placed_posts(text, lang) == want


# 8. (part 2) a committee's name with a comma inside it, before its owner: vi 'Chủ nhiệm Ủy ban Văn hóa, Giáo dục của
# Quốc hội', en 'Chairman of the Committee for Science, Technology and Environment of the National Assembly', de
# 'Vorsitzender des Ausschusses für Wissenschaft, Technologie und Umwelt der Nationalversammlung' read the Assembly's
# chair (the comma hid the committee, so the role took the Assembly); fr, es, pl, ar, en with the possessive read head
_NA_HEAD = {_AN: {("head", "national_assembly", "central", None)}}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Ông Nguyễn Văn An, Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội thăm trường."),
        (
            "vi",
            "Ông Nguyễn Văn An, Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội thăm trường.",
        ),
        (
            "en",
            "Mr. Nguyen Van An, Chairman of the Committee for Science, Technology and Environment of the National "
            "Assembly, visited the school.",
        ),
        (
            "de",
            "Herr Nguyen Van An, Vorsitzender des Ausschusses für Wissenschaft, Technologie und Umwelt der "
            "Nationalversammlung, besuchte die Schule.",
        ),
        # (read so already)
        (
            "en",
            "Mr. Nguyen Van An, Chairman of the National Assembly's Committee for Science, Technology and Environment, "
            "visited the school.",
        ),
        (
            "es",
            "El Sr. Nguyen Van An, presidente de la Comisión de Ciencia, Tecnología y Medio Ambiente de la Asamblea "
            "Nacional, visitó la escuela.",
        ),
        (
            "pl",
            "Pan Nguyen Van An, przewodniczący Komisji Nauki, Technologii i Środowiska Zgromadzenia Narodowego, "
            "odwiedził szkołę.",
        ),
        (
            "ar",
            "وزار السيد نغوين فان آن، رئيس لجنة العلوم والتكنولوجيا والبيئة التابعة للجمعية الوطنية، المدرسة.",
        ),
        ("vi", "Ông Nguyễn Văn An, Chủ nhiệm Ủy ban Kinh tế của Quốc hội thăm trường."),
    ],
)
def test_a_committee_s_name_with_a_comma_before_its_owner(lang, text):
    assert placed_posts(text, lang) == _NA_HEAD


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a comma that closes the committee's post before the next one
        (
            "vi",
            "Ông Nguyễn Văn An, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, Đại biểu Quốc hội thăm trường.",
            {
                _AN: {
                    ("chair", "party_commission", "provincial", None),
                    ("member", "national_assembly", "central", None),
                }
            },
        ),
        (
            "vi",
            "Ông Nguyễn Văn An, Chủ tịch Quốc hội thăm trường.",
            {_AN: {("chair", "national_assembly", "central", None)}},
        ),
    ],
)
def test_a_committee_s_comma_before_another_post_stays(lang, text, want):
    assert placed_posts(text, lang) == want


# review28 Medium 13 (6e77ec77): a decision's signer and a ceremony's speaker keep their posts: the issuer's title is
# dropped only after a document word that opens its clause (two words at most before it) with no agent's preposition
@pytest.mark.parametrize(
    ("lang", "text", "post"),
    [
        (
            "vi",
            "Quyết định do Chủ tịch UBND tỉnh ông Nguyễn Văn An ký.",
            ("chair", "peoples_committee", "provincial", None),
        ),
        (
            "pl",
            "Podczas ceremonii wręczenia decyzji wiceprzewodniczący Prowincjonalnego Komitetu Ludowego pan Nguyen Van "
            "An pogratulował panu Tran Van Binh.",
            ("vice_chair", "peoples_committee", "provincial", None),
        ),
        (
            "pl",
            "Na uroczystości wręczenia decyzji przewodniczący Prowincjonalnego Komitetu Ludowego pan Nguyen Van An "
            "wręczył decyzję panu Tran Van Binh.",
            ("chair", "peoples_committee", "provincial", None),
        ),
    ],
)
def test_a_decision_s_signer_or_a_ceremony_s_speaker_keeps_the_title(lang, text, post):
    assert post in placed_posts(text, lang)[_AN]


# review28 Medium 14 (61da692d): a province the department's director visits is no place of his department
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Mr. Nguyen Van An, Director of the Department of Industry and Trade, visited Ha Tinh province.",
        ),
        ("de", "Herr Nguyen Van An, Direktor des Amtes für Bauwesen, besuchte die Provinz Ha Tinh."),
        (
            "es",
            "El Sr. Nguyen Van An, director del Departamento de Construcción visitó la provincia de Ha Tinh.",
        ),
        (
            "fr",
            "M. Nguyen Van An, directeur du Département de la Construction, a visité la province de Ha Tinh.",
        ),
    ],
)
def test_a_province_visited_is_no_department_s_place(lang, text):
    assert _career(lang, text) == {("director", "department", "Nghe An", False)}
