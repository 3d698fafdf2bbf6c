// The dashboard's router: the part of the address after # names a view and its parameters
// (#/events?actor=RUS), so every view can be bookmarked and the back button works.
import { h, message } from "./dom.js";
import { overview } from "./views/overview.js";
import { events, eventDetail, mergedDetail } from "./views/events.js";
import { dyad } from "./views/dyad.js";
import { network } from "./views/network.js";
import { map } from "./views/map.js";
import { documents, documentReader } from "./views/documents.js";
import { actors, actorDetail } from "./views/actors.js";

const VIEWS = {
  "": overview,
  events,
  event: eventDetail,
  merged: mergedDetail,
  dyad,
  network,
  map,
  documents,
  document: documentReader,
  actors,
  actor: actorDetail,
};

let current = 0;

async function render() {
  const [path, query = ""] = location.hash.replace(/^#\/?/, "").split("?");
  const [name, ...rest] = path.split("/");
  const arg = rest.length ? decodeURIComponent(rest.join("/")) : null;
  const view = VIEWS[name];
  const main = document.getElementById("view");
  const ticket = ++current;
  const target = h("div", { class: "view", "data-view": name || "overview" });
  const tab = { event: "events", merged: "events", document: "documents", actor: "actors" }[name] ?? name;
  for (const a of document.querySelectorAll("header nav a")) {
    a.classList.toggle("active", a.getAttribute("href").split(/[/?]/)[1] === tab);
  }
  delete document.body.dataset.ready;
  main.replaceChildren(target);
  if (!view) {
    target.append(message(`No page "${name}".`, "error"));
    return;
  }
  try {
    await view(target, arg, Object.fromEntries(new URLSearchParams(query)));
  } catch (error) {
    if (ticket === current) target.append(message(error.message, "error"));
  }
  if (ticket === current) document.body.dataset.ready = name || "overview";
}

window.addEventListener("hashchange", render);
render();
