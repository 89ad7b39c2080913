"""Language packs: one folder of data files per language, found by its code.

A pack is a folder ``kg/lang/<code>/`` holding files with fixed names (all optional):

=================  =============================================  ==========================
file               one line is                                    example
=================  =============================================  ==========================
``detect.txt``     a frequent function word of the language       ``przez``
``roles.tsv``      wording <TAB> role code                        ``deputy secretary	deputy_secretary``
``bodies.tsv``     wording <TAB> org code [<TAB> level]           ``provincial people's committee	peoples_committee	provincial``
``levels.tsv``     wording <TAB> level code                       ``district	district``
``cues.tsv``       cue kind <TAB> wording                         ``chair	presided over``
``months.tsv``     month word <TAB> month number                  ``stycznia	1``
``ordinals.tsv``   ordinal word <TAB> number                      ``thirteenth	13``
``units.tsv``      wording <TAB> unit <TAB> factor [<TAB> before]  ``billion vnd	billion_vnd	1``
``scales.tsv``     scale word <TAB> factor                        ``thousand	1000``
``indicators.tsv`` wording <TAB> indicator code                   ``budget revenue	budget_revenue``
``documents.tsv``  wording <TAB> document kind [<TAB> weak]       ``resolution	resolution``
``format.tsv``     setting <TAB> value                             ``decimal	,``
=================  =============================================  ==========================

``format.tsv`` settings: ``decimal`` (the decimal separator, ``.`` or ``,``), ``prefix`` (a
clitic that may stick to the front of any wording, as Arabic و and ل; one line each) and
``letters`` (letters that mark the language, for detection: ``ąćęłńśźż``) and ``article`` (a
definite article that a clitic contracts, as Arabic ال in لل).

Wordings are matched on folded text (lower case, no Latin diacritics), longest first.
Adding a wording is one line. Adding a language is one folder (see ``LANGUAGES.md``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from kg import tables
from kg.text import fold

__all__ = ["Lexicon", "Pack", "available_languages", "load_pack"]

_HERE = Path(str(resources.files("kg.lang")))


class Lexicon:
    """Wordings mapped to values, matched longest-first on folded text."""

    def __init__(self, entries: dict[str, tuple[str, ...]], prefixes: tuple[str, ...] = ()):
        self.entries = entries
        # a wording ending in "*" is a stem: "przewodniczył*" is every form that starts so
        self._stems = tuple(
            sorted((w[:-1] for w in entries if w.endswith("*") and len(w) > 2), key=len, reverse=True)
        )
        if entries:
            alternatives = "|".join(
                re.escape(w[:-1]) + r"\w*" if w.endswith("*") and len(w) > 2 else re.escape(w)
                for w in sorted(entries, key=len, reverse=True)
            )
            clitic = ""
            if prefixes:
                clitic = (
                    "(?:" + "|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True)) + ")??"
                )
            self.pattern: re.Pattern[str] | None = re.compile(rf"(?<!\w){clitic}(?P<w>{alternatives})(?!\w)")
            self._anchored = re.compile(rf"{clitic}(?P<w>{alternatives})(?!\w)")
        else:
            self.pattern = None

    def __bool__(self) -> bool:
        return bool(self.entries)

    def __contains__(self, wording: str) -> bool:
        return wording in self.entries

    def get(self, wording: str) -> tuple[str, ...] | None:
        found = self.entries.get(wording)
        if found is None and self._stems:
            stem = next((s for s in self._stems if wording.startswith(s)), None)
            found = self.entries.get(stem + "*") if stem is not None else None
        return found

    def finditer(self, folded: str, start: int = 0, end: int | None = None):
        """Yield ``(match, values)`` for every wording in ``folded[start:end]``."""
        if self.pattern is None:
            return
        for match in self.pattern.finditer(folded, start, len(folded) if end is None else end):
            yield match, self.get(match.group("w"))

    def match_at(self, folded: str, pos: int):
        """``(match, values)`` for a wording starting exactly at ``pos``, else None."""
        if self.pattern is None:
            return None
        match = self._anchored.match(folded, pos)
        return (match, self.get(match.group("w"))) if match else None


@dataclass
class Pack:
    """Everything one language contributes to extraction."""

    code: str
    detect: frozenset[str] = frozenset()
    roles: Lexicon = field(default_factory=lambda: Lexicon({}))
    bodies: Lexicon = field(default_factory=lambda: Lexicon({}))
    levels: Lexicon = field(default_factory=lambda: Lexicon({}))
    cues: dict[str, Lexicon] = field(default_factory=dict)
    months: Lexicon = field(default_factory=lambda: Lexicon({}))
    ordinals: Lexicon = field(default_factory=lambda: Lexicon({}))
    units: Lexicon = field(default_factory=lambda: Lexicon({}))
    scales: Lexicon = field(default_factory=lambda: Lexicon({}))
    indicators: Lexicon = field(default_factory=lambda: Lexicon({}))
    documents: Lexicon = field(default_factory=lambda: Lexicon({}))
    decimal: str = "."
    prefixes: tuple[str, ...] = ()
    letters: frozenset[str] = frozenset()
    folder: Path | None = None

    def cue(self, kind: str) -> Lexicon:
        return self.cues.get(kind) or Lexicon({})

    def alternation(self, kind: str) -> str:
        """The wordings of a cue kind as a regex group (one that never matches when empty)."""
        words = sorted(self.cue(kind).entries, key=len, reverse=True)
        return "(?:" + "|".join(re.escape(w) for w in words) + ")" if words else "(?!)"


def _rows(path: Path) -> list[list[str]]:
    return tables.rows(path)  # the one reader of data files (kg/tables.py)


def _lexicon(path: Path, prefixes: tuple[str, ...] = (), article: str = "") -> Lexicon:
    entries: dict[str, tuple[str, ...]] = {}
    for row in _rows(path):
        entries.setdefault(fold(row[0]), tuple(row[1:]))
    if article:
        # Arabic ل + ال contracts to لل: "للجنة" is ل + "اللجنة"; also accept the wording without
        # its article after a clitic
        for wording, values in list(entries.items()):
            if wording.startswith(article) and len(wording) > len(article) + 1:
                entries.setdefault(wording[len(article) - 1 :], values)
    return Lexicon(entries, prefixes)


def available_languages() -> list[str]:
    """Codes of the packs shipped in ``kg/lang``."""
    return sorted(p.name for p in _HERE.iterdir() if p.is_dir() and not p.name.startswith("_"))


@cache
def load_pack(code: str) -> Pack:
    """Load the pack for ``code``; an unknown code gives an empty pack.

    >>> load_pack("en").roles.get("deputy secretary")
    ('deputy_secretary',)
    """
    folder = _HERE / code
    if not folder.is_dir():
        return Pack(code=code)
    settings = _rows(folder / "format.tsv")
    pre = tuple(fold(r[1]) for r in settings if r[0] == "prefix")
    decimal = next((r[1] for r in settings if r[0] == "decimal"), ".")
    art = next((fold(r[1]) for r in settings if r[0] == "article"), "")
    cue_rows: dict[str, dict[str, tuple[str, ...]]] = {}
    for row in _rows(folder / "cues.tsv"):
        cue_rows.setdefault(row[0], {}).setdefault(fold(row[1]), ())
    detect = frozenset(fold(r[0]) for r in _rows(folder / "detect.txt"))
    return Pack(
        code=code,
        detect=detect,
        roles=_lexicon(folder / "roles.tsv", pre, art),
        bodies=_lexicon(folder / "bodies.tsv", pre, art),
        levels=_lexicon(folder / "levels.tsv", pre, art),
        cues={kind: Lexicon(words, pre) for kind, words in cue_rows.items()},
        months=_lexicon(folder / "months.tsv", pre, art),
        ordinals=_lexicon(folder / "ordinals.tsv", pre, art),
        units=_lexicon(folder / "units.tsv", pre, art),
        scales=_lexicon(folder / "scales.tsv", pre, art),
        indicators=_lexicon(folder / "indicators.tsv", pre, art),
        documents=_lexicon(folder / "documents.tsv", pre, art),
        decimal=decimal,
        prefixes=pre,
        letters=frozenset("".join(r[1] for r in settings if r[0] == "letters")),
        folder=folder,
    )
