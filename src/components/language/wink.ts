import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;

/**
 * Only the annotations claimtrail reads: sentences, negation flags and POS (lemmas come with
 * POS). wink's own NER and sentiment passes cost about a quarter of `readDoc` and feed nothing
 * here: neither changes tokens, sentences, tags or negation.
 */
const PIPE = ['sbd', 'negation', 'pos'];

let instance: Wink | null = null;

/**
 * The process's one wink-nlp instance. A second instance silently matches nothing on
 * POS-based patterns, so every stage must share this one.
 *
 * @example
 * wink().readDoc('Kim left.').tokens().out(); // ['Kim', 'left', '.']
 */
export function wink(): Wink {
  instance ??= winkNLP(model, PIPE as Parameters<typeof winkNLP>[1]);
  return instance;
}
