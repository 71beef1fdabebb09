import type { Component } from '../../pipeline/component.js';

/** Placeholder until the quotes stage lands: sets empty layers. */
export const quotes: Component = {
  name: 'quotes',
  version: '0',
  requires: ['sentences', 'tokens', 'entities'],
  assigns: ['quotes', 'attributions'],
  create: () => ({
    run: (doc) => {
      doc.set('quotes', []);
      doc.set('attributions', []);
    },
  }),
};
