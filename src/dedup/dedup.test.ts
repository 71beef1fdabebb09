import { describe, expect, it } from 'vitest';
import {
  fingerprint,
  hammingDistance,
  isNearDuplicate,
  joinFingerprint,
  splitFingerprint,
} from './simhash.js';
import { resemblance, shingles } from './shingles.js';
import { textHash } from './content-hash.js';
import { EDITED_COPY, OTHER_STORY, STORY } from './test-helpers/texts.js';

describe('near-duplicates', () => {
  it.each([
    ['a story and itself', STORY, STORY, true],
    ['a story and a lightly edited copy with another footer', STORY, EDITED_COPY, true],
    ['two different stories on the same topic', STORY, OTHER_STORY, false],
    ['the edited copy and the other story', EDITED_COPY, OTHER_STORY, false],
  ])('%s', (_name, a, b, expected) => {
    expect(isNearDuplicate(fingerprint(a), fingerprint(b))).toBe(expected);
    expect(resemblance(a, b) >= 0.7).toBe(expected);
  });
});

describe('fingerprint arithmetic', () => {
  it.each([
    [0n, 0n, 0],
    [0b1011n, 0b0001n, 2],
    [0xffffffffffffffffn, 0n, 64],
    [1n << 63n, 1n, 2],
  ])('hammingDistance(%s, %s) = %i', (a, b, d) => {
    expect(hammingDistance(a, b)).toBe(d);
  });

  it.each([[0n], [0xffffffffffffffffn], [0x8000000000000001n], [fingerprint(STORY)]])(
    'split and join round-trip %s',
    (fp) => {
      const [hi, lo] = splitFingerprint(fp);
      expect(joinFingerprint(hi, lo)).toBe(fp);
    },
  );

  // Stored files keep fingerprints (sh_hi, sh_lo): a faster fingerprint must give the same bits.
  it.each([
    ['', 0x0n],
    ['one', 0x790eb148df7d8d4dn],
    ['two words', 0x91d60698e2f25e1cn],
    ['The ship left port.', 0x54ac8508238283bn],
    ['Ünïcödé Straße, ÉTAT 42; «quoted» text — with dashes and 1,000 numbers.', 0x188cb81540e80200n],
    ['a b c d e f g h i j k l m n o p q r s t u v w x y z '.repeat(5), 0x71382de4c804df60n],
  ])('fingerprint(%j) is unchanged', (text, expected) => {
    expect(fingerprint(text)).toBe(expected);
  });

  it('fingerprints are unsigned 64-bit', () => {
    const fp = fingerprint(OTHER_STORY);
    expect(fp >= 0n && fp < 1n << 64n).toBe(true);
  });
});

describe('shingles and hashes', () => {
  it.each([
    ['three words or more', 'The ship left port.', ['the ship left', 'ship left port']],
    ['fewer than three words is one shingle', 'Ship left', ['ship left']],
    ['empty text', '  ', []],
  ])('%s', (_name, text, expected) => {
    expect([...shingles(text)]).toEqual(expected);
  });

  it.each([
    ['white space runs fold', 'A  b\n', 'A b', true],
    ['NFC and NFD forms hash alike', 'caf\u00e9', 'cafe\u0301', true],
    ['different words differ', 'A b', 'A c', false],
  ])('textHash: %s', (_name, a, b, same) => {
    expect(textHash(a) === textHash(b)).toBe(same);
  });
});
