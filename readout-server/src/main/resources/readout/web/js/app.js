// Hash router: #/ home, #/pair/A/B, #/meeting/ID[/evidence/DOC/START/END], #/actor/ID,
// #/search?q=..., #/document/ID[?statement=N|start=..&end=..], #/try.
import { h, replace, loading, errorBox } from './dom.js';
import { home } from './views/home.js';
import { pair } from './views/pair.js';
import { meeting } from './views/meeting.js';
import { actor } from './views/actor.js';
import { search } from './views/search.js';
import { documentView } from './views/document.js';
import { tryIt } from './views/try.js';

const ROUTES = [
  { re: /^\/?$/, view: home, key: () => 'home' },
  { re: /^\/pair\/([^/]+)\/([^/]+)$/, view: pair },
  { re: /^\/meeting\/([^/]+)(?:\/evidence\/([^/]+)\/(\d+)\/(\d+))?$/, view: meeting, key: m => `meeting/${m[1]}` },
  { re: /^\/actor\/([^/]+)$/, view: actor },
  { re: /^\/search$/, view: search },
  { re: /^\/document\/([^/]+)$/, view: documentView, key: m => `document/${m[1]}` },
  { re: /^\/try$/, view: tryIt, key: () => 'try' },
];

const main = document.getElementById('main');
let current = { key: null, page: null };
let navigation = 0;

function parse(hash) {
  const raw = hash.replace(/^#/, '') || '/';
  const [path, qs = ''] = raw.split('?');
  return { path, query: new URLSearchParams(qs) };
}

async function route() {
  const { path, query } = parse(location.hash);
  const found = ROUTES.map(r => ({ r, m: path.match(r.re) })).find(x => x.m);
  const ticket = ++navigation;
  markNav(path);
  if (!found) return show(ticket, { title: 'Not found', node: notFound(path) });
  const params = found.m.slice(1).map(p => (p == null ? p : decodeURIComponent(p)));
  const key = found.r.key ? found.r.key(found.m) : null;
  if (key && key === current.key && current.page?.update) {
    return current.page.update(params, query);
  }
  document.querySelectorAll('dialog').forEach(d => d.remove());
  replace(main, loading());
  try {
    const page = await found.r.view(params, query);
    if (ticket === navigation) show(ticket, page, key);
  } catch (e) {
    if (ticket === navigation) show(ticket, { title: 'Error', node: errorBox(e) });
  }
}

function show(ticket, page, key = null) {
  current = { key, page };
  document.title = page.title ? `${page.title} · Readout` : 'Readout';
  replace(main, page.node);
  window.scrollTo(0, 0);
  page.mounted?.();
  main.focus({ preventScroll: true });
}

function notFound(path) {
  return h('section', null, h('h1', null, 'Page not found'),
    h('p', null, 'Nothing lives at ', h('code', null, path), '. ', h('a', { href: '#/' }, 'Go home'), '.'));
}

function markNav(path) {
  document.querySelectorAll('.site-nav a').forEach(a => {
    const target = a.getAttribute('href').replace(/^#/, '');
    a.toggleAttribute('aria-current', target === '/' ? path === '/' : path.startsWith(target));
  });
}

// the skip link moves focus to the page's content; followed as a link, its #main would be a route
document.querySelector('.skip-link').addEventListener('click', e => {
  e.preventDefault();
  main.focus();
});

window.addEventListener('hashchange', route);
route();
