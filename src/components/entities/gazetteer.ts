import type { MentionKind } from '../../core/types.js';
import { wink } from '../language/wink.js';
import type { EntityLexiconData, GazetteerEntry, RoleTitle } from './lexicons.js';
import { TokenTrie, normaliseKey } from './trie.js';

/**
 * How a token of an alias must be written in the text: any case; with a capital first letter;
 * all capitals (two-letter abbreviations: "US" but not "us"); not all lower-case ("Nato" for NATO).
 */
export const enum CaseRule {
  Any = 0,
  Capital = 1,
  Upper = 2,
  NotLower = 3,
}

/** One written form of a gazetteer entry, compiled for matching. */
export interface AliasValue {
  entry: GazetteerEntry;
  kind: MentionKind;
  rules: CaseRule[];
}

/** The compiled lexicons: tries over lower-cased tokens plus the cue tables. */
export interface CompiledLexicons {
  aliases: TokenTrie<AliasValue>;
  roles: TokenTrie<RoleTitle>;
  institutions: TokenTrie<'organization' | 'country'>;
  /** Titles of kind `leader` (roles.tsv): one holder per state at a time. */
  leaderTitles: Set<string>;
  data: EntityLexiconData;
}

/**
 * Compile the lexicons once: aliases are tokenised with the same wink-nlp tokenizer as articles,
 * so "al-Qaeda" and "Israel's" split exactly as they do in text.
 *
 * @example
 * const lex = compileLexicons(readEntityLexicons('lexicons'));
 * lex.aliases.matchesAt(['north', 'korea'], 0, 2)[0].values[0].entry.code; // 'PRK'
 */
export function compileLexicons(data: EntityLexiconData): CompiledLexicons {
  const aliasList = data.entries.flatMap((entry) => entry.aliases.map((a) => ({ entry, ...a })));
  const aliasTokens = tokenizeAll(aliasList.map((a) => a.text));
  const aliases = new TokenTrie<AliasValue>();
  aliasList.forEach((a, i) => {
    const toks = aliasTokens[i]!;
    aliases.insert(
      toks.map((t) => normaliseKey(t.toLowerCase())),
      { entry: a.entry, kind: a.kind, rules: toks.map(caseRuleOf) },
    );
  });
  const roles = new TokenTrie<RoleTitle>();
  const roleTokens = tokenizeAll(data.roles.map((r) => r.title));
  data.roles.forEach((r, i) =>
    roles.insert(
      roleTokens[i]!.map((t) => normaliseKey(t.toLowerCase())),
      r,
    ),
  );
  const institutions = new TokenTrie<'organization' | 'country'>();
  const instTokens = tokenizeAll(data.institutions.map((r) => r.phrase));
  data.institutions.forEach((r, i) =>
    institutions.insert(
      instTokens[i]!.map((t) => normaliseKey(t.toLowerCase())),
      r.as,
    ),
  );
  const leaderTitles = new Set(data.roles.filter((r) => r.kind === 'leader').map((r) => r.title));
  return { aliases, roles, institutions, leaderTitles, data };
}

/** Tokenise many short strings with one wink call: they are joined with a separator token. */
function tokenizeAll(texts: readonly string[]): string[][] {
  if (texts.length === 0) return [];
  const SEP = '\u00b6';
  const values = wink()
    .readDoc(texts.join(` ${SEP} `))
    .tokens()
    .out() as string[];
  const out: string[][] = [[]];
  for (const v of values) {
    if (v === SEP) out.push([]);
    else out[out.length - 1]!.push(v);
  }
  return out;
}

function caseRuleOf(token: string): CaseRule {
  const letters = token.replace(/[^\p{L}]/gu, '');
  if (letters === '' || letters === letters.toLowerCase()) return CaseRule.Any;
  if (letters === letters.toUpperCase() && letters.length > 1)
    return letters.length <= 2 ? CaseRule.Upper : CaseRule.NotLower;
  return letters.length === 1 ? CaseRule.Upper : CaseRule.Capital;
}

/** Whether a text token written as `surface` satisfies `rule`. */
export function caseAllows(rule: CaseRule, surface: string): boolean {
  if (rule === CaseRule.Any) return true;
  const first = firstLetter(surface);
  if (first === '' || first === first.toLowerCase()) return false;
  if (rule === CaseRule.Upper) return surface === surface.toUpperCase();
  return true;
}

function firstLetter(s: string): string {
  for (const ch of s) if (ch.toLowerCase() !== ch.toUpperCase()) return ch;
  return '';
}
