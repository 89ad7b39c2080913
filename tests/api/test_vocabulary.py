"""The SKOS vocabularies carry exactly the GOLD.md codes; ontology IRIs are declared once."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
import rdflib

from kg import vocab
from kg.codes import SCHEMES
from kg.vocab import KG
from tests.helpers import ROOT

GOLD = ROOT.parent / "shared" / "eval" / "GOLD.md"


def gold_codes(field: str) -> set[str]:
    text = GOLD.read_text(encoding="utf-8")
    block = re.search(rf"`{field}`: (.*?)(?:\n  - `|\n- `|\n\n|\.\s)", text, re.S)
    return set(re.findall(r"`([a-z_]+)`", block.group(1)))


@pytest.mark.skipif(not GOLD.exists(), reason="../shared/eval/GOLD.md is not beside the repo")
@pytest.mark.parametrize(
    ("field", "scheme"),
    [("role", "role"), ("org", "org"), ("unit", "unit"), ("indicator", "indicator"), ("kind", "document")],
)
def test_schemes_match_gold(field, scheme):
    assert gold_codes(field) == set(SCHEMES[scheme])


def test_vocabulary_file_has_every_code():
    g = rdflib.Graph().parse(ROOT / "ontology" / "vocabularies.ttl")
    notations = {str(o) for o in g.objects(None, rdflib.SKOS.notation)}
    assert notations == {c for codes in SCHEMES.values() for c in codes}


def test_every_kg_term_is_declared_in_the_ontology():
    g = rdflib.Graph().parse(ROOT / "ontology" / "kg.ttl")
    declared = {str(s) for s in g.subjects()}
    missing = {t for t in KG.terms if KG[t] not in declared and t not in {"mentions", "extractedBy"}}
    assert not missing


def test_no_iri_literals_outside_the_vocabulary_module():
    offenders = []
    for path in (ROOT / "kg").rglob("*.py"):
        if path.name == "vocab.py":
            continue
        if re.search(r'"https?://w3id\.org/kg-vn', path.read_text(encoding="utf-8")):
            offenders.append(path.name)
    assert offenders == []


# ---------------------------------------------------------------- IRIs written in queries and the page
QUERIES = ROOT / "kg" / "queries"
_PREFIX_LINE = re.compile(r"PREFIX\s+([\w-]*):\s*<([^>]*)>", re.I)
_FULL_IRI = re.compile(r"<(https?://[^>\s]*)>")
_NAMESPACES = {
    str(ns): ns for ns in (vars(vocab)[name] for name in vocab.__all__) if isinstance(ns, vocab.Namespace)
}

_HOSTS = {urlsplit(ns).netloc for ns in _NAMESPACES}  # w3id.org, schema.org, www.w3.org, purl.org


def _declared(iri: str) -> bool:
    """Is ``iri`` a term of a namespace kg.vocab declares (any IRI of an open one: id, code)?"""
    base = max((b for b in _NAMESPACES if iri.startswith(b)), key=len, default=None)
    if base is None:
        return False
    try:
        _NAMESPACES[base][iri[len(base) :]]
    except AttributeError:
        return False
    return True


def _iri_offences(text: str) -> list[str]:
    """PREFIX lines binding a prefix to another namespace than kg.vocab's, and IRIs written in
    full that the vocabulary does not declare (a typo there is an empty result, not an error)."""
    out = [
        f"PREFIX {p}: <{ns}> (kg.vocab: {vocab.PREFIXES.get(p)})"
        for p, ns in _PREFIX_LINE.findall(text)
        if vocab.PREFIXES.get(p) != ns
    ]
    prologue_free = _PREFIX_LINE.sub("", text)
    ours = [iri for iri in _FULL_IRI.findall(prologue_free) if urlsplit(iri).netloc in _HOSTS]
    return out + [f"<{iri}>" for iri in ours if not _declared(iri)]


def _query_texts():
    yield from ((p.relative_to(ROOT).as_posix(), p.read_text(encoding="utf-8")) for p in QUERIES.glob("*.rq"))
    for path in (ROOT / "kg").rglob("*.py"):  # queries written in Python strings (serve, viz, show)
        text = path.read_text(encoding="utf-8")
        if "PREFIX" in text or "SELECT" in text:
            yield path.relative_to(ROOT).as_posix(), text


def test_prefix_lines_and_full_iris_in_queries_are_the_vocabularys():
    offences = {name: found for name, text in _query_texts() if (found := _iri_offences(text))}
    assert offences == {}
    assert _iri_offences("PREFIX kg: <https://w3id.org/kg-vn/ontolgy#>\nSELECT * { ?s a kg:Official }")
    assert _iri_offences("SELECT * { ?s <https://schema.org/nmae> ?n }") == ["<https://schema.org/nmae>"]
    assert not _iri_offences(
        "PREFIX schema: <https://schema.org/>\nSELECT * { ?s <https://schema.org/name> ?n }"
    )


def _page_offences(text: str) -> list[str]:
    """IRIs of kg's namespaces' hosts and PREFIX lines written by hand in JavaScript."""
    iris = [iri for iri in re.findall(r"https?://[^\s\"'`)>]+", text) if urlsplit(iri).netloc in _HOSTS]
    return iris + [m.group() for m in _PREFIX_LINE.finditer(text) if "${" not in m.group()]


def test_the_page_writes_no_iri_but_the_generated_vocabulary():
    """kg/web's JavaScript takes every namespace from vocab.js (generated from kg/vocab.py by
    tools/make_vocabularies.py): no IRI and no PREFIX line written by hand."""
    scripts = [p for p in (ROOT / "kg" / "web").glob("*.js") if p.name != "vocab.js"]
    assert scripts, "kg/web has no JavaScript: this test looks in the wrong place"
    offenders = {p.name: found for p in scripts if (found := _page_offences(p.read_text(encoding="utf-8")))}
    assert offenders == {}
    assert _page_offences('const OFFICIAL = "https://w3id.org/kg-vn/ontology#Official";')
    assert _page_offences("const Q = `PREFIX kg: <https://w3id.org/kg-vn/ontology#>`;")
    assert not _page_offences("const PROLOGUE = `PREFIX ${p}: <${ns}>`; fetch('https://example.org/')")
