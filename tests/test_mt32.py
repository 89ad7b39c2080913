"""mt32's blind round, its KG faults fixed (silver/mt32/corrections-mt32.txt), each construction in every language
where vietnam.vn's machine translation writes it."""

import pytest

from tests.helpers import placed_posts

_HAI = "Ngo Dong Hai"

# 1. the head of a working group (Tổ trưởng Tổ công tác) heads the group (other), not the body whose document it carries
# out, written after it ('Head of the Working Group assisting the implementation of Decision No. 284 of the Politburo'
# gave head politburo in en, fr, es, de, pl, ar; ar 'رئيس' a head of it, not a chair)
_GROUP = [
    (
        "en",
        "Attending the ceremony on the Central side were comrades: Ngo Dong Hai - Member of the Party Central Committee,"
        " Deputy Head of the Central Propaganda and Mass Mobilization Commission, Head of the Working Group assisting the"
        " implementation of Decision No. 284 of the Politburo, together with leaders of the Central Party Office.",
    ),
    (
        "fr",
        "Étaient présents Ngo Dong Hai, membre du Comité central du Parti, chef adjoint de la Commission centrale de"
        " propagande et de mobilisation de masse, chef du Groupe de travail chargé d'aider à la mise en œuvre de la"
        " Décision n° 284 du Bureau politique.",
    ),
    (
        "es",
        "Asistió Ngo Dong Hai, miembro del Comité Central del Partido, jefe adjunto de la Comisión Central de Propaganda"
        " y Movilización de Masas, jefe del Grupo de Trabajo que asiste en la implementación de la Decisión n.º 284 del"
        " Buró Político.",
    ),
    (
        "de",
        "Anwesend war Ngo Dong Hai, Mitglied des Zentralkomitees der Partei, stellvertretender Leiter der Zentralen"
        " Kommission für Propaganda und Massenmobilisierung, Leiter der Arbeitsgruppe zur Unterstützung der Umsetzung"
        " des Beschlusses Nr. 284 des Politbüros.",
    ),
    (
        "pl",
        "Obecny był Ngo Dong Hai, członek Komitetu Centralnego Partii, zastępca szefa Centralnej Komisji Propagandy i"
        " Mobilizacji Masowej, szef Grupy Roboczej wspierającej realizację Decyzji nr 284 Biura Politycznego.",
    ),
    (
        "ar",
        "وحضر نجو دونغ هاي، عضو اللجنة المركزية للحزب، نائب رئيس لجنة الدعاية والتعبئة الجماهيرية المركزية، رئيس فريق"
        " العمل المساعد في تنفيذ القرار رقم 284 الصادر عن المكتب السياسي.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _GROUP, ids=[lang for lang, _ in _GROUP])
def test_a_working_groups_head_heads_the_group(lang, text):
    posts = placed_posts(text, lang)[_HAI]
    assert ("head", "other", "central", None) in posts
    assert not any(p[1] == "politburo" for p in posts)
    assert ("deputy_head", "party_commission", "central", None) in posts


@pytest.mark.parametrize(
    ("lang", "text", "name", "post"),
    [
        # (a working group's deputy head; a chair of a body outside the code list that is no group stays one)
        (
            "ar",
            "وحضر نجو دونغ هاي، رئيس فريق العمل، ونجوين فان آن، نائب رئيس فريق العمل.",
            "Nguyen Van An",
            ("deputy_head", "other", "provincial", None),
        ),
        ("ar", "وحضر نجو دونغ هاي، رئيس الاتحاد العام للعمل.", _HAI, ("chair", "other", "central", None)),
        (
            "en",
            "Attending was Ngo Dong Hai, Chairman of the Provincial Farmers' Association.",
            _HAI,
            ("chair", "other", "provincial", None),
        ),
    ],
    ids=["ar-deputy", "ar-chair-guard", "en-chair-guard"],
)
def test_a_working_groups_guards(lang, text, name, post):
    assert post in placed_posts(text, lang)[name]


# 2. a join cue after an honorific and the given name of an official named before (extract._given_joined, af93257d)
# in a script of no capitals: ar 'السماح للسيد ثانه بالتوقف عن المشاركة في اللجنة التنفيذية للحزب الإقليمي' (let Mr.
# Thanh stop taking part in the Provincial Party Executive Committee) gave no membership (en, fr, es, pl, vi read it)
_THANH = "Pham Van Thanh"
_NAMED = "السيد فام فان ثانه، نائب رئيس اللجنة الشعبية لمقاطعة كوانغ نينه، تمت معاقبته. "
_MEMBER = ("member", "party_committee", "provincial", "Quang Ninh")


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            _NAMED
            + "كما قررت اللجنة التنفيذية للحزب في مقاطعة كوانغ نينه السماح للسيد ثانه بالتوقف عن المشاركة في"
            " اللجنة التنفيذية للحزب الإقليمي، الدورة الخامسة عشرة، للفترة 2020-2025، بناءً على رغبته الشخصية.",
            True,
        ),
        # (a post named after it: the post alone, docs/conventions.md)
        (
            _NAMED
            + "قررت اللجنة السماح للسيد ثانه بالتوقف عن المشاركة في اللجنة التنفيذية للحزب الإقليمي وشغل منصب"
            " نائب رئيس الوزراء.",
            False,
        ),
        # (a given name with no honorific before it stands for nobody)
        (
            _NAMED
            + "كما قررت اللجنة التنفيذية للحزب في مقاطعة كوانغ نينه السماح بالتوقف عن المشاركة في اللجنة"
            " التنفيذية للحزب الإقليمي.",
            False,
        ),
    ],
    ids=["ar", "ar-post-after", "ar-no-name"],
)
def test_a_given_name_of_no_capitals_leaves_the_committee(text, member):
    assert (_MEMBER in placed_posts(text, "ar")[_THANH]) is member


