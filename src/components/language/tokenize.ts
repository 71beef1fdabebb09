import { allocTokens, posIndex, type Paragraph, type Sentence, type TokenColumns } from '../../core/doc.js';
import { wink } from './wink.js';

/** Sentences and token columns for the kept parts of every paragraph. */
export interface TokenizeResult {
  sentences: Sentence[];
  tokens: TokenColumns;
}

/**
 * Tokenise, tag and split sentences with wink-nlp, one paragraph part at a time, mapping every
 * token back to character offsets in `text`.
 *
 * @example
 * tokenize('Kim said so. He left.', [{ index: 0, start: 0, end: 21, text: '', kept: [{ start: 0, end: 21 }] }])
 *   .sentences.length; // 2
 */
export function tokenize(text: string, paragraphs: readonly Paragraph[]): TokenizeResult {
  const nlp = wink();
  const its = nlp.its;
  let cols = allocTokens(Math.max(64, text.length >> 2));
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    for (const part of p.kept) {
      const partText = text.slice(part.start, part.end);
      const doc = nlp.readDoc(partText);
      const tokens = doc.tokens();
      const values = tokens.out(its.value) as string[];
      const pos = tokens.out(its.pos) as string[];
      const lemmas = tokens.out(its.lemma as never) as string[];
      const neg = tokens.out(its.negationFlag) as unknown as boolean[];
      const spans = doc.sentences().out(its.span) as unknown as [number, number][];
      const base = cols.count;
      if (base + values.length > cols.start.length) cols = grow(cols, base + values.length);
      let cursor = 0;
      for (let i = 0; i < values.length; i++) {
        const v = values[i]!;
        // wink keeps token values verbatim and only white space between them, so skipping white
        // space finds the token (checked on every token of the 22k corpus); search a little
        // ahead in case it does not. Cheaper than reading wink's precedingSpaces in another pass.
        let s = cursor;
        while (s < partText.length && isSpace(partText.charCodeAt(s))) s++;
        if (!partText.startsWith(v, s)) {
          const found = partText.indexOf(v, cursor);
          if (found >= 0 && found - cursor < 16) s = found;
        }
        const e = Math.min(s + v.length, partText.length);
        const k = base + i;
        cols.start[k] = part.start + s;
        cols.end[k] = part.start + e;
        cols.pos[k] = posIndex(pos[i]!);
        cols.negated[k] = neg[i] ? 1 : 0;
        const lower = v.toLowerCase();
        // wink gives no lemma for some tokens (an ellipsis followed by a capitalised word): use the form.
        cols.lemma[k] = lemmas[i] ?? lower;
        cols.lower[k] = lower;
        cursor = e;
      }
      cols.count = base + values.length;
      for (const [first, last] of spans) {
        const ts = base + first;
        const te = base + last + 1;
        const start = cols.start[ts]!;
        const end = cols.end[te - 1]!;
        const index = sentences.length;
        for (let k = ts; k < te; k++) cols.sentence[k] = index;
        sentences.push({
          index,
          paragraph: p.index,
          start,
          end,
          text: text.slice(start, end),
          tokenStart: ts,
          tokenEnd: te,
        });
      }
    }
  }
  return { sentences, tokens: cols };
}

/** JavaScript's `\s`: the white space wink splits tokens on. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && WHITE.test(String.fromCharCode(c)));
}
const WHITE = /\s/;

function grow(cols: TokenColumns, need: number): TokenColumns {
  const size = Math.max(need, cols.start.length * 2);
  const next = allocTokens(size);
  next.count = cols.count;
  next.start.set(cols.start.subarray(0, cols.count));
  next.end.set(cols.end.subarray(0, cols.count));
  next.pos.set(cols.pos.subarray(0, cols.count));
  next.negated.set(cols.negated.subarray(0, cols.count));
  next.sentence.set(cols.sentence.subarray(0, cols.count));
  next.lemma.push(...cols.lemma);
  next.lower.push(...cols.lower);
  return next;
}
