"""The ``kg`` command: thin wrappers over :mod:`kg.api`.

Every error kg raises on purpose is a :class:`kg.errors.KgError`; :func:`run` turns it into one
line on standard error and its exit code, in one place.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from kg import api, formats
from kg.codes import SCHEMES
from kg.errors import FormatError, InputError, KgError, QueryError, StoreError
from kg.store import file_vanished, open_store

DEFAULT_STORE = "kg-store"
store_option = click.option(
    "--store",
    default=DEFAULT_STORE,
    show_default=True,
    envvar="KG_STORE",
    show_envvar=True,
    help="Path of the on-disk store, or the http(s):// URL of a SPARQL 1.1 server.",
)
_QUERY_FORMATS = formats.names("results", aliases=True) + formats.names("rdf", aliases=True)
_RDF_FORMATS = formats.names("rdf", aliases=True)
_MEETING_KINDS = [k.replace("_", "-") for k in SCHEMES["meeting"]]  # --kind working-session


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"kg: {_safe(message)}", err=True)
    sys.exit(code)


def _safe(text: str) -> str:
    """Text from articles, file names or the store as a terminal may show it: control characters
    and bidi/zero-width characters written as escapes (``\\x1b``), so they cannot move the cursor,
    recolour or clear the screen."""
    from kg.text import printable

    return printable(text, keep="\n\t")


def _plural(n: int, word: str) -> str:
    """``1 article``, ``2 articles``.

    >>> _plural(1, "article"), _plural(2, "article")
    ('1 article', '2 articles')
    """
    return f"{n} {word}{'' if n == 1 else 's'}"


def _existing(path: str):
    """The store for reading commands: it must exist; opened read-only so a build may run."""
    from kg.remote import is_remote

    if not is_remote(path) and not Path(path).is_dir():
        raise StoreError(f"no store at {path}: build one first with `kg build ARTICLES --store {path}`")
    return open_store(path, read_only=True)


@click.group()
@click.version_option(package_name="kg")
def main() -> None:
    """Build and query a knowledge graph of Vietnamese officials, bodies, meetings, documents and figures.

    Every command takes --store (default: $KG_STORE, else ./kg-store). Shell completion:
    eval "$(_KG_COMPLETE=bash_source kg)" (zsh_source, fish_source for other shells).
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--verbose", is_flag=True, help="Print 'built ID' on standard error as each article is stored.")
@click.option(
    "--jobs", "-j", type=int, default=None, help="Worker processes for extraction (default: one per core)."
)
@click.option(
    "--engine",
    type=click.Choice(["local", "spark"]),
    default="local",
    show_default=True,
    help="'spark' runs extraction as a PySpark job writing N-Quads shards, then loads them.",
)
@click.option(
    "--master", default="local[*]", show_default=True, help="Spark master URL (with --engine spark)."
)
@click.option("--shards", type=click.Path(path_type=Path), help="Where Spark writes its N-Quads shards.")
def build(
    paths: tuple[Path, ...],
    store: str,
    quiet: bool,
    verbose: bool,
    jobs: int | None,
    engine: str,
    master: str,
    shards: Path | None,
) -> None:
    """Read articles (.txt files or folders of them) and store their facts.

    Exit codes: 0 every file built in full; 1 some files were skipped or used only in part (each
    listed on standard error with the reason); 2 nothing could be done (store locked or not a
    store, bad arguments).
    """
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn

    st = open_store(store)
    if engine == "spark":
        _spark_build(list(paths), st, master, shards)
        return
    console = Console(stderr=True)
    with Progress(
        TextColumn("building"),
        BarColumn(),
        TextColumn("{task.completed} files"),
        console=console,
        disable=quiet or not console.is_terminal,
    ) as bar:
        task = bar.add_task("build", total=None)
        report = api.build(
            list(paths),
            st,
            progress=None if bar.disable else (lambda _p: bar.advance(task)),  # no cost per file unseen
            on_built=(lambda i: click.echo(f"built {_safe(i)}", err=True)) if verbose else None,
            jobs=jobs or os.cpu_count() or 1,
        )
    click.echo(
        f"built {_plural(report.articles, 'article')} ({_plural(report.triples, 'triple')}), "
        f"{report.unchanged} unchanged, {len(report.skipped)} skipped, {len(report.partial)} partly used"
    )
    for s in report.skipped:
        click.echo(_safe(f"skipped {s.path}: {s.reason}"), err=True)
    for s in report.partial:
        click.echo(_safe(f"partly used {s.path}: {s.reason}"), err=True)
    sys.exit(0 if report.ok else 1)


