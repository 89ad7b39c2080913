"""The library API behind every ``kg`` command."""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg import formats
from kg.errors import QueryError
from kg.mint import EntityIndex, Minted, content_hash
from kg.reader import DUMP_SUFFIXES, MAX_ID_CHARS, TEXT_SUFFIXES, Skipped, display
from kg.resolve import merge_identities
from kg.store import (
    ENTITIES_GRAPH,
    MANIFEST_GRAPH,
    ONTOLOGY_GRAPH,
    Entry,
    Manifest,
    Tallies,
    article_ids,
    drop_orphans,
    file_key,
    forget_entity,
    is_internal,
    ontology_dir,
    open_tallies,
    recount,
    replace_article,
    set_whole,
    stored_article,
    stored_index,
    tallies_left_uncounted,
    write_quads,
)

__all__ = [
    "EXPORT_FORMATS",
    "RESULT_FORMATS",
    "BuildReport",
    "QueryError",
    "build",
    "export",
    "format_results",
    "load",
    "query",
    "remove",
    "stats",
    "validate",
]

EXPORT_FORMATS = {f.name: f.rdf for f in formats.FORMATS if f.kind == "rdf"}  # see kg.formats
RESULT_FORMATS = tuple(formats.names("results"))


@dataclass
class BuildReport:
    articles: int = 0  # articles extracted and stored
    unchanged: int = 0  # articles skipped because their stored content hash is the same
    triples: int = 0  # quads written
    skipped: list[Skipped] = field(default_factory=list)  # files not used, with the reason
    partial: list[Skipped] = field(default_factory=list)  # files used only in part, with the reason
    built: list[str] = field(default_factory=list)  # ids stored by this build, in order
    cpu: dict[str, float] = field(default_factory=dict)  # CPU seconds: "main" (this process, every
    # thread: the store's too), "workers", "store" (this thread in the store's bulk loads and loads)
    # and "serial" (this thread outside them: reading the manifest, identities, bookkeeping)

    @property
    def ok(self) -> bool:
        return not self.skipped and not self.partial


# ------------------------------------------------------------------------------------ build
@dataclass
class _Unchanged:
    id: str
    hash: str
    source: str
    stat: tuple[int, int] | None


def _work(task: tuple) -> Minted | _Unchanged | Skipped:
    """Run in a worker process: read (a file) or take (a JSON Lines record) one article, extract
    it and mint its graph; or say it is unchanged (same content hash) or why it was skipped."""
    from kg.extract import extract
    from kg.mint import mint_article
    from kg.reader import read_article

    kind, what, stat, expected, ident = task
    if kind == "file":
        try:
            article = read_article(Path(what), ident)
        except (OSError, ValueError) as err:
            return Skipped(display(what), str(err))
    else:
        article = what
    digest = content_hash(article.text)
    if digest == expected:
        return _Unchanged(article.id, digest, article.source or article.id, stat)
    budget = time_budget(article.text)
    _warm_up(extract, mint_article)
    try:
        with _budget(budget):
            minted = mint_article(extract(article))
    except _OverBudget:
        return Skipped(
            article.source or article.id,
            f"extraction took more than {budget:g} s (the time budget of an article of "
            f"{len(article.text):,} characters; KG_TIME_BUDGET sets it): skipped",
        )
    except Exception as err:
        return Skipped(article.source or article.id, f"extraction failed: {err!r}")
    minted.stat = stat
    return minted


_warm = False


def _warm_up(extract, mint_article) -> None:
    """Load what extraction loads once per process (packs, the gazetteer, their libraries) before
    any time budget runs: the first article is not charged for it, and no import is cut midway."""
    global _warm
    if not _warm:
        _warm = True
        from kg.model import Article

        try:
            mint_article(
                extract(Article("warm-up", "Comrade Nguyen Van An, Secretary, chaired the meeting."))
            )
        except Exception:
            pass


class _OverBudget(Exception):
    """An article's extraction ran past its time budget."""


def time_budget(text: str) -> float:
    """Seconds one article may take to extract and mint: ``KG_TIME_BUDGET`` if set, else 60 s plus
    150 s per million characters (extraction is linear in the text: about 50 s per million)."""
    fixed = os.environ.get("KG_TIME_BUDGET")
    if fixed:
        try:
            return max(0.001, float(fixed))
        except ValueError:
            pass
    return 60.0 + 150.0 * len(text) / 1_000_000


