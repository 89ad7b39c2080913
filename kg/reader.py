"""Read articles from files and folders (``.txt``, ``.html``, and JSON Lines dumps ``.jsonl`` /
``.jsonl.gz``); say what could not be read, or only partly, and why.

Every file, dump line and field is read on its own: a bad one is named and skipped (or used in
part, with a note), never costing the others. Only regular files are read (a FIFO, a device or a
socket is named and skipped, also behind a symbolic link), and every input form has a size cap:
``MAX_FILE_BYTES`` read of a file, ``MAX_CHARS`` of text, ``MAX_LINE_BYTES`` a dump line, and a
``.gz`` dump stops expanding at ``MAX_EXPANSION`` times its size (past ``MAX_DUMP_FLOOR``).

A file is read as UTF-8 (a BOM is dropped), UTF-16 or UTF-32 (by BOM, or by its zero bytes);
failing that, as the legacy encoding of one of our languages that fits it best (Windows-1256
Arabic, Latin-2 / Windows-1250 Polish, Windows-1258 Vietnamese, Latin-1), and the article says so
in its notes. A saved HTML page is read for its text. Binary files are skipped. Invisible format
characters (zero-width, bidi marks) and control characters are removed before extraction; URLs
are kept only if they are ``http(s)``. Ids are made distinct within one build (:class:`Ids`).
"""

from __future__ import annotations

import io
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from kg import tables
from kg.model import Article
from kg.script import legacy_encodings
from kg.text import clean, unescape_entities

__all__ = [
    "MAX_CHARS",
    "MAX_FILE_BYTES",
    "MAX_LINE_BYTES",
    "Ids",
    "Skipped",
    "article_id",
    "read_article",
    "read_articles",
    "read_jsonl",
    "safe_url",
]

MAX_CHARS = 2_000_000  # more than any news article; the rest of a larger text is not used
MAX_FILE_BYTES = 16 * 2**20  # bytes read of one file (an HTML page keeps far less text)
MAX_LINE_BYTES = 16 * 2**20  # one dump line (2M characters JSON-escaped fit)
MAX_EXPANSION = 100  # a .gz dump expands at most this many times its size ...
MAX_DUMP_FLOOR = 256 * 2**20  # ... once past this many bytes
MAX_BAD_LINES = 1000  # a dump with more bad lines than this (and than good ones) is not read on
MAX_NAMED_LINES = 100  # bad lines of a dump named one by one; the others are counted
MAX_ID_CHARS = 200
TEXT_SUFFIXES = (".txt", ".html", ".htm")
DUMP_SUFFIXES = (".jsonl", ".jsonl.gz")

_SOURCE_WORDS = tables.lines(tables.data_path("data", "source_words.txt"))
_URL_LINE = re.compile(
    r"^\s*(?:(?:" + "|".join(map(re.escape, _SOURCE_WORDS)) + r")\s*:\s*)?(https?://\S+)\s*$", re.I
)
_LEGACY = legacy_encodings()  # the code pages of our scripts (kg/script.py)
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or a Word/Excel file)",
    b"\x1f\x8b": "a gzip archive",
}
_BOMS = [  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]
_KINDS = {
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a folder",
}


@dataclass
class Skipped:
    path: str
    reason: str


