// One stored document: its text with a statement's (or any span's) evidence highlighted, and its statements.
import { h, replace } from '../dom.js';
import { get, topics } from '../api.js';
import { date, countryChip } from '../format.js';
import { textWithMark, revealMark } from './evidence.js';
import { statementItem } from './statement.js';
import { sourceLink } from './sources.js';

export async function documentView([id], query) {
  const [doc, labels] = await Promise.all([get(`/api/documents/${encodeURIComponent(id)}`), topics()]);
  const r = doc.record ?? { statements: [] };
  // it scrolls: focusable, so that a keyboard scrolls it too
  const textBox = h('div', { class: 'doc-pane', tabindex: 0, role: 'region', 'aria-label': 'Original text' });
  const base = `#/document/${doc.id}`;
  const list = h('ul', { class: 'statements' }, r.statements.map((st, i) => statementItem(st, {
    labels, evidence: st.evidence ? `${base}?statement=${i}` : null, source: r.url,
  })));
  const show = q => {
    const target = spanOf(r, q);
    replace(textBox, textWithMark(doc.text, target?.start, target?.end));
    [...list.children].forEach((li, i) => li.classList.toggle('current', String(i) === q.get('statement')));
    revealMark(textBox);
  };
  const node = h('div', { class: 'document' },
    h('header', { class: 'page-head' },
      h('p', { class: 'eyebrow' }, 'Document'),
      h('h1', null, r.title || doc.name),
      h('p', { class: 'facts' }, r.perspective ? countryChip(r.perspective) : null,
        [r.outlet, r.published && date(r.published), doc.name].filter(Boolean).join(' · '), sourceLink(r.url, 'Original'))),
    h('div', { class: 'doc-layout' },
      h('section', { class: 'block' }, h('h2', null, 'Original text'), textBox),
      h('section', { class: 'block' }, h('h2', null, 'Statements'), list)));
  return { title: r.title || doc.name, node, update: (_, q) => show(q), mounted: () => show(query) };
}

function spanOf(record, q) {
  if (q.has('statement')) return record.statements[Number(q.get('statement'))]?.evidence ?? null;
  if (q.has('start') && q.has('end')) return { start: Number(q.get('start')), end: Number(q.get('end')) };
  return null;
}