class _budget:
    """Raise :class:`_OverBudget` in this thread once ``seconds`` have passed (a real-time timer
    signal; only the main thread of a process can take one, elsewhere there is no limit)."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.previous = None

    def __enter__(self):
        import signal
        import threading

        if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGALRM, self._expired)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    @staticmethod
    def _expired(signum, frame):
        raise _OverBudget

    def __exit__(self, *exc) -> None:
        import signal

        if self.previous is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)


def _work_chunk(tasks: list[tuple]) -> tuple[list, float]:
    """A worker's share: the results of ``tasks`` and the CPU seconds they took in the worker."""
    import time

    start = time.process_time()
    out = [_work(t) for t in tasks]
    return out, time.process_time() - start


def _worker_start() -> None:
    """Each worker loads what extraction needs once, before its first task (the forkserver has
    imported the modules already: see :func:`_pool`)."""
    from kg.extract import extract, settle
    from kg.mint import mint_article

    _warm_up(extract, mint_article)
    settle()  # the collector tuned for a process that extracts many articles


def _tasks(paths, manifest: Manifest, report: BuildReport, progress) -> Iterator[tuple]:
    """What the workers must do, in order; files unchanged since the manifest are counted here
    without being opened (one ``stat`` each, a few dictionary look-ups, no store query)."""
    from kg.reader import DUMP_SUFFIXES, Ids, read_jsonl

    seen: set = set()
    ids = Ids()  # distinct ids: the same id (or IRI) in two inputs is reported, both are kept
    for p in paths:
        path = Path(p)
        if not path.exists():
            report.skipped.append(Skipped(str(path), "no such file or folder"))
            continue
        for file, name, key in _scan(path, seen):
            if name.lower().endswith(DUMP_SUFFIXES):
                for item in read_jsonl(Path(file)):
                    if isinstance(item, Skipped):
                        report.skipped.append(item)
                        if progress:
                            progress(item.path)
                        continue
                    item.id, note = ids.claim(item.id, item.source or item.id)
                    if note:
                        report.partial.append(Skipped(item.source or item.id, note))
                    entry = manifest.by_id.get(item.id)
                    if entry is not None and entry.hash == content_hash(item.text):
                        report.unchanged += 1
                        if progress:
                            progress(item.source or item.id)
                        continue
                    yield ("article", item, None, None, None)
                continue
            shown, raw = _name(file, name)
            if shown is not file:  # an unusual name: the key as the reader would make it
                key = file_key(shown)
            ident, note = ids.claim(raw, shown)
            if note:
                report.partial.append(Skipped(shown, note))
            try:
                st = os.stat(file)
            except OSError as err:
                report.skipped.append(Skipped(shown, str(err)))
                continue
            stat = (st.st_size, st.st_mtime_ns)
            if manifest.unchanged(key, *stat) == ident:  # the key as the manifest records it
                report.unchanged += 1
                if progress:
                    progress(shown)
                continue
            entry = manifest.by_id.get(ident)
            yield ("file", file, stat, entry.hash if entry else None, ident)


def _scan(path: Path, seen: set) -> Iterator[tuple[str, str, str]]:
    """:func:`kg.reader.walk` with each file's absolute path (:func:`kg.store.file_key`), made
    once per folder, not per file."""
    from kg.reader import _files, walk

    if not path.is_dir():
        for f in _files(path, seen):
            yield str(f), f.name, file_key(display(f))
        return
    prefixes: dict[str, str] = {}
    for file, name, folder in walk(str(path), seen):
        if not folder:  # a folder that cannot be listed
            yield file, name, file_key(display(file))
            continue
        prefix = prefixes.get(folder)
        if prefix is None:
            prefix = prefixes[folder] = os.path.join(os.path.abspath(folder), "")
        yield file, name, prefix + name


def _name(file: str, name: str) -> tuple[str, str]:
    """The file as it is printed and recorded (:func:`kg.reader.display`) and its article id
    (:func:`kg.reader.article_id`); a plain name (printable, no undecodable byte, not too long)
    takes neither function's slow path, and its file is returned as it is."""
    if file.isprintable():  # no lone surrogate (an undecodable byte), no Cc/Cf character
        lower = name[-9:].lower()
        for suffix in _SUFFIXES:
            if lower.endswith(suffix) and len(name) > len(suffix):
                stem = name[: -len(suffix)]
                if len(stem) <= MAX_ID_CHARS:
                    return file, stem
                break
    from kg.reader import article_id

    return display(file), article_id(Path(file))


_SUFFIXES = (*TEXT_SUFFIXES, *DUMP_SUFFIXES)  # as the reader tries them (kg.reader.article_id)


