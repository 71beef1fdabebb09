import type { Component } from '../../pipeline/component.js';
import { findDates } from './dates.js';
import { DATE_CUES_FILE, loadDateCues } from './lexicon.js';

export { findDates, referenceDate } from './dates.js';
export { loadDateCues, compileDateCues, type DateCues } from './lexicon.js';

/** Dates: chrono-node around the date cues of `date-cues.tsv`, relative to the article's published date. */
export const dates: Component = {
  name: 'dates',
  version: '1',
  requires: ['sentences'],
  assigns: ['dates'],
  create(config) {
    const cues = loadDateCues(config.lexiconDir);
    return {
      run: (doc) => doc.set('dates', findDates(doc, cues)),
      lexicons: { [DATE_CUES_FILE]: cues.digest },
    };
  },
};
