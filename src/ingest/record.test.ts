import { describe, expect, it } from 'vitest';
import { ClaimtrailError } from '../errors.js';
import { articleFromRecord } from './record.js';

function errorOf(run: () => unknown): ClaimtrailError {
  try {
    run();
  } catch (e) {
    if (e instanceof ClaimtrailError) return e;
    throw e;
  }
  throw new Error('expected a ClaimtrailError');
}

describe('articleFromRecord', () => {
  it.each([
    [
      'a full record',
      {
        id: 'n1',
        title: ' Dam  opens ',
        text: 'The dam opened.\r\nWater flowed.',
        published: 'March 4, 2024',
        source: 'Valley Courier',
        url: 'https://v.example/dam',
      },
      {
        id: 'n1',
        title: 'Dam opens',
        text: 'The dam opened.\nWater flowed.',
        published: '2024-03-04',
        source: 'Valley Courier',
        url: 'https://v.example/dam',
        origin: 'api',
        meta: {},
      },
    ],
    ['a numeric id', { id: 42, text: 'Text.' }, { id: '42' }],
    ['no id: a content hash', { text: 'Text.' }, { id: expect.stringMatching(/^sha256:[0-9a-f]{16}$/) }],
    [
      'an html fragment',
      { id: 'h', html: '<p>One.</p><p>Two &amp; three.</p>' },
      { text: 'One.\nTwo & three.' },
    ],
    [
      'a whole html page fills missing fields',
      {
        id: 'p',
        html: '<html><head><meta property="og:title" content="Page title"><meta property="og:url" content="https://v.example/p"></head><body><p>Body text of the page.</p></body></html>',
      },
      { title: 'Page title', url: 'https://v.example/p', text: 'Body text of the page.' },
    ],
    [
      'an unparseable date is kept in meta',
      { id: 'd', text: 'T.', published: 'sometime last spring' },
      { published: null, meta: { publishedRaw: 'sometime last spring' } },
    ],
    ['extra fields are ignored', { id: 'g', text: 'T.', gold: { removed: [] }, note: 1 }, { id: 'g' }],
  ])('reads %s', (_name, record, expected) => {
    expect(articleFromRecord(record, 'api')).toMatchObject(expected);
  });

  it.each([
    ['not an object', 'just a string', 'E_INPUT_RECORD', /^api: record must be a JSON object/],
    ['an array', [{ text: 'x' }], 'E_INPUT_RECORD', /^api: record must be a JSON object/],
    [
      'no text and no html',
      { id: 'x', title: 't' },
      'E_INPUT_RECORD',
      /neither a "text" nor an "html" field/,
    ],
    [
      'text of the wrong type',
      { id: 'x', text: 12 },
      'E_INPUT_RECORD',
      /field "text" must be a string, got number/,
    ],
    [
      'title of the wrong type',
      { text: 'x', title: ['a'] },
      'E_INPUT_RECORD',
      /field "title" must be a string/,
    ],
    [
      'published of the wrong type',
      { text: 'x', published: { y: 2024 } },
      'E_INPUT_RECORD',
      /field "published" must be a string or a number/,
    ],
    ['whitespace-only text', { text: '  \n ' }, 'E_INPUT_EMPTY', /^api: article text is empty/],
    ['html with no text in it', { html: '<p> </p>' }, 'E_INPUT_EMPTY', /^api: article text is empty/],
  ])('refuses %s', (_name, record, code, message) => {
    const error = errorOf(() => articleFromRecord(record, 'api'));
    expect([error.code, error.message]).toEqual([code, expect.stringMatching(message)]);
  });

  it('refuses text over maxBytes, naming the size and limit', () => {
    const error = errorOf(() => articleFromRecord({ text: 'é'.repeat(600) }, 'api', { maxBytes: 1000 }));
    expect([error.code, error.message]).toEqual([
      'E_INPUT_TOO_LARGE',
      'api: article text is 1200 bytes, over the limit of 1000',
    ]);
  });
});
