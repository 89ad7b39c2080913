"""Read articles from files and folders (``.txt``, and JSON Lines dumps ``.jsonl`` / ``.jsonl.gz``);
say what could not be read, or only partly, and why.

A file is read as UTF-8; failing that, as the legacy encoding of one of our languages that fits it
best (Windows-1256 Arabic, Latin-2 / Windows-1250 Polish, Windows-1258 Vietnamese, Latin-1), and
the article says so in its notes. A saved HTML page is read for its text. Binary files are skipped.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.model import Article

__all__ = ["MAX_CHARS", "Skipped", "read_article", "read_articles", "read_jsonl"]

MAX_CHARS = 2_000_000  # more than any news article; the rest of a larger file is not used
_SOURCE_WORDS = [
    w.strip()
    for w in (Path(__file__).parent / "data" / "source_words.txt").read_text(encoding="utf-8").splitlines()
    if w.strip() and not w.startswith("#")
]
_URL_LINE = re.compile(
    r"^\s*(?:(?:" + "|".join(map(re.escape, _SOURCE_WORDS)) + r")\s*:\s*)?(https?://\S+)\s*$", re.I
)
_LEGACY = ["cp1256", "iso8859_6", "cp1250", "iso8859_2", "cp1258", "cp1252", "iso8859_1"]
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a Word/Excel file)",
    b"\x1f\x8b": "a gzip archive",
}


@dataclass
class Skipped:
    path: str
    reason: str


def _binary(data: bytes) -> str | None:
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return what
    if b"\x00" in data[:4096]:
        return "binary data"
    return None


def _decode(data: bytes, notes: list[str]) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        if err.start >= len(data) - 3 and err.reason == "unexpected end of data":
            notes.append(f"truncated UTF-8: the last {len(data) - err.start} bytes were dropped")
            return data[: err.start].decode("utf-8-sig")
        first_error = err.start
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_LEGACY).best()
    if best is None:
        raise ValueError(
            f"not UTF-8 (byte {first_error}) and no known legacy encoding fits; save it as UTF-8"
        )
    notes.append(f"not UTF-8: read as {best.encoding}")
    return str(best)


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)


def _html_text(text: str, notes: list[str]) -> tuple[str, str | None]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    url = None
    for selector in ('link[rel="canonical"]', 'meta[property="og:url"]'):
        tag = soup.select_one(selector)
        if tag is not None:
            url = tag.get("href") or tag.get("content")
            break
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "form", "aside"]):
        tag.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    body = soup.body or soup
    lines = [line.strip() for line in body.get_text("\n").splitlines()]
    out = "\n".join(line for line in lines if line)
    if title and not out.startswith(title):
        out = f"{title}\n{out}"
    notes.append("saved HTML page: read for its text")
    return out, url


def read_article(path: Path) -> Article:
    """One ``.txt`` file; a first line that is a URL (or ``Source: URL``) gives the URL.

    Raises ``ValueError`` with a readable reason when the file cannot be used at all; a file used
    only in part carries ``notes`` saying why.
    """
    data = path.read_bytes()
    if not data.strip():
        raise ValueError("empty file" if not data else "only white space")
    what = _binary(data)
    if what:
        raise ValueError(f"{what}, not text")
    notes: list[str] = []
    text = _decode(data, notes)
    url = None
    if _looks_like_html(text):
        text, url = _html_text(text, notes)
    if len(text) > MAX_CHARS:
        notes.append(f"only the first {MAX_CHARS:,} of {len(text):,} characters were used")
        text = text[:MAX_CHARS]
    first, _, rest = text.partition("\n")
    match = _URL_LINE.match(first)
    if match:
        url = match.group(1)
        text = rest
    if not text.strip():
        raise ValueError("no text besides the source line")
    return Article(id=path.stem, text=text, url=url, source=str(path), notes=notes)


def _files(path: Path, seen: set[str]) -> Iterator[Path]:
    if path.is_file():
        yield path
        return
    for root, dirs, files in os.walk(path, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:  # a symbolic link loop, or a folder reached twice
            dirs[:] = []
            continue
        seen.add(real)
        dirs.sort()
        for name in sorted(files):
            if name.endswith((".txt", ".jsonl", ".jsonl.gz")):
                yield Path(root) / name


def read_articles(paths: list[Path]) -> Iterator[Article | Skipped]:
    """Every article under ``paths`` (files, or folders searched recursively for ``*.txt``)."""
    seen: set[str] = set()
    for path in paths:
        if not path.exists():
            yield Skipped(str(path), "no such file or folder")
            continue
        for file in _files(path, seen):
            if file.name.endswith((".jsonl", ".jsonl.gz")):
                yield from read_jsonl(file)
                continue
            try:
                yield read_article(file)
            except (OSError, ValueError) as err:
                yield Skipped(str(file), str(err))


def read_jsonl(path: Path) -> Iterator[Article | Skipped]:
    """Articles of a JSON Lines dump (``.jsonl`` or ``.jsonl.gz``), one object a line with ``id``,
    ``text`` and optionally ``url``, ``lang``, ``published`` (ISO date) and ``title``.

    A bad line is skipped with its line number; the rest of the file is read.
    """
    import gzip
    import json

    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8", errors="strict") as lines:
            for number, line in enumerate(lines, 1):
                where = f"{path}:{number}"
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    if not isinstance(record, dict):
                        raise ValueError("not a JSON object")
                    text = record.get("text")
                    ident = record.get("id")
                    if not isinstance(text, str) or not text.strip():
                        raise ValueError("no 'text'")
                    if ident is None or not str(ident).strip():
                        raise ValueError("no 'id'")
                except ValueError as err:
                    yield Skipped(where, f"bad JSON line: {err}")
                    continue
                title = record.get("title")
                published = record.get("published")
                if published and not re.match(r"^\d{4}(-\d\d(-\d\d)?)?", str(published)):
                    published = None
                yield Article(
                    id=str(ident),
                    text=f"{title}\n{text}" if isinstance(title, str) and title.strip() else text,
                    url=record.get("url") or None,
                    lang=record.get("lang") or None,
                    source=where,
                    published=str(published)[:10] if published else None,
                )
    except (OSError, UnicodeDecodeError, EOFError) as err:
        yield Skipped(str(path), f"cannot read the dump: {err}")
