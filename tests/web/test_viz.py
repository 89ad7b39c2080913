"""kg viz: scoping, labels in words, a layout without overlaps, GEXF dates."""

from __future__ import annotations

import itertools
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from kg import viz
from kg.api import query
from kg.codes import SCHEMES, label
from kg.store import open_store
from kg.viz import Scope, chair_graph, collapse, date_span, draw, fmt_date, fold, layout, to_html, to_svg
from tests.helpers import ROOT

KIND_WORDS = {label(code) for code in SCHEMES["meeting"]}  # "Congress", "Working session"…

_SCOPE = """
SELECT DISTINCT ?m ?p ?b ?date ?place ?aprov WHERE { GRAPH ?a {
  ?m kg:chairedBy ?p . OPTIONAL { ?m schema:startDate ?date }
  OPTIONAL { ?m schema:organizer ?b OPTIONAL { ?b kg:place/schema:name ?place } }
  OPTIONAL { ?a kg:province/schema:name ?aprov } } }
"""


def chairs(store) -> list[dict]:
    names = ("m", "p", "b", "date", "place", "aprov")
    return [{k: (r[k].value if r[k] is not None else None) for k in names} for r in query(store, _SCOPE)]


def kinds(g, kind):
    return {n for n, d in g.nodes(data=True) if d["kind"] == kind}


def assert_in_words(g):
    assert g.number_of_nodes() > 0
    for _, d in g.nodes(data=True):
        assert d["label"].strip(), d
        assert "_" not in d["label"] and "/" not in d["label"], d["label"]  # words, not codes or IRIs
        if d["kind"] == "meeting":  # its kind in words ("Session", "Working session"; "Meeting" if unknown)
            assert d["label"].startswith(d.get("kind_words") or f"{d.get('meetings')} "), d["label"]
            assert d["label"].startswith(tuple(KIND_WORDS)) or d.get("meetings"), d["label"]


def assert_no_overlap(g):
    lay = layout(g)
    boxes = [("title", lay.title), *lay.legend, *lay.headers, *lay.nodes.items()]
    for (a, ba), (b, bb) in itertools.combinations(boxes, 2):
        assert not ba.overlaps(bb), (a, b)
    for _, box in boxes:
        assert 0 <= box.x and box.x + box.w <= lay.width and 0 <= box.y and box.y + box.h <= lay.height


def test_labels_are_words_and_posts_are_in_the_hover_text(seeds_store):
    g = chair_graph(seeds_store)
    assert_in_words(g)
    titles = [d["title"] for n, d in g.nodes(data=True) if d["kind"] == "official"]
    assert any(" of the " in t for t in titles), titles  # "Secretary of the Provincial Party Committee of …"


def test_province_scope_stays_inside_the_province_whatever_the_spelling(seeds_store):
    rows = chairs(seeds_store)
    provinces = sorted({r["place"] for r in rows if r["place"]} | {r["aprov"] for r in rows if r["aprov"]})
    assert provinces
    everything = chair_graph(seeds_store)
    for province in provinces:
        meetings = {r["m"] for r in rows if province in (r["place"], r["aprov"])}
        scope = (
            meetings
            | {r["p"] for r in rows if r["m"] in meetings}
            | {r["b"] for r in rows if r["m"] in meetings}
        )
        # typed with diacritics and in another case: "Ninh Binh" as "NINH BÌNH"
        typed = province.upper().replace("I", "Ì", 1)
        g = chair_graph(seeds_store, Scope(province=typed))
        assert fold(typed) == fold(province)
        assert set(g) <= scope and set(g) <= set(everything)
        assert kinds(g, "meeting") == meetings
        assert g.number_of_nodes() < everything.number_of_nodes() or len(provinces) == 1
        assert_in_words(g)


def test_a_year_only_date_is_inside_a_range_within_that_year(seeds_store):
    rows = chairs(seeds_store)
    year_only = {r["m"]: r["date"] for r in rows if r["date"] and len(r["date"]) == 4}
    assert year_only, "the seeds have a meeting dated by its year alone"
    meeting, year = sorted(year_only.items())[0]
    g = chair_graph(seeds_store, Scope(since=f"{year}-03", until=f"{year}-06-30"))
    assert meeting in g
    for m in kinds(g, "meeting"):
        span = date_span(g.nodes[m]["date"])
        assert span[1] >= f"{year}-03-01" and span[0] <= f"{year}-06-30", g.nodes[m]["date"]
    outside = {
        r["m"]
        for r in rows
        if r["date"] and len(r["date"]) == 10 and not f"{year}-03" <= r["date"] <= f"{year}-06-30"
    }
    assert not outside & set(g)
    # a range of other years leaves it out
    assert meeting not in chair_graph(seeds_store, Scope(since=str(int(year) + 1)))


