"""The ``kg`` command: thin wrappers over :mod:`kg.api`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from kg import api
from kg.store import StoreError, open_store

DEFAULT_STORE = "kg-store"
store_option = click.option(
    "--store",
    default=DEFAULT_STORE,
    show_default=True,
    help="Path of the on-disk store, or the http(s):// URL of a SPARQL 1.1 server.",
)


def _fail(message: str, code: int = 2) -> None:
    click.echo(f"kg: {message}", err=True)
    sys.exit(code)


def _open(path: str, read_only: bool = False):
    try:
        return open_store(path, read_only=read_only)
    except StoreError as err:
        _fail(str(err))


def _existing(path: str):
    """The store for reading commands: it must exist; opened read-only so a build may run."""
    from kg.remote import is_remote

    if not is_remote(path) and not Path(path).is_dir():
        _fail(f"no store at {path}: build one first with `kg build ARTICLES --store {path}`")
    return _open(path, read_only=True)


@click.group()
@click.version_option(package_name="kg")
def main() -> None:
    """Build and query a knowledge graph of Vietnamese officials, bodies, meetings, documents and figures."""


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

    st = _open(store)
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
            progress=lambda _p: bar.advance(task),
            on_built=(lambda i: click.echo(f"built {i}", err=True)) if verbose else None,
            jobs=jobs or os.cpu_count() or 1,
        )
    click.echo(
        f"built {report.articles} articles ({report.triples} triples), "
        f"{report.unchanged} unchanged, {len(report.skipped)} skipped, {len(report.partial)} partly used"
    )
    for s in report.skipped:
        click.echo(f"skipped {s.path}: {s.reason}", err=True)
    for s in report.partial:
        click.echo(f"partly used {s.path}: {s.reason}", err=True)
    sys.exit(0 if report.ok else 1)


def _spark_build(paths: list[Path], st, master: str, shards: Path | None) -> None:
    import tempfile

    from kg.spark import spark_build

    target = shards or Path(tempfile.mkdtemp(prefix="kg-shards-")) / "nquads"
    if target.exists():
        _fail(f"the shard folder {target} exists already; give a new one with --shards")
    sent, files, skipped = spark_build(paths, target, master)
    report = api.load(files, st)
    click.echo(
        f"spark: {sent} articles extracted into {len(files)} shards in {target}; "
        f"loaded {report.articles} graphs ({report.triples} quads)"
    )
    for s in skipped + report.skipped:
        click.echo(f"skipped {s.path}: {s.reason}", err=True)
    missing = sent - report.articles
    if missing:
        click.echo(f"{missing} articles failed extraction on the executors", err=True)
    sys.exit(0 if not skipped and not report.skipped and not missing else 1)


@main.command()
@click.argument(
    "shards", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@store_option
def load(shards: tuple[Path, ...], store: str) -> None:
    """Bulk-load N-Quads shards (one named graph per article) into the store."""
    report = api.load(list(shards), _open(store))
    click.echo(f"loaded {report.articles} graphs ({report.triples} quads), {len(report.skipped)} skipped")
    for s in report.skipped:
        click.echo(f"skipped {s.path}: {s.reason}", err=True)
    sys.exit(0 if report.ok else 1)


@main.command()
@click.argument("ids", nargs=-1, required=True)
@store_option
def remove(ids: tuple[str, ...], store: str) -> None:
    """Remove articles (by id: the file name without extension) and all their facts."""
    missing = api.remove(_open(store), list(ids))
    click.echo(f"removed {len(ids) - len(missing)} articles")
    for i in missing:
        click.echo(f"not in the store: {i}", err=True)
    sys.exit(1 if missing else 0)


@main.command()
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-e", "--expression", help="SPARQL query text instead of a file.")
@click.option("--format", "fmt", type=click.Choice(api.RESULT_FORMATS), default="table", show_default=True)
@store_option
def query(file: Path | None, expression: str | None, fmt: str, store: str) -> None:
    """Run a SPARQL query (a .rq file or -e TEXT) over all graphs of the store."""
    if bool(file) == bool(expression):
        _fail("give a query file or -e 'SPARQL', not both or neither")
    text = expression or file.read_text(encoding="utf-8")
    st = _existing(store)
    try:
        out = api.format_results(api.query(st, text), fmt)
        click.echo(out, nl=not out.endswith("\n"))
    except api.QueryError as err:
        _fail(f"query failed: {err}", 1)


@main.command()
@click.option(
    "--format", "fmt", type=click.Choice(list(api.EXPORT_FORMATS)), default="turtle", show_default=True
)
@click.option("--out", type=click.Path(path_type=Path), help="File to write (default: standard output).")
@store_option
def export(fmt: str, out: Path | None, store: str) -> None:
    """Export the graph as Turtle, TriG (one graph per article), N-Quads or JSON-LD."""
    data = api.export(_existing(store), fmt, out)
    if data is not None:
        sys.stdout.buffer.write(data)
    else:
        click.echo(f"wrote {out}", err=True)


@main.command()
@store_option
def stats(store: str) -> None:
    """Counts of articles, quads, officials, bodies, posts, meetings, documents and metrics."""
    for key, value in api.stats(_existing(store)).items():
        click.echo(f"{key:<10} {value}")


@main.command()
@store_option
def validate(store: str) -> None:
    """Check the graph against the SHACL shapes (exit 1 on violations)."""
    conforms, report = api.validate(_existing(store))
    click.echo(report if not conforms else "the graph conforms to ontology/shapes.ttl")
    sys.exit(0 if conforms else 1)


@main.command()
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=Path("out/chairs.html"),
    show_default=True,
    help="chairs.html, .svg, .png, .graphml or .gexf",
)
@store_option
def viz(out: Path, store: str) -> None:
    """Draw who chaired what: officials -> meetings -> organising bodies."""
    from kg.viz import draw

    try:
        draw(_existing(store), out)
    except ValueError as err:
        _fail(str(err))
    click.echo(f"wrote {out}")


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=7878, show_default=True, type=int, help="0 picks a free port.")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL updates (read-only by default).")
@click.option("--allow-service", is_flag=True, help="Allow SERVICE and LOAD, which reach other servers.")
@click.option("--timeout", default=10.0, show_default=True, help="Seconds a query may run.")
@click.option("--max-results", default=10_000, show_default=True, help="Rows a SELECT returns at most.")
@click.option(
    "--cors", multiple=True, help="An origin allowed to call the endpoint from a browser ('*' for any)."
)
def serve(store, host, port, allow_update, allow_service, timeout, max_results, cors) -> None:
    """Serve the store over the SPARQL 1.1 Protocol (/sparql) with a page to explore it (/)."""
    import signal
    import threading

    from kg.serve import ServeOptions, Server

    server = Server(
        ServeOptions(store, host, port, allow_update, allow_service, timeout, max_results, list(cors))
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
    """Compare the graph built from CORPUS with its gold <id>.json files."""
    from kg.evaluate import evaluate as run

    click.echo(run(corpus, worst=worst))


def run() -> None:
    """Entry point: every failure ends in a one-line message, never a traceback."""
    try:
        main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("kg: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as err:
        err.show()
        sys.exit(2)
    except StoreError as err:
        _fail(str(err))
    except KeyboardInterrupt:
        click.echo("kg: interrupted", err=True)
        sys.exit(130)
    except Exception as err:  # the last resort is a message, not a traceback
        click.echo(f"kg: unexpected error: {type(err).__name__}: {err}", err=True)
        sys.exit(3)


if __name__ == "__main__":
    run()
