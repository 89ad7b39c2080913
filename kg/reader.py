"""Read articles from files and folders; report what could not be read and why."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.model import Article

__all__ = ["Skipped", "read_article", "read_articles"]

_URL_LINE = re.compile(r"^\s*(?:(?:source|url|nguồn|źródło|المصدر)\s*:\s*)?(https?://\S+)\s*$", re.I)


@dataclass
class Skipped:
    path: str
    reason: str


def read_article(path: Path) -> Article:
    """One ``.txt`` file; a first line that is a URL (or ``Source: URL``) gives the URL.

    Raises ``ValueError`` with a readable reason when the file cannot be used.
    """
    data = path.read_bytes()
    if not data.strip():
        raise ValueError("empty file")
    if b"\x00" in data[:4096]:
        raise ValueError("binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ValueError(f"not UTF-8 text (byte {err.start}); save it as UTF-8") from None
    url = None
    first, _, rest = text.partition("\n")
    match = _URL_LINE.match(first)
    if match:
        url = match.group(1)
        text = rest
    if not text.strip():
        raise ValueError("no text besides the source line")
    return Article(id=path.stem, text=text, url=url, source=str(path))


def _files(path: Path, seen: set[str]) -> Iterator[Path]:
    if path.is_file():
        yield path
        return
    for root, dirs, files in os.walk(path, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".txt"):
                yield Path(root) / name


def read_articles(paths: list[Path]) -> Iterator[Article | Skipped]:
    """Every article under ``paths`` (files, or folders searched recursively for ``*.txt``)."""
    seen: set[str] = set()
    for path in paths:
        if not path.exists():
            yield Skipped(str(path), "no such file or folder")
            continue
        for file in _files(path, seen):
            try:
                yield read_article(file)
            except (OSError, ValueError) as err:
                yield Skipped(str(file), str(err))
