import type { Component } from '../../pipeline/component.js';
import { findDates } from './dates.js';

export { findDates, referenceDate } from './dates.js';

/** Dates: chrono-node over each sentence, relative to the article's published date. */
export const dates: Component = {
  name: 'dates',
  version: '1',
  requires: ['sentences'],
  assigns: ['dates'],
  create() {
    return { run: (doc) => doc.set('dates', findDates(doc)) };
  },
};
