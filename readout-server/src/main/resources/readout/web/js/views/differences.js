// What sets a meeting's accounts apart: topics only one reports, concepts named differently
// ("South China Sea" / "East Sea"), concepts only one mentions.
import { h } from '../dom.js';
import { topicChip } from '../format.js';
import { accountName } from './sources.js';

/** @param documents the meeting's documents ({id, title, ...}), for the titles of accounts without an outlet */
export function differences(comparison, labels, documents = []) {
  const sides = comparison.accounts;
  if (sides.length < 2) {
    return h('p', { class: 'note' }, 'One account of this meeting: nothing to set beside it yet.');
  }
  // concept ids are snake case ("south_china_sea"): each word capitalised reads as the name it stands for
  const concept = id => id.split('_').map(w => w[0].toUpperCase() + w.slice(1)).join(' ');
  const outlet = key => {
    const side = sides.find(s => s.accountKey === key);
    return accountName({ ...side, title: documents.find(d => d.id === key.split('#')[0])?.title });
  };
  const soloTopics = comparison.topics.filter(t => t.oneSided);
  const framing = comparison.framing.filter(f => f.differs);
  const soloConcepts = comparison.framing.filter(f => f.oneSided);
  const items = [
    ...soloTopics.map(t => h('li', null, 'Only ', h('strong', null, outlet(Object.keys(t.statements)[0])), ' reports ',
      topicChip(t.topic, labels, 'only-here'))),
    ...framing.map(f => h('li', { class: 'framing' }, h('strong', null, concept(f.concept)), ' is worded differently: ',
      Object.entries(f.terms).map(([key, terms], i) => [i ? ' vs ' : '', h('q', null, [...terms].join(', ')), ` (${outlet(key)})`]))),
    ...soloConcepts.map(f => h('li', null, h('strong', null, concept(f.concept)), ' appears only in ',
      outlet(Object.keys(f.terms)[0]))),
  ];
  return h('section', { class: 'block differences' }, h('h2', null, 'How the accounts differ'),
    items.length ? h('ul', null, items) : h('p', { class: 'muted' }, 'The accounts report the same topics in the same words.'));
}
