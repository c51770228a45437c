// A person: the offices the texts gave them over time, their meetings, their statements by topic.
import { h, replace, empty, loading, setVars } from '../dom.js';
import { get, topics, countryNames } from '../api.js';
import { countryChip, span, plural, date } from '../format.js';
import { meetingList } from './meetinglist.js';
import { statementItem } from './statement.js';
import { downloads } from './sources.js';

const PAGE = 20;

export async function actor([id]) {
  const meetingQuery = { actor: id, limit: 100 };
  const [profile, meetings, labels] = await Promise.all([
    get(`/api/actors/${encodeURIComponent(id)}`),
    get('/api/meetings', meetingQuery),
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
      meetings.items.length ? [meetingList(meetings.items), downloads('/api/meetings', meetingQuery, 'meetings')] : empty('No meetings.')),
    h('section', { class: 'block' }, h('h2', null, 'Statements by topic'),
      topicBars(profile.topics ?? [], labels, topic => loadStatements(statements, id, topic, labels, 0)), statements));
  return { title: a.name, node, mounted: () => loadStatements(statements, id, null, labels, 0) };
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

/** One page of the person's statements (on a topic, or all), with buttons to the pages before and after. */
async function loadStatements(holder, id, topic, labels, offset) {
  replace(holder, loading('Loading statements'));
  const query = { actor: id, topic, limit: PAGE, offset };
  const page = await get('/api/statements', query);
  const go = to => () => loadStatements(holder, id, topic, labels, to).then(() => holder.querySelector('h3')?.scrollIntoView());
  const shown = page.items.length ? `${offset + 1}–${offset + page.items.length} of ${page.total}` : '0';
  replace(holder, h('h3', { class: 'sub' }, topic ? labels.get(topic) ?? topic : 'All statements', ` (${shown})`),
    page.items.length ? h('ul', { class: 'statements' }, page.items.map(ref => statementItem(ref.statement, {
      labels,
      evidence: `#/document/${ref.documentId}?statement=${ref.statementIndex}`,
      meta: h('span', { class: 'muted' }, date(ref.date)),
      source: ref.url,
    }))) : empty('No statements.'),
    offset > 0 || page.next ? h('nav', { class: 'pager', 'aria-label': 'Statement pages' },
      offset > 0 ? h('button', { type: 'button', class: 'pager-previous', onclick: go(Math.max(0, offset - PAGE)) }, '← Previous') : null,
      page.next ? h('button', { type: 'button', class: 'pager-next', onclick: go(offset + PAGE) }, 'Next →') : null) : null,
    page.items.length ? downloads('/api/statements', query, 'statements') : null);
}
