// Participants with their roles, each linked to their actor page where the API names the person.
import { h, setVars } from '../dom.js';
import { countryColor } from '../format.js';

export function participantList(participants, names) {
  return h('ul', { class: 'participants' }, (participants ?? []).map(p => setVars(h('li', { class: 'participant' },
    participantName(p), h('span', { class: 'muted' }, names.get(p.country) ?? p.country ?? ''),
    p.roles?.length ? h('span', { class: 'roles' }, p.roles.join('; ')) : null), { '--c': countryColor(p.country) })));
}

/** The name, as a link when the meeting JSON gives the person's actor id. */
function participantName(p) {
  return p.actorId
    ? h('a', { class: 'participant-name actor-link', href: `#/actor/${encodeURIComponent(p.actorId)}` }, p.name)
    : h('span', { class: 'participant-name' }, p.name);
}
