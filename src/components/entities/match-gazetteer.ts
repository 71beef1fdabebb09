import type { Doc } from '../../core/doc.js';
import { caseAllows, type AliasValue, type CompiledLexicons } from './gazetteer.js';
import { lowerAt, surface } from './tokens.js';

/** A gazetteer alias found over tokens `[start, end)`. */
export interface GazetteerMatch {
  start: number;
  end: number;
  value: AliasValue;
  /** Set when the match stops before the token's last character ("X." ending a sentence). */
  trimEnd?: number;
}

/**
 * Longest gazetteer matches over the document's tokens, left to right, without overlaps.
 * An alias matches only inside one sentence and only when the text's capitals satisfy its case
 * rules ("us" is not the USA; "U.S." is).
 *
 * @example
 * findGazetteerMatches(makeDoc('Pyongyang denied it.'), lex)[0].value.entry.code; // 'PRK'
 */
export function findGazetteerMatches(doc: Doc, lex: CompiledLexicons): GazetteerMatch[] {
  const out: GazetteerMatch[] = [];
  const lower = doc.tokens.lower;
  for (const s of doc.sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const m = bestAt(doc, lex, lower, i, s.tokenEnd);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
  }
  return out;
}

function bestAt(
  doc: Doc,
  lex: CompiledLexicons,
  lower: string[],
  i: number,
  limit: number,
): GazetteerMatch | null {
  if (!lex.aliases.startsWith(lower[i]!)) return i === limit - 1 ? finalLetterAt(doc, lex, i) : null;
  for (const m of lex.aliases.matchesAt(lower, i, limit)) {
    for (const value of m.values) {
      if (accepts(doc, value, i, m.end)) return { start: i, end: m.end, value };
    }
  }
  return null;
}

function accepts(doc: Doc, value: AliasValue, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!caseAllows(value.rules[k - start]!, surface(doc, k))) return false;
  // A one-letter name ("X", the platform) is only read as a name after "on".
  if (end - start === 1 && surface(doc, start).length === 1) return lowerAt(doc, start - 1) === 'on';
  return true;
}

/** wink reads a sentence-final "X." as an initial; the platform X is still a name after "on". */
function finalLetterAt(doc: Doc, lex: CompiledLexicons, i: number): GazetteerMatch | null {
  const l = doc.tokens.lower[i]!;
  if (l.length !== 2 || !l.endsWith('.') || lowerAt(doc, i - 1) !== 'on') return null;
  const letter = surface(doc, i).slice(0, 1);
  for (const m of lex.aliases.matchesAt([l.slice(0, 1)], 0, 1)) {
    for (const value of m.values) {
      if (caseAllows(value.rules[0]!, letter) && value.rules.length === 1)
        return { start: i, end: i + 1, value, trimEnd: 1 };
    }
  }
  return null;
}
