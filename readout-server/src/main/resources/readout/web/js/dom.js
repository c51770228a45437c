// Builds DOM nodes. Text always goes in as text nodes: nothing here parses HTML, so a readout
// containing "<script>" shows as those characters.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** h('a', {href, class, text, onclick, data-x}, ...children): strings become text nodes. */
export function h(tag, props, ...children) {
  return fill(document.createElement(tag), props, children);
}

/** Like h, for SVG elements. */
export function s(tag, props, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), props, children);
}

function fill(el, props, children) {
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value == null || value === false) continue;
    if (key === 'class') el.setAttribute('class', value);
    else if (key === 'text') el.textContent = value;
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'vars') setVars(el, value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  el.append(...nodes(children));
  return el;
}

/** CSS custom properties through the CSSOM, which the CSP allows (style attributes it does not). */
export function setVars(el, vars) {
  for (const [name, value] of Object.entries(vars)) el.style.setProperty(name, value);
  return el;
}

function nodes(children) {
  return children.flat(Infinity).filter(c => c != null && c !== false)
    .map(c => (c instanceof Node ? c : document.createTextNode(String(c))));
}

/** Replaces the children of el. */
export function replace(el, ...children) {
  el.replaceChildren(...nodes(children));
  return el;
}

/** A search snippet: text between [[ and ]] in <mark>, all of it as text nodes. */
export function marked(snippet) {
  const out = document.createDocumentFragment();
  const parts = String(snippet ?? '').split(/\[\[|\]\]/);
  parts.forEach((part, i) => {
    if (!part) return;
    out.append(i % 2 === 1 ? h('mark', null, part) : document.createTextNode(part));
  });
  return out;
}

export const loading = (what = 'Loading') => h('p', { class: 'loading', role: 'status' }, `${what}…`);
export const empty = message => h('p', { class: 'empty' }, message);

/** A problem from the API (or any failure) as the user reads it. */
export function errorBox(e) {
  return h('div', { class: 'error', role: 'alert' },
    h('strong', null, e.title || 'Something went wrong'),
    e.detail || e.message ? h('p', null, e.detail || e.message) : null);
}
