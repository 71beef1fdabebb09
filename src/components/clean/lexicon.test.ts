import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../lexicon/tsv.js';
import { ClaimtrailError } from '../../errors.js';
import { compileBoilerplateRules, loadBoilerplateRules } from './lexicon.js';

const HEADER = 'pattern\treason\tscope\tflags\n';
const compile = (rows: string) => compileBoilerplateRules(parseLexicon('bp.tsv', HEADER + rows));

describe('compileBoilerplateRules', () => {
  it.each([
    ['a line rule is anchored', 'Advert\tadvertisement\tline\t\n', 'Advert', 'An Advert here', true],
    ['a fragment rule is not', 'Advert\tadvertisement\tfragment\t\n', 'An Advert here', 'nothing', false],
    ['the i flag', 'advert\tadvertisement\tline\ti\n', 'ADVERT', 'ADVERTS', true],
  ])('%s', (_name, rows, matching, other, anchored) => {
    const [rule] = compile(rows).rules;
    expect(rule!.regex.test(matching)).toBe(true);
    rule!.regex.lastIndex = 0;
    if (anchored) expect(rule!.regex.test(other)).toBe(false);
  });

  it.each([
    ['an unknown reason', 'x\tjunk\tline\t\n', /bp\.tsv:2: unknown reason "junk"/],
    ['an unknown scope', 'x\tother\tpage\t\n', /bp\.tsv:2: unknown scope "page"/],
    ['an unknown flag', 'x\tother\tline\tg\n', /bp\.tsv:2: unknown flags "g"/],
    ['a bad regex', '(x\tother\tline\t\n', /bp\.tsv:2: bad pattern/],
  ])('refuses %s, naming the line', (_name, rows, message) => {
    expect(() => compile(rows)).toThrow(ClaimtrailError);
    expect(() => compile(rows)).toThrow(message);
  });

  it('loads the shipped lexicon', () => {
    const { rules, digest } = loadBoilerplateRules();
    expect(rules.length).toBeGreaterThan(20);
    expect(digest).toMatch(/^[0-9a-f]{12}$/);
  });
});
