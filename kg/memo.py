"""Bounded memos of the engine's pure functions: the same span of a sentence is read many times.

A :class:`Memo` maps a key (a folded text, the pack's id, …) to what a function made of it. It is
emptied when it holds ``size`` answers (a long build meets millions of texts, memory stays flat),
keeps no answer about a text longer than ``longest`` characters (a whole article is read once), and,
given a ``context`` function, forgets everything when that function returns another object (the
article's acronyms, which change what a title reads as).

>>> memo = Memo(2, longest=5)
>>> memo.get("abc", lambda: "read once")
'read once'
>>> memo.get("abc", lambda: "never read")
'read once'
>>> memo.get("a long text", lambda: "not kept", len("a long text")), len(memo)
('not kept', 1)
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

__all__ = ["Memo"]

_MISSING = object()


class Memo:
    """A dictionary of answers, bounded in size, optionally tied to a context (module text)."""

    __slots__ = ("_answers", "_context", "_seen", "longest", "size")

    def __init__(self, size: int, *, longest: int | None = None, context: Callable[[], Any] | None = None):
        if size < 1:
            raise ValueError("a memo holds at least one answer")
        self._answers: dict[Hashable, Any] = {}
        self.size = size
        self.longest = longest
        self._context = context
        self._seen: list = [_MISSING]  # the context the answers were made in (held: never reused)

    def __len__(self) -> int:
        return len(self._answers)

    def clear(self) -> None:
        self._answers.clear()

    def get(self, key: Hashable, make: Callable[[], Any], length: int = 0) -> Any:
        """The answer for ``key``: remembered, or ``make()`` (kept unless ``length``, the length of
        the text it is about, exceeds ``longest``)."""
        answers = self._answers
        if self._context is not None:
            now = self._context()
            if self._seen[0] is not now:
                answers.clear()
                self._seen[0] = now
        found = answers.get(key, _MISSING)
        if found is _MISSING:
            found = make()
            if self.longest is None or length <= self.longest:
                if len(answers) >= self.size:
                    answers.clear()
                answers[key] = found
        return found
