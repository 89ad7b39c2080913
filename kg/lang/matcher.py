"""A lexicon's wordings found quickly: one compiled pattern the regex engine can skip through.

A lexicon (:class:`kg.lang.Lexicon`) finds its wordings in folded text as the regular expression

    (?<!\\w)(?:clitic1|clitic2|…)??(?P<w>wording1|wording2|…)(?!\\w)

would, wordings longest first (a wording ``stem*`` is the stem and the letters after it). Python's
engine tries that expression at every position of a text, and at each tries every wording in turn.
:class:`Matcher` finds the very same matches (same spans, same wording, same order) with an
expression the engine searches faster: the wordings grouped by their first character, so that the
engine jumps from one position where a wording may start to the next, and there tries only the
wordings that start with the character it sees. The positions it skips to are those after a
character that is not a word character (the expression's ``(?<!\\w)``), and the start of the text;
the wording after each clitic is a group of its own, so a match says where its wording starts.

Most texts hold none of a lexicon's wordings: :meth:`Matcher.may_match` says so first, from the
text's words (read once per text and shared by every lexicon) and the words a wording can start
with (:func:`_keys`: a match starts where a word of the text starts, and a wording of one word ends
where it ends), and the expression is searched only when one may match.
"""

from __future__ import annotations

import operator

import kg.rx as re

__all__ = ["Hit", "Matcher", "alternatives", "spaced"]

_WORD = re.compile(r"\w+")
_FULL_WORD = re.compile(r"\w+")
# where a wording ends: at the end of a word of the text, or after its own elided apostrophe (fr "l'")
END = r"(?:(?!\w)|(?<=['\u2019]))"


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


def spaced(escaped: str) -> str:
    """An escaped wording whose spaces match any run of whitespace, as a text may write between two of its words (a
    double space, a tab, a line break): "party\\ committee" -> "party\\s+committee"; the offsets are the text's."""
    return escaped.replace("\\ ", r"\s+")


def _source(word: str, stem: bool) -> str:
    return spaced(re.escape(word)) + (r"\w*" if stem else "")


