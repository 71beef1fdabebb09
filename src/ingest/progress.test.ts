import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadProgress, readInputs } from './index.js';

let tmp = '';
const temp = (name: string) => join(tmp, name);
/** Invented records, each line long enough that a few hundred of them span several stream chunks. */
const records = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `${JSON.stringify({ id: `r${i}`, text: `The council met on day ${i}. ${'Word '.repeat(200)}` })}\n`,
  ).join('');

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'claimtrail-progress-'));
  mkdirSync(temp('dir/sub'), { recursive: true });
  for (const name of ['dir/a.txt', 'dir/b.txt', 'dir/sub/c.txt']) writeFileSync(temp(name), 'Talks went on.');
  writeFileSync(temp('big.jsonl'), records(400));
  writeFileSync(temp('big.jsonl.gz'), gzipSync(records(400), { level: 0 }));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The progress seen at each result of reading `inputs`, and at the end. */
async function track(inputs: string[], stdin?: AsyncIterable<Uint8Array>) {
  const progress = new ReadProgress();
  const seen: { fraction: number | null; streamed: { bytesRead: number; size: number } | null }[] = [];
  for await (const _ of readInputs(inputs, { progress, stdin }))
    seen.push({ fraction: progress.fraction(), streamed: progress.streamed() });
  return { progress, seen };
}

describe('ReadProgress while reading inputs', () => {
  it('counts the files of every input before the first article, and each file once its article is taken', async () => {
    const { progress, seen } = await track([temp('dir'), temp('missing.txt'), temp('dir/a.txt')]);
    expect(progress.files).toBe(4);
    expect(seen.map((s) => s.fraction)).toEqual([0, 0.25, 0.5, 0.75, 0.75]);
    expect(progress.fraction()).toBe(1);
  });

  it.each([
    ['a JSONL file', 'big.jsonl'],
    ['a gzipped JSONL file (compressed bytes)', 'big.jsonl.gz'],
  ])('measures %s by the bytes read of its size', async (_name, file) => {
    const { progress, seen } = await track([temp(file)]);
    const size = statSync(temp(file)).size;
    expect(seen).toHaveLength(400);
    for (const s of seen) expect(s.streamed?.size).toBe(size);
    const fractions = seen.map((s) => s.fraction!);
    expect(fractions[0]).toBeGreaterThan(0);
    expect(fractions[0]).toBeLessThan(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(seen.at(-1)!.streamed!.bytesRead).toBe(size);
    expect(progress.fraction()).toBe(1);
    expect(progress.streamed()).toBeNull();
  });

  it('has no total when standard input is among the inputs', async () => {
    const { progress, seen } = await track(
      [temp('dir/a.txt'), '-'],
      Readable.from([Buffer.from('From stdin.')]),
    );
    expect(seen).toHaveLength(2);
    expect(progress.stdin).toBe(true);
    expect(progress.fraction()).toBeNull();
  });
});
