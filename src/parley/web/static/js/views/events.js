// The event browser (filters -> /api/events or /api/merged-events, a page at a time) and the pages
// of one event and one merged event with the articles that report it.
import { getJSON } from "../api.js";
import { actorCell, externalLink, h, link, number, place, quadBadge, route, score, section, table, QUAD_CLASSES } from "../dom.js";

const TEXT_FILTERS = [
  ["actor", "actor", "RUS matches RUSGOV"], ["source", "source", "code prefix"], ["target", "target", "code prefix"],
  ["dyad", "dyad", "USA-RUS"], ["code", "CAMEO code", "042"], ["root", "root", "19"], ["place", "place", "Paris or FRA"],
  ["q", "evidence contains", "ceasefire"],
];
const CHOICES = {
  quad_class: ["quad class", Object.entries(QUAD_CLASSES).map(([k, v]) => [k, `${k} ${v.name}`])],
  modality: ["modality", ["asserted", "planned", "hypothetical", "negated", "alleged"].map((m) => [m, m])],
  doc_type: ["document type", ["news", "analysis", "opinion", "other"].map((t) => [t, t])],
};
const EVENTS_ONLY = ["doc_type"];

export function eventColumns() {
  return [
    { label: "date", cell: (e) => link(route("event/" + encodeURIComponent(e.event_id)), e.date || "undated") },
    { label: "source", cell: (e) => actorCell(e.source_code, e.source_name) },
    { label: "event", cell: (e) => h("span", {}, quadBadge(e.quad_class), " ", e.code) },
    { label: "target", cell: (e) => actorCell(e.target_code, e.target_name) },
    { label: "modality", cell: (e) => e.modality },
    { label: "place", cell: place },
    { label: "evidence", class: "evidence", cell: (e) => e.evidence },
    { label: "mentions", class: "num", cell: (e) => (e.merged_mentions ? link(route("merged/" + encodeURIComponent(e.merged_id)), number(e.merged_mentions)) : "") },
  ];
}

function mergedColumns() {
  return [
    { label: "date", cell: (m) => link(route("merged/" + encodeURIComponent(m.merged_id)), m.date || "undated") },
    { label: "source", cell: (m) => actorCell(m.source_code, m.source_name) },
    { label: "event", cell: (m) => h("span", {}, quadBadge(m.quad_class), " ", m.code) },
    { label: "target", cell: (m) => actorCell(m.target_code, m.target_name) },
    { label: "modality", cell: (m) => m.modality },
    { label: "place", cell: place },
    { label: "evidence", class: "evidence", cell: (m) => m.evidence },
    { label: "articles", class: "num", cell: (m) => number(m.articles) },
    { label: "sources", class: "num", cell: (m) => number(m.sources) },
  ];
}

function filterForm(params) {
  const merged = params.merged === "1";
  const fields = TEXT_FILTERS.map(([name, label, hint]) =>
    h("label", {}, label, h("input", { name, value: params[name] || "", placeholder: hint })));
  for (const [name, [label, options]] of Object.entries(CHOICES)) {
    if (merged && EVENTS_ONLY.includes(name)) continue;
    fields.push(h("label", {}, label, h("select", { name },
      h("option", { value: "" }, "any"),
      options.map(([value, text]) => h("option", { value, selected: params[name] === value }, text)))));
  }
  fields.push(h("label", {}, "from", h("input", { type: "date", name: "date_from", value: params.date_from || "" })));
  fields.push(h("label", {}, "to", h("input", { type: "date", name: "date_to", value: params.date_to || "" })));
  fields.push(h("label", { class: "check" }, h("input", { type: "checkbox", name: "merged", value: "1", checked: merged }), "merged (one row per real-world event)"));
  return h("form", {
    class: "filters", id: "event-filters",
    onsubmit: (event) => {
      event.preventDefault();
      const values = Object.fromEntries([...new FormData(event.target)].filter(([, v]) => String(v).trim() !== ""));
      location.hash = route("events", values);
    },
  }, fields, h("div", { class: "buttons" }, h("button", { type: "submit" }, "Filter"), link(route("events"), "clear")));
}

export function pager(path, params, total, shown) {
  const limit = Number(params.limit || 50);
  const offset = Number(params.offset || 0);
  const go = (to) => route(path, { ...params, offset: to || "" });
  return h("div", { class: "pager" },
    offset > 0 ? link(go(Math.max(0, offset - limit)), "← previous", { rel: "prev" }) : null,
    h("span", { class: "range" }, total ? `${number(offset + 1)}–${number(offset + shown)} of ${number(total)}` : "0 results"),
    offset + shown < total ? link(go(offset + limit), "next →", { rel: "next" }) : null);
}

