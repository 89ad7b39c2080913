"""Helper mt26a's fixes of stop 34 (silver/mt26, corrections-mt26a.txt): each case fails without its change."""

import pytest

from tests.helpers import extracted, placed_posts


def _posts(text: str, lang: str) -> dict[str, set[tuple]]:
    """Each official's posts as (role, org, level): ``placed_posts`` without the place."""
    return {name: {post[:3] for post in posts} for name, posts in placed_posts(text, lang).items()}


_ELECTED = "انتخب مجلس الشعب السيد دو مينه توان رئيسًا للجنة الشعبية في مقاطعة ثانه هوا. "


# Arabic writes the birth verb before the name ('وُلد السيد A عام 1972، وشغل منصب ...', born in 1972, and held the
# post of): the year up to the comma is the birth's, as 'A sinh năm 1972, từng giữ chức' after the name
# (u-mt26ar-04 lost Do Minh Tuan's four earlier posts)
@pytest.mark.parametrize(
    "birth",
    [
        "وُلد السيد دو مينه توان عام 1972، وشغل منصب ",
        "ولد السيد دو مينه توان في عام 1972، وشغل منصب ",
        "وُلد السيد دو مينه توان في ثانه هوا، وتولى منصب ",
    ],
)
def test_ar_birth_verb_before_the_name_leaves_the_posts_after_its_clause(birth):
    posts = _posts(_ELECTED + birth + "أمين لجنة الحزب في منطقة تريو سون.", "ar")["Do Minh Tuan"]
    assert ("secretary", "party_committee", "district") in posts


# ... the career list after it too, and a sentence of its own
def test_ar_birth_verb_before_the_name_then_a_list_of_posts():
    text = (
        _ELECTED
        + "وُلد السيد دو مينه توان عام 1972، وشغل منصب أمين اتحاد الشباب الإقليمي في ثانه هوا، ثم تولى "
        "المناصب التالية: أمين لجنة الحزب في منطقة تريو سون، ورئيس لجنة الشؤون الداخلية للجنة الحزب الإقليمية."
    )
    posts = _posts(text, "ar")["Do Minh Tuan"]
    assert {("secretary", "party_committee", "district"), ("head", "party_commission", "provincial")} <= posts


# guards: a verb that is no birth before the name, and the same biography written name first in other languages
def test_ar_other_verb_before_the_name_is_no_birth():
    text = "التقى السيد دو مينه توان عام 1972، وشغل منصب أمين لجنة الحزب في منطقة تريو سون."
    assert _posts(text, "ar").get("Do Minh Tuan", set()) == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Mr. Do Minh Tuan was born in 1972 and held the position of Secretary of the Trieu Son District Party "
            "Committee.",
        ),
        (
            "pl",
            "Pan Do Minh Tuan urodził się w 1972 r., pełnił funkcję sekretarza Komitetu Partii Dystryktu Trieu Son.",
        ),
        ("vi", "Ông Đỗ Minh Tuấn sinh năm 1972, từng giữ chức vụ Bí thư Huyện ủy Triệu Sơn."),
    ],
)
def test_birth_after_the_name_still_reads(lang, text):
    assert ("secretary", "party_committee", "district") in _posts(text, lang)["Do Minh Tuan"]


# 'الرئيس' (the State President's wording) with a former word and a board the grammar reads no name of after it heads
# that board, as 'رئيس مجلس إدارة ...' does (u-mt26ar-05: 'الرئيس السابق لمجلس إدارة المنطقة الاقتصادية' gave
# Nguyen Quynh Thien the State President's post); an economic zone is no district (its board the province's)
@pytest.mark.parametrize(
    "title",
    [
        "الرئيس السابق لمجلس إدارة المنطقة الاقتصادية",
        "الرئيس السابق للجنة إدارة المنطقة الاقتصادية",
        "رئيس مجلس إدارة المنطقة الاقتصادية",
    ],
)
def test_ar_former_president_of_a_board_heads_it(title):
    text = f"حضر الاجتماع السيد نجوين كوينه ثين، عضو لجنة الحزب الإقليمية، {title}."
    posts = _posts(text, "ar")["Nguyen Quynh Thien"]
    assert ("head", "other", "provincial") in posts
    assert not any(p[0] == "state_president" for p in posts)


