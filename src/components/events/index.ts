import type { Component } from '../../pipeline/component.js';
import { readEvents } from './article.js';
import { shippedObjectClasses } from '../../ledger/index.js';
import { shippedModalityLexicon } from '../modality/index.js';
import { loadEventLexicon, shippedEventLexicon } from './lexicon.js';

export { readEvents } from './article.js';
export {
  loadEventLexicon,
  shippedEventLexicon,
  compileTriggers,
  type EventLexicon,
  type Trigger,
  type Frame,
} from './lexicon.js';
export { findTriggers, type TriggerMatch } from './triggers.js';
export { actorMentions, codeOfEntity, type ActorMention } from './actors.js';
export { holderOf } from './holder.js';

/**
 * The events stage: PLOVER events read from each sentence's triggers, arguments, modality and
 * holder, with denials and accusations coded twice, one row per proposition, holder and polarity.
 * Config: `stages.events.lexiconDir` (else the pipeline's `lexiconDir`, else the shipped lexicons).
 */
export const events: Component = {
  name: 'events',
  version: '1',
  requires: ['sentences', 'tokens', 'entities', 'quotes', 'attributions', 'dates'],
  assigns: ['events'],
  create(config) {
    const dir = (config.stages?.events?.lexiconDir as string | undefined) ?? config.lexiconDir;
    const lex = dir ? loadEventLexicon(dir) : shippedEventLexicon();
    // The modality and object-class lexicons this stage reads are loaded here, when the pipeline is
    // built, so a bad file fails the build (not every article) and their digests are recorded.
    const modality = shippedModalityLexicon();
    const objectClasses = shippedObjectClasses();
    return {
      lexicons: { ...lex.digests, ...modality.digests, 'object-classes.tsv': objectClasses.digest },
      run: (doc) => doc.set('events', readEvents(doc, lex)),
    };
  },
};
