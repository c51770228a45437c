// A relationship's meetings on a time axis: glyph by mode, band and size by level, with a legend.
// Drawn at the container's width and redrawn when it changes, so text never scales.
import { h, s, replace } from '../dom.js';
import { MODES, LEVELS, glyph, modeIcon, date, place } from '../format.js';

const BANDS = ['leader', 'minister', 'deputy', 'official'];
const RADIUS = { leader: 9, minister: 7.5, deputy: 6, official: 5 };
const BAND_H = 34, TOP = 10, AXIS = 26, LEFT = 72, RIGHT = 16, UNDATED_W = 70;

export function timeline(meetings) {
  const box = h('div', { class: 'timeline', role: 'group', 'aria-label': 'Meetings on a time axis' });
  let width = 0;
  new ResizeObserver(entries => {
    const w = Math.round(entries[0].contentRect.width);
    if (w && w !== width) declutter(replace(box, draw(meetings, (width = w))).firstChild);
  }).observe(box);
  return h('div', null, box, legend());
}

function draw(meetings, width) {
  const height = TOP + BANDS.length * BAND_H + AXIS;
  const undated = meetings.filter(m => !m.date);
  const plotRight = width - RIGHT - (undated.length ? UNDATED_W : 0);
  const x = scale(meetings.filter(m => m.date).map(m => Date.parse(m.date)), LEFT, plotRight);
  const svg = s('svg', { width, height, viewBox: `0 0 ${width} ${height}`, class: 'timeline-svg' });
  BANDS.forEach((band, i) => svg.append(
    s('line', { x1: LEFT, x2: width - RIGHT, y1: bandY(i), y2: bandY(i), class: 'band-line' }),
    s('text', { x: 8, y: bandY(i) + 4, class: 'band-label' }, LEVELS[band])));
  svg.append(...ticks(x, height));
  if (undated.length) {
    svg.append(s('line', { x1: plotRight + 12, x2: plotRight + 12, y1: TOP, y2: height - AXIS + 4, class: 'undated-sep' }),
      s('text', { x: plotRight + 12 + (UNDATED_W - 12) / 2, y: height - 8, class: 'tick-label undated-label', 'text-anchor': 'middle' }, 'undated'));
  }
  const placed = new Map();
  meetings.forEach(m => {
    const cx = m.date ? x.at(Date.parse(m.date)) : plotRight + 12 + (UNDATED_W - 12) / 2;
    svg.append(marker(m, cx, nudge(placed, m, cx)));
  });
  return svg;
}

const LABEL_GAP = 6;

/**
 * Drops each axis label that, as drawn in this font at this width, would touch one kept before it
 * ("undated" first, then from the left): a narrow screen shows fewer labels, never overlapping ones.
 */
function declutter(svg) {
  const labels = [...svg.querySelectorAll('.tick-label')];
  const kept = labels.filter(l => l.classList.contains('undated-label')).map(l => l.getBBox());
  labels.filter(l => !l.classList.contains('undated-label')).forEach(label => {
    const b = label.getBBox();
    if (kept.some(k => b.x < k.x + k.width + LABEL_GAP && k.x < b.x + b.width + LABEL_GAP)) label.remove();
    else kept.push(b);
  });
}

/** Meetings close together on one band step up and down so that each stays clickable. */
function nudge(placed, m, cx) {
  const band = Math.max(0, BANDS.indexOf(m.level ?? 'official'));
  const near = (placed.get(band) ?? []).filter(px => Math.abs(px - cx) < 14).length;
  placed.set(band, [...(placed.get(band) ?? []), cx]);
  return bandY(band) + (near === 0 ? 0 : (near % 2 ? -1 : 1) * Math.ceil(near / 2) * 9);
}