# ------------------------------------------------------------------------------ names and ids
def display(path: str | Path) -> str:
    """A path as it can be printed: bytes of the name that are not UTF-8 as ``\\xff``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def article_id(path: Path) -> str:
    """The article id of a file: its name without extension (``.jsonl.gz`` counts as one), bytes
    that are not UTF-8 written ``\\xff``, invisible characters removed, at most ``MAX_ID_CHARS``."""
    name = display(path.name)
    for suffix in (*DUMP_SUFFIXES, *TEXT_SUFFIXES):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            break
    else:
        name = display(path.stem)
    return _clean_id(name)[0] or "article"


def _clean_id(raw: str) -> tuple[str, list[str]]:
    ident, notes = clean(raw)
    if len(ident) > MAX_ID_CHARS:
        notes.append(f"the id was cut to its first {MAX_ID_CHARS} characters")
        ident = ident[:MAX_ID_CHARS]
    return ident, notes


def _slug_keep(ident: str) -> str:
    """:func:`kg.resolve.slug_keep`, imported the first time it is asked for (a build's scan asks
    once per file: an import statement each time cost more than the call)."""
    global _slug_keep
    from kg.resolve import slug_keep

    _slug_keep = slug_keep
    return slug_keep(ident)


class Ids:
    """Distinct article ids within one build. Two inputs whose ids are equal — or differ only in
    characters an IRI cannot hold ("a b" and "a_b") — would be one article; the later one gets
    ``ID-2`` (``-3``…) and a note that names the earlier input, so both are kept and the collision is
    reported. Inputs are met in a fixed order (sorted folders), so a rebuild gives the same ids."""

    def __init__(self) -> None:
        self._by_key: dict[str, tuple[str, str]] = {}  # graph key -> (the input that has it, its id)

    @staticmethod
    def _key(ident: str) -> str:
        """The end of the article's IRI (:func:`kg.resolve.article_iri` is a prefix and this): ids
        whose IRIs are one have one key."""
        return _slug_keep(ident)

    def claim(self, ident: str, source: str) -> tuple[str, str | None]:
        """The id the input ``source`` gets, and the note when it is not ``ident``."""
        key = self._key(ident)
        first = self._by_key.get(key)
        if first is None or first[0] == source:
            self._by_key[key] = (source, ident)
            return ident, None
        n = 2
        while self._key(f"{ident}-{n}") in self._by_key:
            n += 1
        new = f"{ident}-{n}"
        self._by_key[self._key(new)] = (source, new)
        if first[1] == ident:
            return new, f"the id {ident!r} is also that of {first[0]}: stored as {new!r}"
        return new, (
            f"the id {ident!r} names the same article as {first[1]!r} of {first[0]} (an IRI cannot "
            f"hold every character): stored as {new!r}"
        )

    def assign(self, article: Article) -> Article:
        """Give ``article`` a distinct id (noting a change)."""
        ident, note = self.claim(article.id, article.source or article.id)
        if note:
            article.id = ident
            article.notes.append(note)
        return article


def safe_url(value: object) -> str | None:
    """``value`` when it is an absolute ``http(s)`` URL that an IRI can hold, else None (a
    ``javascript:``, ``data:`` or ``file:`` link is never kept).

    >>> safe_url("https://baoninhbinh.org.vn/a-1.htm"), safe_url("javascript:alert(1)"), safe_url(" JavaScript:x")
    ('https://baoninhbinh.org.vn/a-1.htm', None, None)
    """
    if not isinstance(value, str):
        return None
    url = value.strip()
    if len(url) > 2000 or not re.match(r"(?i)https?://", url):
        return None
    if re.search(r"[\x00-\x20\x7f-\x9f<>\"{}|\\^`\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]", url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    if _SURROGATES.search(url):
        return None
    return url


_SURROGATES = re.compile("[\ud800-\udfff]")


# ------------------------------------------------------------------------------ one file
def _kind(mode: int) -> str:
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def _open_regular(path: Path):
    """A binary file object for a regular file; ``ValueError`` naming what else it is (a FIFO is
    never opened for reading, so it cannot block)."""
    try:
        st = os.stat(path)  # follows links: a link to /dev/zero is a character device
    except OSError as err:
        raise ValueError(_os_reason(err)) from None
    if not stat.S_ISREG(st.st_mode):
        what = _kind(st.st_mode)
        if stat.S_ISDIR(st.st_mode):
            try:
                os.scandir(path).close()
            except OSError as err:
                raise ValueError(f"cannot read the folder: {_os_reason(err)}") from None
        link = f" (a link to {display(os.path.realpath(path))})" if os.path.islink(path) else ""
        raise ValueError(f"{what}{link}, not a regular file")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as err:
        raise ValueError(_os_reason(err)) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # replaced between the two looks
        os.close(fd)
        raise ValueError("not a regular file")
    return os.fdopen(fd, "rb")


def _os_reason(err: OSError) -> str:
    return err.strerror.lower() if err.strerror else str(err)


def _binary(data: bytes) -> str | None:
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return what
    if b"\x00" in data[:4096]:
        return "binary data"
    return None


def _wide(data: bytes) -> str | None:
    """UTF-16 / UTF-32 without a BOM, told by its zero bytes: the encoding, else None."""
    import unicodedata

    sample = data[:4096]
    for encoding, width in (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2)):
        part = sample[: len(sample) // width * width]
        try:
            text = part.decode(encoding)
        except UnicodeDecodeError as err:
            if err.start < len(part) - 4:
                continue
            text = part[: err.start].decode(encoding)  # a pair cut by the sample's end
        if not text.strip() or any(
            c not in "\t\n\r" and unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs") for c in text
        ):
            continue
        high = part[1::2] if encoding == "utf-16-le" else part[0::2] if encoding == "utf-16-be" else b""
        if width == 2 and len(set(high)) > 8:
            continue  # text of our languages keeps to a few 256-character blocks; binary does not
        return encoding
    return None


def _decode(data: bytes, notes: list[str], cut: bool = False) -> str:
    """Text of a file's bytes (``cut``: the bytes end where the size cap cut them)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            data = data[len(bom) :]
            if encoding != "utf-8":
                width = 4 if "32" in encoding else 2
                return data[: len(data) // width * width].decode(encoding, errors="replace")
            break
    else:
        wide = _wide(data) if b"\x00" in data[:4096] else None
        if wide:
            notes.append(f"not UTF-8: read as {wide.upper()}")
            width = 4 if "32" in wide else 2
            return data[: len(data) // width * width].decode(wide, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.start >= len(data) - 3 and err.reason == "unexpected end of data":
            if not cut:
                notes.append(f"truncated UTF-8: the last {len(data) - err.start} bytes were dropped")
            return data[: err.start].decode("utf-8")
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


def _html_text(text: str, notes: list[str], note: bool = True) -> tuple[str, str | None]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    url = None
    for selector in ('link[rel="canonical"]', 'meta[property="og:url"]'):
        tag = soup.select_one(selector)
        if tag is not None:
            raw = tag.get("href") or tag.get("content")
            url = safe_url(raw)
            if raw and url is None:
                notes.append("its link is not an http(s) URL: not kept")
            break
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "form", "aside"]):
        tag.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    body = soup.body or soup
    lines = [line.strip() for line in body.get_text("\n").splitlines()]
    out = "\n".join(line for line in lines if line)
    if title and not out.startswith(title):
        out = f"{title}\n{out}"
    if note:
        notes.append("saved HTML page: read for its text")
    return out, url


