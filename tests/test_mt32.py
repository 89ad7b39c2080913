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
