"""mt27b's blind round (silver/mt27/corrections-mt27b.txt): a post of a province merged away in 2025, its place written
after a former word ("der ehemaligen Provinz Bac Lieu", "of the former Binh Phuoc province"), is that province's, not
the article's province nor none."""

import pytest

from tests.helpers import placed_posts

_OPEN = {
    "en": "Mr. Ho Thanh Thuy, Secretary of Ha Noi Party Committee, attended. Mr. Le Van A, {}, attended.",
    "de": "Herr Ho Thanh Thuy, Sekretär des Parteikomitees Hanoi, nahm teil. Herr Le Van A, {}, nahm teil.",
    "pl": "W spotkaniu uczestniczył pan Ho Thanh Thuy, sekretarz Komitetu Partii Hanoi. Uczestniczył pan Le Van A, {}.",
    "es": "Asistió el Sr. Ho Thanh Thuy, secretario del Comité del Partido de Hanoi. Asistió el Sr. Le Van A, {}.",
    "fr": "M. Ho Thanh Thuy, secrétaire du Comité du Parti de Hanoï, était présent. M. Le Van A, {}, était présent.",
    "ar": "حضر السيد هو ثانه ثوي، أمين لجنة الحزب في مدينة هانوي. وحضر السيد لي فان آ، {}.",
}


@pytest.mark.parametrize(
    ("lang", "title", "role", "org"),
    [
        (
            "en",
            "Secretary of the Provincial Party Committee of the former Binh Phuoc province",
            "secretary",
            "party_committee",
        ),
        (
            "en",
            "Head of the Organization Commission of the former Binh Phuoc Provincial Party Committee",
            "head",
            "party_commission",
        ),
        (
            "de",
            "Sekretär des Provinzparteikomitees der ehemaligen Provinz Binh Phuoc",
            "secretary",
            "party_committee",
        ),
        (
            "de",
            "Sekretär des Provinzparteikomitees des ehemaligen Binh Phuoc",
            "secretary",
            "party_committee",
        ),
        (
            "pl",
            "sekretarz Prowincjonalnego Komitetu Partii byłej prowincji Binh Phuoc",
            "secretary",
            "party_committee",
        ),
        (
            "es",
            "secretario del Comité Provincial del Partido de la antigua provincia de Binh Phuoc",
            "secretary",
            "party_committee",
        ),
        (
            "fr",
            "secrétaire du Comité provincial du Parti de l'ancienne province de Binh Phuoc",
            "secretary",
            "party_committee",
        ),
        # guards: the same posts with no former word, and Arabic's former word after the place, read before
        (
            "en",
            "Secretary of the Provincial Party Committee of Binh Phuoc province",
            "secretary",
            "party_committee",
        ),
        ("de", "Sekretär des Provinzparteikomitees der Provinz Binh Phuoc", "secretary", "party_committee"),
        ("es", "secretario del Comité Provincial del Partido de Binh Phuoc", "secretary", "party_committee"),
        ("ar", "أمين لجنة الحزب في مقاطعة بينه فوك السابقة", "secretary", "party_committee"),
    ],
)
def test_former_province_place(lang, title, role, org):
    posts = placed_posts(_OPEN[lang].format(title), lang)
    assert posts["Le Van A"] == {(role, org, "provincial", "Binh Phuoc")}


def test_former_word_of_a_post_not_a_place():
    # guard: a former word before the next title is no place link ("..., former Secretary of ..."): the place of the
    # first title is its own, the second post the former one
    text = _OPEN["en"].format(
        "Secretary of Binh Phuoc Provincial Party Committee, former Secretary of Dong Nai Provincial Party Committee"
    )
    posts = placed_posts(text, "en")["Le Van A"]
    assert ("secretary", "party_committee", "provincial", "Binh Phuoc") in posts
    assert ("secretary", "party_committee", "provincial", "Dong Nai") in posts
