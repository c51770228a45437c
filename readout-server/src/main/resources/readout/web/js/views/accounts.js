// A meeting's accounts side by side: one column per account with its outlet and perspective,
// its topics and statements; what no other account reports is flagged.
import { h, setVars, empty } from '../dom.js';
import { countryChip, countryColor, date, topicChip } from '../format.js';
import { statementItem, evidenceLink } from './statement.js';
import { sourceLink } from './sources.js';

export function accountColumns({ meeting, comparison, documents, labels, evidenceHref }) {
  const several = comparison.accounts.length > 1;
  const oneSided = several ? oneSidedStatements(comparison) : new Set();
  const grid = h('div', { class: `accounts cols-${Math.min(comparison.accounts.length, 3)}` },
    comparison.accounts.map(side => column(side, {
      several, oneSided, labels, evidenceHref,
      account: meeting.accounts.find(a => `${a.documentId}#${a.eventIndex}` === side.accountKey),
      doc: documents?.find(d => d.id === docOf(side.accountKey)),
      topics: comparison.topics.filter(t => side.accountKey in t.statements),
      soloTopics: several ? comparison.topics.filter(t => t.oneSided) : [],
    })));
  return grid;
}

const docOf = key => key.split('#')[0];

function column(side, o) {
  const docId = docOf(side.accountKey);
  const event = o.account?.event;
  return setVars(h('article', { class: 'account', 'data-account': side.accountKey },
    h('header', { class: 'account-head' },
      h('div', { class: 'account-outlet' }, side.perspective ? countryChip(side.perspective) : h('span', { class: 'chip' }, 'independent'),
        ' ', h('strong', null, side.outlet ?? side.doc)),
      o.doc?.title ? h('a', { class: 'account-title', href: `#/document/${docId}` }, o.doc.title) : null,
      h('p', { class: 'muted' }, [o.doc?.published ? `published ${date(o.doc.published)}` : null, side.outlet ? side.doc : null]
        .filter(Boolean).join(' · '), o.doc?.url ? ' ' : null, sourceLink(o.doc?.url)),
      evidenceLink(event?.evidence, event?.evidence ? o.evidenceHref(docId, event.evidence) : null, 'Meeting sentence')),
    h('div', { class: 'account-topics' }, o.topics.map(t => topicChip(t.topic, o.labels,
      o.soloTopics.includes(t) ? 'only-here' : ''))),
    side.statements.length
      ? h('ul', { class: 'statements' }, side.statements.map(st => statementItem(st, {
        labels: o.labels,
        evidence: st.evidence ? o.evidenceHref(docId, st.evidence) : null,
        source: o.doc?.url,
        note: o.oneSided.has(statementKey(side.accountKey, st)) ? 'only in this account' : null,
      })))
      : empty(side.found ? 'This account reports no statements.' : 'The record of this account is missing.')),
  { '--c': countryColor(side.perspective) });
}

function oneSidedStatements(comparison) {
  const out = new Set();
  comparison.statements.forEach(match => {
    if (match.oneSided) {
      const [key, st] = Object.entries(match.statements)[0];
      out.add(statementKey(key, st));
    }
  });
  return out;
}

const statementKey = (accountKey, st) => `${accountKey}|${st.evidence?.start ?? ''}|${st.text}`;