function marker(m, cx, cy) {
  const level = m.level ?? 'official';
  const label = `${date(m.date)} · ${MODES[m.mode] ?? m.mode}${m.location ? ` · ${place(m.location)}` : ''} · `
    + (m.participants ?? []).map(p => p.name).join(', ');
  return s('a', { href: `#/meeting/${m.id}`, class: 'tl-marker', 'data-meeting': m.id, 'aria-label': label },
    s('title', null, label),
    s('g', { transform: `translate(${cx.toFixed(1)} ${cy})` }, glyph(m.mode, RADIUS[level] ?? 5)));
}

const bandY = i => TOP + i * BAND_H + BAND_H / 2;

/** A linear time scale; one date, or none, sits in the middle. */
function scale(times, from, to) {
  const min = Math.min(...times), max = Math.max(...times);
  const pad = (max - min) * 0.04 || 1;
  const at = t => (times.length && max > min ? from + ((t - min + pad) / (max - min + 2 * pad)) * (to - from) : (from + to) / 2);
  return { at, min, max, from, to, empty: !times.length };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const TICK_GAP = 70;

/**
 * Year ticks; months where fewer than two years would show (a span within a year, or a few years on a
 * narrow screen, where a month tick may fall every one to ten years); one tick for one date.
 */
function ticks(x, height) {
  if (x.empty) return [];
  const years = yearTicks(x);
  let marks = x.max === x.min ? [monthTick(new Date(x.min), true)] : (years.length >= 2 ? years : monthTicks(x));
  // meetings days apart: no month starts between them, so the first one's month names the span
  if (!marks.length) marks = [{ t: x.min, label: monthTick(new Date(x.min), true).label }];
  const out = [s('line', { x1: x.from, x2: x.to, y1: height - AXIS, y2: height - AXIS, class: 'axis' })];
  marks.forEach(({ t, label }) => {
    const px = x.at(t);
    out.push(s('line', { x1: px, x2: px, y1: TOP, y2: height - AXIS + 4, class: 'tick' }),
      s('text', { x: px, y: height - 8, class: 'tick-label', 'text-anchor': 'middle' }, label));
  });
  return out;
}

/** How many units apart ticks go so that labels stay TICK_GAP pixels apart. */
function tickStep(x, units, choices) {
  const fit = Math.max(1, Math.floor((x.to - x.from) / TICK_GAP));
  return choices.find(step => Math.ceil(units / step) <= fit) ?? choices[choices.length - 1];
}

function yearTicks(x) {
  const first = new Date(x.min).getUTCFullYear(), last = new Date(x.max).getUTCFullYear();
  const step = tickStep(x, last - first + 1, [1, 2, 5, 10, 20, 50]);
  const out = [];
  for (let y = first; y <= last + 1; y += step) out.push({ t: Date.UTC(y, 0, 1), label: String(y) });
  return out.filter(m => inside(x, m.t));
}

const inside = (x, t) => x.at(t) >= x.from - 1 && x.at(t) <= x.to + 1;

function monthTicks(x) {
  const start = new Date(x.min), end = new Date(x.max);
  const months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth() + 1;
  const step = tickStep(x, months, [1, 2, 3, 6, 12, 24, 60, 120]);
  const starts = [];
  for (let k = 0; k <= months; k += step) starts.push(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + k, 1)));
  return starts.filter(d => inside(x, d.getTime())).map((d, i) => monthTick(d, i === 0 || d.getUTCMonth() < step));
}

/** "Mar 2024" for the first tick and a new year's, else "Mar"; at the start of the month. */
function monthTick(d, withYear) {
  const m = MONTHS[d.getUTCMonth()];
  return { t: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), label: withYear ? `${m} ${d.getUTCFullYear()}` : m };
}

function legend() {
  return h('div', { class: 'legend', 'aria-label': 'Legend' },
    h('span', { class: 'legend-title' }, 'Mode'),
    Object.entries(MODES).map(([mode, label]) => h('span', { class: 'legend-item' }, modeIcon(mode), label)),
    h('span', { class: 'legend-title' }, 'Level'),
    h('span', { class: 'legend-item' }, 'row and size: leader (largest) → official'));
}
