import { gql } from './api.js';
import { h, stanceColours } from './dom.js';
import { TIMELINE } from './queries.js';

const svgNs = 'http://www.w3.org/2000/svg';
const stances = Object.keys(stanceColours);

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children.map((c) => (typeof c === 'string' ? document.createTextNode(c) : c)));
  return element;
}

/** Statement counts per day and stance, and a last bucket for the statements with no date. */
async function loadBuckets() {
  const { byTime, byStance } = await gql(TIMELINE);
  const undated = byStance
    .map((total) => ({
      key: null,
      label: 'undated',
      stance: total.stance,
      count: total.count - byTime.filter((b) => b.stance === total.stance).reduce((sum, b) => sum + b.count, 0),
    }))
    .filter((b) => b.count > 0);
  return [...byTime, ...undated];
}

/** A stacked SVG bar chart: one bar per time bucket, one segment per stance. */
export function drawChart(container, buckets) {
  const byKey = new Map();
  for (const b of buckets) {
    const entry = byKey.get(b.key) ?? { key: b.key, label: b.label, counts: {} };
    entry.counts[b.stance] = (entry.counts[b.stance] ?? 0) + b.count;
    byKey.set(b.key, entry);
  }
  const order = (bar) => bar.key ?? '\uffff'; // undated last
  const bars = [...byKey.values()].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  if (!bars.length) {
    container.replaceChildren(h('p', { class: 'hint' }, 'No statements yet.'));
    return;
  }
  const total = (bar) => stances.reduce((sum, s) => sum + (bar.counts[s] ?? 0), 0);
  const max = Math.max(...bars.map(total));
  const width = 340, height = 170, left = 30, bottom = 36, top = 10;
  const slot = (width - left - 10) / bars.length;
  const barWidth = Math.min(48, slot * 0.7);
  const scale = (height - bottom - top) / max;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'statements per day by stance', class: 'chart' });
  chart.append(svg('line', { x1: left, y1: height - bottom, x2: width - 5, y2: height - bottom, stroke: '#555' }));
  for (const tick of [0, max]) {
    const y = height - bottom - tick * scale;
    chart.append(svg('text', { x: left - 4, y: y + 3, 'text-anchor': 'end', class: 'tick' }, String(tick)));
  }
  bars.forEach((bar, i) => {
    const x = left + i * slot + (slot - barWidth) / 2;
    let y = height - bottom;
    for (const stance of stances) {
      const count = bar.counts[stance] ?? 0;
      if (!count) continue;
      y -= count * scale;
      chart.append(
        svg('rect', { x, y, width: barWidth, height: count * scale, fill: stanceColours[stance], 'data-stance': stance },
          svg('title', {}, `${bar.label}: ${count} ${stance.toLowerCase()}`)),
      );
    }
    chart.append(svg('text', { x: x + barWidth / 2, y: y - 3, 'text-anchor': 'middle', class: 'total' }, String(total(bar))));
    chart.append(svg('text', { x: x + barWidth / 2, y: height - bottom + 14, 'text-anchor': 'middle', class: 'tick' }, bar.label));
  });
  const legend = h('ul', { class: 'chart-legend' },
    stances.map((s) => h('li', {}, h('span', { class: 'swatch', style: `background:${stanceColours[s]}` }), s.toLowerCase())));
  container.replaceChildren(chart, legend);
}

export async function refreshTimeline(container) {
  try {
    drawChart(container, await loadBuckets());
  } catch (error) {
    container.replaceChildren(h('p', { class: 'error' }, error.message));
  }
}
