// A person: the offices the texts gave them over time, their meetings, their statements by topic.
import { h, replace, empty, loading, setVars } from '../dom.js';
import { get, topics, countryNames } from '../api.js';
import { countryChip, span, plural, date } from '../format.js';
import { meetingList } from './meetinglist.js';
import { statementItem } from './statement.js';

export async function actor([id]) {
  const [profile, meetings, labels] = await Promise.all([
    get(`/api/actors/${encodeURIComponent(id)}`),
    get('/api/meetings', { actor: id, limit: 100 }),
    topics(),
  ]);
  const a = profile.actor;
  const names = await countryNames([a.country]);
  const statements = h('div');
  const node = h('div', { class: 'actor' },
    h('header', { class: 'page-head' },
      h('p', { class: 'eyebrow' }, 'Person'),
      h('h1', null, a.name, ' ', a.country ? countryChip(a.country, names.get(a.country)) : null),
      h('p', { class: 'muted' }, [names.get(a.country), plural(profile.meetings, 'meeting'), plural(profile.statements, 'statement'),
        span(profile.firstSeen, profile.lastSeen)].filter(Boolean).join(' · ')),
      a.spellings?.length > 1 ? h('p', { class: 'muted' }, 'Also written: ', a.spellings.filter(x => x !== a.name).join(', ')) : null),
    h('section', { class: 'block' }, h('h2', null, 'Offices'), offices(profile)),
    h('section', { class: 'block' }, h('h2', null, 'Meetings'),
      meetings.items.length ? meetingList(meetings.items) : empty('No meetings.')),
    h('section', { class: 'block' }, h('h2', null, 'Statements by topic'),
      topicBars(profile.topics ?? [], labels, topic => loadStatements(statements, id, topic, labels)), statements));
  return { title: a.name, node, mounted: () => loadStatements(statements, id, null, labels) };
}

/** Each office as a bar over the span of the person's dated appearances. */
function offices(profile) {
  if (!profile.offices.length) return empty('No office recorded.');
  const t = d => (d ? Date.parse(d) : NaN);
  const from = t(profile.firstSeen), to = t(profile.lastSeen);
  const pct = d => (to > from ? ((t(d) - from) / (to - from)) * 100 : 0);
  return h('ul', { class: 'offices' }, profile.offices.map(o => {
    const bar = h('span', { class: 'office-bar' });
    if (o.firstSeen && to > from) setVars(bar, { '--from': `${pct(o.firstSeen)}%`, '--to': `${pct(o.lastSeen ?? o.firstSeen)}%` });
    return h('li', { class: 'office' },
      h('span', { class: 'office-role' }, o.role),
      h('span', { class: 'office-when muted' }, `${span(o.firstSeen, o.lastSeen)} · ${plural(o.mentions, 'mention')}`),
      h('span', { class: 'office-track' }, bar));
  }));
}

function topicBars(counts, labels, pick) {
  if (!counts.length) return empty('No statements with topics.');
  const max = Math.max(...counts.map(c => c.count));
  const buttons = counts.map(c => setVars(h('button', {
    type: 'button', class: 'topic-bar', 'data-topic': c.topic,
    onclick: e => {
      const on = !e.currentTarget.classList.contains('active');
      buttons.forEach(b => b.classList.remove('active'));
      e.currentTarget.classList.toggle('active', on);
      pick(on ? c.topic : null);
    },
  }, h('span', { class: 'topic-bar-label' }, labels.get(c.topic) ?? c.topic), h('span', { class: 'topic-bar-n' }, String(c.count))),
  { '--w': `${(c.count / max) * 100}%` }));
  return h('div', { class: 'topic-bars' }, buttons);
}

async function loadStatements(holder, id, topic, labels) {
  replace(holder, loading('Loading statements'));
  const page = await get('/api/statements', { actor: id, topic, limit: 100 });
  replace(holder, h('h3', { class: 'sub' }, topic ? labels.get(topic) ?? topic : 'All statements', ` (${page.items.length}${page.next ? '+' : ''})`),
    page.items.length ? h('ul', { class: 'statements' }, page.items.map(ref => statementItem(ref.statement, {
      labels,
      evidence: `#/document/${ref.documentId}?statement=${ref.statementIndex}`,
      meta: h('span', { class: 'muted' }, date(ref.date)),
    }))) : empty('No statements.'));
}
