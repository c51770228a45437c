// The most repeated commitments of one side, each with the sentences that made it.
import { h, empty, setVars } from '../dom.js';
import { countryColor, span, plural, topicChip } from '../format.js';

export function commitmentList(groups, labels) {
  if (!groups.length) return empty('No commitments found.');
  return h('ol', { class: 'commitments' }, groups.map(g => setVars(h('li', { class: 'commitment' },
    h('p', { class: 'commitment-text' }, g.representative),
    h('p', { class: 'card-meta' },
      h('strong', null, `said at ${plural(g.meetings, 'meeting')}`), ' · ', plural(g.documents, 'document'), ' · ',
      span(g.firstSeen, g.lastSeen)),
    h('div', null, g.topics.map(t => topicChip(t, labels))),
    g.evidence.length > 1 ? wordings(g.evidence) : sourceLink(g.evidence[0])), { '--c': countryColor(g.country) })));
}

function wordings(evidence) {
  return h('details', { class: 'wordings' },
    h('summary', null, `${evidence.length} wordings`),
    h('ul', null, evidence.map(ref => h('li', null, ref.statement.text, ' ', sourceLink(ref)))));
}

function sourceLink(ref) {
  if (!ref) return null;
  return h('a', { class: 'source-link', href: `#/document/${ref.documentId}?statement=${ref.statementIndex}` },
    `${ref.date ?? 'undated'} · source`);
}
