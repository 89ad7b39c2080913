"""mt24b (stop 33): constructions of the blind retellings silver/mt24/u-mt24{ar-10..12,en-20,fr-30,es-40,de-50,pl-60}
that kg missed, each written here in new sentences and in the languages where the construction exists."""

import pytest

from kg.extract import extract
from kg.model import Article


def _extract(lang: str, text: str):
    return extract(Article("t", text, lang=lang))


def _posts(lang: str, text: str) -> dict[str, set[tuple[str, str, str | None]]]:
    x = _extract(lang, text)
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


def _formers(lang: str, text: str) -> dict[str, set[tuple[str, str, bool]]]:
    x = _extract(lang, text)
    return {o.name: {(p.role, p.body.org, p.former) for p in o.positions} for o in x.officials}


# 1. a woman's family name off the list before "Thi" written without diacritics, as a translation writes the names
# ("towarzyszka Phuong Thi Thanh", Bac Kan's deputy secretary): a name, as "Phương Thị Thanh" with its dot
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            "Towarzyszka Phuong Thi Lan uzyskała zaufanie i została wybrana na stanowisko zastępczyni sekretarza "
            "Prowincjonalnego Komitetu Partii Cao Bang.",
        ),
        ("en", "Ms. Phuong Thi Lan was elected Deputy Secretary of the Cao Bang Provincial Party Committee."),
        (
            "fr",
            "Mme Phuong Thi Lan a été élue secrétaire adjointe du Comité provincial du Parti de Cao Bang.",
        ),
    ],
)
def test_unlisted_family_name_before_plain_thi(lang, text):
    assert ("deputy_secretary", "party_committee", "provincial") in _posts(lang, text).get(
        "Phuong Thi Lan", set()
    )


def test_plain_thi_between_accented_words_is_not_read_so():
    # (the plain rule is for names written without diacritics: an accented word before "Thi" is not taken by it)
    names = {o.name for o in _extract("vi", "Bà Phương Thi Lan dự hội nghị.").officials}
    assert "Phuong Thi Lan" not in names
