import { shippedModalityLexicon, type ModalityLexicon } from './lexicon.js';

const DENYING = new Set(['denial-verb', 'rejection', 'falsity', 'denial-phrase']);

/**
 * Whether a word or phrase is a denial cue: a denial or rejection verb (any inflection), a falsity word,
 * or a denial phrase from lexicons/denials.tsv.
 *
 * @example
 * isDenialCue('denied'); // true
 * isDenialCue('baseless'); // true
 * isDenialCue('no truth'); // true
 * isDenialCue('said'); // false
 */
export function isDenialCue(lemmaOrPhrase: string, lex: ModalityLexicon = shippedModalityLexicon()): boolean {
  const w = lemmaOrPhrase.toLowerCase().trim();
  // Inflections folded by hand: callers may pass a surface form ("denied", "rejects", "dismissing").
  const forms = [
    w,
    w.replace(/ied$/, 'y'),
    w.replace(/ies$/, 'y'),
    w.replace(/d$/, ''),
    w.replace(/ed$/, ''),
    w.replace(/s$/, ''),
    w.replace(/ing$/, ''),
    w.replace(/ing$/, 'e'),
  ];
  return forms.some((f) => DENYING.has(lex.denials.lookup(f)?.kind ?? ''));
}
