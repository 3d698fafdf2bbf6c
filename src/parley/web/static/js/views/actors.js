// Actors: the codes the events use, searchable, and one actor's events by CAMEO root and partners.
import { getJSON } from "../api.js";
import { h, link, number, route, score, section, table } from "../dom.js";
import { pager } from "./events.js";

export async function actors(target, _arg, params) {
  target.append(h("h1", {}, "Actors"), h("form", {
    class: "filters",
    onsubmit: (event) => {
      event.preventDefault();
      location.hash = route("actors", Object.fromEntries([...new FormData(event.target)].filter(([, v]) => String(v).trim())));
    },
  }, h("label", {}, "code or name", h("input", { name: "q", value: params.q || "", placeholder: "RUS or Putin" })),
  h("div", { class: "buttons" }, h("button", { type: "submit" }, "Search"))));
  const data = await getJSON("/api/actors", params);
  target.append(pager("actors", params, data.total, data.actors.length), table([
    { label: "code", cell: (a) => link(route("actor/" + encodeURIComponent(a.code)), a.code) },
    { label: "name", cell: (a) => a.name || "" },
    { label: "country", cell: (a) => a.country || "" },
    { label: "organisation", cell: (a) => a.org || "" },
    { label: "events", class: "num", cell: (a) => number(a.events) },
    { label: "first", cell: (a) => a.first_date || "" },
    { label: "last", cell: (a) => a.last_date || "" },
  ], data.actors, { empty: "No actors." }));
}

export async function actorDetail(target, code) {
  const a = await getJSON("/api/actors/" + encodeURIComponent(code));
  target.append(
    h("h1", {}, `${a.code} `, h("span", { class: "muted" }, a.name || "")),
    h("p", {}, `${number(a.events)} events from ${a.first_date || "?"} to ${a.last_date || "?"}. `,
      link(route("events", { actor: a.code }), "List them")),
    h("div", { class: "columns" },
      section("By CAMEO root", table([
        { label: "root", cell: (r) => link(route("events", { actor: a.code, root: r.root }), r.root) },
        { label: "as source", class: "num", cell: (r) => number(r.as_source) },
        { label: "as target", class: "num", cell: (r) => number(r.as_target) },
      ], a.by_root)),
      section("Top partners", table([
        { label: "partner", cell: (p) => link(route("actor/" + encodeURIComponent(p.partner)), p.partner) },
        { label: "events", class: "num", cell: (p) => number(p.events) },
        { label: "mean Goldstein", class: "num", cell: (p) => score(p.goldstein) },
        { label: "", cell: (p) => link(route(`dyad/${encodeURIComponent(a.code)}-${encodeURIComponent(p.partner)}`), "timeline") },
      ], a.partners))),
  );
}
