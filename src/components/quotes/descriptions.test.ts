import { describe, expect, it } from 'vitest';
import { createDefaultPipeline } from '../../pipeline/default.js';

const pipeline = createDefaultPipeline();

/** Speakers of the reported clauses of a text, through the whole pipeline (entities included). */
function speakers(text: string): [string, string | null, string | null][] {
  const out = pipeline.analyse({
    id: 't',
    title: null,
    text,
    published: '2026-03-02',
    source: null,
    url: null,
    origin: 'test',
    meta: {},
  });
  return out.quotes
    .filter((q) => !q.direct)
    .map((q) => [q.text, q.speaker?.name ?? q.speaker?.description ?? null, q.speaker?.country ?? null]);
}

describe('a description of an outlet speaking', () => {
  it.each([
    [
      'the newspaper',
      'The New York Times reported the talks had failed. Later, the newspaper said the envoy had left.',
    ],
    [
      'the paper',
      'The New York Times reported the talks had failed. Later, the paper said the envoy had left.',
    ],
  ])('"%s said" is the outlet named before', (_head, text) => {
    expect(speakers(text)).toContainEqual(['the envoy had left', 'New York Times', 'USA']);
  });
});
