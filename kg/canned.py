"""The canned queries shipped with kg (``kg/queries/*.rq``, package data) and their parameters.

A canned query starts with ``#`` comment lines that say what it answers. A line

    # param ?name [TYPE] [= DEFAULT] [— what it is]

declares a parameter: a variable of the SELECT that ``kg query NAME --param name=VALUE`` binds
(through SPARQL substitution, so the query text stays a plain query anyone can run). ``TYPE`` is
``iri`` (the value is an IRI, ``<…>`` or a prefixed name such as ``code:role/chair``) or an XSD
datatype (``xsd:gYear``); without one the value is read as a SPARQL term when it is one
(``<…>``, ``code:…``, ``"…"@en``) and as a plain string otherwise. ``DEFAULT`` (SPARQL term
syntax) applies when the parameter is not given; ``--param name=`` (empty) leaves it unbound.

>>> q = get("office-holders")
>>> sorted(q.params)
['orgType', 'placeName', 'role', 'year']
>>> q.bindings({"year": "2023"})["year"]
<Literal value=2023 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#gYear>>
>>> term("Mai Van Tuat")
<Literal value=Mai Van Tuat datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>
>>> term("code:role/chair")
<NamedNode value=https://w3id.org/kg-vn/code/role/chair>
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError
from kg.vocab import PREFIXES

__all__ = ["Canned", "Param", "all_queries", "get", "parse_header", "queries_dir", "resolve", "term"]

_PARAM = re.compile(
    r"^#\s*param\s+\?(?P<var>\w+)(?:\s+(?P<type>iri|[\w-]+:\w+))?(?:\s*=\s*(?P<default>.+?))?"
    r"(?:\s+(?:—|--)\s+(?P<doc>.*))?$"
)


@dataclass(frozen=True)
class Param:
    name: str
    type: str | None = None  # "iri", a datatype such as "xsd:gYear", or None (read the value)
    default: str | None = None  # SPARQL term text
    doc: str = ""


@dataclass
class Canned:
    name: str  # the file name without .rq
    path: Path
    text: str
    summary: str  # the header comment, as one paragraph
    params: dict[str, Param] = field(default_factory=dict)

    def bindings(self, given: dict[str, str] | None = None) -> dict[str, ox.NamedNode | ox.Literal]:
        """Declared defaults, overridden by ``given`` (name -> value as typed); an empty value
        leaves the variable unbound. Undeclared names are bound too (as read by :func:`term`)."""
        given = dict(given or {})
        out: dict[str, ox.NamedNode | ox.Literal] = {}
        for name, p in self.params.items():
            if name not in given and p.default is not None:
                out[name] = term(p.default, p.type, name)
        for name, value in given.items():
            if value == "":
                out.pop(name, None)
                continue
            p = self.params.get(name)
            out[name] = term(value, p.type if p else None, name)
        return out


def queries_dir() -> Path:
    """``kg/queries/``, wherever kg is installed."""
    return Path(str(resources.files("kg") / "queries"))


def parse_header(text: str) -> tuple[str, dict[str, Param]]:
    """(summary, params) of a query's leading ``#`` comment lines."""
    summary, params = [], {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _PARAM.match(line)
        if m:
            default = m["default"].strip() if m["default"] else None
            params[m["var"]] = Param(m["var"], m["type"], default, (m["doc"] or "").strip())
        else:
            summary.append(line.lstrip("#").strip())
    return " ".join(s for s in summary if s), params


def _load(path: Path) -> Canned:
    text = path.read_text(encoding="utf-8")
    summary, params = parse_header(text)
    return Canned(path.stem, path, text, summary, params)


@cache
def all_queries() -> tuple[Canned, ...]:
    """Every canned query, by name."""
    return tuple(_load(p) for p in sorted(queries_dir().glob("*.rq")))


def get(name: str) -> Canned:
    """The canned query called ``name`` (``positions`` or ``positions.rq``)."""
    stem = name.removesuffix(".rq")
    for q in all_queries():
        if q.name == stem:
            return q
    known = ", ".join(q.name for q in all_queries())
    raise QueryError(f"no canned query called {name!r}; the canned queries are: {known}")


def resolve(name_or_path: str | Path) -> Canned:
    """A query file (any path that exists) or a canned query by name."""
    path = Path(name_or_path)
    if path.is_file():
        return _load(path)
    if path.suffix not in ("", ".rq") or (len(path.parts) > 1 and path.parent.name != "queries"):
        raise QueryError(f"no such query file: {name_or_path}")
    return get(path.name)


@cache
def _empty() -> ox.Store:
    return ox.Store()


def _sparql_term(text: str) -> ox.NamedNode | ox.Literal | None:
    """A SPARQL term written as in a query (``<iri>``, ``code:x``, ``"a"@en``, ``"2024"^^xsd:gYear``,
    ``42``), or None when the text is not one."""
    if not text or "\n" in text or "}" in text:
        return None
    try:
        rows = list(_empty().query(f"SELECT ?v WHERE {{ BIND({text} AS ?v) }}", prefixes=PREFIXES))
    except (SyntaxError, ValueError, OSError, RuntimeError):
        return None
    value = rows[0]["v"] if rows else None
    return value if isinstance(value, ox.NamedNode | ox.Literal) else None


def _prefixed(text: str) -> ox.NamedNode | None:
    """``code:role/chair`` -> its IRI when the prefix is one of kg's (the local part may hold ``/``,
    which SPARQL's prefixed names do not allow)."""
    m = re.fullmatch(r"([A-Za-z][\w.-]*)?:(\S*)", text)
    if m and (m[1] or "") in PREFIXES:
        return ox.NamedNode(PREFIXES[m[1] or ""] + m[2])
    return None


def term(value: str, type_: str | None = None, name: str = "value") -> ox.NamedNode | ox.Literal:
    """The RDF term a parameter value stands for (see the module's docstring)."""
    value = value.strip()
    if type_ != "iri" and type_ and _prefixed(type_) is None:
        raise QueryError(f"--param {name}: unknown datatype {type_}")
    if type_ == "iri":
        t = _prefixed(value) or (_sparql_term(value) if value.startswith("<") else None)
        if not isinstance(t, ox.NamedNode):
            raise QueryError(f"--param {name}: {value!r} is not an IRI (<…> or a prefixed name like code:…)")
        return t
    if type_:
        datatype = _prefixed(type_)
        bare = value[1:-1] if len(value) > 1 and value[0] == value[-1] == '"' else value
        return ox.Literal(bare, datatype=datatype)
    if _prefixed(value) is not None:
        return _prefixed(value)
    if value.startswith(("<", '"', "'")):
        t = _sparql_term(value)
        if t is not None:
            return t
    return ox.Literal(value)
