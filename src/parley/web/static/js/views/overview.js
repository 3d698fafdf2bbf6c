// Overview: what the database holds, the busiest dyads and the latest events.
import { getJSON } from "../api.js";
import { h, link, number, quadBadge, route, score, section, table, QUAD_CLASSES } from "../dom.js";
import { eventColumns } from "./events.js";

export async function overview(target) {
  const data = await getJSON("/api/overview");
  const counts = data.counts;
  target.append(
    h("h1", {}, "Overview"),
    h("div", { class: "cards" }, Object.entries(counts).map(([key, value]) =>
      h("div", { class: "card", id: `count-${key}` }, h("div", { class: "value" }, number(value)), h("div", { class: "label" }, key.replace("_", " "))))),
    h("div", { class: "columns" },
      section("Events by quad class", table(
        [{ label: "", cell: (r) => quadBadge(r.quad_class) },
         { label: "class", cell: (r) => link(route("events", { quad_class: r.quad_class }), (QUAD_CLASSES[r.quad_class] || {}).name || r.quad_class) },
         { label: "events", class: "num", cell: (r) => number(r.events) },
         { label: "mean Goldstein", class: "num", cell: (r) => score(r.goldstein) }], data.by_quad_class)),
      section("Documents by type", table(
        [{ label: "type", cell: (r) => link(route("documents", { doc_type: r.doc_type || "" }), r.doc_type || "unknown") },
         { label: "documents", class: "num", cell: (r) => number(r.documents) },
         { label: "events", class: "num", cell: (r) => number(r.events) }], data.by_doc_type)),
      section("Top dyads", table(
        [{ label: "dyad", cell: (r) => link(route(`dyad/${encodeURIComponent(r.a)}-${encodeURIComponent(r.b)}`), `${r.a} – ${r.b}`) },
         { label: "events", class: "num", cell: (r) => number(r.events) },
         { label: "mean Goldstein", class: "num", cell: (r) => score(r.goldstein) }], data.top_dyads, { empty: "No events between two actors yet." }))),
    section("Latest events", table(eventColumns(), data.latest_events, { empty: "No events yet: code some articles." })),
  );
}
