"""blind40 (stop 42): constructions of silver/mt40's blind misses, each in the languages that write it.

1. A career sentence whose subject, 'the comrade' or a pronoun, is written after its verb (verb-subject order: ar
   'شغل الرفيق منصب ...', 'ومن ... حتى ...، كان الرفيق نائبا لأمين ...'; de 'Von ... bis ... war der Genosse
   Direktor ...'; pl 'Wcześniej towarzysz pełnił funkcje ...'): the posts are the official's named before (mt40 ar-04).
2. A court's judges and lay judges counted are persons (ar '30 مساعد قاض', '30 قاضيا مساعدا', '30 محلفا شعبيا'; en
   '30 assessors', '30 jurors'; pl '30 asesorów ludowych'), as fr 'assesseurs', de 'Schöffen', vi 'Hội thẩm' (mt40
   ar-03).
3. A figure right before the singular honorific of a named person is no count of people: the elected one's
   ('Bezwzględną liczbą głosów 53/53 towarzysz Hoang Trung Dung został wybrany', en 'votes 53/53 comrade A', de
   'Stimmenzahl 53/53 Genosse A'; mt40 pl-01).
4. A National Assembly or People's Council adopting in a compound tense, with a day, sat that day (de 'Zuvor hatte die
   Nationalversammlung am Nachmittag des 26. August die Resolution ... verabschiedet', es 'la Asamblea Nacional había
   aprobado'; mt40 de-01)."""

import pytest

from tests.helpers import figures, meetings_of, placed_posts

LEAD = {
    "ar": "انتخب السيد دانغ فان مينه رئيسا للجنة الشعبية لمقاطعة كوانغ نغاي. ",
    "de": "Herr Dang Van Minh wurde zum Vorsitzenden des Volkskomitees der Provinz Quang Ngai gewählt. ",
    "pl": "Pan Dang Van Minh został wybrany na przewodniczącego Komitetu Ludowego prowincji Quang Ngai. ",
    "en": "Mr. Dang Van Minh was elected Chairman of the Quang Ngai Provincial People's Committee. ",
    "fr": "M. Dang Van Minh a été élu président du Comité populaire de la province de Quang Ngai. ",
    "es": "El Sr. Dang Van Minh fue elegido presidente del Comité Popular de la provincia de Quang Ngai. ",
    "vi": "Ông Đặng Văn Minh được bầu giữ chức Chủ tịch UBND tỉnh Quảng Ngãi. ",
}
DIRECTOR = ("director", "department", "provincial", "Quang Ngai")
VICE = ("vice_chair", "peoples_committee", "provincial", "Quang Ngai")
DEPUTY_SECRETARY = ("deputy_secretary", "party_committee", "provincial", "Quang Ngai")
STANDING = ("standing_member", "party_committee", "provincial", "Quang Ngai")

CAREERS = [
    # the subject after its verb (fixed here)
    ("ar", "شغل الرفيق منصب مدير إدارة النقل، ونائب رئيس اللجنة الشعبية الإقليمية.", {DIRECTOR, VICE}),
    ("ar", "وتولى الرفيق منصب مدير إدارة النقل.", {DIRECTOR}),
    ("ar", "وقبل ذلك، شغل الرفيق منصب مدير إدارة النقل.", {DIRECTOR}),
    (
        "ar",
        "شغل الرفيق منصب عضو اللجنة الدائمة للجنة الحزب الإقليمية، ونائب رئيس اللجنة الشعبية لمقاطعة كوانغ نغاي "
        "(من يونيو 2009 إلى ديسمبر 2010).",
        {STANDING, VICE},
    ),
    (
        "ar",
        "ومن نوفمبر 2014 حتى 14 أكتوبر 2020، كان الرفيق نائبا لأمين لجنة الحزب الإقليمية ومديرا لإدارة النقل.",
        {DEPUTY_SECRETARY, DIRECTOR},
    ),
    ("ar", "كان الرفيق مديرا لإدارة النقل.", {DIRECTOR}),
    ("de", "Von November 2014 bis Oktober 2020 war der Genosse Direktor des Verkehrsamtes.", {DIRECTOR}),
    (
        "pl",
        "Wcześniej towarzysz pełnił funkcje dyrektora Departamentu Transportu, wiceprzewodniczącego Komitetu "
        "Ludowego prowincji.",
        {DIRECTOR, VICE},
    ),
    # guards: the subject before its verb, or a verb that drops it, as before
    ("ar", "الرفيق شغل منصب مدير إدارة النقل، ونائب رئيس اللجنة الشعبية الإقليمية.", {DIRECTOR, VICE}),
    ("ar", "وشغل هو منصب مدير إدارة النقل.", {DIRECTOR}),
    ("ar", "ومن نوفمبر 2014 حتى أكتوبر 2020، شغل منصب مدير إدارة النقل.", {DIRECTOR}),
    ("de", "Von 2009 bis 2010 war er Direktor des Verkehrsamtes.", {DIRECTOR}),
    ("de", "Zuvor bekleidete der Genosse die Ämter des Direktors des Verkehrsamtes.", {DIRECTOR}),
    ("pl", "Towarzysz pełnił funkcje dyrektora Departamentu Transportu.", {DIRECTOR}),
    ("pl", "Wcześniej on pełnił funkcje dyrektora Departamentu Transportu.", {DIRECTOR}),
    (
        "en",
        "From November 2014 to October 2020, the comrade was Director of the Department of Transport.",
        {DIRECTOR},
    ),
    (
        "fr",
        "De novembre 2014 à octobre 2020, le camarade a été directeur du Service des transports.",
        {DIRECTOR},
    ),
    (
        "es",
        "Anteriormente, el camarada ocupó los cargos de director del Departamento de Transporte.",
        {DIRECTOR},
    ),
    ("vi", "Từ tháng 11/2014 đến tháng 10/2020, đồng chí là Giám đốc Sở Giao thông vận tải.", {DIRECTOR}),
    # (an honorific before another's given name after the opening word is no pronoun: vi 'ông' is both)
    ("vi", "Hiện ông Hải giữ chức Giám đốc Sở Giao thông vận tải.", set()),
    # (nor a comrade's word before another's given name, in the languages 9c9700ae read it: review30 Medium 10)
    ("ar", "وشغل الرفيق هاي منصب مدير إدارة النقل.", set()),
    ("pl", "Wcześniej towarzysz Hai pełnił funkcję dyrektora Departamentu Transportu.", set()),
    ("de", "Von 2014 bis 2020 war der Genosse Hai Direktor des Verkehrsamtes.", set()),
    ("ar", "وشغل الرفيق مينه منصب مدير إدارة النقل.", {DIRECTOR}),
]


