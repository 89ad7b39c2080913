"""Query results as the SPARQL 1.1 Protocol sends them, written by us row by row so that the row
cap and the size cap apply to every query shape (the cap is counted on the results, never written
into the query text).

- SELECT: SPARQL JSON, XML, CSV or TSV results;
- ASK: JSON or XML (CSV and TSV: one ``true``/``false`` line);
- CONSTRUCT and DESCRIBE: Turtle, N-Triples, RDF/XML, JSON-LD, N-Quads, TriG or N3.

The format is the one the ``format``/``output`` parameter names (a name or alias of
:mod:`kg.formats`: ``srj``, ``ttl``…), else the best the ``Accept`` header allows (``q`` weights
honoured; ``*/*`` or nothing that fits gives JSON for results and Turtle for graphs): every name,
media type and pyoxigraph format comes from the one table, :mod:`kg.formats`.

The query workers load this module on their own; it imports ``kg.formats`` only (``import kg``
loads nothing else, see :mod:`kg`), so a worker still starts without the engine or the store.

>>> choose("graph", "application/rdf+xml", None)
('rdfxml', 'application/rdf+xml')
>>> choose("solutions", "text/csv;q=0.5, application/sparql-results+xml", None)
('xml', 'application/sparql-results+xml')
>>> choose("graph", "application/sparql-results+xml", "xml")
('rdfxml', 'application/rdf+xml')
>>> choose("solutions", None, "srj"), choose("graph", None, "json")
(('json', 'application/sparql-results+json'), ('jsonld', 'application/ld+json'))
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import pyoxigraph as ox

from kg import formats
from kg.errors import FormatError

__all__ = ["Rendered", "choose", "render"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _named(kind: str, name: str) -> formats.Format | None:
    """The format a ``format=`` parameter names for a result of ``kind``, or None: a results
    format pyoxigraph writes for solutions; for a graph an RDF format, or the one a results name
    stands for (SPARQLWrapper sends ``format=xml`` and ``format=json`` for every query form)."""
    try:
        if kind != "graph":
            f = formats.get(name, "results")
            return f if f.results is not None else None
        try:
            return formats.get(name, "rdf")
        except FormatError:
            return formats.graph_format(formats.get(name, "results"))
    except FormatError:
        return None


def choose(kind: str, accept: str | None, param: str | None) -> tuple[str, str]:
    """(format name, media type) for a result of ``kind`` ("solutions", "boolean" or "graph")."""
    if param:
        param = param.strip().lower()
        f = _named(kind, param)
        if f is not None:
            return f.name, f.media_type
        if "/" in param:  # a media type in the parameter: read it as an Accept header
            accept = param
    if kind == "graph":
        f = formats.negotiate(accept, "rdf", "turtle")
    else:
        f = formats.negotiate(accept, "results", "json")
    return f.name, f.media_type


@dataclass
class Rendered:
    body: bytes
    media_type: str
    truncated: bool = False  # rows (or triples) were left out: over the row cap or the size cap
    count: int = 0  # rows or triples written


def render(result, accept: str | None, param: str | None, max_rows: int, max_bytes: int) -> Rendered:
    """Write a pyoxigraph query result (solutions, boolean or triples), at most ``max_rows`` rows
    or triples and about ``max_bytes`` bytes."""
    if isinstance(result, ox.QueryBoolean) or isinstance(result, bool):
        name, media = choose("boolean", accept, param)
        return Rendered(_boolean(bool(result), name), media + _charset(name), count=1)
    if isinstance(result, ox.QuerySolutions):
        name, media = choose("solutions", accept, param)
        return _solutions(result, name, media, max_rows, max_bytes)
    name, media = choose("graph", accept, param)
    triples, size, truncated = [], 0, False
    for t in result:
        if len(triples) >= max_rows or size > max_bytes:
            truncated = True
            break
        triples.append(t)
        size += len(str(t)) + 4
    body = ox.serialize(triples, format=formats.get(name, "rdf").rdf) if triples else b""
    return Rendered(body, media + _charset(name), truncated, len(triples))


def _charset(name: str) -> str:
    return "" if name in ("jsonld",) else "; charset=utf-8"


def _boolean(value: bool, name: str) -> bytes:
    word = "true" if value else "false"
    if name == "json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if name == "xml":
        return (
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head></head><boolean>{word}</boolean></sparql>\n"
        ).encode()
    return f"{word}\r\n".encode()


def _solutions(result, name: str, media: str, max_rows: int, max_bytes: int) -> Rendered:
    names = [v.value for v in result.variables]
    head, row, tail, sep = {
        "json": (_json_head, _json_row, _json_tail, b","),
        "xml": (_xml_head, _xml_row, _xml_tail, b""),
        "csv": (_csv_head, _csv_row, lambda: b"", b""),
        "tsv": (_tsv_head, _tsv_row, lambda: b"", b""),
    }[name]
    parts = [head(names)]
    size, count, truncated = len(parts[0]), 0, False
    for solution in result:
        if count >= max_rows:
            truncated = True
            break
        chunk = row(names, [solution[n] for n in names])
        if size + len(chunk) > max_bytes:
            truncated = True
            break
        if count:
            parts.append(sep)
        parts.append(chunk)
        size += len(chunk) + len(sep)
        count += 1
    parts.append(tail())
    return Rendered(b"".join(parts), media + "; charset=utf-8", truncated, count)


# -------------------------------------------------------------- JSON


def _json_term(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != _XSD_STRING:
            out["datatype"] = t.datatype.value
        return out
    if isinstance(t, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": _json_term(t.subject),
                "predicate": _json_term(t.predicate),
                "object": _json_term(t.object),
            },
        }
    return {"type": "literal", "value": str(t)}


def _json_head(names: list[str]) -> bytes:
    return b'{"head":{"vars":' + json.dumps(names).encode() + b'},"results":{"bindings":['


def _json_row(names: list[str], terms: list) -> bytes:
    return json.dumps(
        {n: _json_term(t) for n, t in zip(names, terms, strict=True) if t is not None}, ensure_ascii=False
    ).encode()


def _json_tail() -> bytes:
    return b"]}}\n"


# -------------------------------------------------------------- XML

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(s: str) -> str:
    s = _XML_ILLEGAL.sub("\ufffd", s)  # XML 1.0 cannot carry these characters at all
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _xml_term(t) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{_xml_text(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{_xml_text(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f'<literal xml:lang="{_xml_text(t.language)}">{_xml_text(t.value)}</literal>'
        if t.datatype.value != _XSD_STRING:
            return f'<literal datatype="{_xml_text(t.datatype.value)}">{_xml_text(t.value)}</literal>'
        return f"<literal>{_xml_text(t.value)}</literal>"
    if isinstance(t, ox.Triple):
        return (
            f"<triple><subject>{_xml_term(t.subject)}</subject><predicate>{_xml_term(t.predicate)}"
            f"</predicate><object>{_xml_term(t.object)}</object></triple>"
        )
    return f"<literal>{_xml_text(str(t))}</literal>"


def _xml_head(names: list[str]) -> bytes:
    vars_ = "".join(f'<variable name="{_xml_text(n)}"/>' for n in names)
    return (
        '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
        f"<head>{vars_}</head><results>"
    ).encode()


def _xml_row(names: list[str], terms: list) -> bytes:
    cells = "".join(
        f'<binding name="{_xml_text(n)}">{_xml_term(t)}</binding>'
        for n, t in zip(names, terms, strict=True)
        if t is not None
    )
    return f"<result>{cells}</result>".encode()


def _xml_tail() -> bytes:
    return b"</results></sparql>\n"


# -------------------------------------------------------------- CSV and TSV


def _csv_cell(t) -> str:
    if t is None:
        return ""
    if isinstance(t, ox.BlankNode):
        s = f"_:{t.value}"
    elif isinstance(t, ox.NamedNode | ox.Literal):
        s = t.value
    else:
        s = str(t)
    if any(c in s for c in ',"\r\n'):
        s = '"' + s.replace('"', '""') + '"'
    return s


def _csv_head(names: list[str]) -> bytes:
    return (",".join(names) + "\r\n").encode()


def _csv_row(names: list[str], terms: list) -> bytes:
    return (",".join(_csv_cell(t) for t in terms) + "\r\n").encode()


def _tsv_cell(t) -> str:
    if t is None:
        return ""
    return str(t).replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _tsv_head(names: list[str]) -> bytes:
    return ("\t".join(f"?{n}" for n in names) + "\n").encode()


def _tsv_row(names: list[str], terms: list) -> bytes:
    return ("\t".join(_tsv_cell(t) for t in terms) + "\n").encode()
