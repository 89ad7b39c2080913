"""kg: a knowledge graph of Vietnamese officials, bodies, meetings, documents and metrics.

>>> import kg
>>> store = kg.open_store()                       # in memory; give a path for the on-disk store
>>> report = kg.build(["seeds"], store)           # doctest: +SKIP
>>> x = kg.extract(kg.Article("a", "Comrade Le Hong Vinh, Vice Chairman of the PPC, chaired the meeting."))
>>> [(o.name, [p.role for p in o.positions]) for o in x.officials]
[('Le Hong Vinh', ['vice_chair'])]

``kg.extract`` is the extraction package (``kg.extract.names``, ``kg.extract.titles``… are its
modules) and, called, its function :func:`kg.extract.extract` — one article in, an
:class:`Extraction` out. The function is also ``kg.extract_article`` (a plain function, for type
checkers and pickling), and ``from kg.extract import extract`` still gives it.

>>> import kg.extract.names
>>> kg.extract.names.find_names("Comrade Le Hong Vinh")[0].name
'Le Hong Vinh'
>>> kg.extract_article is kg.extract.extract
True
"""

import importlib
import types

from kg import canned, errors, formats
from kg.api import build, export, format_results, query, stats, validate
from kg.model import Article, Extraction
from kg.store import open_store


class _CallableModule(types.ModuleType):
    """The class of the ``kg.extract`` package: calling it runs its ``extract`` (looked up on each
    call, so a test that replaces ``kg.extract.extract`` replaces what ``kg.extract(...)`` runs)."""

    def __call__(self, *args, **kwargs):
        return self.extract(*args, **kwargs)


extract = importlib.import_module("kg.extract")  # the package, made callable
extract.__class__ = _CallableModule
extract_article = extract.extract

__all__ = [
    "Article",
    "Extraction",
    "build",
    "canned",
    "errors",
    "export",
    "extract",
    "extract_article",
    "format_results",
    "formats",
    "open_store",
    "query",
    "stats",
    "validate",
]
