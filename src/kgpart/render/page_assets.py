"""The network page's template, styles and script, and the look of each class and edge kind.

The page is rendered by pyvis's ``generate_html()`` with this Jinja template (autoescaped) in
place of pyvis's own, which links Bootstrap from a CDN, writes its heading unescaped, switches
tooltips to ``innerHTML`` when a title contains ``href`` and writes node ids into markup. Here
no data-derived string reaches markup unescaped: the nodes and edges travel as JSON inside a
non-executed ``<script type="application/json">`` (with ``<``, ``>``, ``&`` and ``'`` escaped by
Jinja's ``tojson``), and the page script puts text into the DOM with ``textContent`` only.
A Content-Security-Policy admits only the page's own scripts (by hash), so even markup that
slipped through could neither run an event handler nor fetch anything off the machine.
"""

from __future__ import annotations

# Colour, vis-network shape and the legend's symbol for the shape, per node kind.
NODE_STYLES: dict[str, tuple[str, str, str]] = {
    "University": ("#1f6fb4", "dot", "●"),
    "Faculty": ("#6baed6", "dot", "●"),
    "Centre": ("#17a2b8", "hexagon", "⬢"),
    "School": ("#5e4fa2", "dot", "●"),
    "ResearchInstitute": ("#8e44ad", "hexagon", "⬢"),
    "Embassy": ("#d62728", "diamond", "◆"),
    "Ministry": ("#ff7f0e", "square", "■"),
    "Government": ("#b35806", "square", "■"),
    "Company": ("#8c564b", "triangleDown", "▼"),
    "Organization": ("#7f7f7f", "dot", "●"),
    "Person": ("#2ca02c", "triangle", "▲"),
    "Country": ("#d4a600", "star", "★"),
    "Programme": ("#e377c2", "diamond", "◆"),
    "StudentCohort": ("#17becf", "square", "■"),
}

# Colour, dashes, width and whether an arrow shows direction, per edge kind.
EDGE_STYLES: dict[str, tuple[str, bool | list[int], float, bool]] = {
    "meets": ("#d62728", True, 2.0, False),
    "partnersWith": ("#1f6fb4", False, 3.5, False),
    "involves": ("#e377c2", False, 1.5, True),
    "partOf": ("#555555", False, 1.5, True),
    "studiesAt": ("#17becf", False, 1.5, True),
    "studiesIn": ("#17becf", [6, 4], 1.5, True),
    "comesFrom": ("#d4a600", True, 1.0, True),
    "locatedIn": ("#bbbbbb", [2, 6], 1.0, True),
}

PAGE_CSS = """
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, sans-serif; color: #222; }
body { display: flex; flex-direction: column; }
header { padding: 8px 14px; border-bottom: 1px solid #ddd; background: #fafafa; }
header h1 { margin: 0; font-size: 20px; }
#summary { margin: 2px 0 0; color: #555; }
.notice { margin: 4px 0 0; padding: 4px 8px; background: #fff3cd; border: 1px solid #e6cf7a; }
#toolbar { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; padding: 6px 14px;
  border-bottom: 1px solid #ddd; }
#toolbar label { color: #444; }
#search-status { color: #a33; min-width: 8em; }
#main { flex: 1; display: flex; min-height: 0; }
#legend { width: 230px; overflow: auto; padding: 8px 12px; border-right: 1px solid #ddd; }
#legend h2, #details h2 { font-size: 13px; text-transform: uppercase; color: #666; margin: 8px 0 4px; }
#legend label { display: flex; gap: 6px; align-items: center; cursor: pointer; }
#legend .sym { font-size: 16px; width: 18px; text-align: center; }
#legend .line { width: 26px; height: 0; border-top-width: 3px; display: inline-block; }
#legend .count { color: #888; margin-left: auto; }
#network { flex: 1; position: relative; min-width: 0; }
#empty { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center;
  font-size: 18px; color: #666; z-index: 2; pointer-events: none; }
#details { width: 300px; overflow: auto; padding: 8px 12px; border-left: 1px solid #ddd; }
#details-text { white-space: pre-wrap; overflow-wrap: anywhere; }
#details ul { padding-left: 18px; }
div.vis-tooltip { white-space: pre-wrap; max-width: 420px; overflow-wrap: anywhere;
  font: 12px/1.35 system-ui, sans-serif; }
"""

