"""left18 (stop 31): constructions found at stop 30 and left open, each one a new article writes again."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(lang: str, text: str) -> dict[str, set[tuple[str, str, str | None]]]:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


# 1. "the committee has Mr A as chairman": A holds the role, of the body the clause is about
_CHAIR_PC = {("chair", "peoples_committee", "provincial")}

_HAS_AS = [
    ("pl", "Komitet Ludowy prowincji Nghe An ma przewodniczącego w osobie pana Nguyen Van An."),
    ("pl", "Komitet Ludowy prowincji Nghe An ma jako przewodniczącego pana Nguyen Van An."),
    ("fr", "Le Comité populaire de la province de Nghe An a M. Nguyen Van An comme président."),
    ("fr", "Le Comité populaire de la province de Nghe An a comme président M. Nguyen Van An."),
    ("fr", "Le Comité populaire de la province de Nghe An a pour président M. Nguyen Van An."),
    ("de", "Das Volkskomitee der Provinz Nghe An hat als Vorsitzenden Herrn Nguyen Van An."),
    ("en", "The Nghe An Provincial People's Committee has as its chairman Mr. Nguyen Van An."),
    ("en", "The Nghe An Provincial People's Committee has as chairman Mr. Nguyen Van An."),
    ("es", "El Comité Popular de la provincia de Nghe An tiene como presidente al señor Nguyen Van An."),
    (
        "es",
        "El Comité Popular de la provincia de Nghe An tiene como presidente en la persona del señor Nguyen Van An.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _HAS_AS)
def test_a_body_has_a_as_its_chair(lang, text):
    assert _posts(lang, text)["Nguyen Van An"] == _CHAIR_PC


_HAS_AS_GUARDS = [
    # the ordinary constructions still read
    ("de", "Das Volkskomitee der Provinz Nghe An hat Herrn Nguyen Van An als Vorsitzenden.", _CHAIR_PC),
    ("pl", "Komitet Ludowy prowincji Nghe An ma pana Nguyen Van An jako przewodniczącego.", _CHAIR_PC),
    (
        "en",
        "The Nghe An Provincial People's Committee, with Mr. Nguyen Van An as its chairman, met.",
        _CHAIR_PC,
    ),
    (
        "es",
        "El Comité Popular de la provincia de Nghe An, con el señor Nguyen Van An como presidente, se reunió.",
        _CHAIR_PC,
    ),
    # a person before the link is the clause's subject: the role is that person's, not the object's
    ("de", "Herr Tran Van Binh dankte als Vorsitzender Herrn Nguyen Van An.", set()),
    ("es", "El Sr. Tran Van Binh felicitó como presidente al señor Nguyen Van An.", set()),
]


@pytest.mark.parametrize(("lang", "text", "posts"), _HAS_AS_GUARDS)
def test_a_body_has_a_as_its_chair_guards(lang, text, posts):
    assert _posts(lang, text).get("Nguyen Van An", set()) == posts


# 2. "استقبل A، t1، t2" (A received the t2): a second apposition in another province than the name's posts before it
# is the next person's or the verb's object, not the name's
_AN = "Nguyen Van An"

_OTHER_PROVINCE = [
    (
        "ar",
        "استقبل السيد نغوين فان آن، رئيس اللجنة الشعبية لمقاطعة نغي آن، رئيس مجلس الشعب في مقاطعة ها تينه.",
        {_AN: _CHAIR_PC},
    ),
    (
        "ar",
        "استقبل السيد نغوين فان آن، رئيس اللجنة الشعبية لمقاطعة نغي آن، أمين لجنة الحزب في مقاطعة ها تينه، "
        "السيد تران فان بينه.",
        {_AN: _CHAIR_PC, "Tran Van Binh": {("secretary", "party_committee", "provincial")}},
    ),
    (
        "en",
        "Mr. Nguyen Van An, Chairman of the Nghe An Provincial People's Committee, Chairman of the Ha Tinh Provincial "
        "People's Council, received guests.",
        {_AN: _CHAIR_PC},
    ),
    (
        "vi",
        "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Nghệ An, Chủ tịch HĐND tỉnh Hà Tĩnh đã tiếp đoàn.",
        {_AN: _CHAIR_PC},
    ),
    (
        "pl",
        "Pan Nguyen Van An, przewodniczący Komitetu Ludowego prowincji Nghe An, przewodniczący Rady Ludowej prowincji "
        "Ha Tinh, przyjął delegację.",
        {_AN: _CHAIR_PC},
    ),
]


@pytest.mark.parametrize(("lang", "text", "posts"), _OTHER_PROVINCE)
def test_second_apposition_in_another_province_is_not_the_names(lang, text, posts):
    assert _posts(lang, text) == posts


_BOTH = _CHAIR_PC | {("chair", "peoples_council", "provincial")}

_SAME_PROVINCE_GUARDS = [
    # the same province, or none written: both the name's
    (
        "ar",
        "استقبل السيد نغوين فان آن، رئيس اللجنة الشعبية لمقاطعة نغي آن، رئيس مجلس الشعب في مقاطعة نغي آن، وفدا.",
        _BOTH,
    ),
    (
        "en",
        "Mr. Nguyen Van An, Chairman of the Nghe An Provincial People's Committee, Chairman of the Provincial People's "
        "Council, received guests.",
        _BOTH,
    ),
    # a district of the province
    (
        "en",
        "Mr. Nguyen Van An, Secretary of the Thanh Chuong District Party Committee, member of the Nghe An Provincial "
        "Party Committee, received guests.",
        {("secretary", "party_committee", "district"), ("member", "party_committee", "provincial")},
    ),
    # provinces merged in 2025 are one
    (
        "en",
        "Mr. Nguyen Van An, Chairman of the Kon Tum Provincial People's Committee, Chairman of the Quang Ngai "
        "Provincial People's Council, received guests.",
        _BOTH,
    ),
    # a career list a title link opens
    (
        "en",
        "Mr. Nguyen Van An held the positions of Chairman of the Nghe An Provincial People's Committee, Chairman of "
        "the Ha Tinh Provincial People's Council.",
        _BOTH,
    ),
]


@pytest.mark.parametrize(("lang", "text", "posts"), _SAME_PROVINCE_GUARDS)
def test_second_apposition_in_the_same_province_stays(lang, text, posts):
    assert _posts(lang, text)[_AN] == posts


# 3. elected to fill a vacancy is a post held (a vacancy alone, with no election before it, is a post to fill)
_VICE_PC = {("vice_chair", "peoples_committee", "provincial")}
_DIRECTOR = {("director", "department", "provincial")}

_ELECTED_TO_FILL = [
    (
        "fr",
        "M. Nguyen Van An a été élu pour pourvoir les postes vacants de vice-président du Comité populaire provincial.",
    ),
    (
        "fr",
        "M. Nguyen Van An a été élu pour pourvoir le poste vacant de vice-président du Comité populaire provincial.",
    ),
    (
        "es",
        "El Sr. Nguyen Van An fue elegido para cubrir las vacantes de vicepresidente del Comité Popular Provincial.",
    ),
    (
        "es",
        "El Sr. Nguyen Van An fue elegido para cubrir el cargo vacante de vicepresidente del Comité Popular Provincial.",
    ),
    (
        "en",
        "Mr. Nguyen Van An was elected to fill the vacant position of Vice Chairman of the Provincial People's Committee.",
    ),
    (
        "de",
        "Herr Nguyen Van An wurde gewählt, um die freie Stelle des stellvertretenden Vorsitzenden des "
        "Provinzvolkskomitees zu besetzen.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _ELECTED_TO_FILL)
def test_elected_to_fill_a_vacancy_holds_it(lang, text):
    assert _posts(lang, text)[_AN] == _VICE_PC


_VACANCY_ONLY = [
    (
        "fr",
        "M. Nguyen Van An, directeur du Département des finances, a souligné que le poste vacant de vice-président du "
        "Comité populaire provincial sera pourvu.",
    ),
    (
        "es",
        "El Sr. Nguyen Van An, director del Departamento de Finanzas, dijo que la vacante de vicepresidente del Comité "
        "Popular Provincial se cubrirá pronto.",
    ),
    (
        "en",
        "Mr. Nguyen Van An, Director of the Department of Finance, said the vacant position of Vice Chairman of the "
        "Provincial People's Committee will be filled.",
    ),
    (
        "de",
        "Herr Nguyen Van An, Direktor des Finanzministeriums, sagte, dass die freie Stelle des stellvertretenden "
        "Vorsitzenden des Provinzvolkskomitees bald besetzt werde.",
    ),
    (
        "pl",
        "Pan Nguyen Van An, dyrektor Departamentu Finansów, powiedział, że wolne stanowisko wiceprzewodniczącego "
        "Komitetu Ludowego Prowincji zostanie obsadzone.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _VACANCY_ONLY)
def test_a_vacancy_named_with_no_election_is_no_post(lang, text):
    assert _posts(lang, text)[_AN] == _DIRECTOR


# 4a. points after a whole number above 100 are counted (an online conference's connection points); a decimal, a number
# up to 100 or a rank indicator in the clause make them an index's score, no figure
def _figures(lang: str, text: str) -> list[tuple[str, float, str]]:
    return [(m.indicator, m.value, m.unit) for m in extract(Article("t", text, lang=lang)).metrics]


_POINTS_COUNTED = [
    ("es", "La conferencia tuvo conexión en línea a 37.000 puntos en los organismos centrales."),
    ("fr", "La conférence était connectée en ligne à 37 000 points dans les organismes centraux."),
    ("en", "The conference was connected online to 37,000 points in central agencies."),
    ("de", "Die Konferenz war online mit 37.000 Punkten in den zentralen Behörden verbunden."),
    ("pl", "Konferencja była połączona online z 37 000 punktów w centralnych departamentach."),
]


@pytest.mark.parametrize(("lang", "text"), _POINTS_COUNTED)
def test_points_of_a_connection_are_counted(lang, text):
    assert _figures(lang, text) == [("other", 37000.0, "count")]


_POINTS_SCORED = [
    ("es", "El índice PCI de la provincia alcanzó 70,5 puntos."),
    ("es", "La provincia obtuvo 65 puntos."),
    ("fr", "L'indice PCI de la province a atteint 70,5 points."),
    ("en", "The province's PCI score reached 70.5 points."),
    ("de", "Der PCI-Index der Provinz erreichte 70,5 Punkte."),
    ("pl", "Wskaźnik PCI prowincji osiągnął 70 punktów."),
]


@pytest.mark.parametrize(("lang", "text"), _POINTS_SCORED)
def test_an_index_score_in_points_is_no_count(lang, text):
    assert _figures(lang, text) == []


# 5. a congress the host congratulates the guests on is held by the congratulated body, the congress's own
_CONGRESS_ORGANISER = ("party_committee", "provincial", "Thanh Hoa")


@pytest.mark.parametrize("lang", ["ar", "de", "en", "es", "fr", "pl", "vi"])
def test_a_congratulated_congress_is_held_by_the_congratulated_body(lang):
    from tests.test_mt19_mt19b import CASES

    ceremony, congratulation = CASES[lang]
    meetings = extract(Article("t", ceremony + " " + congratulation, lang=lang)).meetings
    congress = [m for m in meetings if m.kind == "congress"]
    assert [(m.organizer.org, m.organizer.level, m.organizer.place) for m in congress] == [
        _CONGRESS_ORGANISER
    ]


# 6. 'In 2019, A was Director of ...' in an article of a later year: a post held before (GOLD: former), whatever else
def _former(lang: str, text: str) -> dict[tuple[str, str], bool]:
    x = extract(Article("t", text, lang=lang))
    return {(p.role, p.body.org): p.former for o in x.officials if o.name == _AN for p in o.positions}


_DATED = [
    (
        "en",
        "In 2019, Mr. Nguyen Van An was Director of the Department of Finance of Nghe An province. In 2021, he was "
        "elected Chairman of the Nghe An Provincial People's Committee.",
    ),
    (
        "vi",
        "Năm 2019, ông Nguyễn Văn An là Giám đốc Sở Tài chính tỉnh Nghệ An. Năm 2021, ông được bầu làm Chủ tịch UBND "
        "tỉnh Nghệ An.",
    ),
    (
        "pl",
        "W 2019 roku pan Nguyen Van An był dyrektorem Departamentu Finansów prowincji Nghe An. W 2021 roku został "
        "wybrany na przewodniczącego Komitetu Ludowego prowincji Nghe An.",
    ),
    (
        "fr",
        "En 2019, M. Nguyen Van An était directeur du Département des finances de la province de Nghe An. En 2021, il "
        "a été élu président du Comité populaire de la province de Nghe An.",
    ),
    (
        "de",
        "Im Jahr 2019 war Herr Nguyen Van An Direktor des Finanzministeriums der Provinz Nghe An. Im Jahr 2021 wurde "
        "er zum Vorsitzenden des Volkskomitees der Provinz Nghe An gewählt.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _DATED)
def test_a_post_of_an_earlier_year_is_former(lang, text):
    assert _former(lang, text) == {("director", "department"): True, ("chair", "peoples_committee"): False}


_DATED_GUARDS = [
    # no later year: the post as written
    ("en", "In 2019, Mr. Nguyen Van An was Director of the Department of Finance of Nghe An province."),
    # the article's own year
    (
        "vi",
        "Sáng 12/3/2024, UBND tỉnh Nghệ An họp. Năm 2024, ông Nguyễn Văn An là Giám đốc Sở Tài chính tỉnh Nghệ An.",
    ),
    # held since the year, now
    (
        "en",
        "Since 2019, Mr. Nguyen Van An has been Director of the Department of Finance of Nghe An province. In 2021, "
        "the province grew.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _DATED_GUARDS)
def test_a_post_of_the_articles_year_or_since_stays_held(lang, text):
    assert _former(lang, text) == {("director", "department"): False}


def test_a_relative_clause_after_a_dated_sentence_is_no_past_post():
    text = (
        "In March 2015, Mr. Tran Van Binh was assigned to replace Ms. Dang Thi Ngoc Thinh, who is now the Vice "
        "President. In 2021, the province grew."
    )
    x = extract(Article("t", text, lang="en"))
    assert [p.former for o in x.officials if o.name == "Dang Thi Ngoc Thinh" for p in o.positions] == [False]
