"""The title engine on wordings the dev articles do not show, found by reading the unlabelled
corpus: a dash that closes a title and a title link that resumes it, committees of a body.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article

NAME = "Le Van Tam"


def posts(text: str, lang: str, name: str = NAME) -> set[tuple[str, str, str | None]]:
    x = extract(Article("t", text, lang=lang))
    return {(p.role, p.body.org, p.body.level) for o in x.officials if o.name == name for p in o.positions}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            f"Das Politbüro beschloss, Herrn {NAME} – Mitglied des Zentralkomitees der Partei, Sekretär des "
            "Provinzparteikomitees – für die Amtszeit 2025-2030 in den Ausschuss zu versetzen und ihn zum "
            "Stellvertretenden Sekretär des Parteikomitees von Ho-Chi-Minh-Stadt zu ernennen.",
        ),
        (
            "en",
            f"The Politburo assigned Mr {NAME} - Member of the Party Central Committee, Secretary of the "
            "Provincial Party Committee - to hold the position of Deputy Secretary of the Hanoi Party Committee.",
        ),
        (
            "pt",
            f"O Comitê Central elegeu o Sr. {NAME} - Membro do Comitê Central do Partido, Secretário do Comitê "
            "Provincial do Partido - para integrar a comissão e ocupar o cargo de Vice-Secretário do Comitê "
            "do Partido de Hanói.",
        ),
    ],
)
def test_a_title_link_after_the_closing_dash_resumes_the_names_titles(lang, text):
    # near the dash, or after a conjunction ("und ihn zum", "e ocupar o cargo de")
    found = posts(text, lang)
    assert ("deputy_secretary", "party_committee", "provincial") in found
    assert ("member", "central_committee", "central") in found


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
