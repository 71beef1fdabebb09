/** The ledger: proposition keys, linking, status rules and exports. Pure functions, no I/O. */
export type { Proposition, PropositionKey, PropositionStatus, TrailEntry } from './types.js';
export {
  compileObjectClasses,
  foldPhrase,
  objectClassOf,
  shippedObjectClasses,
  type ObjectClasses,
} from './object-classes.js';
export { baseKey, facetsOf, familyKey, parseKey, propositionKey, type PropositionFacets } from './key.js';
export {
  resolveProposition,
  statedRecipient,
  type LinkCandidate,
  type LinkDecision,
  type RecipientCandidate,
} from './resolve.js';
export {
  classesFit,
  compileClassHierarchy,
  shippedClassHierarchy,
  type ClassHierarchy,
} from './class-hierarchy.js';
export {
  countKey,
  countedEntries,
  tallyStatements,
  type CountableEntry,
  type StatementTally,
} from './counting.js';
export { deriveStatus, partiesOf, statusOfTrail, type StatusSubject, type StatusVerdict } from './status.js';
export {
  actorStance,
  partialAdmission,
  partialAdmissions,
  PARTIALLY_ADMITTED,
  type ActorStance,
  type FamilyMember,
} from './admission.js';
export { toEvalLedger, type EvalLedger } from './export-ledger.js';
export { eventRows, toCsvLines, toJsonlLines, EVENT_COLUMNS, type EventRow } from './export-events.js';
