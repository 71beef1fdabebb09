import { Doc } from '../doc.js';
import type { Article } from '../types.js';
import { splitParagraphs, tokenize } from '../../components/language/index.js';
import { findDates } from '../../components/dates/index.js';

/**
 * Build a Doc from plain text for stage tests: paragraphs (one per line), sentences, tokens and
 * dates, with no boilerplate removed. Layers of later stages are left for the test to set.
 *
 * @example
 * const doc = makeDoc('Kim said so.', { published: '2024-05-01' });
 */
export function makeDoc(text: string, article: Partial<Article> = {}): Doc {
  const doc = new Doc({
    id: 'test',
    title: null,
    published: null,
    source: null,
    url: null,
    origin: 'test',
    meta: {},
    ...article,
    text,
  });
  doc.set('removed', []);
  doc.paragraphs = splitParagraphs(text, []);
  const { sentences, tokens } = tokenize(text, doc.paragraphs);
  doc.sentences = sentences;
  doc.tokens = tokens;
  for (const l of ['paragraphs', 'sentences', 'tokens'] as const) doc.markFilled(l);
  doc.set('dates', findDates(doc));
  return doc;
}
