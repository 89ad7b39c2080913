"""Every error kg raises on purpose, in one hierarchy.

Library code raises these with a message written for the person at the keyboard; the command
line (:func:`kg.cli.run`) turns any of them into ``kg: <message>`` on standard error and the
error's ``exit_code``, in one place.

>>> issubclass(QueryError, KgError) and issubclass(FormatError, ValueError)
True
>>> StoreError("no store at x").exit_code
2
"""

from __future__ import annotations

__all__ = ["FormatError", "InputError", "KgError", "QueryError", "StoreError"]


class KgError(Exception):
    """Something kg cannot do, said in one line. ``exit_code`` is what ``kg`` exits with."""

    exit_code = 1


class StoreError(KgError):
    """The store cannot be opened or written (locked by another process, not a store, no store
    at the path, a SPARQL server that cannot be reached)."""

    exit_code = 2


class QueryError(KgError):
    """A SPARQL query that does not parse, names an unknown canned query or parameter, or fails
    while running."""

    exit_code = 1


class FormatError(KgError, ValueError):
    """An output or input format kg does not know, or one that does not fit (a SELECT result as
    Turtle, a chart as ``.doc``)."""

    exit_code = 2


class InputError(KgError):
    """Input that cannot be used as asked: a file that is not RDF, a folder with no gold files."""

    exit_code = 1
