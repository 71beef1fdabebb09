import { getJson } from '../api.js';
import { h } from '../dom.js';
import { markedSnippet, plural } from '../format.js';
import { links } from '../router.js';

/** Full-text search across articles and quotes. */
export async function searchView({ params }) {
  const q = (params.get('q') ?? '').trim();
  const page = q ? await getJson('/api/search', { q, limit: 50 }) : null;
  const node = h(
    'section',
    { class: 'search' },
    h('h1', { tabindex: '-1' }, 'Search'),
    h(
      'form',
      { role: 'search', class: 'search-form', on: { submit: submitSearch } },
      h('label', { for: 'search-q' }, 'Words to find in articles and quotes'),
      h(
        'div',
        { class: 'search-row' },
        h('input', { id: 'search-q', name: 'q', type: 'search', value: q, required: true, maxlength: 300 }),
        h('button', { type: 'submit' }, 'Search'),
      ),
    ),
    page ? results(q, page) : null,
  );
  return { title: q ? `Search: ${q}` : 'Search', node };
}

function submitSearch(event) {
  event.preventDefault();
  const q = String(new FormData(event.target).get('q') ?? '').trim();
  if (q) location.hash = links.search(q);
}

function results(q, page) {
  if (!page.items.length) return h('p', { class: 'empty', role: 'status' }, `Nothing found for “${q}”.`);
  return [
    h('p', { role: 'status' }, `${plural(page.total, 'result')} for “${q}”`),
    h(
      'ol',
      { class: 'cards' },
      page.items.map((hit) =>
        h(
          'li',
          { class: 'card' },
          h('p', { class: 'meta' }, h('span', { class: `badge kind-${hit.kind}` }, hit.kind)),
          h(
            'h2',
            {},
            h(
              'a',
              { href: links.article(hit.articleId, { quote: hit.quoteIndex }) },
              hit.title ?? hit.articleId,
            ),
          ),
          hit.kind === 'quote'
            ? h('blockquote', { class: 'evidence' }, markedSnippet(hit.snippet))
            : h('p', { class: 'snippet' }, markedSnippet(hit.snippet)),
        ),
      ),
    ),
  ];
}