def _spark_build(paths: list[Path], st, master: str, shards: Path | None) -> None:
    import importlib.util
    import tempfile

    from kg.spark import spark_build

    if importlib.util.find_spec("pyspark") is None:
        raise InputError("--engine spark needs PySpark: pip install 'kg[spark]'")
    target = shards or Path(tempfile.mkdtemp(prefix="kg-shards-")) / "nquads"
    if target.exists():
        raise InputError(f"the shard folder {target} exists already; give a new one with --shards")
    sent, files, skipped, merges = spark_build(paths, target, master, store=st)
    report = api.load(files, st)
    if merges:  # people found to be one once a central post was seen, as the embedded build does
        from kg.resolve import merge_identities

        merge_identities(st, merges)
        from kg.store import recount  # their tallies, keyed by the IRIs merged, counted again

        recount(st, sorted(set(merges.values())), gone=sorted(merges))
        st.flush()
    click.echo(
        f"spark: {_plural(sent, 'article')} extracted into {_plural(len(files), 'shard')} in {target}; "
        f"loaded {_plural(report.articles, 'graph')} ({_plural(report.triples, 'quad')})"
    )
    for s in skipped + report.skipped:
        click.echo(_safe(f"skipped {s.path}: {s.reason}"), err=True)
    missing = sent - report.articles
    if missing:
        click.echo(f"{_plural(missing, 'article')} failed extraction on the executors", err=True)
    sys.exit(0 if not skipped and not report.skipped and not missing else 1)


@main.command()
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@store_option
@click.option(
    "--graph",
    metavar="IRI",
    help="Load the triples of graph-less files (Turtle, N-Triples, RDF/XML) into this named graph "
    "(replacing it) instead of the default graph.",
)
def load(files: tuple[Path, ...], store: str, graph: str | None) -> None:
    """Bulk-load RDF files: N-Quads shards, TriG, JSON-LD (each named graph replaces the graph of
    the same name, one transaction per graph), Turtle, N-Triples, RDF/XML, N3. The format follows
    the extension (.nq .trig .jsonld .ttl .nt .rdf .n3, also .gz); other files are read as N-Quads."""
    if graph:
        import pyoxigraph as ox

        try:
            ox.NamedNode(graph)
        except ValueError as err:
            raise InputError(f"--graph {graph}: not an IRI ({err})") from None
    report = api.load(list(files), open_store(store), graph=graph)
    click.echo(
        f"loaded {_plural(report.triples, 'quad')} ({_plural(report.articles, 'named graph')} replaced "
        f"or added), {len(report.skipped)} skipped"
    )
    for s in report.skipped:
        click.echo(_safe(f"skipped {s.path}: {s.reason}"), err=True)
    sys.exit(0 if report.ok else 1)


@main.command()
@click.argument("ids", nargs=-1, required=True)
@store_option
def remove(ids: tuple[str, ...], store: str) -> None:
    """Remove articles (by id: the file name without extension) and all their facts."""
    missing = api.remove(open_store(store), list(ids))
    click.echo(f"removed {_plural(len(ids) - len(missing), 'article')}")
    for i in missing:
        click.echo(f"not in the store: {_safe(i)}", err=True)
    sys.exit(1 if missing else 0)


def _complete_query(ctx, param, incomplete: str):
    from click.shell_completion import CompletionItem

    from kg import canned

    names = [CompletionItem(q.name, help=q.summary[:60]) for q in canned.all_queries()]
    return [c for c in names if c.value.startswith(incomplete)] or [CompletionItem(incomplete, type="file")]


