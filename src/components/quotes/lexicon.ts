import { lexiconError, readLexicon, type LexiconTable } from '../../lexicon/tsv.js';
import { join } from 'node:path';
import { LEXICON_DIR } from '../../lexicon/paths.js';

export type CueFrame = 'say' | 'tell' | 'accuse' | 'deny' | 'according';
export type SpeakerWordClass =
  | 'pronoun-person'
  | 'pronoun-thing'
  | 'pronoun-group'
  | 'pronoun-self'
  | 'title'
  | 'person'
  | 'organization'
  | 'time';

/** How a speech cue behaves: its frame, whether it may precede its speaker, whether it reports clauses. */
export interface CueSpec {
  frame: CueFrame;
  invert: boolean;
  indirect: boolean;
}

/** The compiled quote lexicons: cue lemmas and speaker words (a word may have several classes). */
export interface QuoteLexicon {
  cues: Map<string, CueSpec>;
  words: Map<string, Set<SpeakerWordClass>>;
  digests: Record<string, string>;
}

const FRAMES = new Set<CueFrame>(['say', 'tell', 'accuse', 'deny', 'according']);
const CLASSES = new Set<SpeakerWordClass>([
  'pronoun-person',
  'pronoun-thing',
  'pronoun-group',
  'pronoun-self',
  'title',
  'person',
  'organization',
  'time',
]);
const cache = new Map<string, QuoteLexicon>();

/**
 * Load and check `speech-verbs.tsv` and `speaker-words.tsv` from a lexicon folder (once per folder).
 *
 * @example
 * loadQuoteLexicon().cues.get('say'); // { frame: 'say', invert: true, indirect: true }
 */
export function loadQuoteLexicon(dir: string = LEXICON_DIR): QuoteLexicon {
  const hit = cache.get(dir);
  if (hit) return hit;
  const verbs = readLexicon(join(dir, 'speech-verbs.tsv'), ['cue', 'frame', 'invert', 'indirect']);
  const words = readLexicon(join(dir, 'speaker-words.tsv'), ['word', 'class']);
  const lex = compileQuoteLexicon(verbs, words);
  cache.set(dir, lex);
  return lex;
}

/**
 * Compile parsed lexicon tables (exposed so tests can feed their own rows); bad rows throw
 * E_LEXICON with file and line.
 *
 * @example
 * compileQuoteLexicon(verbsTable, wordsTable).cues.get('tell')?.frame; // 'tell'
 */
export function compileQuoteLexicon(verbs: LexiconTable, words: LexiconTable): QuoteLexicon {
  const cues = new Map<string, CueSpec>();
  for (const row of verbs.rows) {
    const f = row.fields;
    if (!FRAMES.has(f.frame as CueFrame)) lexiconError(verbs, row, `unknown frame "${f.frame}"`);
    for (const col of ['invert', 'indirect']) {
      if (f[col] !== 'yes' && f[col] !== 'no') lexiconError(verbs, row, `${col} must be yes or no`);
    }
    cues.set(f.cue!.toLowerCase(), {
      frame: f.frame as CueFrame,
      invert: f.invert === 'yes',
      indirect: f.indirect === 'yes',
    });
  }
  const classes = new Map<string, Set<SpeakerWordClass>>();
  for (const row of words.rows) {
    const c = row.fields.class as SpeakerWordClass;
    if (!CLASSES.has(c)) lexiconError(words, row, `unknown class "${c}"`);
    const w = row.fields.word!.toLowerCase();
    if (!classes.has(w)) classes.set(w, new Set());
    classes.get(w)!.add(c);
  }
  return {
    cues,
    words: classes,
    digests: { 'speech-verbs.tsv': verbs.digest, 'speaker-words.tsv': words.digest },
  };
}

/**
 * True when `word` (lower case) has class `c`.
 *
 * @example
 * isWord(lex, 'official', 'person'); // true
 */
export function isWord(lex: QuoteLexicon, word: string, c: SpeakerWordClass): boolean {
  return lex.words.get(word)?.has(c) ?? false;
}