def _results(tasks: Iterator[tuple], jobs: int, report: BuildReport, chunk: int = 8) -> Iterator:
    """Worker results in task order. At most ``16 * jobs`` chunks are in flight (a few MB), so memory
    does not grow with the corpus, and the workers have a second or so of work queued while this
    process bulk-loads a batch; a handful of tasks is run in this process (no pool to start), and no
    pool starts (nor any pack loads) while every file is unchanged; while it starts, tasks are
    taken on (:class:`_Starting`). ``report.cpu["workers"]`` adds up the CPU seconds the workers
    spent."""
    first = list(itertools.islice(tasks, 4 * chunk))
    if jobs <= 1 or len(first) < 4 * chunk:
        for t in itertools.chain(first, tasks):
            yield _work(t)
        return
    import threading
    from collections import deque

    starting = _Starting(jobs)  # in a thread (~1 s: the forkserver loads extraction), while
    threading.Thread(target=_warm_identities, daemon=True).start()  # identities load
    report.cpu["workers"] = 0.0
    try:
        first += starting.meanwhile(tasks)  # and the scan goes on (a rebuild's unchanged files)
        pool = starting.pool()
        window: deque = deque()
        everything = itertools.chain(first, tasks)
        while True:
            part = list(itertools.islice(everything, chunk))
            if part:
                window.append(pool.apply_async(_work_chunk, (part,)))
            while window and (len(window) > 16 * jobs or not part):
                results, cpu = window.popleft().get()
                report.cpu["workers"] += cpu
                yield from results
            if not part:
                break
    finally:
        starting.close()


class _Starting:
    """A pool of ``jobs`` workers started in a thread (:func:`_pool`: about a second, the forkserver
    importing and loading extraction), while this one reads on: :meth:`meanwhile` takes tasks until
    the pool is up (at most :data:`_AHEAD` of them, or :data:`_AHEAD_BYTES` of texts to extract), so
    that a rebuild's scan of its unchanged files is not left for after the start."""

    def __init__(self, jobs: int) -> None:
        import threading

        self._pool = None
        self._error: BaseException | None = None
        self._closed = False
        self._lock = threading.Lock()
        self.ready = threading.Event()
        threading.Thread(target=self._start, args=(jobs,), daemon=True).start()

    def _start(self, jobs: int) -> None:
        try:
            pool = _pool(jobs)
        except BaseException as err:  # given to the build's thread by :meth:`pool`
            self._error = err
        else:
            with self._lock:
                self._pool = pool
                if self._closed:  # the build stopped while the pool started
                    pool.terminate()
        self.ready.set()

    def meanwhile(self, tasks: Iterator[tuple]) -> list[tuple]:
        """Tasks taken from ``tasks`` until the pool is up (or enough are waiting)."""
        taken: list[tuple] = []
        size = 0
        ready = self.ready.is_set
        while not ready() and len(taken) < _AHEAD and size < _AHEAD_BYTES:
            task = next(tasks, None)
            if task is None:
                break
            taken.append(task)
            if task[0] == "article":
                size += len(task[1].text)
        return taken

    def pool(self):
        """The pool, once started (the error that stopped it raised here)."""
        self.ready.wait()
        if self._error is not None:
            raise self._error
        return self._pool

    def close(self) -> None:
        """Terminate the pool, now or as soon as it is up."""
        with self._lock:
            self._closed = True
            pool = self._pool
        if pool is not None:
            pool.terminate()


_AHEAD = 4096  # tasks (a file's is its path) taken while the pool starts
_AHEAD_BYTES = 16 << 20  # characters of articles (JSON Lines) taken while the pool starts


def _warm_identities() -> None:
    """Load what deciding identities reads once (the gazetteer, the shipped lists of officials)
    while the pool starts, so that the first article's identities do not wait for it."""
    from kg import gazetteer
    from kg.resolve import known_officials, local_officials

    gazetteer.province_key("Ha Noi")
    gazetteer.districts()
    gazetteer.successor("Ha Noi")
    known_officials()
    local_officials()


def _pool(jobs: int):
    """``jobs`` worker processes forked from a server that has imported extraction once (forking
    this process, which holds the store's threads, is not safe) and loaded what it reads once
    (:mod:`kg.warm`): each starts warm, without importing or loading."""
    import multiprocessing

    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["kg.api", "kg.extract", "kg.mint", "kg.reader", "kg.warm"])
    return _quiet_pool()(jobs, initializer=_worker_start, context=ctx)


@functools.cache
def _quiet_pool():
    """:class:`multiprocessing.pool.Pool` whose thread that keeps the workers running wakes when a
    worker ends or the pool's tasks are done, not each time a result waits to be read: it waits on
    the results' pipe too, which stays readable until the thread that reads results has read it, so
    it spun meanwhile (0.4 ms of CPU per article, in the one process that decides identities)."""
    from multiprocessing.pool import Pool

    class QuietPool(Pool):
        def _get_sentinels(self):
            return [self._change_notifier._reader]

    return QuietPool


