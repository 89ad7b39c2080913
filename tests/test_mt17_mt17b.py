"""Silver mt17 (mt17b: pl and ar cross-translations of dev ar/vi/pl/en articles): the constructions kg read wrong."""

import pytest

from kg.extract import extract
from kg.model import Article


def _extract(text: str, lang: str):
    return extract(Article("t", text, lang=lang))


def _positions(text: str, lang: str = "pl") -> dict[str, set[tuple]]:
    x = _extract(text, lang)
    return {o.name: {(p.role, p.body.org, p.body.level) for p in o.positions} for o in x.officials}


# a word the title grammar reads only by its stem (pl 'podkomisj*': "Podkomisji") was no word of the pack to the
# reader of foreign names, so "przewodniczący Podkomisji Personalnej" read "Podkomisji Personalnej" as a foreigner's
# name after a role: the title went to it, the Vietnamese name before lost it
@pytest.mark.parametrize(
    ("text", "posts"),
    [
        (
            "Towarzysz Nguyen Van Binh, przewodniczący Podkomisji Personalnej, przemawiał.",
            {("head", "other", "provincial")},
        ),
        (
            "Towarzysz Nguyen Van Binh, przewodniczący Podkomisji Personalnej, zastępca sekretarza Prowincjonalnego "
            "Komitetu Partii, przemawiał.",
            {("head", "other", "provincial"), ("deputy_secretary", "party_committee", "provincial")},
        ),
    ],
)
def test_pl_a_stemmed_body_word_opens_no_foreign_name(text, posts):
    got = _positions(text)
    assert set(got) == {"Nguyen Van Binh"}
    assert got["Nguyen Van Binh"] == posts


def test_a_short_stem_still_opens_a_foreign_name():
    # (a stem of fewer than five letters is no pack word to the reader: de '*rat' ends "Murat")
    from kg.extract.names import _stemmed
    from kg.lang import load_pack

    assert _stemmed("podkomisji", load_pack("pl"))
    assert not _stemmed("murat", load_pack("de"))
    assert not _stemmed("armin", load_pack("pl"))


# a subcommittee of a congress written before the Party ("Podkomisji Personalnej XIV Zjazdu Partii", Tiểu ban Nhân
# sự Đại hội XIV của Đảng; u-mt17pl-13 from dev vi-003) was read as a committee of the Party: chair of the party
# committee; it is the congress's, no body of the code list, led by its head, national for the Party's congress
@pytest.mark.parametrize(
    ("text", "post"),
    [
        (
            "Przemówienie Sekretarza Generalnego Nguyen Phu Tronga, przewodniczącego Podkomisji Personalnej XIV "
            "Zjazdu Partii, wygłoszone na posiedzeniu.",
            ("head", "other", "central"),
        ),
        (
            "Towarzysz Nguyen Van Binh, przewodniczący podkomisji dokumentów XIV Zjazdu Partii, przemawiał.",
            ("head", "other", "central"),
        ),
        (
            "Towarzysz Nguyen Van Binh, przewodniczący Podkomisji Dokumentów Zjazdu Prowincjonalnej Organizacji "
            "Partyjnej, przemawiał.",
            ("head", "other", "provincial"),
        ),
    ],
)
def test_pl_subcommittee_of_a_congress_is_no_committee_of_the_party(text, post):
    got = _positions(text)
    name = next(n for n in got if n in ("Nguyen Phu Trong", "Nguyen Van Binh"))
    assert post in got[name]
    assert not any(p[1] == "party_committee" for p in got[name])


def test_a_commission_of_the_party_is_still_its_committee():
    # no congress between: "przewodniczący Komisji Gospodarczej Rady Ludowej Prowincji" heads the council's
    got = _positions(
        "Towarzysz Nguyen Van Binh, przewodniczący Komisji Gospodarczej Rady Ludowej Prowincji, przemawiał."
    )
    assert got["Nguyen Van Binh"] == {("head", "peoples_council", "provincial")}
