// Located events on a world map: country outlines from world-atlas (no tile server, nothing loaded
// from the internet) and a circle per place, sized by its events and coloured by mean Goldstein.
import { getJSON, getStatic } from "../api.js";
import { h, link, message, number, route, score, section, table } from "../dom.js";

function form(params) {
  return h("form", {
    class: "filters", id: "map-form",
    onsubmit: (event) => {
      event.preventDefault();
      location.hash = route("map", Object.fromEntries([...new FormData(event.target)].filter(([, v]) => String(v).trim())));
    },
  },
  h("label", {}, "actor", h("input", { name: "actor", value: params.actor || "", placeholder: "RUS" })),
  h("label", {}, "root", h("input", { name: "root", value: params.root || "", placeholder: "19" })),
  h("label", {}, "from", h("input", { type: "date", name: "date_from", value: params.date_from || "" })),
  h("label", {}, "to", h("input", { type: "date", name: "date_to", value: params.date_to || "" })),
  h("div", { class: "buttons" }, h("button", { type: "submit" }, "Show")));
}

function colour(goldstein) {
  return goldstein === null ? "#777" : goldstein < -1 ? "#c0392b" : goldstein > 1 ? "#2e8b57" : "#e39a3b";
}

// world-atlas cuts countries at the antimeridian for a globe; on a flat map a ring that jumps from
// +180 to -180 would draw a line across the world, so longitudes are unwrapped to run on instead.
// Antarctica is left out: the map is about events.
function flatOutlines(world) {
  const countries = window.topojson.feature(world, world.objects.countries);
  countries.features = countries.features.filter((f) => f.properties.name !== "Antarctica");
  const unwrap = (ring) => {
    for (let i = 1; i < ring.length; i++) {
      const jump = ring[i][0] - ring[i - 1][0];
      if (Math.abs(jump) > 180) ring[i][0] -= Math.sign(jump) * 360;
    }
  };
  for (const { geometry } of countries.features) {
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    polygons.forEach((polygon) => polygon.forEach(unwrap));
  }
  return countries;
}

async function drawMap(box, places) {
  const L = window.L;
  const map = L.map(box, { attributionControl: false, worldCopyJump: false, minZoom: 1, maxZoom: 10 }).setView([25, 10], 2);
  if (window.topojson) {
    try {
      const world = await getStatic("/static/vendor/countries-110m.json");
      L.geoJSON(flatOutlines(world), {
        style: { color: "#9aa5b1", weight: 0.6, fillColor: "#eef1f4", fillOpacity: 1 }, interactive: false,
      }).addTo(map);
    } catch (error) {
      box.parentNode.prepend(message(`Country outlines unavailable: ${error.message}`, "warning"));
    }
  }
  const most = Math.max(1, ...places.map((p) => p.events));
  for (const p of places) {
    const popup = h("div", {}, h("strong", {}, p.location_name || "?"), ` ${p.location_country || ""}`, h("br"),
      `${number(p.events)} events, mean Goldstein ${score(p.goldstein)}`, h("br"),
      link(route("events", { place: p.location_name }), "list them"));
    L.circleMarker([p.lat, p.lon], {
      radius: 4 + 14 * Math.sqrt(p.events / most), color: colour(p.goldstein), weight: 1, fillOpacity: 0.6, className: "place-marker",
    }).bindPopup(popup).addTo(map);
  }
}

export async function map(target, _arg, params) {
  target.append(h("h1", {}, "Map of located events"), form(params));
  const data = await getJSON("/api/places", params);
  const box = h("div", { id: "map", class: "map" });
  const holder = h("div", {}, box);
  target.append(holder);
  if (!window.L) holder.replaceChildren(message("The map library is missing (run `make vendor`); the places are listed below.", "warning"));
  else await drawMap(box, data.places);
  target.append(section("Places", table([
    { label: "place", cell: (p) => link(route("events", { place: p.location_name }), p.location_name || "?") },
    { label: "country", cell: (p) => p.location_country || "" },
    { label: "events", class: "num", cell: (p) => number(p.events) },
    { label: "mean Goldstein", class: "num", cell: (p) => score(p.goldstein) },
    { label: "latest", cell: (p) => p.last_date || "" },
  ], data.places, { empty: "No located events." })));
}
