"""mt31's blind round, its KG faults fixed (silver/mt31/corrections-mt31.txt), each construction in every language
where vietnam.vn's machine translation writes it."""

import pytest

from tests.helpers import placed_posts

_XUNG = "Nguyen Dinh Xung"
_CHAIR = ("chair", "peoples_committee", "provincial", "Thanh Hoa")
_VICE = ("vice_chair", "peoples_committee", "provincial", "Thanh Hoa")

# 1. a title stripped by a sanction, its holder named after the post ('xóa tư cách chức vụ Chủ tịch UBND tỉnh ... đối
# với ông A'): fr 'à l'encontre de M.' and 'titre de', ar 'ضد السيد' / 'بحق السيد', pl 'tytułu' (the others read it)
_STRIPPED = [
    (
        "fr",
        "Le vice-Premier ministre a signé la décision portant sanction disciplinaire sous forme de révocation du titre"
        " de président du Comité populaire de la province de Thanh Hoa pour la période 2015-2020 et de vice-président"
        " du Comité populaire de la province de Thanh Hoa pour la période 2012-2014 à l'encontre de M. Nguyen Dinh Xung.",
        {_CHAIR, _VICE},
    ),
    (
        "ar",
        "وقع نائب رئيس الوزراء قرار اتخاذ إجراء تأديبي بإلغاء منصب رئيس اللجنة الشعبية لمقاطعة ثانه هوا للفترة"
        " 2015-2020 ضد السيد نجوين دينه شونغ.",
        {_CHAIR},
    ),
    (
        "ar",
        "وقع نائب رئيس الوزراء قرار اتخاذ إجراء تأديبي بإلغاء منصب رئيس اللجنة الشعبية لمقاطعة ثانه هوا للفترة"
        " 2015-2020 بحق السيد نجوين دينه شونغ.",
        {_CHAIR},
    ),
    (
        "pl",
        "Wicepremier podpisał decyzję o ukaraniu dyscyplinarnym w formie odebrania tytułu przewodniczącego Komitetu"
        " Ludowego prowincji Thanh Hoa na kadencję 2015-2020 wobec pana Nguyen Dinh Xung.",
        {_CHAIR},
    ),
    # (the languages that read it before)
    (
        "en",
        "The Deputy Prime Minister signed the decision to discipline by removing the title of Chairman of the People's"
        " Committee of Thanh Hoa province for the 2015-2020 term against Mr. Nguyen Dinh Xung.",
        {_CHAIR},
    ),
    (
        "es",
        "El viceprimer ministro firmó la decisión de sancionar con la revocación del título de presidente del Comité"
        " Popular de la provincia de Thanh Hoa para el período 2015-2020 contra el Sr. Nguyen Dinh Xung.",
        {_CHAIR},
    ),
    (
        "de",
        "Der stellvertretende Premierminister unterzeichnete den Beschluss über die Disziplinarmaßnahme in Form der"
        " Aberkennung des Titels des Vorsitzenden des Volkskomitees der Provinz Thanh Hoa für die Amtszeit 2015–2020"
        " gegen Herrn Nguyen Dinh Xung.",
        {_CHAIR},
    ),
    (
        "vi",
        "Phó Thủ tướng ký quyết định thi hành kỷ luật bằng hình thức xóa tư cách chức vụ chủ tịch UBND tỉnh Thanh Hóa"
        " giai đoạn 2015 - 2020 đối với ông Nguyễn Đình Xứng.",
        {_CHAIR},
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "want"), _STRIPPED, ids=[f"{c[0]}-{i}" for i, c in enumerate(_STRIPPED)]
)
def test_title_stripped_for_the_name_after(lang, text, want):
    assert placed_posts(text, lang)[_XUNG] == want


def test_violations_against_a_name_give_no_post():
    # (the cue only after a post noun of its clause: 'violations against Mr. A - member of ...' is A's apposition)
    posts = placed_posts(
        "استعرضت لجنة التفتيش المركزية نتائج التفتيش عندما كانت هناك علامات انتهاكات ضد السيد لي دوك ثو - عضو"
        " اللجنة المركزية للحزب، أمين لجنة الحزب الإقليمية.",
        "ar",
    )
    assert posts["Le Duc Tho"] == {
        ("member", "central_committee", "central", None),
        ("secretary", "party_committee", "provincial", None),
    }


# 2. ar: names relieved of a membership together ('إعفاء السيد A، t1، والسيد B، t2، من عضوية X'), A's title a role
# wording that holds its former word ('القائد السابق للقيادة العسكرية الإقليمية', the former commander)
_RELIEVED = (
    "وافق رئيس الوزراء على إعفاء السيد نجوين نغوك آن، {t}، والسيد تران فان نهان، مدير إدارة التخطيط والاستثمار في"
    " مقاطعة كوانغ نجاي، من عضوية اللجنة الشعبية لمقاطعة كوانغ نجاي."
)


