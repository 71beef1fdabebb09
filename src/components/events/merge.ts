import type { Draft } from './draft.js';

function keyOf(d: Draft): string {
  const holder = d.holder.country || d.holder.name ? `${d.holder.country ?? ''}/${d.holder.name ?? ''}` : '-';
  return [
    d.category,
    [...d.actor].sort().join('+'),
    [...d.recipient].sort().join('+'),
    holder,
    d.polarity,
  ].join('|');
}

/**
 * One row per proposition (category, actor, recipient), holder and polarity: a repeat keeps the
 * first row, takes a mode or object the first lacked, and the higher confidence.
 *
 * @example
 * mergeRepeats([a, aAgain]).length; // 1
 */
export function mergeRepeats(drafts: Draft[]): Draft[] {
  const byKey = new Map<string, Draft>();
  for (const d of drafts) {
    const k = keyOf(d);
    const first = byKey.get(k);
    if (!first) {
      byKey.set(k, { ...d });
      continue;
    }
    first.mode ??= d.mode;
    first.object ??= d.object;
    first.objectClass ??= d.objectClass;
    first.quantity ??= d.quantity;
    first.confidence = Math.max(first.confidence, d.confidence);
    // A recipient stated by one of the rows is stated.
    if (!d.recipientGuessed) delete first.recipientGuessed;
  }
  return withoutStateOnlyHolders(withoutPartialRows([...byKey.values()]));
}

/**
 * "Serbia denied it" next to "the Serbian Defence Ministry denied it": a row held by a state alone
 * gives way to the same row held by a named body or person of that state.
 */
function withoutStateOnlyHolders(rows: Draft[]): Draft[] {
  const named = new Set(
    rows
      .filter((d) => d.holder.country && d.holder.name)
      .map((d) => keyOf({ ...d, holder: { ...d.holder, name: null } })),
  );
  return rows.filter((d) => !d.holder.country || d.holder.name || !named.has(keyOf(d)));
}

/**
 * "X vowed to keep supporting Y" reads the promise twice, once without its recipient; "X committed
 * abuses, including killings, in Y" reads the killings without their actor. A row missing a party is
 * dropped when its sentence holds the same act, holder and polarity with that party and the same other one.
 */
function withoutPartialRows(rows: Draft[]): Draft[] {
  const full = rows.filter((d) => d.recipient.length && d.actor.length);
  const noRecipient = new Set(full.map((d) => `${d.sentence}|${keyOf({ ...d, recipient: [] })}`));
  const noActor = new Set(full.map((d) => `${d.sentence}|${keyOf({ ...d, actor: [] })}`));
  return rows.filter((d) => {
    if (d.actor.length && !d.recipient.length) return !noRecipient.has(`${d.sentence}|${keyOf(d)}`);
    if (!d.actor.length && d.recipient.length) return !noActor.has(`${d.sentence}|${keyOf(d)}`);
    return true;
  });
}