# guards: the former chairman of a code-list body, the State President, a district's committee
@pytest.mark.parametrize(
    ("title", "post"),
    [
        ("الرئيس السابق للجنة الشعبية الإقليمية", ("chair", "peoples_committee", "provincial")),
        ("الرئيس السابق لمجلس الشعب الإقليمي", ("chair", "peoples_council", "provincial")),
        ("أمين لجنة الحزب في منطقة تريو سون", ("secretary", "party_committee", "district")),
    ],
)
def test_ar_president_guards(title, post):
    text = f"حضر الاجتماع السيد نجوين كوينه ثين، {title}."
    assert post in _posts(text, "ar")["Nguyen Quynh Thien"]


def test_ar_state_president_stays():
    text = "حضر الاجتماع الرئيس لونغ كونغ."
    assert ("state_president", "other", "central") in _posts(text, "ar")["Luong Cuong"]


# a post a release cue writes after a list of names each titled after it is every listed name's; Arabic writes the
# membership in the cue's own noun ('من عضوية اللجنة الشعبية', u-mt26ar-05 gave it to the last name only)
_RELEASED = (
    "كما صوّتت الدورة على إعفاء السيدة كاو مي فونغ، المديرة السابقة لإدارة الصحة{sep} والسيد تران فان خوانه، المدير "
    "السابق لإدارة الإعلام والاتصالات{sep} والسيد نجوين فو فونغ، المدير السابق لإدارة المالية، من عضوية اللجنة الشعبية "
    "الإقليمية، وذلك لتقاعدهم."
)


@pytest.mark.parametrize("sep", ["؛", "،"])
def test_ar_released_from_membership_after_a_list(sep):
    posts = _posts(_RELEASED.format(sep=sep), "ar")
    for name in ("Cao My Phuong", "Tran Van Khoanh", "Nguyen Vu Phuong"):
        assert ("member", "peoples_committee", "provincial") in posts[name], name
        assert ("director", "department", "provincial") in posts[name], name


# guards: one name; a name the list does not join (another clause before it)
def test_ar_released_from_membership_one_name():
    text = "صوّتت الدورة على إعفاء السيدة كاو مي فونغ، المديرة السابقة لإدارة الصحة، من عضوية اللجنة الشعبية الإقليمية."
    assert ("member", "peoples_committee", "provincial") in _posts(text, "ar")["Cao My Phuong"]


def test_ar_released_from_membership_not_the_subject():
    text = (
        "أقرّ السيد دو مينه توان، رئيس اللجنة الشعبية الإقليمية، عريضة إعفاء السيدة كاو مي فونغ، المديرة السابقة "
        "لإدارة الصحة، من عضوية اللجنة الشعبية الإقليمية."
    )
    posts = _posts(text, "ar")
    assert posts["Do Minh Tuan"] == {("chair", "peoples_committee", "provincial")}
    assert ("member", "peoples_committee", "provincial") in posts["Cao My Phuong"]


def _documents(text: str, lang: str) -> list[tuple]:
    return [(d.kind, d.number, d.session, d.term) for d in extracted(text, lang).documents]


# a count of a plan's tasks after a resolution's word is no term's ordinal ('the Resolution with 6 key tasks' read
# term 6 in en, fr, es and pl; u-mt26ar-02's source wording)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Congress adopted the Resolution with 6 key tasks."),
        ("fr", "Le Congrès a adopté la résolution comportant 6 tâches clés."),
        ("es", "El Congreso aprobó la Resolución con 6 tareas clave."),
        ("pl", "Zjazd przyjął Rezolucję zawierającą 6 kluczowych zadań."),
    ],
)
def test_plan_count_after_a_resolution_is_no_term(lang, text):
    assert all(term != 6 and session != 6 for _, _, session, term in _documents(text, lang))


# ... and the congress the article reports gives it its term, as vi 'Nghị quyết với 6 nhiệm vụ' reads
def test_plan_count_resolution_takes_the_congress_term():
    text = (
        "Après 2 jours de travail, le 1er Congrès des délégués du Comité provincial du Parti de Vinh Long, mandat "
        "2025-2030, s'est clôturé l'après-midi du 3 octobre. Le Congrès a voté l'adoption du projet de résolution "
        "comportant 6 tâches clés."
    )
    assert ("resolution", None, None, 1) in _documents(text, "fr")


# guards: a plenum's bare number, a congress's ordinal
@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("en", "implementing Resolution 6 of the 12th Central Committee.", ("resolution", None, 6, 12)),
        (
            "en",
            "implementing the Resolution of the 13th National Party Congress.",
            ("resolution", None, None, 13),
        ),
    ],
)
def test_resolution_ordinals_stay(lang, text, want):
    assert want in _documents(text, lang)
