"""residue30: officials and positions on text kg has not read (stop 42): the classes of the misses silver/mt26 ... mt39
left (docs/positions.md, "residue30"; silver/probes/residue30.tsv), each construction in every language where it
exists."""

import pytest

from tests.helpers import placed_posts
from tests.test_fix27a import _PLACED

_AN = "Nguyen Van An"


def _party(role: str) -> tuple:
    return (role, "party_committee", "provincial", "Nghe An")


def _pc(role: str) -> tuple:
    return (role, "peoples_committee", "provincial", "Nghe An")


# 1. a title's own term closed by a comma, then a copula's passive and the new post (silver/mt39 fr-01 'M. Ho Xuan
# Truong, secrétaire adjoint du Comité provincial du Parti de Khanh Hoa pour le mandat 2020-2025, est désigné secrétaire
# adjoint permanent ...': the standing deputy lost in fr, en, es: the term's preposition and article read as another
# subject's clause before the copula)
_TERMED = {_AN: {_party("deputy_secretary"), _party("standing_deputy_secretary")}}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "M. Nguyen Van An, secrétaire adjoint du Comité provincial du Parti pour le mandat 2020-2025, est désigné "
            "secrétaire adjoint permanent du Comité provincial du Parti pour le mandat 2025-2030.",
        ),
        (
            "en",
            "Mr. Nguyen Van An, Deputy Secretary of the Provincial Party Committee for the 2020-2025 term, is appointed "
            "Standing Deputy Secretary of the Provincial Party Committee for the 2025-2030 term.",
        ),
        (
            "es",
            "El Sr. Nguyen Van An, subsecretario del Comité Provincial del Partido para el mandato 2020-2025, es "
            "designado subsecretario permanente del Comité Provincial del Partido para el mandato 2025-2030.",
        ),
        # (read so already)
        (
            "de",
            "Herr Nguyen Van An, stellvertretender Sekretär des Provinzparteikomitees für die Amtszeit 2020-2025, wird "
            "zum ständigen stellvertretenden Sekretär des Provinzparteikomitees für die Amtszeit 2025-2030 ernannt.",
        ),
        (
            "pl",
            "Pan Nguyen Van An, zastępca sekretarza Prowincjonalnego Komitetu Partii kadencji 2020-2025, został "
            "wyznaczony na stałego zastępcę sekretarza Prowincjonalnego Komitetu Partii kadencji 2025-2030.",
        ),
        (
            "vi",
            "Ông Nguyễn Văn An, Phó Bí thư Tỉnh ủy nhiệm kỳ 2020-2025, được chỉ định giữ chức Phó Bí thư Thường trực "
            "Tỉnh ủy nhiệm kỳ 2025-2030.",
        ),
        (
            "ar",
            "السيد نجوين فان آن، نائب أمين لجنة الحزب الإقليمية للفترة 2020-2025، يُعيَّن نائبًا دائمًا لأمين لجنة "
            "الحزب الإقليمية للفترة 2025-2030.",
        ),
    ],
)
def test_a_title_s_term_before_a_copula_s_new_post(lang, text):
    assert placed_posts(_PLACED[lang] + text, lang) == _TERMED


