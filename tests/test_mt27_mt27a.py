"""Helper mt27a's fixes of stop 34 (silver/mt27, corrections-mt27a.txt): each case fails without its change."""

import pytest

from tests.helpers import placed_posts


def _posts(text: str, lang: str) -> dict[str, set[tuple]]:
    """Each official's posts as (role, org, level): ``placed_posts`` without the place."""
    return {name: {post[:3] for post in posts} for name, posts in placed_posts(text, lang).items()}


_PM = {("prime_minister", "government", "central")}

# The Prime Minister approves the result of an election or relief to a post (vi 'Thủ tướng A phê chuẩn kết quả bầu bổ sung
# chức vụ Phó Chủ tịch UBND'): the post is the elected's, not the approver's (u-mt27ar-02 gave him the vice chairmanship)
_APPROVED = [
    (
        "ar",
        "وافق رئيس الوزراء نجوين شوان فوك للتو على نتائج الانتخاب التكميلي لمنصب نائب رئيس اللجنة الشعبية لمقاطعتي "
        "جيا لاي وسون لا.",
    ),
    ("ar", "وافق رئيس الوزراء نجوين شوان فوك على نتيجة انتخاب نائب رئيس اللجنة الشعبية لمقاطعة جيا لاي."),
    (
        "pl",
        "Premier Nguyen Xuan Phuc właśnie zatwierdził wyniki wyborów uzupełniających na stanowisko wiceprzewodniczącego "
        "Komitetu Ludowego prowincji Gia Lai i Son La.",
    ),
    (
        "de",
        "Premierminister Nguyen Xuan Phuc hat soeben die Ergebnisse der Nachwahl zum stellvertretenden Vorsitzenden des "
        "Volkskomitees der Provinzen Gia Lai und Son La genehmigt.",
    ),
    (
        "en",
        "Prime Minister Nguyen Xuan Phuc approved the results of the by-election to the post of Vice Chairman of the "
        "Gia Lai Provincial People's Committee.",
    ),
    (
        "fr",
        "Le Premier ministre Nguyen Xuan Phuc a approuvé le résultat de l'élection au poste de vice-président du Comité "
        "populaire provincial de Gia Lai.",
    ),
    (
        "es",
        "El primer ministro Nguyen Xuan Phuc aprobó el resultado de la elección al cargo de vicepresidente del Comité "
        "Popular Provincial de Gia Lai.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), _APPROVED)
def test_the_approver_of_an_election_result_holds_no_post_it_names(lang, text):
    assert _posts(text, lang)["Nguyen Xuan Phuc"] == _PM


# ... the one elected, named in the clause, still takes it; a name elected to the post takes it
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            "Premier Nguyen Xuan Phuc zatwierdził wynik wyboru pana Do Tien Donga na stanowisko wiceprzewodniczącego "
            "Komitetu Ludowego prowincji Gia Lai.",
        ),
        (
            "de",
            "Premierminister Nguyen Xuan Phuc genehmigte das Ergebnis der Wahl von Herrn Do Tien Dong zum "
            "stellvertretenden Vorsitzenden des Volkskomitees der Provinz Gia Lai.",
        ),
        ("ar", "تم انتخاب السيد دو تيان دونغ لمنصب نائب رئيس اللجنة الشعبية لمقاطعة جيا لاي."),
        (
            "pl",
            "Pan Do Tien Dong został wybrany na stanowisko wiceprzewodniczącego Komitetu Ludowego prowincji Gia Lai.",
        ),
    ],
)
def test_the_one_elected_keeps_the_post(lang, text):
    assert ("vice_chair", "peoples_committee", "provincial") in _posts(text, lang)["Do Tien Dong"]


# Arabic's first deputy of a chair ('النائب الأول لرئيس', Phó Chủ tịch thứ nhất), as 'النائب الدائم لرئيس': a vice chair,
# not the chair (nor the State President); the Central Emulation and Reward Council with 'central' after its noun
# (u-mt27ar-01 read 'النائب الأول لرئيس المجلس المركزي للمحاكاة والمكافآت' as the State President)
@pytest.mark.parametrize(
    ("lang", "title", "post"),
    [
        ("ar", "النائب الأول لرئيس المجلس المركزي للمحاكاة والمكافآت", ("vice_chair", "other", "central")),
        ("ar", "نائب رئيس المجلس المركزي للمحاكاة والمكافآت", ("vice_chair", "other", "central")),
        ("ar", "النائب الأول لرئيس المجلس الشعبي الإقليمي", ("vice_chair", "peoples_council", "provincial")),
        ("ar", "النائب الأول لرئيس الوزراء", ("deputy_prime_minister", "government", "central")),
        (
            "fr",
            "première vice-présidente du Conseil central d'émulation et de récompense",
            ("vice_chair", "other", "central"),
        ),
        (
            "es",
            "primera vicepresidenta del Consejo Central de Emulación y Recompensas",
            ("vice_chair", "other", "central"),
        ),
    ],
)
def test_first_deputy_and_the_central_emulation_council(lang, title, post):
    text = {
        "ar": f"وحضرت الرفيقة فو ثي آنه شوان، {title}، المؤتمر.",
        "fr": f"La camarade Vo Thi Anh Xuan, {title}, a assisté au congrès.",
        "es": f"La camarada Vo Thi Anh Xuan, {title}, asistió al congreso.",
    }[lang]
    assert _posts(text, lang)["Vo Thi Anh Xuan"] == {post}


