import type { Component } from '../../pipeline/component.js';
import { splitParagraphs } from './paragraphs.js';
import { tokenize } from './tokenize.js';

export { splitParagraphs } from './paragraphs.js';
export { tokenize } from './tokenize.js';
export { wink } from './wink.js';

/** The language layer: paragraphs, sentences and token columns (POS, lemmas, negation) via wink-nlp. */
export const language: Component = {
  name: 'language',
  version: '1',
  requires: ['removed'],
  assigns: ['paragraphs', 'sentences', 'tokens'],
  create() {
    return {
      run(doc) {
        doc.paragraphs = splitParagraphs(doc.text, doc.get('removed'));
        const { sentences, tokens } = tokenize(doc.text, doc.paragraphs);
        doc.sentences = sentences;
        doc.tokens = tokens;
      },
    };
  },
};
