import type { Doc } from '../../core/doc.js';
import { isOutletKey, type MentionProposal } from './proposals.js';

/** How many sentences back a role may look for the state it speaks for. */
const LOOKBACK = 5;

/**
 * Where states act in the text, for giving a country to a role or a bare institution from
 * context. Signals are states named as actors (not adjectives: "the 2017 French election") and
 * state bodies ("the Treasury Department said"), not news outlets (they report, they do not speak for
 * their home state), outside quotations (a quote's states are what
 * is talked about, not who talks).
 */
export class StateContext {
  /** Sentence index -> [token, code] signals in order. */
  private readonly bySentence = new Map<number, [number, string][]>();
  private readonly counts = new Map<string, number>();
  /** Every state or demonym mention: [tokStart, tokEnd, code]. */
  private readonly states: [number, number, string][] = [];
  private readonly titled = new Map<string, string | null>();
  private readonly doc: Doc;

  constructor(doc: Doc, proposals: readonly MentionProposal[]) {
    this.doc = doc;
    const quoted = quotedTokens(doc);
    const sorted = [...proposals].sort((a, b) => a.tokStart - b.tokStart);
    for (const p of sorted) {
      const d = p.draft;
      if (d.type === 'country' && d.code) this.states.push([p.tokStart, p.tokEnd, d.code]);
      if (d.type === 'country' && d.code) this.counts.set(d.code, (this.counts.get(d.code) ?? 0) + 1);
      const code =
        d.type === 'country'
          ? p.kind === 'demonym'
            ? null
            : d.code
          : d.type === 'organization' && !d.countryFromContext && !isOutletKey(d.key)
            ? d.country
            : null;
      if (!code || quoted[p.tokStart]) continue;
      const s = doc.tokens.sentence[p.tokStart]!;
      let list = this.bySentence.get(s);
      if (!list) this.bySentence.set(s, (list = []));
      list.push([p.tokStart, code]);
    }
  }

  /**
   * The state a governmental role or bare title at token `i` most likely belongs to: the first
   * state acting before it in its sentence, else the first one of the nearest sentence before
   * that has one, else the article's most mentioned state.
   *
   * @example
   * ctx.stateFor(12); // 'PRK'
   */
  /**
   * The one state the article gives this title to ("Ukrainian President", "the President of
   * Ukraine"), so a bare "President X" elsewhere is that state's; null when no state or several.
   *
   * @example
   * ctx.titleState('president'); // 'UKR'
   */
  titleState(title: string): string | null {
    const key = title.toLowerCase();
    if (this.titled.has(key)) return this.titled.get(key)!;
    const words = key.split(/\s+/);
    const lower = this.doc.tokens.lower;
    const at = (k: number, w: string) => {
      const t = lower[k];
      return t === w || t === `${w}'s` || t === `${w}’s`;
    };
    const titleFrom = (k: number) => words.every((w, j) => at(k + j, w));
    const codes = new Set<string>();
    for (const [start, end, code] of this.states) {
      // "<demonym or state> <title>", or "<title> of (the) <state>".
      if (titleFrom(end)) codes.add(code);
      let k = start - 1;
      if (lower[k] === 'the') k--;
      if (lower[k] === 'of' && titleFrom(k - words.length)) codes.add(code);
    }
    const one = codes.size === 1 ? [...codes][0]! : null;
    this.titled.set(key, one);
    return one;
  }

  /**
   * States acting in the sentence of token `i` other than `not`, nearest to `i` first: where a role
   * may belong when its first guess is taken.
   *
   * @example
   * ctx.otherStatesNear(40, 'IND'); // ['CAN']
   */
  otherStatesNear(i: number, not: string): string[] {
    const s = this.doc.tokens.sentence[i]!;
    return (this.bySentence.get(s) ?? [])
      .filter(([, code]) => code !== not)
      .sort((a, b) => Math.abs(a[0] - i) - Math.abs(b[0] - i))
      .map(([, code]) => code);
  }

  stateFor(i: number): string | null {
    const s = this.doc.tokens.sentence[i]!;
    const own = this.bySentence.get(s)?.find(([t]) => t < i);
    if (own) return own[1];
    for (let k = s - 1; k >= Math.max(0, s - LOOKBACK); k--) {
      const first = this.bySentence.get(k)?.[0];
      if (first) return first[1];
    }
    let best: string | null = null;
    for (const [code, n] of this.counts) if (best === null || n > this.counts.get(best)!) best = code;
    return best;
  }
}

/** 1 for tokens inside quotation marks (curly pairs, or straight quotes toggling), per paragraph. */
export function quotedTokens(doc: Doc): Uint8Array {
  const out = new Uint8Array(doc.tokens.count);
  let inside = false;
  let para = -1;
  for (const s of doc.sentences) {
    if (s.paragraph !== para) {
      para = s.paragraph;
      inside = false;
    }
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const l = doc.tokens.lower[k]!;
      if (l === '“' || l === '«') inside = true;
      else if (l === '”' || l === '»') inside = false;
      else if (l === '"') inside = !inside;
      else if (inside) out[k] = 1;
    }
  }
  return out;
}
