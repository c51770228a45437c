// Talks to /api. Errors come back as problem JSON (RFC 9457): its title and detail are what
// the user gets to read.

export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || 'Request failed');
    this.title = problem.title || 'Error';
    this.status = problem.status;
    this.detail = problem.detail || '';
  }
}

/** path plus the params that have a value; arrays repeat the parameter. */
export function url(path, params = {}) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of [].concat(value)) if (v != null && v !== '') q.append(key, v);
  }
  const qs = q.toString();
  return qs ? `${path}?${qs}` : path;
}

export async function get(path, params) {
  return read(await send(url(path, params), { headers: { Accept: 'application/json' } }));
}

export async function postText(path, text) {
  return read(await send(path, {
    method: 'POST', body: text,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', Accept: 'application/json' },
  }));
}

async function send(path, init) {
  try {
    return await fetch(path, init);
  } catch (e) {
    throw new ApiError({ title: 'The server cannot be reached', detail: e.message });
  }
}

async function read(res) {
  const type = res.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await res.json().catch(() => null) : null;
  if (!res.ok) {
    throw new ApiError(body ?? { title: res.statusText || 'Error', status: res.status, detail: `HTTP ${res.status}` });
  }
  return body;
}

// Reference data, fetched once per page load.
let taxonomy;
export function topics() {
  taxonomy ??= get('/api/taxonomy').then(t => new Map(t.topics.map(x => [x.id, x.label])))
    .catch(() => new Map());
  return taxonomy;
}

const countries = new Map();
export function countryName(code) {
  if (!code || code === 'BOTH') return Promise.resolve(code === 'BOTH' ? 'Both sides' : '');
  if (!countries.has(code)) {
    countries.set(code, get(`/api/countries/${encodeURIComponent(code)}`).then(c => c.name).catch(() => code));
  }
  return countries.get(code);
}

/** Names of several countries, as a Map code -> name. */
export async function countryNames(codes) {
  const unique = [...new Set(codes.filter(Boolean))];
  const names = await Promise.all(unique.map(countryName));
  return new Map(unique.map((c, i) => [c, names[i]]));
}
