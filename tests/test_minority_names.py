"""Names of Vietnam's minority peoples (Ede, Jrai, M'nong, Bahnar of the Central Highlands, Hmong)
in every script: the clan and given-name syllables of kg/data/vi_name_syllables.txt (Biêr, Kđoh,
Tơr, Hđơk, Mlô, Gry, Kpă, Ksor, Rah) spelled in Arabic through kg/lang/ar/translit.tsv's onsets ks,
kn, kp, ml, hd, gr and codas r, h (only for the listed name syllables), "إي" for the men's prefix Y;
a given name glued to the women's prefix H' ("H'Yim Kđoh") opening a name in Latin script; the
Hmong family name Sình."""

import pytest

from kg.extract import extract
from kg.model import Article
from kg.text import title_case


def _posts(lang: str, text: str) -> dict:
    x = extract(Article("t", text, lang=lang))
    return {o.name: sorted((p.role, p.body.org) for p in o.positions) for o in x.officials}


@pytest.mark.parametrize(
    ("lang", "text", "name", "post"),
    [
        # the Arabic MT's spelling of Y Biêr Niê (silver/mt7): no "bier", no coda r, no إي for Y before
        (
            "ar",
            "ترأس الاجتماع الرفيق إي بيير ني، نائب أمين لجنة الحزب الإقليمية في داك لاك.",
            "Y Bier Nie",
            ("deputy_secretary", "party_committee"),
        ),
        (
            "ar",
            "ترأس الاجتماع الرفيق إي فينه تور، نائب أمين لجنة الحزب الإقليمية في داك لاك.",
            "Y Vinh Tor",
            ("deputy_secretary", "party_committee"),
        ),
        (
            "ar",
            "ترأس الاجتماع الرفيق كسور فوك ها، نائب رئيس اللجنة الشعبية الإقليمية في جيا لاي.",
            "Ksor Phuoc Ha",
            ("vice_chair", "peoples_committee"),
        ),
        (
            "ar",
            "ترأس الاجتماع الرفيق راه لان تشونغ، نائب أمين لجنة الحزب الإقليمية في جيا لاي.",
            "Rah Lan Chung",
            ("deputy_secretary", "party_committee"),
        ),
        (
            "ar",
            "وحضر الاجتماع الرفيق إي جيانغ غري ني كنونغ، نائب رئيس اللجنة الشعبية الإقليمية في داك لاك.",
            "Y Giang Gry Nie Knong",
            ("vice_chair", "peoples_committee"),
        ),
        # Latin script: clan and given names the place names lack (Biêr, Hđơk, Mlô, Gry)
        (
            "vi",
            "Ông Y Biêr Hđơk, Phó Chủ tịch UBND tỉnh Đắk Lắk, phát biểu.",
            "Y Bier Hdok",
            ("vice_chair", "peoples_committee"),
        ),
        (
            "pl",
            "Towarzysz Y Bier Mlo, zastępca przewodniczącego Prowincjonalnego Komitetu Ludowego Dak Lak, "
            "przewodniczył spotkaniu.",
            "Y Bier Mlo",
            ("vice_chair", "peoples_committee"),
        ),
        (
            "en",
            "Mr. Y Gry Mlo, Vice Chairman of the Dak Lak Provincial People's Committee, spoke.",
            "Y Gry Mlo",
            ("vice_chair", "peoples_committee"),
        ),
        # Sình, a Hmong family name written with its diacritics: "Ông" is no part of the name
        (
            "vi",
            "Ông Sình A Lử, Phó Chủ tịch UBND tỉnh Lào Cai, phát biểu.",
            "Sinh A Lu",
            ("vice_chair", "peoples_committee"),
        ),
        # Latin script: a given name glued to H' (women) opens the name as Y does
        (
            "vi",
            "Bà H'Yim Kđoh, Phó Chủ tịch UBND tỉnh Đắk Lắk, phát biểu tại hội nghị.",
            "H'Yim Kdoh",
            ("vice_chair", "peoples_committee"),
        ),
        (
            "en",
            "Ms. H'Yim Kdoh, Vice Chairwoman of the Dak Lak Provincial People's Committee, spoke at the meeting.",
            "H'Yim Kdoh",
            ("vice_chair", "peoples_committee"),
        ),
        (
            "fr",
            "Mme H'Yim Kdoh, vice-présidente du Comité populaire provincial de Dak Lak, a pris la parole.",
            "H'Yim Kdoh",
            ("vice_chair", "peoples_committee"),
        ),
        (
            "de",
            "Frau H'Yim Kdoh, stellvertretende Vorsitzende des Volkskomitees der Provinz Dak Lak, sprach.",
            "H'Yim Kdoh",
            ("vice_chair", "peoples_committee"),
        ),
        (
            "es",
            "La Sra. H'Yim Kdoh, vicepresidenta del Comité Popular Provincial de Dak Lak, intervino.",
            "H'Yim Kdoh",
            ("vice_chair", "peoples_committee"),
        ),
    ],
)
def test_minority_name_read(lang, text, name, post):
    posts = _posts(lang, text)
    assert name in posts, posts
    assert post in posts[name], posts


def test_apostrophe_prefix_title_case():
    assert title_case("h'yim kdoh") == "H'Yim Kdoh"
    assert title_case("k'mak") == "K'Mak"
    assert title_case("nguyen van a") == "Nguyen Van A"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # دار (house), دور (role), سور (wall), زار (visited): the place syllables Dar, Dur, Sor, Zar are
        # spelled with the coda r only when vi_name_syllables.txt lists them as name syllables
        ("زار رئيس الوزراء فام مينه تشينه دار الثقافة في تاي نغوين.", {"Pham Minh Chinh"}),
        ("وأكد الرفيق لي مينه هونغ دور الحزب في التنمية.", {"Le Minh Hung"}),
        ("كان سور المدينة قديما، قال الرفيق تو لام.", {"To Lam"}),
    ],
)
def test_common_arabic_words_stay_no_names(text, names):
    x = extract(Article("t", text, lang="ar"))
    assert {o.name for o in x.officials} == names
