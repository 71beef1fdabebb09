import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/test-helpers/make-doc.js';
import { extractQuotes } from './extract.js';
import { holderAt, quoteAt, UNKNOWN_SPEAKER } from './holder.js';
import { loadQuoteLexicon } from './lexicon.js';

const text =
  'The talks ended on Monday. Tobias Renn said the army had left and that “we never fired on the town, not once.”\n' +
  'Ana Ruiz told reporters that Renn was lying.';

function analysed() {
  const doc = makeDoc(text);
  doc.set('entities', []);
  const { quotes, attributions } = extractQuotes(doc, loadQuoteLexicon());
  doc.set('quotes', quotes);
  doc.set('attributions', attributions);
  return doc;
}

const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;

describe('holderAt', () => {
  it.each([
    ['the article’s own voice', 'The talks ended', null],
    ['reported content is held by its speaker', 'the army had left', 'Tobias Renn'],
    [
      'a direct quote inside reported content is held by the quote’s speaker',
      'we never fired',
      'Tobias Renn',
    ],
    ['another speaker’s reported content', 'Renn was lying', 'Ana Ruiz'],
  ])('%s', (_name, span, expected) => {
    const [s, e] = at(span);
    expect(holderAt(analysed(), s, e)?.name ?? null).toBe(expected);
  });
});

describe('holderAt for a quote with no speaker found', () => {
  it('is someone, not the article', () => {
    const doc = makeDoc('The day was long.\n“Nobody here has slept for three days.”');
    doc.set('entities', []);
    const { quotes, attributions } = extractQuotes(doc, loadQuoteLexicon());
    doc.set('quotes', quotes);
    doc.set('attributions', attributions);
    const s = doc.text.indexOf('Nobody');
    expect(holderAt(doc, s, s + 6)).toBe(UNKNOWN_SPEAKER);
    expect(holderAt(doc, 0, 3)).toBeNull();
  });
});

describe('quoteAt', () => {
  it('prefers the innermost quote, a direct one', () => {
    const doc = analysed();
    const i = quoteAt(doc, at('never fired')[0]);
    expect(i).not.toBeNull();
    expect(doc.get('quotes')[i!]!.direct).toBe(true);
  });

  it('is null outside every quote', () => {
    expect(quoteAt(analysed(), 0)).toBeNull();
  });

  it('direct quotes carry an attribution pointing back at them', () => {
    const doc = analysed();
    const direct = doc.get('attributions').filter((a) => a.quoteIndex !== null);
    expect(direct.map((a) => doc.get('quotes')[a.quoteIndex!]!.text)).toEqual([
      'we never fired on the town, not once.',
    ]);
    expect(direct[0]!.cue.text).toBe('said');
  });
});
