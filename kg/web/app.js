// The kg page: canned queries against /sparql, and the who-chaired-what graph from /api/chairs.
"use strict";
const $ = (id) => document.getElementById(id);
const COLOURS = { official: "#d95f02", meeting: "#1b9e77", body: "#7570b3" };
const SVGNS = "http://www.w3.org/2000/svg";
let chairs = [];

function short(value) {
  const prefixes = [["https://w3id.org/kg-vn/code/", "code:"], ["https://w3id.org/kg-vn/id/", "id:"],
                    ["https://w3id.org/kg-vn/ontology#", "kg:"]];
  for (const [ns, p] of prefixes) if (value.startsWith(ns)) return p + value.slice(ns.length);
  return value;
}

async function runQuery() {
  const status = $("status");
  status.textContent = "running…"; status.className = "";
  const started = performance.now();
  const response = await fetch("/sparql", {
    method: "POST",
    headers: { "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json" },
    body: $("query").value,
  });
  if (!response.ok) {
    status.textContent = await response.text(); status.className = "error"; return;
  }
  const data = await response.json();
  const vars = data.head.vars || [];
  const rows = (data.results && data.results.bindings) || [];
  const thead = $("table").tHead, tbody = $("table").tBodies[0];
  thead.innerHTML = ""; tbody.innerHTML = "";
  const hr = thead.insertRow();
  for (const v of vars) { const th = document.createElement("th"); th.textContent = v; hr.appendChild(th); }
  for (const b of rows) {
    const tr = tbody.insertRow();
    for (const v of vars) {
      const cell = tr.insertCell();
      cell.textContent = b[v] ? short(b[v].value) : "";
      cell.title = b[v] ? b[v].value : "";
    }
  }
  status.textContent = `${rows.length} rows in ${Math.round(performance.now() - started)} ms`;
}

async function loadQueries() {
  const queries = await (await fetch("/api/queries")).json();
  const select = $("canned");
  for (const name of Object.keys(queries)) {
    const o = document.createElement("option"); o.value = name; o.textContent = name; select.appendChild(o);
  }
  select.value = queries["who-chaired-what"] ? "who-chaired-what" : Object.keys(queries)[0];
  $("query").value = queries[select.value];
  select.onchange = () => { $("query").value = queries[select.value]; runQuery(); };
}

function code(iri) { return iri ? iri.split("/").pop().replace(/_/g, " ") : ""; }

function filtered() {
  const province = $("province").value, from = $("from").value, to = $("to").value;
  return chairs.filter((r) => (!province || r.province === province || r.place === province)
    && (!from || (r.date || "") >= from) && (!to || (r.date || "9999") <= to));
}

function drawGraph() {
  const nodes = new Map(), edges = [];
  const add = (id, kind, label, title) => { if (!nodes.has(id)) nodes.set(id, { id, kind, label, title }); };
  for (const r of filtered()) {
    add(r.person, "official", r.name, `${r.name}: ${r.offices || "office unknown"}`);
    const label = `meeting ${r.date || "(date unknown)"}`;
    add(r.meeting, "meeting", label, `${label}, ${r.article.split("/").pop()}`);
    edges.push([r.person, r.meeting]);
    if (r.body) {
      const name = [code(r.orgType), code(r.level), r.place || ""].filter(Boolean).join(" ");
      add(r.body, "body", name, name); edges.push([r.meeting, r.body]);
    }
  }
  const columns = { official: [], meeting: [], body: [] };
  for (const n of nodes.values()) columns[n.kind].push(n);
  columns.official.sort((a, b) => a.label.localeCompare(b.label));
  const rows = Math.max(1, ...Object.values(columns).map((c) => c.length));
  const xs = { official: 120, meeting: 380, body: 640 };
  const width = 780, height = 40 + rows * 34;
  const pos = new Map();
  for (const [kind, list] of Object.entries(columns)) list.forEach((n, i) => pos.set(n.id, [xs[kind], 30 + i * 34]));
  const svg = document.createElementNS(SVGNS, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`); svg.setAttribute("height", height);
  for (const [a, b] of edges) {
    const [x1, y1] = pos.get(a), [x2, y2] = pos.get(b);
    const line = document.createElementNS(SVGNS, "line");
    Object.entries({ x1, y1, x2, y2, stroke: "#aaa" }).forEach(([k, v]) => line.setAttribute(k, v));
    svg.appendChild(line);
  }
  for (const n of nodes.values()) {
    const [x, y] = pos.get(n.id);
    const g = document.createElementNS(SVGNS, "g"); g.setAttribute("class", `node ${n.kind}`);
    const title = document.createElementNS(SVGNS, "title"); title.textContent = n.title; g.appendChild(title);
    const c = document.createElementNS(SVGNS, "circle");
    Object.entries({ cx: x, cy: y, r: 8, fill: COLOURS[n.kind] }).forEach(([k, v]) => c.setAttribute(k, v));
    const t = document.createElementNS(SVGNS, "text");
    Object.entries({ x, y: y - 11, "text-anchor": "middle", "font-size": 11 }).forEach(([k, v]) => t.setAttribute(k, v));
    t.textContent = n.label;
    g.append(c, t); g.onclick = () => showFacts(n); svg.appendChild(g);
  }
  $("graph").replaceChildren(svg);
}

async function showFacts(node) {
  const rows = await (await fetch(`/api/facts?node=${encodeURIComponent(node.id)}`)).json();
  const box = $("facts"); box.innerHTML = "";
  const h = document.createElement("h3"); h.textContent = node.label; box.appendChild(h);
  const seen = new Set();
  const list = document.createElement("ul");
  for (const r of rows) {
    const key = `${r.p}|${r.o}`; if (seen.has(key)) continue; seen.add(key);
    const li = document.createElement("li"); li.textContent = `${short(r.p)} → ${short(r.o)}`; list.appendChild(li);
  }
  box.appendChild(list);
  const sources = new Map();
  for (const r of rows) if (r.text) sources.set(r.text, r.url || r.article);
  for (const [text, where] of sources) {
    const p = document.createElement("p"); p.className = "sentence"; p.textContent = `“${text}” `;
    const a = document.createElement("a"); a.textContent = where.startsWith("http") && !where.includes("/id/article/") ? "article" : short(where);
    a.href = where; p.appendChild(a); box.appendChild(p);
  }
}

async function loadGraph() {
  chairs = await (await fetch("/api/chairs")).json();
  const provinces = [...new Set(chairs.flatMap((r) => [r.province, r.place]).filter(Boolean))].sort();
  for (const p of provinces) {
    const o = document.createElement("option"); o.value = p; o.textContent = p; $("province").appendChild(o);
  }
  for (const id of ["province", "from", "to"]) $(id).onchange = drawGraph;
  drawGraph();
}

$("run").onclick = runQuery;
loadQueries().then(runQuery);
loadGraph();
