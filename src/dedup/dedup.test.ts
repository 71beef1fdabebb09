import { describe, expect, it } from 'vitest';
import { fingerprint, fingerprintBuckets, hammingDistance, isNearDuplicate, joinFingerprint, splitFingerprint } from './simhash.js';
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

  it('the edited copy shares at least one bucket with the original', () => {
    const original = new Set(fingerprintBuckets(fingerprint(STORY)));
    expect(fingerprintBuckets(fingerprint(EDITED_COPY)).some((b) => original.has(b))).toBe(true);
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

  it.each([[0n], [0xffffffffffffffffn], [0x8000000000000001n], [fingerprint(STORY)]])('split and join round-trip %s', (fp) => {
    const [hi, lo] = splitFingerprint(fp);
    expect(joinFingerprint(hi, lo)).toBe(fp);
  });

  it('fingerprints are unsigned 64-bit', () => {
    const fp = fingerprint(OTHER_STORY);
    expect(fp >= 0n && fp < 1n << 64n).toBe(true);
  });

  it('buckets are the 28 byte pairs, tagged with the pair', () => {
    const buckets = fingerprintBuckets(0x0102n);
    expect([buckets.length, buckets[0], buckets[1], buckets[27]]).toEqual([28, 0x0201, 65536 + 0x0200, 27 * 65536]);
  });

  it.each([1, 3, 6])('fingerprints %i bits apart always share a bucket', (d) => {
    for (let trial = 0; trial < 200; trial++) {
      const a = fingerprint(`trial ${trial} of the bucket check`);
      let b = a;
      const bits = new Set<number>();
      while (bits.size < d) bits.add(Math.floor(Math.random() * 64));
      for (const bit of bits) b ^= 1n << BigInt(bit);
      const shared = new Set(fingerprintBuckets(a));
      expect(fingerprintBuckets(b).some((x) => shared.has(x))).toBe(true);
    }
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
