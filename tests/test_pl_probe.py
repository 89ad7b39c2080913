"""Polish wordings of the pl probe matrix (silver/probes/pl-probe.tsv) that the pack read wrong or not at all:

- "Chủ tịch / Phó Chủ tịch tỉnh" written "przewodniczący / wiceprzewodniczący prowincji" (the chair of the
  province) in any case: the chair or vice-chair of its People's Committee, as vi "chủ tịch tỉnh";
- a commune written "komuna" (komuny, komunie...): the commune level, and the two syllables after it a
  commune's name, not a person's;
- a meeting the sentence says is planned ("planuje zorganizować", "ma zostać zorganizowana"): none held;
- "br." (this year's) and other abbreviations end no sentence ("5 marca br. ..." kept its day);
- a hold verb "obradował" (deliberated) reports a meeting held;
- chairing wordings "kierował obradami" (led the proceedings) and a relative clause after the meeting noun
  ("sesja, którą prowadziła pani B"); the feminine "sekretarka" is a secretary.
"""

import pytest

from kg.extract import extract
from kg.model import Article

A = "Nguyen Van Hung"
YEAR = "W 2025 roku prowincja osiągnęła wiele wyników.\n"

POSTS = [
    (f"Przewodniczący prowincji {A} przemawiał na konferencji.", {"chair/peoples_committee/provincial"}),
    (f"Delegacja spotkała się z przewodniczącym prowincji {A}.", {"chair/peoples_committee/provincial"}),
    (
        f"Towarzysz {A}, wiceprzewodniczący prowincji, przemawiał.",
        {"vice_chair/peoples_committee/provincial"},
    ),
    (
        f"Towarzysz {A}, przewodniczący Komitetu Ludowego komuny Tan Lap, przemawiał na spotkaniu.",
        {"chair/peoples_committee/commune"},
    ),
    (
        f"Pani {A}, sekretarka Prowincjonalnego Komitetu Partii, przemawiała.",
        {"secretary/party_committee/provincial"},
    ),
]


@pytest.mark.parametrize(("text", "posts"), POSTS)
def test_pl_posts(text, posts):
    x = extract(Article("p", text, lang="pl"))
    got = {o.name: {f"{p.role}/{p.body.org}/{p.body.level}" for p in o.positions} for o in x.officials}
    assert got == {A: posts}


DATES = [
    ("Prowincja planuje zorganizować zjazd w dniach 28-30 września 2025 r.", []),
    (YEAR + "5 marca br. Prowincjonalny Komitet Partii zorganizował konferencję.", ["2025-03-05"]),
    (YEAR + "Rano 5 marca Stały Komitet Prowincjonalnego Komitetu Partii obradował.", ["2025-03-05"]),
]


@pytest.mark.parametrize(("text", "dates"), DATES)
def test_pl_meeting_dates(text, dates):
    x = extract(Article("d", text, lang="pl"))
    assert sorted(m.date for m in x.meetings) == dates


CHAIRS = [
    YEAR
    + f"Rano 5 marca rozpoczęła się sesja Prowincjonalnej Rady Ludowej. Obradami kierował towarzysz {A}, "
    "przewodniczący Prowincjonalnej Rady Ludowej.",
    YEAR + f"Rano 5 marca odbyła się sesja Prowincjonalnej Rady Ludowej, którą prowadziła pani {A}, "
    "przewodnicząca Prowincjonalnej Rady Ludowej.",
]


@pytest.mark.parametrize("text", CHAIRS)
def test_pl_chairs(text):
    x = extract(Article("c", text, lang="pl"))
    assert [m.chairs for m in x.meetings] == [[A]]


@pytest.mark.parametrize(
    "text",
    [
        "Sekretarz Związku Młodzieży Komunistycznej im. Ho Chi Minha przemawiał.",
        "W konferencji wziął udział m.in. Nguyen Van Hung, sekretarz Prowincjonalnego Komitetu Partii.",
        "Rano 5 marca br. Prowincjonalny Komitet Partii zorganizował konferencję.",
    ],
)
def test_pl_abbreviations_end_no_sentence(text):
    from kg.text import sentences

    assert len(sentences(text)) == 1
