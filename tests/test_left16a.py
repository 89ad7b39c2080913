"""Stop 29, left16a: faults found in stop 28 (docs/reviews/review14.md, the stop-28 closing note), each a
construction a new article will write."""

import pytest

from kg.extract import extract
from kg.model import Article


def _x(text: str, lang: str):
    return extract(Article("t", text, lang=lang))


def _ranks(text: str, lang: str) -> list:
    return [m.value for m in _x(text, lang).metrics if m.unit == "rank"]


# item 1: de 'Stelle', pl 'pozycji'/'pozycja' after an ordinal are also a place in a list or an agenda, an office, a
# digit's place: a rank only with a ranking cue (units.tsv 'ranked', cues.tsv 'ranking') or a rank indicator in its
# clause
NOT_RANKED = [
    ("de", "Der Bericht steht an 3. Stelle der Tagesordnung."),
    ("de", "Das Thema steht an erster Stelle der Tagesordnung."),
    ("de", "Die Abstimmung über den Haushalt folgt an 2. Stelle."),
    ("pl", "Sprawozdanie znalazło się na 3. pozycji porządku obrad."),
    ("pl", "Sprawozdanie to 3. pozycja porządku obrad."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_RANKED)
def test_a_place_in_a_list_after_an_ordinal_is_no_rank(lang, text):
    assert _ranks(text, lang) == []


RANKED = [
    ("de", "Die Provinz liegt im PCI an 53. Stelle.", 53),
    ("de", "Die Provinz steht an erster Stelle im PCI-Index des Landes.", 1),
    ("de", "Die Provinz liegt landesweit an 5. Stelle.", 5),
    ("de", "In der Rangliste der Provinzen steht Quang Ninh an 2. Stelle.", 2),
    ("pl", "Prowincja plasuje się na 53. pozycji w rankingu PCI.", 53),
    ("pl", "Prowincja zajęła 4. pozycję w kraju.", 4),
    ("pl", "W rankingu PAPI prowincja jest na 7. pozycji.", 7),
]


@pytest.mark.parametrize(("lang", "text", "rank"), RANKED)
def test_a_place_in_a_ranking_after_an_ordinal_stays_a_rank(lang, text, rank):
    assert rank in _ranks(text, lang)
