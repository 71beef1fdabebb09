import { shingles } from './shingles.js';

/** A 64-bit SimHash, as an unsigned BigInt. */
export type Fingerprint = bigint;

/** Two fingerprints at most this many bits apart are near-duplicate candidates. */
export const NEAR_DUPLICATE_DISTANCE = 12;

/** FNV-1a over UTF-16 code units, then murmur3's finaliser so that every input bit moves every output bit. */
function hash32(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * SimHash of a text over its distinct word 3-shingles. Each shingle gets two independent 32-bit
 * hashes (the high and low halves), which avoids BigInt arithmetic in the loop.
 *
 * @example
 * fingerprint('Officials said the ship left port on Monday.'); // 0x5c1e...n
 */
export function fingerprint(text: string): Fingerprint {
  const weights = new Int32Array(64);
  for (const s of shingles(text)) {
    const hi = hash32(s, 0x9e3779b9);
    const lo = hash32(s, 0x7f4a7c15);
    for (let bit = 0; bit < 32; bit++) {
      weights[bit] = (weights[bit] ?? 0) + ((lo >>> bit) & 1 ? 1 : -1);
      weights[bit + 32] = (weights[bit + 32] ?? 0) + ((hi >>> bit) & 1 ? 1 : -1);
    }
  }
  let lo = 0;
  let hi = 0;
  for (let bit = 0; bit < 32; bit++) {
    if ((weights[bit] ?? 0) > 0) lo |= 1 << bit;
    if ((weights[bit + 32] ?? 0) > 0) hi |= 1 << bit;
  }
  return joinFingerprint(hi >>> 0, lo >>> 0);
}

/** The high and low 32-bit halves (unsigned), for storage in two integer columns. */
export function splitFingerprint(fp: Fingerprint): [hi: number, lo: number] {
  return [Number(fp >> 32n), Number(fp & 0xffffffffn)];
}

/** A fingerprint from its stored halves. */
export function joinFingerprint(hi: number, lo: number): Fingerprint {
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

function popcount32(x: number): number {
  let v = x >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * Number of differing bits.
 *
 * @example
 * hammingDistance(0b1011n, 0b0001n); // 2
 */
export function hammingDistance(a: Fingerprint, b: Fingerprint): number {
  const [ah, al] = splitFingerprint(a);
  const [bh, bl] = splitFingerprint(b);
  return popcount32(ah ^ bh) + popcount32(al ^ bl);
}

/**
 * Whether two fingerprints are close enough to be copies of one text. Confirm with
 * `resemblance` on the texts where a false match is costly: SimHash alone also brings
 * together a few unrelated texts.
 *
 * @example
 * isNearDuplicate(fingerprint(story), fingerprint(editedCopy)); // true
 */
export function isNearDuplicate(a: Fingerprint, b: Fingerprint, maxDistance = NEAR_DUPLICATE_DISTANCE): boolean {
  return hammingDistance(a, b) <= maxDistance;
}

/**
 * Locality-sensitive buckets: the eight bytes of a fingerprint, each tagged with its position
 * (`byte index * 256 + value`). Texts within a few bits share a bucket with high probability,
 * so a store can look up candidates by bucket instead of comparing with every article.
 *
 * @example
 * fingerprintBuckets(0x0102n); // [2, 257, 512, 768, ...]
 */
export function fingerprintBuckets(fp: Fingerprint): number[] {
  const out: number[] = [];
  for (let i = 0; i < 8; i++) out.push(i * 256 + Number((fp >> BigInt(i * 8)) & 0xffn));
  return out;
}
