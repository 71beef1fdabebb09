import { lexiconError, readLexicon, type LexiconTable } from '../lexicon/tsv.js';
import { lexiconPath } from '../lexicon/paths.js';

/** Object classes compiled from `lexicons/object-classes.tsv`: patterns as folded word lists. */
export interface ObjectClasses {
  patterns: { cls: string; words: string[]; order: number }[];
  digest: string;
}

/**
 * Fold a word for matching: lower case, and a plural `s`/`ies` taken off so that one form of a
 * pattern serves both ("shells" = "shell"). Short words ("gas") and `-ss/-us/-is` endings stay.
 */
function foldWord(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word) || !word.endsWith('s')) return word;
  return word.slice(0, -1);
}

/** Split a phrase into folded words; hyphenated words stay whole ("f-16", "dual-use"). */
export function foldPhrase(phrase: string): string[] {
  return (phrase.toLowerCase().match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? []).map(foldWord);
}

/** Compile a parsed object-class table (columns `class`, `pattern`). */
export function compileObjectClasses(table: LexiconTable): ObjectClasses {
  const patterns = table.rows.map((row, order) => {
    const words = foldPhrase(row.fields.pattern ?? '');
    if (words.length === 0) lexiconError(table, row, 'pattern has no words');
    return { cls: row.fields.class ?? '', words, order };
  });
  return { patterns, digest: table.digest };
}

let shipped: ObjectClasses | null = null;

/** The shipped object classes, read once. */
export function shippedObjectClasses(): ObjectClasses {
  shipped ??= compileObjectClasses(readLexicon(lexiconPath('object-classes.tsv'), ['class', 'pattern']));
  return shipped;
}

function occursIn(words: string[], pattern: string[]): boolean {
  for (let i = 0; i + pattern.length <= words.length; i++) {
    if (pattern.every((w, k) => words[i + k] === w)) return true;
  }
  return false;
}

/**
 * The object class of an object phrase, or null when no pattern occurs in it. The pattern
 * with the most words wins, so "loitering munitions" is drones rather than ammunition.
 *
 * @example
 * objectClassOf('hundreds of artillery shells'); // 'ammunition'
 * objectClassOf('Iranian-made loitering munitions'); // 'drones'
 */
export function objectClassOf(
  phrase: string | null,
  classes: ObjectClasses = shippedObjectClasses(),
): string | null {
  if (!phrase) return null;
  const words = foldPhrase(phrase);
  let best: ObjectClasses['patterns'][number] | null = null;
  for (const p of classes.patterns) {
    if (best && p.words.length <= best.words.length) continue;
    if (occursIn(words, p.words)) best = p;
  }
  return best?.cls ?? null;
}
