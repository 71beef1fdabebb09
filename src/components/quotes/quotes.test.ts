import { describe, expect, it } from 'vitest';
import { Pipeline } from '../../pipeline/index.js';
import type { Component } from '../../pipeline/component.js';
import { clean } from '../clean/index.js';
import { language } from '../language/index.js';
import { dates } from '../dates/index.js';
import { quotes } from './index.js';

/** A stand-in for the entities stage so this test does not depend on its progress. */
const noEntities: Component = {
  name: 'entities',
  version: 'test',
  requires: ['tokens'],
  assigns: ['entities'],
  create: () => ({ run: (doc) => doc.set('entities', []) }),
};

const article = (text: string) => ({
  id: 'a1',
  title: null,
  text,
  published: null,
  source: null,
  url: null,
  origin: 'test',
  meta: {},
});

describe('the quotes stage', () => {
  it('runs in a pipeline, sets quotes and records its lexicon digests', () => {
    const record = new Pipeline([clean, language, dates, noEntities, quotes]).analyse(
      article('“We will not sign this deal,” Tobias Renn said.\nHe said the talks had failed.'),
    );
    expect(record.quotes.map((q) => [q.text, q.direct, q.speaker?.name])).toEqual([
      ['We will not sign this deal', true, 'Tobias Renn'],
      ['the talks had failed', false, 'Tobias Renn'],
    ]);
    expect(Object.keys(record.pipeline.lexicons)).toEqual(
      expect.arrayContaining(['speech-verbs.tsv', 'speaker-words.tsv']),
    );
  });

  it('refuses to run before the entities layer exists', () => {
    expect(() => new Pipeline([clean, language, dates, quotes])).toThrow(/entities/);
  });
});
