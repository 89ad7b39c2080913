"""pos18's position rules (docs/positions.md)."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict[str, set[tuple]]:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


# a birth clause written right after the name, no comma before it, then the name's posts after its comma: the posts
# are the name's, as with a comma after the name ('A, born in 1968, member of ...')
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("vi", "Ông Phạm Quang Vinh sinh năm 1968, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hà Giang."),
        (
            "vi",
            "Ông Phạm Quang Vinh sinh năm 1968, quê Nam Định, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hà Giang.",
        ),
        (
            "pl",
            "Pan Pham Quang Vinh urodził się w 1968 r., członek Komitetu Centralnego Partii, sekretarz "
            "Prowincjonalnego Komitetu Partii Ha Giang.",
        ),
        (
            "es",
            "El Sr. Pham Quang Vinh nació en 1968, miembro del Comité Central del Partido, secretario del Comité "
            "Provincial del Partido de Ha Giang.",
        ),
        (
            "fr",
            "M. Pham Quang Vinh est né en 1968, membre du Comité central du Parti, secrétaire du Comité provincial "
            "du Parti de Ha Giang.",
        ),
        (
            "ar",
            "السيد فام كوانغ فينه من مواليد عام 1968، عضو اللجنة المركزية للحزب، أمين لجنة الحزب لمقاطعة ها جيانج.",
        ),
    ],
)
def test_posts_after_a_birth_clause(lang, text):
    posts = set().union(*_posts(text, lang).values())
    assert ("member", "central_committee", "central") in posts
    assert ("secretary", "party_committee", "provincial") in posts


def test_birth_clause_then_another_name_titled_before_it():
    # the title after the comma runs into another name: that name's, none of the first
    posts = _posts("Ông Phạm Quang Vinh sinh năm 1968, Chủ tịch UBND tỉnh Nguyễn Văn Sơn cho biết.", "vi")
    assert not posts.get("Pham Quang Vinh")


def test_birth_clause_then_a_long_clause_is_no_post():
    # a clause of more than a few words after the birth: what follows it is no apposition of the name
    posts = _posts(
        "Ông Phạm Quang Vinh sinh năm 1968, đã cùng đoàn công tác đến thăm và làm việc tại nhiều địa phương trong "
        "tỉnh, Bí thư Tỉnh ủy Hà Giang đánh giá cao.",
        "vi",
    )
    assert ("secretary", "party_committee", "provincial") not in posts.get("Pham Quang Vinh", set())


# an opening clause whose comma an abbreviation's period stands right before ('w 2019 r.,', 'Co.,', 'S.A.,'), then the
# given name of the official named before and a title link: the posts are that official's, as after a clause of no
# abbreviation ('Before being elected ..., Mr. Toan was ...')
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            "Pan Nguyen Van Toan przemawiał na zjeździe. Zanim został sekretarzem Prowincjonalnego Komitetu Partii w "
            "2019 r., pan Toan był przewodniczącym Komitetu Ludowego Prowincji Ha Giang.",
        ),
        (
            "en",
            "Mr. Nguyen Van Toan spoke at the congress. Before heading Vicem Cement Co., Mr. Toan was Chairman of the "
            "Ha Giang Provincial People's Committee.",
        ),
        (
            "es",
            "El Sr. Nguyen Van Toan habló en el congreso. Antes de dirigir la empresa Vicem S.A., el Sr. Toan fue "
            "presidente del Comité Popular de la provincia de Ha Giang.",
        ),
        (
            "fr",
            "M. Nguyen Van Toan a pris la parole au congrès. Avant de diriger la société Vicem S.A., M. Toan a été "
            "président du Comité populaire de la province de Ha Giang.",
        ),
    ],
)
def test_given_name_after_a_clause_ending_in_an_abbreviation(lang, text):
    assert ("chair", "peoples_committee", "provincial") in _posts(text, lang).get("Nguyen Van Toan", set())


def test_clause_with_abbreviation_then_another_name():
    # the clause's comma, then another person named in full: the posts are that person's
    posts = _posts(
        "Pan Nguyen Van Toan przemawiał na zjeździe. Zanim Nguyen Van Toan został sekretarzem w 2019 r., pan Le Van "
        "Binh był przewodniczącym Komitetu Ludowego Prowincji Ha Giang.",
        "pl",
    )
    assert ("chair", "peoples_committee", "provincial") not in posts.get("Nguyen Van Toan", set())


# a photo's caption naming the official the text spoke of, as the object of another's act, then a sentence whose
# pronoun or dropped subject speaks of him: his posts, not those of the caption's subject
_CAPTIONED = {
    "en": "Mr. Hoang Van Phuc, 52, is a native of Nam Dinh. Ms. Le Thi Hoa, Head of the Central Organization "
    "Commission, hands the decision to Mr. Hoang Van Phuc (Photo: VNA). From 2016 to 2020, he was Chairman of the Ha "
    "Giang Provincial People's Committee.",
    "pl": "Pan Hoang Van Phuc ma 52 lata i pochodzi z Nam Dinh. Pani Le Thi Hoa, szefowa Centralnej Komisji "
    "Organizacyjnej, wręcza decyzję panu Hoang Van Phucowi (Zdjęcie: VNA). W latach 2016–2020 był przewodniczącym "
    "Komitetu Ludowego Prowincji Ha Giang.",
    "ar": "السيد هوانغ فان فوك (52 عامًا)، من مقاطعة نام دينه. السيدة لي ثي هوا، رئيسة لجنة التنظيم المركزية، تسلم "
    "القرار إلى السيد هوانغ فان فوك (الصورة: فيتنام). من عام 2016 إلى عام 2020، شغل منصب رئيس اللجنة الشعبية لمقاطعة "
    "ها جيانج.",
    "vi": "Ông Hoàng Văn Phúc sinh năm 1972, quê Nam Định. Bà Lê Thị Hoa, Trưởng Ban Tổ chức Trung ương trao quyết "
    "định cho ông Hoàng Văn Phúc (Ảnh: TTXVN). Từ năm 2016 đến năm 2020, ông là Chủ tịch UBND tỉnh Hà Giang.",
    "fr": "M. Hoang Van Phuc, 52 ans, est originaire de Nam Dinh. Mme Le Thi Hoa, cheffe de la Commission centrale "
    "d'organisation, remet la décision à M. Hoang Van Phuc (Photo : VNA). De 2016 à 2020, il a été président du "
    "Comité populaire de la province de Ha Giang.",
}


@pytest.mark.parametrize("lang", sorted(_CAPTIONED))
def test_caption_keeps_the_subject(lang):
    posts = _posts(_CAPTIONED[lang], lang)
    # (whichever reading of the name the Arabic gives: the one who is not Le Thi Hoa)
    assert any(
        ("chair", "peoples_committee", "provincial") in p for name, p in posts.items() if name != "Le Thi Hoa"
    )
    assert ("chair", "peoples_committee", "provincial") not in posts.get("Le Thi Hoa", set())


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "vi",
            "Ông Lê Văn Tâm, Bí thư Tỉnh ủy Hà Giang, dự hội nghị. Chủ tịch UBND tỉnh Hoàng Văn Phúc phát biểu tại hội "
            "nghị (Ảnh: TTXVN). Ông từng giữ chức Giám đốc Sở Xây dựng tỉnh Hà Giang.",
        ),
        (
            "en",
            "Mr. Le Van Tam, Secretary of the Ha Giang Provincial Party Committee, attended the conference. Chairman of "
            "the Provincial People's Committee Hoang Van Phuc speaks at the conference (Photo: VNA). He previously held "
            "the post of Director of the Ha Giang Department of Construction.",
        ),
    ],
)
def test_caption_of_another_official_changes_the_subject(lang, text):
    # the official spoken of before the caption is not in it: the caption's official is the one spoken of after it
    posts = _posts(text, lang)
    assert ("director", "department", "provincial") in posts.get("Hoang Van Phuc", set())
    assert ("director", "department", "provincial") not in posts.get("Le Van Tam", set())


# a deputy's role with the body's noun alone, then the full role with the same noun and its owner: both are posts of
# that body ('Deputy Chief of the Office, Chief of the Office of the Provincial Party Committee')
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Mr. Vu Duc Long once held the posts of Deputy Chief of the Office, Chief of the Office of the Son La "
            "Provincial Party Committee.",
        ),
        (
            "pl",
            "Pan Vu Duc Long piastował stanowiska zastępcy szefa Biura i szefa Biura Prowincjonalnego Komitetu Partii "
            "Son La.",
        ),
        (
            "fr",
            "M. Vu Duc Long a été chef adjoint du Bureau, puis chef du Bureau du Comité provincial du Parti de Son La.",
        ),
        (
            "es",
            "El Sr. Vu Duc Long fue subjefe de la Oficina, jefe de la Oficina del Comité Provincial del Partido de Son "
            "La.",
        ),
        (
            "de",
            "Herr Vu Duc Long war stellvertretender Leiter des Büros, Leiter des Büros des Provinzparteikomitees Son La.",
        ),
        ("ar", "شغل السيد فو دوك لونغ منصب نائب رئيس المكتب، رئيس مكتب لجنة الحزب الإقليمية في سون لا."),
    ],
)
def test_deputy_of_the_body_noun_the_next_role_repeats(lang, text):
    posts = set().union(*_posts(text, lang).values())
    assert ("deputy_head", "party_office", "provincial") in posts
    assert ("head", "party_office", "provincial") in posts


def test_a_different_body_noun_is_no_repeat():
    # the deputy's noun is not the next body's: no body borrowed for it
    posts = _posts(
        "Mr. Vu Duc Long, Deputy Chief of the Inspectorate, Director of the Son La Department of Finance, spoke.",
        "en",
    )
    assert ("deputy_head", "department", "provincial") not in posts.get("Vu Duc Long", set())
    assert ("deputy_director", "department", "provincial") not in posts.get("Vu Duc Long", set())


# the Party's General Secretary and a president of no body, joined: the State President too
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El Secretario General y Presidente To Lam visitó la provincia de Ha Giang."),
        ("fr", "Le Secrétaire général et Président To Lam a visité la province de Ha Giang."),
        ("pl", "Sekretarz Generalny i Przewodniczący To Lam odwiedził prowincję Ha Giang."),
        ("en", "General Secretary and Chairman To Lam visited Ha Giang province."),
    ],
)
def test_general_secretary_and_president(lang, text):
    posts = _posts(text, lang).get("To Lam", set())
    assert ("general_secretary", "communist_party", "central") in posts
    assert ("state_president", "other", "central") in posts


def test_general_secretary_and_president_of_a_body():
    # a president of a body named after it chairs that body: no State President
    posts = _posts(
        "El Secretario General y Presidente de la Asociación de Agricultores Nguyen Van Hai visitó Ha Giang.",
        "es",
    )
    assert ("state_president", "other", "central") not in posts.get("Nguyen Van Hai", set())


# the present of holding a post after a starting year drops its subject as the past does: the post is the official's
# named before ('Od 2015 r. pełni funkcję ...', 'Desde 2015 ocupa el cargo de ...', 'ومنذ عام 2015 يشغل منصب ...')
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            "Pan Ha Van Kien ma 48 lat. Od 2019 r. pełni funkcję sekretarza Komitetu Partii Dystryktu Bac Me.",
        ),
        (
            "pl",
            "Pan Ha Van Kien ma 48 lat. Od 2019 r. piastuje stanowisko sekretarza Komitetu Partii Dystryktu Bac Me.",
        ),
        (
            "es",
            "El Sr. Ha Van Kien tiene 48 años. Desde 2019 ocupa el cargo de secretario del Comité del Partido del "
            "distrito de Bac Me.",
        ),
        (
            "ar",
            "السيد ها فان كين من مواليد عام 1977. ومنذ عام 2019 يشغل منصب أمين لجنة الحزب في منطقة باك مي.",
        ),
    ],
)
def test_present_of_holding_after_a_year(lang, text):
    posts = set().union(*_posts(text, lang).values())
    assert ("secretary", "party_committee", "district") in posts


# a range to the present opening the sentence without a comma, then the pronoun (after the verb a language writes
# first) or a verb dropping it: the post is the official's named before
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Herr Ha Van Kien ist 48 Jahre alt. Von März 2019 bis heute ist er Sekretär des Parteikomitees des "
            "Bezirks Bac Me.",
        ),
        (
            "pl",
            "Pan Ha Van Kien ma 48 lat. Od marca 2019 r. do chwili obecnej pełni funkcję sekretarza Komitetu Partii "
            "Dystryktu Bac Me.",
        ),
        (
            "ar",
            "السيد ها فان كين من مواليد عام 1977. ومن مارس 2019 حتى الآن يشغل منصب أمين لجنة الحزب في منطقة باك مي.",
        ),
    ],
)
def test_range_to_the_present_then_the_post(lang, text):
    posts = set().union(*_posts(text, lang).values())
    assert ("secretary", "party_committee", "district") in posts
