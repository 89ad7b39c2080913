"""Review14's fixes (docs/reviews/review14.md)."""

import pytest

from kg.extract import extract
from kg.lang import load_pack
from kg.model import Article
from kg.text import sentences


# item: 0d93680 joined a sentence ending in a term's number written after its noun ("kadencji XV.", "Legislaturperiode
# XV.") to the next when that one opens with a body, as pl does without an article: the next sentence's meeting took
# the first one's body and official
@pytest.mark.parametrize(
    "lang, text, first",
    [
        (
            "pl",
            "Pani Tran Thi Binh jest deputowaną do Zgromadzenia Narodowego kadencji XV. Komitet Ludowy Prowincji przyjął"
            " delegację.",
            "Pani Tran Thi Binh jest deputowaną do Zgromadzenia Narodowego kadencji XV.",
        ),
        (
            "de",
            "Frau Tran Thi Binh ist Abgeordnete der Nationalversammlung der Legislaturperiode XV. Volkskomitee und"
            " Volksrat der Provinz empfingen die Delegation.",
            "Frau Tran Thi Binh ist Abgeordnete der Nationalversammlung der Legislaturperiode XV.",
        ),
    ],
)
def test_a_terms_number_after_its_noun_ends_the_sentence(lang, text, first):
    assert str(sentences(text, load_pack(lang))[0]) == first


def test_the_next_sentences_meeting_keeps_its_own_body():
    text = (
        "Pani Tran Thi Binh jest deputowaną do Zgromadzenia Narodowego kadencji XV. Komitet Ludowy Prowincji przyjął "
        "delegację, a przewodniczący Komitetu Ludowego Prowincji Nguyen Van An przewodniczył spotkaniu."
    )
    x = extract(Article("t", text, lang="pl"))
    assert [(m.organizer.org if m.organizer else None, m.chairs) for m in x.meetings] == [
        ("peoples_committee", ["Nguyen Van An"])
    ]


@pytest.mark.parametrize(
    "lang, text",
    [
        # guards: the ordinal before the noun it opens still joins (0d93680)
        ("pl", "Sesja XIII. Zjazdu Partii Prowincji rozpoczęła się."),
        ("de", "Seit dem XIII. Parteitag der Partei am 25. Januar 2021 hat die Provinz viel erreicht."),
    ],
)
def test_an_ordinal_before_its_noun_still_joins(lang, text):
    assert len(sentences(text, load_pack(lang))) == 1
