"""Polish rules found by reading the blind silver set (/work/silver/pl) and the unlabelled Polish
articles: sentences written in their style (not copied from one article), each checking one rule or
pack entry."""

from __future__ import annotations

import pytest

from tests.helpers import extracted

# a closing sentence: the last sentence of an article may be cut off mid-title, so each text ends on one
END = "\nDelegaci uczestniczący w konferencji."


def chairs(text: str) -> list[list[str]]:
    return [m.chairs for m in extracted(text + END, lang="pl").meetings]


@pytest.mark.parametrize(
    "text",
    [
        # the delegation a province sends to a session, "under the leadership of" its head
        "Delegacja Zgromadzenia Narodowego prowincji Nghe An, składająca się z 12 delegatów pod "
        "przewodnictwem pani Vo Thi Minh Sinh, wzięła udział w sesji zamykającej.",
        "Delegacja robocza prowincji Ninh Binh pod przewodnictwem towarzysza Doan Minh Huana, "
        "sekretarza Prowincjonalnego Komitetu Partii, odwiedziła prowincję Lam Dong 3 maja 2025 r.",
    ],
)
def test_the_head_of_a_delegation_chairs_no_meeting(text):
    assert all(not c for c in chairs(text))


def test_a_meeting_under_the_leadership_of_its_chair_keeps_its_chair():
    # (a meeting noun between the delegation and the wording: the meeting is what is led)
    text = (
        "Delegacja prowincji Ninh Binh wzięła udział w konferencji pod przewodnictwem towarzysza "
        "Doan Minh Huana, sekretarza Prowincjonalnego Komitetu Partii."
    )
    assert ["Doan Minh Huan"] in chairs(text)
