"""Every file format kg reads or writes, in one table: name, aliases, media type, extension and the
pyoxigraph format behind it. The command line, the API, the chart and the server all look formats
up here, so a new format (or alias) is one line.

Kinds:

- ``rdf``: graphs and datasets (``kg export``, ``kg load``, CONSTRUCT/DESCRIBE results);
- ``results``: SPARQL SELECT/ASK results (``kg query``), plus kg's own text ``table``;
- ``chart``: what ``kg viz`` draws;
- ``asset``: the files of the page ``kg serve`` sends.

>>> get("ttl").name, get("ttl").media_type
('turtle', 'text/turtle')
>>> get("nq").rdf == ox.RdfFormat.N_QUADS
True
>>> for_path("out/kg.trig.gz").name
'trig'
>>> for_path("chairs.svg", kind="chart").media_type
'image/svg+xml'
>>> get("xml", kind="results").results == ox.QueryResultsFormat.XML
True
>>> get("doc")
Traceback (most recent call last):
...
kg.errors.FormatError: unknown format 'doc'; choose from turtle, trig, nquads, ntriples, jsonld, rdfxml, n3, table, json, xml, csv, tsv, html, svg, png, graphml, gexf, css, js
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

import pyoxigraph as ox

from kg.errors import FormatError

__all__ = [
    "FORMATS",
    "Format",
    "for_media_type",
    "for_path",
    "get",
    "graph_format",
    "names",
    "negotiate",
]

KINDS = ("rdf", "results", "chart", "asset")


@dataclass(frozen=True)
class Format:
    name: str  # the name kg prints and takes: ``--format turtle``
    kind: str  # rdf, results, chart or asset (see the module's docstring)
    media_type: str
    extension: str  # written files get this one (without the dot)
    aliases: tuple[str, ...] = ()  # other names taken for it (``ttl``), also read as extensions
    rdf: ox.RdfFormat | None = None
    results: ox.QueryResultsFormat | None = None
    graph: str | None = None  # a results format: the RDF format it means for a CONSTRUCT result
    media_aliases: tuple[str, ...] = ()  # other media types clients send for it (``application/json``)

    @property
    def datasets(self) -> bool:
        """True when the format keeps named graphs (TriG, N-Quads, JSON-LD)."""
        return bool(self.rdf and self.rdf.supports_datasets)

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


_R, _Q = ox.RdfFormat, ox.QueryResultsFormat

FORMATS: tuple[Format, ...] = (
    # RDF graphs and datasets
    Format(
        "turtle",
        "rdf",
        "text/turtle",
        "ttl",
        ("ttl",),
        rdf=_R.TURTLE,
        media_aliases=("application/x-turtle",),
    ),
    Format("trig", "rdf", "application/trig", "trig", (), rdf=_R.TRIG),
    Format("nquads", "rdf", "application/n-quads", "nq", ("nq", "n-quads"), rdf=_R.N_QUADS),
    Format(
        "ntriples",
        "rdf",
        "application/n-triples",
        "nt",
        ("nt", "n-triples"),
        rdf=_R.N_TRIPLES,
        media_aliases=("text/plain",),
    ),
    Format(
        "jsonld",
        "rdf",
        "application/ld+json",
        "jsonld",
        ("json-ld",),
        rdf=_R.JSON_LD,
        media_aliases=("application/json",),
    ),
    Format(
        "rdfxml",
        "rdf",
        "application/rdf+xml",
        "rdf",
        ("xml", "rdf", "rdf/xml", "owl"),
        rdf=_R.RDF_XML,
        media_aliases=("application/xml", "text/xml"),
    ),
    Format("n3", "rdf", "text/n3", "n3", (), rdf=_R.N3),
    # SPARQL results
    Format("table", "results", "text/plain", "txt", ("text", "txt"), graph="turtle"),
    Format(
        "json",
        "results",
        "application/sparql-results+json",
        "srj",
        ("srj",),
        results=_Q.JSON,
        graph="jsonld",
        media_aliases=("application/json",),
    ),
    Format(
        "xml",
        "results",
        "application/sparql-results+xml",
        "srx",
        ("srx",),
        results=_Q.XML,
        graph="rdfxml",
        media_aliases=("application/xml", "text/xml"),
    ),
    Format("csv", "results", "text/csv", "csv", (), results=_Q.CSV),
    Format("tsv", "results", "text/tab-separated-values", "tsv", (), results=_Q.TSV),
    # charts
    Format("html", "chart", "text/html", "html", ("htm",)),
    Format("svg", "chart", "image/svg+xml", "svg"),
    Format("png", "chart", "image/png", "png"),
    Format("graphml", "chart", "application/graphml+xml", "graphml"),
    Format("gexf", "chart", "application/gexf+xml", "gexf"),
    # the page's files
    Format("css", "asset", "text/css", "css"),
    Format("js", "asset", "text/javascript", "js", ("mjs",)),
)


def _of(kind: str | None) -> list[Format]:
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown kind of format {kind!r}")
    return [f for f in FORMATS if kind is None or f.kind == kind]


def names(kind: str | None = None, aliases: bool = False) -> list[str]:
    """Format names of one kind (every kind when ``None``), with their aliases if asked."""
    return [n for f in _of(kind) for n in (f.all_names if aliases else (f.name,))]


def get(name: str, kind: str | None = None) -> Format:
    """The format called ``name`` (or one of its aliases, any case); FormatError otherwise."""
    key = name.strip().lower().lstrip(".")
    for f in _of(kind):
        if key in f.all_names:
            return f
    what = f"{kind} format" if kind else "format"
    raise FormatError(f"unknown {what} {name!r}; choose from {', '.join(names(kind))}")


def for_path(path: str | PurePath, kind: str | None = None) -> Format:
    """The format a file name says by its extension (``.gz`` is looked through)."""
    p = PurePath(path)
    suffixes = [s.lower() for s in p.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    ext = suffixes[-1].lstrip(".") if suffixes else ""
    for f in _of(kind):
        if ext == f.extension or ext in f.all_names:
            return f
    what = {"rdf": "an RDF file", "results": "a results file", "chart": "a chart"}.get(kind or "", "a file")
    known = ", ".join("." + f.extension for f in _of(kind))
    raise FormatError(f"cannot tell the format of {p.name!r} as {what} by its extension; use {known}")


def for_media_type(media_type: str, kind: str | None = None) -> Format | None:
    """The format of a media type (parameters such as ``charset`` ignored), or None."""
    bare = media_type.split(";")[0].strip().lower()
    return next((f for f in _of(kind) if f.media_type == bare), None) or next(
        (f for f in _of(kind) if bare in f.media_aliases), None
    )


def graph_format(fmt: Format) -> Format:
    """The RDF format to write a graph (a CONSTRUCT or DESCRIBE result) in when ``fmt`` was asked:
    an RDF format itself, or the one a results format stands for (``table`` -> Turtle)."""
    if fmt.kind == "rdf":
        return fmt
    if fmt.graph:
        return get(fmt.graph, "rdf")
    raise FormatError(
        f"a graph (CONSTRUCT or DESCRIBE result) cannot be written as {fmt.name}; "
        f"choose from {', '.join(names('rdf'))}"
    )


def negotiate(accept: str | None, kind: str, default: str) -> Format:
    """The format of ``kind`` an HTTP ``Accept`` header prefers (``q`` weights honoured, ``*/*``
    and ``type/*`` take the default); the default when nothing fits. kg's own text ``table`` is
    for the terminal and never negotiated (``text/plain`` asks for no results format).

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "results", "json").name
    'xml'
    >>> negotiate("*/*", "rdf", "turtle").name
    'turtle'
    >>> negotiate("application/json", "results", "xml").name, negotiate("application/json", "rdf", "turtle").name
    ('json', 'jsonld')
    >>> negotiate("text/plain", "results", "json").name, negotiate("text/plain", "rdf", "turtle").name
    ('json', 'ntriples')
    """
    offered = [f for f in _of(kind) if f.name != "table"]
    choices: list[tuple[float, int, Format]] = []
    for i, part in enumerate((accept or "").split(",")):
        fields = [x.strip() for x in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for param in fields[1:]:
            name, _, value = param.replace(" ", "").partition("=")
            if name == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if not media or q <= 0:
            continue
        if media == "*/*":
            choices.append((q, -i, get(default, kind)))
        elif media.endswith("/*"):
            family = media[:-1]
            fits = [f for f in offered if f.media_type.startswith(family)]
            preferred = get(default, kind)
            if fits:
                choices.append((q, -i, preferred if preferred in fits else fits[0]))
        else:
            f = next((f for f in offered if f.media_type == media), None)
            f = f or next((f for f in offered if media in f.media_aliases), None)
            if f is not None:
                choices.append((q, -i, f))
    return max(choices, key=lambda c: (c[0], c[1]))[2] if choices else get(default, kind)
