// A relationship: its meetings on a time axis, its formal names over time, topic trends per side, each side's most
// repeated commitments.
import { h, replace, empty } from '../dom.js';
import { get, topics, countryNames } from '../api.js';
import { countryChip, date, span, plural } from '../format.js';
import { timeline } from './timeline.js';
import { meetingList } from './meetinglist.js';
import { trends } from './trends.js';
import { commitmentList } from './commitments.js';
import { downloads } from './sources.js';

export async function pair([a, b]) {
  const codes = [a.toUpperCase(), b.toUpperCase()];
  const [meetings, names, labels, topicCounts, promisesA, promisesB, relationship] = await Promise.all([
    get('/api/meetings', { country: codes, limit: 500 }),
    countryNames([...codes, 'BOTH']),
    topics(),
    get('/api/topics', { country: codes[0], other: codes[1] }),
    get('/api/commitments', { country: codes[0], pair: codes.join(','), limit: 5 }),
    get('/api/commitments', { country: codes[1], pair: codes.join(','), limit: 5 }),
    get(`/api/pairs/${encodeURIComponent(codes[0])}/${encodeURIComponent(codes[1])}/labels`),
  ]);
  const items = meetings.items;
  const title = codes.map(c => names.get(c)).join(' – ');
  const dated = items.map(m => m.date).filter(Boolean).sort();
  const chart = trendSection(codes, names, labels, topicCounts);
  const node = h('div', { class: 'pair' },
    h('header', { class: 'page-head' },
      h('p', { class: 'eyebrow' }, 'Relationship'),
      h('h1', null, codes.map(c => countryChip(c, names.get(c))), ' ', title),
      h('p', { class: 'muted' }, `${plural(items.length, 'meeting')}${meetings.next ? '+' : ''} · ${span(dated[0], dated.at(-1))}`)),
    h('section', { class: 'block' }, h('h2', null, 'Timeline'),
      items.length ? timeline(items) : empty('No meetings between these two.'),
      items.length ? meetingList(items) : null,
      items.length ? downloads('/api/meetings', { country: codes, limit: 500 }, 'meetings') : null),
    h('section', { class: 'block' }, h('h2', null, 'Names of the relationship'),
      relationship.names.length ? nameTable(relationship.names) : empty('No formal name in these accounts.')),
    chart.section,
    h('section', { class: 'block' }, h('h2', null, 'Most repeated commitments'),
      h('div', { class: 'two-col' },
        [[codes[0], promisesA], [codes[1], promisesB]].map(([code, page]) => h('div', { class: 'side' },
          h('h3', null, countryChip(code, names.get(code)), ' ', names.get(code)),
          commitmentList(page.items, labels))))));
  return { title, node, mounted: chart.mount };
}

/** Topic trends with a year / quarter switch. */
function trendSection(codes, names, labels, first) {
  const sides = [...codes, 'BOTH'].map(code => ({ code, name: code === 'BOTH' ? 'Said jointly' : names.get(code) }));
  const holder = h('div');
  let shown = null;
  const render = counts => {
    shown?.destroy?.();
    shown = trends(counts.counts, sides, labels);
    replace(holder, shown.node);
    shown.mount();
  };
  const select = h('select', {
    'aria-label': 'Period', class: 'period',
    onchange: async () => render(await get('/api/topics', { country: codes[0], other: codes[1], period: select.value })),
  }, h('option', { value: 'year' }, 'by year'), h('option', { value: 'quarter' }, 'by quarter'));
  const section = h('section', { class: 'block' },
    h('div', { class: 'section-head' }, h('h2', null, 'Topics over time'), select),
    h('p', { class: 'muted' }, 'Statements per topic, by the side that made them.'), holder);
  return { section, mount: () => render(first) };
}

/** Each formal name with its first and last day and the accounts that give it, each linked to its document. */
function nameTable(names) {
  const source = u => `${u.outlet || u.title || u.doc}${u.perspective ? ` (${u.perspective})` : ''}`;
  return h('div', { class: 'table-scroll' }, h('table', { class: 'names' },
    h('thead', null, h('tr', null, ['Name', 'First', 'Last', 'Accounts'].map(t => h('th', { scope: 'col' }, t)))),
    h('tbody', null, names.map(n => h('tr', { class: 'name-row' },
      h('th', { scope: 'row' }, n.label),
      h('td', { class: 'nowrap' }, date(n.first)),
      h('td', { class: 'nowrap' }, date(n.last)),
      h('td', null, n.uses.map((u, i) => [i ? '; ' : null,
        h('a', { href: `#/document/${u.documentId}`, title: u.date ? date(u.date) : 'undated' }, source(u))])))))));
}