# (guards) after the title's term, a reported clause's subject or an act keeps its own title; a copula's complement
# after the term is the name's (fr 'est le président', es 'es designado presidente')
_SECRETARY = {_AN: {_party("secretary")}}
_BOTH = {_AN: {_party("secretary"), _pc("chair")}}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Mr. Nguyen Van An, Secretary of the Provincial Party Committee for the 2020-2025 term, said the Chairman of "
            "the Provincial People's Committee is responsible.",
            _SECRETARY,
        ),
        (
            "en",
            "Mr. Nguyen Van An, Secretary of the Provincial Party Committee for the 2020-2025 term, believes the "
            "Chairman of the Provincial People's Committee is the key.",
            _SECRETARY,
        ),
        (
            "en",
            "Mr. Nguyen Van An, Secretary of the Provincial Party Committee for the 2020-2025 term, and the Chairman of "
            "the Provincial People's Committee are present.",
            _SECRETARY,
        ),
        (
            "fr",
            "M. Nguyen Van An, secrétaire du Comité provincial du Parti pour le mandat 2020-2025, a déclaré que le "
            "président du Comité populaire provincial est responsable.",
            _SECRETARY,
        ),
        (
            "es",
            "El Sr. Nguyen Van An, secretario del Comité Provincial del Partido para el mandato 2020-2025, dijo que el "
            "presidente del Comité Popular Provincial es responsable.",
            _SECRETARY,
        ),
        (
            "pl",
            "Pan Nguyen Van An, sekretarz Prowincjonalnego Komitetu Partii kadencji 2020-2025, powiedział, że "
            "przewodniczący Prowincjonalnego Komitetu Ludowego jest odpowiedzialny.",
            _SECRETARY,
        ),
        (
            "vi",
            "Ông Nguyễn Văn An, Bí thư Tỉnh ủy nhiệm kỳ 2020-2025, cho rằng Chủ tịch UBND tỉnh là người chịu trách "
            "nhiệm.",
            _SECRETARY,
        ),
        (
            "ar",
            "قال السيد نجوين فان آن، أمين لجنة الحزب الإقليمية للفترة 2020-2025، إن رئيس اللجنة الشعبية الإقليمية هو "
            "المسؤول.",
            _SECRETARY,
        ),
        (
            "fr",
            "M. Nguyen Van An, secrétaire du Comité provincial du Parti pour le mandat 2020-2025, est le président du "
            "Comité populaire provincial.",
            _BOTH,
        ),
        (
            "es",
            "El Sr. Nguyen Van An, secretario del Comité Provincial del Partido para el mandato 2020-2025, es designado "
            "presidente del Comité Popular Provincial.",
            _BOTH,
        ),
    ],
)
def test_a_title_s_term_keeps_other_subjects_apart(lang, text, want):
    assert placed_posts(_PLACED[lang] + text, lang) == want


# 2. a town (thị xã) as machine Polish writes it, 'miasteczko' (silver/mt36 pl-02 'byłego sekretarza Komitetu Partii
# Miasteczka Duyen Hai' read the article's province): a town the gazetteer knows is a district, as en 'Town', fr 'ville',
# ar 'بلدة', vi 'Thị ủy' read it; a town the gazetteer lacks a district too (mt2 pl-04 'miasteczka Tan Uyen')
_TOWN = {_AN: {("secretary", "party_committee", "district", "Duyen Hai")}}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "pl",
            "Pan Nguyen Van An, były sekretarz Komitetu Partii Miasteczka Duyen Hai, został wybrany.",
            _TOWN,
        ),
        (
            "pl",
            "Pan Nguyen Van An, przewodniczący Komitetu Ludowego Miasteczka Duyen Hai, przemawiał.",
            {_AN: {("chair", "peoples_committee", "district", "Duyen Hai")}},
        ),
        (
            "en",
            "Mr. Nguyen Van An, former Secretary of the Duyen Hai Town Party Committee, was elected.",
            _TOWN,
        ),
        (
            "fr",
            "M. Nguyen Van An, ancien secrétaire du Comité du Parti de la ville de Duyen Hai, a été élu.",
            _TOWN,
        ),
        ("ar", "السيد نجوين فان آن، الأمين السابق للجنة الحزب في بلدة دوين هاي، انتُخب.", _TOWN),
        ("vi", "Ông Nguyễn Văn An, nguyên Bí thư Thị ủy Duyên Hải, được bầu.", _TOWN),
        (
            "pl",
            "Pan Nguyen Van An był sekretarzem Komitetu Partii miasteczka Tan Uyen.",
            {_AN: {("secretary", "party_committee", "district", "Tan Uyen")}},
        ),
        # (guards: a city and a district read as before)
        (
            "pl",
            "Pan Nguyen Van An, sekretarz Komitetu Partii miasta Vinh, przemawiał.",
            {_AN: {("secretary", "party_committee", "district", "Vinh")}},
        ),
        (
            "pl",
            "Pan Nguyen Van An, sekretarz Komitetu Partii dystryktu Nam Dan, przemawiał.",
            {_AN: {("secretary", "party_committee", "district", "Nam Dan")}},
        ),
    ],
)
def test_a_town_s_party_committee_is_a_district_s(lang, text, want):
    assert placed_posts(_PLACED[lang] + text, lang) == want
