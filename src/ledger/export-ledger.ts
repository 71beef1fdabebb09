import type { Polarity } from '../core/types.js';
import type { Proposition, TrailEntry } from './types.js';

/** The ledger shape the story scorer reads (shared eval README, section 3). */
export interface EvalLedger {
  propositions: {
    id: string;
    category: string;
    actor: string[];
    recipient: string[];
    status: string;
    trail: { article: string; holder: { name: string | null; country: string | null }; polarity: Polarity }[];
  }[];
}

/**
 * Shape propositions and their trails as the evaluation ledger. Entries of near-duplicate
 * copies stay in the trail: they are statements those articles make, only not counted twice.
 *
 * @example
 * toEvalLedger([{ proposition, trail }]);
 * // { propositions: [{ id: 'p12', category: 'AID', actor: ['PRK'], recipient: ['RUS'], status: 'contested', trail: [...] }] }
 */
export function toEvalLedger(items: { proposition: Proposition; trail: TrailEntry[] }[]): EvalLedger {
  return {
    propositions: items.map(({ proposition: p, trail }) => ({
      id: `p${p.id}`,
      category: p.category,
      actor: p.actor,
      recipient: p.recipient,
      status: p.status,
      trail: oneEntryPerHolder(trail).map((t) => ({
        article: t.articleId,
        holder: { name: t.holder.name, country: t.holder.country },
        polarity: t.polarity,
      })),
    })),
  };
}

/**
 * One entry per article, holder country and polarity: the evaluation format counts a holder by its
 * country, so "the presidential office denies" and its adviser's denial in one article are one statement.
 * The first entry with a named holder stands for them.
 */
function oneEntryPerHolder(trail: TrailEntry[]): TrailEntry[] {
  const byKey = new Map<string, TrailEntry>();
  for (const t of trail) {
    const key = `${t.articleId}|${t.holder.country ?? '-'}|${t.polarity}`;
    const seen = byKey.get(key);
    if (!seen || (!seen.holder.name && t.holder.name)) byKey.set(key, t);
  }
  const kept = new Set(byKey.values());
  return trail.filter((t) => kept.has(t));
}
