import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LEXICON_DIR } from '../../lexicon/paths.js';
import { readEntityLexicons } from './lexicons.js';
import { TokenTrie } from './trie.js';
import { caseAllows, CaseRule } from './gazetteer.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the shipped lexicons with one bad line appended to `file`. */
function withBadLine(file: string, line: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lex-'));
  dirs.push(dir);
  cpSync(LEXICON_DIR, dir, { recursive: true });
  appendFileSync(join(dir, file), `${line}\n`);
  return dir;
}

describe('entity lexicons are validated at load time', () => {
  it('the shipped lexicons load', () => {
    const data = readEntityLexicons(LEXICON_DIR);
    expect(data.entries.find((e) => e.code === 'PRK')?.name).toBe('North Korea');
    expect(Object.keys(data.digests)).toContain('gazetteer/states.tsv');
  });

  it.each([
    [
      'unknown entity type',
      'gazetteer/igos.tsv',
      'Some Body\tclub\tSB\t\t\t',
      /igos\.tsv:\d+: unknown type "club"/,
    ],
    [
      'country not a known state',
      'gazetteer/outlets.tsv',
      'Daily Planet\torganization\t\tXYZ\t\t',
      /outlets\.tsv:\d+: country "XYZ" is not in states\.tsv/,
    ],
    [
      'state code not three capitals',
      'gazetteer/states.tsv',
      'US\tNowhere\t\t\t\t\t',
      /states\.tsv:\d+: state code "US"/,
    ],
    [
      'duplicate state code',
      'gazetteer/states.tsv',
      'USA\tAgain\t\t\t\t\t',
      /states\.tsv:\d+: state code "USA" listed twice/,
    ],
    ['unknown cue kind', 'entity-cues.tsv', 'foo\tbar', /entity-cues\.tsv:\d+: unknown cue kind "bar"/],
    [
      'role with a bad governmental flag',
      'roles.tsv',
      'tsar\tleader\tmaybe\t',
      /roles\.tsv:\d+: governmental must be yes or no/,
    ],
  ])('%s', (_name, file, line, message) => {
    expect(() => readEntityLexicons(withBadLine(file, line))).toThrow(message);
  });
});

describe('TokenTrie', () => {
  const trie = new TokenTrie<string>();
  trie.insert(['north', 'korea'], 'PRK');
  trie.insert(['north'], 'N');
  trie.insert(['israel', "'s"], 'ISR-POSS');

  it.each([
    ['longest first', ['north', 'korea', 'said'], 3, ['PRK', 'N']],
    ['stops at the limit', ['north', 'korea'], 1, ['N']],
    ['curly apostrophes fold', ['israel', '\u2019s'], 2, ['ISR-POSS']],
    ['no match', ['south', 'korea'], 2, []],
  ])('%s', (_name, keys, limit, expected) => {
    expect(trie.matchesAt(keys as string[], 0, limit as number).flatMap((m) => m.values)).toEqual(expected);
  });
});

describe('case rules', () => {
  it.each([
    [CaseRule.Upper, 'US', true],
    [CaseRule.Upper, 'us', false],
    [CaseRule.Upper, 'Us', false],
    [CaseRule.NotLower, 'Nato', true],
    [CaseRule.NotLower, 'nato', false],
    [CaseRule.Capital, 'Turkey', true],
    [CaseRule.Capital, 'turkey', false],
    [CaseRule.Any, 'al', true],
  ])('rule %s allows "%s": %s', (rule, surface, expected) => {
    expect(caseAllows(rule, surface)).toBe(expected);
  });
});
