// Building the page from data. Article text is untrusted: every string goes in as a text node or a
// property, never as markup, so nothing in an article can become an element or a script.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if (key === "class") el.className = value;
    else if (key in el && typeof value !== "string") el[key] = value;
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

// A link inside the dashboard: the route is built from encoded parts.
export function link(route, text, attrs = {}) {
  return h("a", { href: route, ...attrs }, text);
}

export function route(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v !== null && v !== undefined));
  return "#/" + path + (query.toString() ? "?" + query : "");
}

// Links to the outside only for http(s) addresses.
export function externalLink(url, text) {
  return /^https?:\/\//i.test(url || "") ? h("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, text) : text;
}

export function table(columns, rows, { rowClass, empty = "Nothing found." } = {}) {
  if (!rows.length) return h("p", { class: "note" }, empty);
  return h("table", {},
    h("thead", {}, h("tr", {}, columns.map((c) => h("th", { class: c.class }, c.label)))),
    h("tbody", {}, rows.map((row) => h("tr", { class: rowClass ? rowClass(row) : null },
      columns.map((c) => h("td", { class: c.class }, c.cell(row)))))));
}

export function message(text, kind = "note") {
  return h("p", { class: kind }, text);
}

export function section(title, ...children) {
  return h("section", {}, h("h2", {}, title), ...children);
}

export const number = (n) => (n === null || n === undefined ? "" : Number(n).toLocaleString("en"));
export const score = (g) => (g === null || g === undefined ? "" : Number(g).toFixed(1));

export const QUAD_CLASSES = {
  1: { name: "verbal cooperation", color: "#74a84a" },
  2: { name: "material cooperation", color: "#2e6b30" },
  3: { name: "verbal conflict", color: "#e39a3b" },
  4: { name: "material conflict", color: "#c0392b" },
};

export function quadBadge(q) {
  const info = QUAD_CLASSES[q] || { name: String(q), color: "#888" };
  return h("span", { class: "quad", title: info.name, style: `background:${info.color}` }, String(q));
}

export function place(row) {
  return [row.location_name, row.location_country].filter(Boolean).join(", ");
}

export function actorCell(code, name) {
  return code ? link(route("actor/" + encodeURIComponent(code)), code, { title: name || code }) : h("span", { class: "muted" }, "—");
}
