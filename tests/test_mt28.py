"""mt28's blind round (silver/mt28/corrections-mt28.txt): a visit written with a light verb and a visit noun ("paid a
visit to", "a rendu visite", "realizó una visita a", "złożył wizytę", "قام ... بزيارة", "có chuyến thăm") is the verb "visited": a
leader's visit to policy families is no meeting (the read gold records none for a visit to families, docs/dates.md), a
delegation's visit to a place or a body is a trip (held), a working visit stays a meeting."""

import pytest

from tests.helpers import meetings_of, placed_posts

_FAMILIES = [
    (
        "en",
        "On the morning of July 27, 2023, comrade Vo Van Minh, Chairman of the Binh Duong Provincial People's Committee,"
        " paid a visit to and presented gifts to policy families in Di An city.",
    ),
    (
        "en",
        "On the morning of July 27, 2023, comrade Vo Van Minh, Chairman of the Binh Duong Provincial People's Committee,"
        " made a visit to policy families in Di An city.",
    ),
    (
        "fr",
        "Le matin du 27 juillet 2023, le camarade Vo Van Minh – secrétaire adjoint du Comité provincial du Parti,"
        " président du Comité populaire provincial de Binh Duong – a rendu visite et offert des cadeaux aux familles"
        " bénéficiaires de politiques de la ville de Di An.",
    ),
    (
        "es",
        "En la mañana del 27 de julio de 2023, el camarada Vo Van Minh, presidente del Comité Popular de la provincia de"
        " Binh Duong, realizó una visita a las familias beneficiarias de políticas de la ciudad de Di An.",
    ),
    (
        "es",
        "En la mañana del 27 de julio de 2023, el camarada Vo Van Minh, presidente del Comité Popular de la provincia de"
        " Binh Duong, hizo una visita a las familias beneficiarias de políticas y les entregó regalos.",
    ),
    (
        "pl",
        "Rano 27 lipca 2023 roku towarzysz Vo Van Minh, przewodniczący Komitetu Ludowego prowincji Binh Duong, złożył"
        " wizytę rodzinom objętym polityką socjalną w mieście Di An.",
    ),
    (
        "ar",
        "في صباح يوم 27 يوليو 2023، قام الرفيق فو فان مينه، رئيس اللجنة الشعبية لمقاطعة بينه زونغ، بزيارة الأسر"
        " المستفيدة من السياسات في مدينة دي آن وتقديم الهدايا لها.",
    ),
    (
        "vi",
        "Sáng 27/7/2023, đồng chí Võ Văn Minh, Chủ tịch UBND tỉnh Bình Dương đã có chuyến thăm gia đình chính sách tại"
        " thành phố Dĩ An.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _FAMILIES)
def test_a_light_verb_visit_to_families_is_no_meeting(lang, text):
    assert meetings_of(text, lang) == []


_HELD = [
    ("en", "On January 20, 2024, the delegation of Attapeu province paid a visit to Kon Tum province."),
    (
        "en",
        "On January 20, 2024, Mr. Nguyen Van A, Secretary of the Kon Tum Provincial Party Committee, paid a working visit"
        " to Dak To district.",
    ),
    (
        "fr",
        "Le 20 janvier 2024, la délégation de la province d'Attapeu a rendu visite à la province de Kon Tum.",
    ),
    (
        "es",
        "El 20 de enero de 2024, la delegación de la provincia de Attapeu realizó una visita a la provincia de Kon Tum.",
    ),
    (
        "es",
        "El 20 de enero de 2024, el camarada Nguyen Van A, secretario del Comité Provincial del Partido de Kon Tum,"
        " realizó una visita de trabajo a la provincia de Gia Lai.",
    ),
    ("pl", "20 stycznia 2024 roku delegacja prowincji Attapeu złożyła wizytę w prowincji Kon Tum."),
    (
        "pl",
        "20 stycznia 2024 roku towarzysz Nguyen Van A, sekretarz Prowincjonalnego Komitetu Partii Kon Tum, złożył wizytę"
        " roboczą w prowincji Gia Lai.",
    ),
    ("ar", "في 20 يناير 2024، قام وفد مقاطعة أتابو بزيارة مقاطعة كون توم."),
    (
        "ar",
        "في 20 يناير 2024، رحب الرفيق نجوين فان آ، أمين لجنة الحزب في مقاطعة كون توم، بزيارة وفد مقاطعة أتابو.",
    ),
    (
        "en",
        "On January 20, 2024, the Prime Minister paid a visit to Kon Tum province and inspected several projects.",
    ),
    ("fr", "Le 20 janvier 2024, le Premier ministre a rendu visite à la province de Kon Tum."),
    (
        "vi",
        "Sáng 20/1/2024, đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy Kon Tum đã có chuyến thăm và làm việc tại huyện Đắk Tô.",
    ),
    ("vi", "Sáng 20/1/2024, đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy Kon Tum đã có chuyến thăm tỉnh Gia Lai."),
    (
        "ar",
        "في 20 يناير 2024، قام الرفيق نجوين فان آ، أمين لجنة الحزب في مقاطعة كون توم، بزيارة عمل إلى مقاطعة جيا لاي.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _HELD)
def test_a_delegations_trip_or_a_working_visit_stays_a_meeting(lang, text):
    assert [m[0] for m in meetings_of(text, lang)] == ["2024-01-20"]


# a join wording with the purpose word the translation writes before it ("para unirse al", "pour rejoindre le", as en
# "to join") right after a name opens what it joins: the post after it is the name's, a body alone a membership
_UT = ("Nguyen Van Ut", "deputy_secretary", "party_committee", "provincial", "Dong Nai")
_JOINED = [
    (
        "es",
        "Se anunció la designación del camarada Nguyen Van Ut para unirse al Comité Ejecutivo y al Comité Permanente y"
        " ocupar el cargo de subsecretario del Comité del Partido de la provincia de Dong Nai, mandato 2025-2030.",
        {_UT[1:]},
    ),
    (
        "fr",
        "On a annoncé la désignation du camarade Nguyen Van Ut pour rejoindre le Comité exécutif et le Comité permanent"
        " et occuper le poste de secrétaire adjoint du Comité provincial du Parti de Dong Nai, mandat 2025-2030.",
        {_UT[1:]},
    ),
    (
        "es",
        "Se anunció la designación del camarada Nguyen Van Ut para unirse al Comité Ejecutivo del Comité del Partido de"
        " la provincia de Dong Nai.",
        {("member", "party_committee", "provincial", "Dong Nai")},
    ),
    (
        "fr",
        "On a annoncé la désignation du camarade Nguyen Van Ut pour rejoindre le Comité exécutif du Comité provincial du"
        " Parti de Dong Nai.",
        {("member", "party_committee", "provincial", "Dong Nai")},
    ),
    # guards: the other languages, and the purpose word after a titled name
    (
        "en",
        "The Central Organization Commission announced the decision of the Secretariat on transferring and appointing"
        " comrade Nguyen Van Ut to join the Executive Committee and the Standing Committee and hold the position of"
        " Deputy Secretary of the Dong Nai Provincial Party Committee, term 2025-2030.",
        {_UT[1:]},
    ),
    (
        "pl",
        "Wcześniej Centralna Komisja Organizacyjna ogłosiła decyzję Sekretariatu o przeniesieniu i wyznaczeniu towarzysza"
        " Nguyen Van Uta do udziału w Komitecie Wykonawczym i Stałym Komitecie oraz objęcia stanowiska zastępcy"
        " sekretarza Prowincjonalnego Komitetu Partii Dong Nai kadencji 2025-2030.",
        {_UT[1:]},
    ),
    (
        "es",
        "Se anunció la designación del camarada Nguyen Van Ut, viceministro, para unirse al Comité Ejecutivo del Comité"
        " del Partido de la provincia de Dong Nai.",
        {
            ("deputy_minister", "ministry", "central", None),
            ("member", "party_committee", "provincial", "Dong Nai"),
        },
    ),
]


@pytest.mark.parametrize(("lang", "text", "posts"), _JOINED)
def test_a_purpose_join_after_a_name_opens_what_it_joins(lang, text, posts):
    assert placed_posts(text, lang) == {"Nguyen Van Ut": posts}


# vi: the resolution electing a post for a name ("Nghị quyết bầu <post> đối với đồng chí A", u-vi-1198's own sentence)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Chiều 20-5, với đa số đại biểu tán thành, Quốc hội đã thông qua Nghị quyết bầu Chủ tịch Quốc hội đối với"
            " đồng chí Trần Thanh Mẫn.",
            {"Tran Thanh Man": {("chair", "national_assembly", "central", None)}},
        ),
        (
            "HĐND tỉnh đã thông qua Nghị quyết về việc bầu Phó Chủ tịch UBND tỉnh Đồng Nai đối với đồng chí Nguyễn Văn Út.",
            {"Nguyen Van Ut": {("vice_chair", "peoples_committee", "provincial", "Dong Nai")}},
        ),
        # guard: an election named in brackets after a name is no post of the next name
        (
            "HĐND tỉnh đã biểu quyết miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Lạng Sơn đối với ông Dương Xuân Huyên (để"
            " giới thiệu bầu Phó Chủ tịch HĐND tỉnh) và ông Lương Trọng Quỳnh.",
            {
                "Duong Xuan Huyen": {("vice_chair", "peoples_committee", "provincial", "Lang Son")},
                "Luong Trong Quynh": {("vice_chair", "peoples_committee", "provincial", "Lang Son")},
            },
        ),
    ],
)
def test_a_resolution_electing_a_post_for_a_name(text, want):
    assert placed_posts(text, "vi") == want


# ar: a title right before an honorific the conjunction و is glued to ("والرفيقة", "والسيدة") is the name's before it,
# not the next name's (the next name opens its own item: as "A - T1 وT2 والرفيق B" already read)
_MINH = {
    ("deputy_secretary", "party_committee", "provincial", None),
    ("chair", "peoples_committee", "provincial", None),
}
_HANH = {("head", "party_commission", "provincial", None)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "قام الرفيق فو فان مينه – نائب أمين لجنة الحزب الإقليمية، رئيس اللجنة الشعبية الإقليمية والرفيقة ترونغ ثي"
            " بيتش هانه – رئيسة لجنة الدعاية والتعليم بزيارة الأسر.",
            {"Vo Van Minh": _MINH, "Truong Thi Bich Hanh": _HANH},
        ),
        (
            "قام الرفيق فو فان مينه، نائب أمين لجنة الحزب الإقليمية، رئيس اللجنة الشعبية الإقليمية والسيدة ترونغ ثي بيتش"
            " هانه، رئيسة لجنة الدعاية والتعليم بزيارة الأسر.",
            {"Vo Van Minh": _MINH, "Truong Thi Bich Hanh": _HANH},
        ),
        # guards: the conjunction spaced, glued to a title, or a bare name after it
        (
            "قام الرفيق فو فان مينه – نائب أمين لجنة الحزب الإقليمية ورئيس اللجنة الشعبية الإقليمية والرفيقة ترونغ ثي"
            " بيتش هانه – رئيسة لجنة الدعاية والتعليم بزيارة الأسر.",
            {"Vo Van Minh": _MINH, "Truong Thi Bich Hanh": _HANH},
        ),
        (
            "قام الرفيق فو فان مينه – نائب أمين لجنة الحزب الإقليمية، رئيس اللجنة الشعبية الإقليمية وترونغ ثي بيتش هانه"
            " – رئيسة لجنة الدعاية والتعليم بزيارة الأسر.",
            {"Vo Van Minh": _MINH, "Truong Thi Bich Hanh": _HANH},
        ),
        (
            "حضر الاجتماع الرفيق فو فان مينه، ورئيسة لجنة الدعاية والتعليم ترونغ ثي بيتش هانه.",
            {"Vo Van Minh": set(), "Truong Thi Bich Hanh": _HANH},
        ),
    ],
)
def test_a_title_before_a_glued_honorific_is_the_name_before(text, want):
    assert placed_posts(text, "ar") == want


