import type { PloverCategory } from '../core/types.js';
import type { PropositionStatus } from './types.js';
import { tallyStatements, type CountableEntry, type StatementTally } from './counting.js';

/** What the status rules need to know about a proposition. */
export interface StatusSubject {
  category: PloverCategory;
  actor: string[];
  recipient: string[];
}

export interface StatusVerdict {
  status: PropositionStatus;
  /** One line saying why. */
  note: string;
}

/**
 * Acts that take two willing sides: when the recipient says it happened, a party to the act
 * admits it. For the other categories the recipient asserting is an accusation, not an admission.
 */
const TWO_SIDED: ReadonlySet<PloverCategory> = new Set(['AGREE', 'CONSULT', 'COOPERATE', 'AID']);

/** The codes whose assertion is an admission: the actors, plus the recipients of a two-sided act. */
export function partiesOf(subject: StatusSubject): Set<string> {
  return new Set(TWO_SIDED.has(subject.category) ? [...subject.actor, ...subject.recipient] : subject.actor);
}

function holders(tallies: StatementTally[]): string {
  const names = [...new Set(tallies.map((t) => t.country ?? 'the article itself'))];
  return names.join(', ');
}

/**
 * The status of a proposition from its counted statements:
 * - `denied`: only denials;
 * - `contested`: asserted by some holders and denied by others;
 * - `confirmed`: denied by no one and admitted by a party (an actor, or the recipient of a
 *   two-sided act such as AID), or, when no actor is named, asserted by holders of two or more
 *   countries: an act without a named perpetrator accuses no one who could deny it;
 * - `alleged`: otherwise (asserted, denied by no one).
 *
 * @example
 * deriveStatus({ category: 'AID', actor: ['PRK'], recipient: ['RUS'] },
 *   [{ country: 'USA', polarity: 'asserted', count: 2 }, { country: 'PRK', polarity: 'denied', count: 1 }]);
 * // { status: 'contested', note: 'asserted by USA; denied by PRK' }
 */
export function deriveStatus(subject: StatusSubject, tallies: StatementTally[]): StatusVerdict {
  const asserted = tallies.filter((t) => t.polarity === 'asserted' && t.count > 0);
  const denied = tallies.filter((t) => t.polarity === 'denied' && t.count > 0);
  if (asserted.length === 0) {
    return denied.length
      ? { status: 'denied', note: `denied by ${holders(denied)}; asserted by no one` }
      : { status: 'alleged', note: 'no counted statements' };
  }
  if (denied.length)
    return { status: 'contested', note: `asserted by ${holders(asserted)}; denied by ${holders(denied)}` };
  const parties = partiesOf(subject);
  const admitting = asserted.filter((t) => t.country !== null && parties.has(t.country));
  if (admitting.length) {
    return {
      status: 'confirmed',
      note: `admitted by ${holders(admitting)} (a party to it); denied by no one`,
    };
  }
  const countries = new Set(asserted.flatMap((t) => (t.country ? [t.country] : [])));
  if (subject.actor.length === 0 && countries.size >= 2) {
    return {
      status: 'confirmed',
      note: `asserted by ${holders(asserted)}, no actor named; denied by no one`,
    };
  }
  return { status: 'alleged', note: `asserted by ${holders(asserted)}; denied by no one` };
}

/**
 * The status straight from trail entries (near-duplicate copies counted once).
 *
 * @example
 * statusOfTrail(subject, trail).status; // 'contested'
 */
export function statusOfTrail(subject: StatusSubject, entries: CountableEntry[]): StatusVerdict {
  return deriveStatus(subject, tallyStatements(entries));
}
