import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

// Progress on stderr when it is not a terminal (a pipe here): plain lines every 500 articles with
// the share of the input read, a summary after them, and no bar, carriage return or escape code.

const tmp = mkdtempSync(join(tmpdir(), 'ct-progress-'));
const story = (i: number) => `The harbour council met on day ${i} and approved budget ${i}.`;

beforeAll(() => {
  mkdirSync(join(tmp, 'notes'));
  for (let i = 1; i <= 501; i++)
    writeFileSync(join(tmp, 'notes', `n${i}.txt`), `Title: Note ${i}\n\n${story(i)}\n`);
  const lines = Array.from({ length: 500 }, (_, i) => JSON.stringify({ id: `r${i}`, text: story(i) }));
  writeFileSync(join(tmp, 'notes.jsonl'), `${lines.join('\n')}\n`);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const stderrLines = (stderr: string) => stderr.split('\n').filter(Boolean);

function expectPlain(stderr: string): void {
  for (const c of ['\r', '\x1b', '█']) expect(stderr).not.toContain(c);
}

describe('progress when stderr is not a terminal (built binary)', () => {
  it('extract over a directory: a line per 500 articles with the files read, then a summary', () => {
    const r = runCli(['extract', '--format', 'eval', join(tmp, 'notes')]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(501);
    expectPlain(r.stderr);
    const [line, summary, ...rest] = stderrLines(r.stderr);
    expect(line).toMatch(/^extract: 500 articles \(0 failed\), [\d.]+\/s, 99% read$/);
    expect(summary).toMatch(/^extract: 501 articles \(0 failed\) in [\d.]+ s, [\d.]+\/s$/);
    expect(rest).toEqual([]);
  });

  it('ingest of a JSONL file: the share read is by bytes of the file; the batch summary follows', () => {
    const db = join(tmp, 'ledger.db');
    const r = runCli(['ingest', '--db', db, join(tmp, 'notes.jsonl')]);
    expect(r.code).toBe(0);
    expectPlain(r.stderr);
    const [line, summary, batch] = stderrLines(r.stderr);
    expect(line).toMatch(/^ingest: 500 articles \(0 failed\), [\d.]+\/s, \d+% read$/);
    expect(summary).toMatch(/^ingest: 500 articles \(0 failed\) in [\d.]+ s/);
    expect(batch).toMatch(/^ingest into .*ledger\.db: 500 read, 500 stored/);
  });

  it.each([
    ['--quiet', ['extract', '--quiet', join(tmp, 'notes.jsonl')]],
    ['a small batch', ['extract', 'allegation.txt']],
  ])('%s prints no progress', (_name, args) => {
    const r = runCli(args);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
