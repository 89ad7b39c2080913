"""The title engine on wordings the dev articles do not show, found by reading the unlabelled
corpus: a dash that closes a title and a title link that resumes it, committees of a body. Its title
cases are rows of tests/data/cases/posts.tsv (after the line naming this file), read by
tests/api/test_extract.py.
"""

from __future__ import annotations

from kg.extract import extract
from kg.model import Article

NAME = "Le Van Tam"


def posts(text: str, lang: str, name: str = NAME) -> set[tuple[str, str, str | None]]:
    x = extract(Article("t", text, lang=lang))
    return {(p.role, p.body.org, p.body.level) for o in x.officials if o.name == name for p in o.positions}


def test_an_emulation_council_is_another_body_not_a_committee_of_one():
    # (the vi and ar wordings are rows of posts.tsv; this one names no official the table could key)
    text = f"Mr {NAME}, Chairman of the Provincial Emulation and Reward Council, said."
    assert posts(text, "en") == {("chair", "other", "provincial")}
