"""A post — one official holding one role in one body — is one node however many articles state it:
its record (type, member, role, organization, former) once in the entities graph, each article's
attestation (sentence, year) in that article's graph; the record goes with the last article that
states the post, and a merge of two people renames their posts."""

from __future__ import annotations

import pyoxigraph as ox

from kg.api import build, query, remove, stats
from kg.resolve import merge_identities, post_iri
from kg.store import open_store
from kg.vocab import ORG

ENT = "https://w3id.org/kg-vn/id/graph/entities"
KG = "https://w3id.org/kg-vn/ontology#"
SECRETARY = "Comrade Le Van Hai, Secretary of the Ninh Binh Provincial Party Committee, {verb} in {year}."


def write(folder, **texts) -> None:
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def posts(store) -> list[tuple[str, str]]:
    """(post, graph) of every kg:Post type triple, whichever graph holds it."""
    rows = query(store, f"SELECT ?post ?g WHERE {{ GRAPH ?g {{ ?post a <{KG}Post> }} }}")
    return [(r["post"].value, r["g"].value) for r in rows]


def attesting(store, post: str) -> dict[str, set[str]]:
    """graph -> years of the articles attesting ``post`` (kg:sentence, kg:attestedIn)."""
    out: dict[str, set[str]] = {}
    for r in query(
        store,
        f"""SELECT ?g ?y WHERE {{ GRAPH ?g {{ <{post}> <{KG}sentence> ?s
              OPTIONAL {{ <{post}> <{KG}attestedIn> ?y }} }} }}""",
    ):
        out.setdefault(r["g"].value.rsplit("/", 1)[-1], set()).update([r["y"].value] if r["y"] else [])
    return out


def test_one_post_stated_by_two_articles_is_one_record_attested_twice(tmp_path):
    write(
        tmp_path,
        a=SECRETARY.format(verb="chaired the meeting", year=2023),
        b=SECRETARY.format(verb="spoke at the conference", year=2024),
    )
    store = open_store()
    build([tmp_path], store)
    found = posts(store)
    assert [g for _, g in found] == [ENT]  # one post, typed once, in the entities graph
    post = found[0][0]
    person = "https://w3id.org/kg-vn/id/person/le-van-hai"
    body = "https://w3id.org/kg-vn/id/body/party_committee/provincial/ninh-binh"
    assert post == post_iri(person, "secretary", body)
    record = {
        (q.predicate.value, q.object.value)
        for q in store.quads_for_pattern(ox.NamedNode(post), None, None, None)
    }
    assert (ORG.member, person) in record and (ORG.organization, body) in record
    assert all(
        q.graph_name.value == ENT
        for q in store.quads_for_pattern(ox.NamedNode(post), ox.NamedNode(ORG.member), None, None)
    )
    assert attesting(store, post) == {"a": {"2023"}, "b": {"2024"}}
    assert stats(store)["posts"] == 1


def test_a_former_post_is_another_post(tmp_path):
    write(
        tmp_path,
        a=SECRETARY.format(verb="chaired the meeting", year=2023),
        b="Comrade Le Van Hai, former Secretary of the Ninh Binh Provincial Party Committee, spoke in 2024.",
    )
    store = open_store()
    build([tmp_path], store)
    found = {p for p, _ in posts(store)}
    former = {r["p"].value for r in query(store, f"SELECT ?p WHERE {{ ?p <{KG}former> true }}")}
    assert len(found) == 2 and len(former) == 1 and former < found


def test_removing_or_editing_articles_drops_a_post_record_only_with_its_last_attestation(tmp_path):
    write(
        tmp_path,
        a=SECRETARY.format(verb="chaired the meeting", year=2023),
        b=SECRETARY.format(verb="spoke at the conference", year=2024),
        c="Comrade Tran Van Binh, Chair of the Ninh Binh Provincial People's Committee, spoke in 2024.",
    )
    store = open_store()
    build([tmp_path], store)
    (post,) = {
        p
        for p, _ in posts(store)
        if p
        in {
            post_iri(
                "https://w3id.org/kg-vn/id/person/le-van-hai",
                "secretary",
                "https://w3id.org/kg-vn/id/body/party_committee/provincial/ninh-binh",
            )
        }
    }
    assert remove(store, ["a"]) == []
    assert attesting(store, post) == {"b": {"2024"}}
    assert any(True for _ in store.quads_for_pattern(ox.NamedNode(post), None, None, ox.NamedNode(ENT)))
    # an edit of the last article stating it: the record goes, and so does the person's
    (tmp_path / "a.txt").unlink()
    write(tmp_path, b="Nothing about anybody here, in 2024.")
    build([tmp_path], store)
    assert not any(True for _ in store.quads_for_pattern(ox.NamedNode(post), None, None, None))
    assert not any(
        True
        for _ in store.quads_for_pattern(
            ox.NamedNode("https://w3id.org/kg-vn/id/person/le-van-hai"), None, None, None
        )
    )
    assert len(posts(store)) == stats(store)["posts"] == 1  # Tran Van Binh's, untouched
    assert remove(store, ["c"]) == []
    assert posts(store) == [] and stats(store)["posts"] == 0
    assert list(store.quads_for_pattern(None, None, None, ox.NamedNode(ENT))) == []


def test_merging_two_people_renames_their_posts(tmp_path):
    write(tmp_path, a=SECRETARY.format(verb="chaired the meeting", year=2023))
    store = open_store()
    build([tmp_path], store)
    old = "https://w3id.org/kg-vn/id/person/le-van-hai"
    new = "https://w3id.org/kg-vn/id/person/le-van-hai-2"
    body = "https://w3id.org/kg-vn/id/body/party_committee/provincial/ninh-binh"
    merge_identities(store, {old: new})
    assert [p for p, _ in posts(store)] == [post_iri(new, "secretary", body)]
    assert attesting(store, post_iri(new, "secretary", body)) == {"a": {"2023"}}
    assert not any(
        True
        for _ in store.quads_for_pattern(ox.NamedNode(post_iri(old, "secretary", body)), None, None, None)
    )
