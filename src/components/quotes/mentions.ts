import type { Entity, Mention } from '../../core/types.js';

/** One mention with its entity, in text order. */
export interface IndexedMention {
  mention: Mention;
  entity: Entity;
}

/**
 * Entity mentions sorted by start, for range look-ups by binary search.
 *
 * @example
 * new MentionIndex(doc.get('entities')).overlapping(0, 20);
 */
export class MentionIndex {
  private readonly items: IndexedMention[];
  private readonly starts: number[];

  constructor(entities: readonly Entity[]) {
    this.items = entities
      .flatMap((entity) => entity.mentions.map((mention) => ({ mention, entity })))
      .sort((a, b) => a.mention.start - b.mention.start);
    this.starts = this.items.map((m) => m.mention.start);
  }

  get size(): number {
    return this.items.length;
  }

  /**
   * Mentions that overlap `[start, end)`, in text order.
   *
   * @example
   * index.overlapping(0, 12).map((m) => m.entity.name); // ['John Kirby']
   */
  overlapping(start: number, end: number): IndexedMention[] {
    const out: IndexedMention[] = [];
    // Mentions are short; step back a little from the first start >= `start` to catch overlaps.
    let i = this.lowerBound(start);
    while (i > 0 && this.items[i - 1]!.mention.end > start) i--;
    for (; i < this.items.length && this.starts[i]! < end; i++) {
      if (this.items[i]!.mention.end > start) out.push(this.items[i]!);
    }
    return out;
  }

  /** Mentions that start before `offset`, nearest first, stopping before offset `floor`. */
  *before(offset: number, floor: number): Generator<IndexedMention> {
    for (let i = this.lowerBound(offset) - 1; i >= 0 && this.starts[i]! >= floor; i--) yield this.items[i]!;
  }

  private lowerBound(x: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