# ... the standing deputy and the chair itself stay
@pytest.mark.parametrize(
    ("title", "post"),
    [
        (
            "النائب الدائم لرئيس اللجنة الشعبية الإقليمية",
            ("standing_vice_chair", "peoples_committee", "provincial"),
        ),
        ("رئيس المجلس الشعبي الإقليمي", ("chair", "peoples_council", "provincial")),
        ("نائبة رئيس الدولة", ("vice_chair", "other", "central")),
    ],
)
def test_ar_deputies_and_chairs_near_the_first_deputy(title, post):
    assert _posts(f"وحضرت الرفيقة فو ثي آنه شوان، {title}، المؤتمر.", "ar")["Vo Thi Anh Xuan"] == {post}


# The organising committee of an event (Trưởng Ban Tổ chức Đại hội, a congress's, a festival's) is that event's, org
# other, not the Party's Organisation Commission (u-mt27ar-01: head/party_commission)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "حضر المؤتمر الرفيق فام كوانج نغوك، رئيس اللجنة الشعبية الإقليمية، رئيس اللجنة المنظمة للمؤتمر الأول للمحاكاة "
            "الوطنية لمقاطعة نينه بينه.",
        ),
        ("ar", "حضر المؤتمر الرفيق فام كوانج نغوك، رئيس اللجنة المنظمة للمهرجان."),
        (
            "en",
            "Attending the congress was Pham Quang Ngoc, Head of the Organizing Committee of the 1st Patriotic Emulation "
            "Congress of Ninh Binh province.",
        ),
        ("en", "Pham Quang Ngoc, Head of the Organizing Board of the Festival, attended."),
        (
            "fr",
            "M. Pham Quang Ngoc, chef du comité d'organisation du 1er Congrès d'émulation patriotique de la province de "
            "Ninh Binh, y a assisté.",
        ),
        (
            "de",
            "Anwesend war Pham Quang Ngoc, Leiter des Organisationskomitees des 1. Patriotischen Nachahmungskongresses der "
            "Provinz Ninh Binh.",
        ),
        (
            "pl",
            "Obecny był Pham Quang Ngoc, szef Komitetu Organizacyjnego I Kongresu Patriotycznego Współzawodnictwa "
            "prowincji Ninh Binh.",
        ),
    ],
)
def test_an_events_organising_committee_is_no_party_commission(lang, text):
    posts = _posts(text, lang)["Pham Quang Ngoc"]
    assert ("head", "other", "provincial") in posts
    assert not {p for p in posts if p[1] == "party_commission"}


# ... the Party's Organisation Commission stays, a meeting after its clause or its owner after it
@pytest.mark.parametrize(
    ("lang", "text", "level"),
    [
        (
            "en",
            "Mr. Pham Quang Ngoc, Head of the Organizing Committee of the Provincial Party Committee, attended.",
            "provincial",
        ),
        (
            "en",
            "Mr. Pham Quang Ngoc, Head of the Central Organizing Committee, attended the congress.",
            "central",
        ),
        ("ar", "وحضر الرفيق فام كوانج نغوك، رئيس اللجنة المنظمة المركزية، المؤتمر.", "central"),
        (
            "ar",
            "وحضر الرفيق فام كوانج نغوك، رئيس لجنة التنظيم في لجنة الحزب الإقليمية، المؤتمر.",
            "provincial",
        ),
        (
            "de",
            "Anwesend war Pham Quang Ngoc, Leiter des Organisationskomitees des Provinzparteikomitees, beim Kongress.",
            "provincial",
        ),
        (
            "pl",
            "Obecny był Pham Quang Ngoc, szef Komitetu Organizacyjnego Komitetu Partii Prowincji, na kongresie.",
            "provincial",
        ),
    ],
)
def test_the_party_organisation_commission_stays(lang, text, level):
    assert _posts(text, lang)["Pham Quang Ngoc"] == {("head", "party_commission", level)}
