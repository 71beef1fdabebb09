/** Near-duplicate detection (syndicated copies of one story) and exact-duplicate keys. */
export {
  fingerprint,
  halvesDistance,
  hammingDistance,
  isNearDuplicate,
  joinFingerprint,
  splitFingerprint,
  NEAR_DUPLICATE_DISTANCE,
  type Fingerprint,
} from './simhash.js';
export { resemblance, shingles, words } from './shingles.js';
export { textHash } from './content-hash.js';
