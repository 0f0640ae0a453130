
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
  // An entity's panel lists the articles that name it; a connection's, the sources of its facts.
  function showDetails(item, heading) {
    var box = document.getElementById("details-body");
    clear(box);
    box.appendChild(el("div", item.title, "")).id = "details-text";
    var refs = item.sources || [];
    if (!refs.length) return;
    box.appendChild(el("h2", heading));
    var list = box.appendChild(el("ul"));
    refs.forEach(function (s) {
      var li = list.appendChild(el("li"));
      // Only web links become links: a "javascript:" URL from an article stays text.
      if (s.url && /^https?:\/\//i.test(s.url)) {
        var a = li.appendChild(el("a", s.title));
        a.href = s.url; a.target = "_blank"; a.rel = "noopener noreferrer";
      } else { li.appendChild(el("span", s.title)); }
      var extra = [s.publisher, s.date || "undated", s.url && !/^https?:\/\//i.test(s.url) ? s.url : ""]
        .filter(Boolean).join(" · ");
      if (extra) li.appendChild(el("span", " (" + extra + ")"));
    });
  }
  network.on("click", function (p) {
    if (p.nodes.length) showDetails(nodes.get(p.nodes[0]), "Articles that name it");
    else if (p.edges.length) showDetails(edges.get(p.edges[0]), "Sources");
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
    showDetails(n, "Articles that name it");
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
