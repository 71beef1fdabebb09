import { h } from './dom.js';
import { links } from './router.js';

/** How each PLOVER category reads between actor and recipient ("VLD aids KST"). */
export const CATEGORY_VERBS = {
  AGREE: 'agrees with',
  CONSULT: 'consults',
  SUPPORT: 'supports',
  CONCEDE: 'concedes to',
  COOPERATE: 'cooperates with',
  AID: 'aids',
  RETREAT: 'retreats from',
  REQUEST: 'makes a request of',
  ACCUSE: 'accuses',
  REJECT: 'rejects',
  THREATEN: 'threatens',
  PROTEST: 'protests against',
  SANCTION: 'sanctions',
  MOBILIZE: 'mobilises against',
  COERCE: 'coerces',
  ASSAULT: 'attacks',
};

export const STATUSES = ['contested', 'alleged', 'denied', 'confirmed'];

export const STATUS_HELP = {
  contested: 'asserted by some, denied by others',
  alleged: 'asserted, not denied',
  denied: 'only denied',
  confirmed: 'admitted by the actor or asserted by both sides',
};

/** One-line reading of a proposition: "VLD aids KST: attack drones". */
export function propositionTitle(p) {
  const actor = p.actor.length ? p.actor.join(', ') : 'Someone';
  const verb = CATEGORY_VERBS[p.category] ?? p.category.toLowerCase();
  const recipient = p.recipient.length ? ` ${p.recipient.join(', ')}` : '';
  const object = p.object ?? p.objectClass;
  return `${actor} ${verb}${recipient}${object ? `: ${object}` : ''}`;
}

/** A status label that does not rely on colour alone. */
export function statusBadge(status) {
  return h('span', { class: `badge status-${status}`, title: STATUS_HELP[status] ?? '' }, status);
}

export function polarityBadge(polarity) {
  return h('span', { class: `badge polarity-${polarity}` }, polarity === 'denied' ? 'denies' : 'asserts');
}

/** Dates are shown as given (ISO); a timestamp is cut to its day. */
export function formatDate(value) {
  return value
    ? h('time', { datetime: value }, value.slice(0, 10))
    : h('span', { class: 'muted' }, 'undated');
}

/** Who holds a statement: name, country, both, or the article's own voice. */
export function holderLabel(holder) {
  if (holder.name && holder.country) return `${holder.name} (${holder.country})`;
  return holder.name ?? holder.country ?? 'the article itself';
}

/** Actor codes as links to their pages, comma-separated. */
export function actorLinks(codes) {
  if (!codes.length) return h('span', { class: 'muted' }, 'none');
  return codes.flatMap((code, i) => [i > 0 ? ', ' : null, h('a', { href: links.actor(code) }, code)]);
}

/** A plural-aware count: plural(2, 'statement') -> "2 statements". */
export function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * A search snippet as DOM: the store puts matched terms between « and », which become
 * `<mark>` elements; everything stays text.
 * @example markedSnippet('No «drone» left') // ['No ', <mark>drone</mark>, ' left']
 */
export function markedSnippet(snippet) {
  return snippet.split(/«([^»]*)»/).map((part, i) => (i % 2 === 1 ? h('mark', {}, part) : part));
}
