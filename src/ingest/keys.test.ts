import { describe, expect, it } from 'vitest';
import { contentHash, normaliseUrl } from './keys.js';

describe('normaliseUrl', () => {
  it.each([
    ['lower-cases scheme and host', 'HTTPS://News.Example.COM/Path', 'https://news.example.com/Path'],
    ['drops the fragment', 'https://a.example/x#comments', 'https://a.example/x'],
    [
      'drops utm_* parameters only',
      'https://a.example/x?utm_source=tw&id=7&UTM_Medium=s',
      'https://a.example/x?id=7',
    ],
    ['drops an emptied query', 'https://a.example/x?utm_campaign=c', 'https://a.example/x'],
    ['drops the default port', 'https://a.example:443/x', 'https://a.example/x'],
    ['leaves a relative URL trimmed', ' /local/path ', '/local/path'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseUrl(input)).toBe(expected);
  });
});

describe('contentHash', () => {
  it.each([
    ['is a hex sha256', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['differs for different text', 'abd', expect.not.stringMatching(/^ba7816bf/)],
  ])('%s', (_name, input, expected) => {
    expect(contentHash(input)).toEqual(expected);
  });
});