# The page's behaviour: draw, settle then stop physics, search, filters, details on click.
PAGE_JS = r"""
(function () {
  "use strict";
  function readJson(id) { return JSON.parse(document.getElementById(id).textContent); }
  var page = readJson("kgpart-page");
  var nodes = new vis.DataSet(readJson("kgpart-nodes"));
  var edges = new vis.DataSet(readJson("kgpart-edges"));
  var byId = {};
  nodes.forEach(function (n) { byId[n.id] = n; });
  var state = { kinds: new Set(page.kinds.map(function (k) { return k.kind; })),
                edgeKinds: new Set(page.edgeKinds.map(function (k) { return k.kind; })),
                country: "", since: "", until: "" };
  var shownNodes = new Set(), shownEdges = new Set();
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return shownNodes.has(n.id); } });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return shownEdges.has(e.id); } });

  function inWindow(e) {
    if (page.timeless.indexOf(e.kind) >= 0 || (!state.since && !state.until)) return true;
    return (e.dates || []).some(function (d) {
      return (!state.since || d >= state.since) && (!state.until || d <= state.until);
    });
  }
  function inCountry(n) { return !state.country || n.id === state.country || n.countryId === state.country; }
  function edgeOk(e) {
    var a = byId[e.from], b = byId[e.to];
    return state.edgeKinds.has(e.kind) && state.kinds.has(a.kind) && state.kinds.has(b.kind) &&
      (inCountry(a) || inCountry(b)) && inWindow(e);
  }
  function recompute() {
    var windowed = Boolean(state.since || state.until);
    shownNodes.clear(); shownEdges.clear();
    var ok = edges.get({ filter: edgeOk });
    ok.forEach(function (e) {
      if (!windowed || page.timeless.indexOf(e.kind) < 0) { shownNodes.add(e.from); shownNodes.add(e.to); }
    });
    if (!windowed) {
      nodes.forEach(function (n) { if (state.kinds.has(n.kind) && inCountry(n)) shownNodes.add(n.id); });
    }
    ok.forEach(function (e) { if (shownNodes.has(e.from) && shownNodes.has(e.to)) shownEdges.add(e.id); });
    nodeView.refresh(); edgeView.refresh();
    document.getElementById("empty").hidden = shownNodes.size > 0;
  }
  recompute();

  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, page.options);
  window.kgpart = { network: network, nodes: nodes, edges: edges, ready: !page.options.physics.enabled };
  function settled() {
    network.setOptions({ physics: { enabled: false } });
    network.storePositions();  // re-shown nodes come back where they were
    window.kgpart.ready = true;
    document.body.setAttribute("data-ready", "1");
  }
  if (page.options.physics.enabled) network.once("stabilizationIterationsDone", settled); else settled();

  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); }
  function el(tag, text, cls) {
    var x = document.createElement(tag);
    if (text !== undefined) x.textContent = text;
    if (cls) x.className = cls;
    return x;
  }
  function showDetails(item) {
    var box = document.getElementById("details-body");
    clear(box);
    box.appendChild(el("div", item.title, "")).id = "details-text";
    var refs = item.sources || [];
    if (!refs.length) return;
    box.appendChild(el("h2", "Sources"));
    var list = box.appendChild(el("ul"));
    refs.forEach(function (s) {
      var li = list.appendChild(el("li"));
      // Only web links become links: a "javascript:" URL from an article stays text.
      if (s.url && /^https?:\/\//i.test(s.url)) {
        var a = li.appendChild(el("a", s.title));
        a.href = s.url; a.target = "_blank"; a.rel = "noopener noreferrer";
      } else { li.appendChild(el("span", s.title)); }
      var extra = [s.date, s.url && !/^https?:\/\//i.test(s.url) ? s.url : ""].filter(Boolean).join(" · ");
      if (extra) li.appendChild(el("span", " (" + extra + ")"));
    });
  }
  network.on("click", function (p) {
    if (p.nodes.length) showDetails(nodes.get(p.nodes[0]));
    else if (p.edges.length) showDetails(edges.get(p.edges[0]));
  });

  function findNode(text) {
    var q = text.trim().toLowerCase();
    if (!q) return null;
    var all = nodes.get(), i, n;
    var names = function (n) {
      return [n.label].concat(n.aliases || []).map(function (s) { return s.toLowerCase(); });
    };
    for (i = 0; i < all.length; i++) { n = all[i]; if (names(n).indexOf(q) >= 0) return n; }
    for (i = 0; i < all.length; i++) {
      n = all[i]; if (names(n).some(function (s) { return s.indexOf(q) >= 0; })) return n;
    }
    return null;
  }
  function search() {
    var status = document.getElementById("search-status");
    var n = findNode(document.getElementById("search").value);
    if (!n) { status.textContent = "No match"; return; }
    if (!shownNodes.has(n.id)) { status.textContent = "Hidden by the filters"; return; }
    status.textContent = "";
    network.selectNodes([n.id]);
    network.focus(n.id, { scale: 1.4, animation: false });
    showDetails(n);
  }
  document.getElementById("search").addEventListener("keydown", function (e) {
    if (e.key === "Enter") search();
  });
  document.getElementById("search-go").addEventListener("click", search);
  var options = document.getElementById("search-options");
  nodes.forEach(function (n) {
    var o = document.createElement("option"); o.value = n.label; options.appendChild(o);
  });

  function checkbox(list, key, item, sym) {
    var label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.dataset.kind = item.kind;
    box.addEventListener("change", function () {
      if (box.checked) state[key].add(item.kind); else state[key].delete(item.kind);
      recompute();
    });
    label.appendChild(box); label.appendChild(sym); label.appendChild(el("span", item.label));
    label.appendChild(el("span", String(item.count), "count"));
    list.appendChild(label);
  }
  var kindList = document.getElementById("legend-nodes");
  page.kinds.forEach(function (k) {
    var sym = el("span", k.symbol, "sym"); sym.style.color = k.color;
    checkbox(kindList, "kinds", k, sym);
  });
  var edgeList = document.getElementById("legend-edges");
  page.edgeKinds.forEach(function (k) {
    var line = el("span", undefined, "line");
    line.style.borderTopColor = k.color; line.style.borderTopStyle = k.dashed ? "dashed" : "solid";
    checkbox(edgeList, "edgeKinds", k, line);
  });
  var countrySelect = document.getElementById("country");
  page.countries.forEach(function (c) {
    var o = el("option", c.label); o.value = c.id; countrySelect.appendChild(o);
  });
  countrySelect.addEventListener("change", function () { state.country = countrySelect.value; recompute(); });
  ["since", "until"].forEach(function (key) {
    var input = document.getElementById(key);
    input.addEventListener("change", function () { state[key] = input.value; recompute(); });
  });
})();
"""

