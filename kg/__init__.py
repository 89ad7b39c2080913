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

Importing ``kg`` imports none of its modules: each public name is imported the first time it is
asked for (PEP 562), so ``kg.formats`` or ``kg.serve.results`` (the query workers of ``kg serve``)
load without the store, the extraction engine and the API.
"""

from __future__ import annotations

import importlib
import sys
import types

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (a worker starts faster)
if TYPE_CHECKING:
    from kg import canned, errors, extract, formats
    from kg.api import build, export, format_results, query, stats, validate
    from kg.extract import extract as extract_article
    from kg.model import Article, Extraction
    from kg.store import open_store

# public name -> (module, attribute in it; None for the module itself)
_PUBLIC = {
    "Article": ("kg.model", "Article"),
    "Extraction": ("kg.model", "Extraction"),
    "build": ("kg.api", "build"),
    "canned": ("kg.canned", None),
    "errors": ("kg.errors", None),
    "export": ("kg.api", "export"),
    "extract": ("kg.extract", None),
    "extract_article": ("kg.extract", "extract"),
    "format_results": ("kg.api", "format_results"),
    "formats": ("kg.formats", None),
    "open_store": ("kg.store", "open_store"),
    "query": ("kg.api", "query"),
    "stats": ("kg.api", "stats"),
    "validate": ("kg.api", "validate"),
}

__all__ = [  # the keys of _PUBLIC, written out for linters and type checkers
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


def __getattr__(name: str):
    """Import a public name the first time it is asked for (PEP 562)."""
    if name not in _PUBLIC:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    module, attribute = _PUBLIC[name]
    value = importlib.import_module(module)
    if attribute is not None:
        value = getattr(value, attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_PUBLIC))


class _CallableModule(types.ModuleType):
    """The class of the ``kg.extract`` package: calling it runs its ``extract`` (looked up on each
    call, so a test that replaces ``kg.extract.extract`` replaces what ``kg.extract(...)`` runs)."""

    def __call__(self, *args, **kwargs):
        return self.extract(*args, **kwargs)


class _Package(types.ModuleType):
    """The class of ``kg`` itself: the import system binds a submodule to its package by setting
    the package's attribute (``import kg.extract.names`` sets ``kg.extract``), so this is where
    ``kg.extract`` becomes callable, whichever import comes first."""

    def __setattr__(self, name: str, value) -> None:
        if name == "extract" and type(value) is types.ModuleType:
            value.__class__ = _CallableModule
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