@pytest.mark.parametrize(
    "title",
    [
        "القائد السابق للقيادة العسكرية الإقليمية في كوانغ نجاي",  # the fix
        "القائد السابق للقيادة العسكرية الإقليمية",  # the fix
        "قائد القيادة العسكرية الإقليمية في كوانغ نجاي",  # (read before)
        "المدير السابق لإدارة المالية في كوانغ نجاي",  # (read before: the former word blanked)
    ],
    ids=["former-commander-placed", "former-commander", "commander", "former-director"],
)
def test_relieved_together_former_in_the_role(title):
    posts = placed_posts(_RELIEVED.format(t=title), "ar")
    member = ("member", "peoples_committee", "provincial", "Quang Ngai")
    assert member in posts["Nguyen Ngoc An"]
    assert member in posts["Tran Van Nhan"]


# 3. de: a passive sanction's participle closing the clause right after its object's name, the apposition after it
# ('Ein Verweis wurde gegen Herrn A verhängt, Vorsitzender ...'), a former word opening the apposition too
_MINH = "Pham Dinh Minh"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Eine Disziplinarmaßnahme in Form eines Verweises wurde gegen Herrn Pham Dinh Minh verhängt, Vorsitzender des"
            " Volkskomitees des Bezirks Thach Thanh und ehemaliger stellvertretender Leiter des Büros des Volkskomitees"
            " der Provinz Thanh Hoa.",
            {
                ("chair", "peoples_committee", "district", "Thach Thanh"),
                ("deputy_head", "other", "provincial", "Thanh Hoa"),
            },
        ),
        (
            "Eine Rüge wurde Herrn Pham Dinh Minh erteilt, Vorsitzender des Volkskomitees des Bezirks Thach Thanh.",
            {("chair", "peoples_committee", "district", "Thach Thanh")},
        ),
        (
            "Eine Verwarnung wurde gegen Herrn Pham Dinh Minh verhängt, ehemaliger Sekretär des Parteikomitees der"
            " Provinz Thanh Hoa.",
            {("secretary", "party_committee", "provincial", "Thanh Hoa")},
        ),
        (
            "An dem Treffen nahm auch Genosse Pham Dinh Minh teil, ehemaliger Sekretär des Parteikomitees der Provinz"
            " Thanh Hoa.",
            {("secretary", "party_committee", "provincial", "Thanh Hoa")},
        ),
        # (read before)
        (
            "Die Kommission beschloss, eine Verwarnung gegen Herrn Pham Dinh Minh zu verhängen, Vorsitzender des"
            " Volkskomitees des Bezirks Thach Thanh.",
            {("chair", "peoples_committee", "district", "Thach Thanh")},
        ),
    ],
)
def test_de_apposition_after_the_sanction_participle(text, want):
    assert placed_posts(text, "de")[_MINH] == want


def test_de_participle_then_no_role():
    # (a participle then no role: nothing after it is the name's)
    posts = placed_posts(
        "Gegen Herrn Pham Dinh Minh wurde eine Verwarnung verhängt, wie die Kommission mitteilte.", "de"
    )
    assert posts.get(_MINH, set()) == set()


# 4. the Prime Minister's approval of an election's result with no post noun ('approved the election result of Member
# of the People's Committee ... for Mr. A, t1, and Mr. B, t2'): the post is both names', in every language
_PHUC = "Nguyen Cao Phuc"
_ELECTED = {
    "en": "The Prime Minister approved the election result of Member of the People's Committee of Quang Ngai province for"
    " the 2011-2016 term for Mr. Trinh Dinh Thach, Director of the Department of Finance, and Mr. Nguyen Cao Phuc,"
    " Director of the Department of Planning and Investment of Quang Ngai province.",
    "fr": "Le Premier ministre a approuvé le résultat de l'élection de membre du Comité populaire de la province de Quang"
    " Ngai pour le mandat 2011-2016 pour M. Trinh Dinh Thach, directeur du Département des Finances, et M. Nguyen Cao"
    " Phuc, directeur du Département du Plan et de l'Investissement de la province de Quang Ngai.",
    "es": "El Primer Ministro aprobó el resultado de la elección de miembro del Comité Popular de la provincia de Quang"
    " Ngai para el mandato 2011-2016 para el Sr. Trinh Dinh Thach, director del Departamento de Finanzas, y el Sr."
    " Nguyen Cao Phuc, director del Departamento de Planificación e Inversión de la provincia de Quang Ngai.",
    "pl": "Premier zatwierdził wynik wyboru członka Komitetu Ludowego prowincji Quang Ngai na kadencję 2011-2016 dla pana"
    " Trinh Dinh Thach, dyrektora Departamentu Finansów, i pana Nguyen Cao Phuc, dyrektora Departamentu Planowania i"
    " Inwestycji prowincji Quang Ngai.",
    "de": "Der Premierminister bestätigte das Ergebnis der Wahl zum Mitglied des Volkskomitees der Provinz Quang Ngai für"
    " die Amtszeit 2011–2016 für Herrn Trinh Dinh Thach, Direktor der Finanzabteilung, und Herrn Nguyen Cao Phuc,"
    " Direktor der Abteilung für Planung und Investitionen der Provinz Quang Ngai.",
    "ar": "وافق رئيس الوزراء على نتيجة انتخاب عضو اللجنة الشعبية لمقاطعة كوانغ نجاي للفترة 2011-2016 للسيد ترينه دينه"
    " ثاتش، مدير إدارة المالية، والسيد نجوين كاو فوك، مدير إدارة التخطيط والاستثمار في مقاطعة كوانغ نجاي.",
    "vi": "Thủ tướng phê chuẩn kết quả bầu Ủy viên UBND tỉnh Quảng Ngãi nhiệm kỳ 2011 - 2016 đối với ông Trịnh Đình"
    " Thạch, Giám đốc Sở Tài chính và ông Nguyễn Cao Phúc, Giám đốc Sở Kế hoạch và Đầu tư tỉnh Quảng Ngãi.",
}


