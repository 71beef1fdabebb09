import type { Component } from '../../pipeline/component.js';
import { findBoilerplate } from './boilerplate.js';
import { BOILERPLATE_FILE, loadBoilerplateRules } from './lexicon.js';

export { findBoilerplate, type BoilerplateOptions } from './boilerplate.js';
export { findDateline, findByline, textMetadata, type Dateline, type Byline } from './dateline.js';
export {
  loadBoilerplateRules,
  compileBoilerplateRules,
  type BoilerplateRules,
  type BoilerplateRule,
} from './lexicon.js';
export { isCapsHeadline, isLinkLine } from './headline.js';

/**
 * Clean: mark boilerplate (the `removed` layer) with the patterns of `boilerplate.tsv`.
 * The text is not changed, so every later offset still points into the article as read.
 */
export const clean: Component = {
  name: 'clean',
  version: '1',
  requires: [],
  assigns: ['removed'],
  create(config) {
    const rules = loadBoilerplateRules(config.lexiconDir);
    return {
      run: (doc) => doc.set('removed', findBoilerplate(doc.text, { rules })),
      lexicons: { [BOILERPLATE_FILE]: rules.digest },
    };
  },
};
