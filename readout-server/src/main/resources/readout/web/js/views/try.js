// "Try it": paste a readout, see the record the extractor makes of it. Nothing is stored.
import { h, replace, loading, errorBox } from '../dom.js';
import { postText, topics } from '../api.js';
import { recordView } from './record.js';
import { openEvidence } from './evidence.js';

// Invented, so that the page shows what it does without a real document.
const EXAMPLE = `HANOI, March 3 (Example News) -- Vietnamese Foreign Minister Bui Thanh Son held talks with visiting Chinese Foreign Minister Wang Yi in Hanoi on Monday.

Bui Thanh Son said Vietnam is ready to work with China to expand trade and open more border gates.

Wang Yi said China supports Vietnam in hosting regional meetings and is willing to import more Vietnamese agricultural products.

The two sides agreed to manage maritime differences and maintain peace and stability in the East Sea.`;

export async function tryIt() {
  const labels = await topics();
  const input = h('textarea', { id: 'try-text', rows: 12, placeholder: 'Paste the text of a readout here…', 'aria-label': 'Readout text' });
  const result = h('div', { class: 'try-result', 'aria-live': 'polite' });
  const run = async e => {
    e.preventDefault();
    replace(result, loading('Reading'));
    try {
      const answer = await postText('/api/extract', input.value);
      const evidence = sp => openEvidence({ heading: answer.record.title || 'Your text', text: answer.text, start: sp.start, end: sp.end });
      replace(result, h('h2', null, 'Record'), recordView(answer.record, { labels, evidence }));
      result.scrollIntoView({ block: 'start' });
    } catch (err) {
      replace(result, errorBox(err));
    }
  };
  const node = h('div', { class: 'try' },
    h('header', { class: 'page-head' },
      h('h1', null, 'Try it'),
      h('p', { class: 'lede' }, 'Paste a readout of a meeting or call; Readout finds the event, who took part, what each side said and on which topics. Nothing is stored.')),
    h('form', { class: 'try-form', onsubmit: run }, input,
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'primary', id: 'try-run' }, 'Extract'),
        h('button', { type: 'button', onclick: () => { input.value = EXAMPLE; input.focus(); } }, 'Use an example'))),
    result);
  return { title: 'Try it', node };
}
