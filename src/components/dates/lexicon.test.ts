import { appendFileSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimtrailError } from '../../errors.js';
import { lexiconPath } from '../../lexicon/paths.js';
import { parseLexicon } from '../../lexicon/tsv.js';
import { makeDoc } from '../../core/test-helpers/make-doc.js';
import { findDates } from './dates.js';
import { dates } from './index.js';
import { compileDateCues, DATE_CUES_FILE, loadDateCues } from './lexicon.js';

const HEADER = 'cue\tkind\tnote\n';
const compile = (rows: string) => compileDateCues(parseLexicon('dc.tsv', HEADER + rows));
const hints = (cues: ReturnType<typeof compileDateCues>, text: string) =>
  [...text.matchAll(cues.hint)].map((m) => m[0]);

describe('the shipped date cues', () => {
  const cues = loadDateCues();

  it.each([
    ['a weekday', 'They met on Tuesday.', ['Tuesday']],
    ['a weekday only as a whole word', 'Tuesdays are quiet.', []],
    ['a month name and a day', 'It came on March 3.', ['March 3']],
    ['an abbreviated month with a full stop', 'It came on Sept. 12.', ['Sept. 1']],
    ['a month without a number', 'It came in March.', []],
    ['an ISO date', 'Signed 2026-01-15, in force.', ['2026-01-15']],
    ['a relative word', 'The ministry denied it yesterday.', ['yesterday']],
    ['a relative phrase', 'Talks failed earlier this week.', ['earlier this']],
    ['upper case', 'LAST WEEK', ['LAST']],
    ['no cue', 'The ministry denied the report.', []],
  ])('hints at %s', (_name, text, expected) => {
    expect(hints(cues, text)).toEqual(expected);
  });

  it.each([
    ['a listed verb', 'The envoy said so.', true],
    ['a word with a past-tense ending', 'Talks collapsed.', true],
    ['the ending alone is no word of it', 'Ed is here.', false],
    ['the present tense', 'The envoy says so.', false],
  ])('reads the past tense from %s', (_name, text, expected) => {
    expect(cues.pastTense.test(text)).toBe(expected);
  });

  it.each([
    ['Tuesday', true],
    ['on  tuesday', true],
    ['last Tuesday', false],
    ['Tuesday night', false],
  ])('a bare weekday: %s -> %s', (text, expected) => {
    expect(cues.bareWeekday.test(text)).toBe(expected);
  });

  it('records a digest for provenance', () => {
    expect(cues.digest).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('compileDateCues', () => {
  it('a row added to the lexicon is a new cue', () => {
    const cues = compile('fortnight ago\trelative\t\ntuesday\tweekday\nsaid\tpast-tense\n');
    expect(hints(cues, 'It fell a fortnight ago, on Tuesday.')).toEqual(['fortnight ago', 'Tuesday']);
    const doc = makeDoc('The envoy said on Tuesday that talks had failed.', { published: '2026-03-12' });
    expect(findDates(doc, cues).map((d) => d.date)).toEqual(['2026-03-10']);
  });

  it('a lexicon without a kind never matches it (no empty pattern)', () => {
    const cues = compile('said\tpast-tense\t\n');
    expect(hints(cues, 'said on Tuesday')).toEqual([]);
    expect(cues.bareWeekday.test('')).toBe(false);
  });

  it.each([
    ['an unknown kind', 'monday\tday\t\n', /dc\.tsv:2: unknown kind "day"/],
    ['a cue with capitals', 'Monday\tweekday\t\n', /dc\.tsv:2: malformed weekday "Monday"/],
    ['a regex where a word belongs', 'mon.*\tweekday\t\n', /dc\.tsv:2: malformed weekday/],
    ['two spaces in a phrase', 'earlier  this\trelative\t\n', /dc\.tsv:2: malformed relative/],
    ['an ending with a space', 'e d\tpast-tense-ending\t\n', /dc\.tsv:2: malformed past-tense-ending/],
    ['a bad date pattern', '\\d{4\\-(\tdate-format\t\n', /dc\.tsv:2: bad pattern/],
    [
      'a date pattern matching nothing at all',
      '\\d*\tdate-format\t\n',
      /dc\.tsv:2: pattern matches the empty/,
    ],
    ['a missing kind', 'monday\t\t\n', /dc\.tsv:2: empty "kind"/],
  ])('refuses %s, naming the file and line', (_name, rows, message) => {
    const load = () => compileDateCues(parseLexicon('dc.tsv', HEADER + rows, ['cue', 'kind']));
    expect(load).toThrow(ClaimtrailError);
    expect(load).toThrow(message);
  });
});

describe('the dates stage', () => {
  it('records the digest of the date cues it loaded', () => {
    expect(dates.create({}).lexicons).toEqual({ [DATE_CUES_FILE]: loadDateCues().digest });
  });

  it('fails to build on a malformed row of its lexicon folder, naming the file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'date-cues-'));
    try {
      copyFileSync(lexiconPath(DATE_CUES_FILE), join(dir, DATE_CUES_FILE));
      appendFileSync(join(dir, DATE_CUES_FILE), 'fortnight\tperiod\n');
      expect(() => dates.create({ lexiconDir: dir })).toThrow(/date-cues\.tsv:\d+: unknown kind "period"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
