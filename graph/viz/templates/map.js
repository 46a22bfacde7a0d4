
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("geokg-data").textContent);
  var svg = document.getElementById("map");
  var WORLD = {x: -180, y: -84, w: 360, h: 144};  // longitude -180 to 180, latitude 84 to -60
  var view = {x: WORLD.x, y: WORLD.y, w: WORLD.w, h: WORLD.h};
  var range = data.range || [];
  var months = monthList(range);
  var window_ = {since: "", until: ""};
  var shown = {};
  var selected = null;

  function el(tag, text) { var e = document.createElement(tag); if (text !== undefined) { e.textContent = text; } return e; }
  function svgEl(tag, attrs) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function safeUrl(u) {
    try { var p = new URL(u); return (p.protocol === "http:" || p.protocol === "https:") ? p.href : null; }
    catch (e) { return null; }
  }
  function colour(q) { return (data.quads[q] || {colour: "#888888"}).colour; }
  function monthList(r) {
    if (r.length < 2) { return []; }
    var out = [], y = +r[0].slice(0, 4), m = +r[0].slice(5, 7), ey = +r[1].slice(0, 4), em = +r[1].slice(5, 7);
    while (y < ey || (y === ey && m <= em)) {
      out.push(y + "-" + (m < 10 ? "0" : "") + m);
      m += 1; if (m > 12) { m = 1; y += 1; }
    }
    return out;
  }
  function lastDay(month) {
    var d = new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7), 0));
    return month + "-" + String(d.getUTCDate()).padStart(2, "0");
  }

  // ---------------------------------------------------------------- the map: graticule, countries, points
  var grid = svgEl("g", {"class": "grid"});
  for (var lon = -180; lon <= 180; lon += 30) { grid.appendChild(svgEl("path", {d: "M" + lon + " -90V90"})); }
  for (var lat = -60; lat <= 90; lat += 30) { grid.appendChild(svgEl("path", {d: "M-180 " + (-lat) + "H180"})); }
  var land = svgEl("g", {"class": "land"});
  data.countries.forEach(function (c) {
    var p = svgEl("path", {d: c.d});
    var t = svgEl("title"); t.textContent = c.name; p.appendChild(t);
    land.appendChild(p);
  });
  var layer = svgEl("g", {"class": "points"});
  svg.appendChild(grid); svg.appendChild(land); svg.appendChild(layer);

  var circles = {};
  data.points.forEach(function (p) {
    var c = svgEl("circle", {cx: p.lon, cy: -p.lat, r: 1, "data-id": p.id, fill: colour(p.quad)});
    if (p.approx) { c.classList.add("approx"); }
    var t = svgEl("title"); c.appendChild(t);
    c.addEventListener("click", function (ev) { if (!moved) { show(p.id); } ev.stopPropagation(); });
    circles[p.id] = {point: p, node: c, title: t, r: p.r};
    layer.appendChild(c);
  });

  function inWindow(date) {
    if (window_.since && (!date || date < window_.since)) { return false; }
    return !(window_.until && (!date || date > window_.until));
  }
  function visibleEvents(p) { return p.events.filter(function (e) { return inWindow(e.date); }); }
  function dominant(events) {
    var counts = {};
    events.forEach(function (e) { if (e.quad) { counts[e.quad] = (counts[e.quad] || 0) + 1; } });
    var best = null;
    Object.keys(counts).sort().forEach(function (q) { if (best === null || counts[q] > counts[best]) { best = q; } });
    return best;
  }
  function radius(count, top) {
    if (count <= 0 || top <= 0) { return 0; }
    return Math.max(data.radius.min, data.radius.max * Math.sqrt(Math.min(count, top) / top));
  }
  function pixel() { var m = svg.getScreenCTM(); return m && m.a ? 1 / m.a : view.w / Math.max(svg.clientWidth, 1); }
  function resize() {
    var unit = pixel();
    Object.keys(circles).forEach(function (id) { circles[id].node.setAttribute("r", (circles[id].r * unit).toFixed(4)); });
  }
  function filter() {
    var counts = {}, top = 0, events = 0, places = 0;
    data.points.forEach(function (p) { counts[p.id] = visibleEvents(p); top = Math.max(top, counts[p.id].length); });
    var order = data.points.slice().sort(function (a, b) { return counts[b.id].length - counts[a.id].length; });
    shown = {};
    order.forEach(function (p) {
      var c = circles[p.id], n = counts[p.id].length;
      if (n === 0) { c.node.style.display = "none"; c.r = 0; return; }
      shown[p.id] = true; events += n; places += 1;
      c.node.style.display = "";
      c.r = radius(n, top);
      c.node.setAttribute("fill", colour(dominant(counts[p.id])));
      c.title.textContent = p.name + (p.country ? " (" + p.country + ")" : "") + ": " + n + " event(s)";
      layer.appendChild(c.node);  // larger first, so smaller points stay on top and clickable
    });
    resize();
    var filtered = window_.since || window_.until;
    document.getElementById("shown").textContent = filtered ? "shown: " + events + " event(s) at " + places + " place(s)" : "";
    document.body.dataset.shown = String(places);
    if (selected) { show(selected); }
  }

  // ---------------------------------------------------------------- the evidence panel
  function show(id) {
    var panel = document.getElementById("details"), c = circles[id];
    panel.textContent = "";
    Object.keys(circles).forEach(function (k) { circles[k].node.classList.toggle("selected", k === id); });
    selected = c ? id : null;
    if (!c) { return; }
    var p = c.point, events = visibleEvents(p);
    panel.appendChild(el("h2", p.name + (p.country ? " (" + p.country + ")" : "")));
    panel.appendChild(el("div", p.approx ? "drawn inside the country: the reports name only the country"
      : "latitude " + p.lat + ", longitude " + p.lon));
    panel.appendChild(el("div", p.iri)).className = "meta";
    var counts = el("div"); counts.className = "counts";
    Object.keys(data.quads).forEach(function (q) {
      var n = events.filter(function (e) { return String(e.quad) === q; }).length;
      if (!n) { return; }
      var s = el("span"), i = el("i"); i.style.background = colour(q);
      s.appendChild(i); s.appendChild(document.createTextNode(data.quads[q].name + ": " + n)); counts.appendChild(s);
    });
    panel.appendChild(counts);
    var heading = events.length + " event(s)" + (events.length < p.events.length ? " of " + p.events.length + " in the chosen dates" : "");
    panel.appendChild(el("h2", heading));
    var list = el("ol");
    events.forEach(function (e) {
      var li = el("li");
      li.appendChild(el("div", e.what)).className = "event";
      var cameo = e.cameo ? "CAMEO " + (e.code || e.cameo) + " " + (data.cameo[e.cameo] || "") : "";
      var quad = e.quad ? data.quads[e.quad].name : "";
      li.appendChild(el("div", [e.date || "undated", cameo, quad].filter(Boolean).join("; "))).className = "meta";
      e.evidence.forEach(function (ev) {
        li.appendChild(el("blockquote", ev.sentence));
        var src = el("div"); src.className = "meta";
        var url = safeUrl(ev.url);
        if (url) { var a = el("a", ev.title); a.href = url; a.rel = "noopener noreferrer"; a.target = "_blank"; src.appendChild(a); }
        else { src.appendChild(el("span", ev.title)); }
        if (ev.published) { src.appendChild(el("span", " (" + ev.published + ")")); }
        li.appendChild(src);
      });
      list.appendChild(li);
    });
    panel.appendChild(list);
    document.body.dataset.selected = id;
  }

  // ---------------------------------------------------------------- dates: two date inputs, two month sliders
  var since = document.getElementById("since"), until = document.getElementById("until");
  var sinceMonth = document.getElementById("since-month"), untilMonth = document.getElementById("until-month");
  [since, until].forEach(function (i) { if (range.length) { i.min = range[0]; i.max = range[1]; } });
  [sinceMonth, untilMonth].forEach(function (s) { s.max = String(Math.max(months.length - 1, 0)); s.disabled = months.length < 2; });
  function setWindow(a, b) {
    window_.since = a && range.length && a > range[0] ? a : "";
    window_.until = b && range.length && b < range[1] ? b : "";
    since.value = a || (range[0] || ""); until.value = b || (range[1] || "");
    var ia = months.indexOf((since.value || "").slice(0, 7)), ib = months.indexOf((until.value || "").slice(0, 7));
    sinceMonth.value = String(ia < 0 ? 0 : ia); untilMonth.value = String(ib < 0 ? months.length - 1 : ib);
    filter();
  }
  since.addEventListener("change", function () { setWindow(since.value, until.value); });
  until.addEventListener("change", function () { setWindow(since.value, until.value); });
  sinceMonth.addEventListener("input", function () {
    var i = +sinceMonth.value, j = Math.max(i, +untilMonth.value);
    setWindow(months[i] + "-01", j === months.length - 1 ? range[1] : lastDay(months[j]));
  });
  untilMonth.addEventListener("input", function () {
    var j = +untilMonth.value, i = Math.min(j, +sinceMonth.value);
    setWindow(i === 0 ? range[0] : months[i] + "-01", j === months.length - 1 ? range[1] : lastDay(months[j]));
  });
  document.getElementById("all-dates").addEventListener("click", function () { setWindow("", ""); });

  // ---------------------------------------------------------------- pan and zoom
  function apply() {
    svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].map(function (v) { return v.toFixed(3); }).join(" "));
    resize();
  }
  function toMap(clientX, clientY) {
    var pt = svg.createSVGPoint(); pt.x = clientX; pt.y = clientY;
    var m = svg.getScreenCTM(); return m ? pt.matrixTransform(m.inverse()) : {x: view.x + view.w / 2, y: view.y + view.h / 2};
  }
  function zoom(factor, at) {
    var w = Math.min(Math.max(view.w / factor, 4), WORLD.w * 1.5), f = w / view.w;
    view.x = at.x - (at.x - view.x) * f; view.y = at.y - (at.y - view.y) * f; view.w = w; view.h = view.h * f;
    apply();
  }
  function centre() { return {x: view.x + view.w / 2, y: view.y + view.h / 2}; }
  function fit() {  // the points, with a margin, filling the map's box (no further than the poles where it can)
    if (!data.points.length) { return {x: WORLD.x, y: WORLD.y, w: WORLD.w, h: WORLD.h}; }
    var xs = data.points.map(function (p) { return p.lon; }), ys = data.points.map(function (p) { return -p.lat; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs), y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    var aspect = svg.clientWidth ? svg.clientHeight / svg.clientWidth : 0.5;
    var w = Math.max(x1 - x0, 40) * 1.3, h = Math.max(y1 - y0, 20) * 1.3;
    if (h / w < aspect) { h = w * aspect; } else { w = h / aspect; }
    if (w > 360) { w = 360; h = w * aspect; }
    var x = Math.min(Math.max((x0 + x1 - w) / 2, -180), 180 - w);
    var y = h >= 180 ? -h / 2 : Math.min(Math.max((y0 + y1 - h) / 2, -90), 90 - h);
    return {x: x, y: y, w: w, h: h};
  }
  svg.addEventListener("wheel", function (ev) { ev.preventDefault(); zoom(ev.deltaY < 0 ? 1.25 : 0.8, toMap(ev.clientX, ev.clientY)); }, {passive: false});
  var drag = null, moved = false;
  svg.addEventListener("pointerdown", function (ev) { drag = {x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y}; moved = false; });
  svg.addEventListener("pointermove", function (ev) {
    if (!drag) { return; }
    var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (!moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
    if (!moved) { moved = true; svg.setPointerCapture(ev.pointerId); svg.classList.add("dragging"); }
    var unit = pixel();
    view.x = drag.vx - dx * unit; view.y = drag.vy - dy * unit; apply();
  });
  function endDrag() { drag = null; svg.classList.remove("dragging"); setTimeout(function () { moved = false; }, 0); }
  svg.addEventListener("pointerup", endDrag);
  svg.addEventListener("pointercancel", endDrag);
  document.getElementById("zoom-in").addEventListener("click", function () { zoom(1.5, centre()); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoom(1 / 1.5, centre()); });
  document.getElementById("zoom-reset").addEventListener("click", function () {
    view = {x: WORLD.x, y: WORLD.y, w: WORLD.w, h: WORLD.h}; apply();
  });
  window.addEventListener("resize", resize);

  view = fit();
  apply();
  setWindow("", "");
  window.geokgMap = {show: show, setWindow: setWindow, shown: function () { return Object.keys(shown); }};
  document.body.dataset.ready = "1";
})();
