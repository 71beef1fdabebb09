import type { Doc } from '../../core/doc.js';
import { lemmaAt } from './words.js';

/** A compiled pattern: alternatives per word (`*` matches any token), and the row's payload. */
export interface Phrase<T> {
  words: (string[] | null)[];
  value: T;
}

/** Patterns indexed by the alternatives of their first word, longest first. */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();

  /** Add a pattern: words separated by spaces, `a|b` alternatives, `*` any one token (not first). */
  add(pattern: string, value: T): void {
    const words = pattern
      .toLowerCase()
      .split(/\s+/)
      .map((w) => (w === '*' ? null : w.split('|')));
    const phrase = { words, value };
    for (const first of words[0] ?? []) {
      const list = this.byFirst.get(first) ?? [];
      list.push(phrase);
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(first, list);
    }
  }

  /**
   * The longest pattern starting at token `i` and ending before `end`, with the index just past it.
   *
   * @example
   * table.matchAt(doc, 4, sentence.tokenEnd); // { phrase, end: 6 } for "according to"
   */
  matchAt(doc: Doc, i: number, end: number): { phrase: Phrase<T>; end: number } | null {
    const lower = doc.tokens.lower[i]!;
    const lemma = lemmaAt(doc, i);
    const a = this.byFirst.get(lower);
    const b = lemma === lower ? undefined : this.byFirst.get(lemma);
    // Most tokens open no pattern; this runs for every token of a sentence, several tables each.
    if (!a && !b) return null;
    let best: { phrase: Phrase<T>; end: number } | null = null;
    for (const list of [a, b]) {
      if (!list) continue;
      for (const p of list) {
        if (best && best.phrase.words.length >= p.words.length) break;
        const stop = i + p.words.length;
        if (stop > end) continue;
        let ok = true;
        for (let w = 1; w < p.words.length && ok; w++) {
          const alts = p.words[w];
          if (alts) ok = alts.includes(doc.tokens.lower[i + w]!) || alts.includes(lemmaAt(doc, i + w));
        }
        if (ok) best = { phrase: p, end: stop };
      }
    }
    return best;
  }

  /** The value of the pattern that `text` (words separated by spaces) spells exactly, if any. */
  lookup(text: string): T | undefined {
    const words = text.toLowerCase().trim().split(/\s+/);
    const list = this.byFirst.get(words[0]!) ?? [];
    return list.find(
      (p) =>
        p.words.length === words.length &&
        p.words.every((alts, k) => alts === null || alts.includes(words[k]!)),
    )?.value;
  }
}
