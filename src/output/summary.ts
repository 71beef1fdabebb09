import type { Proposition, TrailEntry } from '../ledger/types.js';
import type { Store } from '../store/store.js';

/** The ledger as readable text: each proposition, its status, and who asserted or denied it with the quote. */
export async function ledgerSummary(
  store: Store,
  opts: { limit?: number; quoteChars?: number } = {},
): Promise<string> {
  const page = await store.listPropositions({ sort: 'contested-first', limit: opts.limit ?? 50 });
  const lines: string[] = [
    `${page.total} propositions in the ledger${page.total > page.items.length ? ` (showing ${page.items.length})` : ''}`,
    '',
  ];
  for (const p of page.items) {
    lines.push(propositionLine(p));
    lines.push(`    ${p.statusNote}`);
    for (const t of await store.getTrail(p.id)) lines.push(`    ${trailLine(t, opts.quoteChars ?? 160)}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** `#3 [contested] AID/military PRK -> RUS (ammunition: artillery shells)` */
export function propositionLine(p: Proposition): string {
  const mode = p.mode ? `/${p.mode}` : '';
  const actors = p.actor.length ? p.actor.join('+') : '(unnamed)';
  const recipients = p.recipient.length ? ` -> ${p.recipient.join('+')}` : '';
  const object =
    p.object || p.objectClass ? ` (${[p.objectClass, p.object].filter(Boolean).join(': ')})` : '';
  const notes = p.notes.length ? ` [${p.notes.join(', ')}]` : '';
  return `#${p.id} [${p.status}] ${p.category}${mode} ${actors}${recipients}${object}${notes}`;
}

/** `2022-11-08 DENIED  by PRK (unnamed) in dev-1, certain: “We have never ...”` */
export function trailLine(t: TrailEntry, quoteChars: number): string {
  const who = t.holder.name
    ? `${t.holder.name}${t.holder.country ? ` (${t.holder.country})` : ''}`
    : (t.holder.country ?? "the article's own voice");
  const verb = t.polarity === 'denied' ? 'DENIED  ' : 'ASSERTED';
  const dup = t.duplicateOf ? ` (copy of ${t.duplicateOf})` : '';
  const text = t.evidence.text.replace(/\s+/g, ' ');
  const quote = text.length > quoteChars ? `${text.slice(0, quoteChars - 1)}…` : text;
  return `${t.date ?? '????-??-??'} ${verb} by ${who} in ${t.articleId}${dup}, ${t.certainty}: “${quote}”`;
}
