// Full-text search with filters; matched words marked in the snippets.
import { h, empty, marked, setVars, errorBox } from '../dom.js';
import { get, topics } from '../api.js';
import { KINDS, countryColor, kindBadge } from '../format.js';
import { downloads, sourceLink } from './sources.js';

const FILTERS = ['q', 'type', 'country', 'kind', 'topic', 'since', 'until'];
const PAGE = 20;

export async function search(_, query) {
  const labels = await topics();
  const params = Object.fromEntries(FILTERS.map(f => [f, query.get(f) ?? '']));
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const results = h('div', { class: 'results' });
  const node = h('div', { class: 'search' },
    h('header', { class: 'page-head' }, h('h1', null, 'Search')),
    form(params, labels), results);
  let title = 'Search';
  if (params.q) {
    title = `“${params.q}”`;
    try {
      const asked = { ...params, limit: PAGE, offset };
      const page = await get('/api/search', asked);
      results.append(hitList(page, params, offset), page.items.length ? downloads('/api/search', asked, 'search') : null);
    } catch (e) {
      results.append(errorBox(e));
    }
  } else {
    results.append(empty('Type words to look for in the readouts and their statements. Quotes find a phrase; AND, OR and NOT combine words.'));
  }
  return { title, node };
}

function form(params, labels) {
  const field = (label, control) => h('label', { class: 'field' }, h('span', null, label), control);
  const select = (name, options, any) => h('select', { name },
    h('option', { value: '' }, any), options.map(([v, text]) => h('option', { value: v, selected: params[name] === v }, text)));
  return h('form', { class: 'search-form', role: 'search', onsubmit: submit },
    h('div', { class: 'search-box' },
      h('input', { type: 'search', name: 'q', value: params.q, required: true, 'aria-label': 'Search', class: 'search-input', placeholder: 'Search…' }),
      h('button', { type: 'submit', class: 'primary' }, 'Search')),
    h('div', { class: 'filters' },
      field('Type', select('type', [['statement', 'Statements'], ['document', 'Documents']], 'Anything')),
      field('Country', h('input', { name: 'country', value: params.country, placeholder: 'e.g. VNM or Vietnam', size: 12 })),
      field('Kind', select('kind', Object.entries(KINDS), 'Any kind')),
      field('Topic', select('topic', [...labels.entries()], 'Any topic')),
      field('From', h('input', { type: 'date', name: 'since', value: params.since })),
      field('To', h('input', { type: 'date', name: 'until', value: params.until }))));
}

function submit(e) {
  e.preventDefault();
  const data = new FormData(e.currentTarget);
  const q = new URLSearchParams();
  FILTERS.forEach(f => { const v = String(data.get(f) ?? '').trim(); if (v) q.set(f, v); });
  location.hash = `#/search?${q}`;
}

function hitList(page, params, offset) {
  if (!page.items.length) return empty(offset ? 'No more results.' : 'Nothing matches. Try fewer words or fewer filters.');
  const more = (delta, text) => {
    const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v));
    q.set('offset', String(offset + delta));
    return h('a', { class: 'button', href: `#/search?${q}` }, text);
  };
  return h('div', null,
    h('p', { class: 'muted' }, `Results ${offset + 1}–${offset + page.items.length} of ${page.total}`),
    h('ol', { class: 'hits', start: offset + 1 }, page.items.map(hit)),
    h('nav', { class: 'pager' }, offset > 0 ? more(-Math.min(offset, PAGE), '← Previous') : null, page.next ? more(PAGE, 'Next →') : null));
}

// Each hit comes with its document, statement and meeting, so the list needs no request of its own.
function hit(item) {
  const st = item.statement;
  const doc = item.document;
  const docHref = st ? `#/document/${item.documentId}?statement=${item.statementIndex}` : `#/document/${item.documentId}`;
  const href = st && st.evidence && item.meetingId
    ? `#/meeting/${item.meetingId}/evidence/${item.documentId}/${st.evidence.start}/${st.evidence.end}` : docHref;
  return h('li', { class: 'hit', 'data-doc': item.documentId, 'data-statement': st ? item.statementIndex : null },
    h('div', { class: 'hit-head' },
      h('span', { class: 'badge' }, st ? 'Statement' : 'Document'),
      h('a', { class: 'hit-title', href }, doc?.title || item.doc),
      st ? setVars(h('span', { class: 'speaker' }, st.speaker === 'both' ? 'Both sides' : st.speaker), { '--c': countryColor(st.country) }) : null,
      st ? kindBadge(st.kind) : null,
      h('span', { class: 'muted' }, [doc?.outlet, doc?.published].filter(Boolean).join(' · ')),
      href !== docHref ? h('a', { class: 'hit-doc', href: docHref }, 'Full text') : null,
      sourceLink(doc?.url)),
    h('p', { class: 'snippet' }, marked(item.snippet)));
}
