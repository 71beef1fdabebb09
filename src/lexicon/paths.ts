import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The shipped `lexicons/` folder (works from `src/` under vitest and from `dist/`). */
export const LEXICON_DIR = fileURLToPath(new URL('../../lexicons/', import.meta.url));

/** Path of one shipped lexicon file. */
export function lexiconPath(name: string): string {
  return join(LEXICON_DIR, name);
}