export async function events(target, _arg, params) {
  const merged = params.merged === "1";
  const query = { ...params };
  delete query.merged;
  if (merged) for (const name of EVENTS_ONLY) delete query[name];
  target.append(h("h1", {}, merged ? "Merged events" : "Events"), filterForm(params));
  const data = await getJSON(merged ? "/api/merged-events" : "/api/events", query);
  const rows = merged ? data.merged_events : data.events;
  target.append(pager("events", params, data.total, rows.length),
    h("div", { id: "event-table" }, table(merged ? mergedColumns() : eventColumns(), rows)));
}

function evidenceWithTrigger(e) {
  const chars = Array.from(e.evidence || "");
  const start = (e.trigger_start ?? -1) - e.evidence_start;
  const end = (e.trigger_end ?? -1) - e.evidence_start;
  if (start < 0 || end > chars.length || start >= end) return h("blockquote", {}, e.evidence);
  return h("blockquote", {}, chars.slice(0, start).join(""), h("mark", { class: "hl hl-event" }, chars.slice(start, end).join("")), chars.slice(end).join(""));
}

function facts(pairs) {
  return h("dl", { class: "facts" }, pairs.filter(([, v]) => v !== null && v !== undefined && v !== "").map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]));
}

function mentionsTable(mentions) {
  return table([
    { label: "seen", cell: (m) => m.date_seen || m.doc_date || "" },
    { label: "outlet", cell: (m) => m.source || "" },
    { label: "article", cell: (m) => link(route("document/" + encodeURIComponent(m.doc_id)), m.doc_title || m.doc_id) },
    { label: "evidence", class: "evidence", cell: (m) => (m.event_id ? link(route("event/" + encodeURIComponent(m.event_id)), m.evidence || m.event_id) : "") },
  ], mentions, { empty: "No other article reports this event (or deduplication has not run yet)." });
}

export async function eventDetail(target, eventId) {
  const e = await getJSON("/api/events/" + encodeURIComponent(eventId));
  target.append(
    h("h1", {}, `${e.source_code || "?"} → ${e.target_code || (e.target_text ? "?" : "—")}: ${e.code}`, " ", quadBadge(e.quad_class)),
    evidenceWithTrigger(e),
    facts([
      ["source", h("span", {}, actorCell(e.source_code, e.source_name), ` ${e.source_name || ""} (“${e.source_text || ""}”)`)],
      ["target", h("span", {}, actorCell(e.target_code, e.target_name), ` ${e.target_name || ""} (“${e.target_text || ""}”)`)],
      ["CAMEO", `${e.code} (root ${e.root}), ${(QUAD_CLASSES[e.quad_class] || {}).name || ""}, Goldstein ${score(e.goldstein)}, PLOVER ${e.plover || "—"}`],
      ["modality", e.modality],
      ["date", `${e.date || "unknown"} (${e.date_precision})`],
      ["place", place(e)],
      ["trigger", `${e.trigger} (pattern ${e.pattern}, confidence ${score(e.confidence)})`],
      ["document", h("span", {}, link(route("document/" + encodeURIComponent(e.doc_id)), e.doc_title || e.doc_id),
        ` ${e.doc_date || ""} ${e.doc_source || ""} `, externalLink(e.doc_url, e.doc_url ? "(original)" : ""), ` — ${e.doc_type || ""}`)],
      ["merged event", e.merged ? link(route("merged/" + encodeURIComponent(e.merged_id)), `${e.merged.articles} articles, ${e.merged.sources} sources`) : null],
    ]),
    section("Quotes reporting it", table([
      { label: "speaker", cell: (q) => q.speaker_code || q.speaker_text || "unknown" },
      { label: "kind", cell: (q) => q.kind },
      { label: "words", class: "evidence", cell: (q) => q.text }], e.quotes, { empty: "No quote reports this event." })),
    section("Mentions", mentionsTable(e.mentions)),
  );
}

export async function mergedDetail(target, mergedId) {
  const { merged_event: m, mentions } = await getJSON("/api/merged-events/" + encodeURIComponent(mergedId));
  target.append(
    h("h1", {}, `${m.source_code || "?"} → ${m.target_code || "—"}: ${m.code}`, " ", quadBadge(m.quad_class)),
    h("blockquote", {}, m.evidence || ""),
    facts([
      ["reported by", `${number(m.articles)} articles, ${number(m.sources)} sources, ${number(m.mentions)} mentions, ${number(m.stories)} stories`],
      ["seen", `${m.first_seen || "?"} to ${m.last_seen || "?"}`],
      ["date", `${m.date || "unknown"} (${m.date_precision || ""})`],
      ["place", place(m)],
      ["modality", m.modality],
      ["representative event", link(route("event/" + encodeURIComponent(m.event_id)), m.event_id)],
    ]),
    section("Mentions", mentionsTable(mentions)),
  );
}