def test_official_scope_takes_any_spelling_and_keeps_co_chairs(seeds_store):
    everything = chair_graph(seeds_store)
    official = max(kinds(everything, "official"), key=lambda n: (everything.out_degree(n), n))
    name = everything.nodes[official]["label"]
    for typed in (name, name.lower(), name.split()[-1]):
        g = chair_graph(seeds_store, Scope(official=typed))
        assert official in g
        assert kinds(g, "meeting") == set(everything.successors(official))
        assert all(g.has_edge(official, m) for m in kinds(g, "meeting"))

    # an official named in Arabic script: typed as the article wrote it
    forms = [
        (r["p"].value, r["f"].value)
        for r in query(
            seeds_store,
            "SELECT DISTINCT ?p ?f WHERE { ?m kg:chairedBy ?p . GRAPH ?a { ?p kg:surfaceForm ?f } }",
        )
        if any("\u0600" <= c <= "\u06ff" for c in r["f"].value)
    ]
    assert forms, "the seeds name a chair in Arabic script"
    person, form = sorted(forms)[0]
    g = chair_graph(seeds_store, Scope(official=form))
    assert kinds(g, "meeting") == set(everything.successors(person))


def test_body_scope_and_top(seeds_store):
    everything = chair_graph(seeds_store)
    body = sorted(kinds(everything, "body"))[0]
    g = chair_graph(seeds_store, Scope(body=body))
    assert kinds(g, "body") == {body}
    assert kinds(g, "meeting") == set(everything.predecessors(body))
    words = everything.nodes[body]["label"]
    assert kinds(chair_graph(seeds_store, Scope(body=words.lower())), "body") >= {body}
    top = chair_graph(seeds_store, Scope(top=1))
    assert len(kinds(top, "official")) == 1
    most = max(everything.out_degree(n) for n in kinds(everything, "official"))
    assert top.out_degree(next(iter(kinds(top, "official")))) == most


def test_kind_scope_keeps_meetings_of_that_kind_only(seeds_store):
    everything = chair_graph(seeds_store)
    found = {everything.nodes[m]["meeting_kind"] for m in kinds(everything, "meeting")} - {""}
    assert found, "the seeds' meetings have kinds"
    for code in found:
        g = chair_graph(seeds_store, Scope(kind=code.replace("_", " ").upper()))
        wanted = {m for m in kinds(everything, "meeting") if everything.nodes[m]["meeting_kind"] == code}
        assert kinds(g, "meeting") == wanted
    absent = sorted(set(SCHEMES["meeting"]) - found)[0]
    with pytest.raises(ValueError):  # nothing to draw is said, not drawn empty
        draw(seeds_store, Path("unused.svg"), Scope(kind=absent))


def test_layout_has_no_overlapping_boxes_and_svg_is_offline(seeds_store):
    g = chair_graph(seeds_store)
    assert_no_overlap(g)
    svg = to_svg(g)
    assert svg.count('class="node ') == g.number_of_nodes()
    assert "marker-end" in svg  # arrows: the edges are directed
    page = to_html(g)
    assert "http://" not in page and "https://" not in page


def test_gexf_has_dates_for_the_timeline(seeds_store, tmp_path):
    out = draw(seeds_store, tmp_path / "chairs.gexf")
    root = ET.parse(out).getroot()
    ns = {"g": root.tag.split("}")[0][1:]}
    graph = root.find("g:graph", ns)
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    g = chair_graph(seeds_store)
    dated = {n for n, d in g.nodes(data=True) if d["kind"] == "meeting" and d["date"]}
    assert dated
    nodes = {n.get("id"): n for n in graph.iter(f"{{{ns['g']}}}node")}
    for m in dated:
        start, end = nodes[m].get("start"), nodes[m].get("end")
        assert (start, end) == date_span(g.nodes[m]["date"])
    edges = list(graph.iter(f"{{{ns['g']}}}edge"))
    assert edges and all(e.get("start") for e in edges if e.get("target") in dated)
    assert (tmp_path / "x.graphml").exists() is False
    assert draw(seeds_store, tmp_path / "x.graphml").stat().st_size > 500


