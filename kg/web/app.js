// The kg explorer: search, pages for officials, bodies, meetings and places, and the scoped
// who-chaired-what graph. It talks to the server only through SPARQL (/sparql); every IRI comes
// from vocab.js (generated from kg/vocab.py); words for codes come from the ontology's
// skos:prefLabel in the store.
"use strict";

const V = KG_VOCAB;
const ENDPOINT = "/sparql";
const ID = V.prefixes.id;
const CODE = V.prefixes.code;
const PROLOGUE = Object.entries(V.prefixes).map(([p, ns]) => `PREFIX ${p}: <${ns}>`).join("\n") + "\n";
// What an article says is matched inside GRAPH ?a (that article's graph): a triple repeated in
// many graphs would otherwise come back once per graph. Officials' types, names, folded search keys
// and home provinces live in the entities graph (ENT). A page's queries bind their entity first (a
// constant IRI, or a look-up in ENT) and match the articles' facts from it; each OPTIONAL gets a
// GRAPH ?a of its own (an OPTIONAL of two patterns inside the article's GRAPH block is joined by a
// scan, a hundred times slower) and no OPTIONAL holds a property path. bench/serve_load.py runs
// the same queries under load: change them there too.
const ENT = `<${ID}graph/entities>`;
const opt = (...patterns) => patterns.map((p) => `OPTIONAL { GRAPH ?a { ${p} } }`).join(" ");
const SRC = opt("?a schema:url ?url");
const APROV = opt("?a kg:province ?apl . ?apl schema:name ?aprov");
// a body ?b named in the article ?a: its type (matched), then its level and place where stated
const BODY = `?b kg:orgType ?org`;
// a person's posts: each once, in ENT (role, body, former); the articles attest them (kg:sentence)
const POSTS = (p) =>
  `GRAPH ${ENT} { ?post org:member ${p} . ?post org:role ?role . ?post org:organization ?b . OPTIONAL { ?post kg:former ?former } }`;
const BODY_MORE = opt("?b kg:level ?level", "?b kg:place ?bpl . ?bpl schema:name ?place");
// a meeting's organiser, if stated: no OPTIONAL inside an OPTIONAL (that too is joined by a scan), so the
// level and place are looked up on ?ob, the organiser or rdf:nil (which has neither)
const ORGANISER = (m) => `OPTIONAL { GRAPH ?a { ${m} schema:organizer ?b . ${BODY} } } BIND(COALESCE(?b, rdf:nil) AS ?ob)
  ${opt("?ob kg:level ?level", "?ob kg:place ?bpl . ?bpl schema:name ?place")}`;
// a meeting's kind (code/meeting: congress, conference, session…), if known
const MKIND = (m) => opt(`${m} kg:meetingKind ?mkind`);
const CHAIR_NAMES = (m) => `OPTIONAL { GRAPH ?a { ${m} kg:chairedBy ?c } GRAPH ${ENT} { ?c schema:name ?cn } }`;
const LIST = 300; // rows of a long list on a page (an official's documents, a body's meetings)
const view = document.getElementById("view");
const LABELS = new Map(); // code IRI -> English label
const LABELS_VI = new Map(); // code IRI -> Vietnamese label (searchable)
let BODIES = null; // a promise of [{iri, org, level, place, label, key}], read when first needed
let PLACES = []; // [{iri, name, key}]
window.KG_DEBUG = /[?&]debug\b/.test(location.search); // ?debug: each query's time in the console
const ready = init();

// ------------------------------------------------------------------ small DOM helpers
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}
const text = (s) => document.createTextNode(s);
function render(...children) {
  view.replaceChildren(...children.flat(Infinity).filter(Boolean));
  window.scrollTo(0, 0);
}
function notice(message) {
  const n = document.getElementById("notice");
  n.textContent = message || "";
  n.hidden = !message;
}

// ------------------------------------------------------------------ SPARQL
// The only way the page reads data: a SPARQL query POSTed to the endpoint.
async function sparql(query) {
  const started = performance.now();
  const response = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+json" },
    body: PROLOGUE + query,
  });
  if (!response.ok) throw new Error((await response.text()).trim() || response.statusText);
  const data = await response.json();
  if (truncated(response)) notice("The server cut some results at its row limit (kg serve --max-results): the page shows only part of them.");
  const rows = (data.results && data.results.bindings) || [];
  if (window.KG_DEBUG) console.log(`[sparql] ${rows.length} rows ${JSON.stringify(query)}`);
  return rows.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
}

