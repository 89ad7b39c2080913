"""The explorer in headless Chromium over the 312 real unlabelled articles: search by any
spelling, an official's page, and the scoped who-chaired-what graph."""

from __future__ import annotations

import re
import unicodedata
import urllib.parse

import pytest
from bs4 import BeautifulSoup

from kg.vocab import ID, PREFIXES
from tests.web.conftest import sparql

pytestmark = pytest.mark.slow

PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
ARABIC = re.compile(r"[\u0600-\u06ff]")


def fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D").lower()


def page_link(iri: str) -> str:
    return "#/id/" + "/".join(urllib.parse.quote(seg, safe="") for seg in iri[len(str(ID)) :].split("/"))


def iri_of(href: str) -> str:
    assert href.startswith("#/id/"), href
    return str(ID) + urllib.parse.unquote(href[len("#/id/") :])


def found_officials(soup: BeautifulSoup) -> list[str]:
    return [a.get_text(strip=True) for a in soup.select(".results a.node.official")]


def spellings(explorer) -> list[tuple[str, str]]:
    rows = sparql(
        explorer,
        PROLOGUE
        + "SELECT DISTINCT ?name ?form WHERE { ?p a kg:Official ; schema:name ?name ; kg:surfaceForm ?form }",
    )
    return sorted({(r["name"], r["form"]) for r in rows})


def test_search_finds_an_official_typed_with_diacritics(explorer, browser_dom):
    pairs = [
        (name, form)
        for name, form in spellings(explorer)
        if form != name and not form.isascii() and not ARABIC.search(form) and fold(form) == fold(name)
    ]
    assert pairs, "no official is written with diacritics in the corpus"
    # "Tô Lâm" when the corpus has it, and one more; names are stored without diacritics
    picks = sorted(pairs, key=lambda p: (p[1] != "Tô Lâm", p))[:2]
    for name, form in picks:
        soup = BeautifulSoup(browser_dom(f"#/search?q={form}"), "html.parser")
        assert name in found_officials(soup), (form, found_officials(soup))
        # a partial name with diacritics: the last word alone
        last = form.split()[-1]
        soup = BeautifulSoup(browser_dom(f"#/search?q={last}"), "html.parser")
        assert name in found_officials(soup), (last, found_officials(soup))


def test_search_finds_an_official_typed_in_arabic_script(explorer, browser_dom):
    pairs = [(name, form) for name, form in spellings(explorer) if ARABIC.search(form)]
    assert pairs, "no Arabic-script mention in the corpus"
    picks = sorted(pairs, key=lambda p: (p[1] != "تو لام", p))[:2]
    for name, form in picks:
        soup = BeautifulSoup(browser_dom(f"#/search?q={form}"), "html.parser")
        assert name in found_officials(soup), (form, found_officials(soup))
        # the Arabic form is shown with the result
        assert form in soup.select_one(".results").get_text()
    # "ng" written with the other letter (ج for غ, or the reverse) still finds the official
    variants = [(n, f) for n, f in pairs if "غ" in f or "ج" in f]
    if variants:
        name, form = variants[0]
        typed = form.translate(str.maketrans("غج", "جغ"))
        soup = BeautifulSoup(browser_dom(f"#/search?q={typed}"), "html.parser")
        assert name in found_officials(soup), (typed, found_officials(soup))


def test_official_page_lists_posts_by_year_and_chaired_meetings_with_sources(explorer, browser_dom):
    top = sparql(
        explorer,
        PROLOGUE
        + """SELECT ?p (COUNT(DISTINCT ?m) AS ?n) WHERE {
             ?m kg:chairedBy ?p . ?post org:member ?p ; kg:attestedIn ?y }
           GROUP BY ?p ORDER BY DESC(?n) ?p LIMIT 1""",
    )[0]
    person = top["p"]
    posts = sparql(
        explorer,
        PROLOGUE
        # a post is one node; each article attests it (sentence, year) in its own graph
        + f"""SELECT DISTINCT ?year ?text WHERE {{ ?post org:member <{person}> .
              GRAPH ?a {{ ?post kg:sentence ?s . ?s kg:text ?text OPTIONAL {{ ?post kg:attestedIn ?year }} }} }}""",
    )
    meetings = sparql(
        explorer,
        PROLOGUE
        + f"SELECT DISTINCT ?m ?text WHERE {{ ?m kg:chairedBy <{person}> ; kg:sentence/kg:text ?text }}",
    )
    soup = BeautifulSoup(browser_dom(page_link(person)), "html.parser")

    # posts as a timeline: one column per year the posts are attested in
    years = sorted({r["year"] for r in posts if "year" in r})
    header = [th.get_text(strip=True) for th in soup.select("table.timeline thead th.year")]
    assert [y for y in header if y.isdigit()] == years and years
    assert soup.select("table.timeline tbody tr"), "no post row"
    post_sentences = {r["text"] for r in posts}
    blocks = soup.select("details.year-block")
    assert len(blocks) == len({r.get("year", "-") for r in posts})
    for block in blocks:
        quotes = [q.select_one(".sentence").get_text().strip("“”") for q in block.select("blockquote.source")]
        assert quotes and set(quotes) <= post_sentences

    # meetings chaired, each with its source sentence and its article
    section = next(s for s in soup.select("section.card") if s.h2.get_text().startswith("Meetings chaired"))
    items = section.select("li.meeting-item")
    assert len(items) == len({r["m"] for r in meetings}) > 0
    meeting_sentences = {r["text"] for r in meetings}
    for li in items:
        quote = li.select_one("blockquote.source")
        assert quote is not None, li
        assert quote.select_one(".sentence").get_text().strip("“”") in meeting_sentences
        assert quote.select_one(".article").get_text().startswith("article ")
        assert li.select_one(".date").get_text(strip=True)


