"""kg: a knowledge graph of Vietnamese officials, bodies, meetings, documents and metrics.

>>> import kg
>>> store = kg.open_store()                       # in memory; give a path for the on-disk store
>>> report = kg.build(["seeds"], store)           # doctest: +SKIP
>>> x = kg.extract(kg.Article("a", "Comrade Le Hong Vinh, Vice Chairman of the PPC, chaired the meeting."))
>>> [(o.name, [p.role for p in o.positions]) for o in x.officials]
[('Le Hong Vinh', ['vice_chair'])]
"""

from kg.api import build, export, format_results, query, stats, validate
from kg.extract import extract
from kg.model import Article, Extraction
from kg.store import open_store

__all__ = [
    "Article",
    "Extraction",
    "build",
    "export",
    "extract",
    "format_results",
    "open_store",
    "query",
    "stats",
    "validate",
]
