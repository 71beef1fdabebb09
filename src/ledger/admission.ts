import type { StatementTally } from './counting.js';

/** Where a proposition's actors stand on it, from its counted statements. */
export interface ActorStance {
  /** Actor codes that assert the proposition themselves. */
  admittedBy: string[];
  /** Actor codes that deny it. */
  deniedBy: string[];
}

/**
 * Which of the actors assert and which deny a proposition.
 *
 * @example
 * actorStance(['PRK'], [{ country: 'PRK', polarity: 'denied', count: 1 }]); // { admittedBy: [], deniedBy: ['PRK'] }
 */
export function actorStance(actor: string[], tallies: StatementTally[]): ActorStance {
  const by = (polarity: string): string[] =>
    [
      ...new Set(
        tallies
          .filter((t) => t.polarity === polarity && t.count > 0 && t.country && actor.includes(t.country))
          .map((t) => t.country as string),
      ),
    ].sort();
  return { admittedBy: by('asserted'), deniedBy: by('denied') };
}

/** A proposition of the same family (category and recipients) and its actors' stance. */
export interface FamilyMember extends ActorStance {
  id: number;
  actor: string[];
  mode: string | null;
  objectClass: string | null;
}

/** The note added to a proposition its actor denies while admitting a related one. */
export const PARTIALLY_ADMITTED = 'partially admitted';

/**
 * Partial admission: an actor denies this proposition but asserts another of the same category
 * and recipients (North Korea denies sending shells to Russia but says it sent food). Returns
 * the explanation, or null when there is none.
 *
 * @example
 * partialAdmission(member, family); // 'PRK admits a related statement (food)'
 */
export function partialAdmission(member: FamilyMember, family: FamilyMember[]): string | null {
  return partialAdmissions(family).get(member.id) ?? null;
}

/**
 * `partialAdmission` for every member of a family at once, in one pass over it (families of
 * busy recipients hold hundreds of propositions). Members without a note are absent.
 *
 * @example
 * partialAdmissions([shells, food]); // Map { 1 => 'PRK admits a related statement (food)' }
 */
export function partialAdmissions(family: FamilyMember[]): Map<number, string> {
  const admitting = new Map<string, FamilyMember[]>();
  for (const m of family) {
    for (const code of m.admittedBy) {
      if (m.actor.includes(code)) admitting.set(code, [...(admitting.get(code) ?? []), m]);
    }
  }
  const notes = new Map<number, string>();
  for (const m of family) {
    for (const code of m.deniedBy) {
      const related = admitting.get(code)?.find((r) => r.id !== m.id);
      if (!related) continue;
      const what = [related.mode, related.objectClass].filter(Boolean).join(', ');
      notes.set(m.id, `${code} admits a related statement${what ? ` (${what})` : ''}`);
      break;
    }
  }
  return notes;
}
