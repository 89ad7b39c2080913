"""One identity per official across articles and scripts; same names in other provinces apart."""

from __future__ import annotations

from pathlib import Path

from kg.api import build, query
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[2]
OFFICIALS = """SELECT DISTINCT ?p ?g WHERE { GRAPH ?g { ?p a <https://w3id.org/kg-vn/ontology#Official> ;
    <https://schema.org/name> "%s" } }"""


def identities(store, name: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for row in query(store, OFFICIALS % name):
        out.setdefault(row["p"].value, set()).add(row["g"].value.rsplit("/", 1)[-1])
    return out


def test_mai_van_tuat_is_one_identity_across_three_arabic_articles():
    store = open_store()
    build([ROOT / "seeds", ROOT / "tests" / "data" / "dev" / "ar-006.txt"], store)
    ids = identities(store, "Mai Van Tuat")
    assert len(ids) == 1
    # written with masculine (الرفيق ... نائب) and feminine (الرفيقة ... نائبة) agreement
    assert next(iter(ids.values())) == {"000_fedb5b510b52c1b7", "001_92031cce437092c3", "ar-006"}


def test_a_polish_and_an_arabic_mention_merge(tmp_path):
    (tmp_path / "pl.txt").write_text(
        "Premier Pham Minh Chinh przewodniczył regularnemu posiedzeniu rządu.", encoding="utf-8"
    )
    (tmp_path / "ar.txt").write_text(
        "وحضر الاجتماع رئيس الوزراء فام مينه تشينه وأعضاء المكتب السياسي.", encoding="utf-8"
    )
    store = open_store()
    build([tmp_path], store)
    ids = identities(store, "Pham Minh Chinh")
    assert list(ids.values()) == [{"ar", "pl"}]


def test_same_name_in_two_provinces_is_two_people(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Comrade Nguyen Van Son, Secretary of the Ha Tinh Provincial Party Committee, chaired the "
        "meeting in Ha Tinh province.",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Comrade Nguyen Van Son, Chairman of the Provincial People's Committee, spoke at the "
        "conference in Lai Chau province.",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text(
        "Comrade Nguyen Van Son, Secretary of the Provincial Party Committee, visited Ha Tinh.",
        encoding="utf-8",
    )
    store = open_store()
    build([tmp_path], store)
    ids = identities(store, "Nguyen Van Son")
    assert sorted(ids.values(), key=sorted) == [{"a", "c"}, {"b"}]


def test_identities_hold_when_articles_arrive_in_separate_builds(tmp_path):
    store = open_store(tmp_path / "store")
    build([ROOT / "seeds" / "000_fedb5b510b52c1b7.txt"], store)
    build([ROOT / "seeds" / "001_92031cce437092c3.txt"], store)
    assert len(identities(store, "Mai Van Tuat")) == 1


def test_who_held_a_post_in_a_year(seeds_store):
    rows = list(query(seeds_store, (ROOT / "queries" / "office-holders.rq").read_text(encoding="utf-8")))
    assert {r["name"].value for r in rows} == {"Mai Van Tuat"}