def _chair_rows(explorer) -> list[dict]:
    return sparql(
        explorer,
        PROLOGUE
        + """SELECT ?m ?p ?b ?bplace ?aprov ?date WHERE { GRAPH ?a {
             ?m kg:chairedBy ?p . OPTIONAL { ?m schema:startDate ?date }
             OPTIONAL { ?m schema:organizer ?b OPTIONAL { ?b kg:place/schema:name ?bplace } }
             OPTIONAL { ?a kg:province/schema:name ?aprov } } }""",
    )


def meeting_kinds(explorer) -> dict[str, str]:
    """Each meeting's kind in words, from the store: {meeting IRI: "Working session"}."""
    rows = sparql(
        explorer,
        PROLOGUE
        + """SELECT ?m ?l WHERE { GRAPH ?a { ?m kg:meetingKind ?k } ?k skos:prefLabel ?l
                      FILTER(LANG(?l) = "en") }""",
    )
    return {r["m"]: r["l"] for r in rows}


def test_meetings_are_named_by_kind_on_the_home_and_body_pages(explorer, browser_dom):
    kinds = meeting_kinds(explorer)
    assert len(set(kinds.values())) >= 4, kinds  # congresses, conferences, sessions, meetings…
    soup = BeautifulSoup(browser_dom("#/"), "html.parser")
    latest = soup.select("table.facts a.node.meeting")
    assert latest
    for a in latest:  # "Conference" (linked), " of the ", the body
        assert a.get_text().startswith(kinds.get(iri_of(a["href"]), "Meeting")), a.get_text()
        assert a["title"].startswith(kinds.get(iri_of(a["href"]), "Meeting") + " "), a["title"]


def test_the_graph_scoped_to_one_kind_of_meeting_draws_only_that_kind(explorer, browser_dom):
    kinds = meeting_kinds(explorer)
    chaired = {r["m"] for r in _chair_rows(explorer)}
    words = max(sorted(set(kinds.values())), key=lambda w: sum(kinds.get(m) == w for m in chaired))
    code = sparql(
        explorer,
        PROLOGUE + f'SELECT ?k WHERE {{ ?k skos:inScheme code:meeting ; skos:prefLabel "{words}"@en }}',
    )[0]["k"]
    soup = BeautifulSoup(
        browser_dom(f"#/graph?kind={urllib.parse.quote(code, safe='')}&top=0"), "html.parser"
    )
    _, _, shown = _graph(soup)
    assert shown and shown == {m for m in chaired if kinds.get(m) == words}  # every one of them, no other
    for a in soup.select(".nodelist a.node.meeting"):
        assert a.get_text().startswith(words) or re.match(r"\d+ ", a.get_text()), a.get_text()


def test_the_unscoped_graph_opens_on_the_officials_who_chaired_most(explorer, browser_dom):
    rows = sparql(
        explorer,
        PROLOGUE
        + "SELECT ?p (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?a { ?m kg:chairedBy ?p } } GROUP BY ?p",
    )
    counts = {r["p"]: int(r["n"]) for r in rows}
    soup = BeautifulSoup(browser_dom("#/graph"), "html.parser")
    drawn = {iri_of(a["href"]) for a in soup.select(".nodelist a.node.official")}
    assert 0 < len(drawn) <= 15
    # the busiest: nobody left out chaired more than somebody drawn
    assert min(counts[p] for p in drawn) >= max((n for p, n in counts.items() if p not in drawn), default=0)
    assert f"of {len(counts)})" in soup.select_one("p.summary").get_text() or len(counts) <= 15
    # "all" on the whole store: capped, and the page asks for a scope when there are more
    soup = BeautifulSoup(browser_dom("#/graph?top=0"), "html.parser")
    drawn = {iri_of(a["href"]) for a in soup.select(".nodelist a.node.official")}
    assert 0 < len(drawn) <= 40
    assert (soup.select_one("p.scope-hint") is not None) == (len(counts) > 40)


def _graph(soup: BeautifulSoup):
    """The graph's element, the chips of its node list (a repeated series of meetings is one node,
    its chip opens the graph of their organiser) and every meeting of the view, series included."""
    graph = soup.select_one("#graph")
    assert graph is not None
    items = soup.select(".nodelist a.node")
    meetings = {iri_of(a["href"]) for a in soup.select(".meetings-in-view a.node.meeting")}
    return graph, items, meetings