class _Writer:
    """Identities in order, then writes: new articles in bulk batches (articles first, then their
    manifest entries, then they are reported), edited ones replaced one transaction each."""

    def __init__(self, store, manifest: Manifest, report: BuildReport, on_built, progress, batch_quads: int):
        self.store = store
        self.manifest = manifest
        self.report = report
        self.on_built = on_built
        self.progress = progress
        self.batch_quads = batch_quads
        self._ids: EntityIndex | None = None
        self._tallies: Tallies | None = None
        self.pending: list[tuple[Minted, bytes, str, list, bytes]] = []  # (article, its N-Quads in
        # UTF-8, new entity records, its tally keys, its rows of the indicator series)
        self.touched: list[Entry] = []  # unchanged texts under a new mtime: only their entries change
        self.edited: list[Entry] = []  # edited articles replaced: their entries wait for the next
        # chunk (one chunk an edit made a rebuild of 1% of 100k articles compact the manifest), and
        # their reports for their entries
        self.size = 0
        self.seen: set[str] = set()
        self._articles: bool | None = None  # whether the store held articles when the build began

    @property
    def identities(self) -> EntityIndex:
        if self._ids is None:  # only when something must be written; read from the store as needed
            self._ids = stored_index(self.store)
            self._tallies = open_tallies(self.store)  # before anything is written
        return self._ids

    @property
    def tallies(self) -> Tallies:
        if self._tallies is None:
            self._tallies = open_tallies(self.store)
        return self._tallies

    def _entry(self, m: Minted | _Unchanged) -> Entry:
        size, mtime = m.stat or (0, 0)
        source = file_key(m.source) if m.stat else (m.source or m.id)
        return Entry(m.hash, size, mtime, m.id, source)

    def add(self, item) -> None:
        if isinstance(item, Skipped):
            self.report.skipped.append(item)
        elif isinstance(item, _Unchanged):
            self.report.unchanged += 1
            self.touched.append(self._entry(item))
            if len(self.touched) >= 1000:
                self.flush()
        else:
            self._article(item)
        if self.progress:
            self.progress(getattr(item, "source", None) or getattr(item, "path", None) or item.id)

    def _stored_before(self, m: Minted) -> bool:
        """Whether the store holds the article's graph: written by this build, in the manifest, or
        (a store that held articles before: ``kg load``, a build that stopped) in the store itself.
        A store that held none is not asked (a look-up costs ~0.3 ms among fresh bulk loads)."""
        if m.id in self.seen or m.id in self.manifest.by_id:
            return True
        if self._articles is None:  # before this build wrote any article
            graphs = (
                list(itertools.islice(self.store.named_graphs(), 65))
                if isinstance(self.store, ox.Store)
                else []
            )
            self._articles = len(graphs) in (0, 65) or any(  # (a server, or too many to look through)
                not is_internal(g.value) and g.value not in (ENTITIES_GRAPH, ONTOLOGY_GRAPH) for g in graphs
            )
        return self._articles and self.store.contains_named_graph(ox.NamedNode(m.graph))

    def _article(self, m: Minted) -> None:
        if self._articles is None:
            self._stored_before(m)
        text, entities, keys, series = self.identities.finish_all(m)
        exists = self._stored_before(m)
        self.seen.add(m.id)
        self.report.articles += 1
        self.report.triples += m.quads if text is m.nquads else text.count(b"\n")  # (as filled in the worker)
        if m.notes:
            self.report.partial.append(Skipped(m.source or m.id, "; ".join(m.notes)))
        if exists:
            self.flush(entries=False)  # the new articles before it are written first
            lines: set[str] = set()  # the stored graph's triples: only those that differ change
            named, old = stored_article(self.store, m.id, lines)
            tallies = self.tallies  # what the stored graph counted for and this one does not, and back
            tallies.remove(m.graph, old.difference(k[:5] for k in keys))
            tallies.add(m.graph, [k for k in keys if k[:5] not in old])
            text = text.decode("utf-8")
            line = self.manifest.line(self._entry(m)) if self.manifest.legacy else ""  # (its old entry
            # deleted with it); else in the next chunk, which later chunks override
            self._store(
                replace_article, self.store, m.id, text, entities, line, series.decode("utf-8"), lines
            )
            gone = {iri for iri in named if f"<{iri}>" not in text}
            for iri in drop_orphans(self.store, gone):
                forget_entity(self.identities, iri)
            if line:
                self._done(m.id)
                return
            self.edited.append(self._entry(m))
            if len(self.edited) >= 1000:
                self.flush()
            return
        self.pending.append((m, text, entities, keys, series))
        self.size += len(text)
        if self.size >= self.batch_quads * 200:  # ~200 bytes a quad
            self.flush()

    def flush(self, entries: bool = True) -> None:
        """Write the pending new articles, then one manifest chunk with their entries, those of the
        edited articles replaced since the last chunk and of the unchanged texts met, then report
        the edited and new articles in order. ``entries=False``: only when new articles wait."""
        if not self.pending:
            if entries and (self.touched or self.edited):
                self._entries([])
            return
        try:
            self._store(_bulk, self.store, self._batch())
        except (SyntaxError, ValueError):  # one bad article must not cost the batch
            for m, text, entities, _, series in self.pending:
                try:
                    _bulk(self.store, entities.encode("utf-8") + text + series)
                except (SyntaxError, ValueError) as err:
                    self.report.skipped.append(Skipped(m.source or m.id, f"cannot store: {err}"))
                    self.pending = [p for p in self.pending if p[0] is not m]
        tallies = self.tallies  # counted in memory, written at the end of the build
        for m, _, _, keys, _ in self.pending:
            tallies.add(m.graph, keys)
        self._entries([p[0] for p in self.pending])
        self.pending.clear()
        self.size = 0

    def _entries(self, new: list[Minted]) -> None:
        """One manifest chunk: the entries of the edited articles waiting, the unchanged texts met and
        the new articles ``new`` (just written); then the edited and new articles are reported."""
        edited = [e.id for e in self.edited]
        chunk = self.manifest.chunk([*self.edited, *self.touched, *(self._entry(m) for m in new)])
        if chunk:
            self._store(self.store.load, chunk, format=ox.RdfFormat.N_QUADS)
        self.edited.clear()
        self.touched.clear()
        for article_id in edited:
            self._done(article_id)
        for m in new:
            self._done(m.id)

    def _store(self, write, *args, **kwargs) -> None:
        """A write to the store, its CPU time (this thread's) counted as the store's."""
        import time

        start = time.thread_time()
        try:
            write(*args, **kwargs)
        finally:
            self.report.cpu["store"] += time.thread_time() - start

    def _batch(self) -> bytes:
        """The pending articles' new entity records, their graphs and their rows of the indicator
        series, as one N-Quads text."""
        pending = self.pending
        return b"".join(
            [
                "".join([p[2] for p in pending]).encode("utf-8"),
                *[p[1] for p in pending],
                *[p[4] for p in pending],
            ]
        )

    def _done(self, article_id: str) -> None:
        self.report.built.append(article_id)
        if self.on_built:
            self.on_built(article_id)


