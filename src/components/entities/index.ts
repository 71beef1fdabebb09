import type { Component } from '../../pipeline/component.js';
import { findEntities } from './entities.js';
import { loadEntityLexicons } from './load.js';

export { findEntities } from './entities.js';
export { loadEntityLexicons } from './load.js';
export { codeOf, entityById, mentionsIn } from './lookup.js';
export { resolveReference } from './reference.js';

/** The entities stage: states, organisations, places and people with every mention. */
export const entities: Component = {
  name: 'entities',
  version: '1',
  requires: ['sentences', 'tokens'],
  assigns: ['entities'],
  create(config) {
    const lex = loadEntityLexicons(config.lexiconDir);
    return {
      lexicons: lex.data.digests,
      run: (doc) => doc.set('entities', findEntities(doc, lex)),
    };
  },
};
