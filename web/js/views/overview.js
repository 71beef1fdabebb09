import { getJson } from '../api.js';
import { h } from '../dom.js';
import {
  CATEGORY_VERBS,
  STATUSES,
  STATUS_HELP,
  actorLinks,
  formatDate,
  plural,
  propositionTitle,
  statusBadge,
} from '../format.js';
import { links } from '../router.js';

const FILTERS = ['actor', 'recipient', 'category', 'status', 'since', 'until', 'sort'];
const PAGE_SIZE = 25;
const SORTS = {
  'contested-first': 'Contested first',
  newest: 'Newest first',
  oldest: 'Oldest first',
  'most-statements': 'Most statements',
};

/** The ledger: propositions with filters, counts per status, contested and newest first. */
export async function overviewView({ params }) {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? '']));
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const page = await getJson('/api/propositions', { ...filters, limit: PAGE_SIZE, offset });
  const node = h(
    'section',
    { class: 'overview' },
    h('h1', { tabindex: '-1' }, 'Ledger'),
    h('p', { class: 'lede' }, 'Who claims what, who denies it, and how that changed over time.'),
    filterForm(filters),
    statusCounts(page.counts, filters),
    results(page),
    pager(page, filters),
  );
  return { title: 'Ledger', node };
}

function filterForm(filters) {
  const field = (name, label, control) =>
    h('div', { class: 'field' }, h('label', { for: `filter-${name}` }, label), control);
  const input = (name, type, extra = {}) =>
    h('input', { id: `filter-${name}`, name, type, value: filters[name], ...extra });
  const select = (name, options, anyLabel) =>
    h(
      'select',
      { id: `filter-${name}`, name },
      anyLabel ? h('option', { value: '' }, anyLabel) : null,
      Object.entries(options).map(([value, label]) =>
        h('option', { value, selected: filters[name] === value }, label),
      ),
    );

  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Filter propositions', on: { submit: applyFilters } },
    field(
      'actor',
      'Actor',
      input('actor', 'text', { placeholder: 'e.g. OST', autocomplete: 'off', maxlength: 64 }),
    ),
    field(
      'recipient',
      'Recipient',
      input('recipient', 'text', { placeholder: 'e.g. KST', autocomplete: 'off', maxlength: 64 }),
    ),
    field(
      'category',
      'Category',
      select('category', Object.fromEntries(Object.keys(CATEGORY_VERBS).map((c) => [c, c])), 'Any category'),
    ),
    field(
      'status',
      'Status',
      select('status', Object.fromEntries(STATUSES.map((s) => [s, s])), 'Any status'),
    ),
    field('since', 'Said since', input('since', 'date')),
    field('until', 'Said until', input('until', 'date')),
    field('sort', 'Order', select('sort', SORTS, null)),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', id: 'filter-apply' }, 'Apply filters'),
      h('a', { href: links.overview(), class: 'button secondary', id: 'filter-reset' }, 'Clear'),
    ),
  );
  return form;
}

function applyFilters(event) {
  event.preventDefault();
  const data = new FormData(event.target);
  const params = Object.fromEntries(FILTERS.map((name) => [name, String(data.get(name) ?? '').trim()]));
  if (params.sort === 'contested-first') params.sort = '';
  location.hash = links.overview(params);
}

function statusCounts(counts, filters) {
  const total = STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  const item = (status, label, count) => {
    const current = filters.status === status;
    return h(
      'li',
      {},
      h(
        'a',
        {
          href: links.overview({ ...filters, status }),
          class: 'count-link',
          'aria-current': current ? 'true' : null,
          title: STATUS_HELP[status] ?? null,
        },
        status ? statusBadge(status) : h('span', { class: 'badge' }, label),
        h('span', { class: 'count' }, String(count)),
      ),
    );
  };
  return h(
    'nav',
    { class: 'status-counts', 'aria-label': 'Propositions per status' },
    h(
      'ul',
      {},
      item('', 'all', total),
      STATUSES.map((s) => item(s, s, counts[s] ?? 0)),
    ),
  );
}

function results(page) {
  if (!page.items.length) return h('p', { class: 'empty' }, 'No propositions match these filters.');
  return h(
    'ol',
    { class: 'cards', 'aria-label': 'Propositions' },
    page.items.map((p) =>
      h(
        'li',
        { class: 'card' },
        h('h2', {}, h('a', { href: links.proposition(p.id) }, propositionTitle(p))),
        h(
          'p',
          { class: 'meta' },
          statusBadge(p.status),
          ' ',
          h('span', {}, `${plural(p.assertedCount, 'assertion')}, ${plural(p.deniedCount, 'denial')}`),
          ' · ',
          h('span', {}, 'first ', formatDate(p.firstSeen), ', last ', formatDate(p.lastSeen)),
        ),
        h(
          'p',
          { class: 'meta' },
          'Actor: ',
          actorLinks(p.actor),
          ' · Recipient: ',
          actorLinks(p.recipient),
          ' · ',
          p.category,
        ),
        h('p', { class: 'note' }, p.statusNote),
      ),
    ),
  );
}

function pager(page, filters) {
  const { offset, limit, total } = page;
  if (total <= limit) return h('p', { class: 'muted' }, plural(total, 'proposition'));
  const prev =
    offset > 0
      ? h(
          'a',
          { href: links.overview({ ...filters, offset: Math.max(0, offset - limit) || '' }), rel: 'prev' },
          '← Previous',
        )
      : null;
  const next =
    offset + limit < total
      ? h('a', { href: links.overview({ ...filters, offset: offset + limit }), rel: 'next' }, 'Next →')
      : null;
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Pages' },
    prev,
    h('span', {}, `${offset + 1}–${Math.min(total, offset + limit)} of ${total}`),
    next,
  );
}
