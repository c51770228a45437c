// The search box: submitting goes to #/search?q=...
import { h } from '../dom.js';

export function searchBox(value = '') {
  const input = h('input', {
    type: 'search', name: 'q', value, placeholder: 'Search readouts: South China Sea, "code of conduct", Wang Yi…',
    'aria-label': 'Search', required: true, class: 'search-input',
  });
  return h('form', {
    class: 'search-box', role: 'search',
    onsubmit: e => {
      e.preventDefault();
      const q = input.value.trim();
      if (q) location.hash = `#/search?${new URLSearchParams({ q })}`;
    },
  }, input, h('button', { type: 'submit', class: 'primary' }, 'Search'));
}
