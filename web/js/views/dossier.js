import { getJson } from '../api.js';
import { statementsChart, trailByMonth } from '../chart.js';
import { externalLink, h } from '../dom.js';
import {
  actorLinks,
  formatDate,
  holderLabel,
  plural,
  polarityBadge,
  propositionTitle,
  statusBadge,
} from '../format.js';
import { links } from '../router.js';

/** One proposition: status and why, a chart over time, and the trail of who said what. */
export async function dossierView({ id }) {
  const { proposition: p, trail } = await getJson(`/api/propositions/${encodeURIComponent(id)}`);
  const title = propositionTitle(p);
  const node = h(
    'article',
    { class: 'dossier' },
    h(
      'p',
      { class: 'crumbs' },
      h('a', { href: links.overview() }, 'Ledger'),
      ' / proposition ',
      String(p.id),
    ),
    h('h1', { tabindex: '-1' }, title),
    h(
      'section',
      { class: `status-box status-edge-${p.status}`, 'aria-label': 'Status' },
      h('p', {}, statusBadge(p.status), ' ', h('span', { class: 'status-note' }, p.statusNote)),
      p.notes.length
        ? h(
            'ul',
            { class: 'notes' },
            p.notes.map((note) => h('li', {}, note)),
          )
        : null,
    ),
    facts(p),
    h(
      'section',
      { 'aria-labelledby': 'chart-heading' },
      h('h2', { id: 'chart-heading' }, 'Statements over time'),
      statementsChart(trailByMonth(trail), [
        { key: 'asserted', label: 'asserted' },
        { key: 'denied', label: 'denied' },
      ]),
    ),
    h(
      'section',
      { 'aria-labelledby': 'trail-heading' },
      h(
        'h2',
        { id: 'trail-heading' },
        'Trail ',
        h('span', { class: 'muted' }, `(${plural(trail.length, 'statement')})`),
      ),
      timeline(trail),
    ),
  );
  return { title, node };
}

function facts(p) {
  const row = (term, ...value) => [h('dt', {}, term), h('dd', {}, ...value)];
  return h(
    'dl',
    { class: 'facts' },
    row('Category', p.category, p.mode ? ` (${p.mode})` : ''),
    row('Actor', actorLinks(p.actor)),
    row('Recipient', actorLinks(p.recipient)),
    row('Object', p.object ?? p.objectClass ?? '—'),
    row('Statements', `${plural(p.assertedCount, 'assertion')}, ${plural(p.deniedCount, 'denial')}`),
    row('Seen', formatDate(p.firstSeen), ' – ', formatDate(p.lastSeen)),
  );
}

function timeline(trail) {
  if (!trail.length) return h('p', { class: 'empty' }, 'No statements recorded.');
  const sorted = [...trail].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id - b.id);
  return h('ol', { class: 'timeline' }, sorted.map(entry));
}

function entry(e) {
  const article = e.article;
  const hl = `${e.evidence.start}-${e.evidence.end}`;
  return h(
    'li',
    { class: `trail-entry polarity-${e.polarity}` },
    h(
      'p',
      { class: 'trail-head' },
      formatDate(e.date),
      ' ',
      h('strong', {}, holderLabel(e.holder)),
      ' ',
      polarityBadge(e.polarity),
      e.certainty !== 'certain' ? h('span', { class: 'badge certainty' }, e.certainty) : null,
      e.time ? h('span', { class: 'muted' }, ` · ${e.time}`) : null,
    ),
    h('blockquote', { class: 'evidence' }, e.evidence.text),
    h(
      'p',
      { class: 'trail-source' },
      h('a', { href: links.article(e.articleId, { hl }) }, article?.title ?? e.articleId),
      article?.source ? ` — ${article.source}` : '',
      ' ',
      externalLink(article?.url, 'original ↗'),
    ),
    e.duplicateOf
      ? h(
          'p',
          { class: 'muted' },
          'Repeats article ',
          h('a', { href: links.article(e.duplicateOf) }, e.duplicateOf),
          '; not counted twice.',
        )
      : null,
  );
}
