// The original text with one stretch highlighted: the evidence of a fact, one click away.
import { h } from '../dom.js';

/** The text as text nodes, [start, end) in a <mark> (UTF-16 offsets: JS string indices). */
export function textWithMark(text, start, end) {
  const ok = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start && end <= text.length;
  if (!ok) return h('div', { class: 'doc-text' }, text);
  return h('div', { class: 'doc-text' },
    text.slice(0, start),
    h('mark', { class: 'evidence', id: 'evidence-mark', tabindex: '-1' }, text.slice(start, end)),
    text.slice(end));
}

/** Brings the highlighted stretch into view within its scrolling box. */
export function revealMark(root) {
  const mark = root.querySelector('mark.evidence');
  if (mark) requestAnimationFrame(() => mark.scrollIntoView({ block: 'center' }));
}

/**
 * A modal panel over the page with the document text and the evidence marked.
 * onClose runs once when it is closed (Esc, the button or a click outside).
 */
export function openEvidence({ heading, meta, text, start, end, onClose }) {
  document.querySelectorAll('dialog.evidence-panel').forEach(d => d.remove());
  const body = h('div', { class: 'panel-body' }, textWithMark(text, start, end));
  const dialog = h('dialog', { class: 'evidence-panel', 'aria-label': 'Evidence in the original text' },
    h('header', { class: 'panel-head' },
      h('div', null, h('h2', null, heading || 'Original text'), meta ? h('p', { class: 'muted' }, meta) : null),
      h('button', { type: 'button', class: 'close', 'aria-label': 'Close', onclick: () => dialog.close() }, '×')),
    body);
  dialog.addEventListener('click', e => { if (e.target === dialog) dialog.close(); });
  dialog.addEventListener('close', () => { dialog.remove(); onClose?.(); }, { once: true });
  document.body.append(dialog);
  dialog.showModal();
  revealMark(body);
  return dialog;
}
