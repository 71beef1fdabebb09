import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './run-cli.js';

const lines = (s: string) =>
  s
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

describe('claimtrail extract (built binary)', () => {
  it.each(['demo', 'extract', 'ingest', 'ledger', 'show', 'actor', 'search', 'export', 'serve'])(
    '%s --help prints usage and exits 0',
    (cmd) => {
      const r = runCli([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: claimtrail ${cmd}`));
    },
  );

  it.each([
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['an unknown flag', ['extract', '--colour', 'x.txt'], /--colour/],
    ['no input', ['extract'], /no INPUT/],
    [
      'a bad --format',
      ['extract', '--format', 'xml', 'allegation.txt'],
      /--format must be one of json, eval/,
    ],
  ])('exits 2 on %s', (_name, args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('prints the native record with offsets into the text', () => {
    const r = runCli(['extract', 'allegation.txt']);
    expect(r.code).toBe(0);
    const [rec] = lines(r.stdout);
    expect(rec.id).toBe('allegation');
    expect(rec.published).toBe('2026-03-02');
    expect(rec.pipeline.version).toMatch(/^\d+\.\d+\.\d+$/);
    for (const q of rec.quotes) expect(rec.text.slice(q.start, q.end)).toBe(q.text);
    for (const e of rec.events)
      expect(rec.text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
  });

  it('prints the eval shape with exactly the schema keys, in input order', () => {
    const r = runCli(['extract', '--format', 'eval', 'denial.txt', 'allegation.txt']);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['denial', 'allegation']);
    for (const o of out)
      expect(Object.keys(o).sort()).toEqual(['entities', 'events', 'id', 'quotes', 'removed']);
  });

  it('goes on past bad inputs, names each, and exits 1', () => {
    const r = runCli([
      'extract',
      '--quiet',
      'empty.txt',
      'binary.txt',
      'missing.txt',
      'records.jsonl',
      'denial.txt',
    ]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((o) => o.id)).toEqual(['rec-1', 'rec-3', 'denial']);
    expect(r.stderr).toMatch(/empty\.txt/);
    expect(r.stderr).toMatch(/binary\.txt/);
    expect(r.stderr).toMatch(/missing\.txt/);
    expect(r.stderr).toMatch(/records\.jsonl:2/);
    expect(r.stderr).toMatch(/4 of 7 inputs failed|failed/);
  });

  it('reads standard input with -', () => {
    const r = runCli(['extract', '--format', 'eval', '-'], {
      input: readFileSync(join(FIXTURES, 'records.jsonl'), 'utf8').split('\n')[0] + '\n',
    });
    expect(r.code).toBe(0);
    expect(lines(r.stdout)[0].id).toBe('rec-1');
  });

  it('writes one file per article with --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-out-'));
    const r = runCli(['extract', '--out', dir, 'allegation.txt', 'denial.txt']);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['allegation.json', 'denial.json']);
  });
});
