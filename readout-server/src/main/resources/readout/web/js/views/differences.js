// What sets a meeting's accounts apart: topics only one reports, concepts named differently
// ("South China Sea" / "East Sea"), concepts only one mentions.
import { h } from '../dom.js';
import { topicChip } from '../format.js';

export function differences(comparison, labels) {
  const sides = comparison.accounts;
  if (sides.length < 2) {
    return h('p', { class: 'note' }, 'One account of this meeting: nothing to set beside it yet.');
  }
  const concept = id => { const words = id.replaceAll('_', ' '); return words[0].toUpperCase() + words.slice(1); };
  const outlet = key => sides.find(s => s.accountKey === key)?.outlet ?? key;
  const soloTopics = comparison.topics.filter(t => Object.keys(t.statements).length === 1);
  const framing = comparison.framing.filter(f => new Set(Object.values(f.terms).map(t => [...t].sort().join('|'))).size > 1);
  const soloConcepts = comparison.framing.filter(f => Object.keys(f.terms).length === 1 && f.silent.length);
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