def _bulk(store, data: bytes) -> None:
    """N-Quads into the store: bulk-loaded, or loaded in one transaction when they are few
    (:func:`kg.store.write_quads`)."""
    write_quads(store, data)


def build(
    paths: list[str | Path],
    store: ox.Store,
    progress: Callable[[str], None] | None = None,
    on_built: Callable[[str], None] | None = None,
    jobs: int = 1,
    batch: int = 20000,
) -> BuildReport:
    """Read, extract and store every article under ``paths``.

    A file whose size and mtime are those the manifest recorded is skipped without being read; an
    article whose text is unchanged (content hash) is skipped; an edited one replaces its named
    graph in one transaction; new articles are bulk-loaded about ``batch`` quads at a time, and
    reported (``on_built(id)``) once they and their manifest entries are stored. ``jobs`` worker
    processes read, extract and mint; identities are resolved in order, in this process.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a1.txt").write_text("Comrade Nguyen Van An, Secretary of the Provincial Party Committee, chaired the meeting.")
    >>> from kg.store import open_store
    >>> store = open_store()
    >>> build([folder], store).articles
    1
    >>> build([folder], store).unchanged
    1
    """
    import time

    start, own = time.process_time(), time.thread_time()
    report = BuildReport(cpu={"store": 0.0})
    manifest = Manifest.load(store)  # one pass: a few hundred quads
    written = manifest.chunks
    writer = _Writer(store, manifest, report, on_built, progress, batch)
    for item in _results(_tasks(paths, manifest, report, progress), jobs, report):
        writer.add(item)
    writer.flush()
    if writer._tallies is None and tallies_left_uncounted(store):
        writer.tallies  # noqa: B018 (a build that stopped before its tallies: they are counted again)
    if writer._tallies is not None:
        writer._tallies.write(whole=False, call=writer._store)
    if writer._ids is not None:  # people found to be one once a central post was seen
        merges = writer._ids.resolver.take_merges()
        merge_identities(store, merges)
        if merges:  # their tallies, keyed by the IRIs merged, counted again
            recount(store, sorted(set(merges.values())), gone=sorted(merges))
    if writer._tallies is not None:
        writer._store(set_whole, store, True)  # the tallies are whole again
    if manifest.needs_compaction:
        manifest.compact(store)
        written = -1
    if writer._ids is not None or manifest.chunks != written:  # nothing written, nothing to flush
        writer._store(store.flush)
    report.cpu["main"] = time.process_time() - start
    report.cpu["serial"] = time.thread_time() - own - report.cpu["store"]
    return report