def _params(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for item in values:
        name, eq, value = item.partition("=")
        if not eq or not name.strip().lstrip("?"):
            raise click.BadParameter(
                f'{item!r}: write NAME=VALUE, e.g. name="Mai Van Tuat"', param_hint="--param"
            )
        out[name.strip().lstrip("?")] = value
    return out


def _list_queries() -> None:
    import shutil
    import textwrap

    from kg import canned

    width = min(shutil.get_terminal_size((100, 20)).columns, 110)
    for q in canned.all_queries():
        click.echo(click.style(q.name, bold=True))
        click.echo(textwrap.fill(q.summary, width, initial_indent="    ", subsequent_indent="    "))
        for p in q.params.values():
            default = f" (default {p.default})" if p.default else ""
            click.echo(
                textwrap.fill(
                    f"--param {p.name}=…{default}: {p.doc}",
                    width,
                    initial_indent="      ",
                    subsequent_indent="        ",
                )
            )


def _write(data: bytes, out: Path | None, fmt: str | None = None) -> None:
    """``data`` on standard output (in format ``fmt``: control and bidi characters escaped, as the
    format writes escapes — ``\\u001b`` in JSON, Turtle, N-Triples — or as ``\\x1b``), or into
    ``out`` through a temporary file renamed over it, so a failed write leaves the previous file."""
    if out is None:
        if fmt is not None:
            data = _escaped(data, fmt)
        sys.stdout.buffer.write(data if data.endswith(b"\n") or not data else data + b"\n")
        sys.stdout.buffer.flush()
        return
    with api.atomic_write(out) as fh:
        fh.write(data)
    click.echo(f"wrote {_safe(str(out))}", err=True)


def _escaped(data: bytes, fmt: str) -> bytes:
    from kg.text import printable

    rdf = ("turtle", "trig", "nquads", "ntriples", "n3")
    style = "json" if "json" in fmt else "rdf" if fmt in rdf else "python"
    keep = "\r\n\t" if fmt == "csv" else "\n\t"  # SPARQL CSV ends its lines with CRLF
    return printable(data.decode("utf-8", "replace"), keep=keep, style=style).encode("utf-8")


@main.command()
@click.argument("query_file", metavar="QUERY", required=False, shell_complete=_complete_query)
@click.option("-e", "--expression", help="SPARQL query text instead of a file or a canned query.")
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help='Bind a variable of the SELECT: --param name="Mai Van Tuat", --param role=code:role/chair. '
    "Canned queries declare theirs (kg query --list).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(_QUERY_FORMATS, case_sensitive=False),
    help="table (default), json, xml, csv, tsv for SELECT/ASK; turtle, trig, nquads, ntriples, jsonld, "
    "rdfxml for CONSTRUCT/DESCRIBE. Default: by --out's extension, else table.",
)
@click.option("--out", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE.")
@click.option("--list", "list_", is_flag=True, help="List the canned queries and their parameters.")
@store_option
def query(
    query_file: str | None,
    expression: str | None,
    params: tuple[str, ...],
    fmt: str | None,
    out: Path | None,
    list_: bool,
    store: str,
) -> None:
    """Run a SPARQL query over all graphs of the store: a .rq file, a canned query by name
    (positions, who-chaired-what…; see --list) or -e TEXT. kg's prefixes (id:, code:, kg:, org:,
    schema:, qb:, prov:, skos:, rdf:, rdfs:, xsd:…) are declared for you."""
    from kg import canned

    if list_:
        return _list_queries()
    if bool(query_file) == bool(expression):
        raise click.UsageError(
            "give a query (a file or a canned query's name) or -e 'SPARQL', not both or neither"
        )
    given = _params(params)
    if expression:
        bindings = canned.Canned("-e", Path("-"), expression, "").bindings(given)
        text = expression
    else:
        q = canned.resolve(query_file)
        bindings, text = q.bindings(given), q.text
    if fmt is None:
        fmt = _format_for(out)
    output = api.output_format(fmt)
    try:
        data = _reading(store, lambda st: api.serialize_results(api.query(st, text, bindings), output.name))
    except KgError:
        raise
    except (OSError, RuntimeError, ValueError) as err:
        raise QueryError(" ".join(str(err).split())) from None
    _write(data, out, output.name)


_READ_TRIES = 5  # reads of a store a build is writing, when the build compacts a file away under one


def _reading(store: str, read):
    """``read(st)`` on the store opened read-only; opened and read again (up to ``_READ_TRIES``
    times) when a build writing the same store compacted away a file this reader had opened
    (:func:`kg.store.file_vanished`). Any other error goes to the caller at once."""
    for attempt in range(1, _READ_TRIES + 1):
        try:
            return read(_existing(store))
        except (OSError, RuntimeError, ValueError, StoreError) as err:
            if not (file_vanished(err) and attempt < _READ_TRIES):
                raise


def _format_for(out: Path | None) -> str:
    """The output format an --out file's extension asks for (table without one)."""
    if out is None or not out.suffix:
        return "table"
    for kind in ("results", "rdf"):
        try:
            return formats.for_path(out, kind).name
        except FormatError:
            continue
    raise FormatError(f"cannot tell the format of {out.name} by its extension; give --format")


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(_RDF_FORMATS, case_sensitive=False),
    help="turtle (default), trig or nquads (one graph per article), jsonld (with an @context), "
    "ntriples, rdfxml, n3; aliases ttl, nq, nt, xml. Default: by --out's extension, else turtle.",
)
@click.option(
    "--out",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write (default: standard output).",
)
@store_option
def export(fmt: str | None, out: Path | None, store: str) -> None:
    """Export the graph as Turtle, TriG (one graph per article), N-Quads, JSON-LD, N-Triples or RDF/XML."""
    if fmt is None:
        fmt = formats.for_path(out, "rdf").name if out is not None and out.suffix else "turtle"
    shown = formats.get(fmt, "rdf").name if out is None and sys.stdout.isatty() else None
    _write(_reading(store, lambda st: api.export(st, fmt)), out, shown)


