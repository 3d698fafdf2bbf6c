// A small force-directed layout (Fruchterman-Reingold): nodes repel, edges pull, a weak gravity
// keeps separate groups together and the temperature cools so it settles. Deterministic (nodes
// start on a circle); the result is scaled to fit the drawing. Fine for the few hundred nodes shown.

export function layout(nodes, edges, width, height, { iterations = 300, margin = 40 } = {}) {
  const n = nodes.length;
  const k = Math.sqrt((width * height) / Math.max(n, 1)) * 0.6;
  const index = new Map(nodes.map((node, i) => [node.code, i]));
  const pos = nodes.map((_, i) => ({
    x: width / 2 + (width / 3) * Math.cos((2 * Math.PI * i) / Math.max(n, 1)),
    y: height / 2 + (height / 3) * Math.sin((2 * Math.PI * i) / Math.max(n, 1)),
  }));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target)]).filter(([s, t]) => s !== t);
  let temperature = width / 8;
  for (let step = 0; step < iterations; step++) {
    const move = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x || 0.01;
        const dy = pos[i].y - pos[j].y || 0.01;
        const f = (k * k) / (dx * dx + dy * dy);
        move[i].x += dx * f; move[i].y += dy * f;
        move[j].x -= dx * f; move[j].y -= dy * f;
      }
    }
    for (const [s, t] of links) {
      const dx = pos[s].x - pos[t].x;
      const dy = pos[s].y - pos[t].y;
      const f = Math.sqrt(dx * dx + dy * dy) / k;
      move[s].x -= dx * f; move[s].y -= dy * f;
      move[t].x += dx * f; move[t].y += dy * f;
    }
    for (let i = 0; i < n; i++) {
      const gx = width / 2 - pos[i].x;
      const gy = height / 2 - pos[i].y;
      const pull = Math.sqrt(gx * gx + gy * gy) / k;
      move[i].x += gx * pull * 0.5; move[i].y += gy * pull * 0.5;
      const length = Math.sqrt(move[i].x ** 2 + move[i].y ** 2) || 1;
      pos[i].x += (move[i].x / length) * Math.min(length, temperature);
      pos[i].y += (move[i].y / length) * Math.min(length, temperature);
    }
    temperature = Math.max(1, temperature * 0.98);
  }
  return fit(pos, width, height, margin);
}

function fit(pos, width, height, margin) {
  const xs = pos.map((p) => p.x);
  const ys = pos.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 3 * margin) / (x1 - x0 || 1), (height - 2 * margin) / (y1 - y0 || 1));
  return pos.map((p) => ({ x: margin + (p.x - x0) * scale, y: margin + (p.y - y0) * scale }));
}
