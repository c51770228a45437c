// Words and colours the pages share, so that a mode, a level or a country looks the same everywhere.
import { h, s, setVars } from './dom.js';

export const MODES = {
  visit: 'Visit', third_location: 'Third location', phone: 'Phone call', video: 'Video call', unknown: 'Unknown',
};
export const LEVELS = { leader: 'Leader', minister: 'Minister', deputy: 'Deputy', official: 'Official' };
export const KINDS = {
  commitment: 'Commitment', proposal: 'Proposal', position: 'Position', support: 'Support',
  opposition: 'Opposition', agreement: 'Agreement', other: 'Other',
};

// Colour-blind-safe-ish hues (Okabe-Ito and Tol), dark enough for text on white and white text on
// them (WCAG AA, 4.5:1, on the page's light greys too). Ordered so that the hash below gives the
// sample's two sides (CHN, VNM) red and amber.
const COUNTRY_PALETTE = ['#1f6fb2', '#c0392b', '#276749', '#6b46c1', '#0e7490', '#975a16', '#b83280', '#4a5568'];
const BOTH = '#5a5f73';

/** A stable colour per country code (or "BOTH"). */
export function countryColor(code) {
  if (!code) return '#5f6b7a';
  if (code === 'BOTH') return BOTH;
  let hash = 0;
  for (const ch of code) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return COUNTRY_PALETTE[hash % COUNTRY_PALETTE.length];
}

/** A small chip with a country's code in its colour. */
export function countryChip(code, name) {
  return setVars(h('span', { class: 'chip country', title: name || code }, code === 'BOTH' ? 'both' : code),
    { '--c': countryColor(code) });
}

export function date(iso) {
  if (!iso) return 'undated';
  const d = new Date(`${iso}T00:00:00Z`);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function span(first, last) {
  if (!first && !last) return 'undated';
  return first === last || !last ? date(first) : `${date(first)} – ${date(last)}`;
}

export function place(location) {
  if (!location) return '';
  return [location.city, location.country].filter(Boolean).join(', ');
}

export const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

// Shapes by mode: what a meeting was is visible from its glyph alone.
const GLYPHS = {
  visit: r => s('circle', { r }),
  third_location: r => s('rect', { x: -r, y: -r, width: 2 * r, height: 2 * r, transform: 'rotate(45)' }),
  phone: r => s('polygon', { points: `0,${-r * 1.2} ${r * 1.1},${r * 0.8} ${-r * 1.1},${r * 0.8}` }),
  video: r => s('rect', { x: -r * 0.9, y: -r * 0.9, width: 1.8 * r, height: 1.8 * r }),
  unknown: r => s('circle', { r: r * 0.8, class: 'hollow' }),
};

/** The glyph of a mode as an SVG element centred on 0,0. */
export function glyph(mode, r) {
  const shape = (GLYPHS[mode] ?? GLYPHS.unknown)(r);
  shape.classList.add('glyph', `mode-${mode in GLYPHS ? mode : 'unknown'}`);
  return shape;
}

/** A glyph as an inline icon for lists and legends. */
export function modeIcon(mode) {
  return s('svg', { class: 'mode-icon', viewBox: '-8 -8 16 16', width: 16, height: 16, 'aria-hidden': 'true' },
    glyph(mode, 5.5));
}

export function modeBadge(mode) {
  return h('span', { class: 'badge mode' }, modeIcon(mode), MODES[mode] ?? mode);
}

export function levelBadge(level) {
  return level ? h('span', { class: `badge level level-${level}` }, LEVELS[level] ?? level) : null;
}

export function kindBadge(kind) {
  return h('span', { class: `badge kind kind-${kind}` }, KINDS[kind] ?? kind);
}

/** A topic chip with its taxonomy label. */
export function topicChip(id, labels, extra = '') {
  return h('span', { class: `chip topic ${extra}`.trim(), title: id }, labels.get(id) ?? id.replaceAll('_', ' '));
}
