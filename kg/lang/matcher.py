"""One compiled matcher per pack: every lexicon's wordings found in one pass over a text.

A lexicon (:class:`kg.lang.Lexicon`) finds its wordings in folded text as the regular expression

    (?<!\\w)(?:clitic1|clitic2|…)??(?P<w>wording1|wording2|…)(?!\\w)

would, wordings longest first (a wording ``stem*`` is the stem and the letters after it). Run as a
regular expression, that is one scan of the text per lexicon, trying every wording at every word
start; a pack has some fifty lexicons (roles, bodies, months, each cue kind…) read over the same
sentences. :class:`Matcher` holds all of a pack's wordings in one Aho-Corasick automaton and finds
the matches of every lexicon with one pass over a text (remembered for the texts read last), then
picks each lexicon's matches exactly as the regular expression does:

- the text is read with each character that is not a word character as a space, and framed by
  spaces, and each wording is looked for as ``" " + clitic + wording + " "`` (no closing space for
  a stem): only occurrences with a word boundary before them (and after them) are found;
- wordings with characters other than word characters are checked against the text as written;
- from the start position on, the leftmost occurrence wins; at one position, a wording without a
  clitic before any with one, then the clitics longest first, then the wordings in the
  expression's order; the next match starts at or after the end of the last.
"""

from __future__ import annotations

import re

import ahocorasick

__all__ = ["Hit", "Matcher", "alternatives"]

_NONWORD = re.compile(r"\W")
_NONWORD_NONSPACE = re.compile(r"[^\w ]")
_WORD_RUN = re.compile(r"\w*")
_REMEMBERED = 1024  # texts whose occurrences are kept (an article's sentences and windows)
_NONE: list = []


class Hit:
    """One match, with the methods of :class:`re.Match` the engine reads: group 0 is the whole
    match (its clitic included), group ``"w"`` (or 1) the wording."""

    __slots__ = ("_end", "_start", "_word", "string")

    def __init__(self, string: str, start: int, word: int, end: int):
        self.string = string
        self._start = start
        self._word = word
        self._end = end

    def _at(self, group) -> int:
        if group == 0:
            return self._start
        if group == "w" or group == 1:
            return self._word
        raise IndexError(f"no such group: {group!r}")

    def start(self, group: int | str = 0) -> int:
        return self._at(group)

    def end(self, group: int | str = 0) -> int:
        self._at(group)
        return self._end

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self._at(group), self._end

    def group(self, group: int | str = 0) -> str:
        return self.string[self._at(group) : self._end]

    def __getitem__(self, group: int | str) -> str:
        return self.group(group)

    def __repr__(self) -> str:
        return f"<Hit span=({self._start}, {self._end}) match={self.group()!r}>"


def alternatives(wordings) -> list[tuple[str, bool]]:
    """The wordings in the order the expression tries them: longest first (as written, ``*``
    included), then as listed; each with whether it is a stem (``stem*``, more than one letter)."""
    return [
        (w[:-1], True) if w.endswith("*") and len(w) > 2 else (w, False)
        for w in sorted(wordings, key=len, reverse=True)
    ]


def _spaced(text: str) -> str:
    """``text`` with a space for each character that is not a word character."""
    return _NONWORD_NONSPACE.sub(" ", text)


class Matcher:
    """The wordings of several lexicons (each ``(wordings, clitics)``), found in one pass.

    >>> m = Matcher([(["party committee", "party", "komitet*"], ())])
    >>> [(h.group(), h.start("w")) for h in m.finditer(0, "the party committee, partyx komitetu")]
    [('party committee', 4), ('komitetu', 28)]
    """

    def __init__(self, lexicons: list[tuple[object, tuple[str, ...]]]):
        self._automaton = ahocorasick.Automaton()
        patterns: dict[str, list[tuple]] = {}
        self.size = len(lexicons)
        for index, (wordings, clitics) in enumerate(lexicons):
            alts = alternatives(wordings)
            if any(not w for w, _ in alts) or any(not c for c in clitics):
                raise ValueError("wordings and clitics must not be empty")
            ordered = sorted(clitics, key=len, reverse=True)
            for rank, (word, stem) in enumerate(alts):
                for order, clitic in [(-1, ""), *enumerate(ordered)]:
                    written = clitic + word
                    pattern = " " + _spaced(written) + ("" if stem else " ")
                    check = written if _NONWORD.search(written) else None
                    # (lexicon, clitic order, rank, pattern length, clitic length, wording
                    # length, stem, the text to check as written)
                    entry = (index, order, rank, len(pattern), len(clitic), len(word), stem, check)
                    patterns.setdefault(pattern, []).append(entry)
        for pattern, entries in patterns.items():
            self._automaton.add_word(pattern, tuple(entries))
        self.empty = not patterns
        if not self.empty:
            self._automaton.make_automaton()
        self._seen: dict[str, dict[int, list[tuple[int, int, int, int, int]]]] = {}
        self._first: dict[tuple[str, int], list[tuple[int, int, int]]] = {}

    def _occurrences(self, text: str) -> dict[int, list[tuple[int, int, int, int, int]]]:
        """Per lexicon that has any, every match it could make in ``text``: (start, clitic order,
        rank, wording start, end), sorted."""
        found = self._seen.get(text)
        if found is not None:
            return found
        found = {}
        if not self.empty:
            for last, entries in self._automaton.iter(" " + _spaced(text) + " "):
                for index, order, rank, length, clitic, size, stem, check in entries:
                    start = last - length + 1  # the framing space moves every offset by one
                    if check is not None and not text.startswith(check, start):
                        continue
                    word = start + clitic
                    end = word + size
                    if stem:
                        end = _WORD_RUN.match(text, end).end()
                    if index in found:
                        found[index].append((start, order, rank, word, end))
                    else:
                        found[index] = [(start, order, rank, word, end)]
            for occurrences in found.values():
                if len(occurrences) > 1:
                    occurrences.sort()
        if len(self._seen) >= _REMEMBERED:
            self._seen.clear()
            self._first.clear()
        self._seen[text] = found
        return found

    def matches(
        self, index: int, text: str, start: int = 0, end: int | None = None
    ) -> list[tuple[int, int, int]]:
        """The matches of lexicon ``index`` in ``text[:end]`` from ``start`` on, as (start, wording
        start, end), as the lexicon's regular expression finds them."""
        if end is not None and end < len(text):
            text = text[: max(end, 0)]
        if start == 0:
            key = (text, index)
            chosen = self._first.get(key)
            if chosen is not None:
                return chosen
        out: list[tuple[int, int, int]] = []
        reached = start
        for first, _, _, word, last in self._occurrences(text).get(index, _NONE):
            if first >= reached:
                out.append((first, word, last))
                reached = last
        if start == 0:
            self._first[(text, index)] = out
        return out

    def finditer(self, index: int, text: str, start: int = 0, end: int | None = None):
        """:class:`Hit` for each match of lexicon ``index`` (see :meth:`matches`)."""
        for first, word, last in self.matches(index, text, start, end):
            yield Hit(text, first, word, last)
