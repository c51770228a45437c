// Participants with their roles, each linked to their actor page once the store names them.
import { h, setVars } from '../dom.js';
import { get } from '../api.js';
import { countryColor } from '../format.js';

export function participantList(participants, names) {
  return h('ul', { class: 'participants' }, (participants ?? []).map(p => {
    const name = h('span', { class: 'participant-name' }, p.name);
    link(p, name);
    return setVars(h('li', { class: 'participant' },
      name, h('span', { class: 'muted' }, names.get(p.country) ?? p.country ?? ''),
      p.roles?.length ? h('span', { class: 'roles' }, p.roles.join('; ')) : null), { '--c': countryColor(p.country) });
  }));
}

/** Replaces the name by a link to the actor whose spellings include it. */
async function link(p, nameEl) {
  try {
    const found = await get('/api/actors', { q: p.name, limit: 10 });
    const actor = found.items.find(a => [a.name, ...(a.spellings ?? [])].some(sp => sp.toLowerCase() === p.name.toLowerCase()))
      ?? (found.items.length === 1 ? found.items[0] : null);
    if (actor) nameEl.replaceWith(h('a', { class: 'participant-name actor-link', href: `#/actor/${encodeURIComponent(actor.id)}` }, p.name));
  } catch {
    // The name stays plain text: the page is still whole without the link.
  }
}
