"""Helper mt24a's fixes of stop 33 (silver/mt24, corrections-mt24a.txt): each case fails without its change."""

import pytest

from kg.extract import extract
from kg.model import Article


def _posts(text: str, lang: str) -> dict[str, set[tuple]]:
    x = extract(Article("t", text, lang=lang))
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


# a body moves the official named before, by honorific and given name, to a post: the post is that official's
# (u-mt24ar-03: 'قام المكتب السياسي بنقل السيد هاي لتولي منصب نائب رئيس اللجنة الاقتصادية المركزية')
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ar",
            "انتُخب السيد نجو دونغ هاي أمينًا للجنة الحزب في مقاطعة تاي بينه. في مارس 2016، قام المكتب السياسي "
            "بنقل السيد هاي لتولي منصب نائب رئيس اللجنة الاقتصادية المركزية.",
        ),
        (
            "en",
            "Mr. Ngo Dong Hai was elected Secretary of the Thai Binh Provincial Party Committee. In March 2016, the "
            "Politburo transferred Mr. Hai to hold the position of Deputy Head of the Central Economic Commission.",
        ),
        (
            "fr",
            "M. Ngo Dong Hai a été élu secrétaire du Comité provincial du Parti de Thai Binh. En mars 2016, le Bureau "
            "politique a muté M. Hai au poste de chef adjoint de la Commission économique centrale.",
        ),
        (
            "es",
            "El Sr. Ngo Dong Hai fue elegido secretario del Comité Provincial del Partido de Thai Binh. En marzo de "
            "2016, el Politburó trasladó al Sr. Hai para ocupar el cargo de subjefe de la Comisión Económica Central.",
        ),
        (
            "de",
            "Herr Ngo Dong Hai wurde zum Sekretär des Provinzparteikomitees Thai Binh gewählt. Im März 2016 versetzte "
            "das Politbüro Herrn Hai auf den Posten des stellvertretenden Leiters der Zentralen Wirtschaftskommission.",
        ),
    ],
)
def test_a_body_moves_the_official_named_before_by_given_name_to_a_post(lang, text):
    assert ("deputy_head", "party_commission", "central") in _posts(text, lang)["Ngo Dong Hai"]


def test_a_lowercase_word_after_the_honorific_is_no_given_name():
    text = (
        "Mr. Ngo Dong Hai was elected Secretary of the Thai Binh Provincial Party Committee. In March 2016, the "
        "Politburo transferred Mr. hai to hold the position of Deputy Head of the Central Economic Commission."
    )
    assert ("deputy_head", "party_commission", "central") not in _posts(text, "en")["Ngo Dong Hai"]
