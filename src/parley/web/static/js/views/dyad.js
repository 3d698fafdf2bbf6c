// A dyad over time: events per period by quad class (stacked bars) and the mean Goldstein score
// (line), in both directions together, with the per-direction figures in a table.
import { getJSON } from "../api.js";
import { h, link, message, number, route, score, section, table, QUAD_CLASSES } from "../dom.js";

function dyadForm(a, b, params) {
  return h("form", {
    class: "filters", id: "dyad-form",
    onsubmit: (event) => {
      event.preventDefault();
      const values = Object.fromEntries(new FormData(event.target));
      const pair = `${values.a.trim().toUpperCase()}-${values.b.trim().toUpperCase()}`;
      delete values.a;
      delete values.b;
      location.hash = route("dyad/" + pair, Object.fromEntries(Object.entries(values).filter(([, v]) => v)));
    },
  },
  h("label", {}, "actor A", h("input", { name: "a", value: a, required: true })),
  h("label", {}, "actor B", h("input", { name: "b", value: b, required: true })),
  h("label", {}, "per", h("select", { name: "interval" }, ["day", "week", "month"].map((i) =>
    h("option", { value: i, selected: (params.interval || "month") === i }, i)))),
  h("label", {}, "from", h("input", { type: "date", name: "date_from", value: params.date_from || "" })),
  h("label", {}, "to", h("input", { type: "date", name: "date_to", value: params.date_to || "" })),
  h("div", { class: "buttons" }, h("button", { type: "submit" }, "Show")));
}

function drawChart(canvas, periods) {
  return new window.Chart(canvas, {
    data: {
      labels: periods.map((p) => p.period),
      datasets: [
        ...Object.entries(QUAD_CLASSES).map(([q, info]) => ({
          type: "bar", label: info.name, data: periods.map((p) => p.by_quad_class[q]), backgroundColor: info.color, stack: "events", yAxisID: "y",
        })),
        { type: "line", label: "mean Goldstein", data: periods.map((p) => p.goldstein), borderColor: "#333", backgroundColor: "#333", yAxisID: "goldstein", spanGaps: true },
      ],
    },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      scales: {
        y: { stacked: true, beginAtZero: true, title: { display: true, text: "events" } },
        x: { stacked: true },
        goldstein: { position: "right", min: -10, max: 10, title: { display: true, text: "Goldstein" }, grid: { drawOnChartArea: false } },
      },
    },
  });
}

export async function dyad(target, pair, params) {
  const [a = "", b = ""] = (pair || "").split("-");
  target.append(h("h1", {}, `Dyad ${a} – ${b}`), dyadForm(a, b, params));
  if (!a || !b) return;
  const data = await getJSON(`/api/dyads/${encodeURIComponent(a)}-${encodeURIComponent(b)}/series`, params);
  const periods = data.periods;
  const total = periods.reduce((n, p) => n + p.events, 0);
  target.append(h("p", {}, `${number(total)} events between codes starting with ${data.a} and ${data.b}, per ${data.interval}. `,
    link(route("events", { dyad: `${data.a}-${data.b}`, date_from: params.date_from, date_to: params.date_to }), "List them")));
  const box = h("div", { class: "chart", id: "dyad-chart-box" });
  target.append(box);
  if (!periods.length) box.append(message("No dated events for this dyad."));
  else if (!window.Chart) box.append(message("The chart library is missing (run `make vendor`); the figures are in the table below.", "warning"));
  else {
    const canvas = h("canvas", { id: "dyad-chart", "aria-label": "events per period by quad class and mean Goldstein" });
    box.append(canvas);
    drawChart(canvas, periods);
  }
  const way = (d) => (d.events ? `${number(d.events)} (${score(d.goldstein)})` : "0");
  target.append(section("Per period", table([
    { label: "period", cell: (p) => p.period },
    { label: "events", class: "num", cell: (p) => number(p.events) },
    ...Object.entries(QUAD_CLASSES).map(([q, info]) => ({ label: info.name, class: "num", cell: (p) => number(p.by_quad_class[q]) })),
    { label: "mean Goldstein", class: "num", cell: (p) => score(p.goldstein) },
    { label: `${data.a} → ${data.b}`, class: "num", cell: (p) => way(p.a_to_b) },
    { label: `${data.b} → ${data.a}`, class: "num", cell: (p) => way(p.b_to_a) },
  ], periods.slice().reverse(), { empty: "" })));
}
