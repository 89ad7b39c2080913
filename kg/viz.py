"""The who-chaired-what chart: officials -> meetings (chaired) -> organising bodies.

The graph is built with networkx from a SPARQL result and drawn as self-contained SVG (also
wrapped in an offline HTML page: no external reference at all), PNG (matplotlib), GraphML or GEXF.
"""

from __future__ import annotations

import html
from pathlib import Path

import networkx as nx

from kg.api import query

__all__ = ["chair_graph", "draw", "to_html", "to_svg"]

COLOURS = {"official": "#d95f02", "meeting": "#1b9e77", "body": "#7570b3"}

_QUERY = """
PREFIX kg: <https://w3id.org/kg-vn/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?article ?meeting ?date ?person ?name ?body ?orgType ?level ?place
       (GROUP_CONCAT(DISTINCT ?office; separator="; ") AS ?offices) WHERE {
  GRAPH ?article {
    ?meeting kg:chairedBy ?person . ?person schema:name ?name .
    OPTIONAL { ?meeting schema:startDate ?date }
    OPTIONAL { ?meeting schema:organizer ?body . ?body kg:orgType ?orgType .
               OPTIONAL { ?body kg:level ?level } OPTIONAL { ?body kg:place/schema:name ?place } }
    OPTIONAL { ?post org:member ?person ; org:role ?r ; org:organization/kg:orgType ?o .
               BIND(CONCAT(STRAFTER(STR(?r), "/role/"), " of ", STRAFTER(STR(?o), "/org/")) AS ?office) }
  }
} GROUP BY ?article ?meeting ?date ?person ?name ?body ?orgType ?level ?place
"""


def _code(iri: str | None) -> str:
    return (iri or "").rsplit("/", 1)[-1].replace("_", " ")


def chair_graph(store) -> nx.DiGraph:
    """A directed graph official -> meeting -> body, nodes labelled and typed (``kind``)."""
    g = nx.DiGraph()
    for row in query(store, _QUERY):
        val = {
            v: (row[v].value if row[v] is not None else None)
            for v in (
                "article",
                "meeting",
                "date",
                "person",
                "name",
                "body",
                "orgType",
                "level",
                "place",
                "offices",
            )
        }
        person, meeting = val["person"], val["meeting"]
        g.add_node(
            person,
            kind="official",
            label=val["name"],
            title=f"{val['name']}: {val['offices'] or 'office unknown'}",
        )
        article = val["article"].rsplit("/", 1)[-1]
        label = f"meeting {val['date'] or '(date unknown)'}"
        g.add_node(meeting, kind="meeting", label=label, title=f"{label}, article {article}")
        g.add_edge(person, meeting, relation="chaired")
        if val["body"]:
            name = " ".join(
                x for x in (_code(val["orgType"]).capitalize(), _code(val["level"]), val["place"] or "") if x
            )
            g.add_node(val["body"], kind="body", label=name, title=name)
            g.add_edge(meeting, val["body"], relation="organised by")
    return g


def _layout(g: nx.DiGraph) -> dict[str, tuple[float, float]]:
    """Three columns (officials, meetings, bodies), ordered to keep edges short."""
    columns = {"official": [], "meeting": [], "body": []}
    for node, data in g.nodes(data=True):
        columns[data["kind"]].append(node)
    order = {}
    for i, n in enumerate(sorted(columns["official"], key=lambda n: g.nodes[n]["label"])):
        order[n] = i
    for kind in ("meeting", "body"):

        def key(n):
            preds = [order[p] for p in g.predecessors(n) if p in order]
            return sum(preds) / len(preds) if preds else 1e9

        for i, n in enumerate(sorted(columns[kind], key=key)):
            order[n] = i
    pos = {}
    for x, kind in enumerate(("official", "meeting", "body")):
        nodes = sorted(columns[kind], key=lambda n: order[n])
        for i, n in enumerate(nodes):
            pos[n] = (x, i)
    return pos