def _cap(text: str, notes: list[str], size: int | None = None) -> str:
    """At most ``MAX_CHARS`` of ``text`` (``size``: the bytes of a file that was not read whole)."""
    if len(text) > MAX_CHARS:
        if size is None:
            notes.append(f"only the first {MAX_CHARS:,} of {len(text):,} characters were used")
        else:
            notes.append(
                f"only the first {MAX_CHARS:,} of more than {MAX_CHARS:,} characters were used "
                f"(a file of {size:,} bytes)"
            )
        return text[:MAX_CHARS]
    if size is not None:
        notes.append(f"only the first {MAX_FILE_BYTES:,} of {size:,} bytes were read")
    return text


def read_article(path: Path, ident: str | None = None) -> Article:
    """One ``.txt`` (or ``.html``) file; a first line that is a URL (or ``Source: URL``) gives the
    URL. ``ident`` replaces the id taken from the file name (see :class:`Ids`).

    Raises ``ValueError`` with a readable reason when the file cannot be used at all; a file used
    only in part carries ``notes`` saying why.
    """
    with _open_regular(path) as f:
        try:
            data = f.read(MAX_FILE_BYTES + 1)
            size = os.fstat(f.fileno()).st_size
        except OSError as err:
            raise ValueError(_os_reason(err)) from None
    notes: list[str] = []
    cut = len(data) > MAX_FILE_BYTES
    if cut:
        data = data[:MAX_FILE_BYTES]
    if not data.strip():
        raise ValueError("empty file" if not data else "only white space")
    encoded = any(data.startswith(bom) for bom, _ in _BOMS)
    what = None if encoded else _binary(data)
    if what == "binary data" and _wide(data):
        what = None
    if what:
        raise ValueError(f"{what}, not text")
    text = _decode(data, notes, cut)
    url = None
    is_html = path.name.lower().endswith((".html", ".htm"))
    if is_html or _looks_like_html(text):
        text, url = _html_text(text, notes, note=not is_html)
    else:
        text = unescape_entities(text)  # a scraper's '&nbsp;' and '&quot;' left in plain text
    text, cleaned = clean(text)
    notes += cleaned
    text = _cap(text, notes, size if cut else None)
    if not text.strip():
        raise ValueError("only white space" if not is_html else "no text in the page")
    first, _, rest = text.partition("\n")
    match = _URL_LINE.match(first)
    if match:
        url = safe_url(match.group(1))
        if url is None:
            notes.append("the source line is not a URL an IRI can hold: not kept")
        text = rest
    if not text.strip():
        raise ValueError("no text besides the source line")
    if display(path.name) != path.name:
        notes.append(f"the file name is not UTF-8: its id is {ident or article_id(path)!r}")
    return Article(id=ident or article_id(path), text=text, url=url, source=display(path), notes=notes)