# 3. a list's header of comrades of a standing committee a colon closes ('W posiedzeniu uczestniczyli towarzysze ze
# Stałego Komitetu Prowincjonalnego Komitetu Partii: A, t1; pułkownik B, t2'; vi 'các đồng chí trong Ban Thường vụ
# Tỉnh ủy: ...'): each listed name a standing member (none in en, fr, es, de, pl, ar; 'members of X:' was read)
_HUY, _TRUONG = "Nguyen Le Huy", "Nguyen Thanh Truong"
_STANDING = ("standing_member", "party_committee", "provincial", None)
_COMRADES = [
    (
        "pl",
        "W posiedzeniu uczestniczyli towarzysze ze Stałego Komitetu Prowincjonalnego Komitetu Partii: Nguyen Le Huy,"
        " stały wiceprzewodniczący Prowincjonalnego Komitetu Ludowego; pułkownik Nguyen Thanh Truong, dyrektor"
        " Prowincjonalnej Policji.",
    ),
    (
        "en",
        "Attending the meeting were comrades in the Provincial Party Standing Committee: Nguyen Le Huy, Permanent Vice"
        " Chairman of the Provincial People's Committee; Colonel Nguyen Thanh Truong, Director of the Provincial Police.",
    ),
    (
        "fr",
        "Ont assisté à la réunion les camarades du Comité permanent du Comité provincial du Parti : Nguyen Le Huy,"
        " vice-président permanent du Comité populaire provincial ; colonel Nguyen Thanh Truong, directeur de la Police"
        " provinciale.",
    ),
    (
        "es",
        "Asistieron a la reunión los camaradas del Comité Permanente del Comité Provincial del Partido: Nguyen Le Huy,"
        " vicepresidente permanente del Comité Popular Provincial; coronel Nguyen Thanh Truong, director de la Policía"
        " Provincial.",
    ),
    (
        "de",
        "An der Sitzung nahmen die Genossen des Ständigen Ausschusses des Provinzparteikomitees teil: Nguyen Le Huy,"
        " ständiger stellvertretender Vorsitzender des Provinzvolkskomitees; Oberst Nguyen Thanh Truong, Direktor der"
        " Provinzpolizei.",
    ),
    (
        "ar",
        "وحضر الاجتماع الرفاق في اللجنة الدائمة للجنة الحزب الإقليمية: نجوين لي هوي، نائب الرئيس الدائم للجنة الشعبية"
        " الإقليمية؛ العقيد نجوين ثانه ترونغ، مدير شرطة المقاطعة.",
    ),
    (
        "vi",
        "Dự phiên họp có các đồng chí trong Ban Thường vụ Tỉnh ủy: Nguyễn Lê Huy, Phó Chủ tịch Thường trực UBND tỉnh;"
        " Đại tá Nguyễn Thanh Trường, Giám đốc Công an tỉnh.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _COMRADES, ids=[lang for lang, _ in _COMRADES])
def test_comrades_of_a_standing_committee_listed_are_its_members(lang, text):
    posts = placed_posts(text, lang)
    assert _STANDING in posts[_HUY]
    assert _STANDING in posts[_TRUONG]


@pytest.mark.parametrize(
    "text",
    [
        # (comrades of a body that is no party body; comrades with no colon closing the header; comrades alone)
        "Attending were comrades of the Provincial People's Committee: Nguyen Le Huy, Permanent Vice Chairman of the"
        " Provincial People's Committee; Nguyen Thanh Truong, Director of the Provincial Police.",
        "Attending were comrades in the Provincial Party Standing Committee, Nguyen Le Huy, Permanent Vice Chairman of"
        " the Provincial People's Committee; Nguyen Thanh Truong, Director of the Provincial Police.",
        "Attending were comrades: Nguyen Le Huy, Permanent Vice Chairman of the Provincial People's Committee; Nguyen"
        " Thanh Truong, Director of the Provincial Police.",
    ],
    ids=["other-body", "no-colon", "no-body"],
)
def test_comrades_of_a_standing_committee_guards(text):
    posts = placed_posts(text, "en")
    assert not any(p[0] == "standing_member" for name in (_HUY, _TRUONG) for p in posts[name])