// An IRI from the page's own address bar goes into a query only if it is a well-formed IRI.
// the server says so when it cut a result at its row limit (X-KG-Truncated: true)
function truncated(response) {
  return [...response.headers].some(([name, value]) => /truncated/i.test(name) && value === "true");
}
function iriRef(iri) {
  if (!/^https?:\/\/[^\s<>"{}|^`\\]+$/.test(iri)) throw new Error(`not an IRI: ${iri}`);
  return `<${iri}>`;
}
function literal(s) {
  return JSON.stringify(String(s)); // a SPARQL string literal: same escapes as JSON
}

// ------------------------------------------------------------------ words for codes
async function init() {
  const rows = await sparql(`SELECT ?c ?l (LANG(?l) AS ?lang) WHERE { ?c skos:prefLabel ?l }`);
  for (const r of rows) {
    if (!r.c.startsWith(CODE)) continue;
    if (r.lang === "en" || (!r.lang && !LABELS.has(r.c))) LABELS.set(r.c, r.l);
    else if (r.lang === "vi") LABELS_VI.set(r.c, r.l);
  }
  const places = await sparql(`SELECT DISTINCT ?pl ?name WHERE { ?pl a kg:Place ; schema:name ?name }`);
  PLACES = places.map((r) => ({ iri: r.pl, name: r.name, key: fold(r.name) }));
}

// every body with its words: for the search and the graph's choices (a few seconds on large stores, so
// read once, when a page first needs it)
function bodiesIndex() {
  // a body's level and place are part of its IRI: one article that names it (?in) tells them
  BODIES = BODIES || sparql(`SELECT DISTINCT ?b ?org ?level ?place WHERE {
      { SELECT ?b ?org (SAMPLE(?a) AS ?in) WHERE { GRAPH ?a { ${BODY} } } GROUP BY ?b ?org }
      OPTIONAL { GRAPH ?in { ?b kg:level ?level } } OPTIONAL { GRAPH ?in { ?b kg:place ?bpl . ?bpl schema:name ?place } } }`).then((rows) => rows.map((r) => {
    const label = bodyName(r.org, r.level, r.place);
    return { iri: r.b, org: r.org, level: r.level, place: r.place, label,
             key: fold([label, LABELS_VI.get(r.org) || "", r.place || ""].join(" ")) };
  })).catch((err) => {
    BODIES = null; // try again next time
    throw err;
  });
  return BODIES;
}

const codeOf = (iri) => (iri || "").split("/").pop();
function humanise(code) {
  const s = code.replace(/_/g, " ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function label(iri) {
  return LABELS.get(iri) || humanise(codeOf(iri));
}
const SMALL = new Set(["of", "and", "the", "for"]);
function titleCase(s) {
  return s.split(" ").map((w, i) => (i > 0 && SMALL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(" ");
}
// national bodies whose name takes no level word ("Politburo", not "Central Politburo")
const NO_LEVEL = new Set(["politburo", "secretariat", "central_committee", "government", "national_assembly",
  "communist_party", "ministry", "national_assembly_delegation"]);

function bodyName(org, level, place) {
  const code = codeOf(org);
  const name = code === "other" ? "body" : titleCase(label(org));
  const lv = level && !NO_LEVEL.has(code) ? `${label(level)} ` : "";
  return `${lv}${name}${place ? ` of ${place}` : ""}`;
}
function postName(role, org, level, place) {
  const r = codeOf(role) === "other" ? "Official" : label(role);
  // a post in a body of no known type: the role (and the place) say more than "of the body"
  if (codeOf(org) === "other") return `${r}${place ? ` (${place})` : ""}`;
  return `${r} of the ${bodyName(org, level, place)}`;
}

// ------------------------------------------------------------------ dates
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];
function fmtDate(d) {
  if (!d) return "date unknown";
  const [y, m, day] = d.split("-");
  if (day) return `${Number(day)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y;
}
// A date (YYYY, YYYY-MM or YYYY-MM-DD) as the interval of days it covers, as ordinals y*10000+m*100+d.
function dateSpan(d) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec((d || "").trim());
  if (!m) return null;
  const y = Number(m[1]) * 10000;
  if (m[3]) return [y + Number(m[2]) * 100 + Number(m[3]), y + Number(m[2]) * 100 + Number(m[3])];
  if (m[2]) return [y + Number(m[2]) * 100 + 1, y + Number(m[2]) * 100 + 31];
  return [y + 101, y + 1231];
}
// "Congress", "Working session": a meeting's kind in words ("Meeting" when unknown)
function kindName(kind) {
  return kind ? label(kind) : "Meeting";
}
// "Session of the Provincial People's Council of Ninh Binh, 12 March 2024": kind, organiser, place, date
function meetingName(org, level, place, date, where, kind) {
  const body = org ? ` of the ${bodyName(org, level, place)}` : where ? ` in ${where}` : "";
  const extra = org && !place && where ? ` (${where} news)` : "";
  return `${kindName(kind)}${body}${extra}, ${fmtDate(date)}`;
}
// the kinds of meetings (code/meeting) with their words, for the graph's choice
function MEETING_KINDS() {
  return [...LABELS.keys()].filter((c) => c.startsWith(`${CODE}meeting/`)).map((c) => [c, label(c)])
    .sort((a, b) => a[1].localeCompare(b[1]));
}
// "3 sessions", "2 congresses": n meetings of one kind in words
function counted(kind, n) {
  let w = kind.toLowerCase();
  if (n !== 1) w = w.endsWith("y") ? `${w.slice(0, -1)}ies` : w.endsWith("s") ? `${w}es` : `${w}s`;
  return `${n} ${w}`;
}

// ------------------------------------------------------------------ folding for search
// "Tô Lâm" -> "to lam": NFD, no combining marks, đ -> d, lower case. Arabic: no harakat or
// tatweel, one form of alef, yeh and heh.
function fold(s) {
  return (s || "").normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase()
    .replace(/[\u0640]/g, "").replace(/[أإآٱ]/g, "ا").replace(/ى/g, "ي").replace(/ة/g, "ه")
    .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
const isArabic = (s) => /[\u0600-\u06ff]/.test(s);
function escapeRegex(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// a regular expression matching an Arabic token whatever alef, yeh, heh or waw form and harakat it was
// stored with; Vietnamese "ng" is written with jeem or ghain, "c/k/q" with kaf or qaf
function arabicPattern(token) {
  const classes = { "ا": "[اأإآٱ]", "ي": "[يىئ]", "ه": "[هة]", "و": "[وؤ]", "ج": "[جغ]", "غ": "[جغ]", "ك": "[كق]", "ق": "[كق]" };
  return [...token].map((c) => (classes[c] || escapeRegex(c)) + "[\\u064B-\\u065F\\u0670\\u0640]*").join("");
}

// ------------------------------------------------------------------ links and chips
function linkTo(iri) {
  if (iri.startsWith(ID)) return "#/id/" + iri.slice(ID.length).split("/").map(encodeURIComponent).join("/");
  return "#/iri/" + encodeURIComponent(iri);
}
function chip(kind, iri, words, title) {
  return h("a", { class: `node ${kind}`, href: linkTo(iri), title: title || words }, words);
}
function articleLink(article, url) {
  const id = decodeURIComponent(codeOf(article));
  // only web addresses become links: an article's URL comes from the data, not from us
  if (url && /^https?:\/\//i.test(url)) return h("a", { class: "article", href: url, target: "_blank", rel: "noopener noreferrer" }, `article ${id} ↗`);
  return h("span", { class: "article" }, `article ${id}`);
}
function source(textValue, article, url) {
  if (!textValue && !article) return null;
  return h("blockquote", { class: "source", dir: "auto" }, textValue ? h("span", { class: "sentence" }, `“${textValue}”`) : "", " ",
    article ? h("span", { dir: "ltr" }, articleLink(article, url)) : "");
}
// many rows saying the same thing from several sentences: one source line per (sentence, article)
function sources(rows) {
  const seen = new Set();
  const out = [];
  for (const r of rows) {
    const key = `${r.text}|${r.a}`;
    if (seen.has(key) || (!r.text && !r.a)) continue;
    seen.add(key);
    out.push(source(r.text, r.a, r.url));
  }
  return out;
}
function section(title, ...children) {
  return h("section", { class: "card" }, h("h2", {}, title), ...children);
}
function empty(message) {
  return h("p", { class: "empty" }, message);
}
function groupBy(rows, key) {
  const m = new Map();
  for (const r of rows) {
    const k = typeof key === "function" ? key(r) : r[key];
    if (!m.has(k)) m.set(k, []);
    m.get(k).push(r);
  }
  return m;
}
function failed(err) {
  render(h("section", { class: "card error" }, h("h2", {}, "Something went wrong"), h("pre", {}, String(err.message || err))));
}

// ------------------------------------------------------------------ router
const routes = [
  [/^\/?$/, home],
  [/^\/search$/, (p) => searchPage(p.get("q") || "")],
  [/^\/graph$/, graphPage],
  [/^\/sparql$/, sparqlPage],
  [/^\/id\/(.+)$/, (p, m) => entityPage(ID + m[1].split("/").map(decodeURIComponent).join("/"))],
  [/^\/iri\/(.+)$/, (p, m) => entityPage(decodeURIComponent(m[1]))],
];
async function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, query] = hash.split("?");
  const params = new URLSearchParams(query || "");
  for (const a of document.querySelectorAll("nav a")) a.classList.toggle("active", path === `/${a.dataset.nav}`);
  notice("");
  try {
    await ready;
    for (const [re, page] of routes) {
      const m = re.exec(path);
      if (m) return await page(params, m);
    }
    render(section("Not found", empty(`No page at ${hash}.`)));
  } catch (err) {
    failed(err);
  }
}
window.addEventListener("hashchange", route);

// ------------------------------------------------------------------ search
const box = document.getElementById("q");
let typing = null;
box.addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(() => {
    const q = box.value.trim();
    const target = q ? `#/search?q=${encodeURIComponent(q)}` : "#/";
    if (location.hash !== target) history.replaceState(null, "", target);
    route();
  }, 220);
});
box.addEventListener("keydown", (e) => {
  if (e.key === "Enter") {
    const first = view.querySelector(".results a.node");
    if (first) location.hash = first.getAttribute("href");
  }
});

async function findOfficials(q) {
  const tokens = fold(q).split(" ").filter(Boolean).slice(0, 6);
  if (!tokens.length) return [];
  // an official's keys (entities graph): the folded canonical name and every form the articles wrote,
  // folded (Latin or Arabic script)
  const filter = isArabic(q)
    ? tokens.map((t) => `REGEX(?k, ${literal(arabicPattern(t))})`).join(" && ")
    : // the folded words must each start a word of a key (CONTAINS first: cheaper than the REGEX)
      tokens.map((t) => `CONTAINS(?k, ${literal(t)}) && REGEX(?k, ${literal(`(^|[^\\p{L}])${escapeRegex(t)}`)}, "i")`).join(" && ");
  const rows = await sparql(`SELECT ?p ?name (COUNT(DISTINCT ?a) AS ?articles)
      (GROUP_CONCAT(DISTINCT ?form; separator="\u001f") AS ?forms) WHERE {
    { SELECT DISTINCT ?p WHERE { GRAPH ${ENT} { ?p kg:searchKey ?k . FILTER(${filter}) ?p a kg:Official } } LIMIT 60 }
    GRAPH ${ENT} { ?p schema:name ?name }
    ${opt("?p kg:surfaceForm ?form")}
  } GROUP BY ?p ?name ORDER BY DESC(?articles) ?name`);
  if (rows.length) {
    const homes = await sparql(`SELECT DISTINCT ?p ?prov WHERE { VALUES ?p { ${rows.map((r) => iriRef(r.p)).join(" ")} }
      GRAPH ${ENT} { ?p kg:province ?pl } ?pl schema:name ?prov }`);
    const byPerson = groupBy(homes, "p");
    for (const r of rows) r.provinces = (byPerson.get(r.p) || []).map((x) => x.prov).sort().join(", ");
  }
  const folded = fold(q);
  const score = (r) => {
    const n = fold(r.name);
    const forms = (r.forms || "").split("\u001f").map(fold);
    if (n === folded || forms.includes(folded)) return 0;
    if (n.startsWith(folded) || forms.some((f) => f.startsWith(folded))) return 1;
    return 2;
  };
  return rows.map((r) => ({ ...r, score: score(r), articles: Number(r.articles) }))
    .sort((a, b) => a.score - b.score || b.articles - a.articles || a.name.localeCompare(b.name));
}

function findLocal(list, q) {
  const tokens = fold(q).split(" ").filter(Boolean);
  if (!tokens.length || isArabic(q)) return [];
  return list.filter((x) => tokens.every((t) => new RegExp(`(^| )${escapeRegex(t)}`).test(x.key)))
    .sort((a, b) => (a.label || a.name).localeCompare(b.label || b.name));
}

// each official's latest post (not named former): one query per official, all at once (an official
// may hold hundreds of posts in a large store: thirty in one query would take seconds)
async function latestPosts(iris) {
  const answers = await Promise.all(iris.map((p) => sparql(latestPostsQuery(p))));
  const best = new Map();
  for (const r of answers.flat()) if (!best.has(r.p)) best.set(r.p, r);
  return best;
}
function latestPostsQuery(p) {
  return `SELECT ?p ?role ?org ?level ?place (MAX(STR(?y)) AS ?year) (COUNT(DISTINCT ?a) AS ?n) WHERE {
    VALUES ?p { ${iriRef(p)} }
    ${POSTS("?p")} GRAPH ?a { ?post kg:sentence ?ps . ${BODY} }
    ${BODY_MORE} ${opt("?post kg:attestedIn ?y")}
    FILTER(!BOUND(?former) || ?former != true)
  } GROUP BY ?p ?role ?org ?level ?place ORDER BY ?p DESC(?year) DESC(?n)`;
}

async function searchPage(q) {
  if (box.value.trim() !== q) box.value = q;
  if (!q.trim()) return home();
  const [officials, allBodies] = await Promise.all([findOfficials(q), bodiesIndex()]);
  const [bodies, places] = [findLocal(allBodies, q), findLocal(PLACES, q)];
  const shown = officials.slice(0, 30);
  const posts = await latestPosts(shown.map((r) => r.p));
  const folded = fold(q);
  const officialItems = shown.map((r) => {
    const forms = [...new Set((r.forms || "").split("\u001f").filter((f) => f && f !== r.name))];
    const post = posts.get(r.p);
    return h("li", {},
      h("div", { class: "hit-head" }, chip("official", r.p, r.name), r.provinces ? h("span", { class: "where" }, r.provinces) : null,
        h("span", { class: "count" }, `${r.articles} article${r.articles === 1 ? "" : "s"}`)),
      post ? h("span", { class: "post" }, postName(post.role, post.org, post.level, post.place) + (post.year ? ` (${post.year})` : "")) : null,
      forms.length ? h("span", { class: "forms" }, "also written ", forms.map((f) => h("bdi", { dir: "auto" }, f)).flatMap((e, i) => (i ? [" · ", e] : [e]))) : null);
  });
  render(
    h("h1", {}, "Results for “", h("bdi", { dir: "auto" }, q), "”"),
    h("p", { class: "hint" }, isArabic(q)
      ? "Arabic script: matched against every form the articles wrote, whatever the alef, yeh or heh, and ng written ج or غ."
      : `Matched without diacritics (“${folded}”), word by word, so partial names work.`),
    h("div", { class: "results grid3" },
      section(`Officials (${officials.length})`, officialItems.length ? h("ul", { class: "hits" }, officialItems) : empty("No official matches.")),
      section(`Bodies (${bodies.length})`, bodies.length ? h("ul", { class: "hits" }, bodies.slice(0, 30).map((b) => h("li", {}, chip("body", b.iri, b.label)))) : empty(isArabic(q) ? "Bodies are named in English; try a Latin spelling." : "No body matches.")),
      section(`Places (${places.length})`, places.length ? h("ul", { class: "hits" }, places.slice(0, 30).map((p) => h("li", {}, chip("place", p.iri, p.name)))) : empty("No place matches."))));
}

// ------------------------------------------------------------------ home
async function home() {
  if (box.value) box.value = "";
  const [top, meetings, counts, provinces, bodies] = await Promise.all([
    sparql(`SELECT ?p ?name ?n WHERE { { SELECT ?p (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?a { ?p kg:surfaceForm ?f } } GROUP BY ?p }
              GRAPH ${ENT} { ?p schema:name ?name } } ORDER BY DESC(?n) ?name LIMIT 16`),
    sparql(`SELECT ?m ?date ?mkind ?b ?org ?level ?place ?aprov ?a ?url (GROUP_CONCAT(DISTINCT CONCAT(STR(?c), "\u001e", ?cn); separator="\u001f") AS ?chairs) WHERE {
              { SELECT DISTINCT ?m ?a ?date WHERE { GRAPH ?a { ?m kg:chairedBy ?x } ${opt("?m schema:startDate ?date")} }
                ORDER BY DESC(STR(?date)) LIMIT 12 }
              GRAPH ?a { ?m kg:chairedBy ?c } GRAPH ${ENT} { ?c schema:name ?cn }
              ${MKIND("?m")} ${ORGANISER("?m")} ${APROV} ${SRC} }
            GROUP BY ?m ?date ?mkind ?b ?org ?level ?place ?aprov ?a ?url ORDER BY DESC(STR(?date)) LIMIT 12`),
    sparql(`SELECT (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?p) AS ?officials) (COUNT(DISTINCT ?m) AS ?meetings) WHERE {
              { ?a a schema:NewsArticle } UNION { ?p a kg:Official } UNION { ?m a kg:Meeting } }`),
    sparql(`SELECT ?pl ?name (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?a { ?a kg:province ?pl . ?pl schema:name ?name } }
            GROUP BY ?pl ?name ORDER BY DESC(?n) ?name LIMIT 24`),
    // the twelve bodies first, then their type, level and place (in one article that names each)
    sparql(`SELECT ?b ?org ?level ?place ?n WHERE {
              { SELECT ?b (COUNT(DISTINCT ?m) AS ?n) (SAMPLE(?a) AS ?in) WHERE { GRAPH ?a { ?m schema:organizer ?b } }
                GROUP BY ?b ORDER BY DESC(?n) ?b LIMIT 12 }
              GRAPH ?in { ?b kg:orgType ?org } OPTIONAL { GRAPH ?in { ?b kg:level ?level } }
              OPTIONAL { GRAPH ?in { ?b kg:place ?bpl . ?bpl schema:name ?place } } } ORDER BY DESC(?n) ?b`),
  ]);
  const c = counts[0] || {};
  render(
    h("section", { class: "intro" },
      h("h1", {}, "Who holds which post, who chaired which meeting — and where it was said"),
      h("p", {}, `${c.articles || 0} articles · ${c.officials || 0} officials · ${c.meetings || 0} meetings. `,
        "Search above by any spelling — with or without diacritics, in Latin or Arabic script, or just part of a name — ",
        "or open the ", h("a", { href: "#/graph" }, "who-chaired-what graph"), " of a province, a body or a person.")),
    h("div", { class: "grid2 home" },
      h("div", {},
        section("Most mentioned officials", h("ul", { class: "chips" }, top.map((r) => h("li", {}, chip("official", r.p, r.name), h("span", { class: "count" }, r.n))))),
        section("Bodies that held most meetings", h("ul", { class: "chips" }, bodies.map((r) => h("li", {}, chip("body", r.b, bodyName(r.org, r.level, r.place)), h("span", { class: "count" }, r.n))))),
        section("Provinces in the news", h("ul", { class: "chips" }, provinces.map((r) => h("li", {}, chip("place", r.pl, r.name),
          h("a", { class: "count", href: `#/graph?province=${encodeURIComponent(r.name)}`, title: `who chaired what in ${r.name}` }, `${r.n} · graph`)))))),
      section("Latest meetings with a known chair", meetingTable(meetings))));
}

function chairChips(concat) {
  return (concat || "").split("\u001f").filter(Boolean).map((s) => {
    const [iri, name] = s.split("\u001e");
    return chip("official", iri, name);
  });
}
function meetingTable(rows, { withChairs = true } = {}) {
  if (!rows.length) return empty("No meeting.");
  return h("table", { class: "facts" },
    h("thead", {}, h("tr", {}, h("th", {}, "Date"), h("th", {}, "Meeting"), withChairs ? h("th", {}, "Chaired by") : null)),
    h("tbody", {}, rows.map((r) => h("tr", {},
      h("td", { class: "date" }, fmtDate(r.date)),
      h("td", {}, meetingWords(r)),
      withChairs ? h("td", {}, chairChips(r.chairs)) : null))));
}

// ------------------------------------------------------------------ entity pages
async function entityPage(iri) {
  iriRef(iri);
  const types = new Set((await sparql(`SELECT DISTINCT ?t WHERE { ${iriRef(iri)} a ?t }`)).map((r) => r.t));
  const K = V.prefixes.kg;
  if (types.has(K + "Official")) return officialPage(iri);
  if (types.has(K + "Body")) return bodyPage(iri);
  if (types.has(K + "Meeting")) return meetingPage(iri);
  if (types.has(K + "Place")) return placePage(iri);
  return genericPage(iri);
}


async function officialPage(p) {
  const P = iriRef(p);
  // the articles that name the official (kg:surfaceForm), once each
  const named = `{ SELECT DISTINCT ?a WHERE { GRAPH ?a { ${P} kg:surfaceForm ?f } } }`;
  const [who, info, posts, meetings, docs, metrics] = await Promise.all([
    sparql(`SELECT DISTINCT ?name ?prov WHERE { GRAPH ${ENT} { ${P} schema:name ?name OPTIONAL { ${P} kg:province ?pl } }
      BIND(COALESCE(?pl, rdf:nil) AS ?home) OPTIONAL { ?home schema:name ?prov } }`),
    sparql(`SELECT DISTINCT ?form ?text ?a ?url WHERE { GRAPH ?a { ${P} kg:sentence ?s . ?s kg:text ?text }
      ${opt(`${P} kg:surfaceForm ?form`)} ${SRC} }`),
    sparql(`SELECT DISTINCT ?post ?role ?b ?org ?level ?place ?year ?former ?text ?a ?url WHERE {
      ${POSTS(P)} GRAPH ?a { ?post kg:sentence ?ps . ${BODY} }
      ${BODY_MORE} ${opt("?post kg:attestedIn ?year", "?ps kg:text ?text")} ${SRC} }`),
    sparql(`SELECT ?m ?how ?date ?mkind ?b ?org ?level ?place ?aprov ?text ?a ?url
        (GROUP_CONCAT(DISTINCT CONCAT(STR(?c), "\u001e", ?cn); separator="\u001f") AS ?chairs) WHERE {
      { GRAPH ?a { ?m kg:chairedBy ${P} } BIND("chaired" AS ?how) }
      UNION { GRAPH ?a { ?m schema:attendee ${P} } BIND("attended" AS ?how) }
      ${opt("?m schema:startDate ?date", "?m kg:sentence ?ms . ?ms kg:text ?text")} ${MKIND("?m")}
      ${CHAIR_NAMES("?m")} ${ORGANISER("?m")} ${APROV} ${SRC} }
    GROUP BY ?m ?how ?date ?mkind ?b ?org ?level ?place ?aprov ?text ?a ?url`),
    // what else the articles that name the official report; every document and figure has its
    // sentence, so it is matched, not OPTIONAL
    sparql(`SELECT DISTINCT ?d ?kind ?number ?dname ?text ?a ?url WHERE { ${named}
      GRAPH ?a { ?d kg:documentKind ?kind . ?d kg:sentence ?s . ?s kg:text ?text }
      ${opt("?d kg:number ?number", "?d schema:name ?dname")} ${SRC} } LIMIT ${LIST}`),
    sparql(`SELECT DISTINCT ?o ?indicator ?value ?unit ?change ?surface ?text ?a ?url WHERE { ${named}
      GRAPH ?a { ?o kg:indicator ?indicator . ?o kg:value ?value . ?o kg:unit ?unit . ?o kg:sentence ?s . ?s kg:text ?text }
      ${opt("?o kg:changePct ?change", "?o schema:text ?surface")} ${SRC} } LIMIT ${LIST}`),
  ]);
  if (!who.length) return render(section("Not found", empty(`No official ${p}.`)));
  const name = who[0].name;
  const forms = [...new Set(info.map((r) => r.form).filter((f) => f && f !== name))];
  const provinces = [...new Set(who.map((r) => r.prov).filter(Boolean))];
  const articles = new Set(info.map((r) => r.a));
  const chaired = meetings.filter((r) => r.how === "chaired");
  const attended = meetings.filter((r) => r.how === "attended");
  render(
    h("div", { class: "crumbs" }, h("a", { href: "#/" }, "kg"), " › official"),
    h("h1", { class: "title official" }, name),
    h("p", { class: "lede" },
      forms.length ? ["Also written ", forms.map((f) => h("bdi", { dir: "auto", class: "form" }, f)).flatMap((e, i) => (i ? [" · ", e] : [e])), ". "] : "",
      provinces.length ? `Province: ${provinces.join(", ")}. ` : "",
      `${articles.size} article${articles.size === 1 ? "" : "s"} · ${chaired.length} meeting${chaired.length === 1 ? "" : "s"} chaired · ${attended.length} attended. `,
      h("a", { href: `#/graph?person=${encodeURIComponent(p)}` }, "See who chaired what with this official →")),
    section("Posts over the years", postsTimeline(posts)),
    h("div", { class: "grid2 official-page" },
      h("div", {},
        section(`Meetings chaired (${chaired.length})`, meetingList(chaired, p)),
        section(`Meetings attended (${attended.length})`, meetingList(attended, p))),
      h("div", {},
        section("Mentioned in", h("details", { open: articles.size <= 4 }, h("summary", {}, `${articles.size} article${articles.size === 1 ? "" : "s"}: the sentences that name this official`), sources(info))),
        section(`Documents in the same articles (${new Set(docs.map((d) => d.d)).size})`, documentList(docs)),
        section(`Figures in the same articles (${new Set(metrics.map((d) => d.o)).size})`, metricList(metrics)))));
}

function newestFirst(a, b) {
  return (a === "—") - (b === "—") || b.localeCompare(a);
}
function postsTimeline(posts) {
  if (!posts.length) return empty("No post stated in the articles.");
  const byPost = groupBy(posts, (r) => `${r.role}|${r.b}`);
  const years = [...new Set(posts.map((r) => r.year || "—"))].sort((a, b) => (a === "—") - (b === "—") || a.localeCompare(b));
  const rows = [...byPost.values()].map((rs) => ({
    words: postName(rs[0].role, rs[0].org, rs[0].level, rs[0].place),
    body: rs[0].b,
    first: rs.map((r) => r.year || "9999").sort()[0],
    rs,
  })).sort((a, b) => a.first.localeCompare(b.first) || a.words.localeCompare(b.words));
  const grid = h("table", { class: "timeline" },
    h("thead", {}, h("tr", {}, h("th", {}, "Post"), years.map((y) => h("th", { class: "year" }, y === "—" ? "year not stated" : y)))),
    h("tbody", {}, rows.map((row) => h("tr", {},
      h("td", {}, h("a", { class: "node body plain", href: linkTo(row.body) }, row.words)),
      years.map((y) => {
        const here = row.rs.filter((r) => (r.year || "—") === y);
        const n = new Set(here.map((r) => r.a)).size;
        const former = here.length && here.every((r) => r.former === "true");
        return h("td", { class: "year" }, n ? h("span", { class: former ? "mark former" : "mark", title: `${n} article${n === 1 ? "" : "s"}${former ? " (as a former post)" : ""}` }, former ? "○" : "●") : "");
      })))));
  const byYear = groupBy(posts, (r) => r.year || "—");
  const detail = [...byYear.keys()].sort(newestFirst).map((y) => h("details", { class: "year-block" },
    h("summary", {}, h("strong", {}, y === "—" ? "Year not stated" : y), ` — ${new Set(byYear.get(y).map((r) => `${r.role}|${r.b}`)).size} post(s), the sentences that state them`),
    h("ul", { class: "facts-list" }, [...groupBy(byYear.get(y), (r) => `${r.role}|${r.b}`).values()].map((rs) => h("li", { class: "post-item" },
      h("strong", {}, postName(rs[0].role, rs[0].org, rs[0].level, rs[0].place)), rs.some((r) => r.former === "true") ? h("em", {}, " (former)") : "",
      sources(rs))))));
  return [grid, h("p", { class: "hint" }, "● said to hold the post in an article of that year · ○ named as a former holder. Sources by year:"), ...detail];
}

// "Session of the <body>": the meeting (by its kind) and its organiser, each a link
function meetingWords(r) {
  if (!r.b) return chip("meeting", r.m, meetingName(null, null, null, r.date, r.aprov, r.mkind).replace(/, [^,]*$/, ""), meetingName(null, null, null, r.date, r.aprov, r.mkind));
  const words = meetingName(r.org, r.level, r.place, r.date, r.aprov, r.mkind);
  return [chip("meeting", r.m, kindName(r.mkind), words), " of the ", chip("body", r.b, bodyName(r.org, r.level, r.place)),
    !r.place && r.aprov ? h("span", { class: "muted" }, ` (${r.aprov} news)`) : ""];
}
function meetingList(rows, self) {
  if (!rows.length) return empty("None in the articles.");
  const sorted = [...rows].sort((a, b) => (b.date || "").localeCompare(a.date || ""));
  return h("ul", { class: "facts-list" }, sorted.map((r) => {
    const others = chairChips(r.chairs).filter((c) => c.getAttribute("href") !== linkTo(self));
    return h("li", { class: "meeting-item" },
      h("span", { class: "date" }, fmtDate(r.date)), " ", meetingWords(r),
      others.length ? h("span", { class: "by" }, " · chaired with ", others) : "",
      source(r.text, r.a, r.url));
  }));
}

function documentList(rows) {
  if (!rows.length) return empty("No numbered document in these articles.");
  return h("ul", { class: "facts-list" }, [...groupBy(rows, "d").values()].map((rs) => h("li", {},
    h("strong", {}, label(rs[0].kind)), rs[0].number ? ` ${rs[0].number}` : "", rs[0].dname && rs[0].dname !== rs[0].number ? h("span", { class: "muted" }, ` — “${rs[0].dname}”`) : "",
    sources(rs))));
}

function fmtNumber(v) {
  const n = Number(v);
  return Number.isFinite(n) ? n.toLocaleString("en-GB", { maximumFractionDigits: 2 }) : v;
}
function metricList(rows) {
  if (!rows.length) return empty("No figure in these articles.");
  return h("ul", { class: "facts-list" }, [...groupBy(rows, "o").values()].slice(0, 60).map((rs) => {
    const r = rs[0];
    const unit = codeOf(r.unit) === "percent" ? "%" : codeOf(r.unit) === "count" ? "" : ` ${label(r.unit)}`;
    const change = r.change ? ` (${Number(r.change) >= 0 ? "+" : ""}${fmtNumber(r.change)}% on the same period)` : "";
    return h("li", {}, h("strong", {}, label(r.indicator)), `: ${fmtNumber(r.value)}${unit}${change}`, r.place ? h("span", { class: "muted" }, ` — ${r.place}`) : "", sources(rs));
  }));
}

async function bodyPage(b) {
  const B = iriRef(b);
  const [info, meetings, holders] = await Promise.all([
    sparql(`SELECT ?org ?level ?place ?pl WHERE { GRAPH ?a { ${B} kg:orgType ?org }
      ${opt(`${B} kg:level ?level`, `${B} kg:place ?pl . ?pl schema:name ?place`)} } LIMIT 1`),
    sparql(`SELECT ?m ?date ?mkind ?aprov ?text ?a ?url (GROUP_CONCAT(DISTINCT CONCAT(STR(?c), "\u001e", ?cn); separator="\u001f") AS ?chairs) WHERE {
      GRAPH ?a { ?m schema:organizer ${B} } ${opt("?m schema:startDate ?date", "?m kg:sentence ?ms . ?ms kg:text ?text")} ${MKIND("?m")}
      ${CHAIR_NAMES("?m")} ${APROV} ${SRC} }
    GROUP BY ?m ?date ?mkind ?aprov ?text ?a ?url ORDER BY DESC(STR(?date)) LIMIT ${LIST}`),
    sparql(`SELECT DISTINCT ?p ?name ?role ?year ?former ?text ?a ?url WHERE {
      GRAPH ${ENT} { ?post org:organization ${B} . ?post org:role ?role . ?post org:member ?p . OPTIONAL { ?post kg:former ?former } }
      GRAPH ?a { ?post kg:sentence ?ps } ${opt("?post kg:attestedIn ?year", "?ps kg:text ?text")}
      GRAPH ${ENT} { ?p schema:name ?name } ${SRC} }
    ORDER BY DESC(STR(?year)) LIMIT ${LIST}`),
  ]);
  if (!info.length) return render(section("Not found", empty(`No body ${b}.`)));
  const i = info[0];
  const words = bodyName(i.org, i.level, i.place);
  const rows = meetings.map((r) => ({ ...r, org: i.org, level: i.level, place: i.place }))
    .sort((x, y) => (y.date || "").localeCompare(x.date || ""));
  const byYear = groupBy(holders, (r) => r.year || "—");
  render(
    h("div", { class: "crumbs" }, h("a", { href: "#/" }, "kg"), " › body"),
    h("h1", { class: "title body" }, words),
    h("p", { class: "lede" }, i.pl ? ["Place: ", chip("place", i.pl, i.place), ". "] : "Place not stated in the articles. ",
      `${rows.length} meeting${rows.length === 1 ? "" : "s"} organised · ${new Set(holders.map((r) => r.p)).size} office holders named. `,
      h("a", { href: `#/graph?body=${encodeURIComponent(b)}` }, "Who chaired its meetings →")),
    h("div", { class: "grid2" },
      section(`Meetings (${rows.length})`, rows.length ? h("ul", { class: "facts-list" }, rows.map((r) => h("li", { class: "meeting-item" },
        h("span", { class: "date" }, fmtDate(r.date)), " ", chip("meeting", r.m, `${kindName(r.mkind)}, ${fmtDate(r.date)}`, meetingName(r.org, r.level, r.place, r.date, r.aprov, r.mkind)),
        r.chairs ? h("span", { class: "by" }, " chaired by ", chairChips(r.chairs)) : h("span", { class: "by muted" }, " chair not stated"),
        source(r.text, r.a, r.url)))) : empty("No meeting organised by this body in the articles.")),
      section("Office holders by year", holders.length ? [...byYear.keys()].sort(newestFirst).map((y) => h("div", { class: "year-block" },
        h("h3", {}, y === "—" ? "Year not stated" : y),
        h("ul", { class: "facts-list" }, [...groupBy(byYear.get(y), (r) => `${r.role}|${r.p}`).values()].map((rs) => h("li", {},
          h("strong", {}, label(rs[0].role)), " ", chip("official", rs[0].p, rs[0].name), rs.some((r) => r.former === "true") ? h("em", {}, " (former)") : "",
          sources(rs)))))) : empty("No office holder named."))));
}

async function meetingPage(m) {
  const M = iriRef(m);
  const rows = await sparql(`SELECT ?date ?mkind ?b ?org ?level ?place ?aprov ?text ?a ?url ?c ?cn ?t ?tn WHERE {
    GRAPH ?a { ${M} kg:sentence ?s } ${opt(`${M} schema:startDate ?date`, "?s kg:text ?text")} ${MKIND(M)}
    ${CHAIR_NAMES(M)} OPTIONAL { GRAPH ?a { ${M} schema:attendee ?t } GRAPH ${ENT} { ?t schema:name ?tn } }
    ${ORGANISER(M)} ${APROV} ${SRC} }`);
  if (!rows.length) return render(section("Not found", empty(`No meeting ${m}.`)));
  const r = rows[0];
  const uniq = (k, n) => [...new Map(rows.filter((x) => x[k]).map((x) => [x[k], x[n]])).entries()];
  const chairs = uniq("c", "cn");
  const attendees = uniq("t", "tn");
  const [others, docs, metrics] = await Promise.all([
    sparql(`SELECT ?m ?date ?mkind ?b ?org ?level ?place ?aprov (GROUP_CONCAT(DISTINCT CONCAT(STR(?c), "\u001e", ?cn); separator="\u001f") AS ?chairs) WHERE {
      VALUES ?a { ${iriRef(r.a)} } GRAPH ?a { ?m kg:sentence ?s . FILTER(STRSTARTS(STR(?m), CONCAT(STR(?a), "#meeting")) && ?m != ${M}) }
      ${opt("?m schema:startDate ?date")} ${MKIND("?m")} ${CHAIR_NAMES("?m")} ${ORGANISER("?m")} ${APROV} } GROUP BY ?m ?date ?mkind ?b ?org ?level ?place ?aprov`),
    sparql(`SELECT DISTINCT ?d ?kind ?number ?dname ?text ?a ?url WHERE { VALUES ?a { ${iriRef(r.a)} } GRAPH ?a {
      ?d kg:documentKind ?kind ; kg:sentence ?s . ?s kg:text ?text }
      OPTIONAL { ?d kg:number ?number } OPTIONAL { ?d schema:name ?dname } ${SRC} }`),
    sparql(`SELECT DISTINCT ?o ?indicator ?value ?unit ?change ?place ?text ?a ?url WHERE { VALUES ?a { ${iriRef(r.a)} } GRAPH ?a {
      ?o kg:indicator ?indicator ; kg:value ?value ; kg:unit ?unit }
      ${opt("?o kg:changePct ?change", "?o kg:place ?opl . ?opl schema:name ?place", "?o kg:sentence ?os . ?os kg:text ?text")} ${SRC} }`),
  ]);
  render(
    h("div", { class: "crumbs" }, h("a", { href: "#/" }, "kg"), " › meeting"),
    h("h1", { class: "title meeting" }, meetingName(r.org, r.level, r.place, r.date, r.aprov, r.mkind)),
    h("dl", { class: "record" },
      h("dt", {}, "Kind"), h("dd", {}, r.mkind ? kindName(r.mkind) : "not stated"),
      h("dt", {}, "Date"), h("dd", {}, fmtDate(r.date)),
      h("dt", {}, "Organised by"), h("dd", {}, r.b ? chip("body", r.b, bodyName(r.org, r.level, r.place)) : "not stated"),
      h("dt", {}, "Chaired by"), h("dd", {}, chairs.length ? chairs.map(([iri, n]) => chip("official", iri, n)) : "not stated"),
      h("dt", {}, "Attended by"), h("dd", {}, attendees.length ? attendees.map(([iri, n]) => chip("official", iri, n)) : "not stated"),
      h("dt", {}, "Reported in"), h("dd", {}, articleLink(r.a, r.url), r.aprov ? ` (${r.aprov})` : "")),
    section("Source", source(r.text, r.a, r.url)),
    h("div", { class: "grid2" },
      section("Other meetings in the same article", meetingTable(others)),
      h("div", {}, section("Documents in the same article", documentList(docs)), section("Figures in the same article", metricList(metrics)))));
}

async function placePage(pl) {
  const PL = iriRef(pl);
  const [info, bodies, people] = await Promise.all([
    sparql(`SELECT ?name ?later ?laterName WHERE { GRAPH ?g { ${PL} schema:name ?name OPTIONAL { ${PL} kg:successor ?later . ?later schema:name ?laterName } } } LIMIT 1`),
    sparql(`SELECT DISTINCT ?b ?org ?level WHERE { GRAPH ?g { ?b kg:place ${PL} ; kg:orgType ?org OPTIONAL { ?b kg:level ?level } } }`),
    sparql(`SELECT ?p ?name (COUNT(DISTINCT ?a) AS ?n) WHERE { ?p kg:province ${PL} ; schema:name ?name . GRAPH ?a { ?p kg:surfaceForm ?f } } GROUP BY ?p ?name ORDER BY DESC(?n) ?name LIMIT 80`),
  ]);
  if (!info.length) return render(section("Not found", empty(`No place ${pl}.`)));
  const name = info[0].name;
  const meetings = await sparql(`SELECT ?m ?date ?mkind ?b ?org ?level ?place ?aprov ?text ?a ?url
      (GROUP_CONCAT(DISTINCT CONCAT(STR(?c), "\u001e", ?cn); separator="\u001f") AS ?chairs) WHERE {
    GRAPH ?a { { ?m kg:chairedBy ?x } UNION { ?m schema:organizer ?y } } ${opt("?m schema:startDate ?date", "?m kg:sentence ?ms . ?ms kg:text ?text")} ${MKIND("?m")}
    ${ORGANISER("?m")} ${APROV}
    FILTER(?place = ${literal(name)} || ?aprov = ${literal(name)})
    ${CHAIR_NAMES("?m")} ${SRC}
  } GROUP BY ?m ?date ?mkind ?b ?org ?level ?place ?aprov ?text ?a ?url ORDER BY DESC(STR(?date)) LIMIT 200`);
  render(
    h("div", { class: "crumbs" }, h("a", { href: "#/" }, "kg"), " › place"),
    h("h1", { class: "title place" }, name),
    h("p", { class: "lede" }, info[0].later && info[0].later !== pl ? ["Since the 2025 merger part of ", chip("place", info[0].later, info[0].laterName), ". "] : "",
      h("a", { href: `#/graph?province=${encodeURIComponent(name)}` }, `Who chaired what in ${name} →`)),
    h("div", { class: "grid2" },
      h("div", {},
        section(`Bodies (${bodies.length})`, bodies.length ? h("ul", { class: "chips" }, bodies.map((b) => h("li", {}, chip("body", b.b, bodyName(b.org, b.level, name))))) : empty("No body of this place.")),
        section(`Meetings in ${name} (${meetings.length})`, meetings.length ? h("ul", { class: "facts-list" }, meetings.map((r) => h("li", { class: "meeting-item" },
          h("span", { class: "date" }, fmtDate(r.date)), " ", meetingWords(r),
          r.chairs ? h("span", { class: "by" }, " chaired by ", chairChips(r.chairs)) : h("span", { class: "by muted" }, " chair not stated"),
          source(r.text, r.a, r.url)))) : empty("No meeting reported here."))),
      h("div", {},
        section(`Officials of ${name} (${people.length})`, people.length ? h("ul", { class: "chips" }, people.map((r) => h("li", {}, chip("official", r.p, r.name), h("span", { class: "count" }, r.n)))) : empty("No official placed here.")))));
}

async function genericPage(iri) {
  const rows = await sparql(`SELECT ?p ?o WHERE { ${iriRef(iri)} ?p ?o } LIMIT 200`);
  render(h("h1", {}, iri), rows.length ? h("table", { class: "facts" }, h("tbody", {}, rows.map((r) => h("tr", {}, h("td", {}, r.p), h("td", {}, r.o))))) : empty("Nothing is known about this IRI."));
}

// ------------------------------------------------------------------ who chaired what
const COLOURS = { official: "#d95f02", meeting: "#1b9e77", body: "#7570b3" };
let cy = null;

// The graph of a scope is read in three bounded steps, so that it opens fast on a store of 10k
// articles: (1) the officials who chaired meetings in the scope, counted on the server, the top N
// kept; (2) the latest MAX_MEETINGS meetings they chaired in the scope; (3) those meetings' kind,
// date, organiser, chairs and sentence. SCOPE gives the scope's patterns: ?m chaired by ?p in the
// article ?a, with ?date when stated; a province is looked up by its name (the organiser's place,
// or the article's province), a body or an official by its IRI, before the meetings are matched.
const MAX_MEETINGS = 150;
function scopePatterns(scope, { dated = false } = {}) {
  const parts = [];
  if (scope.person) parts.push(`GRAPH ?a { ?m kg:chairedBy ${iriRef(scope.person)} }`);
  if (scope.body) parts.push(`GRAPH ?a { ?m schema:organizer ${iriRef(scope.body)} }`);
  if (scope.kind) parts.push(`GRAPH ?a { ?m kg:meetingKind ${iriRef(scope.kind)} }`);
  if (scope.province) {
    const iris = PLACES.filter((p) => p.name === scope.province).map((p) => iriRef(p.iri));
    const place = iris.length ? `VALUES ?spl { ${iris.join(" ")} }` : `?spl schema:name ${literal(scope.province)} .`;
    parts.push(`${place} { GRAPH ?a { ?a kg:province ?spl } } UNION { GRAPH ?a { ?sb kg:place ?spl . ?m schema:organizer ?sb } }`);
  }
  const from = scope.from ? dateSpan(scope.from) : null;
  const to = scope.to ? dateSpan(scope.to) : null;
  // the date inside the same GRAPH block: one optional pattern there is an index look-up (4x faster)
  parts.push(`GRAPH ?a { ?m kg:chairedBy ?p${dated || from || to ? " OPTIONAL { ?m schema:startDate ?date }" : ""} }`);
  if (from || to) {
    // compare as days, not strings: a year-only date covers its whole year, a month its month
    parts.push(`FILTER(BOUND(?date))
      BIND(STR(?date) AS ?ds) BIND(xsd:integer(SUBSTR(?ds, 1, 4)) * 10000 AS ?y)
      BIND(IF(STRLEN(?ds) >= 7, xsd:integer(SUBSTR(?ds, 6, 2)) * 100, 0) AS ?mo)
      BIND(IF(STRLEN(?ds) >= 10, xsd:integer(SUBSTR(?ds, 9, 2)), 0) AS ?dd)
      BIND(IF(?mo = 0, ?y + 101, ?y + ?mo + IF(?dd = 0, 1, ?dd)) AS ?start)
      BIND(IF(?mo = 0, ?y + 1231, ?y + ?mo + IF(?dd = 0, 31, ?dd)) AS ?end)`);
    if (from) parts.push(`FILTER(?end >= ${from[0]})`);
    if (to) parts.push(`FILTER(?start <= ${to[1]})`);
  }
  return parts.join("\n  ");
}
// (1) the officials of the scope who chaired most (``limit`` of them, 0: all) and how many there are
async function scopeOfficials(scope, limit) {
  const P = scopePatterns(scope);
  const [rows, total] = await Promise.all([
    sparql(`SELECT ?p ?n WHERE { { SELECT ?p (COUNT(DISTINCT ?m) AS ?n) WHERE { ${P} } GROUP BY ?p }
      GRAPH ${ENT} { ?p schema:name ?name } } ORDER BY DESC(?n) ?name ${limit > 0 ? `LIMIT ${limit}` : ""}`),
    sparql(`SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ${P} }`),
  ]);
  return { ranked: rows.map((r) => ({ p: r.p, n: Number(r.n) })), officials: Number((total[0] || {}).n || 0) };
}
// (2) the latest meetings those officials chaired in the scope, and whether there were more
async function scopeMeetings(scope, officials) {
  if (!officials.length) return { meetings: [], more: false };
  const rows = await sparql(`SELECT DISTINCT ?m ?a ?date WHERE { VALUES ?p { ${officials.map(iriRef).join(" ")} }
    ${scopePatterns(scope, { dated: true })} } ORDER BY DESC(STR(?date)) LIMIT ${MAX_MEETINGS + 1}`);
  return { meetings: rows.slice(0, MAX_MEETINGS), more: rows.length > MAX_MEETINGS };
}
// (3) what the page shows of those meetings: every chair, kind, date, organiser, sentence, source
function scopeQuery(meetings) {
  const values = meetings.map((r) => `(${iriRef(r.m)} ${iriRef(r.a)})`).join(" ");
  return `SELECT DISTINCT ?a ?m ?date ?mkind ?p ?name ?b ?org ?level ?place ?aprov ?text ?url WHERE {
    VALUES (?m ?a) { ${values} }
    GRAPH ?a { ?m kg:chairedBy ?p } ${opt("?m schema:startDate ?date", "?m kg:sentence ?ms . ?ms kg:text ?text")} ${MKIND("?m")}
    GRAPH ${ENT} { ?p schema:name ?name } ${ORGANISER("?m")} ${APROV} ${SRC}
  }`;
}

// the graph of a scope: officials -> meetings they chaired -> organising bodies; ``ranked``: the
// officials kept (the top N of the scope) with the meetings each chaired in it; ``officials``: how
// many chaired a meeting in the scope
function scopeGraph(rows, ranked, officials) {
  const kept = new Set(ranked.map((x) => x.p));
  const chairedCount = new Map(ranked.map((x) => [x.p, x.n]));
  const nodes = new Map();
  const edges = new Map();
  for (const r of rows) {
    if (!kept.has(r.p)) continue;
    const where = r.place || r.aprov;
    nodes.set(r.p, { id: r.p, kind: "official", label: r.name, weight: chairedCount.get(r.p) });
    if (!nodes.has(r.m)) {
      nodes.set(r.m, { id: r.m, kind: "meeting", label: meetingName(r.org, r.level, r.place, r.date, r.aprov, r.mkind), date: r.date,
        mkind: r.mkind, text: r.text, a: r.a, url: r.url, where });
    }
    edges.set(`${r.p}>${r.m}`, { id: `${r.p}>${r.m}`, source: r.p, target: r.m, kind: "chaired" });
    if (r.b) {
      nodes.set(r.b, { id: r.b, kind: "body", label: bodyName(r.org, r.level, r.place) });
      edges.set(`${r.m}>${r.b}`, { id: `${r.m}>${r.b}`, source: r.m, target: r.b, kind: "organised" });
    }
  }
  return collapse({ nodes: [...nodes.values()], edges: [...edges.values()], officials, shown: kept.size });
}

// meetings that share their chairs and their organiser, three or more of them, drawn as one node
// ("12 meetings of the Provincial Party Committee of Ninh Binh, 2018–2023"); the list under the graph
// still gives each of them with its source
function collapse(g, at = 3) {
  const into = new Map(g.edges.map((e) => [e.target, []]));
  const out = new Map(g.edges.map((e) => [e.source, []]));
  for (const e of g.edges) { into.get(e.target).push(e.source); out.get(e.source).push(e.target); }
  const groups = groupBy(g.nodes.filter((n) => n.kind === "meeting"),
    (n) => `${[...(into.get(n.id) || [])].sort().join(" ")}|${[...(out.get(n.id) || [])].sort().join(" ")}`);
  const gone = new Map(); // meeting -> its group node
  const added = [];
  const labels = new Map(g.nodes.map((n) => [n.id, n.label]));
  for (const members of groups.values()) {
    if (members.length < at) continue;
    const years = [...new Set(members.map((m) => (m.date || "").slice(0, 4)).filter(Boolean))].sort();
    const span = !years.length ? "dates unknown" : years.length === 1 ? years[0] : `${years[0]}–${years[years.length - 1]}`;
    const body = (out.get(members[0].id) || [])[0];
    const kinds = new Set(members.map((m) => kindName(m.mkind)));
    const what = counted(kinds.size === 1 ? [...kinds][0] : "Meeting", members.length);
    const label = `${what}${body ? ` of the ${labels.get(body)}` : ""}, ${span}`;
    const node = { id: `group:${members[0].id}`, kind: "meeting", group: true, label, members, body, date: members[0].date };
    added.push(node);
    for (const m of members) gone.set(m.id, node.id);
  }
  if (!added.length) return g;
  const edges = new Map();
  for (const e of g.edges) {
    const source = gone.get(e.source) || e.source;
    const target = gone.get(e.target) || e.target;
    edges.set(`${source}>${target}`, { ...e, id: `${source}>${target}`, source, target });
  }
  return { ...g, nodes: [...g.nodes.filter((n) => !gone.has(n.id)), ...added], edges: [...edges.values()] };
}

function graphLabel(n) {
  if (n.kind !== "meeting" || n.group) return n.label;
  // shorter on the canvas: kind and date first, then the organiser (the words after "<Kind> of the")
  const kind = kindName(n.mkind);
  const body = n.label.slice(kind.length).replace(/^( of the | in )/, "").replace(/, [^,]*$/, "");
  return `${kind}, ${fmtDate(n.date)}${body ? `\n${body}` : ""}`;
}

// Officials drawn when the view gives no "Top"; with nothing narrowing the view (no province, body,
// official or dates) at most WHOLE_STORE of them.
const TOP = 15;
const WHOLE_STORE = 40;
async function graphPage(params) {
  const scope = Object.fromEntries(["province", "body", "person", "kind", "from", "to", "top"].map((k) => [k, params.get(k) || ""]));
  const top = scope.top === "" ? TOP : Number(scope.top) || 0;
  const whole = !["province", "body", "person", "kind", "from", "to"].some((k) => scope[k]);
  const BODY_LIST = await bodiesIndex();
  const provinces = [...new Set([...BODY_LIST.map((b) => b.place), ...PLACES.map((p) => p.name)].filter(Boolean))].sort();
  const chairs = await sparql(`SELECT DISTINCT ?p ?name WHERE { ?m kg:chairedBy ?p . ?p schema:name ?name } ORDER BY ?name`);
  const go = () => {
    const form = document.getElementById("scope");
    const q = new URLSearchParams();
    for (const el of form.elements) if (el.name && el.value) q.set(el.name, el.value);
    location.hash = `#/graph?${q}`;
  };
  const select = (name, title, options, current) => h("label", {}, title,
    h("select", { name, onchange: go }, h("option", { value: "" }, "any"),
      options.map(([v, t]) => h("option", { value: v, selected: v === current }, t))));
  const dateInput = (name, title, hint) => h("label", {}, title, h("input", { name, value: scope[name], placeholder: hint, size: 10,
    pattern: "\\d{4}(-\\d{2}){0,2}", title: "a year (2024), a month (2024-03) or a day (2024-03-12)", onchange: go }));
  const form = h("form", { id: "scope", class: "scope", onsubmit: (e) => { e.preventDefault(); go(); } },
    select("province", "Province", provinces.map((p) => [p, p]), scope.province),
    select("body", "Body", [...BODY_LIST].sort((a, b) => a.label.localeCompare(b.label)).map((b) => [b.iri, b.label]), scope.body),
    select("person", "Official", chairs.map((r) => [r.p, r.name]), scope.person),
    select("kind", "Kind", MEETING_KINDS(), scope.kind),
    dateInput("from", "From", "2023"), dateInput("to", "To", "2024-06"),
    h("label", {}, "Top", h("input", { name: "top", type: "number", min: 0, value: top, size: 4, title: "officials with the most meetings chaired (0: all)", onchange: go })),
    h("a", { href: "#/graph", class: "reset" }, "clear"));
  const { ranked, officials } = await scopeOfficials(scope, whole ? Math.min(top || WHOLE_STORE, WHOLE_STORE) : top);
  const { meetings, more } = await scopeMeetings(scope, ranked.map((x) => x.p));
  const rows = meetings.length ? await sparql(scopeQuery(meetings)) : [];
  const g = scopeGraph(rows, ranked, officials);
  const capped = whole && officials > ranked.length && (top === 0 || top > WHOLE_STORE);
  const words = [scope.province && `in ${scope.province}`, scope.body && `organised by the ${(BODY_LIST.find((b) => b.iri === scope.body) || {}).label || "body"}`,
    scope.person && `with ${(chairs.find((c) => c.p === scope.person) || {}).name || "the official"} in the chair`,
    scope.kind && `${counted(label(scope.kind), 2).slice(2)} only`, // "congresses only"
    scope.from && `from ${fmtDate(scope.from)}`, scope.to && `until ${fmtDate(scope.to)}`].filter(Boolean).join(", ");
  const count = (k) => g.nodes.filter((n) => n.kind === k).length;
  const shownMeetings = new Set(g.nodes.filter((n) => n.kind === "meeting").flatMap((n) => (n.group ? n.members.map((m) => m.id) : [n.id])));
  const summary = `${count("official")} official${count("official") === 1 ? "" : "s"}${g.shown < g.officials ? ` (the ${g.shown} with most meetings chaired, of ${g.officials})` : ""}, `
    + `${shownMeetings.size} meetings${shownMeetings.size > count("meeting") ? ` (repeated series drawn as one node: ${count("meeting")} nodes)` : ""}, ${count("body")} organising bodies`;
  const container = h("div", { id: "graph", "data-nodes": g.nodes.length, "data-unlabelled": g.nodes.filter((n) => !n.label.trim()).length });
  const ranking = g.nodes.filter((n) => n.kind === "official").sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label));
  const details = h("aside", { id: "details", class: "card" }, h("p", { class: "hint" }, "Click a node for its facts and sources; drag to pan, scroll to zoom."),
    ranking.length ? [h("h2", {}, "Meetings chaired in this view"), h("ol", { class: "ranking" }, ranking.slice(0, 20).map((n) => h("li", {}, chip("official", n.id, n.label), h("span", { class: "count" }, n.weight))))] : null);
  const legend = h("div", { class: "legend" },
    h("span", { class: "key official" }, "official"), " → chaired → ", h("span", { class: "key meeting" }, "meeting"),
    " → organised by → ", h("span", { class: "key body" }, "body"));
  const list = h("details", { class: "nodelist" }, h("summary", {}, `All ${g.nodes.length} nodes as a list`),
    ["official", "meeting", "body"].map((k) => h("ul", { class: "chips" }, g.nodes.filter((n) => n.kind === k)
      .sort((a, b) => a.label.localeCompare(b.label)).map((n) => h("li", {}, n.group
        ? h("a", { class: "node meeting group", href: n.body ? `#/graph?body=${encodeURIComponent(n.body)}&top=0` : "#/graph", title: "the graph of these meetings' organiser" }, n.label)
        : chip(k, n.id, n.label))))));
  const byMeeting = [...groupBy(rows.filter((r) => shownMeetings.has(r.m)), "m").values()]
    .map((rs) => ({ ...rs[0], chairs: rs.map((r) => `${r.p}\u001e${r.name}`).join("\u001f") }))
    .sort((a, b) => (b.date || "").localeCompare(a.date || ""));
  const table = byMeeting.length ? h("details", { class: "card meetings-in-view", open: byMeeting.length <= 12 },
    h("summary", {}, `The ${byMeeting.length} meetings of this view, newest first, with their sources`),
    h("ul", { class: "facts-list" }, byMeeting.map((r) => h("li", { class: "meeting-item" },
      h("span", { class: "date" }, fmtDate(r.date)), " ", meetingWords(r), h("span", { class: "by" }, " chaired by ", chairChips(r.chairs)),
      source(r.text, r.a, r.url))))) : null;
  render(
    h("h1", {}, "Who chaired what", words ? h("span", { class: "scope-words" }, ` — ${words}`) : ""),
    form,
    h("p", { class: "summary" }, g.nodes.length ? summary : "Nothing in this scope: widen it.", " ", legend),
    capped ? h("p", { class: "hint scope-hint" }, `The whole store has ${officials} officials who chaired a meeting: the ${ranked.length} who chaired most are drawn. Choose a province, a body, an official or dates to see the others.`) : null,
    more ? h("p", { class: "hint more-hint" }, `Only the latest ${MAX_MEETINGS} meetings of these officials are drawn: narrow the dates to see earlier ones.`) : null,
    h("div", { class: "graph-wrap" }, container, details),
    table,
    list);
  drawGraph(container, details, g);
}