# fr, es, pl: an electing participle or relative clause before a name gives it the role written right after it, as
# the finite verb does ("a élu le camarade A président", "eligió al camarada A presidente")
_MAN = {"Tran Thanh Man": {("chair", "national_assembly", "central", None)}}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "L'Assemblée nationale a adopté la résolution élisant le camarade Tran Thanh Man président de l'Assemblée"
            " nationale.",
            _MAN,
        ),
        (
            "es",
            "La Asamblea Nacional aprobó la resolución que elige al camarada Tran Thanh Man presidente de la Asamblea"
            " Nacional.",
            _MAN,
        ),
        (
            "pl",
            "Zgromadzenie Narodowe przyjęło uchwałę wybierającą towarzysza Tran Thanh Mana przewodniczącym Zgromadzenia"
            " Narodowego.",
            _MAN,
        ),
        # guards: the finite verb and the other languages' wordings
        (
            "fr",
            "L'Assemblée nationale a élu le camarade Tran Thanh Man président de l'Assemblée nationale.",
            _MAN,
        ),
        (
            "en",
            "The National Assembly adopted the resolution electing comrade Tran Thanh Man Chairman of the National"
            " Assembly.",
            _MAN,
        ),
        (
            "de",
            "Die Nationalversammlung verabschiedete die Resolution zur Wahl von Genosse Tran Thanh Man zum Vorsitzenden"
            " der Nationalversammlung.",
            _MAN,
        ),
        # the participle's object with no role after it holds none
        (
            "fr",
            "L'Assemblée nationale a adopté la résolution élisant le camarade Tran Thanh Man, qui a prêté serment.",
            {"Tran Thanh Man": set()},
        ),
    ],
)
def test_an_electing_participle_gives_its_object_the_role_after_it(lang, text, want):
    assert placed_posts(text, lang) == want