# ------------------------------------------------------------------------------ folders
def walk(folder: str, seen: set) -> Iterator[tuple[str, str, str]]:
    """The files to read under ``folder`` as ``(path, name, folder it is in)``, in a fixed order
    (names sorted, a folder's files before its sub-folders), each folder once (``seen`` holds
    their device and inode: symbolic-link loops), without recursion (any depth) and without a
    ``Path`` per file. A folder that cannot be listed is yielded as ``(folder, its name, "")``."""
    suffixes = TEXT_SUFFIXES + DUMP_SUFFIXES
    stack = [folder]
    while stack:
        folder = stack.pop()
        try:  # a folder is its device and inode (a realpath costs a look-up per level: deep trees)
            st = os.stat(folder)
            real: object = (st.st_dev, st.st_ino)
        except (OSError, ValueError):
            real = folder
        if real in seen:  # a symbolic link loop, or a folder reached twice
            continue
        seen.add(real)
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            yield folder, os.path.basename(folder), ""  # named by the reader: "cannot read the folder"
            continue
        subfolders = []
        for entry in entries:
            try:
                is_dir = entry.is_dir()  # follows links
            except OSError:
                is_dir = False
            if is_dir:
                subfolders.append(entry.path)
            elif entry.name.lower().endswith(suffixes):
                yield entry.path, entry.name, folder
        stack.extend(reversed(subfolders))


def _files(path: Path, seen: set) -> Iterator[Path]:
    """The files to read under ``path`` (:func:`walk`); a path that is not a folder is yielded as
    it is (the reader names what it is)."""
    if not path.is_dir():
        yield path
        return
    for file, _, _ in walk(str(path), seen):
        yield Path(file)


def is_dump(path: Path) -> bool:
    return path.name.lower().endswith(DUMP_SUFFIXES)


