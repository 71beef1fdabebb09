import { LEXICON_DIR } from '../../lexicon/paths.js';
import { compileLexicons, type CompiledLexicons } from './gazetteer.js';
import { readEntityLexicons } from './lexicons.js';

const cache = new Map<string, CompiledLexicons>();

/**
 * The compiled entity lexicons of a folder, read and compiled once per process.
 *
 * @example
 * loadEntityLexicons().data.digests['gazetteer/states.tsv']; // 'a1b2c3d4e5f6'
 */
export function loadEntityLexicons(dir: string = LEXICON_DIR): CompiledLexicons {
  let lex = cache.get(dir);
  if (!lex) {
    lex = compileLexicons(readEntityLexicons(dir));
    cache.set(dir, lex);
  }
  return lex;
}