def load(paths: list[str | Path], store: ox.Store, graph: str | None = None) -> BuildReport:
    """Bulk-load RDF files into the store: N-Quads (also Spark's ``part-*`` shards), TriG,
    JSON-LD, Turtle, N-Triples, RDF/XML or N3, by extension (``.gz`` looked through; a file with
    no known extension is read as N-Quads). Each named graph replaces the graph of the same name,
    one transaction per graph; triples of a graph-less format go to the default graph, or replace
    the named graph ``graph`` when given. ``report.articles`` counts the graphs loaded."""
    import gzip

    from kg.errors import FormatError

    report = BuildReport()
    target = ox.NamedNode(graph) if graph else None
    for shard in paths:
        path = Path(shard)
        try:
            fmt = formats.for_path(path, "rdf")
        except FormatError:
            fmt = formats.get("nquads")
        try:
            opener = gzip.open if path.name.endswith(".gz") else open
            with opener(path, "rb") as f:
                quads = list(ox.parse(f, format=fmt.rdf, rename_blank_nodes=True))
        except (OSError, SyntaxError, ValueError) as err:
            report.skipped.append(Skipped(str(path), f"not {fmt.rdf.name}: {' '.join(str(err).split())}"))
            continue
        by_graph: dict[str, list[ox.Quad]] = {}
        for q in quads:
            if target is not None and isinstance(q.graph_name, ox.DefaultGraph):
                q = ox.Quad(q.subject, q.predicate, q.object, target)
            by_graph.setdefault(str(q.graph_name), []).append(q)
        for graph_quads in by_graph.values():
            name = graph_quads[0].graph_name
            if isinstance(name, ox.DefaultGraph) or name.value in (ENTITIES_GRAPH, MANIFEST_GRAPH):
                store.extend(graph_quads)  # shared records: added to, never replaced
                report.triples += len(graph_quads)
                continue
            elif is_internal(name.value):  # tallies: counted again below
                continue
            elif store.contains_named_graph(name):
                triples = ox.serialize(
                    [ox.Triple(q.subject, q.predicate, q.object) for q in graph_quads],
                    format=ox.RdfFormat.N_TRIPLES,
                )
                store.update(
                    f"DROP SILENT GRAPH {name} ; INSERT DATA {{ GRAPH {name} {{ {triples.decode()} }} }}"
                )
            else:
                store.extend(graph_quads)
            report.articles += 1
            report.triples += len(graph_quads)
    if report.articles:  # the graphs replaced: their tallies counted again
        recount(store)
    store.flush()
    return report


def remove(store: ox.Store, article_ids: list[str]) -> list[str]:
    """Remove articles (their named graphs); returns the ids that were not in the store."""
    from kg.store import remove_articles

    return remove_articles(store, article_ids)


def query(store: ox.Store, sparql: str, params: dict | None = None):
    """Run a SPARQL query over the union of all graphs. kg's prefixes (``id:``, ``code:``, ``kg:``,
    ``schema:``…, :data:`kg.sparql.PREFIXES`) are predeclared. ``params`` binds variables of the
    SELECT (name -> RDF term, or a value as written after ``--param name=``, see
    :mod:`kg.canned`). A query that does not parse raises :class:`QueryError` with a one-line
    message at the user's own line and column.

    >>> from kg.store import open_store
    >>> store = open_store()
    >>> from kg.codes import SCHEMES  # the code lists: roles, orgs, levels, units, indicators, documents, meetings
    >>> [int(s["n"].value) for s in query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?c a skos:ConceptScheme }")] == [len(SCHEMES)]
    True
    >>> "Chair" in [s["l"].value for s in query(store, "SELECT ?c ?l WHERE { ?c skos:prefLabel ?l }", {"c": "code:role/chair"})]
    True
    """
    from kg.canned import term
    from kg.serve.guard import check_shape
    from kg.sparql import PREFIXES, escape_slashes, syntax_message, with_prefixes

    too_deep = check_shape(sparql, max_bytes=1 << 30)  # before Oxigraph's parser recurses
    if too_deep:
        raise QueryError(too_deep)
    kwargs: dict = {"use_default_graph_as_union": True}
    if params:
        kwargs["substitutions"] = {
            ox.Variable(k): (term(v, name=k) if isinstance(v, str) else v) for k, v in params.items()
        }
    shift = 0
    text, added = escape_slashes(sparql)  # code:role/chair as the table output writes it
    if isinstance(store, ox.Store):
        kwargs["prefixes"] = PREFIXES
    else:  # a SPARQL server: declare them in the text
        text, shift = with_prefixes(text)
    try:
        return store.query(text, **kwargs)
    except SyntaxError as err:
        raise QueryError(syntax_message(sparql, str(err), shift, added)) from None
    except RuntimeError as err:  # a substitution of a variable the SELECT does not project
        m = re.search(r"variable \?(\w+)", str(err))
        if params and m:
            raise QueryError(
                f"--param {m[1]}: the query has no ?{m[1]} among the variables it selects"
            ) from None
        raise QueryError(" ".join(str(err).split())) from None
    except (ValueError, OSError) as err:
        raise QueryError(" ".join(str(err).split())) from None


