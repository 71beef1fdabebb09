import { getJson } from '../api.js';
import { statementsChart } from '../chart.js';
import { h } from '../dom.js';
import { formatDate, plural, propositionTitle, statusBadge } from '../format.js';
import { links } from '../router.js';

/** One actor: what it asserts, denies and is accused of, and its statements by month. */
export async function actorView({ id: code }) {
  const summary = await getJson(`/api/actors/${encodeURIComponent(code)}`);
  const title = summary.name ? `${summary.name} (${summary.code})` : summary.code;
  const node = h(
    'article',
    { class: 'actor' },
    h('p', { class: 'crumbs' }, h('a', { href: links.overview() }, 'Ledger'), ' / actor'),
    h('h1', { tabindex: '-1' }, title),
    h(
      'p',
      { class: 'meta' },
      h('a', { href: links.overview({ actor: summary.code }) }, `Propositions with ${summary.code} as actor`),
      ' · ',
      h('a', { href: links.overview({ recipient: summary.code }) }, `as recipient`),
    ),
    h(
      'section',
      { 'aria-labelledby': 'actor-chart' },
      h('h2', { id: 'actor-chart' }, 'Statements over time'),
      // Grouped, not stacked: one statement can count as both `denied` and `accused`.
      statementsChart(
        summary.timeline,
        [
          { key: 'asserted', label: 'asserted' },
          { key: 'denied', label: 'denied' },
          { key: 'accused', label: 'accused' },
          { key: 'targeted', label: 'as recipient' },
        ],
        { grouped: true },
      ),
    ),
    h(
      'div',
      { class: 'columns' },
      group('actor-asserts', 'Asserts', summary.asserts, summary.totals?.asserts),
      group('actor-denies', 'Denies', summary.denies, summary.totals?.denies),
      group('actor-accused', 'Accused of', summary.accusedOf, summary.totals?.accusedOf),
    ),
  );
  return { title, node };
}

/** One list; the store may cap it, and then says how many there are in all. */
function group(id, heading, propositions, total = propositions.length) {
  const count = total > propositions.length ? `${propositions.length} of ${total}` : String(total);
  return h(
    'section',
    { 'aria-labelledby': id },
    h('h2', { id }, heading, ' ', h('span', { class: 'muted' }, `(${count})`)),
    propositions.length
      ? h(
          'ul',
          { class: 'plain-list' },
          propositions.map((p) =>
            h(
              'li',
              {},
              h('a', { href: links.proposition(p.id) }, propositionTitle(p)),
              ' ',
              statusBadge(p.status),
              h(
                'span',
                { class: 'muted' },
                ` ${plural(p.trailCount, 'statement')}, last `,
                formatDate(p.lastSeen),
              ),
            ),
          ),
        )
      : h('p', { class: 'empty' }, 'None.'),
  );
}
