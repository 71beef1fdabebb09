import { describe, expect, it } from 'vitest';
import type { Article } from '../core/types.js';
import { ClaimtrailError } from '../errors.js';
import type { Component } from './component.js';
import { Pipeline, checkOrder } from './pipeline.js';

const stage = (
  name: string,
  requires: Component['requires'],
  assigns: Component['assigns'],
  run: Component['create'] = () => ({ run: () => {} }),
): Component => ({
  name,
  version: '1',
  requires,
  assigns,
  create: run,
});
const article: Article = {
  id: 'a1',
  title: null,
  text: 'Text.',
  published: null,
  source: null,
  url: null,
  origin: 'test.txt',
  meta: {},
};

describe('checkOrder', () => {
  it.each([
    ['an empty pipeline', [], null],
    [
      'needs met by earlier stages',
      [stage('a', [], ['removed']), stage('b', ['removed'], ['sentences'])],
      null,
    ],
    ['a need no stage meets', [stage('b', ['sentences'], [])], /stage "b" requires layer "sentences"/],
    [
      'a need met only by a later stage',
      [stage('b', ['removed'], []), stage('a', [], ['removed'])],
      /stage "b" requires layer "removed"/,
    ],
  ] as const)('%s', (_name, components, error) => {
    const run = () => checkOrder([...components]);
    if (error) expect(run).toThrow(error);
    else expect(run).not.toThrow();
  });
});

describe('Pipeline', () => {
  it('refuses to build when a need is unmet, before running anything', () => {
    let created = false;
    const s = stage('late', ['entities'], [], () => {
      created = true;
      return { run: () => {} };
    });
    expect(() => new Pipeline([s])).toThrow(ClaimtrailError);
    expect(created).toBe(false);
  });

  it('names the article and the stage when a stage fails', () => {
    const boom = stage('boom', [], [], () => ({
      run: () => {
        throw new Error('kaput');
      },
    }));
    expect(() => new Pipeline([boom]).analyse(article)).toThrow(
      /test\.txt: article a1: stage "boom" failed: kaput/,
    );
  });

  it('records stage versions and lexicon digests in the output', () => {
    const s = stage('lex', [], ['removed'], () => ({
      run: (doc) => doc.set('removed', []),
      lexicons: { 'x.tsv': 'abc123' },
    }));
    const rec = new Pipeline([s]).analyse(article);
    expect(rec.pipeline.components).toEqual({ lex: '1' });
    expect(rec.pipeline.lexicons).toEqual({ 'x.tsv': 'abc123' });
  });
});
