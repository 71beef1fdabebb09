import type { Component } from '../../pipeline/component.js';

/** Placeholder until the events stage lands: sets an empty layer. */
export const events: Component = {
  name: 'events',
  version: '0',
  requires: ['sentences', 'tokens', 'entities', 'quotes', 'attributions', 'dates'],
  assigns: ['events'],
  create: () => ({ run: (doc) => doc.set('events', []) }),
};
