import { words } from './shingles.js';

/** A 64-bit SimHash, as an unsigned BigInt. */
export type Fingerprint = bigint;

/** Two fingerprints at most this many bits apart are near-duplicate candidates. */
export const NEAR_DUPLICATE_DISTANCE = 12;

/** FNV-1a over UTF-16 code units. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser, so that every input bit moves every output bit. */
function mix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const rotl = (x: number, r: number): number => ((x << r) | (x >>> (32 - r))) >>> 0;

/**
 * SimHash of a text over its distinct word 3-shingles. Words are hashed once and a shingle's
 * hash combines its three word hashes (rotated, so order matters), which avoids building
 * shingle strings; the two 32-bit halves come from two finalisations, which avoids BigInt
 * arithmetic in the loop. A bit of the result is set when more than half of the shingles set
 * it; counting only the set bits (clearing the lowest each step) halves the work of adding
 * +1/-1 for all 64 bits of every shingle, with the same result.
 *
 * @example
 * fingerprint('Officials said the ship left port on Monday.'); // 0x5c1e...n
 */
export function fingerprint(text: string): Fingerprint {
  const wordHashes = words(text).map(hash32);
  const n = Math.min(3, wordHashes.length);
  const seen = new Set<number>();
  const ones = new Int32Array(64);
  for (let i = 0; i + n <= wordHashes.length && n > 0; i++) {
    let h = 0;
    for (let k = 0; k < n; k++) h ^= rotl(wordHashes[i + k] ?? 0, 11 * k + 1);
    const lo = mix32(h ^ 0x7f4a7c15);
    if (seen.has(lo)) continue;
    seen.add(lo);
    const hi = mix32(h ^ 0x9e3779b9);
    for (let x = lo | 0; x !== 0; x &= x - 1) ones[31 - Math.clz32(x & -x)]!++;
    for (let x = hi | 0; x !== 0; x &= x - 1) ones[63 - Math.clz32(x & -x)]!++;
  }
  const half = seen.size;
  let lo = 0;
  let hi = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (2 * ones[bit]! > half) lo |= 1 << bit;
    if (2 * ones[bit + 32]! > half) hi |= 1 << bit;
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
  return halvesDistance(ah, al, bh, bl);
}

/** Hamming distance of two fingerprints given as stored halves (no BigInt; for scanning candidates). */
export function halvesDistance(aHi: number, aLo: number, bHi: number, bLo: number): number {
  return popcount32(aHi ^ bHi) + popcount32(aLo ^ bLo);
}

/**
 * Whether two fingerprints are close enough to be copies of one text. Confirm with
 * `resemblance` on the texts where a false match is costly: SimHash alone also brings
 * together a few unrelated texts.
 *
 * @example
 * isNearDuplicate(fingerprint(story), fingerprint(editedCopy)); // true
 */
export function isNearDuplicate(
  a: Fingerprint,
  b: Fingerprint,
  maxDistance = NEAR_DUPLICATE_DISTANCE,
): boolean {
  return hammingDistance(a, b) <= maxDistance;
}
