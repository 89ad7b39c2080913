"""The SKOS vocabularies carry exactly the GOLD.md codes; ontology IRIs are declared once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib

from kg.codes import SCHEMES
from kg.vocab import KG

ROOT = Path(__file__).resolve().parents[2]
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
        if path.name in {"vocab.py", "viz.py"}:
            continue
        if re.search(r'"https?://w3id\.org/kg-vn', path.read_text(encoding="utf-8")):
            offenders.append(path.name)
    assert offenders == []
