/* Events at country scale: kcmPoints.draw(map, group, data, options).
 *
 * `data` is geo.mapdata.point_layer's packing (typed arrays in base64). The events
 * are counted into square screen cells of options.cell pixels at the map's zoom: a
 * cell holding one event shows it as a circle (colour by type, size by fatalities,
 * as the small map does); a cell holding more shows one numbered circle, at their
 * mean position, whose number is exactly how many events it holds, so the numbers
 * in view add up to the events in view. A click on a numbered circle zooms to its
 * events; when they share one point (or the map is at its closest zoom) the click
 * lists them beside the map instead. Only what is in view is drawn.
 *
 * Markers that stand for events go into `group` (the layer streamlit-folium listens
 * to): their text ends with a hidden token (geo.mapdata.token) that tells the server
 * which events a click meant. Numbered circles that only zoom go into a layer of
 * their own, so a click on them reruns nothing. All text in `data` is HTML-escaped by
 * the server (ui.text.esc) before it is written here.
 */
(function () {
  "use strict";
  var ARRAYS = { u1: Uint8Array, i1: Int8Array, u2: Uint16Array, i2: Int16Array, u4: Uint32Array, i4: Int32Array };
  var DAY_MS = 86400000;

  function unpack(packed) {
    var text = atob(packed.b);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return new ARRAYS[packed.t](bytes.buffer);
  }

  function number(n) {
    return n.toLocaleString("en-US");
  }

  function isoDay(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  function Points(map, group, data, options) {
    this.map = map;
    this.group = group;
    this.options = options;
    this.names = data.names;
    this.types = data.types;
    this.digest = data.digest;
    this.n = data.n;
    this.sx = unpack(data.sites.x);
    this.sy = unpack(data.sites.y);
    this.sname = unpack(data.sites.name);
    this.site = data.site ? unpack(data.site) : null;
    this.day = unpack(data.day);
    this.span = unpack(data.span);
    this.kind = unpack(data.kind);
    this.deaths = unpack(data.deaths);
    this.day0 = data.day0;
    this.radii = {};
    var self = this;
    (data.radii || []).forEach(function (pair) { self.radii[pair[0]] = pair[1]; });
    this.flagged = new Uint8Array(this.n);
    data.flagged.forEach(function (i) { self.flagged[i] = 1; });
    // Each site's position in Web Mercator pixels at zoom 0.
    var sites = this.sx.length;
    this.px = new Float64Array(sites);
    this.py = new Float64Array(sites);
    for (var s = 0; s < sites; s++) {
      var lon = this.sx[s] / options.scale;
      var lat = this.sy[s] / options.scale;
      var sin = Math.sin((lat * Math.PI) / 180);
      this.px[s] = ((lon + 180) / 360) * 256;
      this.py[s] = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 256;
    }
    this.cells = {};
    this.zoomers = L.layerGroup().addTo(map);
    var pending = null;
    function later() {
      clearTimeout(pending);
      pending = setTimeout(function () { self.render(); }, 30);
    }
    map.on("moveend zoomend", later);
    map._kcmTypesInView = function () { return self.typesInView(); };
    map._kcmPoints = this; // for tests and the curious: the counts behind what is drawn
    // After streamlit-folium has bound its click listener to the map's layers at
    // start: the zooming circles must not be among them.
    setTimeout(function () { self.render(); }, 0);
  }

  Points.prototype.siteOf = function (i) {
    return this.site ? this.site[i] : i;
  };

  /* Every event counted into the cells of zoom z (cached per zoom). */
  Points.prototype.bin = function (z) {
    if (this.cells[z]) return this.cells[z];
    var size = (Math.pow(2, z) / this.options.cell);
    var nt = this.types.length;
    var index = new Map();
    var count = [], first = [], sumX = [], sumY = [], deaths = [], unknown = [], flags = [];
    var west = [], south = [], east = [], north = [], byType = [];
    for (var i = 0; i < this.n; i++) {
      var s = this.siteOf(i);
      var key = Math.floor(this.px[s] * size) * 4194304 + Math.floor(this.py[s] * size);
      var c = index.get(key);
      if (c === undefined) {
        c = count.length;
        index.set(key, c);
        count.push(0); first.push(i); sumX.push(0); sumY.push(0); deaths.push(0);
        unknown.push(0); flags.push(0);
        west.push(this.sx[s]); east.push(this.sx[s]); south.push(this.sy[s]); north.push(this.sy[s]);
        for (var t = 0; t < nt; t++) byType.push(0);
      }
      count[c] += 1;
      sumX[c] += this.px[s];
      sumY[c] += this.py[s];
      var d = this.deaths[i];
      if (d === 0) unknown[c] += 1; else deaths[c] += d - 1;
      flags[c] += this.flagged[i];
      byType[c * nt + this.kind[i]] += 1;
      if (this.sx[s] < west[c]) west[c] = this.sx[s];
      if (this.sx[s] > east[c]) east[c] = this.sx[s];
      if (this.sy[s] < south[c]) south[c] = this.sy[s];
      if (this.sy[s] > north[c]) north[c] = this.sy[s];
    }
    var cells = {
      count: count, first: first, sumX: sumX, sumY: sumY, deaths: deaths, unknown: unknown,
      flags: flags, west: west, south: south, east: east, north: north, byType: byType,
    };
    this.cells[z] = cells;
    return cells;
  };

  Points.prototype.latLng = function (px, py) {
    return this.map.unproject(L.point(px, py), 0);
  };

  Points.prototype.typesInView = function () {
    var seen = {};
    var nt = this.types.length;
    var cells = this.bin(this.map.getZoom());
    var bounds = this.map.getBounds();
    for (var c = 0; c < cells.count.length; c++) {
      if (!bounds.contains(this.latLng(cells.sumX[c] / cells.count[c], cells.sumY[c] / cells.count[c]))) continue;
      for (var t = 0; t < nt; t++) if (cells.byType[c * nt + t]) seen[this.types[t]] = true;
    }
    return seen;
  };

  Points.prototype.eventText = function (i) {
    var s = this.siteOf(i);
    var start = this.day0 + this.day[i];
    var when = isoDay(start) + (this.span[i] ? " to " + isoDay(start + this.span[i]) : "");
    var d = this.deaths[i];
    var figure = d === 0 ? "fatalities not reported" : number(d - 1) + (d === 2 ? " fatality" : " fatalities");
    return (this.flagged[i] ? "\u26a0 " : "") + this.names[this.sname[s]] + " \u00b7 " + when +
      " \u00b7 " + this.types[this.kind[i]] + " \u00b7 " + figure;
  };

  Points.prototype.single = function (i) {
    var s = this.siteOf(i);
    var d = this.deaths[i];
    var flagged = this.flagged[i] === 1;
    var marker = L.circleMarker([this.sy[s] / this.options.scale, this.sx[s] / this.options.scale], {
      radius: this.radii[d] || 3,
      color: flagged ? this.options.flagColour : "#222222",
      weight: flagged ? 3 : 1,
      dashArray: d === 0 ? "3 3" : null,
      fill: true,
      fillColor: this.options.colours[this.types[this.kind[i]]] || "#555555",
      fillOpacity: 0.8,
      className: this.options.eventClass,
    });
    var token = "kcm:e:" + this.digest + ":" + i;
    marker.bindTooltip(this.eventText(i) + '<span hidden> ' + token + "</span>");
    return marker;
  };

  Points.prototype.summary = function (cells, c) {
    var nt = this.types.length;
    var parts = [];
    for (var t = 0; t < nt; t++) {
      var k = cells.byType[c * nt + t];
      if (k) parts.push(this.types[t] + " " + number(k));
    }
    var lines = ["<b>" + number(cells.count[c]) + " events</b> in this circle", parts.join("<br>")];
    var known = cells.count[c] - cells.unknown[c];
    lines.push("Fatalities (best): " + number(cells.deaths[c]) +
      (cells.unknown[c] ? " (" + number(known) + " of " + number(cells.count[c]) + " events report it)" : ""));
    if (cells.flags[c]) lines.push("\u26a0 " + number(cells.flags[c]) + " flagged: see Data quality");
    return lines.join("<br>");
  };

  Points.prototype.numbered = function (cells, c, last) {
    var count = cells.count[c];
    var at = this.latLng(cells.sumX[c] / count, cells.sumY[c] / count);
    var side = Math.round(24 + 6 * Math.log10(count));
    var marker = L.marker(at, {
      icon: L.divIcon({
        html: "<div><span>" + number(count) + "</span></div>",
        className: "kcm-group" + (cells.flags[c] ? " kcm-group-flagged" : ""),
        iconSize: [side, side],
      }),
      title: "",
      keyboard: true,
    });
    var text = this.summary(cells, c);
    if (last) {
      var box = [cells.west[c], cells.south[c], cells.east[c], cells.north[c]].join(":");
      text += "<br>click to list them beside the map" +
        '<span hidden> kcm:g:' + this.digest + ":" + box + "</span>";
    } else {
      text += "<br>click to zoom in";
      var self = this;
      marker.on("click", function () { self.zoomTo(cells, c); });
    }
    marker.bindTooltip(text, { className: "kcm-cluster-tip", sticky: true });
    return marker;
  };

  Points.prototype.zoomTo = function (cells, c) {
    var scale = this.options.scale;
    var bounds = L.latLngBounds(
      [cells.south[c] / scale, cells.west[c] / scale], [cells.north[c] / scale, cells.east[c] / scale]
    );
    var zoom = Math.max(this.map.getBoundsZoom(bounds, false, L.point(40, 40)), this.map.getZoom() + 1);
    this.map.setView(bounds.getCenter(), Math.min(zoom, this.map.getMaxZoom()));
  };

  Points.prototype.render = function () {
    var map = this.map;
    var z = map.getZoom();
    var cells = this.bin(z);
    var view = map.getBounds().pad(0.1);
    var atMost = z >= map.getMaxZoom();
    var singles = [], groups = [], zoomers = [], shown = 0;
    for (var c = 0; c < cells.count.length; c++) {
      var count = cells.count[c];
      var at = this.latLng(cells.sumX[c] / count, cells.sumY[c] / count);
      if (!view.contains(at)) continue;
      shown += count;
      if (count === 1) singles.push(cells.first[c]);
      else if (atMost || (cells.west[c] === cells.east[c] && cells.south[c] === cells.north[c])) groups.push(c);
      else zoomers.push(c);
    }
    // Largest first, so that a small circle is never hidden under a big one.
    var self = this;
    singles.sort(function (a, b) { return self.deaths[b] - self.deaths[a]; });
    this.group.clearLayers();
    this.zoomers.clearLayers();
    singles.forEach(function (i) { self.group.addLayer(self.single(i)); });
    groups.forEach(function (c) { self.group.addLayer(self.numbered(cells, c, true)); });
    zoomers.forEach(function (c) { self.zoomers.addLayer(self.numbered(cells, c, false)); });
    var container = map.getContainer();
    container.setAttribute("data-kcm-events", String(this.n));
    container.setAttribute("data-kcm-cells", String(cells.count.length));
    container.setAttribute("data-kcm-shown", String(shown));
    map.fire("kcm:drawn");
  };

  window.kcmPoints = {
    draw: function (map, group, data, options) {
      return new Points(map, group, data, options);
    },
  };
})();
