"""Every IRI of the kg ontology, declared once. A term that is not declared raises.

>>> KG.Official
'https://w3id.org/kg-vn/ontology#Official'
>>> KG.Oficial
Traceback (most recent call last):
...
AttributeError: 'Oficial' is not a term of https://w3id.org/kg-vn/ontology#
"""

from __future__ import annotations

import re

from kg.text import fold

__all__ = [
    "CODE",
    "DCT",
    "ID",
    "KG",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "QB",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SDMX",
    "SKOS",
    "TIME",
    "XSD",
    "Namespace",
    "code_iri",
    "id_iri",
    "slug",
]


class Namespace:
    """A closed namespace: attribute access gives the IRI string of a declared term."""

    def __init__(self, base: str, terms: str = "", open_: bool = False):
        self._base = base
        self._terms = frozenset(terms.split())
        self._open = open_

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        iri = self[name]
        setattr(self, name, iri)  # a declared term, found without this call from now on
        return iri

    def __getitem__(self, name: str) -> str:
        if not self._open and name not in self._terms:
            raise AttributeError(f"{name!r} is not a term of {self._base}")
        return self._base + name

    def __str__(self) -> str:
        return self._base

    @property
    def terms(self) -> frozenset[str]:
        return self._terms


KG = Namespace(
    "https://w3id.org/kg-vn/ontology#",
    """Official Body PartyCommittee PartyStandingCommittee PeoplesCommittee PeoplesCouncil
    FatherlandFront PartyCommission Politburo Secretariat CentralCommittee CommunistParty
    NationalAssembly NationalAssemblyDelegation Government Ministry Department SteeringCommittee
    PartyOffice OtherBody Post Meeting Document MetricObservation Sentence Place
    chairedBy surfaceForm canonicalName orgType level place successor documentKind number issuer
    session term year indicator value unit changePct sentence text index contentHash province
    former attestedIn mentions extractedBy searchKey meetingKind""",
)
ORG = Namespace(
    "http://www.w3.org/ns/org#", "Organization Membership Role member organization role memberDuring"
)
SCHEMA = Namespace(
    "https://schema.org/",
    """NewsArticle Event Person Place name url inLanguage identifier organizer startDate attendee
    isPartOf about text""",
)
QB = Namespace("http://purl.org/linked-data/cube#", "Observation DataSet dataSet")
SDMX = Namespace("http://purl.org/linked-data/sdmx/2009/attribute#", "unitMeasure")
PROV = Namespace("http://www.w3.org/ns/prov#", "wasDerivedFrom wasGeneratedBy hadPrimarySource Entity")
SKOS = Namespace(
    "http://www.w3.org/2004/02/skos/core#",
    "Concept ConceptScheme notation prefLabel inScheme hasTopConcept definition",
)
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "type")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#", "label comment subClassOf domain range")
XSD = Namespace(
    "http://www.w3.org/2001/XMLSchema#", "string date gYearMonth gYear decimal integer boolean double"
)
OWL = Namespace("http://www.w3.org/2002/07/owl#", "Ontology Class ObjectProperty DatatypeProperty")
DCT = Namespace("http://purl.org/dc/terms/", "title source created")
TIME = Namespace("http://www.w3.org/2006/time#", "Interval hasBeginning hasEnd")
ID = Namespace("https://w3id.org/kg-vn/id/", open_=True)
CODE = Namespace("https://w3id.org/kg-vn/code/", open_=True)

PREFIXES = {
    "kg": str(KG),
    "org": str(ORG),
    "schema": str(SCHEMA),
    "qb": str(QB),
    "prov": str(PROV),
    "skos": str(SKOS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "dct": str(DCT),
    "sdmx-attribute": str(SDMX),
    "time": str(TIME),
    "id": str(ID),
    "code": str(CODE),
}

# GOLD org codes -> ontology class of the body
ORG_CLASSES = {
    "communist_party": "CommunistParty",
    "politburo": "Politburo",
    "secretariat": "Secretariat",
    "central_committee": "CentralCommittee",
    "party_committee": "PartyCommittee",
    "party_standing_committee": "PartyStandingCommittee",
    "peoples_committee": "PeoplesCommittee",
    "peoples_council": "PeoplesCouncil",
    "fatherland_front": "FatherlandFront",
    "national_assembly": "NationalAssembly",
    "national_assembly_delegation": "NationalAssemblyDelegation",
    "government": "Government",
    "ministry": "Ministry",
    "department": "Department",
    "party_commission": "PartyCommission",
    "steering_committee": "SteeringCommittee",
    "party_office": "PartyOffice",
    "other": "OtherBody",
}


def slug(text: str) -> str:
    """'Ninh Bình' -> 'ninh-binh'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def code_iri(scheme: str, code: str) -> str:
    """IRI of a GOLD code: ``code_iri('role', 'chair')`` -> ``.../code/role/chair``."""
    return CODE[f"{scheme}/{code}"]


def id_iri(*parts: str) -> str:
    return ID["/".join(parts)]
