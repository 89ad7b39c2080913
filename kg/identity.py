"""One identity per official: the same name is the same person unless the provinces disagree.

Two mentions of "Mai Van Tuat" (any script, any article) share an IRI. Two officials with the
same name whose posts are in different provinces are kept apart: the second gets an IRI that
carries its province. An article whose province is unknown, or an official whose posts are all
central, joins the first identity of that name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.model import Official
from kg.vocab import KG, SCHEMA, id_iri, slug

__all__ = ["Registry"]


@dataclass
class _Identity:
    iri: str
    provinces: set[str] = field(default_factory=set)


class Registry:
    """Canonical IRIs of officials, seeded from a store and grown as articles are minted.

    >>> r = Registry()
    >>> a = r.resolve("Nguyen Van An", "Ha Tinh"); b = r.resolve("Nguyen Van An", None)
    >>> c = r.resolve("Nguyen Van An", "Nghe An")
    >>> a == b, a == c, c
    (True, False, 'https://w3id.org/kg-vn/id/person/nguyen-van-an-nghe-an')
    """

    def __init__(self) -> None:
        self._by_name: dict[str, list[_Identity]] = {}

    @classmethod
    def from_store(cls, store) -> Registry:
        reg = cls()
        # per graph, then DISTINCT: the union of all graphs repeats a triple once per article
        q = f"""SELECT DISTINCT ?p ?n ?prov WHERE {{ GRAPH ?g {{ ?p a <{KG.Official}> ; <{SCHEMA.name}> ?n .
                 OPTIONAL {{ ?p <{KG.province}> ?place . ?place <{SCHEMA.name}> ?prov }} }} }}"""
        for row in store.query(q):
            ident = reg._find_iri(row["n"].value, row["p"].value)
            if row["prov"] is not None:
                ident.provinces.add(row["prov"].value)
        return reg

    def _find_iri(self, name: str, iri: str) -> _Identity:
        idents = self._by_name.setdefault(name, [])
        for ident in idents:
            if ident.iri == iri:
                return ident
        ident = _Identity(iri)
        idents.append(ident)
        return ident

    def resolve(self, name: str, province: str | None) -> str:
        """The IRI of the official ``name`` met in an article about ``province``."""
        idents = self._by_name.setdefault(name, [])
        if province is None:
            if not idents:
                idents.append(_Identity(id_iri("person", slug(name))))
            return idents[0].iri
        for ident in idents:
            if not ident.provinces or province in ident.provinces:
                ident.provinces.add(province)
                return ident.iri
        base = slug(name)
        iri = id_iri("person", base if not idents else f"{base}-{slug(province)}")
        idents.append(_Identity(iri, {province}))
        return iri

    @staticmethod
    def province_of(official: Official, article_province: str | None) -> str | None:
        """The province an official belongs to: the place of a local post, else the article's;
        None for an official whose posts are all central."""
        local = [p.body.place for p in official.positions if p.body.level != "central" and p.body.place]
        if local:
            return local[0]
        if official.positions and all(p.body.level == "central" for p in official.positions):
            return None
        return article_province
