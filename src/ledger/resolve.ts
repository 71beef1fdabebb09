import { classesFit, shippedClassHierarchy, type ClassHierarchy } from './class-hierarchy.js';
import type { PropositionFacets } from './key.js';

/** A stored proposition with the same base key (category, actors, recipients) as an event. */
export interface LinkCandidate {
  id: number;
  mode: string | null;
  objectClass: string | null;
}

export type LinkDecision =
  | { kind: 'join'; id: number; refine: { mode: string | null; objectClass: string | null } | null }
  | { kind: 'new' };

const fits = (a: string | null, b: string | null): boolean => a === null || b === null || a === b;

/**
 * Decide which proposition an event belongs to, among those with its category, actors and
 * recipients. Articles often leave the mode or object unsaid ("X sent weapons" / "X denied
 * helping Y"), or name it more broadly ("never supplied weapons" against "shipped drones"), so an
 * unknown or broader facet should not split a proposition:
 * 1. a candidate with the same mode and object class is joined;
 * 2. else, when exactly one candidate agrees on every facet both sides know, it is joined;
 *    if it is the only candidate and the event knows a facet it lacks, it takes the event's value
 *    (`refine`), so the order in which articles arrive does not matter in the common case;
 * 3. else (no candidate, or an unknown facet that fits several) a new proposition is made.
 *
 * @example
 * resolveProposition({ ...facets, objectClass: null }, [{ id: 4, mode: 'military', objectClass: 'ammunition' }]);
 * // { kind: 'join', id: 4, refine: null }
 */
export function resolveProposition(
  event: PropositionFacets,
  candidates: LinkCandidate[],
  classes: ClassHierarchy = shippedClassHierarchy(),
): LinkDecision {
  const exact = candidates.find((c) => c.mode === event.mode && c.objectClass === event.objectClass);
  if (exact) return { kind: 'join', id: exact.id, refine: null };
  const fitting = candidates.filter(
    (c) => fits(c.mode, event.mode) && classesFit(c.objectClass, event.objectClass, classes),
  );
  const only = fitting[0];
  if (fitting.length !== 1 || !only) return { kind: 'new' };
  const mode = only.mode ?? event.mode;
  const objectClass = only.objectClass ?? event.objectClass;
  const changes = mode !== only.mode || objectClass !== only.objectClass;
  return {
    kind: 'join',
    id: only.id,
    refine: changes && candidates.length === 1 ? { mode, objectClass } : null,
  };
}

/** A stored proposition with an event's category and actors, whatever its recipients. */
export interface RecipientCandidate {
  recipient: string[];
  mode: string | null;
  objectClass: string | null;
}

/**
 * The recipients an event with a guessed recipient is linked under: when the propositions with the
 * event's category and actors that fit its mode and object class state exactly one recipient set,
 * that set (other articles name whom the act was aimed at; the article only guessed), else null
 * (the event keeps its guess). A guess must not split a proposition off, nor pick between two.
 *
 * @example
 * statedRecipient({ ...facets, recipient: ['VOS'] }, [{ recipient: ['KEL'], mode: null, objectClass: null }]);
 * // ['KEL']
 */
export function statedRecipient(
  event: PropositionFacets,
  candidates: RecipientCandidate[],
  classes: ClassHierarchy = shippedClassHierarchy(),
): string[] | null {
  const sets = new Set(
    candidates
      .filter(
        (c) =>
          c.recipient.length > 0 &&
          fits(c.mode, event.mode) &&
          classesFit(c.objectClass, event.objectClass, classes),
      )
      .map((c) => c.recipient.join(',')),
  );
  const [only] = sets;
  return sets.size === 1 && only !== undefined ? only.split(',') : null;
}
