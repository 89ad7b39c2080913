"""The canned queries return the right rows on the seed articles: each against a plain formulation
of the same question (one graph pattern, no ordering tricks), with its parameters given, dropped
and, for a person, in another script. Timing lives in bench/, never here."""

from __future__ import annotations

from collections import Counter

import pyoxigraph as ox
import pytest

from kg import canned
from kg.sparql import PREFIXES, escape_slashes

ENT = "<https://w3id.org/kg-vn/id/graph/entities>"


def run(store, text: str, given: dict[str, str] | None = None, q: canned.Canned | None = None) -> list[dict]:
    """Rows as {column: value as text}, with a canned query's parameters bound as `kg query` does."""
    if q is not None:  # the canned query's declared defaults, overridden or dropped by ``given``
        subs = {ox.Variable(k): v for k, v in q.bindings(given).items()}
    else:
        subs = {ox.Variable(k): canned.term(v) for k, v in (given or {}).items()}
    res = store.query(
        escape_slashes(text)[0],
        use_default_graph_as_union=True,
        prefixes=PREFIXES,
        substitutions=subs or None,
    )
    names = [v.value for v in res.variables]
    return [{n: (r[n].value if r[n] is not None else None) for n in names} for r in res]


def canned_rows(store, name: str, given: dict[str, str] | None = None) -> list[dict]:
    q = canned.get(name)
    return run(store, q.text, given, q)


def bag(rows: list[dict], cols: list[str]) -> Counter:
    return Counter(tuple(r.get(c) for c in cols) for r in rows)


def test_person_gives_posts_and_meetings_chaired_in_any_script(seeds_store):
    latin = canned_rows(seeds_store, "person", {"key": "mai van tuat"})
    assert {r["name"] for r in latin} == {"Mai Van Tuat"}
    posts = {
        (r["role"].rsplit("/", 1)[-1], r["org"].rsplit("/", 1)[-1], r["place"])
        for r in latin
        if r["what"] == "post"
    }
    assert ("standing_deputy_secretary", "party_committee", "Ninh Binh") in posts
    assert any(r["what"] == "chaired" for r in latin)
    # the same rows for the name as an Arabic article writes it
    arabic = canned_rows(seeds_store, "person", {"key": "ماي فان توات"})
    cols = ["person", "what", "role", "org", "place", "when", "articles"]
    assert bag(arabic, cols) == bag(latin, cols)
    # counts: one row per (post or meeting, year or date), the articles that say so
    plain = run(
        seeds_store,
        f"""SELECT ?role ?body ?when ?article WHERE {{
          GRAPH {ENT} {{ ?person kg:searchKey "mai van tuat" .
                         ?post org:member ?person ; org:role ?role ; org:organization ?body }}
          GRAPH ?article {{ ?post kg:sentence ?s OPTIONAL {{ ?post kg:attestedIn ?when }} }} }}""",
    )
    want = Counter()
    for (role, when), arts in _group(plain, ("role", "when")).items():
        want[(role, when, str(len(arts)))] += 1
    got = Counter((r["role"], r["when"], r["articles"]) for r in latin if r["what"] == "post")
    # a role held in two bodies in one year gives two rows of the canned query
    assert set(got) == set(want)


def _group(rows: list[dict], cols: tuple[str, ...]) -> dict[tuple, set]:
    out: dict[tuple, set] = {}
    for r in rows:
        out.setdefault(tuple(r[c] for c in cols), set()).add(r["article"])
    return out


def test_body_lists_its_meetings_with_chairs_and_its_office_holders(seeds_store):
    rows = canned_rows(seeds_store, "body")
    assert {r["body"] for r in rows} == {
        "https://w3id.org/kg-vn/id/body/party_committee/provincial/ninh-binh"
    }
    holders = {(r["name"], r["role"].rsplit("/", 1)[-1]) for r in rows if r["what"] == "post"}
    assert ("Mai Van Tuat", "standing_deputy_secretary") in holders
    plain = run(
        seeds_store,
        f"""SELECT ?person ?role ?article WHERE {{ GRAPH {ENT} {{
             ?post org:organization id:body/party_committee/provincial/ninh-binh ; org:role ?role ; org:member ?person }}
             GRAPH ?article {{ ?post kg:sentence ?s }} }}""",
    )
    want = {(p, role, str(len(a))) for (p, role), a in _group(plain, ("person", "role")).items()}
    got = Counter()
    for r in rows:
        if r["what"] == "post":
            got[(r["person"], r["role"])] += int(r["articles"])
    assert {(p, role) for p, role, _ in want} == set(got)
    meetings = [r for r in rows if r["what"] == "meeting"]
    assert meetings and all(r["name"] for r in meetings if r["person"])