@pytest.mark.parametrize("lang", sorted(_ELECTED))
def test_election_result_for_two_names(lang):
    posts = placed_posts(_ELECTED[lang], lang)
    member = ("member", "peoples_committee", "provincial", "Quang Ngai")
    director = ("director", "department", "provincial", "Quang Ngai")
    assert posts["Trinh Dinh Thach"] == {member, director}
    assert posts[_PHUC] == {member, director}


# 5. a name a 'besides' preposition opens ('Outre M. A, le Premier ministre a également sanctionné M. B'): the title
# after its comma, a verb after it, is the clause's subject, not A's apposition
_VINH = "Nguyen Van Vinh"
_BESIDES = [
    ("en", "Besides Mr. Nguyen Van Vinh, the Prime Minister also disciplined Mr. Doan Van Huong."),
    ("en", "In addition to Mr. Nguyen Van Vinh, the Prime Minister also disciplined Mr. Doan Van Huong."),
    ("fr", "Outre M. Nguyen Van Vinh, le Premier ministre a également sanctionné M. Doan Van Huong."),
    ("es", "Además del Sr. Nguyen Van Vinh, el Primer Ministro también sancionó al Sr. Doan Van Huong."),
    ("pl", "Oprócz pana Nguyen Van Vinh, premier ukarał również pana Doan Van Huong."),
    ("ar", "بالإضافة إلى السيد نجوين فان فينه، قام رئيس الوزراء أيضًا بتأديب السيد دوان فان هوونغ."),
    (
        "vi",
        "Ngoài ông Nguyễn Văn Vịnh, Thủ tướng cũng thi hành kỷ luật bằng hình thức xóa tư cách chức vụ chủ tịch UBND"
        " tỉnh Lào Cai giai đoạn 2014 - 2015, phó chủ tịch UBND tỉnh Lào Cai giai đoạn 2011 - 2013 đối với ông Doãn Văn"
        " Hưởng.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _BESIDES, ids=[f"{c[0]}-{i}" for i, c in enumerate(_BESIDES)])
def test_besides_name_takes_no_subject_title(lang, text):
    assert placed_posts(text, lang).get(_VINH, set()) == set()


_LAO_CAI_CHAIR = {("chair", "peoples_committee", "provincial", "Lao Cai")}
_BESIDES_APPOSITION = [
    (
        "fr",
        "Outre M. Nguyen Van Vinh, président du Comité populaire de la province de Lao Cai, M. Doan Van Huong a également"
        " assisté à la réunion.",
    ),
    (
        "fr",
        "Outre M. Nguyen Van Vinh, qui est président du Comité populaire de la province de Lao Cai, M. Doan Van Huong a"
        " également assisté.",
    ),
    (
        "en",
        "Besides Mr. Nguyen Van Vinh, Chairman of the Lao Cai Provincial People's Committee, the delegation included Mr."
        " Doan Van Huong.",
    ),
    ("vi", "Ngoài ông Nguyễn Văn Vịnh, Chủ tịch UBND tỉnh Lào Cai, đoàn còn có ông Doãn Văn Hưởng."),
    (
        "ar",
        "بالإضافة إلى السيد نجوين فان فينه، رئيس اللجنة الشعبية لمقاطعة لاو كاي، حضر السيد دوان فان هوونغ.",
    ),
    (
        "pl",
        "Oprócz pana Nguyen Van Vinh, przewodniczącego Komitetu Ludowego prowincji Lao Cai, w spotkaniu uczestniczył pan"
        " Doan Van Huong.",
    ),
    (
        "es",
        "Además del Sr. Nguyen Van Vinh, presidente del Comité Popular de la provincia de Lao Cai, asistió el Sr. Doan Van"
        " Huong.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text"), _BESIDES_APPOSITION, ids=[f"{c[0]}-{i}" for i, c in enumerate(_BESIDES_APPOSITION)]
)
def test_besides_name_keeps_its_apposition(lang, text):
    assert placed_posts(text, lang)[_VINH] == _LAO_CAI_CHAIR