@pytest.mark.slow
def test_at_312_articles_each_province_scope_is_inside_and_readable(unlabelled_store, tmp_path):
    store = open_store(str(unlabelled_store), read_only=True)
    rows = chairs(store)
    everything = chair_graph(store)
    assert_in_words(everything)
    assert_no_overlap(everything)
    by_province: dict[str, set] = {}
    for r in rows:
        for where in {r["place"], r["aprov"]} - {None}:
            by_province.setdefault(where, set()).add(r["m"])
    for province in sorted(by_province, key=lambda p: -len(by_province[p]))[:3]:
        meetings = by_province[province]
        scope = (
            meetings
            | {r["p"] for r in rows if r["m"] in meetings}
            | {r["b"] for r in rows if r["m"] in meetings}
        )
        g = chair_graph(store, Scope(province=province))
        assert 0 < g.number_of_nodes() <= len(scope) and set(g) <= scope
        assert_in_words(g)
        assert_no_overlap(g)
    # the command line: options, a PNG, and a clean error for a bad date
    kg = [sys.executable, "-m", "kg", "viz", "--store", str(unlabelled_store)]
    province = max(by_province, key=lambda p: len(by_province[p]))
    done = subprocess.run([*kg, "--province", province, "--top", "3", "--out", str(tmp_path / "p.png")], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "p.png").stat().st_size > 5000
    bad = subprocess.run([*kg, "--since", "2024-13", "--out", str(tmp_path / "x.svg")], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)  # fmt: skip
    assert bad.returncode == 2 and "YYYY" in bad.stderr
    # one kind of meeting, the commonest chaired kind but the plain "meeting", written as a user would
    counts = Counter(r.kind.rsplit("/", 1)[-1] for r in viz._rows(store) if r.kind)
    kind = next(k for k, _ in counts.most_common() if k != "meeting")
    done = subprocess.run([*kg, "--kind", kind.replace("_", "-").title(), "--out", str(tmp_path / "w.graphml")],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    drawn = nx.read_graphml(tmp_path / "w.graphml")
    assert {d["meeting_kind"] for _, d in drawn.nodes(data=True) if d["kind"] == "meeting"} == {kind}


def test_a_long_series_of_meetings_is_one_box_in_the_drawing():
    g = nx.DiGraph(scope="test")
    g.add_node("p", kind="official", label="Mai Van Tuat", title="", meetings=5)
    g.add_node("q", kind="official", label="Truong Thi Mai", title="", meetings=1)
    g.add_node("b", kind="body", label="Provincial Party Committee of Ninh Binh", title="")
    for i, date in enumerate(["2021-03-02", "2022", "2023-05", "2023-06-01"]):
        g.add_node(f"m{i}", kind="meeting", label="Meeting", title="", date=date)
        g.add_edge("p", f"m{i}", relation="chaired")
        g.add_edge(f"m{i}", "b", relation="organised by")
    g.add_node("m9", kind="meeting", label="Meeting", title="", date="2024")
    g.add_edge("q", "m9", relation="chaired")
    g.add_edge("p", "m9", relation="chaired")  # other chairs: not in the series
    c = collapse(g)
    series = [n for n in c if str(n).startswith("group:")]
    assert len(series) == 1 and c.nodes[series[0]]["label"] == (
        "4 meetings of the Provincial Party Committee of Ninh Binh, 2021–2023"
    )
    assert set(c.predecessors(series[0])) == {"p"} and set(c.successors(series[0])) == {"b"}
    assert "m9" in c and not any(f"m{i}" in c for i in range(4))
    assert_no_overlap(c)


def test_a_series_of_one_kind_is_counted_in_that_kind():
    g = nx.DiGraph(scope="test")
    g.add_node("p", kind="official", label="Mai Van Tuat", title="", meetings=3)
    g.add_node("b", kind="body", label="Provincial People's Council of Ninh Binh", title="")
    for i, (date, what) in enumerate([("2021", "Session"), ("2022", "Session"), ("2023", "Session")]):
        g.add_node(f"m{i}", kind="meeting", label=what, title="", date=date, kind_words=what)
        g.add_edge("p", f"m{i}", relation="chaired")
        g.add_edge(f"m{i}", "b", relation="organised by")
    (series,) = [d["label"] for n, d in collapse(g).nodes(data=True) if str(n).startswith("group:")]
    assert series == "3 sessions of the Provincial People's Council of Ninh Binh, 2021–2023"
    g.nodes["m2"]["kind_words"] = "Ceremony"  # kinds differ: meetings
    (series,) = [d["label"] for n, d in collapse(g).nodes(data=True) if str(n).startswith("group:")]
    assert series.startswith("3 meetings of the ")


def test_each_seed_meeting_is_labelled_by_its_kind_body_place_and_date(seeds_store):
    minted = {
        r["m"].value: r["k"].value
        for r in query(seeds_store, "SELECT ?m ?k WHERE { GRAPH ?a { ?m kg:meetingKind ?k } }")
    }
    g = chair_graph(seeds_store)
    meetings = kinds(g, "meeting")
    assert meetings and meetings <= set(minted)  # every chaired seed meeting has a kind
    for m in meetings:
        d = g.nodes[m]
        kind = label(minted[m].rsplit("/", 1)[-1])
        assert d["label"].startswith(f"{kind} "), d["label"]
        assert d["label"].endswith(fmt_date(d["date"] or None)), d["label"]
        for body in g.successors(m):
            assert f"{kind} of the {g.nodes[body]['label']}" in d["label"]  # body and place
