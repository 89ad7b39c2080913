"""The facts one article yields, as plain dataclasses (no RDF here)."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "Article",
    "Body",
    "Document",
    "Extraction",
    "Meeting",
    "Metric",
    "Official",
    "Position",
]


@dataclass
class Article:
    """One input article: ``id`` is the file name without extension."""

    id: str
    text: str
    url: str | None = None
    lang: str | None = None
    source: str | None = None  # the file it was read from
    published: str | None = None  # ISO date, when known
    notes: list[str] = field(default_factory=list)  # what was done to read it (encoding, HTML, cut)


@dataclass(frozen=True)
class Body:
    """An identified organisation: type + level + place (``place`` None for central bodies)."""

    org: str
    level: str | None
    place: str | None = None


@dataclass
class Position:
    role: str
    body: Body
    sentence: int
    former: bool = False


@dataclass
class Official:
    name: str  # canonical Latin name, e.g. "Mai Van Tuat"
    surface: str  # first form in the article, e.g. "ماي فان توات"
    sentence: int
    positions: list[Position] = field(default_factory=list)
    alternatives: tuple[str, ...] = ()  # other readings of a name written in another script


@dataclass
class Meeting:
    sentence: int
    date: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    organizer: Body | None = None
    chairs: list[str] = field(default_factory=list)  # canonical names
    kind: str | None = None  # code/meeting: congress, conference, session, working_session…


@dataclass
class Document:
    kind: str
    surface: str
    sentence: int
    number: str | None = None
    issuer: str | None = None
    session: int | None = None
    term: int | None = None
    year: int | None = None


@dataclass
class Metric:
    value: float
    unit: str
    surface: str
    sentence: int
    indicator: str = "other"
    change_pct: float | None = None


@dataclass
class Extraction:
    """Everything extracted from one article, with the sentences facts point back to."""

    article: Article
    sentences: list[str]
    province: str | None = None
    year: int | None = None  # the year of the article's events, when it can be known
    notes: list[str] = field(default_factory=list)  # why facts could not be extracted
    officials: list[Official] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    metrics: list[Metric] = field(default_factory=list)