def format_results(results, fmt: str = "table") -> str:
    """:func:`serialize_results` as text."""
    return serialize_results(results, fmt).decode("utf-8")


def _short(value: str) -> str:
    """Prefixed name for display: ``code:role/chair`` instead of the full IRI."""
    from kg.sparql import PREFIXES

    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if value.startswith(ns):
            return f"{prefix}:{value[len(ns) :]}"
    return value


def export(store: ox.Store, fmt: str = "turtle", out: str | Path | None = None) -> bytes | None:
    """Serialise the store: ``turtle``, ``ntriples``, ``rdfxml``, ``n3`` (the triples of all
    graphs merged), ``trig``, ``nquads`` (one graph per article) or ``jsonld`` (one graph per
    article, compacted with an ``@context``); aliases such as ``ttl``, ``nq``, ``nt``, ``xml`` are
    taken (:mod:`kg.formats`). Writes to ``out`` when given, else returns the bytes."""
    from kg.store import is_internal

    f = formats.get(fmt, "rdf")
    quads = (q for q in store if not is_internal(getattr(q.graph_name, "value", None)))
    if out is not None and f.name in ("nquads", "trig"):
        return _stream_export(quads, f, Path(out))
    data = _write_graph(quads, f)
    if out is None:
        return data
    import tempfile

    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:  # a temporary file renamed over the target: a failed write leaves the previous file
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return None


@contextlib.contextmanager
def atomic_write(out: Path) -> Iterator:
    """A binary file that becomes ``out`` only once written and synced (a temporary file renamed
    over it): a failed write leaves the previous file."""
    import tempfile

    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _stream_export(quads, f: formats.Format, out: Path) -> None:
    """N-Quads / TriG written quad by quad into ``out`` (:func:`atomic_write`): the graph is never
    held in memory, and a failed write leaves the previous file."""
    from kg.sparql import PREFIXES

    with atomic_write(out) as fh:
        ox.serialize(quads, fh, format=f.rdf, **({"prefixes": PREFIXES} if f.name == "trig" else {}))


def stats(store: ox.Store) -> dict[str, int]:
    """Counts of articles, quads and each kind of fact (what each family of
    :data:`kg.families.FAMILIES` counts)."""
    from kg.families import FAMILIES

    def count(cls: str) -> int:
        q = f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a <{cls}> }}"
        return int(next(iter(query(store, q)))["n"].value)

    from kg.store import _series_graphs, _tally_graphs

    bookkeeping = sum(
        1
        for g in (MANIFEST_GRAPH, *_tally_graphs(store), *_series_graphs(store))
        for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(g))
    )
    return {
        "articles": len(article_ids(store)),
        "quads": len(store) - bookkeeping,
        **{name: count(cls) for family in FAMILIES for name, cls in family.counts.items()},
    }


def validate(store: ox.Store) -> tuple[bool, str]:
    """Check the graph against ``ontology/shapes.ttl`` with pyshacl: (conforms, report)."""
    import pyshacl
    import rdflib

    data = rdflib.Graph()
    data.parse(data=export(store, "ntriples").decode("utf-8"), format="nt")
    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes, inference="rdfs", allow_warnings=True)
    return bool(conforms), text


_ = ONTOLOGY_GRAPH


def serialize_results(results, fmt: str = "table") -> bytes:
    """Query results as bytes: SELECT and ASK results as ``table`` (kg's text table, IRIs shortened
    to prefixed names), ``json``, ``xml``, ``csv`` or ``tsv`` (the SPARQL 1.1 results formats, as
    Oxigraph writes them); CONSTRUCT and DESCRIBE results in an RDF format (``table`` gives
    Turtle, ``json`` JSON-LD, ``xml`` RDF/XML). Aliases are taken (``ttl``, ``nt``, ``srj``…)."""
    from kg.errors import FormatError

    f = output_format(fmt)
    if isinstance(results, ox.QueryBoolean) or hasattr(results, "variables"):
        if f.kind != "results":
            raise FormatError(
                f"{f.name} is for graphs (CONSTRUCT, DESCRIBE); results of SELECT and ASK are written as "
                f"{', '.join(formats.names('results'))}"
            )
        if f.results is not None:
            return results.serialize(format=f.results)
        return _table(results).encode("utf-8")
    return _write_graph(list(results), formats.graph_format(f))


