"""review13 (stop 27): small fixes of this session's rules (docs/reviews/review13.md)."""

import pytest

from kg.extract import extract
from kg.model import Article


def _meetings(text: str, lang: str) -> list[tuple]:
    x = extract(Article("t", text, lang=lang))
    return sorted((m.date, m.organizer.org if m.organizer else None) for m in x.meetings)


# b87b6dc read a session two words before a congress noun as the congress; a session about the congress (a topic
# preposition between: en 'on', es 'sobre') is its own meeting, not the congress dated by the session's day
@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "At the session on the 17th Congress of the Provincial Party Committee, on October 10, 2020, the Standing"
            " Committee approved the documents. The 17th Congress of the Provincial Party Committee opened on"
            " October 14, 2020.",
        ),
        (
            "es",
            "En la sesión sobre el XVII Congreso del Comité Provincial del Partido, el 10 de octubre de 2020, el Comité"
            " Permanente aprobó los documentos. El XVII Congreso del Comité Provincial del Partido se inauguró el 14"
            " de octubre de 2020.",
        ),
    ],
)
def test_a_session_about_the_congress_is_no_congress(lang, text):
    assert _meetings(text, lang) == [("2020-10-10", "party_committee"), ("2020-10-14", "party_committee")]


# guards: a session of the congress (b87b6dc's construction) and a preparatory session for it stay the congress
@pytest.mark.parametrize(
    "lang, text, date",
    [
        (
            "fr",
            "Lors de la séance plénière solennelle du Congrès du Parti de la province de Hung Yen, le matin du 3"
            " octobre 2025, les délégués ont élu le comité exécutif.",
            "2025-10-03",
        ),
        (
            "en",
            "At the plenary session of the 17th Congress of the Provincial Party Committee on October 15, 2020,"
            " delegates elected the executive committee.",
            "2020-10-15",
        ),
    ],
)
def test_a_session_of_the_congress_stays_the_congress(lang, text, date):
    x = extract(Article("t", text, lang=lang))
    assert [(m.kind, m.date) for m in x.meetings] == [("congress", date)]
