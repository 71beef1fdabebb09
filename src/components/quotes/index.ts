import type { Component } from '../../pipeline/component.js';
import { extractQuotes } from './extract.js';
import { loadQuoteLexicon } from './lexicon.js';

export { extractQuotes, MIN_QUOTE_WORDS, type QuoteProposals } from './extract.js';
export { findQuoteSpans, countWords, type QuoteSpan } from './marks.js';
export { holderAt, quoteAt, UNKNOWN_SPEAKER } from './holder.js';
export {
  loadQuoteLexicon,
  compileQuoteLexicon,
  type QuoteLexicon,
  type CueSpec,
  type CueFrame,
} from './lexicon.js';

/**
 * The quotes stage: direct quotes (quotation marks) and reported speech, each attributed to a
 * speaker; sets the `quotes` and `attributions` layers.
 *
 * @example
 * new Pipeline([clean, language, dates, entities, quotes], {}).analyse(article).quotes;
 */
export const quotes: Component = {
  name: 'quotes',
  version: '1',
  requires: ['sentences', 'tokens', 'entities'],
  assigns: ['quotes', 'attributions'],
  create(config) {
    const lex = loadQuoteLexicon(config.lexiconDir);
    return {
      lexicons: lex.digests,
      run(doc) {
        const { quotes: found, attributions } = extractQuotes(doc, lex);
        doc.set('quotes', found);
        doc.set('attributions', attributions);
      },
    };
  },
};
