import type { Doc } from '../../core/doc.js';
import type { MentionProposal } from './proposals.js';

/**
 * Where states are mentioned, for giving a country to a role or a bare institution from context:
 * the nearest state before a token in its sentence, then its paragraph, then after it in the
 * sentence, then the article's first state.
 */
export class StateContext {
  private readonly pos: number[] = [];
  private readonly codes: string[] = [];
  private readonly doc: Doc;
  /** Paragraph index -> its first token. */
  private readonly paraStart = new Map<number, number>();

  constructor(doc: Doc, proposals: readonly MentionProposal[]) {
    this.doc = doc;
    for (const s of doc.sentences) if (!this.paraStart.has(s.paragraph)) this.paraStart.set(s.paragraph, s.tokenStart);
    const states = proposals
      .filter((p) => p.draft.type === 'country' && p.draft.code)
      .sort((a, b) => a.tokStart - b.tokStart);
    for (const p of states) {
      this.pos.push(p.tokStart);
      this.codes.push(p.draft.code!);
    }
  }

  /**
   * The state a governmental role or bare title at token `i` most likely belongs to.
   *
   * @example
   * ctx.stateFor(12); // 'PRK'
   */
  stateFor(i: number): string | null {
    if (this.pos.length === 0) return null;
    const sent = this.doc.sentences[this.doc.tokens.sentence[i]!]!;
    const paraStart = this.paraStart.get(sent.paragraph)!;
    const k = this.lastBefore(i);
    if (k >= 0 && this.pos[k]! >= sent.tokenStart) return this.codes[k]!;
    if (k >= 0 && this.pos[k]! >= paraStart) return this.codes[k]!;
    if (k + 1 < this.pos.length && this.pos[k + 1]! < sent.tokenEnd) return this.codes[k + 1]!;
    return k >= 0 ? this.codes[k]! : this.codes[0]!;
  }

  /** Index of the last state mention starting before token `i`, or -1. */
  private lastBefore(i: number): number {
    let lo = 0;
    let hi = this.pos.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.pos[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}
