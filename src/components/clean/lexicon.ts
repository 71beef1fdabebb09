import { join } from 'node:path';
import type { Removed } from '../../core/types.js';
import { LEXICON_DIR } from '../../lexicon/paths.js';
import { lexiconError, readLexicon, type LexiconTable } from '../../lexicon/tsv.js';

export type BoilerplateScope = 'line' | 'fragment' | 'list' | 'lead';

/** One compiled row of `boilerplate.tsv`. */
export interface BoilerplateRule {
  regex: RegExp;
  reason: Removed['reason'];
  scope: BoilerplateScope;
  /** Lexicon line, so a surprising removal can be traced to its row. */
  line: number;
}

/** The compiled boilerplate lexicon, with its digest for provenance. */
export interface BoilerplateRules {
  rules: BoilerplateRule[];
  digest: string;
}

export const BOILERPLATE_FILE = 'boilerplate.tsv';

const REASONS = new Set<Removed['reason']>([
  'syndication',
  'related-headline',
  'related-list',
  'newsletter',
  'advertisement',
  'caption',
  'credit',
  'byline',
  'dateline',
  'navigation',
  'other',
]);
const SCOPES = new Set<BoilerplateScope>(['line', 'fragment', 'list', 'lead']);
const cache = new Map<string, BoilerplateRules>();

/**
 * Load and compile `boilerplate.tsv` from a lexicon folder (once per folder).
 *
 * @example
 * loadBoilerplateRules().rules.length; // about 30
 */
export function loadBoilerplateRules(dir: string = LEXICON_DIR): BoilerplateRules {
  const hit = cache.get(dir);
  if (hit) return hit;
  const rules = compileBoilerplateRules(
    readLexicon(join(dir, BOILERPLATE_FILE), ['pattern', 'reason', 'scope']),
  );
  cache.set(dir, rules);
  return rules;
}

/**
 * Compile a parsed boilerplate table; a bad regex, reason, scope or flag names its line.
 * Whole-line scopes are anchored here so the file can hold bare patterns.
 *
 * @example
 * compileBoilerplateRules(parseLexicon('x.tsv', 'pattern\treason\tscope\nAdvertisement\tadvertisement\tline\n'));
 */
export function compileBoilerplateRules(table: LexiconTable): BoilerplateRules {
  const rules = table.rows.map((row): BoilerplateRule => {
    const { pattern, reason, scope, flags = '' } = row.fields as Record<string, string>;
    if (!REASONS.has(reason as Removed['reason'])) lexiconError(table, row, `unknown reason "${reason}"`);
    if (!SCOPES.has(scope as BoilerplateScope)) lexiconError(table, row, `unknown scope "${scope}"`);
    if (!/^i?$/.test(flags)) lexiconError(table, row, `unknown flags "${flags}" (only "i")`);
    const source = scope === 'fragment' ? pattern! : `^(?:${pattern})$`;
    let regex: RegExp;
    try {
      regex = new RegExp(source, `${flags}u${scope === 'fragment' ? 'g' : ''}`);
    } catch (e) {
      lexiconError(table, row, `bad pattern: ${(e as Error).message}`);
    }
    return { regex, reason: reason as Removed['reason'], scope: scope as BoilerplateScope, line: row.line };
  });
  return { rules, digest: table.digest };
}