// fCoSE (bundled) when it loaded, else Cytoscape's own CoSE; labels count as part of the nodes so they do not overlap
function layoutOptions() {
  const common = { animate: false, nodeDimensionsIncludeLabels: true, padding: 24 };
  try {
    cytoscape({ headless: true }).layout({ name: "fcose" });
    return { ...common, name: "fcose", quality: "proof", randomize: true, packComponents: true, tile: true,
      nodeRepulsion: () => 9000, idealEdgeLength: () => 60, edgeElasticity: () => 0.45, nodeSeparation: 80,
      numIter: 5000, gravity: 0.3, gravityRange: 3.8, tilingPaddingVertical: 20, tilingPaddingHorizontal: 20 };
  } catch (_) {
    return { ...common, name: "cose", randomize: false, idealEdgeLength: () => 60, nodeRepulsion: () => 60000,
      nodeOverlap: 20, gravity: 0.6, componentSpacing: 60, numIter: 2500 };
  }
}
function drawGraph(container, details, g) {
  if (cy) cy.destroy();
  cy = null;
  if (!g.nodes.length || typeof cytoscape !== "function") return;
  const byId = new Map(g.nodes.map((x) => [x.id, x]));
  cy = cytoscape({
    container,
    elements: [
      ...g.nodes.map((n) => ({ data: { ...n, members: undefined, caption: graphLabel(n), size: n.kind === "official" ? Math.min(46, 14 + 8 * Math.sqrt(n.weight)) : n.kind === "body" ? 22 : n.group ? Math.min(34, 13 + 4 * Math.sqrt(n.members.length)) : 13 } })),
      ...g.edges.map((e) => ({ data: e })),
    ],
    wheelSensitivity: 0.25,
    minZoom: 0.08,
    maxZoom: 3,
    style: [
      { selector: "node", style: { label: "data(caption)", "font-family": "DejaVu Sans, Arial, sans-serif", "font-size": 11, "text-wrap": "wrap",
        "text-max-width": 180, "text-valign": "bottom", "text-margin-y": 3, color: "#222", width: "data(size)", height: "data(size)",
        "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 1, "min-zoomed-font-size": 5 } },
      { selector: "node[kind = 'official']", style: { "background-color": COLOURS.official, "font-size": 13, "font-weight": "bold", shape: "ellipse" } },
      { selector: "node[kind = 'meeting']", style: { "background-color": COLOURS.meeting, shape: "round-rectangle", color: "#245" } },
      { selector: "node[kind = 'body']", style: { "background-color": COLOURS.body, shape: "hexagon", "font-size": 12, color: "#3b3570" } },
      { selector: "edge", style: { width: 1.4, "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 0.9,
        "line-color": "#e7a977", "target-arrow-color": "#e7a977" } },
      { selector: "edge[kind = 'organised']", style: { "line-color": "#b3afd9", "target-arrow-color": "#b3afd9", "line-style": "dashed" } },
      { selector: ".faded", style: { opacity: 0.15 } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#111" } },
    ],
    layout: layoutOptions(),
  });
  cy.on("tap", "node", (evt) => {
    const n = evt.target;
    cy.elements().addClass("faded");
    n.closedNeighborhood().removeClass("faded");
    showNode(details, byId.get(n.id()) || n.data());
  });
  cy.on("tap", (evt) => {
    if (evt.target === cy) cy.elements().removeClass("faded");
  });
  container.dataset.drawn = String(cy.nodes().length);
  const zoom = (factor) => cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
  container.append(h("div", { class: "zoom" },
    h("button", { type: "button", title: "zoom in", onclick: () => zoom(1.4) }, "+"),
    h("button", { type: "button", title: "zoom out", onclick: () => zoom(1 / 1.4) }, "−"),
    h("button", { type: "button", title: "the whole graph", onclick: () => cy.fit(undefined, 24) }, "fit")));
}

async function showNode(details, n) {
  if (n.group) {
    details.replaceChildren(h("h3", {}, n.label), h("ul", { class: "facts-list" }, [...n.members]
      .sort((a, b) => (b.date || "").localeCompare(a.date || ""))
      .map((m) => h("li", {}, h("span", { class: "date" }, fmtDate(m.date)), " ", chip("meeting", m.id, kindName(m.mkind), m.label), source(m.text, m.a, m.url)))));
    return;
  }
  const parts = [h("h3", {}, chip(n.kind, n.id, n.label))];
  if (n.kind === "meeting") parts.push(source(n.text, n.a, n.url));
  else if (n.kind === "official") {
    const posts = await latestPosts([n.id]);
    const p = posts.get(n.id);
    if (p) parts.push(h("p", {}, postName(p.role, p.org, p.level, p.place), p.year ? ` (${p.year})` : ""));
    parts.push(h("p", {}, `${cy.getElementById(n.id).outgoers("node").length} meetings chaired in this view.`));
  } else parts.push(h("p", {}, `${cy.getElementById(n.id).incomers("node").length} meetings in this view.`));
  parts.push(h("p", {}, h("a", { href: linkTo(n.id) }, "Open the page →")));
  details.replaceChildren(...parts.filter(Boolean));
}

// ------------------------------------------------------------------ SPARQL page
const EXAMPLES = {
  "officials and their spellings": `${PROLOGUE}SELECT ?name (GROUP_CONCAT(DISTINCT ?form; separator=" | ") AS ?forms) WHERE {\n  ?p a kg:Official ; schema:name ?name ; kg:surfaceForm ?form .\n} GROUP BY ?name ORDER BY ?name`,
};
async function sparqlPage() {
  let queries = EXAMPLES;
  try {
    const r = await fetch("/api/queries");
    if (r.ok) queries = { ...(await r.json()), ...EXAMPLES };
  } catch (_) { /* the canned queries are optional */ }
  const names = Object.keys(queries);
  const first = names.includes("who-chaired-what") ? "who-chaired-what" : names[0];
  const area = h("textarea", { id: "query", spellcheck: "false", rows: 14 }, queries[first]);
  const status = h("span", { class: "status" });
  const table = h("table", { class: "facts results-table" });
  const run = async () => {
    status.textContent = "running…";
    const started = performance.now();
    try {
      const response = await fetch(ENDPOINT, { method: "POST", headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+json" }, body: area.value });
      if (!response.ok) throw new Error(await response.text());
      const data = await response.json();
      const vars = (data.head && data.head.vars) || [];
      const rows = (data.results && data.results.bindings) || [];
      table.replaceChildren(h("thead", {}, h("tr", {}, vars.map((v) => h("th", {}, v)))),
        h("tbody", {}, rows.map((b) => h("tr", {}, vars.map((v) => {
          const val = b[v] ? b[v].value : "";
          return h("td", { title: val }, b[v] && b[v].type === "uri" && val.startsWith(ID) ? h("a", { href: linkTo(val) }, shorten(val)) : shorten(val));
        })))));
      const cut = truncated(response);
      status.textContent = `${rows.length} rows in ${Math.round(performance.now() - started)} ms${cut ? " — cut by the server's row limit" : ""}`;
    } catch (err) {
      status.textContent = String(err.message || err);
      status.className = "status error";
    }
  };
  render(h("h1", {}, "SPARQL"),
    h("p", { class: "hint" }, "The page's own data comes from this endpoint; any SPARQL 1.1 client can use it at ", h("code", {}, ENDPOINT), "."),
    h("div", { class: "row" }, h("label", {}, "Canned query ", h("select", { onchange: (e) => { area.value = queries[e.target.value]; run(); } },
      names.map((n) => h("option", { value: n, selected: n === first }, n)))), h("button", { onclick: run }, "Run"), status),
    area, h("div", { class: "table-wrap" }, table));
  run();
}
function shorten(value) {
  for (const [p, ns] of Object.entries(V.prefixes)) if (value.startsWith(ns)) return `${p}:${value.slice(ns.length)}`;
  return value;
}

route();
