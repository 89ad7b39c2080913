"""Career lists and biographies in personnel news (stop 26 battery): the posts a text says an official held before,
as the machine translations of the Vietnamese press's career notes write them ('Ông sinh năm 1975 ... từng giữ các
chức vụ: ...'): the subject as a name, a pronoun, 'the comrade', 'the new chairman', a dropped subject or one after an
opening clause ('Before being elected, he ...'); the career verb; lists with commas, semicolons, 'then' and years; an
age, birth or degree clause before; and guards: another person's posts, a post only planned, a degree or a hometown.

Each case: the text (an election sentence naming the official, then the career note), the official, the posts
(role, org, level) GOLD gives that kg must read, and the posts it must not read."""

import pytest

from kg.extract import extract
from kg.model import Article

# the election sentence of each language: Dang Van Minh, chair of the Quang Ngai People's Committee
LEAD = {
    "en": "Mr. Dang Van Minh was elected Chairman of the Quang Ngai Provincial People's Committee. ",
    "fr": "M. Dang Van Minh a été élu président du Comité populaire de la province de Quang Ngai. ",
    "es": "El Sr. Dang Van Minh fue elegido presidente del Comité Popular de la provincia de Quang Ngai. ",
    "de": "Herr Dang Van Minh wurde zum Vorsitzenden des Volkskomitees der Provinz Quang Ngai gewählt. ",
    "pl": "Pan Dang Van Minh został wybrany na przewodniczącego Komitetu Ludowego prowincji Quang Ngai. ",
    "vi": "Ông Đặng Văn Minh được bầu giữ chức Chủ tịch UBND tỉnh Quảng Ngãi. ",
    "ar": "انتخب السيد دانغ فان مينه رئيسا للجنة الشعبية لمقاطعة كوانغ نغاي. ",
}
MINH = "Dang Van Minh"
CHAIR = ("chair", "peoples_committee", "provincial")
DIRECTOR = ("director", "department", "provincial")
VICE = ("vice_chair", "peoples_committee", "provincial")
DISTRICT_SECRETARY = ("secretary", "party_committee", "district")
SECRETARY = ("secretary", "party_committee", "provincial")
DEPUTY_HEAD_OFFICE = ("deputy_head", "party_office", "provincial")
HEAD_OFFICE = ("head", "party_office", "provincial")

