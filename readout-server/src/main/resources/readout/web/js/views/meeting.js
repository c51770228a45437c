// One meeting: its facts, then its accounts side by side, with what only one account reports
// highlighted and every fact's evidence one click away in the original text.
import { h, empty } from '../dom.js';
import { get, topics, countryNames } from '../api.js';
import { date, place, modeBadge, levelBadge, countryChip, plural } from '../format.js';
import { accountColumns } from './accounts.js';
import { differences } from './differences.js';
import { participantList } from './participants.js';
import { openEvidence } from './evidence.js';
import { accountName } from './sources.js';

export async function meeting([id, ...evidence]) {
  const [detail, labels] = await Promise.all([get(`/api/meetings/${encodeURIComponent(id)}`), topics()]);
  const m = detail.meeting;
  const names = await countryNames([...m.countries, m.host]);
  const title = (m.participants ?? []).map(p => p.name).join(' – ') || 'Meeting';
  const base = `#/meeting/${m.id}`;
  const evidenceHref = (docId, sp) => `${base}/evidence/${docId}/${sp.start}/${sp.end}`;
  const node = h('div', { class: 'meeting' },
    h('header', { class: 'page-head' },
      h('p', { class: 'eyebrow' }, 'Meeting · ', pairLink(m.countries, names)),
      h('h1', null, title),
      h('p', { class: 'facts' }, h('strong', null, date(m.date)), modeBadge(m.mode), levelBadge(m.level),
        m.location ? h('span', null, place(m.location)) : null,
        m.host ? h('span', { class: 'muted' }, `hosted by ${names.get(m.host) ?? m.host}`) : null,
        h('span', { class: 'muted' }, plural(m.accounts.length, 'account')))),
    h('section', { class: 'block' }, h('h2', null, 'Participants'), participantList(m.participants, names)),
    conflicts(m, detail.documents ?? []),
    differences(detail.comparison, labels, detail.documents ?? []),
    h('section', { class: 'block' }, h('h2', null, 'Accounts'),
      detail.comparison.accounts.length
        ? accountColumns({ meeting: m, comparison: detail.comparison, documents: detail.documents, labels, evidenceHref })
        : empty('No account of this meeting is stored.')));
  const docs = new Map((detail.documents ?? []).map(d => [d.id, d]));
  const show = params => showEvidence(params, docs, base);
  return { title: `${title}, ${date(m.date)}`, node, update: ([, ...params]) => show(params), mounted: () => show(evidence) };
}

function pairLink(countries, names) {
  if (countries.length !== 2) return countries.join(', ');
  return h('a', { href: `#/pair/${countries[0]}/${countries[1]}` }, countries.map(c => names.get(c) ?? c).join(' – '));
}

function conflicts(m, documents) {
  if (!m.conflicts?.length) return null;
  const outlet = key => {
    const account = m.accounts.find(a => `${a.documentId}#${a.eventIndex}` === key);
    return accountName({ ...account, title: documents.find(d => d.id === key.split('#')[0])?.title });
  };
  return h('section', { class: 'block conflicts' }, h('h2', null, 'Where the accounts disagree'),
    h('ul', null, m.conflicts.map(c => h('li', null, h('strong', null, c.field.replace(/^role:/, 'role of ')), ': ',
      Object.entries(c.values).map(([key, value], i) => [i ? '; ' : '', `${value} (${outlet(key)})`])))));
}

/** Opens the evidence panel for [documentId, start, end], or closes it when there is none. */
async function showEvidence([docId, start, end], docs, base) {
  if (!docId) {
    document.querySelector('dialog.evidence-panel')?.close();
    return;
  }
  const doc = await get(`/api/documents/${encodeURIComponent(docId)}`);
  const info = docs.get(docId) ?? {};
  openEvidence({
    heading: info.title || doc.record?.title || doc.name,
    meta: [info.outlet || doc.record?.outlet, info.published || doc.record?.published, doc.name].filter(Boolean).join(' · '),
    text: doc.text, start: Number(start), end: Number(end),
    onClose: () => { if (location.hash.startsWith(`${base}/evidence/`)) location.hash = base; },
  });
}
