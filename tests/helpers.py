"""What many tests need, written once: the repository's paths, the ``kg`` command run as a user
runs it, and a free loopback port.

>>> (ROOT / "pyproject.toml").is_file(), SEEDS.name, DEV.relative_to(ROOT).as_posix()
(True, 'seeds', 'tests/data/dev')
>>> kg("--version").returncode
0
>>> 1024 <= free_port() <= 65535
True
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path

__all__ = [
    "DEV",
    "KG",
    "ROOT",
    "SEEDS",
    "UNLABELLED",
    "add_copies",
    "assert_posts",
    "case_rows",
    "editable_corpus",
    "extracted",
    "figures",
    "free_port",
    "kg",
    "positions",
    "probe_cases",
    "sentence_metrics",
]

ROOT = Path(__file__).resolve().parents[1]  # the repository
SEEDS = ROOT / "seeds"  # five real articles
DEV = ROOT / "tests" / "data" / "dev"  # gold articles shipped with the tests
UNLABELLED = ROOT.parent / "shared" / "corpus" / "unlabelled" / "articles.jsonl"
KG = [sys.executable, "-m", "kg"]  # the command, with the interpreter running the tests


def kg(
    *args,
    cwd: Path = ROOT,
    check: bool = True,
    ok: tuple[int, ...] = (0,),
    timeout: float | None = None,
    **kwargs,
) -> subprocess.CompletedProcess[str]:
    """Run ``kg ARGS`` in a process from ``cwd`` (the repository), output captured as text. With
    ``check``, an exit code not in ``ok`` fails the test with kg's standard error."""
    proc = subprocess.run(
        [*KG, *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=timeout, **kwargs
    )
    if check and proc.returncode not in ok:
        raise AssertionError(f"kg {' '.join(map(str, args))} exited {proc.returncode}: {proc.stderr[-3000:]}")
    return proc


def free_port() -> int:
    """A loopback TCP port nobody listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def add_copies(corpus: Path, times: int) -> None:
    """``times`` edited copies of every article of ``corpus`` (enough articles for the worker pool
    to start); each copy ends with its own line, so nothing is deduplicated away."""
    for k in range(times):
        for f in sorted(corpus.glob("*.txt")):
            if not f.name.startswith("copy"):
                (corpus / f"copy{k}-{f.name}").write_text(
                    f.read_text(encoding="utf-8") + f"\n({k})\n", encoding="utf-8"
                )


def editable_corpus(folder: Path, dev: tuple[str, ...] = ()) -> Path:
    """``folder/corpus``: copies of the five seed articles and of the dev articles named in
    ``dev`` (ids; those the dev set lacks are passed over), as files a test may edit."""
    d = folder / "corpus"
    d.mkdir()
    for f in sorted(SEEDS.glob("*.txt")):
        shutil.copy(f, d)
    for name in dev:
        if (DEV / f"{name}.txt").exists():
            shutil.copy(DEV / f"{name}.txt", d)
    return d


# ---------------------------------------------------------------- extraction
def case_rows(name: str) -> list[list[str]]:
    """The rows of a table of test cases, ``tests/data/cases/<name>`` (read as kg reads its data
    files: tab-separated, ``#`` comments)."""
    from kg import tables

    return tables.rows(ROOT / "tests" / "data" / "cases" / name)


def extracted(text: str, lang: str | None = None, url: str | None = None, published: str | None = None):
    """The :class:`~kg.model.Extraction` of one article ``t`` of ``text`` (language detected when
    ``lang`` is None)."""
    from kg.extract import extract
    from kg.model import Article

    return extract(Article("t", text, url=url, lang=lang, published=published))


def probe_cases(probe: dict, left: dict) -> list:
    """The ``pytest.param``s of a probe, ``probe[name] = (want, {language: text})``: ``(language, text, want)``, its
    id ``name-language``, a strict xfail with the reason ``left[name, language]`` where kg still gets it wrong."""
    import pytest

    return [
        pytest.param(
            lang,
            text,
            want,
            id=f"{name}-{lang}",
            marks=[pytest.mark.xfail(strict=True, reason=left[name, lang])] if (name, lang) in left else [],
        )
        for name, (want, texts) in probe.items()
        for lang, text in texts.items()
    ]


def positions(x, name: str) -> set[tuple[str, str, str | None]]:
    """The posts of the official ``name`` of an extraction, as (role, org, level)."""
    official = next(o for o in x.officials if o.name == name)
    return {(p.role, p.body.org, p.body.level) for p in official.positions}


def placed_posts(text: str, lang: str) -> dict[str, set[tuple[str, str, str | None, str | None]]]:
    """Each official's posts in ``text``, as (role, org, level, place)."""
    return {
        o.name: {(p.role, p.body.org, p.body.level, p.body.place) for p in o.positions}
        for o in extracted(text, lang).officials
    }


def meetings_of(text: str, lang: str, url: str | None = None) -> list[tuple]:
    """Each meeting in ``text``, as (date, organiser's org, organiser's place)."""
    return [
        (m.date, m.organizer.org if m.organizer else None, m.organizer.place if m.organizer else None)
        for m in extracted(text, lang, url=url).meetings
    ]


def _fits(post: tuple, pattern: tuple) -> bool:
    """``post`` (role, org, level) is ``pattern``, whose parts ``*`` stand for any."""
    return all(q == "*" or p == q for p, q in zip(post, pattern, strict=True))


def assert_posts(
    lang: str,
    detected: bool,
    text: str,
    want: dict[str, set],
    among: dict[str, set],
    absent: dict[str, set] | None = None,
    only: bool = False,
) -> None:
    """``text``, in ``lang`` (given, or ``detected``), names each official of ``want`` with exactly
    those posts (role, org, level), each of ``among`` with those posts among others, and each of
    ``absent`` without any of those posts (a part ``*`` of an absent post: any role, org or level);
    with ``only``, it names no other official."""
    x = extracted(text, lang=None if detected else lang)
    absent = absent or {}
    assert x.article.lang == lang
    assert {name: positions(x, name) for name in want} == want
    assert {name: positions(x, name) & posts for name, posts in among.items()} == among
    held = {
        name: {p for p in positions(x, name) if any(_fits(p, q) for q in posts)}
        for name, posts in absent.items()
    }
    assert held == {name: set() for name in absent}
    if only:
        assert {o.name for o in x.officials} == set(want) | set(among) | set(absent)


def sentence_metrics(text: str, lang: str) -> list:
    """The metrics ``kg.extract.metrics`` finds in ``text`` read as one sentence of a ``lang``
    article (the figure rules alone, without the rest of the extraction)."""
    import importlib

    from kg.lang import load_pack
    from kg.text import Sentence, fold

    metrics = importlib.import_module("kg.extract.metrics")
    s = Sentence(text, 0, 0)
    return metrics.find_metrics(s, fold(s), load_pack(lang))


def figures(text: str, lang: str) -> list[tuple[float, str]]:
    """The figures of one sentence, as (value, unit), in the order the text writes them."""
    return [(m.value, m.unit) for m in sentence_metrics(text, lang)]
