// The document list and the reader: the article text with its event triggers, actors and quotes
// highlighted from the spans the API computes (offsets in Unicode code points).
import { getJSON } from "../api.js";
import { actorCell, externalLink, h, link, number, quadBadge, route, section, table } from "../dom.js";
import { pager } from "./events.js";

const KINDS = { event: "event trigger", actor: "actor", quote: "quote" };

export async function documents(target, _arg, params) {
  target.append(h("h1", {}, "Documents"), h("form", {
    class: "filters",
    onsubmit: (event) => {
      event.preventDefault();
      location.hash = route("documents", Object.fromEntries([...new FormData(event.target)].filter(([, v]) => v)));
    },
  }, h("label", {}, "type", h("select", { name: "doc_type" }, h("option", { value: "" }, "any"),
    ["news", "analysis", "opinion", "other"].map((t) => h("option", { value: t, selected: params.doc_type === t }, t)))),
  h("div", { class: "buttons" }, h("button", { type: "submit" }, "Filter"))));
  const data = await getJSON("/api/documents", params);
  target.append(pager("documents", params, data.total, data.documents.length), table([
    { label: "date", cell: (d) => d.date || "" },
    { label: "title", cell: (d) => link(route("document/" + encodeURIComponent(d.doc_id)), d.title || d.doc_id) },
    { label: "type", cell: (d) => d.doc_type || "" },
    { label: "source", cell: (d) => d.source || "" },
    { label: "events", class: "num", cell: (d) => number(d.n_events) },
    { label: "beginning", class: "evidence", cell: (d) => d.snippet },
  ], data.documents, { empty: "No documents." }));
}

// Cut the text at every span boundary; each piece is marked with the kinds of all spans covering it,
// so nested and overlapping spans (an actor inside a quote) both show.
function highlighted(text, spans) {
  const chars = Array.from(text);
  const clamp = (i) => Math.max(0, Math.min(chars.length, i));
  const cuts = [...new Set([0, chars.length, ...spans.flatMap((s) => [clamp(s.start), clamp(s.end)])])].sort((a, b) => a - b);
  const out = h("div", { class: "doc-text", id: "doc-text" });
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const piece = chars.slice(from, to).join("");
    const covering = spans.filter((s) => s.start <= from && s.end >= to);
    if (!covering.length) {
      out.append(piece);
      continue;
    }
    const kinds = [...new Set(covering.map((s) => s.kind))];
    const event = covering.find((s) => s.kind === "event");
    const mark = h(event ? "a" : "mark", {
      class: ["hl", ...kinds.map((k) => `hl-${k}`)].join(" "),
      title: covering.map((s) => `${KINDS[s.kind] || s.kind}: ${s.label}`).join("\n"),
      href: event ? route("event/" + encodeURIComponent(event.event_id)) : null,
    }, piece);
    out.append(mark);
  }
  return out;
}

export async function documentReader(target, docId) {
  const d = await getJSON("/api/documents/" + encodeURIComponent(docId));
  target.append(
    h("h1", {}, d.title || d.doc_id),
    h("p", { class: "meta" }, [d.date && `${d.date}${d.date_inferred ? " (inferred)" : ""}`, d.source, d.doc_type, `${number(d.n_events)} events`, `${d.quotes.length} quotes`]
      .filter(Boolean).join(" · "), " ", externalLink(d.url, d.url ? "original" : "")),
    h("p", { class: "legend" }, Object.entries(KINDS).map(([kind, label]) => h("mark", { class: `hl hl-${kind}` }, label)), " hover a highlight for its label; click a trigger for the event."),
    h("div", { class: "reader" },
      highlighted(d.text, d.spans),
      h("aside", {},
        section("Events", table([
          { label: "", cell: (e) => quadBadge(e.quad_class) },
          { label: "event", cell: (e) => link(route("event/" + encodeURIComponent(e.event_id)), `${e.source_code || "?"} ${e.code} ${e.target_code || (e.target_text ? "?" : "—")}`) },
          { label: "trigger", cell: (e) => e.trigger },
          { label: "date", cell: (e) => e.date || "" },
        ], d.events, { empty: "No events coded." })),
        section("Quotes", table([
          { label: "speaker", cell: (q) => actorCell(q.speaker_code, q.speaker_name) },
          { label: "kind", cell: (q) => q.kind },
          { label: "words", class: "evidence", cell: (q) => q.text },
        ], d.quotes, { empty: "No quotes." })))),
  );
}
