import type { Doc } from '../../core/doc.js';
import type { Entity } from '../../core/types.js';
import { entityById, mentionsIn } from './lookup.js';

/** Placeholder; filled in below. */
export function resolveReference(doc: Doc, start: number, end: number): Entity | null {
  const m = mentionsIn(doc, start, end)[0];
  return m ? (entityById(doc, m.entityId) ?? null) : null;
}