def test_scoped_graph_of_one_province_stays_in_scope_and_is_labelled(explorer, browser_dom):
    rows = _chair_rows(explorer)
    by_province: dict[str, set] = {}
    for r in rows:
        for where in {r.get("bplace"), r.get("aprov")} - {None}:
            by_province.setdefault(where, set()).add(r["m"])
    province = max(sorted(by_province), key=lambda p: len(by_province[p]))
    meetings = by_province[province]
    scope = (
        meetings
        | {r["p"] for r in rows if r["m"] in meetings}
        | {r["b"] for r in rows if r["m"] in meetings and "b" in r}
    )

    soup = BeautifulSoup(browser_dom(f"#/graph?province={province}&top=0"), "html.parser")
    graph, items, meetings_shown = _graph(soup)
    shown = int(graph["data-nodes"])
    assert 0 < shown <= len(scope)
    assert graph["data-drawn"] == graph["data-nodes"], "Cytoscape did not draw every node"
    assert graph["data-unlabelled"] == "0"
    assert len(items) == shown
    for a in items:
        assert a.get_text(strip=True), a
        if "group" not in a["class"]:
            assert iri_of(a["href"]) in scope, a["href"]
    assert meetings_shown and meetings_shown <= meetings
    # meetings are labelled in words: kind and date, body and place when known
    kinds = meeting_kinds(explorer)
    for a in soup.select(".nodelist a.node.meeting"):
        if "group" in a["class"]:  # "3 sessions of the …", "4 meetings of the …"
            assert re.match(r"\d+ [a-z ]+ of the ", a.get_text()), a.get_text()
        else:
            assert a.get_text().startswith(kinds.get(iri_of(a["href"]), "Meeting") + " "), a.get_text()
        assert not re.search(
            r"\b(peoples_council|party_committee|provincial|working_session)\b", a.get_text()
        )


def test_year_only_dates_are_inside_a_date_range(explorer, browser_dom):
    rows = _chair_rows(explorer)
    year_only = sorted(r for r in {(r.get("date"), r["m"]) for r in rows} if r[0] and len(r[0]) == 4)
    assert year_only, "no meeting dated by its year alone"
    year, meeting = year_only[0]
    others = {r["m"] for r in rows if r.get("date") and not r["date"].startswith(year)}
    # a range inside that year still holds a meeting dated by the year alone
    soup = BeautifulSoup(browser_dom(f"#/graph?from={year}-03&to={year}-09-30&top=0"), "html.parser")
    _, _, shown = _graph(soup)
    assert meeting in shown
    assert not shown & others, "a meeting of another year is in the range"


def test_body_and_meeting_pages(explorer, browser_dom):
    body = sparql(
        explorer,
        PROLOGUE
        + """SELECT ?b (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m schema:organizer ?b ; kg:chairedBy ?p .
             ?post org:organization ?b } GROUP BY ?b ORDER BY DESC(?n) ?b LIMIT 1""",
    )[0]["b"]
    meetings = {
        r["m"]
        for r in sparql(explorer, PROLOGUE + f"SELECT DISTINCT ?m WHERE {{ ?m schema:organizer <{body}> }}")
    }
    holders = sparql(
        explorer,
        PROLOGUE + f"SELECT DISTINCT ?p ?year WHERE {{ ?post org:organization <{body}> ; org:member ?p "
        "GRAPH ?a { ?post kg:sentence ?s OPTIONAL { ?post kg:attestedIn ?year } } }",
    )
    soup = BeautifulSoup(browser_dom(page_link(body)), "html.parser")
    cards = {s.h2.get_text().split(" (")[0]: s for s in soup.select("section.card")}
    items = cards["Meetings"].select("li.meeting-item")
    assert {iri_of(li.select_one("a.node.meeting")["href"]) for li in items} == meetings
    assert all(li.select_one("blockquote.source") for li in items)
    years = [h.get_text() for h in cards["Office holders by year"].select("h3")]
    expected = sorted(
        {r.get("year", "Year not stated") for r in holders}, key=lambda y: (y == "Year not stated", y)
    )
    assert sorted(years, key=lambda y: (y == "Year not stated", y)) == expected
    named = {iri_of(a["href"]) for a in cards["Office holders by year"].select("a.node.official")}
    assert named == {r["p"] for r in holders}

    # the page of one of its meetings: its chairs and its source sentence
    meeting = sorted(meetings)[0]
    chairs = {
        r["p"] for r in sparql(explorer, PROLOGUE + f"SELECT ?p WHERE {{ <{meeting}> kg:chairedBy ?p }}")
    }
    soup = BeautifulSoup(browser_dom(page_link(meeting)), "html.parser")
    kind = meeting_kinds(explorer).get(meeting)
    assert soup.select_one("h1").get_text().startswith(f"{kind or 'Meeting'} of the ")  # "Session of the …"
    assert soup.select_one("dl.record dd").get_text() == (kind or "not stated")
    record = soup.select_one("dl.record")
    assert {iri_of(a["href"]) for a in record.select("a.node.official")} >= chairs
    assert iri_of(record.select_one("a.node.body")["href"]) == body
    assert soup.select_one("blockquote.source .sentence").get_text().strip("“”")
