/**
 * The entities stage and the lookups later stages use.
 *
 * - `entities`: the pipeline component (assigns the `entities` layer).
 * - `findEntities(doc, lex)`: the stage's logic on a Doc, returning entities without setting them.
 * - `loadEntityLexicons(dir?)`: the gazetteer, roles and cues, validated and compiled once per folder.
 * - `mentionsIn(doc, start, end)`, `entityById(doc, id)`, `codeOf(entity)`: lookups over the layer.
 * - `resolveReference(doc, start, end, lex?)`: what a description ("the official", "the ministry",
 *   "the country's top diplomat") refers to in context.
 */
import type { Component } from '../../pipeline/component.js';
import { findEntities } from './entities.js';
import { loadEntityLexicons } from './load.js';

export { findEntities } from './entities.js';
export { loadEntityLexicons } from './load.js';
export type { CompiledLexicons } from './gazetteer.js';
export { codeOf, entityById, mentionsIn } from './lookup.js';
export { resolveReference } from './reference.js';

/**
 * The entities stage: states, organisations, places and people with every mention.
 *
 * @example
 * const pipeline = new Pipeline([clean, language, dates, entities], {});
 */
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
