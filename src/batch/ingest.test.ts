import { describe, expect, it } from 'vitest';
import { article as record } from '../core/test-helpers/records.js';
import type { Article } from '../core/types.js';
import { ClaimtrailError } from '../errors.js';
import type { Pipeline } from '../pipeline/index.js';
import { openSqliteStore } from '../store/index.js';
import { ingestArticles, type ReadOutcome } from './ingest.js';

/** A stand-in for the pipeline: one event per article; a text with BREAK fails analysis. */
const pipeline = {
  analyse(a: Article) {
    if (a.text.includes('BREAK')) throw new ClaimtrailError('E_PIPELINE', `${a.id}: analysis broke`, {});
    return { ...record({ id: a.id, text: a.text, events: [{ holder: 'USA' }] }), origin: a.origin };
  },
} as unknown as Pipeline;

const input = (
  i: number,
  text = `Story ${i} about the harbour and the convoy.`,
): { ok: true; article: Article } => ({
  ok: true,
  article: {
    id: `a${i}`,
    title: null,
    text,
    published: '2024-05-01',
    source: null,
    url: null,
    origin: `in.jsonl:${i + 1}`,
    meta: {},
  },
});

/** Ten inputs: one unreadable (3), one whose analysis fails (6), one exact repeat (9 = 1). */
function inputs(): ReadOutcome[] {
  return Array.from({ length: 10 }, (_, i): ReadOutcome => {
    if (i === 3)
      return {
        ok: false,
        error: new ClaimtrailError('E_INPUT_RECORD', 'line 4: not JSON', { origin: 'in.jsonl:4' }),
      };
    if (i === 6) return input(i, 'This one will BREAK.');
    if (i === 9) return { ok: true, article: { ...input(1).article, origin: 'in.jsonl:10' } };
    return input(i);
  });
}

describe('ingestArticles', () => {
  it.each([1, 4, 16])('analysing %i ahead, stores and reports every input in input order', async (ahead) => {
    const store = openSqliteStore(':memory:');
    const seen: boolean[] = [];
    const summary = await ingestArticles(inputs(), {
      store,
      pipeline,
      analyseAhead: ahead,
      keepResults: true,
      onResult: (ok) => seen.push(ok),
    });
    expect(summary).toMatchObject({ read: 10, stored: 7, duplicates: 1, trailEntries: 7 });
    expect(summary.results.map((r) => `${r.articleId} ${r.status}`)).toEqual([
      'a0 stored',
      'a1 stored',
      'a2 stored',
      'a4 stored',
      'a5 stored',
      'a7 stored',
      'a8 stored',
      'a1 duplicate',
    ]);
    expect(summary.failed.map((f) => `${f.origin} ${f.code}`)).toEqual([
      'in.jsonl:4 E_INPUT_RECORD',
      'in.jsonl:7 E_PIPELINE',
    ]);
    expect(seen).toEqual([true, true, true, false, true, true, false, true, true, true]);
    expect(store.listFailures().map((f) => f.origin)).toEqual(['in.jsonl:4', 'in.jsonl:7']);
    expect(store.listArticles({}).total).toBe(7);
    store.close();
  });

  it('stores what was read before the input broke off, then lets the error through', async () => {
    const store = openSqliteStore(':memory:');
    async function* breaking(): AsyncGenerator<ReadOutcome> {
      for (let i = 0; i < 6; i++) yield input(i);
      throw new Error('the archive is truncated');
    }
    await expect(ingestArticles(breaking(), { store, pipeline, analyseAhead: 4 })).rejects.toThrow(
      'the archive is truncated',
    );
    expect(store.listArticles({}).total).toBe(6);
    store.close();
  });
});