@main.command()
@store_option
def stats(store: str) -> None:
    """Counts of articles, quads, officials, bodies, posts, meetings, documents and metrics."""
    for key, value in _reading(store, api.stats).items():
        click.echo(f"{key:<10} {value}")


@main.command()
@store_option
def validate(store: str) -> None:
    """Check the graph against the SHACL shapes (exit 1 on violations)."""
    conforms, report = _reading(store, api.validate)
    click.echo(report if not conforms else "the graph conforms to the SHACL shapes (kg/ontology/shapes.ttl)")
    sys.exit(0 if conforms else 1)


@main.command()
@click.argument("name")
@store_option
@click.option("--sources/--no-sources", default=True, show_default=True, help="Print the source sentences.")
def show(name: str, store: str, sources: bool) -> None:
    """Print an official's record: posts by year and meetings chaired, with their sources.

    NAME is matched without diacritics and in part ("Tô Lâm", "to lam", "Tuat"), or as written
    in an article (Arabic script too)."""
    from kg.show import official_record

    click.echo(_safe(_reading(store, lambda st: official_record(st, name, sources=sources))), nl=False)


@main.command()
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=Path("out/chairs.html"),
    show_default=True,
    help="chairs.html, .svg, .png, .graphml or .gexf",
)
@store_option
@click.option(
    "--province", help="Only meetings of this province (organiser's place or the article's province)."
)
@click.option("--official", help="Only meetings this official chaired (any spelling: 'Tô Lâm', 'to lam').")
@click.option("--body", help="Only meetings this body organised (its IRI, or words of its name).")
@click.option("--since", help="Only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Only meetings on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--top", type=click.IntRange(min=1), help="Only the N officials who chaired most meetings.")
@click.option(
    "--kind",
    type=click.Choice(_MEETING_KINDS, case_sensitive=False),
    help="Only meetings of this kind (a congress, a council's session, a working session…).",
)
def viz(out: Path, store: str, province, official, body, since, until, top, kind) -> None:
    """Draw who chaired what: officials -> meetings -> organising bodies, in a scope."""
    from kg.viz import Scope, date_span, draw

    formats.for_path(out, "chart")  # an unknown extension is a usage error before any work
    for name, value in (("--since", since), ("--until", until)):
        if value and date_span(value) is None:
            _fail(f"{name} {value!r}: write a date as YYYY, YYYY-MM or YYYY-MM-DD")
    try:
        scope = Scope(province, official, body, since, until, top, kind and kind.replace("-", " "))
        _reading(store, lambda st: draw(st, out, scope))
    except ValueError as err:  # nothing to draw
        _fail(str(err))
    click.echo(f"wrote {out}")


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=7878, show_default=True, type=int, help="0 picks a free port.")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL updates (read-only by default).")
@click.option("--allow-service", is_flag=True, help="Allow SERVICE and LOAD, which reach other servers.")
@click.option("--timeout", default=10.0, show_default=True, help="Seconds a query may run.")
@click.option(
    "--max-results", default=10_000, show_default=True, help="Rows (or triples) a result holds at most."
)
@click.option(
    "--cors", multiple=True, help="An origin allowed to call the endpoint from a browser ('*' for any)."
)
@click.option("--workers", default=0, help="Query worker processes (0: two per CPU, 2 to 8).")
@click.option(
    "--update-token",
    envvar="KG_UPDATE_TOKEN",
    help="With --allow-update: updates need 'Authorization: Bearer TOKEN'.",
)
def serve(
    store, host, port, allow_update, allow_service, timeout, max_results, cors, workers, update_token
) -> None:
    """Serve the store over the SPARQL 1.1 Protocol (/sparql) with a page to explore it (/)."""
    import signal
    import threading

    from kg.serve import ServeOptions, Server

    server = Server(
        ServeOptions(
            store,
            host,
            port,
            allow_update,
            allow_service,
            timeout,
            max_results,
            list(cors),
            workers,
            update_token,
        )
    )
    try:
        server.start()
    except (FileNotFoundError, RuntimeError) as err:
        _fail(str(err))
    except OSError as err:
        _fail(f"cannot listen on {host}:{port}: {err.strerror or err}")
    click.echo(
        f"serving {store} at {server.url}/ (SPARQL endpoint {server.url}/sparql); Ctrl-C stops", err=True
    )
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


