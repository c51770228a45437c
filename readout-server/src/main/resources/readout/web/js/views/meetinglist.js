// Meetings as a list of rows: date, mode, level, place, who, and which outlets report it.
import { h } from '../dom.js';
import { date, place, modeBadge, levelBadge, countryChip } from '../format.js';

export function meetingList(meetings) {
  return h('ul', { class: 'meeting-list' }, meetings.map(m => h('li', null,
    h('a', { class: 'meeting-row', href: `#/meeting/${m.id}`, 'data-meeting': m.id },
      h('span', { class: 'meeting-date' }, date(m.date)),
      h('span', { class: 'meeting-what' },
        h('span', { class: 'meeting-who' }, (m.participants ?? []).map(p => p.name).join(' · ')),
        h('span', { class: 'meeting-tags' }, modeBadge(m.mode), levelBadge(m.level),
          m.location ? h('span', { class: 'muted' }, place(m.location)) : null)),
      h('span', { class: 'meeting-accounts' }, (m.accounts ?? []).map(a =>
        h('span', { class: 'outlet' }, a.perspective ? countryChip(a.perspective) : null, ' ', a.outlet ?? a.doc)))))));
}
