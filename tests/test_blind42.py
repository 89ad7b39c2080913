"""blind42 (stop 42): constructions of silver/mt42's blind misses, each in the languages that write it.

1. A People's Council (a National Assembly, a party committee) as the agent of an election's passive, with a day,
   sat that day: es 'En la mañana del 18 de noviembre, el Sr. A ... fue elegido por el Consejo Popular provincial',
   fr 'a été élu par le Conseil populaire provincial', pl 'został wybrany przez Prowincjonalną Radę Ludową', de
   'wurde Herr A vom Provinzvolksrat ... gewählt', ar 'تم انتخاب السيد A ... من قبل مجلس الشعب الإقليمي' (mt42 es-01);
   en and vi read it already.
2. A province's government is its People's Committee, its head the chairman: es 'asume el cargo de jefe del gobierno
   provincial de Vinh Long en sustitución del Sr. B' (mt42 es-01), en 'head of the Vinh Long provincial government',
   fr 'chef du gouvernement provincial', pl 'szefa rządu prowincji', ar 'رئيس حكومة مقاطعة', de 'Chef der
   Provinzregierung' read the central Government (or nothing)."""

import pytest

from tests.helpers import meetings_of, placed_posts

BYLINE = "VnExpress - 18/11/2025\n"
PC = ("2025-11-18", "peoples_council", "Vinh Long")
ELECTED_BY = [
    # the passive's agent a sitting body (fixed here)
    (
        "es",
        "En la mañana del 18 de noviembre, el Sr. Tran Tri Quang, subsecretario del Comité Provincial del Partido de "
        "Vinh Long, fue elegido por el Consejo Popular provincial para ocupar el cargo de presidente del Comité Popular "
        "provincial con más del 99% de los votos a favor.",
        [PC],
    ),
    (
        "fr",
        "Le matin du 18 novembre, M. Tran Tri Quang, secrétaire adjoint du Comité provincial du Parti de Vinh Long, a "
        "été élu par le Conseil populaire provincial au poste de président du Comité populaire provincial.",
        [PC],
    ),
    (
        "pl",
        "Rano 18 listopada pan Tran Tri Quang, zastępca sekretarza Prowincjonalnego Komitetu Partii Vinh Long, został "
        "wybrany przez Prowincjonalną Radę Ludową na stanowisko przewodniczącego Prowincjonalnego Komitetu Ludowego.",
        [PC],
    ),
    (
        "de",
        "Am Morgen des 18. November wurde Herr Tran Tri Quang, stellvertretender Sekretär des Provinzparteikomitees von "
        "Vinh Long, vom Provinzvolksrat mit mehr als 99 % der Stimmen zum Vorsitzenden des Provinzvolkskomitees gewählt.",
        [PC],
    ),
    (
        "ar",
        "صباح يوم 18 نوفمبر، تم انتخاب السيد تران تري كوانغ، نائب سكرتير لجنة الحزب لمقاطعة فينه لونغ، من قبل مجلس الشعب "
        "الإقليمي لمنصب رئيس اللجنة الشعبية الإقليمية بأكثر من 99% من الأصوات.",
        [PC],
    ),
    (
        "en",
        "On the morning of November 18, Mr. Tran Tri Quang was elected by the Vinh Long Provincial People's Council "
        "as Chairman of the Provincial People's Committee.",
        [PC],
    ),
    # guards: the readings that stood (en with a title before, the active voice, vi's passive), and no sitting for
    # a document's passive, another agent, a participle that is not an election, or one in apposition of another
    # year
    (
        "en",
        "On the morning of November 18, Mr. Tran Tri Quang, Deputy Secretary of the Vinh Long Provincial Party "
        "Committee, was elected by the Provincial People's Council to the position of Chairman of the Provincial "
        "People's Committee.",
        [PC],
    ),
    (
        "es",
        "En la mañana del 18 de noviembre, el Consejo Popular de la provincia de Vinh Long eligió al Sr. Tran Tri Quang "
        "presidente del Comité Popular provincial.",
        [PC],
    ),
    (
        "vi",
        "Sáng 18/11, ông Trần Trí Quang, Phó Bí thư Tỉnh ủy Vĩnh Long, được HĐND tỉnh Vĩnh Long bầu giữ chức Chủ tịch "
        "UBND tỉnh với hơn 99% số phiếu tán thành.",
        [PC],
    ),
    (
        "es",
        "El plan, aprobado por el Consejo Popular de la provincia de Vinh Long el 18 de noviembre, entra en vigor.",
        [],
    ),
    ("de", "Am 18. November wurde Herr Tran Tri Quang vom Provinzvolksrat empfangen.", []),
    (
        "en",
        "On November 18, Mr. Tran Tri Quang, elected by the Provincial People's Council in 2021, visited the school.",
        [],
    ),
    (
        "es",
        "El 18 de noviembre, el Sr. Tran Tri Quang, elegido por el Consejo Popular provincial en 2021, visitó la escuela.",
        [],
    ),
    (
        "pl",
        "18 listopada pan Tran Tri Quang został jednogłośnie wybrany przez delegatów na przewodniczącego komisji.",
        [],
    ),
    (
        "fr",
        "Le 18 novembre, M. Tran Tri Quang a été élu par les délégués président de la commission.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("lang", "sentence", "want"), ELECTED_BY, ids=[f"{c[0]}-{i}" for i, c in enumerate(ELECTED_BY)]
)
def test_a_sitting_body_as_the_agent_of_an_elections_passive_with_a_day_sat_that_day(lang, sentence, want):
    assert meetings_of(BYLINE + sentence, lang) == want


CHAIR = ("chair", "peoples_committee", "provincial", "Vinh Long")
PROVINCIAL_GOVERNMENT = [
    # a province's government (fixed here)
    (
        "es",
        "El Sr. Tran Tri Quang asume el cargo de jefe del gobierno provincial de Vinh Long en sustitución del Sr. Lu "
        "Quang Ngoi, quien fue trasladado.",
        {"Tran Tri Quang": {CHAIR}, "Lu Quang Ngoi": {CHAIR}},
    ),
    (
        "en",
        "Mr. Tran Tri Quang takes over as head of the Vinh Long provincial government, replacing Mr. Lu Quang Ngoi, who "
        "was transferred.",
        {"Tran Tri Quang": {CHAIR}, "Lu Quang Ngoi": {CHAIR}},
    ),
    (
        "fr",
        "M. Tran Tri Quang devient chef du gouvernement provincial de Vinh Long en remplacement de M. Lu Quang Ngoi, qui "
        "a été muté.",
        {"Tran Tri Quang": {CHAIR}, "Lu Quang Ngoi": {CHAIR}},
    ),
    (
        "pl",
        "Pan Tran Tri Quang obejmuje stanowisko szefa rządu prowincji Vinh Long w miejsce pana Lu Quang Ngoia, który "
        "został przeniesiony.",
        {"Tran Tri Quang": {CHAIR}, "Lu Quang Ngoi": {CHAIR}},
    ),
    (
        "ar",
        "يتولى السيد تران تري كوانغ منصب رئيس حكومة مقاطعة فينه لونغ خلفا للسيد لو كوانغ نغوي الذي تم نقله.",
        {"Tran Tri Quang": {CHAIR}, "Lu Quang Ngoi": {CHAIR}},
    ),
    ("de", "Herr Tran Tri Quang wird Chef der Provinzregierung von Vinh Long.", {"Tran Tri Quang": {CHAIR}}),
    # guards: the Government and its office stay central
    (
        "en",
        "Mr. Tran Tri Quang was appointed Deputy Prime Minister of the Government.",
        {"Tran Tri Quang": {("deputy_prime_minister", "government", "central", None)}},
    ),
    (
        "es",
        "El Sr. Tran Tri Quang fue nombrado viceprimer ministro del Gobierno.",
        {"Tran Tri Quang": {("deputy_prime_minister", "government", "central", None)}},
    ),
    (
        "en",
        "Mr. Tran Tri Quang, head of the Government Office, attended.",
        {"Tran Tri Quang": {("head", "other", "central", None)}},
    ),
    (
        "en",
        "Mr. Tran Tri Quang was elected Chairman of the Vinh Long Provincial People's Committee.",
        {"Tran Tri Quang": {CHAIR}},
    ),
]


@pytest.mark.parametrize(
    ("lang", "sentence", "want"),
    PROVINCIAL_GOVERNMENT,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(PROVINCIAL_GOVERNMENT)],
)
def test_a_provinces_government_is_its_peoples_committee_its_head_the_chairman(lang, sentence, want):
    assert placed_posts(sentence, lang) == want