# (construction, lang, career note after the lead, posts read, posts not read)
CASES = [
    # -- the subject as the name -----------------------------------------------------------------------------
    (
        "name",
        "en",
        "Mr. Dang Van Minh previously held the positions of Director of the Department of Transport, Vice "
        "Chairman of the Provincial People's Committee.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "name",
        "fr",
        "M. Dang Van Minh a occupé les postes de directeur du Service des transports, vice-président du "
        "Comité populaire provincial.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "name",
        "es",
        "El Sr. Dang Van Minh ocupó los cargos de director del Departamento de Transporte, vicepresidente "
        "del Comité Popular provincial.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "name",
        "pl",
        "Pan Dang Van Minh pełnił funkcję dyrektora Departamentu Transportu, wiceprzewodniczącego Komitetu "
        "Ludowego prowincji.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "name",
        "vi",
        "Ông Đặng Văn Minh từng giữ các chức vụ: Giám đốc Sở Giao thông vận tải, Phó Chủ tịch UBND tỉnh.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "name",
        "ar",
        "وشغل السيد دانغ فان مينه منصب مدير إدارة النقل، ونائب رئيس اللجنة الشعبية الإقليمية.",
        {DIRECTOR, VICE},
        set(),
    ),
    # -- a given name alone after the honorific ------------------------------------------------------------------
    (
        "given",
        "en",
        "Mr. Minh has held the positions of Director of the Department of Transport and Vice Chairman of "
        "the Provincial People's Committee.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "given",
        "vi",
        "Ông Minh từng kinh qua các chức vụ: Giám đốc Sở Giao thông vận tải, Phó Chủ tịch UBND tỉnh.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "given",
        "en",
        "Minh assumed many positions, including: Director of the Department of Transport, Vice Chairman "
        "of the Provincial People's Committee.",
        {DIRECTOR, VICE},
        set(),
    ),
    # -- a pronoun ------------------------------------------------------------------------------------------------
    (
        "pronoun",
        "en",
        "He previously served as Director of the Department of Transport, Vice Chairman of the "
        "Provincial People's Committee and Secretary of the Binh Son District Party Committee.",
        {DIRECTOR, VICE, DISTRICT_SECRETARY},
        set(),
    ),
    (
        "pronoun",
        "fr",
        "Il a occupé les postes de directeur du Service des transports, vice-président du Comité "
        "populaire provincial.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "pronoun",
        "es",
        "Él ocupó los cargos de director del Departamento de Transporte, vicepresidente del Comité "
        "Popular provincial.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "pronoun",
        "de",
        "Er war zuvor stellvertretender Vorsitzender des Volkskomitees der Provinz.",
        {VICE},
        set(),
    ),
    (
        "pronoun",
        "pl",
        "On pełnił funkcje: dyrektora Departamentu Transportu, wiceprzewodniczącego Komitetu Ludowego "
        "prowincji.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "pronoun",
        "vi",
        "Ông từng giữ các chức vụ: Bí thư Huyện ủy Bình Sơn, Giám đốc Sở Giao thông vận tải, Phó Chủ "
        "tịch UBND tỉnh.",
        {DISTRICT_SECRETARY, DIRECTOR, VICE},
        set(),
    ),
    (
        "pronoun",
        "ar",
        "وهو شغل منصب مدير إدارة النقل، ونائب رئيس اللجنة الشعبية الإقليمية.",
        {DIRECTOR, VICE},
        set(),
    ),
    # -- 'the comrade' --------------------------------------------------------------------------------------------
    (
        "comrade",
        "en",
        "The comrade held the posts of Director of the Department of Transport; Vice Chairman of the "
        "Provincial People's Committee.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "comrade",
        "es",
        "El camarada ocupó los cargos de director del Departamento de Transporte, vicepresidente del "
        "Comité Popular provincial.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "comrade",
        "fr",
        "Le camarade a occupé les postes de directeur du Service des transports, vice-président du "
        "Comité populaire provincial.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "comrade",
        "vi",
        "Đồng chí từng giữ chức Giám đốc Sở Giao thông vận tải, Phó Chủ tịch UBND tỉnh.",
        {DIRECTOR, VICE},
        set(),
    ),
    # -- 'the new chairman' (a post the official named before holds) ---------------------------------------------
    (
        "new",
        "en",
        "The new chairman has held the positions of Director of the Department of Transport and Secretary "
        "of the Binh Son District Party Committee.",
        {DIRECTOR, DISTRICT_SECRETARY},
        set(),
    ),
    (
        "new",
        "es",
        "El nuevo presidente ocupó los cargos de director del Departamento de Transporte, vicepresidente "
        "del Comité Popular provincial.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "new",
        "pl",
        "Nowy przewodniczący Komitetu Ludowego prowincji Quang Ngai pełnił funkcje: dyrektora Departamentu "
        "Transportu, wiceprzewodniczącego Komitetu Ludowego prowincji.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "new",
        "vi",
        "Tân Chủ tịch UBND tỉnh Quảng Ngãi từng kinh qua các chức vụ: Giám đốc Sở Giao thông vận tải, Phó "
        "Chủ tịch UBND tỉnh.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "new",
        "fr",
        "Le nouveau président a occupé les postes de directeur du Service des transports, vice-président "
        "du Comité populaire provincial.",
        {DIRECTOR, VICE},
        set(),
    ),
    # -- an opening clause, then the subject ---------------------------------------------------------------------
    (
        "clause",
        "vi",
        "Trước khi được bầu, ông từng giữ các chức vụ: Bí thư Huyện ủy Bình Sơn, Phó Chủ tịch UBND tỉnh.",
        {DISTRICT_SECRETARY, VICE},
        set(),
    ),
    (
        "clause",
        "vi",
        "Trước khi được bầu, tân Chủ tịch UBND tỉnh Quảng Ngãi từng kinh qua các chức vụ: Giám đốc Sở "
        "Giao thông vận tải, Phó Chủ tịch UBND tỉnh.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "clause",
        "en",
        "Before being elected, the new chairman held the positions of Director of the Department of "
        "Transport, Vice Chairman of the Provincial People's Committee.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "clause",
        "en",
        "Before being elected, he held the positions of Director of the Department of Transport, Vice "
        "Chairman of the Provincial People's Committee.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "clause",
        "pl",
        "Przed wyborem nowy przewodniczący Komitetu Ludowego prowincji Quang Ngai pełnił funkcje: "
        "dyrektora Departamentu Transportu, wiceprzewodniczącego Komitetu Ludowego prowincji.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "clause",
        "es",
        "Antes de ser elegido, el nuevo presidente ocupó los cargos de director del Departamento de "
        "Transporte, vicepresidente del Comité Popular provincial.",
        {DIRECTOR, VICE},
        set(),
    ),
    # -- a dropped subject ---------------------------------------------------------------------------------------
    (
        "dropped",
        "pl",
        "Przed wyborem pełnił funkcje: dyrektora Departamentu Transportu, wiceprzewodniczącego Komitetu "
        "Ludowego prowincji.",
        {DIRECTOR, VICE},
        set(),
    ),
    ("dropped", "pl", "Wcześniej pełnił funkcję dyrektora Departamentu Transportu.", {DIRECTOR}, set()),
    (
        "dropped",
        "es",
        "Anteriormente, ocupó los cargos de director del Departamento de Transporte, vicepresidente del "
        "Comité Popular provincial.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "dropped",
        "ar",
        "وقد شغل مناصب مدير إدارة النقل، ونائب رئيس اللجنة الشعبية الإقليمية.",
        {DIRECTOR, VICE},
        set(),
    ),
    ("dropped", "ar", "وقبل ذلك تولى منصب مدير إدارة النقل.", {DIRECTOR}, set()),
    # -- years -----------------------------------------------------------------------------------------------------
    (
        "years",
        "en",
        "Previously, he served as Director of the Department of Transport (2015-2018), then Vice Chairman "
        "of the Provincial People's Committee (2018-2021).",
        {DIRECTOR, VICE},
        set(),
    ),
    ("years", "en", "From 2015 to 2020, he was Director of the Department of Transport.", {DIRECTOR}, set()),
    (
        "years",
        "en",
        "In 2018, he was appointed Vice Chairman of the Provincial People's Committee.",
        {VICE},
        set(),
    ),
    (
        "years",
        "vi",
        "Đồng chí từng giữ chức Giám đốc Sở Giao thông vận tải (từ tháng 6/2015 đến tháng 12/2018), Phó "
        "Chủ tịch UBND tỉnh (từ tháng 1/2019 đến tháng 11/2020).",
        {DIRECTOR, VICE},
        set(),
    ),
    ("years", "fr", "De 2015 à 2020, il a été directeur du Service des transports.", {DIRECTOR}, set()),
    ("years", "es", "De 2015 a 2020, fue director del Departamento de Transporte.", {DIRECTOR}, set()),
    ("years", "de", "Von 2015 bis 2020 war er Direktor des Verkehrsamtes der Provinz.", {DIRECTOR}, set()),
    # -- an age, birth or degree clause before -------------------------------------------------------------------
    (
        "aged",
        "vi",
        "Ông sinh năm 1966, từng giữ chức Bí thư Huyện ủy Bình Sơn, Phó Chủ tịch UBND tỉnh.",
        {DISTRICT_SECRETARY, VICE},
        set(),
    ),
    (
        "aged",
        "en",
        "Born in 1966 in Quang Ngai, he holds a master's degree in economics and held the post of Director "
        "of the Department of Transport.",
        {DIRECTOR},
        set(),
    ),
    (
        "aged",
        "en",
        "He was born in 1966, has a bachelor's degree in law and was formerly Secretary of the Binh Son "
        "District Party Committee.",
        {DISTRICT_SECRETARY},
        set(),
    ),
    (
        "aged",
        "en",
        "He was born in 1966 and held the positions of Director of the Department of Transport, Vice "
        "Chairman of the Provincial People's Committee.",
        {DIRECTOR, VICE},
        set(),
    ),
    # -- owners written once for several posts -------------------------------------------------------------------
    (
        "owner",
        "vi",
        "Ông từng giữ các chức vụ: Phó Chánh Văn phòng, Chánh Văn phòng Tỉnh ủy.",
        {DEPUTY_HEAD_OFFICE, HEAD_OFFICE},
        set(),
    ),
    (
        "owner",
        "vi",
        "Ông từng là Bí thư Huyện ủy Bình Sơn, phó Chủ tịch rồi Chủ tịch UBND tỉnh.",
        {DISTRICT_SECRETARY, VICE},
        set(),
    ),
    # -- guards ------------------------------------------------------------------------------------------------------
    # -- a city's party committee or people's committee: a district but for a centrally run city ----------------------
    (
        "city",
        "vi",
        "Ông từng giữ chức Bí thư Thành ủy Quảng Ngãi, Phó Chủ tịch UBND tỉnh.",
        {DISTRICT_SECRETARY, VICE},
        {SECRETARY},
    ),
    (
        "city",
        "vi",
        "Ông từng giữ chức Chủ tịch UBND thành phố Quảng Ngãi.",
        {("chair", "peoples_committee", "district")},
        set(),
    ),
    ("city", "vi", "Ông từng giữ chức Bí thư Thành ủy Đà Nẵng.", {SECRETARY}, {DISTRICT_SECRETARY}),
    (
        "city",
        "vi",
        "Ông từng giữ chức Chủ tịch UBND thành phố Hà Nội.",
        set(),
        {("chair", "peoples_committee", "district")},
    ),
    # -- the honorific and the given name, then an age or degree clause before the career link -------------------
    (
        "given-aged",
        "en",
        "Mr. Minh, 50 years old this year, was Director of the Department of Transport.",
        {DIRECTOR},
        set(),
    ),
    (
        "given-aged",
        "en",
        "Mr. Minh has a master's degree in economics and held the position of Director of the Department of Transport.",
        {DIRECTOR},
        set(),
    ),
    (
        "given-aged",
        "fr",
        "M. Minh, titulaire d'un master en économie, a occupé le poste de directeur du Service des transports.",
        {DIRECTOR},
        set(),
    ),
    (
        "given-aged",
        "es",
        "El Sr. Minh, de 50 años, ocupó el cargo de director del Departamento de Transporte.",
        {DIRECTOR},
        set(),
    ),
    (
        "given-aged",
        "vi",
        "Ông Minh có bằng thạc sĩ kinh tế, từng giữ chức Giám đốc Sở Kế hoạch và Đầu tư.",
        {DIRECTOR},
        set(),
    ),
    (
        "guard-given",
        "en",
        "Mr. Minh thanked the Secretary of the Provincial Party Committee for the support.",
        set(),
        {SECRETARY},
    ),
    (
        "guard-given",
        "en",
        "Mr. Minh Tuan, 50, held the post of Secretary of the Provincial Party Committee.",
        set(),
        {SECRETARY},
    ),
    # -- a subject before a verb that drops it is no opening clause (review12) ---------------------------------------
    (
        "guard-subject",
        "es",
        "Cada delegado es miembro del Consejo Popular Provincial.",
        set(),
        {("member", "peoples_council", "provincial")},
    ),
    (
        "guard-subject",
        "es",
        "Su adjunto es miembro del Comité Provincial del Partido.",
        set(),
        {("member", "party_committee", "provincial")},
    ),
    (
        "dropped",
        "es",
        "Antes de ser elegido ocupó los cargos de director del Departamento de Transporte, vicepresidente del Comité Popular provincial.",
        {DIRECTOR, VICE},
        set(),
    ),
    # -- a copula whose first complement is no post, then the list of posts ---------------------------------------
    (
        "copula-list",
        "pl",
        "Pan Dang Van Minh ma w tym roku 50 lat, był wykładowcą Uniwersytetu w Hanoi (1996-2002), dyrektorem Departamentu Transportu, wiceprzewodniczącym Komitetu Ludowego prowincji (2015-2017).",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "copula-list",
        "en",
        "Mr. Dang Van Minh was a lecturer at Hanoi University, Director of the Department of Transport, Vice Chairman of the Provincial People's Committee.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "copula-list",
        "vi",
        "Ông Đặng Văn Minh năm nay 50 tuổi, từng là giảng viên Đại học Kiến trúc Hà Nội, Giám đốc Sở Giao thông vận tải, Phó Chủ tịch UBND tỉnh.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "guard-copula-list",
        "en",
        "The project of Mr. Dang Van Minh's company is the largest in the province, the Secretary of the Provincial Party Committee said.",
        set(),
        {SECRETARY},
    ),
    (
        "guard-copula-list",
        "en",
        "Mr. Dang Van Minh's company is the largest in the province, the Secretary of the Provincial Party Committee and the Director of the Department of Finance said.",
        set(),
        {SECRETARY, DIRECTOR},
    ),
    # -- ar "the new" after the role, the verb first ---------------------------------------------------------------
    (
        "new",
        "ar",
        "الرئيس الجديد شغل مناصب مدير إدارة النقل، ونائب رئيس اللجنة الشعبية الإقليمية.",
        {DIRECTOR, VICE},
        set(),
    ),
    (
        "clause",
        "ar",
        "وقبل انتخابه، شغل الرئيس الجديد مناصب مدير إدارة النقل، ونائب رئيس اللجنة الشعبية الإقليمية.",
        {DIRECTOR, VICE},
        set(),
    ),
    ("guard-other", "ar", "شغل نائب الرئيس الجديد منصب مدير إدارة المالية.", set(), {DIRECTOR}),
    (
        "guard-planned",
        "en",
        "He is planned for the post of Secretary of the Provincial Party Committee.",
        set(),
        {SECRETARY},
    ),
    ("guard-planned", "vi", "Ông được quy hoạch chức danh Bí thư Tỉnh ủy.", set(), {SECRETARY}),
    (
        "guard-degree",
        "en",
        "He was born in 1966 in Pho An commune and holds a doctorate in economics.",
        set(),
        set(),
    ),
    (
        "guard-degree",
        "vi",
        "Ông sinh năm 1966, quê xã Phổ An, có trình độ Cử nhân Luật kinh tế.",
        set(),
        set(),
    ),
    # a copula whose complement is no post: the title after it is somebody else's
    (
        "guard-copula",
        "en",
        "He was grateful to the Secretary of the Provincial Party Committee for the support.",
        set(),
        {SECRETARY},
    ),
    (
        "guard-copula",
        "fr",
        "Il a été reçu par le secrétaire du Comité provincial du Parti.",
        set(),
        {SECRETARY},
    ),
    (
        "guard-copula",
        "es",
        "Fue recibido por el secretario del Comité Provincial del Partido.",
        set(),
        {SECRETARY},
    ),
    (
        "guard-other",
        "en",
        "The new vice chairman previously held the post of Director of the Department of Finance.",
        set(),
        {("director", "department", "provincial")},
    ),
    (
        "guard-other",
        "vi",
        "Tân Phó Chủ tịch UBND tỉnh từng giữ chức Giám đốc Sở Tài chính.",
        set(),
        {("director", "department", "provincial")},
    ),
    (
        "guard-other",
        "es",
        "El nuevo vicepresidente ocupó el cargo de director del Departamento de Finanzas.",
        set(),
        {("director", "department", "provincial")},
    ),
]

# constructions kg does not read yet (the battery's failures, kept as expected failures)
XFAIL: dict = {}


def _ids():
    seen: dict = {}
    out = []
    for construction, lang, *_ in CASES:
        k = seen[(construction, lang)] = seen.get((construction, lang), -1) + 1
        out.append((construction, lang, k))
    return out


PARAMS = [
    pytest.param(
        *case,
        marks=pytest.mark.xfail(reason=XFAIL[key], strict=True) if key in XFAIL else (),
        id=f"{key[0]}-{key[1]}-{key[2]}",
    )
    for case, key in zip(CASES, _ids(), strict=True)
]


def _posts(text: str, lang: str, name: str) -> set:
    x = extract(Article("t", text, lang=lang))
    return {(p.role, p.body.org, p.body.level) for o in x.officials if o.name == name for p in o.positions}


@pytest.mark.parametrize(("construction", "lang", "note", "held", "not_held"), PARAMS)
def test_career_note(construction, lang, note, held, not_held):
    posts = _posts(LEAD[lang] + note, lang, MINH)
    assert CHAIR in posts  # (the lead's post)
    assert held <= posts
    assert not (not_held & posts)