def read_articles(paths: list[Path]) -> Iterator[Article | Skipped]:
    """Every article under ``paths`` (files, or folders searched recursively for ``.txt``,
    ``.html`` and dumps), with distinct ids (:class:`Ids`)."""
    seen: set = set()
    ids = Ids()
    for path in paths:
        if not os.path.lexists(path):
            yield Skipped(display(path), "no such file or folder")
            continue
        for file in _files(path, seen):
            if is_dump(file):
                for item in read_jsonl(file):
                    yield item if isinstance(item, Skipped) else ids.assign(item)
                continue
            ident, note = ids.claim(article_id(file), display(file))
            try:
                article = read_article(file, ident)
            except (OSError, ValueError) as err:
                yield Skipped(display(file), str(err))
                continue
            if note:
                article.notes.append(note)
            yield article


# ------------------------------------------------------------------------------ dumps
class _Capped(io.RawIOBase):
    """A stream that ends after ``cap`` bytes (``hit`` then says so)."""

    def __init__(self, stream, cap: int | None):
        self.stream, self.cap, self.count, self.hit = stream, cap, 0, False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        view = memoryview(buffer)
        if self.cap is not None:
            room = self.cap - self.count
            if room <= 0:
                self.hit = True
                return 0
            view = view[:room]
        n = self.stream.readinto(view)
        self.count += n or 0
        return n or 0


def _record(record: dict, where: str) -> Article:
    """The article of one parsed dump line; ``ValueError`` when it has no usable text or id."""
    notes: list[str] = []
    text = record.get("text")
    ident = record.get("id")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("no 'text'" if text is None else "'text' is not a non-empty string")
    if isinstance(ident, bool) or not isinstance(ident, (str, int)):
        raise ValueError("no 'id'" if ident is None else "'id' is not a string or a number")
    ident, id_notes = _clean_id(str(ident))  # an id is taken as it is written, but cleaned
    if not ident:
        raise ValueError("no 'id'")
    notes += [f"id: {n}" for n in id_notes]
    title = record.get("title")
    if isinstance(title, str) and title.strip():
        text = f"{title}\n{text}"
    text, text_notes = clean(unescape_entities(text))
    notes += text_notes
    text = _cap(text, notes)
    raw_url = record.get("url")
    url = safe_url(raw_url)
    if raw_url and url is None:
        notes.append("'url' is not an http(s) URL an IRI can hold: not kept")
    lang = record.get("lang")
    if lang is not None and not (isinstance(lang, str) and re.fullmatch(r"[A-Za-z]{2,3}", lang.strip())):
        notes.append("'lang' is not a language code: detected instead")
        lang = None
    published = record.get("published")
    if isinstance(published, int) and not isinstance(published, bool):
        published = str(published)
    if not (isinstance(published, str) and re.match(r"^\d{4}(-\d\d(-\d\d)?)?", published)):
        published = None
    return Article(
        id=ident,
        text=text,
        url=url,
        lang=lang.strip().lower() if lang else None,
        source=where,
        published=published[:10] if published else None,
        notes=notes,
    )


