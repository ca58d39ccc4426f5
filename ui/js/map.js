/* Kachin Conflict Map: the map's own script, served by the app (no network).
 *
 * kcmMap.setup(map, options) draws the offline base layers (Natural Earth border and
 * neighbours, state and township outlines: data/basemap.geojson, fetched from the
 * app's own static folder), places labels by priority so that no two overlap at any
 * zoom, keeps the legend off open popups, and says when map tiles fail to load.
 *
 * Every piece of text is set with textContent: names never become HTML.
 */
(function () {
  "use strict";

  var FONT = {
    country: "italic 13px sans-serif",
    state: "bold 12px sans-serif",
    town0: "bold 12px sans-serif",
    town1: "12px sans-serif",
    town2: "11px sans-serif",
    township: "italic 11px sans-serif",
  };
  var HEIGHT = { country: 16, state: 15, town0: 15, town1: 15, town2: 14, township: 14 };
  var DOT_PX = 7; // a town's dot and the gap before its name
  var PAD_PX = 2; // space kept around every label
  var BASE_FEATURES_PER_TASK = 40; // base-layer outlines drawn in one task

  var canvas = document.createElement("canvas");
  var widths = {};
  function textWidth(text, font) {
    var key = font + "|" + text;
    if (!(key in widths)) {
      var context = canvas.getContext("2d");
      context.font = font;
      widths[key] = Math.ceil(context.measureText(text).width);
    }
    return widths[key];
  }

  /* Candidates in priority order: neighbouring countries, states, main towns,
   * township seats, township names, other towns; each kind only at the zooms where
   * it helps. */
  function candidates(layers, towns) {
    var found = [];
    layers.features.forEach(function (f) {
      var p = f.properties;
      var c = f.geometry && f.geometry.coordinates;
      if (!c || f.geometry.type !== "Point") return;
      if (p.layer === "country-label") {
        found.push({ kind: "country", rank: 0, name: p.name, lat: c[1], lon: c[0], minZoom: 0, maxZoom: 30 });
      } else if (p.layer === "state-label") {
        found.push({ kind: "state", rank: 1, name: p.name, lat: c[1], lon: c[0], minZoom: 0, maxZoom: 10 });
      } else if (p.layer === "township-label") {
        found.push({ kind: "township", rank: 4, name: p.name, lat: c[1], lon: c[0], minZoom: 8, maxZoom: 30 });
      }
    });
    towns.forEach(function (t) {
      var tier = t[3];
      found.push({
        kind: "town" + tier,
        rank: tier === 2 ? 5 : 2 + tier,
        name: t[0],
        lat: t[1],
        lon: t[2],
        minZoom: tier === 0 ? 0 : tier === 1 ? 7 : 9,
        maxZoom: 30,
      });
    });
    found.sort(function (a, b) { return a.rank - b.rank; });
    return found;
  }

  function box(map, label) {
    var point = map.latLngToContainerPoint([label.lat, label.lon]);
    var font = FONT[label.kind];
    var width = textWidth(shown(label), font);
    var height = HEIGHT[label.kind];
    var town = /^town[0-9]$/.test(label.kind);
    var left = town ? point.x - DOT_PX / 2 : point.x - width / 2;
    var right = town ? point.x + DOT_PX + width : point.x + width / 2;
    return {
      point: point,
      left: left - PAD_PX,
      right: right + PAD_PX,
      top: point.y - height / 2 - PAD_PX,
      bottom: point.y + height / 2 + PAD_PX,
      width: width,
      height: height,
      town: town,
    };
  }

  /* Countries and states in capitals, as maps name areas; measured as shown. */
  function shown(label) {
    return label.kind === "country" || label.kind === "state" ? label.name.toUpperCase() : label.name;
  }

  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }

  /* The township holding the point, by ray casting over its outline. */
  function inRing(ring, x, y) {
    var inside = false;
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      var xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  }
  function inShape(geometry, x, y) {
    var polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    return polygons.some(function (rings) {
      if (!inRing(rings[0], x, y)) return false;
      return !rings.slice(1).some(function (hole) { return inRing(hole, x, y); });
    });
  }

  function Labels(map, layers, towns) {
    this.map = map;
    this.all = candidates(layers, towns);
    this.townships = layers.features.filter(function (f) {
      return f.properties.layer === "township";
    });
    this.states = {};
    var self = this;
    layers.features.forEach(function (f) {
      if (f.properties.layer === "state") self.states[f.properties.code] = f.properties.name;
    });
    map.createPane("kcm-labels");
    this.pane = map.getPane("kcm-labels");
    this.pane.style.zIndex = 450; // over outlines and events' outlines, under popups
    this.pane.style.pointerEvents = "none";
    this.pane.classList.add("leaflet-zoom-hide");
    map.on("moveend zoomend resize", this.place, this);
    this.place();
  }

  Labels.prototype.place = function () {
    var map = this.map;
    var zoom = map.getZoom();
    var size = map.getSize();
    var placed = [];
    var html = document.createDocumentFragment();
    var self = this;
    function add(label, b) {
      var div = document.createElement("div");
      div.className = "kcm-label kcm-label-" + label.kind.replace(/[0-9]/, "") + " kcm-tier-" + label.rank;
      div.style.font = FONT[label.kind];
      div.style.height = b.height + "px";
      div.style.lineHeight = b.height + "px";
      var at = map.containerPointToLayerPoint([b.left + PAD_PX, b.top + PAD_PX]);
      L.DomUtil.setPosition(div, at);
      if (b.town) {
        var dot = document.createElement("span");
        dot.className = "kcm-label-dot";
        div.appendChild(dot);
      }
      div.appendChild(document.createTextNode(shown(label)));
      div.setAttribute("data-kind", label.kind);
      html.appendChild(div);
      placed.push(b);
    }
    var towns = {};
    this.all.forEach(function (label) {
      if (zoom < label.minZoom || zoom > label.maxZoom) return;
      // A township named like its seat, once the seat is named, says nothing more.
      if (label.kind === "township" && towns[label.name]) return;
      var b = box(map, label);
      if (b.right < 0 || b.left > size.x || b.bottom < 0 || b.top > size.y) return;
      for (var i = 0; i < placed.length; i++) if (overlaps(b, placed[i])) return;
      add(label, b);
      if (b.town) towns[label.name] = true;
    });
    var inside = placed.some(function (b) {
      return b.point.x >= 0 && b.point.x <= size.x && b.point.y >= 0 && b.point.y <= size.y;
    });
    if (!inside) {
      // No name in view (zoomed in between towns): name the township under the centre.
      var centre = map.getCenter();
      var here = this.townships.filter(function (f) {
        return inShape(f.geometry, centre.lng, centre.lat);
      })[0];
      if (here) {
        var state = self.states[here.properties.code.slice(0, 6)];
        var label = {
          kind: "township",
          rank: 4,
          name: here.properties.name + " Township" + (state ? ", " + state : ""),
          lat: centre.lat,
          lon: centre.lng,
        };
        var b = box(map, label);
        b.top -= 24; b.bottom -= 24; // just above the centre, clear of a marker there
        label.lat = map.containerPointToLatLng([b.point.x, b.point.y - 24]).lat;
        add(label, box(map, label));
      }
    }
    this.pane.replaceChildren(html);
    map.getContainer().setAttribute("data-kcm-labels", String(placed.length));
  };

  function drawBase(map, layers, options) {
    map.createPane("kcm-base");
    map.getPane("kcm-base").style.zIndex = 250; // under tiles' overlays and events
    map.getPane("kcm-base").style.pointerEvents = "none";
    var filled = !options.tiles;
    function style(feature) {
      var p = feature.properties;
      if (p.layer === "country") {
        var home = p.name === "Myanmar";
        return {
          pane: "kcm-base",
          className: "kcm-base-country" + (home ? " kcm-base-myanmar" : ""),
          color: "#4d4d4d",
          weight: home ? 1.8 : 0.8,
          fill: filled,
          fillColor: home ? "#fbfaf6" : "#e3e3df",
          fillOpacity: 1,
        };
      }
      if (p.layer === "state") {
        return { pane: "kcm-base", className: "kcm-base-state", color: "#8a8a8a", weight: 1.2, dashArray: "5 3", fill: false };
      }
      return { pane: "kcm-base", className: "kcm-base-township", color: "#bdbdbd", weight: 0.6, fill: false };
    }
    var polygons = layers.features.filter(function (f) {
      return f.geometry && f.geometry.type !== "Point";
    });
    var order = { country: 0, state: 2, township: 1 };
    polygons.sort(function (a, b) { return order[a.properties.layer] - order[b.properties.layer]; });
    function townships() {
      map.getContainer().classList.toggle("kcm-hide-townships", map.getZoom() < 7);
    }
    map.on("zoomend", townships);
    townships();
    // A few dozen outlines per task, in drawing order: on a slow or busy machine the
    // page never waits for the whole base at once (hundreds of ms in one task).
    var done = Promise.resolve();
    for (var start = 0; start < polygons.length; start += BASE_FEATURES_PER_TASK) {
      done = done.then(nextTask).then(drawPart(polygons.slice(start, start + BASE_FEATURES_PER_TASK)));
    }
    return done;

    function drawPart(features) {
      return function () {
        L.geoJSON({ type: "FeatureCollection", features: features }, { style: style, interactive: false }).addTo(map);
      };
    }
  }

  function nextTask() {
    return new Promise(function (resolve) { setTimeout(resolve, 0); });
  }

  function legend(map, html, expanded) {
    var control = L.control({ position: "topright" });
    control.onAdd = function () {
      var div = L.DomUtil.create("div", "kcm-legend");
      var button = L.DomUtil.create("button", "kcm-legend-toggle", div);
      button.type = "button";
      var body = L.DomUtil.create("div", "kcm-legend-body", div);
      body.innerHTML = html; // made by the server from escaped text (ui/maps.py)
      function show(open) {
        div.classList.toggle("kcm-legend-open", open);
        button.textContent = open ? "Hide legend" : "Legend";
        button.setAttribute("aria-expanded", String(open));
      }
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      button.addEventListener("click", function () {
        var open = !div.classList.contains("kcm-legend-open");
        if (open) map.closePopup(); // an open legend never covers an open popup
        show(open);
      });
      map.on("popupopen", function () { show(false); });
      show(expanded);
      return div;
    };
    control.addTo(map);
    return control;
  }

  /* The legend lists only the event types of the events in view. */
  function typesInView(map, layers, colours) {
    var rows = map.getContainer().querySelectorAll(".kcm-legend [data-type]");
    if (!rows.length) return;
    var bounds = map.getBounds();
    var seen = {};
    if (map._kcmTypesInView) seen = map._kcmTypesInView(); // a country-scale map (points.js)
    else layers.forEach(function (layer) {
      if (layer.getLatLng && bounds.contains(layer.getLatLng())) seen[colours[layer.options.fillColor]] = true;
    });
    rows.forEach(function (row) {
      row.style.display = seen[row.getAttribute("data-type")] ? "" : "none";
    });
  }

  function tileNotice(map) {
    var shown = false;
    map.eachLayer(function (layer) {
      if (!(layer instanceof L.TileLayer)) return;
      layer.on("tileerror", function () {
        if (shown) return;
        shown = true;
        var note = L.control({ position: "bottomleft" });
        note.onAdd = function () {
          var div = L.DomUtil.create("div", "kcm-tile-notice");
          div.setAttribute("role", "status");
          div.textContent =
            "OpenStreetMap tiles could not be loaded (no connection, or blocked): " +
            "the map shows its offline base layers only.";
          return div;
        };
        note.addTo(map);
      });
    });
  }

  /* A group of events at one place: its tooltip lists them. */
  function clusterTips(group) {
    group.on("clustermouseover", function (event) {
      var children = event.layer.getAllChildMarkers();
      var lines = children.slice(0, 8).map(function (m) {
        var tip = m.getTooltip();
        return tip ? tip.getContent() : "";
      });
      if (children.length > 8) lines.push("and " + (children.length - 8) + " more");
      event.layer
        .bindTooltip(
          "<b>" + children.length + " events here</b> (click to spread them)<br>" + lines.join("<br>"),
          { sticky: true, className: "kcm-cluster-tip" }
        )
        .openTooltip();
    });
  }

  window.kcmMap = {
    setup: function (map, options) {
      tileNotice(map);
      var control = legend(map, options.legend, map.getSize().x > 480);
      var group = options.events;
      if (group) clusterTips(group);
      function refresh() {
        // Read each time: the page's script may add the events after this one runs.
        typesInView(map, group ? group.getLayers() : [], options.colours || {});
      }
      var pending = null;
      function later() {
        clearTimeout(pending);
        pending = setTimeout(refresh, 50);
      }
      map.on("moveend layeradd kcm:drawn", later);
      map.whenReady(later);
      fetch(options.url)
        .then(function (response) {
          if (!response.ok) throw new Error(response.status + " " + response.statusText);
          return response.json();
        })
        .then(function (layers) {
          return drawBase(map, layers, options).then(nextTask).then(function () {
            if (!options.tiles) new Labels(map, layers, options.towns || []);
            map.getContainer().setAttribute("data-kcm-base", "drawn");
          });
        })
        .catch(function (error) {
          map.getContainer().setAttribute("data-kcm-base", "failed");
          var note = L.control({ position: "bottomleft" });
          note.onAdd = function () {
            var div = L.DomUtil.create("div", "kcm-tile-notice");
            div.textContent = "The offline base layers could not be loaded (" + error.message + ").";
            return div;
          };
          note.addTo(map);
        });
      return control;
    },
  };
})();