def to_svg(g: nx.DiGraph) -> str:
    """Self-contained SVG: labelled nodes coloured by kind; hover (``<title>``) shows office/date."""
    if g.number_of_nodes() == 0:
        raise ValueError("no meeting with a known chair in the store: nothing to draw (run kg build first)")
    pos = _layout(g)
    rows = max(y for _, y in pos.values()) + 1
    col_x = [150, 520, 890]
    height = 80 + rows * 46
    width = 1140

    def xy(n):
        x, y = pos[n]
        return col_x[x], 70 + y * 46

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="DejaVu Sans, Arial, sans-serif" font-size="13">',
        '<rect width="100%" height="100%" fill="#ffffff"/>',
    ]
    for x, title in zip(col_x, ("Officials", "Meetings chaired", "Organising bodies"), strict=True):
        out.append(
            f'<text x="{x}" y="30" text-anchor="middle" font-weight="bold" font-size="15">{title}</text>'
        )
    for a, b in g.edges():
        (x1, y1), (x2, y2) = xy(a), xy(b)
        out.append(
            f'<line x1="{x1 + 8}" y1="{y1}" x2="{x2 - 8}" y2="{y2}" stroke="#999" stroke-width="1.5"/>'
        )
    for n, data in g.nodes(data=True):
        x, y = xy(n)
        colour = COLOURS[data["kind"]]
        label = html.escape(data["label"])
        out.append(
            f'<g class="node {data["kind"]}"><title>{html.escape(data["title"])}</title>'
            f'<circle cx="{x}" cy="{y}" r="9" fill="{colour}"/>'
            f'<text x="{x}" y="{y - 13}" text-anchor="middle" fill="#222">{label}</text></g>'
        )
    legend_y = height - 14
    for i, (kind, colour) in enumerate(COLOURS.items()):
        out.append(
            f'<circle cx="{20 + i * 130}" cy="{legend_y - 4}" r="6" fill="{colour}"/>'
            f'<text x="{30 + i * 130}" y="{legend_y}">{kind}</text>'
        )
    out.append("</svg>")
    return "\n".join(out)


def to_html(g: nx.DiGraph) -> str:
    """An offline HTML page around the SVG (no script, stylesheet or font from anywhere else)."""
    svg = to_svg(g).replace('xmlns="http://www.w3.org/2000/svg" ', "")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>Who chaired what</title>"
        "<style>body{font-family:DejaVu Sans,Arial,sans-serif;margin:1em}"
        ".node:hover circle{stroke:#000;stroke-width:3}</style></head><body>"
        "<h1>Who chaired what</h1><p>Hover a node for offices and dates.</p>"
        f"{svg}</body></html>\n"
    )


def _png(g: nx.DiGraph, out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    pos = _layout(g)
    fig, ax = plt.subplots(figsize=(14, 1.5 + 0.5 * (max(y for _, y in pos.values()) + 1)))
    xy = {n: (x, -y) for n, (x, y) in pos.items()}
    nx.draw_networkx_edges(g, xy, ax=ax, edge_color="#999", arrows=False)
    for kind, colour in COLOURS.items():
        nodes = [n for n, d in g.nodes(data=True) if d["kind"] == kind]
        nx.draw_networkx_nodes(g, xy, nodelist=nodes, node_color=colour, node_size=120, ax=ax, label=kind)
    nx.draw_networkx_labels(
        g,
        {n: (x, y + 0.25) for n, (x, y) in xy.items()},
        labels={n: d["label"] for n, d in g.nodes(data=True)},
        font_size=8,
        ax=ax,
    )
    ax.legend(loc="lower left")
    ax.axis("off")
    fig.tight_layout()
    fig.savefig(out, dpi=120)
    plt.close(fig)


def draw(store, out: str | Path) -> Path:
    """Write the chart; the format follows the extension (.html .svg .png .graphml .gexf)."""
    out = Path(out)
    g = chair_graph(store)
    out.parent.mkdir(parents=True, exist_ok=True)
    suffix = out.suffix.lower()
    if suffix == ".html":
        out.write_text(to_html(g), encoding="utf-8")
    elif suffix == ".svg":
        out.write_text(to_svg(g), encoding="utf-8")
    elif suffix == ".png":
        _png(g, out)
    elif suffix == ".graphml":
        nx.write_graphml(g, out)
    elif suffix == ".gexf":
        nx.write_gexf(g, out)
    else:
        raise ValueError(f"unknown chart format {suffix!r}: use .html, .svg, .png, .graphml or .gexf")
    return out