def read_jsonl(path: Path) -> Iterator[Article | Skipped]:
    """Articles of a JSON Lines dump (``.jsonl`` or ``.jsonl.gz``), one object a line with ``id``,
    ``text`` and optionally ``url``, ``lang``, ``published`` (ISO date) and ``title``.

    Each line is read on its own: a bad line (not UTF-8, not JSON, nested too deep, longer than
    ``MAX_LINE_BYTES``, no text or id) is skipped with its line number; the rest is read. A dump
    whose bad lines pass ``MAX_BAD_LINES`` and outnumber its good ones is not read further; a
    ``.gz`` dump stops expanding at ``MAX_EXPANSION`` times its size.
    """
    import gzip
    import zlib

    name = display(path)
    try:
        raw = _open_regular(path)
    except ValueError as err:
        yield Skipped(name, str(err))
        return
    number = good = bad = 0
    unnamed = 0
    with raw:
        cap = None
        stream = raw
        if path.name.lower().endswith(".gz"):
            stream = gzip.GzipFile(fileobj=raw, mode="rb")
            cap = max(MAX_DUMP_FLOOR, MAX_EXPANSION * os.fstat(raw.fileno()).st_size)
        capped = _Capped(stream, cap)
        buffered = io.BufferedReader(capped, 1 << 16)
        try:
            head = buffered.peek(4)[:4]
            wide = next((enc for bom, enc in _BOMS if head.startswith(bom) and enc != "utf-8"), None)
            lines = _wide_lines(buffered, wide) if wide else _lines(buffered)  # (line, too long)
            for number, (line, too_long) in enumerate(lines, 1):
                if capped.hit and (too_long or not line.endswith(b"\n" if isinstance(line, bytes) else "\n")):
                    break  # the line the expansion cap cut
                where = f"{name}:{number}"
                if too_long:
                    reason = f"a line longer than {MAX_LINE_BYTES:,} bytes"
                else:
                    try:
                        article = _parse_line(line)
                    except ValueError as err:
                        reason = str(err)
                    else:
                        if article is not None:
                            article.source = where
                            good += 1
                            yield article
                        continue
                bad += 1
                if bad <= MAX_NAMED_LINES:
                    yield Skipped(where, reason)
                else:
                    unnamed += 1
                if bad > MAX_BAD_LINES and bad > good:
                    yield Skipped(
                        name,
                        f"more than {MAX_BAD_LINES:,} bad lines and fewer good ones: "
                        f"not read after line {number:,}",
                    )
                    break
        except (OSError, EOFError, zlib.error, MemoryError) as err:
            yield Skipped(name, f"cannot read the dump after line {number:,}: {err or type(err).__name__}")
        if unnamed:
            yield Skipped(name, f"{unnamed:,} more bad lines (the first {MAX_NAMED_LINES} are named)")
        if capped.hit:
            yield Skipped(
                name,
                f"expands to more than {MAX_EXPANSION} times its size (past {MAX_DUMP_FLOOR:,} bytes): "
                f"not read after line {number:,}",
            )


def _lines(stream) -> Iterator[tuple[bytes, bool]]:
    """Lines of a byte stream, each at most ``MAX_LINE_BYTES`` (a longer one is read through and
    given as ``(first part, True)``)."""
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while True:  # read through the rest of the line in bounded pieces
                more = stream.readline(MAX_LINE_BYTES)
                if not more or more.endswith(b"\n"):
                    break
            yield line[:64], True
            continue
        yield line, False


def _wide_lines(stream, encoding: str) -> Iterator[tuple[str, bool]]:
    text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline=None)
    limit = MAX_LINE_BYTES // (4 if "32" in encoding else 2)
    while True:
        line = text.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith("\n"):
            while True:
                more = text.readline(limit)
                if not more or more.endswith("\n"):
                    break
            yield line[:64], True
            continue
        yield line.lstrip("\ufeff"), False


def _parse_line(line: bytes | str) -> Article | None:
    """The article of one dump line; None for a blank line; ``ValueError`` saying why it is bad."""
    if isinstance(line, bytes):
        if line.startswith(b"\xef\xbb\xbf"):  # a BOM: the dump's first line, or dumps put end to end
            line = line[3:]
        if not line.strip():
            return None
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as err:
            raise ValueError(f"bad line: not UTF-8 (byte {err.start + 1} of the line)") from None
    elif not line.strip():
        return None
    import json

    try:
        record = json.loads(line)
    except RecursionError:
        raise ValueError("bad JSON line: nested too deeply") from None
    except ValueError as err:
        raise ValueError(f"bad JSON line: {err}") from None
    if not isinstance(record, dict):
        raise ValueError("bad JSON line: not a JSON object")
    try:
        return _record(record, "")
    except ValueError as err:
        raise ValueError(f"bad JSON line: {err}") from None