@pytest.mark.parametrize(
    ("lang", "career", "posts"), CAREERS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CAREERS)]
)
def test_a_career_whose_subject_follows_its_verb_is_the_official_named_before(lang, career, posts):
    got = placed_posts(LEAD[lang] + career, lang)
    assert {(r, o, lv, pl) for r, o, lv, pl, *_ in got["Dang Van Minh"]} == {
        ("chair", "peoples_committee", "provincial", "Quang Ngai"),
        *posts,
    }


JUDGES = [
    (
        "ar",
        "وانتخب مجلس الشعب الإقليمي أيضا 19 عضوا في اللجنة الشعبية الإقليمية، و30 مساعد قاض في محكمة الشعب الإقليمية.",
        [(19.0, "persons"), (30.0, "persons")],
    ),
    ("ar", "وانتخب المجلس 30 قاضيا مساعدا في محكمة الشعب الإقليمية.", [(30.0, "persons")]),
    ("ar", "وانتخب المجلس 30 محلفا شعبيا في محكمة الشعب الإقليمية.", [(30.0, "persons")]),
    ("en", "The council also elected 30 jurors of the Provincial People's Court.", [(30.0, "persons")]),
    (
        "en",
        "The council also elected 30 assessors and 5 judges of the Provincial People's Court.",
        [(30.0, "persons"), (5.0, "persons")],
    ),
    ("pl", "Rada wybrała również 30 asesorów ludowych Sądu Ludowego prowincji.", [(30.0, "persons")]),
    # guards: the other languages' lay judges as before, and things that are no persons
    (
        "fr",
        "Le conseil a également élu 30 assesseurs populaires du Tribunal populaire provincial.",
        [(30.0, "persons")],
    ),
    ("de", "Der Rat wählte außerdem 30 Schöffen des Volksgerichts der Provinz.", [(30.0, "persons")]),
    ("vi", "HĐND tỉnh cũng bầu 30 Hội thẩm nhân dân TAND tỉnh nhiệm kỳ mới.", [(30.0, "persons")]),
    ("pl", "Rada wybrała również 30 ławników Sądu Ludowego prowincji.", [(30.0, "persons")]),
    ("en", "The court issued 30 judgments and 12 assessments last year.", [(30.0, "count"), (12.0, "count")]),
    ("ar", "وقدمت المنظمة 30 مساعدة إنسانية للسكان.", [(30.0, "count")]),
]


@pytest.mark.parametrize(
    ("lang", "sentence", "want"), JUDGES, ids=[f"{c[0]}-{i}" for i, c in enumerate(JUDGES)]
)
def test_a_courts_judges_and_lay_judges_counted_are_persons(lang, sentence, want):
    assert figures(sentence, lang) == want


