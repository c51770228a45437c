// Topic trends per side: one stacked bar chart per side, statements per topic and period (Chart.js,
// bundled in vendor/ and loaded as a classic script before the modules).
import { h, empty } from '../dom.js';

const TOPIC_COLOURS = ['#1f6fb2', '#e07b24', '#2f855a', '#c0392b', '#6b46c1', '#0e7490', '#b83280', '#b7791f'];
const OTHER = '#a0aec0';
const MAX_TOPICS = TOPIC_COLOURS.length;

/**
 * @param counts  TopicCount items {period, country, topic, count}
 * @param sides   [{code, name}] in display order (BOTH included when present)
 */
export function trends(counts, sides, labels) {
  if (!counts.length) return { node: empty('No statements with topics for this pair yet.'), mount: () => {} };
  const periods = [...new Set(counts.map(c => c.period))].sort();
  const top = topTopics(counts);
  const present = sides.filter(side => counts.some(c => c.country === side.code));
  const boxes = present.map(side => ({ side, canvas: h('canvas', { role: 'img', 'aria-label': `Topics of ${side.name} over time` }) }));
  const node = h('div', { class: 'trend-grid' }, boxes.map(({ side, canvas }) =>
    h('figure', { class: 'trend', 'data-country': side.code },
      h('figcaption', null, side.name), h('div', { class: 'chart-box' }, canvas))));
  const charts = [];
  const mount = () => {
    if (!window.Chart) return;
    boxes.forEach(({ side, canvas }) => charts.push(new window.Chart(canvas,
      config(datasets(counts.filter(c => c.country === side.code), periods, top, labels), periods))));
  };
  return { node, mount, destroy: () => charts.forEach(c => c.destroy()) };
}

function topTopics(counts) {
  const totals = new Map();
  counts.forEach(c => totals.set(c.topic, (totals.get(c.topic) ?? 0) + c.count));
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_TOPICS).map(([t]) => t);
}

function datasets(rows, periods, top, labels) {
  const series = new Map([...top, 'other'].map(t => [t, periods.map(() => 0)]));
  rows.forEach(r => {
    const key = top.includes(r.topic) ? r.topic : 'other';
    series.get(key)[periods.indexOf(r.period)] += r.count;
  });
  return [...series.entries()].filter(([, data]) => data.some(v => v > 0)).map(([topic, data]) => ({
    label: topic === 'other' ? 'Other topics' : labels.get(topic) ?? topic,
    data,
    backgroundColor: topic === 'other' ? OTHER : TOPIC_COLOURS[top.indexOf(topic)],
    borderWidth: 0,
  }));
}

function config(sets, periods) {
  return {
    type: 'bar',
    data: { labels: periods, datasets: sets },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      scales: {
        x: { stacked: true, grid: { display: false } },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'statements' } },
      },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12, font: { size: 11 } } } },
    },
  };
}