def output_format(name: str) -> formats.Format:
    """What ``kg query --format NAME`` means: a results format, else an RDF format (aliases taken)."""
    from kg.errors import FormatError

    for kind in ("results", "rdf"):
        if name.strip().lower().lstrip(".") in formats.names(kind, aliases=True):
            return formats.get(name, kind)
    raise FormatError(
        f"unknown query output format {name!r}; choose from {', '.join(formats.names('results'))} "
        f"(SELECT, ASK) or {', '.join(formats.names('rdf'))} (CONSTRUCT, DESCRIBE)"
    )


def _table(results) -> str:
    if isinstance(results, ox.QueryBoolean):
        return "true\n" if bool(results) else "false\n"
    variables = [v.value for v in results.variables]
    rows = [["" if sol[v] is None else _short(sol[v].value) for v in variables] for sol in results]
    widths = [max([len(v)] + [min(len(r[i]), 60) for r in rows]) for i, v in enumerate(variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(variables, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for r in rows:
        lines.append("  ".join(c[:60].ljust(w) for c, w in zip(r, widths, strict=True)))
    lines.append(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _write_graph(items, fmt: formats.Format) -> bytes:
    """Triples or quads in ``fmt``: a graph-less format gets the triples of every graph merged
    (each once); Turtle, TriG and JSON-LD get kg's prefixes."""
    from kg.sparql import PREFIXES

    if not fmt.datasets:
        triples = {(x.subject, x.predicate, x.object) for x in items}
        data = [ox.Triple(*t) for t in sorted(triples, key=str)]
    else:
        data = items
    if fmt.name == "jsonld":
        return _jsonld_compact(ox.serialize(data, format=fmt.rdf), PREFIXES)
    kwargs = {"prefixes": PREFIXES} if fmt.name in ("turtle", "trig", "n3", "rdfxml") else {}
    return ox.serialize(data, format=fmt.rdf, **kwargs)


def _jsonld_compact(expanded: bytes, prefixes: dict[str, str]) -> bytes:
    """Oxigraph's expanded JSON-LD, compacted: an ``@context`` of kg's prefixes, IRIs written as
    prefixed names, ``rdf:type`` as ``@type`` and single values without their list.

    >>> data = b'[{"@id":"https://schema.org/a","http://www.w3.org/1999/02/22-rdf-syntax-ns#type":[{"@id":"https://schema.org/Person"}],"https://schema.org/name":[{"@value":"Mai"}]}]'
    >>> json.loads(_jsonld_compact(data, {"schema": "https://schema.org/"}))
    {'@context': {'schema': 'https://schema.org/'}, '@graph': [{'@id': 'schema:a', '@type': 'schema:Person', 'schema:name': 'Mai'}]}
    """
    namespaces = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

    def iri(value: str) -> str:
        for prefix, ns in namespaces:
            if value.startswith(ns) and len(value) > len(ns) and not value[len(ns) :].startswith("//"):
                return f"{prefix}:{value[len(ns) :]}"
        return value

    def value(v: dict):
        if "@value" in v:
            out = dict(v)
            if "@type" in out:
                out["@type"] = iri(out["@type"])
            return out["@value"] if set(out) == {"@value"} else out
        if set(v) == {"@id"}:
            return {"@id": iri(v["@id"])}
        return node(v)

    def node(n: dict) -> dict:
        out: dict = {}
        for key, vals in n.items():
            if key == "@id":
                out["@id"] = iri(vals)
            elif key == "@graph":
                out["@graph"] = [node(x) for x in vals]
            elif key == rdf_type and all(set(v) == {"@id"} for v in vals):
                types = [iri(v["@id"]) for v in vals]
                out["@type"] = types[0] if len(types) == 1 else types
            elif key.startswith("@"):
                out[key] = vals
            else:
                items = [value(v) for v in vals]
                out[iri(key)] = items[0] if len(items) == 1 else items
        return out

    data = json.loads(expanded)
    nodes = data if isinstance(data, list) else [data]
    return json.dumps(
        {"@context": dict(prefixes), "@graph": [node(n) for n in nodes]}, ensure_ascii=False, indent=1
    ).encode("utf-8")
