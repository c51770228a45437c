// Where what a page shows comes from: each account named as a reader knows it, each document's
// original address as a link, and each list as a file to download.
import { h } from '../dom.js';
import { url } from '../api.js';

/** An account's name: its outlet, else its document's title, else its file name; never an id. */
export function accountName({ outlet, title, doc } = {}) {
  return outlet || title || doc || 'an unnamed account';
}

/** The address if it is a web page's (http or https): anything else (javascript:, data:) is never linked. */
export function safeUrl(address) {
  if (!address) return null;
  try {
    const u = new URL(address);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A link to where a document was published, opening apart from the app; nothing when the record has no web address. */
export function sourceLink(address, label = 'Original') {
  const href = safeUrl(address);
  return href ? h('a', { class: 'source-link', href, target: '_blank', rel: 'noopener noreferrer' }, label) : null;
}

/** Links that download what a list shows as CSV and as JSON: the API's request with format set. */
export function downloads(path, params, name) {
  const link = format => h('a', { class: 'download', href: url(path, { ...params, format }), download: `${name}.${format}` },
    format.toUpperCase());
  return h('p', { class: 'downloads muted' }, 'Download ', link('csv'), ' · ', link('json'));
}
