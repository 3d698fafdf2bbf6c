// The actor network: who acts on whom, edges coloured by mean Goldstein (red conflict, green
// cooperation) and as thick as they are frequent. Click an actor for its events.
import { getJSON } from "../api.js";
import { h, message, route, score } from "../dom.js";
import { layout } from "../force.js";

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 900;
const HEIGHT = 600;

function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  el.append(...children);
  return el;
}

function tone(goldstein) {
  if (goldstein === null || goldstein === undefined) return "#999";
  return goldstein < -1 ? "#c0392b" : goldstein > 1 ? "#2e8b57" : "#888";
}

function form(params) {
  return h("form", {
    class: "filters", id: "network-form",
    onsubmit: (event) => {
      event.preventDefault();
      location.hash = route("network", Object.fromEntries([...new FormData(event.target)].filter(([, v]) => v)));
    },
  },
  h("label", {}, "at least", h("input", { type: "number", min: 1, name: "min_events", value: params.min_events || "1" }), "events per edge"),
  h("label", {}, "edges", h("input", { type: "number", min: 1, max: 2000, name: "limit", value: params.limit || "150" })),
  h("label", {}, "from", h("input", { type: "date", name: "date_from", value: params.date_from || "" })),
  h("label", {}, "to", h("input", { type: "date", name: "date_to", value: params.date_to || "" })),
  h("div", { class: "buttons" }, h("button", { type: "submit" }, "Draw")));
}

export async function network(target, _arg, params) {
  target.append(h("h1", {}, "Actor network"), form(params));
  const data = await getJSON("/api/network", { limit: 150, ...params });
  if (!data.nodes.length) {
    target.append(message("No edges with that many events."));
    return;
  }
  const pos = layout(data.nodes, data.edges, WIDTH, HEIGHT);
  const at = new Map(data.nodes.map((node, i) => [node.code, pos[i]]));
  const most = Math.max(...data.edges.map((e) => e.events));
  const biggest = Math.max(...data.nodes.map((n) => n.events));
  const drawing = svg("svg", { id: "network", viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-label": "actor network" },
    svg("defs", {}, svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 18, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" },
      svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#777" }))));
  for (const edge of data.edges) {
    const s = at.get(edge.source);
    const t = at.get(edge.target);
    if (edge.source === edge.target) continue;
    drawing.append(svg("line", {
      class: "edge", x1: s.x, y1: s.y, x2: t.x, y2: t.y, stroke: tone(edge.goldstein),
      "stroke-width": 1 + (4 * edge.events) / most, "marker-end": "url(#arrow)", opacity: 0.7,
    }, svg("title", {}, `${edge.source} → ${edge.target}: ${edge.events} events, mean Goldstein ${score(edge.goldstein)}`)));
  }
  data.nodes.forEach((node, i) => {
    const radius = 4 + 12 * Math.sqrt(node.events / biggest);
    const group = svg("g", { class: "node", transform: `translate(${pos[i].x},${pos[i].y})`, tabindex: 0 },
      svg("circle", { r: radius }),
      svg("text", { x: radius + 2, y: 4 }, node.code),
      svg("title", {}, `${node.code}: ${node.events} events on the edges shown`));
    const open = () => { location.hash = route("events", { actor: node.code }); };
    group.addEventListener("click", open);
    group.addEventListener("keydown", (event) => { if (event.key === "Enter") open(); });
    drawing.append(group);
  });
  target.append(h("p", { class: "note" }, `${data.nodes.length} actors, ${data.edges.length} directed edges (the heaviest first). Red: conflict, green: cooperation.`),
    h("div", { class: "network-box" }, drawing));
}
