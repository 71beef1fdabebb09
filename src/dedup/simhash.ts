/** A 64-bit SimHash, as an unsigned BigInt. */
export type Fingerprint = bigint;

/** Two fingerprints at most this many bits apart are near-duplicate candidates. */
export const NEAR_DUPLICATE_DISTANCE = 12;

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

/** Letters and digits outside ASCII, as `words` reads them (cached per code point). */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const wordCharCache = new Map<number, boolean>();
function isWordCodePoint(cp: number): boolean {
  let known = wordCharCache.get(cp);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(cp));
    wordCharCache.set(cp, known);
  }
  return known;
}

/**
 * `words(text).map(hash32)` in one pass over the lower-cased text, without building the word
 * strings: the FNV-1a hash of each run of letters and digits (code points, as the `u` regex of
 * `words` matches them), over its UTF-16 code units.
 */
function wordHashes(text: string): number[] {
  const lower = text.toLowerCase();
  const out: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let width = 1;
    let isWord: boolean;
    if (c < 128) {
      isWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    } else {
      const cp = lower.codePointAt(i)!;
      if (cp > 0xffff) width = 2;
      isWord = isWordCodePoint(cp);
    }
    if (isWord) {
      if (!inWord) {
        h = 0x811c9dc5;
        inWord = true;
      }
      h ^= c;
      h = Math.imul(h, 0x01000193);
      if (width === 2) {
        h ^= lower.charCodeAt(i + 1);
        h = Math.imul(h, 0x01000193);
        i++;
      }
    } else {
      if (inWord) out.push(h >>> 0);
      inWord = false;
      if (width === 2) i++;
    }
  }
  if (inWord) out.push(h >>> 0);
  return out;
}

/** Byte -> its 8 bits spread into the 8 nibbles of a 32-bit integer (bit k to nibble k). */
const SPREAD = Uint32Array.from({ length: 256 }, (_, b) => {
  let out = 0;
  for (let k = 0; k < 8; k++) if (b & (1 << k)) out |= 1 << (4 * k);
  return out >>> 0;
});

/**
 * Counts, per bit position, how many of the added 64-bit values set it. Counts gather in 4-bit
 * lanes (a byte's 8 bits per 32-bit word, via `SPREAD`), flushed to the totals before a lane
 * could overflow: about a dozen operations per value instead of one per set bit.
 */
class BitCounter {
  readonly ones = new Int32Array(64);
  private readonly lanes = new Uint32Array(8);
  private pending = 0;

  add(hi: number, lo: number): void {
    const l = this.lanes;
    l[0]! += SPREAD[lo & 255]!;
    l[1]! += SPREAD[(lo >>> 8) & 255]!;
    l[2]! += SPREAD[(lo >>> 16) & 255]!;
    l[3]! += SPREAD[lo >>> 24]!;
    l[4]! += SPREAD[hi & 255]!;
    l[5]! += SPREAD[(hi >>> 8) & 255]!;
    l[6]! += SPREAD[(hi >>> 16) & 255]!;
    l[7]! += SPREAD[hi >>> 24]!;
    if (++this.pending === 15) this.flush();
  }

  flush(): void {
    for (let w = 0; w < 8; w++) {
      const v = this.lanes[w]!;
      for (let k = 0; k < 8; k++) this.ones[w * 8 + k]! += (v >>> (4 * k)) & 15;
      this.lanes[w] = 0;
    }
    this.pending = 0;
  }
}

/** A set of 32-bit values with room for `capacity` of them (open addressing, linear probing). */
class SeenSet {
  size = 0;
  private readonly slots: Uint32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let n = 16;
    while (n < 2 * capacity) n *= 2;
    this.slots = new Uint32Array(n);
    this.used = new Uint8Array(n);
    this.mask = n - 1;
  }

  /** Add `x`; false when it was there already. */
  add(x: number): boolean {
    let i = (Math.imul(x, 0x9e3779b1) >>> 0) & this.mask;
    while (this.used[i]) {
      if (this.slots[i] === x) return false;
      i = (i + 1) & this.mask;
    }
    this.used[i] = 1;
    this.slots[i] = x;
    this.size++;
    return true;
  }
}

/**
 * SimHash of a text over its distinct word 3-shingles. Words are hashed once and a shingle's
 * hash combines its three word hashes (rotated, so order matters), which avoids building
 * shingle strings; the two 32-bit halves come from two finalisations, which avoids BigInt
 * arithmetic in the loop. A bit of the result is set when more than half of the distinct
 * shingles set it (`BitCounter`).
 *
 * @example
 * fingerprint('Officials said the ship left port on Monday.'); // 0x5c1e...n
 */
export function fingerprint(text: string): Fingerprint {
  const hashes = wordHashes(text);
  const n = Math.min(3, hashes.length);
  const seen = new SeenSet(hashes.length);
  const counter = new BitCounter();
  for (let i = 0; i + n <= hashes.length && n > 0; i++) {
    let h = 0;
    for (let k = 0; k < n; k++) h ^= rotl(hashes[i + k] ?? 0, 11 * k + 1);
    const lo = mix32(h ^ 0x7f4a7c15);
    if (!seen.add(lo)) continue;
    counter.add(mix32(h ^ 0x9e3779b9), lo);
  }
  counter.flush();
  const { ones } = counter;
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
