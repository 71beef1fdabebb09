import type { Doc } from '../../core/doc.js';
import type { CueSpec, QuoteLexicon } from './lexicon.js';
import type { QuoteSpan } from './marks.js';

/** A speech cue found in the text outside quotation marks. */
export interface Cue {
  /** First and last token of the cue (`according to` has two). */
  token: number;
  last: number;
  start: number;
  end: number;
  sentence: number;
  spec: CueSpec;
  /** Lemma or phrase of the lexicon row that matched. */
  cue: string;
}

/** Surface forms that are speech verbs whatever tag the tagger gives them. */
const ALWAYS_VERB = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'asked', 'wrote', 'tweeted']);
/** Tags before which a cue word is a noun ("the claim", "his warning"), not a verb. */
const NOUN_MARKERS = new Set(['DET', 'ADJ', 'NUM']);

/**
 * For every token, the index of the quote span whose marks enclose it, else -1 (one linear pass).
 *
 * @example
 * quoteMask(doc, spans)[5]; // 0 when token 5 is inside the first quote
 */
export function quoteMask(doc: Doc, spans: readonly QuoteSpan[]): Int32Array {
  const n = doc.tokens.count;
  const mask = new Int32Array(n).fill(-1);
  const st = doc.tokens.start;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const s = st[i]!;
    while (k < spans.length && spans[k]!.close <= s) k++;
    const q = spans[k];
    if (q && q.open <= s && s < q.close) mask[i] = k;
  }
  return mask;
}

/**
 * Find speech cues outside quotation marks: tokens whose lemma is a lexicon cue and that are
 * used as verbs, and the phrase "according to".
 *
 * @example
 * findCues(doc, lex, mask).map((c) => c.cue); // ['say', 'according to']
 */
export function findCues(doc: Doc, lex: QuoteLexicon, mask: Int32Array): Cue[] {
  const t = doc.tokens;
  const out: Cue[] = [];
  for (let i = 0; i < t.count; i++) {
    if (mask[i]! >= 0) continue;
    const lower = t.lower[i]!;
    if (lower === 'according' && t.lower[i + 1] === 'to') {
      const spec = lex.cues.get('according to');
      if (spec) out.push(cueAt(doc, i, i + 1, spec, 'according to'));
      continue;
    }
    const lemma = t.lemma[i]!;
    const spec = lex.cues.get(lemma);
    if (!spec || spec.frame === 'according') continue;
    if (!isVerbUse(doc, i, lower)) continue;
    out.push(cueAt(doc, i, i, spec, lemma));
  }
  return out;
}

function isVerbUse(doc: Doc, i: number, lower: string): boolean {
  if (ALWAYS_VERB.has(lower)) return true;
  const pos = doc.posOf(i);
  if (pos !== 'VERB') return false;
  if (i > 0 && doc.tokens.sentence[i - 1] === doc.tokens.sentence[i]) {
    const prev = doc.posOf(i - 1);
    if (NOUN_MARKERS.has(prev) || doc.tokens.lower[i - 1] === "'s") return false;
  }
  return true;
}

function cueAt(doc: Doc, first: number, last: number, spec: CueSpec, cue: string): Cue {
  return {
    token: first,
    last,
    start: doc.tokens.start[first]!,
    end: doc.tokens.end[last]!,
    sentence: doc.tokens.sentence[first]!,
    spec,
    cue,
  };
}
