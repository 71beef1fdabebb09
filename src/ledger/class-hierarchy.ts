import { lexiconPath } from '../lexicon/paths.js';
import { lexiconError, readLexicon, type LexiconTable } from '../lexicon/tsv.js';

/** Narrower class -> the broader class that covers it (`lexicons/object-class-broader.tsv`). */
export interface ClassHierarchy {
  broaderOf: Map<string, string>;
  digest: string;
}

/** Compile a parsed hierarchy table (columns `class`, `broader`); a class may have one broader class. */
export function compileClassHierarchy(table: LexiconTable): ClassHierarchy {
  const broaderOf = new Map<string, string>();
  for (const row of table.rows) {
    const cls = row.fields.class!;
    if (broaderOf.has(cls)) lexiconError(table, row, `class "${cls}" already has a broader class`);
    broaderOf.set(cls, row.fields.broader!);
  }
  return { broaderOf, digest: table.digest };
}

let shipped: ClassHierarchy | null = null;

/** The shipped hierarchy, read once. */
export function shippedClassHierarchy(): ClassHierarchy {
  shipped ??= compileClassHierarchy(
    readLexicon(lexiconPath('object-class-broader.tsv'), ['class', 'broader']),
  );
  return shipped;
}

/**
 * Whether two object classes can name the same proposition's object: equal, one unknown, or one
 * the broader class of the other.
 *
 * @example
 * classesFit('drones', 'weapons', shippedClassHierarchy()); // true
 * classesFit('drones', 'ammunition', shippedClassHierarchy()); // false
 */
export function classesFit(a: string | null, b: string | null, h: ClassHierarchy): boolean {
  return a === null || b === null || a === b || h.broaderOf.get(a) === b || h.broaderOf.get(b) === a;
}
