import type { Component } from '../../pipeline/component.js';

/** Placeholder until the entities stage lands: sets an empty layer. */
export const entities: Component = {
  name: 'entities',
  version: '0',
  requires: ['sentences', 'tokens'],
  assigns: ['entities'],
  create: () => ({ run: (doc) => doc.set('entities', []) }),
};