PAGE_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{ kgpart.csp }}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ heading }}</title>
<style>{{ kgpart.vis_css }}</style>
<style>{{ kgpart.page_css }}</style>
</head>
<body>
<header>
  <h1>{{ heading }}</h1>
  <p id="summary">{{ kgpart.summary }}</p>
  {% if kgpart.notice %}<p class="notice" id="notice">{{ kgpart.notice }}</p>{% endif %}
</header>
<div id="toolbar">
  <input id="search" type="search" list="search-options" placeholder="Find an entity"
    aria-label="Find an entity">
  <datalist id="search-options"></datalist>
  <button id="search-go" type="button">Find</button>
  <span id="search-status" role="status"></span>
  <label>Country <select id="country"><option value="">All countries</option></select></label>
  <label>From <input id="since" type="date"></label>
  <label>to <input id="until" type="date"></label>
</div>
<div id="main">
  <aside id="legend">
    <h2>Entities</h2><div id="legend-nodes"></div>
    <h2>Connections</h2><div id="legend-edges"></div>
  </aside>
  <div id="network"><div id="empty" {% if nodes %}hidden{% endif %}>{{ kgpart.empty_text }}</div></div>
  <aside id="details"><h2>Details</h2>
    <div id="details-body">Click an entity or a connection to see its facts and sources.</div>
  </aside>
</div>
<script type="application/json" id="kgpart-nodes">{{ nodes|tojson }}</script>
<script type="application/json" id="kgpart-edges">{{ edges|tojson }}</script>
<script type="application/json" id="kgpart-page">{{ kgpart.page|tojson }}</script>
<script>{{ kgpart.vis_js }}</script>
<script>{{ kgpart.page_js }}</script>
</body>
</html>
"""
