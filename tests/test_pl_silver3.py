"""Polish rules of the third blind silver round (/work/silver/pl3): sentences written in the style of the
Polish articles (not copied from one), each checking one rule or pack entry."""

from __future__ import annotations

from tests.helpers import extracted

# a closing sentence: the last sentence of an article may be cut off mid-title, so each text ends on one
END = "\nDelegaci uczestniczący w konferencji."


def meetings(text: str) -> list[tuple[str | None, str | None]]:
    return [(m.date, m.kind) for m in extracted(text + END, lang="pl").meetings]


def test_carrying_out_an_audit_or_a_review_holds_no_meeting():
    # "przeprowadził" (carried out) takes an audit, a review, an inspection: no meeting is held by it
    text = (
        "Od 3 kwietnia do 28 maja 2024 r. Państwowy Audyt przeprowadził kontrolę programu w prowincji. "
        "Rankiem 12 czerwca Zgromadzenie Narodowe przeprowadziło przegląd pracy agencji państwowych."
    )
    assert meetings(text) == []
