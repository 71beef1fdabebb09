/** Set bits of every 16-bit value: two lookups count a 32-bit half faster than bit arithmetic. */
const BITS16 = Uint8Array.from({ length: 1 << 16 }, (_, v) => {
  let n = 0;
  for (let x = v; x !== 0; x &= x - 1) n++;
  return n;
});

/**
 * Every stored article's 64-bit SimHash as two columns of 32-bit halves, for a linear
 * nearest-neighbour scan. Flat typed arrays (not an object per article) keep the scan to a few
 * tens of microseconds per ten thousand articles.
 *
 * @example
 * const t = new FingerprintTable();
 * t.set(1, 0xdeadbeef, 0x01234567);
 * t.within(0xdeadbeef, 0x01234566, 3, (seq, d) => console.log(seq, d)); // 1 1
 */
export class FingerprintTable {
  private seqs = new Float64Array(1024);
  private his = new Uint32Array(1024);
  private los = new Uint32Array(1024);
  private readonly slot = new Map<number, number>();
  private size = 0;

  clear(): void {
    this.size = 0;
    this.slot.clear();
  }

  /** Add an article's fingerprint, or replace it (a new version of the article). */
  set(seq: number, hi: number, lo: number): void {
    let i = this.slot.get(seq);
    if (i === undefined) {
      if (this.size === this.seqs.length) this.grow();
      i = this.size++;
      this.slot.set(seq, i);
      this.seqs[i] = seq;
    }
    this.his[i] = hi;
    this.los[i] = lo;
  }

  /**
   * Call `found` for every article at most `maxDistance` bits from the fingerprint (`hi`, `lo`).
   * Most stored fingerprints differ in about half their bits, so the high half alone rules them
   * out: the low half is counted for the few that pass.
   */
  within(hi: number, lo: number, maxDistance: number, found: (seq: number, distance: number) => void): void {
    const { seqs, his, los, size } = this;
    for (let i = 0; i < size; i++) {
      const h = hi ^ his[i]!;
      const dHi = BITS16[h & 0xffff]! + BITS16[h >>> 16]!;
      if (dHi > maxDistance) continue;
      const l = lo ^ los[i]!;
      const d = dHi + BITS16[l & 0xffff]! + BITS16[l >>> 16]!;
      if (d <= maxDistance) found(seqs[i]!, d);
    }
  }

  private grow(): void {
    const n = this.seqs.length * 2;
    const grown = <T extends Float64Array | Uint32Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.seqs = grown(this.seqs, new Float64Array(n));
    this.his = grown(this.his, new Uint32Array(n));
    this.los = grown(this.los, new Uint32Array(n));
  }
}
