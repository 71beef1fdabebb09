import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;

/**
 * The process's one wink-nlp instance. A second instance silently matches nothing on
 * POS-based patterns, so every stage must share this one.
 */
export function wink(): Wink {
  instance ??= winkNLP(model);
  return instance;
}
