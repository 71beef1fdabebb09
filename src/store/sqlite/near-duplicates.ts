import type Database from 'better-sqlite3';
import { halvesDistance, NEAR_DUPLICATE_DISTANCE, resemblance, splitFingerprint, type Fingerprint } from '../../dedup/index.js';

const BUCKETS = 28;

export interface NearDuplicateOptions {
  /** Largest SimHash distance for a candidate (default `NEAR_DUPLICATE_DISTANCE`). */
  maxDistance?: number;
  /** Smallest shingle resemblance that confirms a candidate (default 0.7). */
  minResemblance?: number;
}

/**
 * Finds the stored article a new text copies. Candidates come from the SimHash buckets (an
 * index lookup, not a scan), are filtered by Hamming distance, and the closest that also
 * passes the shingle resemblance check wins. Copies of copies point at the first original.
 */
export class NearDuplicateFinder {
  private readonly candidates;
  private readonly text;
  private readonly maxDistance: number;
  private readonly minResemblance: number;

  constructor(db: Database.Database, options: NearDuplicateOptions = {}) {
    this.maxDistance = options.maxDistance ?? NEAR_DUPLICATE_DISTANCE;
    this.minResemblance = options.minResemblance ?? 0.7;
    this.candidates = db.prepare(
      `SELECT a.seq, a.id, a.sh_hi AS hi, a.sh_lo AS lo, a.duplicate_of AS duplicateOf
       FROM articles a WHERE a.seq IN (SELECT article_seq FROM simhash_buckets WHERE bucket IN (${Array(BUCKETS).fill('?').join(', ')}))
         AND a.seq <> ?`,
    );
    this.text = db.prepare('SELECT text FROM articles WHERE seq = ?').pluck();
  }

  /** The id of the original this text copies, or null. `selfSeq` excludes the article's own row. */
  find(text: string, fp: Fingerprint, buckets: number[], selfSeq: number): string | null {
    const rows = this.candidates.all(...buckets, selfSeq) as { seq: number; id: string; hi: number; lo: number; duplicateOf: string | null }[];
    const [hi, lo] = splitFingerprint(fp);
    const close = rows
      .map((r) => ({ ...r, distance: halvesDistance(hi, lo, r.hi, r.lo) }))
      .filter((r) => r.distance <= this.maxDistance)
      .sort((a, b) => a.distance - b.distance || a.seq - b.seq);
    for (const c of close) {
      if (resemblance(text, this.text.get(c.seq) as string) >= this.minResemblance) return c.duplicateOf ?? c.id;
    }
    return null;
  }
}
