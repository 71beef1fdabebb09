import type { Doc } from '../../core/doc.js';
import type { CompiledLexicons } from './gazetteer.js';
import type { CueKind } from './lexicons.js';
import type { GazetteerMatch } from './match-gazetteer.js';
import type { EntityDraft, MentionProposal } from './proposals.js';
import { isTitleCase, lowerAt } from './tokens.js';

/**
 * The working state of one document's entity analysis: gazetteer matches indexed by token and
 * which tokens are already part of a proposed mention.
 */
export class Scan {
  readonly doc: Doc;
  readonly lex: CompiledLexicons;
  readonly proposals: MentionProposal[] = [];
  /** Token -> index of the gazetteer match that covers it, or -1. */
  private readonly gazAt: Int32Array;
  private readonly claimed: Uint8Array;
  /** Token -> index of the proposal that covers it, or -1. */
  private readonly proposalIndex: Int32Array;
  readonly gaz: GazetteerMatch[];

  constructor(doc: Doc, lex: CompiledLexicons, gaz: GazetteerMatch[]) {
    this.doc = doc;
    this.lex = lex;
    this.gaz = gaz;
    this.gazAt = new Int32Array(doc.tokens.count).fill(-1);
    gaz.forEach((m, k) => this.gazAt.fill(k, m.start, m.end));
    this.claimed = new Uint8Array(doc.tokens.count);
    this.proposalIndex = new Int32Array(doc.tokens.count).fill(-1);
  }

  /** The gazetteer match covering token `i`. */
  gazetteerAt(i: number): GazetteerMatch | undefined {
    if (i < 0 || i >= this.gazAt.length) return undefined;
    const k = this.gazAt[i]!;
    return k < 0 ? undefined : this.gaz[k];
  }

  /** The gazetteer match that ends exactly before token `i` (skipping a possessive "'s"). */
  gazetteerEndingAt(i: number): GazetteerMatch | undefined {
    const m =
      this.gazetteerAt(i - 1) ?? (lowerAt(this.doc, i - 1) === "'s" ? this.gazetteerAt(i - 2) : undefined);
    return m;
  }

  private readonly titleCase = new Map<number, boolean>();

  /** Whether sentence `s` is a title-case headline (computed once per sentence). */
  isHeadline(s: number): boolean {
    let v = this.titleCase.get(s);
    if (v === undefined) this.titleCase.set(s, (v = isTitleCase(this.doc, s)));
    return v;
  }

  isClaimed(i: number): boolean {
    return this.claimed[i] === 1;
  }

  has(cue: string, kind: CueKind): boolean {
    return this.lex.data.cues.get(cue)?.has(kind) ?? false;
  }

  /** Record a mention over tokens `[tokStart, tokEnd)` and claim them. */
  propose(
    tokStart: number,
    tokEnd: number,
    kind: MentionProposal['kind'],
    draft: EntityDraft,
    trimEnd = 0,
  ): MentionProposal {
    const t = this.doc.tokens;
    const p = { tokStart, tokEnd, start: t.start[tokStart]!, end: t.end[tokEnd - 1]! - trimEnd, kind, draft };
    this.proposals.push(p);
    this.claimed.fill(1, tokStart, tokEnd);
    this.proposalIndex.fill(this.proposals.length - 1, tokStart, tokEnd);
    return p;
  }

  /** Record a mention that may contain other mentions (an unnamed official's noun phrase). */
  proposeOverlapping(
    tokStart: number,
    tokEnd: number,
    kind: MentionProposal['kind'],
    draft: EntityDraft,
  ): MentionProposal {
    const t = this.doc.tokens;
    const p = { tokStart, tokEnd, start: t.start[tokStart]!, end: t.end[tokEnd - 1]!, kind, draft };
    this.proposals.push(p);
    return p;
  }

  /** Mark tokens as used without proposing a mention (a dateline credit, an event's name). */
  claim(tokStart: number, tokEnd: number): void {
    this.claimed.fill(1, tokStart, tokEnd);
  }

  /** The proposal covering token `i`. */
  proposalAt(i: number): MentionProposal | undefined {
    if (i < 0 || i >= this.proposalIndex.length) return undefined;
    const k = this.proposalIndex[i]!;
    return k < 0 ? undefined : this.proposals[k];
  }
}
