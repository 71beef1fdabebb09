import { getJson } from '../api.js';
import { externalLink, h } from '../dom.js';
import { formatDate, holderLabel } from '../format.js';
import { highlightedText } from '../highlight.js';
import { links } from '../router.js';

/** Highlight layers the reader can switch; removed debris is hidden until asked for. */
const LAYERS = [
  { kind: 'entity', label: 'Entities', shown: true },
  { kind: 'quote', label: 'Quotes', shown: true },
  { kind: 'event', label: 'Event triggers', shown: true },
  { kind: 'removed', label: 'Removed debris', shown: false },
];

/** One article: its clean text with entities, quotes and events marked, and what was removed. */
export async function articleView({ id, params }) {
  const record = await getJson(`/api/articles/${encodeURIComponent(id)}`);
  const focus = parseRange(params.get('hl')) ?? record.quotes[Number(params.get('quote') ?? NaN)] ?? null;
  const title = record.title ?? record.id;
  const marks = [
    ...record.entities.flatMap((e) =>
      e.mentions.map((m) => ({
        ...m,
        kind: 'entity',
        label: `${e.name} (${e.type}${e.code ? `, ${e.code}` : ''})`,
      })),
    ),
    ...record.quotes.map((q) => ({
      ...q,
      kind: 'quote',
      label: `Quote by ${q.speaker ? holderLabel(q.speaker) : 'unknown speaker'}`,
    })),
    ...record.events.map((e) => ({
      ...e.trigger,
      kind: 'event',
      label: `${e.category}: ${e.actor.join(', ')} → ${e.recipient.join(', ')} (${e.polarity})`,
    })),
    ...record.removed.map((r) => ({ ...r, kind: 'removed', label: `Removed: ${r.reason}` })),
    ...(focus ? [{ ...focus, kind: 'focus', label: 'The statement you came from' }] : []),
  ];
  const body = h(
    'div',
    {
      class: ['article-text', ...LAYERS.filter((l) => l.shown).map((l) => `show-${l.kind}`)].join(' '),
      id: 'article-text',
    },
    highlightedText(record.text, marks),
  );
  const node = h(
    'article',
    { class: 'article-view' },
    h('p', { class: 'crumbs' }, h('a', { href: links.overview() }, 'Ledger'), ' / article'),
    h('h1', { tabindex: '-1' }, title),
    h(
      'p',
      { class: 'meta' },
      record.source ?? 'Unknown source',
      ' · ',
      formatDate(record.published),
      ' ',
      externalLink(record.url, 'original ↗'),
      ' · ',
      h('code', {}, record.id),
    ),
    layerToggles(body),
    body,
    h('div', { class: 'columns' }, entityList(record), quoteList(record), eventList(record)),
    removedList(record),
  );
  const afterRender = () => document.getElementById('focus-start')?.scrollIntoView({ block: 'center' });
  return { title, node, afterRender };
}

function parseRange(value) {
  const match = /^(\d+)-(\d+)$/.exec(value ?? '');
  return match ? { start: Number(match[1]), end: Number(match[2]) } : null;
}

function layerToggles(body) {
  return h(
    'fieldset',
    { class: 'layers' },
    h('legend', {}, 'Highlight'),
    LAYERS.map(({ kind, label, shown }) =>
      h(
        'label',
        { class: `layer-toggle` },
        h('input', {
          type: 'checkbox',
          checked: shown,
          id: `layer-${kind}`,
          on: { change: (event) => body.classList.toggle(`show-${kind}`, event.target.checked) },
        }),
        h('span', { class: `swatch mark-${kind}`, 'aria-hidden': 'true' }),
        label,
      ),
    ),
  );
}

/** A link that marks a span in the text; the label names the span for screen readers. */
const jump = (record, span) =>
  h(
    'a',
    {
      href: links.article(record.id, { hl: `${span.start}-${span.end}` }),
      class: 'jump',
      'aria-label': `Show in the text: ${span.text.slice(0, 60)}`,
    },
    'show',
  );

function entityList(record) {
  return listSection('Entities', record.entities, (e) => [
    h('strong', {}, e.name),
    ` ${e.type}`,
    e.code ? [' · ', h('a', { href: links.actor(e.code) }, e.code)] : '',
    e.role ? ` · ${e.role}` : '',
    h('span', { class: 'muted' }, ` · ${e.mentions.length}×`),
  ]);
}

function quoteList(record) {
  return listSection('Quotes', record.quotes, (q) => [
    h('strong', {}, q.speaker ? holderLabel(q.speaker) : 'Unattributed'),
    q.direct ? '' : h('span', { class: 'muted' }, ' (reported)'),
    ': ',
    h('q', {}, q.text),
    ' ',
    jump(record, q),
  ]);
}

function eventList(record) {
  return listSection('Events', record.events, (e) => [
    h('strong', {}, e.category),
    ` ${e.actor.join(', ') || '?'} → ${e.recipient.join(', ') || '?'}`,
    e.object ? ` (${e.object})` : '',
    h('span', { class: `badge polarity-${e.polarity}` }, e.polarity),
    h('span', { class: 'muted' }, ` held by ${holderLabel(e.holder)}`),
    ' ',
    jump(record, e.evidence),
  ]);
}

function removedList(record) {
  return h(
    'section',
    { class: 'removed', 'aria-labelledby': 'removed-heading' },
    h('h2', { id: 'removed-heading' }, 'Removed from the text'),
    h(
      'p',
      { class: 'muted' },
      'Boilerplate taken out before analysis: syndication notes, related links, captions and the like.',
    ),
    record.removed.length
      ? h(
          'ul',
          { class: 'plain-list' },
          record.removed.map((r) =>
            h(
              'li',
              {},
              h('span', { class: 'badge' }, r.reason),
              ' ',
              h('span', { class: 'removed-text' }, r.text),
            ),
          ),
        )
      : h('p', { class: 'empty' }, 'Nothing was removed.'),
  );
}

function listSection(heading, items, render) {
  const id = `list-${heading.toLowerCase()}`;
  return h(
    'section',
    { 'aria-labelledby': id },
    h('h2', { id }, heading, ' ', h('span', { class: 'muted' }, `(${items.length})`)),
    items.length
      ? h(
          'ul',
          { class: 'plain-list' },
          items.map((item) => h('li', {}, render(item))),
        )
      : h('p', { class: 'empty' }, 'None.'),
  );
}
