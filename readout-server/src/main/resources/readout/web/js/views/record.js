// A readout record as a reader wants it: the event, who took part, statements by speaker, topics, problems.
import { h, empty, setVars } from '../dom.js';
import { date, place, modeBadge, countryChip, countryColor, topicChip } from '../format.js';
import { statementItem, evidenceLink, bySpeaker } from './statement.js';

/** evidence: a function (span) => void, or null when the text is not at hand. */
export function recordView(record, { labels, evidence }) {
  return h('div', { class: 'record' },
    h('dl', { class: 'record-meta' }, meta('Title', record.title), meta('Outlet', record.outlet),
      meta('Published', record.published && date(record.published)),
      meta('Perspective', record.perspective && countryChip(record.perspective)), meta('Language', record.language)),
    problems(record.problems ?? []),
    h('section', { class: 'block' }, h('h3', null, 'Event'), events(record.events ?? [], evidence)),
    h('section', { class: 'block' }, h('h3', null, 'Statements by speaker'), speakers(record.statements ?? [], labels, evidence)),
    h('section', { class: 'block' }, h('h3', null, 'Topics'),
      record.topics?.length ? h('div', null, record.topics.map(t => topicChip(t, labels))) : empty('No topics.'),
      record.relationship_labels?.length
        ? h('p', null, 'Relationship: ', record.relationship_labels.map((l, i) => [i ? ', ' : '', h('q', null, l)])) : null));
}

function meta(label, value) {
  return value ? [h('dt', null, label), h('dd', null, value)] : null;
}

function events(list, evidence) {
  if (!list.length) return empty('No meeting or call is reported.');
  return h('ul', { class: 'events' }, list.map(e => h('li', { class: 'event' },
    h('p', { class: 'facts' }, h('strong', null, date(e.date)), modeBadge(e.mode),
      e.location ? h('span', null, place(e.location)) : null, e.occasion ? h('span', { class: 'muted' }, e.occasion) : null),
    h('ul', { class: 'participants' }, (e.participants ?? []).map(p => setVars(h('li', { class: 'participant' },
      h('span', { class: 'participant-name' }, p.name), p.country ? countryChip(p.country) : null,
      p.roles?.length ? h('span', { class: 'roles' }, p.roles.join('; ')) : null), { '--c': countryColor(p.country) }))),
    evidenceLink(e.evidence, evidence, 'Meeting sentence'))));
}

function speakers(statements, labels, evidence) {
  if (!statements.length) return empty('No statements.');
  return [...bySpeaker(statements).entries()].map(([speaker, said]) => setVars(h('div', { class: 'speaker-group' },
    h('h4', { class: 'speaker' }, speaker === 'both' ? 'Both sides' : speaker, ` (${said.length})`),
    h('ul', { class: 'statements' }, said.map(st => statementItem(st, { labels, evidence })))),
  { '--c': countryColor(said[0].country) }));
}

function problems(list) {
  if (!list.length) return null;
  return h('ul', { class: 'problems' }, list.map(p => h('li', { class: `problem ${String(p.severity).toLowerCase()}` },
    h('strong', null, `${String(p.severity).toLowerCase()}: `), p.message, ' ', h('code', null, p.code))));
}
