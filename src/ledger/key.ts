import type { ClaimEvent, PloverCategory } from '../core/types.js';
import type { PropositionKey } from './types.js';
import { objectClassOf, type ObjectClasses } from './object-classes.js';

/** The parts of a proposition's identity, normalised (codes upper case, sets sorted, no repeats). */
export interface PropositionFacets {
  category: PloverCategory;
  mode: string | null;
  actor: string[];
  recipient: string[];
  objectClass: string | null;
}

const NONE = '-';

function codeSet(codes: string[]): string[] {
  return [...new Set(codes.map((c) => c.trim().toUpperCase()).filter(Boolean))].sort();
}

/**
 * The facets of an event's proposition. The object class is the event's own when the events
 * stage set one, else looked up from the object phrase.
 *
 * @example
 * facetsOf(event); // { category: 'AID', mode: 'military', actor: ['PRK'], recipient: ['RUS'], objectClass: 'ammunition' }
 */
export function facetsOf(
  event: Pick<ClaimEvent, 'category' | 'mode' | 'actor' | 'recipient' | 'object' | 'objectClass'>,
  classes?: ObjectClasses,
): PropositionFacets {
  return {
    category: event.category,
    mode: event.mode?.trim().toLowerCase() || null,
    actor: codeSet(event.actor),
    recipient: codeSet(event.recipient),
    objectClass: event.objectClass ?? objectClassOf(event.object, classes),
  };
}

const list = (codes: string[]): string => (codes.length ? codes.join(',') : NONE);

/**
 * The key of a proposition: category, mode, actor set, recipient set, object class.
 *
 * @example
 * propositionKey({ category: 'AID', mode: 'military', actor: ['PRK'], recipient: ['RUS'], objectClass: 'ammunition' });
 * // 'AID|military|PRK|RUS|ammunition'
 */
export function propositionKey(facets: PropositionFacets): PropositionKey {
  return [
    facets.category,
    facets.mode ?? NONE,
    list(facets.actor),
    list(facets.recipient),
    facets.objectClass ?? NONE,
  ].join('|');
}

/**
 * The key without mode and object class: propositions sharing it are candidates for linking an
 * event whose mode or object class is unknown (see `resolveProposition`).
 *
 * @example
 * baseKey(facets); // 'AID|PRK|RUS'
 */
export function baseKey(facets: Pick<PropositionFacets, 'category' | 'actor' | 'recipient'>): string {
  return [facets.category, list(facets.actor), list(facets.recipient)].join('|');
}

/**
 * Category and recipients: the family within which an actor's admission of one proposition and
 * denial of another make a partial admission.
 *
 * @example
 * familyKey(facets); // 'AID|RUS'
 */
export function familyKey(facets: Pick<PropositionFacets, 'category' | 'recipient'>): string {
  return [facets.category, list(facets.recipient)].join('|');
}

/**
 * Read a key back into facets.
 *
 * @example
 * parseKey('ASSAULT|destroy|-|RUS|-'); // { category: 'ASSAULT', mode: 'destroy', actor: [], recipient: ['RUS'], objectClass: null }
 */
export function parseKey(key: PropositionKey): PropositionFacets {
  const [category, mode, actor, recipient, objectClass] = key.split('|');
  const nullable = (s: string | undefined): string | null => (!s || s === NONE ? null : s);
  const codes = (s: string | undefined): string[] => (!s || s === NONE ? [] : s.split(','));
  return {
    category: category as PloverCategory,
    mode: nullable(mode),
    actor: codes(actor),
    recipient: codes(recipient),
    objectClass: nullable(objectClass),
  };
}