def test_post_holders_with_its_parameters_given_and_dropped(seeds_store):
    rows = canned_rows(seeds_store, "post-holders")
    assert {r["name"] for r in rows} == {"Mai Van Tuat"}
    plain = """SELECT ?body ?role ?year ?person ?name ?article WHERE {
      GRAPH <https://w3id.org/kg-vn/id/graph/entities> {
        ?post org:organization ?body ; org:role ?role ; org:member ?person . ?person schema:name ?name }
      GRAPH ?article { ?post kg:attestedIn ?year } }"""
    q = canned.get("post-holders")
    for dropped in ([], ["role"], ["year"], ["body", "role"], ["body", "role", "year"]):
        given = {d: "" for d in dropped}
        got = canned_rows(seeds_store, "post-holders", given)
        want = _group(run(seeds_store, plain, given, q), ("body", "role", "year", "person", "name"))
        assert {k: str(len(v)) for k, v in want.items()} == {
            tuple(r[c] for c in ("body", "role", "year", "person", "name")): r["articles"] for r in got
        }, dropped
    assert len(canned_rows(seeds_store, "post-holders", {"role": ""})) > len(rows)


def test_indicator_observations_give_every_figure_of_the_indicator_in_the_province(seeds_store):
    rows = canned_rows(seeds_store, "indicator-observations")
    assert rows and all(r["value"] and r["unit"] for r in rows)
    plain = """SELECT ?value ?unit ?changePct ?article WHERE { GRAPH ?article {
      ?obs kg:indicator code:indicator/budget_revenue ; kg:place id:place/ninh-binh ; kg:value ?value ; kg:unit ?unit .
      OPTIONAL { ?obs kg:changePct ?changePct } } }"""
    cols = ["value", "unit", "changePct", "article"]
    assert set(bag(rows, cols)) == set(bag(run(seeds_store, plain), cols))
    other = canned_rows(seeds_store, "indicator-series", {"place": "id:place/ha-tinh"})
    assert all(r["place"].endswith("ha-tinh") for r in other)
    series = canned_rows(seeds_store, "indicator-series")  # a row per period and unit
    assert series and sum(int(r["reports"]) for r in series) == len(rows)
    assert {(r["period"], r["unit"]) for r in series} == {(r["period"], r["unit"]) for r in rows}
    assert set(bag(series, cols)) <= set(bag(rows, cols))


def test_office_holders_match_the_plain_query_whatever_parameters_are_dropped(seeds_store):
    q = canned.get("office-holders")
    plain = """SELECT DISTINCT ?name ?person ?role ?orgType ?placeName ?year ?article WHERE {
      GRAPH <https://w3id.org/kg-vn/id/graph/entities> {
        ?post a kg:Post ; org:role ?role ; org:member ?person ; org:organization ?body . ?person schema:name ?name }
      GRAPH ?article { ?post kg:attestedIn ?year . ?body kg:orgType ?orgType ; kg:place/schema:name ?placeName . } }"""
    cols = list(_columns(q))
    for dropped in ([], ["role"], ["placeName"], ["role", "orgType", "placeName"], list(q.params)):
        given = {d: "" for d in dropped}
        rows = canned_rows(seeds_store, "office-holders", given)
        assert bag(rows, cols) == bag(run(seeds_store, plain, given, q), cols), dropped
        names = [r["name"] or "" for r in rows]
        assert names == sorted(names), dropped  # sorted by name (the holders first, then their articles)
    assert len({r["name"] for r in canned_rows(seeds_store, "office-holders", {p: "" for p in q.params})}) > 1


