import { PLOVER_CATEGORIES, type PloverCategory } from '../../core/types.js';
import { lexiconError, readLexicon, type LexiconTable } from '../../lexicon/tsv.js';
import { join } from 'node:path';
import { LEXICON_DIR } from '../../lexicon/paths.js';

/** Where an event's actor and recipient sit around its trigger (see lexicons/plover-triggers.tsv). */
export type Frame = 'act' | 'transfer' | 'receive' | 'mutual' | 'accuse' | 'deny' | 'light' | 'judge';
const FRAMES = new Set<Frame>(['act', 'transfer', 'receive', 'mutual', 'accuse', 'deny', 'light', 'judge']);

/** One trigger row, compiled. */
export interface Trigger {
  words: string[];
  pos: 'V' | 'N' | 'A';
  category: PloverCategory;
  mode: string | null;
  frame: Frame;
  preps: string[];
}

/** The events stage's compiled lexicons. */
export interface EventLexicon {
  /** Triggers by their first word, longest phrase first. */
  byFirst: Map<string, Trigger[]>;
  /** Mode words by category, then by first word; `order` is the file order (the first listed row wins). */
  modes: Map<PloverCategory, Map<string, { words: string[]; mode: string; order: number }[]>>;
  /** Quantity phrases as word lists, longest first. */
  quantities: string[][];
  /** Speech verbs that may follow their speaker after the content ("..., X said"), from speech-verbs.tsv. */
  postposedCues: Set<string>;
  /** Claim nouns and denial or rejection verbs (denials.tsv), for appositive denials ("..., a claim X denied"). */
  claimNouns: Set<string>;
  /** State codes by lower-case demonym (gazetteer/states.tsv), for "pro-X" groups. */
  demonyms: Map<string, string>;
  denialVerbs: Set<string>;
  /** Words that call a claim false (denials.tsv `falsity`): "the accusations are unfounded". */
  falsityWords: Set<string>;
  /** Nouns of a party's will or authority (will-nouns.tsv): "against the decision of X" is not aimed at X. */
  willNouns: Set<string>;
  digests: Record<string, string>;
}

const CATEGORIES = new Set<string>(PLOVER_CATEGORIES);

/** Compile the trigger table: index rows by first word, longest first so the longest phrase wins. */
export function compileTriggers(table: LexiconTable): Map<string, Trigger[]> {
  const byFirst = new Map<string, Trigger[]>();
  for (const row of table.rows) {
    const f = row.fields;
    if (!CATEGORIES.has(f.category!)) lexiconError(table, row, `unknown category "${f.category}"`);
    if (!FRAMES.has(f.frame as Frame)) lexiconError(table, row, `unknown frame "${f.frame}"`);
    if (!['V', 'N', 'A'].includes(f.pos!)) lexiconError(table, row, `pos must be V, N or A, not "${f.pos}"`);
    const words = f.trigger!.toLowerCase().split(/\s+/);
    const t: Trigger = {
      words,
      pos: f.pos as Trigger['pos'],
      category: f.category as PloverCategory,
      mode: f.mode || null,
      frame: f.frame as Frame,
      preps: f.preps ? f.preps.split(',').map((p) => p.trim()) : [],
    };
    const list = byFirst.get(words[0]!) ?? [];
    list.push(t);
    byFirst.set(words[0]!, list);
  }
  // Stable sort keeps file order among phrases of equal length.
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

function compileModes(table: LexiconTable): EventLexicon['modes'] {
  const modes: EventLexicon['modes'] = new Map();
  table.rows.forEach((row, order) => {
    const cat = row.fields.category!;
    if (!CATEGORIES.has(cat)) lexiconError(table, row, `unknown category "${cat}"`);
    const byFirst = modes.get(cat as PloverCategory) ?? new Map();
    const words = row.fields.word!.toLowerCase().split(/\s+/);
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, mode: row.fields.mode!, order });
    byFirst.set(words[0]!, list);
    modes.set(cat as PloverCategory, byFirst);
  });
  return modes;
}

/**
 * Load the events lexicons from a folder (the shipped `lexicons/` by default).
 *
 * @example
 * const lex = loadEventLexicon();
 * lex.byFirst.get('supply')![0]!.category; // 'AID'
 */
export function loadEventLexicon(dir: string = LEXICON_DIR): EventLexicon {
  const triggers = readLexicon(join(dir, 'plover-triggers.tsv'), ['trigger', 'pos', 'category', 'frame']);
  const modes = readLexicon(join(dir, 'event-object-modes.tsv'), ['category', 'word', 'mode']);
  const quantities = readLexicon(join(dir, 'event-quantities.tsv'), ['phrase']);
  const speech = readLexicon(join(dir, 'speech-verbs.tsv'), ['cue', 'invert']);
  const states = readLexicon(join(dir, 'gazetteer', 'states.tsv'), ['code']);
  const denials = readLexicon(join(dir, 'denials.tsv'), ['pattern', 'kind']);
  const will = readLexicon(join(dir, 'will-nouns.tsv'), ['noun']);
  const denialWords = (kinds: string[]) =>
    new Set(
      denials.rows
        .filter((r) => kinds.includes(r.fields.kind ?? '') && !r.fields.pattern!.includes(' '))
        .map((r) => r.fields.pattern!.toLowerCase()),
    );
  return {
    byFirst: compileTriggers(triggers),
    modes: compileModes(modes),
    quantities: quantities.rows
      .map((r) => r.fields.phrase!.toLowerCase().split(/\s+/))
      .sort((a, b) => b.length - a.length),
    claimNouns: denialWords(['claim-noun']),
    demonyms: new Map(
      states.rows.flatMap((r) =>
        (r.fields.demonyms ?? '')
          .split('|')
          .filter(Boolean)
          .map((d) => [d.toLowerCase(), r.fields.code!] as [string, string]),
      ),
    ),
    denialVerbs: denialWords(['denial-verb', 'rejection']),
    falsityWords: denialWords(['falsity']),
    willNouns: new Set(will.rows.map((r) => r.fields.noun!.toLowerCase())),
    postposedCues: new Set(
      speech.rows.filter((r) => r.fields.invert === 'yes').map((r) => r.fields.cue!.toLowerCase()),
    ),
    digests: {
      'plover-triggers.tsv': triggers.digest,
      'event-object-modes.tsv': modes.digest,
      'event-quantities.tsv': quantities.digest,
      'speech-verbs.tsv': speech.digest,
      'denials.tsv': denials.digest,
      'will-nouns.tsv': will.digest,
      'gazetteer/states.tsv': states.digest,
    },
  };
}

let shipped: EventLexicon | null = null;

/** The shipped lexicons, read once per process. */
export function shippedEventLexicon(): EventLexicon {
  shipped ??= loadEventLexicon();
  return shipped;
}
