"""The title engine on wordings the dev articles do not show, found by reading the unlabelled
corpus: a dash that closes a title and a title link that resumes it, committees of a body. Its title
cases are rows of tests/data/cases/posts.tsv (after the line naming this file), read by
tests/api/test_extract.py; what the table cannot say (no post of any of some bodies) stays here.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article

NAME = "Le Van Tam"


def posts(text: str, lang: str, name: str = NAME) -> set[tuple[str, str, str | None]]:
    x = extract(Article("t", text, lang=lang))
    return {(p.role, p.body.org, p.body.level) for o in x.officials if o.name == name for p in o.positions}


def test_a_title_link_inside_the_clause_after_the_closing_dash_is_not_the_names():
    # "X - titles - stressed that allowing the province to elect the Provincial Party Secretary ...":
    # the secretary elected is somebody else
    text = (
        "وأكد السيد لي فان تام - نائب الأمين الدائم للجنة الحزب الإقليمية، رئيس مجلس الشعب الإقليمي - أن "
        "السماح للمقاطعة بانتخاب السكرتير الإقليمي للحزب من الكوادر المحلية هو اعتراف من اللجنة المركزية."
    )
    found = posts(text, "ar")
    assert ("standing_deputy_secretary", "party_committee", "provincial") in found
    assert not {p for p in found if p[1] in ("secretariat", "central_committee")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", f"Mr {NAME}, Chairman of the Provincial Emulation and Reward Council, said."),
        ("vi", "Ông Lê Văn Tâm, Chủ tịch Hội đồng quản trị Công ty, phát biểu."),
        ("ar", "قال السيد لي فان تام، رئيس مجلس الدفاع والأمن القومي، إن"),
    ],
)
def test_a_committee_with_no_body_it_belongs_to_makes_no_post_of_another(lang, text):
    assert not {
        p for p in posts(text, lang) if p[1] in ("national_assembly", "peoples_council", "party_commission")
    }
