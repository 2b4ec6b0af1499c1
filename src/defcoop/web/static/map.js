// The offline map: country shapes from the packaged TopoJSON, one marker per place.
(function () {
  "use strict";
  var el = document.getElementById("map");
  var data = JSON.parse(document.getElementById("places-data").textContent);
  var map = L.map(el, { zoomSnap: 0.25, attributionControl: true, worldCopyJump: false });
  map.attributionControl.setPrefix("Leaflet · Natural Earth");
  var markers = [];
  var located = data.filter(function (p) {
    return typeof p.lat === "number" && typeof p.lon === "number";
  });
  if (located.length) {
    var bounds = L.latLngBounds(located.map(function (p) { return [p.lat, p.lon]; }));
    map.fitBounds(bounds.pad(0.6), { maxZoom: 7 });
  } else {
    map.setView([40, 40], 4);
  }
  located.forEach(function (p) {
    var country = p.kind === "country";
    var icon = L.divIcon({ className: country ? "place-marker country" : "place-marker", iconSize: country ? [10, 10] : [14, 14], html: "" });
    var m = L.marker([p.lat, p.lon], { icon: icon, title: p.name, keyboard: true }).addTo(map);
    var box = document.createElement("div");
    var h = document.createElement("b");
    h.textContent = p.name;
    box.appendChild(h);
    var ul = document.createElement("ul");
    p.events.forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = "/events/" + encodeURIComponent(e.id);
      a.textContent = e.name;
      li.appendChild(a);
      if (e.date_label) { li.appendChild(document.createTextNode(" (" + e.date_label + ")")); }
      ul.appendChild(li);
    });
    box.appendChild(ul);
    if (p.n_events > p.events.length) {
      var more = document.createElement("a");
      more.href = "/events?place=" + encodeURIComponent(p.id);
      more.textContent = "… " + p.n_events;
      box.appendChild(more);
    }
    m.bindPopup(box);
    m.getElement().setAttribute("data-place", p.id);
    markers.push(m);
  });
  fetch(el.getAttribute("data-countries"))
    .then(function (r) { return r.json(); })
    .then(function (topo) {
      var shapes = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(shapes, {
        style: { color: "#7a8793", weight: 0.8, fillColor: "#f4f1e8", fillOpacity: 1 },
        onEachFeature: function (f, layer) { if (f.properties && f.properties.name) { layer.bindTooltip(f.properties.name, { sticky: true }); } }
      }).addTo(map).bringToBack();
      el.setAttribute("data-countries-loaded", "true");
    })
    .catch(function () { el.setAttribute("data-countries-loaded", "false"); });
  el.setAttribute("data-markers", String(markers.length));
})();
