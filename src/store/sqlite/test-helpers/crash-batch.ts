import type { ArticleRecord } from '../../../core/types.js';
import { article, filler } from '../../../core/test-helpers/records.js';

/** The batch the crash test ingests: `n` distinct articles of three events each. */
export function crashBatch(n: number): ArticleRecord[] {
  return Array.from({ length: n }, (_, i) =>
    article({
      id: `c${i}`,
      text: `${filler(i + 1000, 400)} ${i}`,
      published: `2024-${String((i % 12) + 1).padStart(2, '0')}-15`,
      events: [
        { holder: 'USA' },
        { actor: [`X${i % 7}`], holder: 'RUS', polarity: i % 2 ? 'denied' : 'asserted' },
        { category: 'AID', mode: 'military', actor: ['PRK'], object: 'shells', holder: `H${i % 5}` },
      ],
    }),
  );
}
