import { join } from 'node:path';
import { LEXICON_DIR } from '../../lexicon/paths.js';
import { lexiconError, readLexicon, type LexiconRow, type LexiconTable } from '../../lexicon/tsv.js';

/** The matchers compiled from `date-cues.tsv`, with its digest for provenance. */
export interface DateCues {
  /** Global: every date-like word or figure of a text (windows around them go to chrono). */
  hint: RegExp;
  /** A sentence in the past tense. */
  pastTense: RegExp;
  /** The whole text of a chrono result that is a bare weekday ("Tuesday", "on Tuesday"). */
  bareWeekday: RegExp;
  digest: string;
}

export const DATE_CUES_FILE = 'date-cues.tsv';

type CueKind = 'weekday' | 'month' | 'date-format' | 'relative' | 'past-tense' | 'past-tense-ending';

const WORDS = /^[a-z]+(?: [a-z]+)*$/;
const ENDING = /^[a-z]+$/;
const cache = new Map<string, DateCues>();

/**
 * Load and compile `date-cues.tsv` from a lexicon folder (once per folder).
 *
 * @example
 * loadDateCues().hint.test('on Tuesday'); // true
 */
export function loadDateCues(dir: string = LEXICON_DIR): DateCues {
  const hit = cache.get(dir);
  if (hit) return hit;
  const cues = compileDateCues(readLexicon(join(dir, DATE_CUES_FILE), ['cue', 'kind']));
  cache.set(dir, cues);
  return cues;
}

/**
 * Compile a parsed date-cue table; an unknown kind, a malformed word or a bad pattern names its line.
 * The matchers are ASCII and case-insensitive (no `u` flag), as chrono-node reads English dates.
 *
 * @example
 * compileDateCues(parseLexicon('x.tsv', 'cue\tkind\nmonday\tweekday\n')).bareWeekday.test('on Monday'); // true
 */
export function compileDateCues(table: LexiconTable): DateCues {
  const cues: Record<CueKind, string[]> = {
    weekday: [],
    month: [],
    'date-format': [],
    relative: [],
    'past-tense': [],
    'past-tense-ending': [],
  };
  for (const row of table.rows) {
    const { cue, kind } = row.fields as { cue: string; kind: string };
    if (!Object.hasOwn(cues, kind)) lexiconError(table, row, `unknown kind "${kind}"`);
    cues[kind as CueKind].push(checkedCue(table, row, cue, kind as CueKind));
  }
  // Words are letters and spaces (checked above), so they go into the patterns as they are.
  const hint = [
    group(cues.weekday, '\\b'),
    group(cues.month, '[a-z]*\\.?\\s+\\d'),
    group(cues['date-format'], '\\b'),
    group(cues.relative, '\\b'),
  ];
  const pastTense = group(
    [...cues['past-tense'], ...cues['past-tense-ending'].map((e) => `\\w+${e}`)],
    '\\b',
  );
  return {
    hint: new RegExp(anyOf(hint), 'gi'),
    pastTense: new RegExp(anyOf([pastTense]), 'i'),
    // chrono's result text keeps the preposition of "on Tuesday".
    bareWeekday: new RegExp(`^(?:on\\s+)?(?:${anyOf(cues.weekday)})$`, 'i'),
    digest: table.digest,
  };
}

function checkedCue(table: LexiconTable, row: LexiconRow, cue: string, kind: CueKind): string {
  if (kind === 'date-format') {
    let regex: RegExp;
    try {
      regex = new RegExp(cue);
    } catch (e) {
      lexiconError(table, row, `bad pattern: ${(e as Error).message}`);
    }
    if (regex.test('')) lexiconError(table, row, `pattern matches the empty string`);
    return cue;
  }
  const shape = kind === 'past-tense-ending' ? ENDING : WORDS;
  if (!shape.test(cue))
    lexiconError(
      table,
      row,
      `malformed ${kind} "${cue}" (lower-case ASCII letters, one space between words)`,
    );
  return cue;
}

/** `\b(?:a|b)tail`, or null for no alternatives (an empty group would match everywhere). */
function group(alternatives: string[], tail: string): string | null {
  return alternatives.length ? `\\b(?:${alternatives.join('|')})${tail}` : null;
}

/** The alternation of the present patterns; one that never matches when there are none. */
function anyOf(patterns: (string | null)[]): string {
  return patterns.filter((p): p is string => p !== null).join('|') || '(?!)';
}
