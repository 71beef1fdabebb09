import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../language/index.js';
import { findQuoteSpans } from './marks.js';

const spans = (text: string) =>
  findQuoteSpans(text, splitParagraphs(text, [])).map((s) => text.slice(s.start, s.end));

describe('findQuoteSpans', () => {
  it.each([
    ['curly double marks', 'Ames said, “We will not leave the valley.”', ['We will not leave the valley.']],
    [
      'straight double marks',
      'Ames said, "We will not leave the valley."',
      ['We will not leave the valley.'],
    ],
    ['a trailing comma is dropped', '“We will stay put for now,” Ames said.', ['We will stay put for now']],
    [
      'single marks inside double marks belong to the outer quote',
      'He said, “We never made ‘secret deals’ with them at all.”',
      ['We never made ‘secret deals’ with them at all.'],
    ],
    [
      'a quote split by its attribution gives two stretches',
      '“The talks are over,” she said. “Nobody will return to the table.”',
      ['The talks are over', 'Nobody will return to the table.'],
    ],
    ['apostrophes are not marks', 'They’re sure Korea’s plan from the ’90s failed.', []],
    ['an elision after a space is not a mark', "The band from the '80s is back, isn't it?", []],
    [
      'a closing curly mark used as the opening one',
      '”We are proud of the whole team today.” ― Ana Ruiz',
      ['We are proud of the whole team today.'],
    ],
    [
      'a closing mark opening a paragraph before an ellipsis',
      '” … and we kept on going to the end,” she wrote.',
      ['… and we kept on going to the end'],
    ],
    [
      'paired single straight marks as double marks',
      "''It is a fair plan for the city,'' he said.",
      ['It is a fair plan for the city'],
    ],
    [
      'single marks as the main quotation marks',
      '‘We needed the very best actor for it,’ Ian Dale said.\n‘He was the first name on our list.’',
      ['We needed the very best actor for it', 'He was the first name on our list.'],
    ],
    [
      'a top-level single-quoted stretch',
      "Envoy Tells Rivals: 'Come Back To The Table Now'",
      ['Come Back To The Table Now'],
    ],
    [
      'an unclosed mark runs to the end of the paragraph',
      'He said, “we will not go back there\nNext line.',
      ['we will not go back there'],
    ],
    ['a stray closing mark is ignored', 'It was over” and then it rained.', []],
    [
      'a stray straight closing mark does not open a quote',
      'They went over his [notes]" in detail. The only "tax records" he showed were old.',
      ['tax records'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('a quote reopened in the next paragraph continues the previous one', () => {
    const text = '“We stand firm on this matter and always will.\n“Our partners know it well,” he said.';
    const found = findQuoteSpans(text, splitParagraphs(text, []));
    expect(found.map((s) => [text.slice(s.start, s.end), s.closed, s.continues])).toEqual([
      ['We stand firm on this matter and always will.', false, false],
      ['Our partners know it well', true, true],
    ]);
  });

  it('counts words so scare quotes can be told from quotes', () => {
    const text = 'They called it “a farce” and “a plan that cannot work”.';
    expect(findQuoteSpans(text, splitParagraphs(text, [])).map((s) => s.words)).toEqual([2, 5]);
  });

  it('never lets a quote cross removed boilerplate', () => {
    const text = 'He said “we will go on SUBSCRIBE NOW and then” it ended.';
    const at = text.indexOf('SUBSCRIBE');
    const paragraphs = splitParagraphs(text, [
      { start: at, end: at + 13, text: 'SUBSCRIBE NOW', reason: 'newsletter' },
    ]);
    const found = findQuoteSpans(text, paragraphs).map((s) => text.slice(s.start, s.end));
    expect(found.every((q) => !q.includes('SUBSCRIBE'))).toBe(true);
  });

  it.each([
    ['only marks', "“”\"''"],
    ['marks at the very end', 'He said “'],
    ['mixed unbalanced marks', '“a ” b “ c " d \' e ’ f ‘'],
  ])('does not crash on %s', (_name, text) => {
    expect(() => spans(text)).not.toThrow();
  });
});