def _columns(q: canned.Canned) -> list[str]:
    head = q.text.split("SELECT", 1)[1].split("WHERE", 1)[0]
    return [w.strip("?") for w in head.split() if w.startswith("?") and "(" not in w and ")" not in w]


def test_meetings_of_body_name_chairs_only_of_meetings_that_have_them_and_filter_by_place(seeds_store):
    rows = canned_rows(seeds_store, "meetings-of-body")
    chaired = run(
        seeds_store,
        f"""SELECT ?body ?article ?name WHERE {{ GRAPH ?article {{ ?m schema:organizer ?body ; kg:chairedBy ?c }}
            GRAPH {ENT} {{ ?c schema:name ?name }} }}""",
    )
    assert {(r["body"], r["article"], r["chair"]) for r in rows if r["chair"]} == {
        (r["body"], r["article"], r["name"]) for r in chaired
    }
    ninh_binh = canned_rows(seeds_store, "meetings-of-body", {"place": "Ninh Binh"})
    assert ninh_binh and {r["place"] for r in ninh_binh} == {"Ninh Binh"}
    assert {r["body"] for r in ninh_binh} == {r["body"] for r in rows if r["place"] == "Ninh Binh"}
    assert canned_rows(seeds_store, "meetings-of-body", {"place": "Nowhere"}) == []


def test_who_chaired_what_lists_every_chair_of_every_meeting(seeds_store):
    rows = canned_rows(seeds_store, "who-chaired-what")
    plain = run(
        seeds_store,
        f"""SELECT ?name ?article ?text WHERE {{ GRAPH ?article {{ ?m kg:chairedBy ?p ; kg:sentence/kg:text ?text }}
            GRAPH {ENT} {{ ?p schema:name ?name }} }}""",
    )
    assert {(r["name"], r["article"], r["sentence"]) for r in rows} == {
        (r["name"], r["article"], r["text"]) for r in plain
    }
    one = canned_rows(seeds_store, "who-chaired-what", {"name": "Mai Van Tuat"})
    assert one and {r["name"] for r in one} == {"Mai Van Tuat"}
    assert any(r["office"] and "standing_deputy_secretary" in r["office"] for r in one)


def test_posts_of_official_gives_each_post_with_its_sentence(seeds_store):
    rows = canned_rows(seeds_store, "posts-of-official", {"name": "Mai Van Tuat"})
    plain = run(
        seeds_store,
        f"""SELECT ?role ?article WHERE {{ GRAPH {ENT} {{ ?p schema:name "Mai Van Tuat" .
            ?post org:member ?p ; org:role ?role ; org:organization ?b }}
            GRAPH ?article {{ ?post kg:sentence ?s . ?b kg:orgType ?t }} }}""",
    )
    assert bag(rows, ["role", "article"]) == bag(plain, ["role", "article"])
    assert all(r["sentence"] and r["name"] == "Mai Van Tuat" for r in rows)
    everyone = canned_rows(seeds_store, "posts-of-official")
    assert len({r["name"] for r in everyone}) > 1 and len(everyone) > len(rows)


def test_documents_cited_counts_the_articles_citing_each(seeds_store):
    rows = canned_rows(seeds_store, "documents-cited")
    plain = run(seeds_store, "SELECT ?doc ?article WHERE { GRAPH ?article { ?doc kg:documentKind ?k } }")
    want = {d: str(len(a)) for (d,), a in _group(plain, ("doc",)).items()}
    assert {r["doc"]: r["articles"] for r in rows} == want
    assert all(r["example"] for r in rows)
    counts = [int(r["articles"]) for r in rows]
    assert counts == sorted(counts, reverse=True)


@pytest.mark.parametrize("name", ["metric-series", "metrics"])
def test_metric_tables_give_every_figure(seeds_store, name):
    rows = canned_rows(seeds_store, name)
    plain = run(
        seeds_store,
        """SELECT ?indicator ?value ?unit ?article WHERE { GRAPH ?article {
             ?obs a kg:MetricObservation ; kg:indicator ?indicator ; kg:value ?value ; kg:unit ?unit } }""",
        {"indicator": "code:indicator/budget_revenue"} if name == "metric-series" else None,
    )
    cols = ["indicator", "value", "unit", "article"]
    assert set(bag(rows, cols)) == set(bag(plain, cols)) and rows
