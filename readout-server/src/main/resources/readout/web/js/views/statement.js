// One statement: who said it (in their side's colour), what kind, on what, and a link to its evidence.
import { h, setVars } from '../dom.js';
import { countryColor, kindBadge, topicChip } from '../format.js';
import { sourceLink } from './sources.js';

/**
 * @param st        a record's statement {speaker, country, kind, topics, text, evidence}
 * @param options   labels (topic labels), evidence (an href or a click handler, or null),
 *                  note (a short flag such as "only in this account"), meta (extra nodes),
 *                  source (the original address of its document, if known)
 */
export function statementItem(st, { labels, evidence, note, meta, source } = {}) {
  const li = h('li', { class: `statement${note ? ' one-sided' : ''}` },
    h('div', { class: 'statement-head' },
      h('span', { class: 'speaker' }, st.speaker === 'both' ? 'Both sides' : st.speaker ?? 'Unknown'),
      st.country && st.country !== 'BOTH' ? h('span', { class: 'muted' }, st.country) : null,
      kindBadge(st.kind),
      note ? h('span', { class: 'badge flag' }, note) : null,
      meta),
    h('p', { class: 'statement-text' }, st.text),
    h('div', { class: 'statement-foot' },
      (st.topics ?? []).map(t => topicChip(t, labels ?? new Map())),
      evidenceLink(st.evidence, evidence), sourceLink(source, 'Source')));
  return setVars(li, { '--c': countryColor(st.country) });
}

/** "Evidence" as a link (route) or a button (handler); nothing when the fact has no span. */
export function evidenceLink(spanValue, evidence, label = 'Show in text') {
  if (!spanValue || !evidence) return null;
  if (typeof evidence === 'function') {
    return h('button', { type: 'button', class: 'evidence-link', onclick: () => evidence(spanValue) }, label);
  }
  return h('a', { class: 'evidence-link', href: evidence }, label);
}

/** Statements grouped by speaker, in the order speakers first speak. */
export function bySpeaker(statements) {
  const groups = new Map();
  for (const st of statements) {
    const key = st.speaker ?? 'Unknown';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(st);
  }
  return groups;
}
