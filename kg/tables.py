"""The one reader of kg's data files (``kg/data/*``, the language packs ``kg/lang/<code>/*``).

Every such file is UTF-8 text where a line whose first non-blank character is ``#`` is a comment
and blank lines are ignored. What is left is read one of three ways:

- :func:`lines`: each line, stripped (``known_officials.txt``: one name a line);
- :func:`rows`: each line split on tabs, cells stripped (``roles.tsv``, ``title_rules.tsv``);
- :func:`words`: every white-space separated word (``central_orgs.txt``, ``vi_syllables.txt``).

Comments are dropped *before* a line is split, so the words of a comment are never data.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "orgs.txt"
>>> _ = p.write_text("# org codes whose level is always central\\npolitburo  secretariat\\n\\n  # indented comment\\nministry\\n")
>>> words(p)
['politburo', 'secretariat', 'ministry']
>>> lines(p)
['politburo  secretariat', 'ministry']
>>> rows(p.with_name("missing.tsv"))
[]
"""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

__all__ = ["data_path", "lines", "numbered_rows", "rows", "words"]

PathLike = str | Path | Traversable


def data_path(*parts: str) -> Traversable:
    """A file shipped in the package: ``data_path("data", "central_orgs.txt")`` is
    ``kg/data/central_orgs.txt``, wherever kg is installed."""
    here = resources.files("kg")
    for part in parts:
        here = here / part
    return here


def _text(path: PathLike, missing_ok: bool) -> str:
    p = Path(path) if isinstance(path, str) else path
    if missing_ok and not p.is_file():
        return ""
    return p.read_text(encoding="utf-8")


def _numbered(path: PathLike, missing_ok: bool) -> list[tuple[int, str]]:
    """(line number in the file, line as written) of the lines that are neither blank nor comments."""
    return [
        (number, line)
        for number, line in enumerate(_text(path, missing_ok).splitlines(), 1)
        if line.strip() and not line.lstrip().startswith("#")
    ]


def _content(path: PathLike, missing_ok: bool) -> list[str]:
    return [line for _, line in _numbered(path, missing_ok)]


def lines(path: PathLike, missing_ok: bool = True) -> list[str]:
    """The stripped lines of a data file that are neither blank nor comments (a missing file is
    empty unless ``missing_ok`` is false)."""
    return [line.strip() for line in _content(path, missing_ok)]


def rows(path: PathLike, missing_ok: bool = True) -> list[list[str]]:
    """The lines of a data file split on tabs (an empty first cell is kept), each cell stripped."""
    return [[cell.strip() for cell in line.split("\t")] for line in _content(path, missing_ok)]


def numbered_rows(path: PathLike, missing_ok: bool = True) -> list[tuple[int, list[str]]]:
    """:func:`rows` with the line number each comes from, for messages about a bad line.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "g.tsv"
    >>> _ = p.write_text("# wording<TAB>features\\n\\nchair\\trole head\\n")
    >>> numbered_rows(p)
    [(3, ['chair', 'role head'])]
    """
    return [(n, [cell.strip() for cell in line.split("\t")]) for n, line in _numbered(path, missing_ok)]


def words(path: PathLike, missing_ok: bool = True) -> list[str]:
    """The white-space separated words of a data file's lines, in order."""
    return [w for line in lines(path, missing_ok) for w in line.split()]
