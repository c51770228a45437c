// Home: what the store holds (country pairs, actors, counts) and a search box.
import { h, empty } from '../dom.js';
import { get } from '../api.js';
import { countryChip, span, plural } from '../format.js';
import { searchBox } from './searchbox.js';
import { downloads } from './sources.js';

const PAIRS = { limit: 100 };
const PEOPLE = { sort: 'meetings', limit: 24 };

export async function home() {
  const [info, pairs, actors] = await Promise.all([
    get('/api'), get('/api/pairs', PAIRS), get('/api/actors', PEOPLE),
  ]);
  const c = info.counts ?? {};
  const node = h('div', { class: 'home' },
    h('section', { class: 'hero' },
      h('h1', null, 'Diplomatic readouts, side by side'),
      h('p', { class: 'lede' }, 'Who met whom, how and when; what each side says was said; and what only one side reports.'),
      searchBox(),
      h('p', { class: 'counts' },
        [[c.documents, 'document'], [c.meetings, 'meeting'], [c.statements, 'statement'], [c.actors, 'actor']]
          .map(([n = 0, word]) => h('span', { class: 'count' }, h('strong', null, String(n)), n === 1 ? ` ${word}` : ` ${word}s`)))),
    h('section', { class: 'block' }, h('h2', null, 'Relationships'), pairList(pairs.items),
      pairs.items.length ? downloads('/api/pairs', PAIRS, 'pairs') : null),
    h('section', { class: 'block' }, h('h2', null, 'People'), actorList(actors.items),
      actors.items.length ? downloads('/api/actors', PEOPLE, 'people') : null));
  return { title: 'Home', node };
}

function pairList(pairs) {
  if (!pairs.length) return empty('No meetings yet: ingest some readouts with "readout ingest".');
  return h('ul', { class: 'cards pairs' }, pairs.map(p => h('li', null,
    h('a', { class: 'card pair-card', href: `#/pair/${p.countries[0]}/${p.countries[1]}`, 'data-pair': p.countries.join('-') },
      h('span', { class: 'pair-chips' }, countryChip(p.countries[0], p.names?.[0]), countryChip(p.countries[1], p.names?.[1])),
      h('span', { class: 'card-title' }, (p.names ?? p.countries).join(' – ')),
      h('span', { class: 'card-meta' },
        h('strong', { class: 'meeting-count' }, plural(p.meetings, 'meeting')), ' · ', span(p.first, p.last))))));
}

function actorList(actors) {
  if (!actors.length) return empty('No people yet.');
  return h('ul', { class: 'cards actors' }, actors.map(a => h('li', null,
    h('a', { class: 'card actor-card', href: `#/actor/${encodeURIComponent(a.id)}` },
      h('span', { class: 'card-title' }, a.name, ' ', a.country ? countryChip(a.country) : null),
      h('span', { class: 'card-meta' }, plural(a.meetings ?? 0, 'meeting'), ' · ', plural(a.statements ?? 0, 'statement'))))));
}