class Matcher:
    """Every match of ``wordings`` (after an optional clitic) in a text, as the lexicon's
    expression finds them (see the module's text).

    >>> m = Matcher(["party committee", "party", "komitet*"], ("w",))
    >>> [(h.group(), h.group("w")) for h in m.finditer("the party committee, partyx wkomitetu")]
    [('party committee', 'party committee'), ('wkomitetu', 'komitetu')]
    """

    def __init__(self, wordings, clitics: tuple[str, ...] = ()):
        alts = alternatives(wordings)
        if not alts or any(not w for w, _ in alts) or any(not c for c in clitics):
            raise ValueError("a matcher needs wordings, none of them empty, and non-empty clitics")
        buckets: dict[str, list[str]] = {}  # first character -> the rest of its wordings, in order
        for w, stem in alts:
            buckets.setdefault(w[0], []).append(_source(w[1:], stem))
        # every wording, the same order, grouped by first character: the engine tries only those
        # that start with the character it sees
        any_wording = (
            "(?:" + "|".join(re.escape(c) + "(?:" + "|".join(r) + ")" for c, r in buckets.items()) + ")"
        )
        found = any_wording + END
        if clitics:  # the wording as written first, then after each clitic, longest first (a lazy
            # optional group tries none first: the wordings are written once, compiled in half the time)
            ordered = "|".join(re.escape(c) for c in sorted(clitics, key=len, reverse=True))
            found = rf"(?:{ordered})??(?P<w>{any_wording}){END}"
        # a match follows a character that is not a word character (the expression's (?<!\w)):
        # the engine skips to those characters; the start of a text is read after a space
        self._after = re.compile(rf"\W(?:{found})")
        self._found = found  # (compiled alone only if match_at needs it: _bare)
        self._bare: re.Pattern[str] | None = None
        self.keys = _keys(alts, clitics)  # what a text's words must hold (None: no test)

    def match_at(self, text: str, pos: int) -> Hit | None:
        """The match that starts exactly at ``pos``, as the lexicon's expression without its
        ``(?<!\\w)`` finds it there (``re.match(expression, text, pos)``), else None: the
        expression :meth:`finditer` searches, read after the character before ``pos`` (after a
        space at the text's start; alone, compiled on first need, after a word character)."""
        n = len(text)
        if 0 < pos <= n and not _IS_WORD(text, pos - 1):
            m = self._after.match(text, pos - 1)
            if m is None:
                return None
            return Hit(text, pos, m.start(1) if m.lastindex else pos, m.end())
        if pos <= 0:
            m = self._after.match(" " + text)  # (as search_all reads a text's start)
            if m is None:
                return None
            return Hit(text, 0, m.start(1) - 1 if m.lastindex else 0, m.end() - 1)
        if self._bare is None:  # after a word character (seldom): the expression alone, compiled once
            self._bare = re.compile(self._found)
        m = self._bare.match(text, pos)
        if m is None:
            return None
        return Hit(text, pos, m.start(1) if m.lastindex else pos, m.end())

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        """:class:`Hit` for each match in ``text[start:end]`` (``pattern.finditer(text, start,
        end)`` of the lexicon's expression)."""
        return iter(self.hits(text, start, end))

    def may_match(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """False when no word of ``text[start:end]`` can open a wording (then there is no match);
        True when one may."""
        if self.keys is None:
            return True
        return _may_open(self.keys, _words_of(text, start, end))

    def hits(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """The matches of :meth:`finditer`, as a list."""
        # (the expression skips to a wording faster than the text's words say where one may start)
        return self.search_all(text, start, end) if self.may_match(text, start, end) else []

    def search_all(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """The matches of :meth:`hits`, without first asking :meth:`may_match`."""
        out = []
        stop = len(text) if end is None else end
        pos = start
        if pos == 0:
            m = self._after.match(" " + text, 0, stop + 1)
            if m is not None:
                end_ = m.end() - 1
                out.append(Hit(text, 0, m.start(1) - 1 if m.lastindex else 0, end_))
                pos = end_
        search = self._after.search
        while True:
            # the character before the match is looked at as the expression's (?<!\w) does: it
            # may stand before ``start``, or end the match before
            m = search(text, pos - 1 if pos > 0 else 0, stop)
            if m is None:
                return out
            first = m.start() + 1
            out.append(Hit(text, first, m.start(1) if m.lastindex else first, m.end()))
            pos = m.end()


def _keys(alts: list[tuple[str, bool]], clitics: tuple[str, ...]):
    r"""What the words of a text must hold for a wording to match there: ``(words, heads)``, the
    words (maximal runs of word characters) one of which a match must start with exactly, and
    the first two characters of a word a stem's match must start with. None when a wording or
    clitic starts with (or a clitic holds) a character that is not a word character: no test then.

    A match starts where a word of the text starts (the expression's ``(?<!\w)``); a wording of
    one word ends where the text's word ends (``(?!\w)``, or the end of the text read); a wording
    of several words, or a stem whose letters hold a non-word character, starts with a whole word
    of the text; a stem of word characters starts the text's word. A clitic glued before a wording
    is part of that word."""
    if any(not _FULL_WORD.fullmatch(c) for c in clitics):
        return None
    words: set[str] = set()
    heads: set[str] = set()
    seconds: dict[str, set[str] | None] = {}  # first word -> the second words (None: none needed)
    for w, stem in alts:
        first = _WORD.match(w)
        if first is None:
            return None
        fw = first.group()
        second = _second_word(w, first.end(), stem)
        for c in ("", *clitics):
            if stem and fw == w:
                heads.add((c + fw)[:2])
            else:
                words.add(c + fw)
                if second is None:
                    seconds[c + fw] = None
                elif seconds.get(c + fw, ()) is not None:
                    seconds.setdefault(c + fw, set()).add(second)
    return (
        frozenset(words),
        frozenset(heads),
        {fw: frozenset(found) for fw, found in seconds.items() if found is not None},
    )


def _second_word(wording: str, at: int, stem: bool) -> str | None:
    r"""The second word of a wording whose first word ends at ``at``, when a text it matches must
    hold it as a whole word (a maximal run of word characters), else None: it stands between two
    characters of the wording that are not word characters, or between one and the wording's end
    (``(?!\w)``) unless the wording is a stem (whose last word goes on with ``\w*``)."""
    second = _WORD.search(wording, at)
    if second is None or (stem and second.end() == len(wording)):
        return None
    return second.group()


def _may_open(keys, found: list) -> bool:
    """Whether a wording may match in a text whose words (:func:`_words_of`'s ``found``) hold the
    first word of one (:func:`_keys`): a wording of several words needs its second word there too."""
    words, heads, seconds = keys
    seen = found[0]
    if heads and not heads.isdisjoint(_heads(found)):
        return True
    for fw in words.intersection(seen):
        need = seconds.get(fw)
        if need is None or not need.isdisjoint(seen):
            return True
    return False


_WORDS: dict[str, list] = {}
_IS_WORD = re.compile(r"\w").match


def _words_of(text: str, start: int = 0, end: int | None = None) -> list:
    """``[words, heads]`` of ``text[start:end]``, or more: the words of ``text`` (maximal runs of
    word characters) and their first two characters (None until :func:`_heads` reads them),
    remembered by text (the engine reads one text with many lexicons). Those of the whole text hold
    those of any part of it that cuts no word; a part that cuts a word (a word's end read as the
    end of the text) is read on its own."""
    n = len(text)
    if n > 5000:  # a whole article, or a sentence as long: the part read, on its own (linear time)
        return [
            frozenset(_WORD.findall(text[max(start, 0) : end] if start or end is not None else text)),
            None,
        ]
    if (0 < start < n and _IS_WORD(text, start) and _IS_WORD(text, start - 1)) or (
        end is not None and 0 < end < n and _IS_WORD(text, end) and _IS_WORD(text, end - 1)
    ):
        return [frozenset(_WORD.findall(text[start:end])), None]
    found = _WORDS.get(text)
    if found is None:
        found = [frozenset(_WORD.findall(text)), None]
        if len(_WORDS) >= 1024:
            _WORDS.clear()
        _WORDS[text] = found
    return found


def _heads(found: list) -> frozenset[str]:
    """The first two characters of the words of :func:`_words_of`'s ``found``, read once."""
    if found[1] is None:
        found[1] = frozenset(map(_FIRST_TWO, found[0]))  # (w[:2] of each)
    return found[1]


_FIRST_TWO = operator.itemgetter(slice(None, 2))