@main.command()
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--worst", default=10, show_default=True, help="How many missed and spurious facts to list.")
def evaluate(corpus: Path, worst: int) -> None:
    """Compare what kg extracts from CORPUS with its gold <id>.json files (next to <id>.txt).

    Exit 1 when the folder holds no gold."""
    from kg.evaluate import evaluate as run

    pairs = [g for g in corpus.glob("*.json") if g.with_suffix(".txt").exists()]
    if not pairs:
        raise InputError(
            f"no gold in {corpus}: kg evaluate needs <id>.json gold files next to <id>.txt articles"
        )
    click.echo(_safe(run(corpus, worst=worst)))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--top", default=15, show_default=True, help="How many wordings to list per language and family."
)
def residue(paths: tuple[Path, ...], top: int) -> None:
    """What extraction left unread in PATHS (files, folders, JSON Lines dumps; no gold needed):
    per language, the words before names that got no title, words next to names the title
    grammar does not know, the words after numbers no rule took, meeting sentences with no day."""
    from kg.reader import Skipped, read_articles
    from kg.residue import format_residue
    from kg.residue import residue as run_residue

    articles = [a for a in read_articles(list(paths)) if not isinstance(a, Skipped)]
    if not articles:
        raise InputError(f"no articles in {' '.join(map(str, paths))}")
    click.echo(_safe(format_residue(run_residue(articles), top=top)))


def run() -> None:
    """Entry point: every failure ends in a one-line message, never a traceback."""
    try:
        main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("kg: interrupted", err=True)
        sys.exit(130)
    except click.exceptions.Exit as err:
        sys.exit(err.exit_code)
    except click.ClickException as err:
        err.show()
        sys.exit(2)
    except KgError as err:
        prefix = "query failed: " if isinstance(err, QueryError) else ""
        _fail(prefix + " ".join(str(err).split()), err.exit_code)
    except KeyboardInterrupt:
        click.echo("kg: interrupted", err=True)
        sys.exit(130)
    except Exception as err:  # the last resort is a message, not a traceback
        click.echo(f"kg: unexpected error: {type(err).__name__}: {err}", err=True)
        sys.exit(3)


if __name__ == "__main__":
    run()