VOTES = [
    # a vote's figure right before the elected one's honorific and name (fixed here)
    (
        "pl",
        "Bezwzględną liczbą głosów 53/53 towarzysz Hoang Trung Dung został wybrany na stanowisko sekretarza.",
        [(53.0, "count")],
    ),
    (
        "en",
        "With an absolute majority of votes 53/53 comrade Hoang Trung Dung was elected Secretary.",
        [(53.0, "count")],
    ),
    (
        "de",
        "Mit absoluter Stimmenzahl 53/53 Genosse Hoang Trung Dung wurde zum Sekretär gewählt.",
        [(53.0, "count")],
    ),
    # guards: the other forms as before, and comrades counted stay people
    ("fr", "Avec 53/53 voix le camarade Hoang Trung Dung a été élu secrétaire.", [(53.0, "count")]),
    (
        "es",
        "Con una mayoría absoluta de votos 53/53 el camarada Hoang Trung Dung fue elegido secretario.",
        [(53.0, "count")],
    ),
    ("ar", "وبأغلبية مطلقة 53/53 الرفيق هوانغ ترونغ دونغ انتخب أمينا.", [(53.0, "count")]),
    (
        "vi",
        "Với số phiếu tuyệt đối 53/53, đồng chí Hoàng Trung Dũng được bầu giữ chức Bí thư.",
        [(53.0, "count")],
    ),
    (
        "pl",
        "Delegaci uzgodnili listę 59 towarzyszy, aby wybrać 53 towarzyszy do Komitetu Wykonawczego.",
        [(59.0, "persons"), (53.0, "persons")],
    ),
    ("pl", "Konferencja wybrała 3 towarzyszy: Nguyen Van A, Tran Van B i Le Van C.", [(3.0, "persons")]),
    (
        "en",
        "The congress elected 3 comrades Nguyen Van A, Tran Van B and Le Van C to the Standing Committee.",
        [(3.0, "persons")],
    ),
    ("de", "Der Kongress wählte 53 Genossen in das Exekutivkomitee.", [(53.0, "persons")]),
]


@pytest.mark.parametrize(
    ("lang", "sentence", "want"), VOTES, ids=[f"{c[0]}-{i}" for i, c in enumerate(VOTES)]
)
def test_a_figure_before_a_comrades_honorific_and_name_counts_no_people(lang, sentence, want):
    assert figures(sentence, lang) == want


BYLINE = "Hoai Thu | 30.08.2024 21:05. "
NA = ("2024-08-26", "national_assembly", None)
SITTINGS = [
    # a perfect or pluperfect of the adopting verb (fixed here)
    (
        "de",
        "Zuvor hatte die Nationalversammlung am Nachmittag des 26. August die Resolution verabschiedet.",
        [NA],
    ),
    (
        "de",
        "Die Nationalversammlung hatte am Nachmittag des 26. August die Resolution zur Genehmigung der Ernennung "
        "verabschiedet.",
        [NA],
    ),
    ("de", "Am Nachmittag des 26. August hat die Nationalversammlung die Resolution verabschiedet.", [NA]),
    (
        "es",
        "Anteriormente, en la tarde del 26 de agosto, la Asamblea Nacional había aprobado la Resolución que aprueba "
        "el nombramiento de los viceprimeros ministros.",
        [NA],
    ),
    # guards: the simple past as before, the other languages' forms, and no sitting where the participle is
    # another clause's or a passive's
    ("de", "Am Nachmittag des 26. August verabschiedete die Nationalversammlung die Resolution.", [NA]),
    (
        "de",
        "Die Nationalversammlung hat am 26. August den Bericht gehört, die Resolution wird später verabschiedet.",
        [],
    ),
    ("es", "La Resolución aprobada por la Asamblea Nacional el 26 de agosto entra en vigor.", []),
    ("es", "El plan, aprobado el 26 de agosto por el Consejo Popular provincial, entra en vigor.", []),
    ("en", "Earlier, the National Assembly had passed the Resolution on the afternoon of August 26.", [NA]),
    ("fr", "L'après-midi du 26 août, l'Assemblée nationale a adopté la résolution.", [NA]),
    ("pl", "Wcześniej, po południu 26 sierpnia, Zgromadzenie Narodowe przyjęło rezolucję.", [NA]),
    (
        "ar",
        "وكانت الجمعية الوطنية قد أقرت بعد ظهر يوم 26 أغسطس القرار الخاص بالموافقة على تعيين نواب رئيس الوزراء.",
        [NA],
    ),
    (
        "vi",
        "Chiều 26/8, Quốc hội đã thông qua Nghị quyết phê chuẩn việc bổ nhiệm Phó Thủ tướng Chính phủ.",
        [NA],
    ),
]


@pytest.mark.parametrize(
    ("lang", "sentence", "want"), SITTINGS, ids=[f"{c[0]}-{i}" for i, c in enumerate(SITTINGS)]
)
def test_a_body_adopting_in_a_compound_tense_with_a_day_sat_that_day(lang, sentence, want):
    assert meetings_of(BYLINE + sentence, lang) == want
