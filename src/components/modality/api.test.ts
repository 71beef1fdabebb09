import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../core/test-helpers/make-doc.js';
import { LEXICON_DIR } from '../../lexicon/paths.js';
import { isDenialCue, loadModalityLexicon, modalityOf, type Modality, type SpeechCue } from './index.js';

function read(text: string, word: string, cue?: SpeechCue): Modality {
  const doc = makeDoc(text, { published: '2024-03-10' });
  const sentence = doc.sentences.find((s) => {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (doc.tokens.lower[i] === word) return true;
    return false;
  })!;
  let i = sentence.tokenStart;
  while (doc.tokens.lower[i] !== word) i++;
  return modalityOf({ doc, sentence, trigger: { tokenStart: i, tokenEnd: i + 1 }, cue: cue ?? null });
}

describe('modalityOf: the claimant of a denied claim', () => {
  it.each([
    [
      'an owned claim is held flatly',
      "Borduria rejected Sylvania's claims that it shelled the port.",
      'shelled',
      'claims',
      'certain',
    ],
    [
      'an unowned allegation is hedged',
      'Borduria denied allegations that it shelled the port.',
      'shelled',
      'allegations',
      'hedged',
    ],
    [
      "a possibility inside the claim stays the claimant's",
      "Sylvania dismissed Borduria's claims that it may attack the port.",
      'attack',
      'claims',
      'possible',
    ],
    [
      'a claim called false afterwards',
      "Borduria's claim that Sylvania bombed the dam is false.",
      'bombed',
      'claim',
      'certain',
    ],
  ])('%s', (_name, text, trigger, noun, certainty) => {
    const m = read(text, trigger);
    expect(m.polarity).toBe('denied');
    expect(m.claim).toMatchObject({ noun: { text: noun }, polarity: 'asserted', certainty });
  });

  it('gives no claim view for a plain negation', () => {
    expect(read('Borduria did not shell the port.', 'shell').claim).toBeNull();
  });
});

describe('modalityOf: spans and reasons', () => {
  it.each([
    ['the negator', 'Borduria has never shelled the port.', 'shelled', 'negator', 'never'],
    ['the denial verb', 'Borduria denied shelling the port.', 'shelling', 'negator', 'denied'],
    ['the hedge', 'Borduria reportedly shelled the port.', 'shelled', 'hedge', 'reportedly'],
    ['the modal', 'Borduria could shell the port.', 'shell', 'hedge', 'could'],
  ] as const)('points at %s', (_name, text, trigger, field, expected) => {
    const m = read(text, trigger);
    expect(m[field]?.text).toBe(expected);
    expect(text.slice(m[field]!.start, m[field]!.end)).toBe(expected);
  });

  it('says which rules fired', () => {
    expect(read('Borduria denied shelling the port.', 'shelling').reasons).toEqual(
      expect.arrayContaining(['denial:deny']),
    );
  });
});

describe('modalityOf: the governing speech cue', () => {
  const para = 'Sylvania rejected the report. Its troops had crossed the river, the report said.';
  it.each([
    ['an indirect denial cue from another sentence denies', { lemma: 'deny', tokenIndex: 1 }, 'denied'],
    ['a denial cue over a direct quote does not', { lemma: 'deny', tokenIndex: 1, direct: true }, 'asserted'],
    ['a plain speech cue does not', { lemma: 'say' }, 'asserted'],
  ] as const)('%s', (_name, cue, polarity) => {
    expect(read(para, 'crossed', cue).polarity).toBe(polarity);
  });

  it('a denial cue inside the sentence is read there, not twice', () => {
    const text = 'Sylvania denied that its troops crossed the river.';
    expect(read(text, 'crossed', { lemma: 'deny', tokenIndex: 1 }).polarity).toBe('denied');
  });

  it.each([
    [
      'unnamed officials hedge',
      {
        lemma: 'say',
        speaker: { name: null, description: 'senior officials', role: null, country: 'USA', entityId: null },
      },
      'hedged',
    ],
    [
      'a described single official speaking on record does not',
      {
        lemma: 'say',
        speaker: { name: null, description: 'a senior official', role: null, country: 'USA', entityId: null },
      },
      'certain',
    ],
    [
      'a named speaker does not',
      {
        lemma: 'say',
        speaker: { name: 'Ana Lind', description: null, role: null, country: 'SWE', entityId: null },
      },
      'certain',
    ],
    [
      'an anonymous source hedges',
      {
        lemma: 'say',
        speaker: {
          name: null,
          description: 'an anonymous source',
          role: null,
          country: null,
          entityId: null,
        },
      },
      'hedged',
    ],
    [
      'people familiar with the matter hedge',
      {
        lemma: 'say',
        speaker: {
          name: null,
          description: 'people familiar with the talks',
          role: null,
          country: null,
          entityId: null,
        },
      },
      'hedged',
    ],
    [
      'an unidentified director speaking on record does not',
      {
        lemma: 'say',
        speaker: {
          name: null,
          description: 'an unidentified vice director',
          role: null,
          country: null,
          entityId: null,
        },
      },
      'certain',
    ],
    ['an "allege" cue of an unnamed speaker hedges', { lemma: 'allege' }, 'hedged'],
    [
      'an "allege" cue of a named speaker does not',
      {
        lemma: 'allege',
        speaker: { name: 'Ana Lind', description: null, role: null, country: 'SWE', entityId: null },
      },
      'certain',
    ],
    ['a "speculate" cue makes it possible', { lemma: 'speculate' }, 'possible'],
  ] as const)('%s', (_name, cue, certainty) => {
    expect(read('Borduria is arming the rebels.', 'arming', cue).certainty).toBe(certainty);
  });
});

describe('modalityOf: more scope cases', () => {
  it.each([
    [
      'a second clause with its own subject ends a denial',
      'Borduria denied any role in the ambush and the army rejected the claims as lies.',
      'rejected',
      'asserted',
    ],
    [
      'parentheses do not end a denial',
      'Borduria denied claims by Human Rights Watch (HRW) that it razed the village.',
      'razed',
      'denied',
    ],
    [
      '"offered no evidence" negates the offer',
      'The premier offered no evidence for the charge.',
      'offered',
      'denied',
    ],
    [
      'a hyphenated owner keeps the claim owned',
      "Sylvania rejected as false Borduria's evidence-free claim that it mined the strait.",
      'mined',
      'denied',
    ],
    ['"no longer"', 'Borduria no longer supplies fuel to the rebels.', 'supplies', 'denied'],
    [
      'negation of a relative clause stays there',
      'The army, which did not fire, shelled the port on Monday.',
      'shelled',
      'asserted',
    ],
    [
      'a subject with a place ends a denial',
      'Sylvania denied any role and the ministry in the capital accused the rebels.',
      'accused',
      'asserted',
    ],
    [
      'a claim without content denies nothing after it',
      'Borduria dismissed the claims as stupid after the army shelled the port.',
      'shelled',
      'asserted',
    ],
    [
      '"false claims" without content denies nothing after it',
      'The envoy spoke of false claims before the rebels seized the port.',
      'seized',
      'asserted',
    ],
    [
      'a denial called ridiculous asserts',
      'Attempts to deny the bombing of the port are ridiculous.',
      'bombing',
      'asserted',
    ],
    [
      'denials called lies assert',
      "Borduria's denials that it shelled the port are lies.",
      'shelled',
      'asserted',
    ],
    ['"has yet to" negates', 'Borduria has yet to respond to the offer.', 'respond', 'denied'],
    [
      'a negation stops at a wh-clause',
      'It was not immediately clear who carried out the attack.',
      'carried',
      'asserted',
    ],
    [
      '"did not say which" does not deny',
      'The ministry did not say which unit fired the missile.',
      'fired',
      'asserted',
    ],
    [
      'a coordinated gerund stays denied',
      'Borduria denied supplying weapons or training the rebels.',
      'training',
      'denied',
    ],
    [
      '"no group has claimed responsibility" does not deny the attack',
      'No group has claimed responsibility for the attack.',
      'attack',
      'asserted',
    ],
    [
      '"claimed no responsibility" does not deny the attack',
      'Borduria claimed no responsibility for the attack.',
      'attack',
      'asserted',
    ],
    [
      '"has no responsibility for" denies',
      'Borduria has no responsibility for the blast.',
      'blast',
      'denied',
    ],
    [
      '"did not confirm" does not deny its object',
      'Borduria did not confirm the strike on the depot.',
      'strike',
      'asserted',
    ],
    [
      '"refused to deny" asserts',
      'Borduria refused to deny that it shelled the port.',
      'shelled',
      'asserted',
    ],
  ])('%s', (_name, text, trigger, polarity) => {
    expect(read(text, trigger).polarity).toBe(polarity);
  });
});

describe('isDenialCue', () => {
  it.each([
    ['deny', true],
    ['denied', true],
    ['denies', true],
    ['rejects', true],
    ['dismissing', true],
    ['refuted', true],
    ['baseless', true],
    ['fabricated', true],
    ['absurd', true],
    ['no truth', true],
    ['nothing to do with', true],
    ['say', false],
    ['accuse', false],
    ['confirm', false],
    ['claims', false],
  ] as const)('%s -> %s', (word, expected) => {
    expect(isDenialCue(word)).toBe(expected);
  });
});

describe('loadModalityLexicon', () => {
  function copyWith(file: string, extra: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'modality-'));
    for (const f of ['negation.tsv', 'denials.tsv', 'hedges.tsv', 'modals.tsv']) {
      writeFileSync(join(dir, f), readFileSync(join(LEXICON_DIR, f), 'utf8') + (f === file ? extra : ''));
    }
    return dir;
  }

  it('records a digest per file', () => {
    expect(Object.keys(loadModalityLexicon().digests).sort()).toEqual([
      'denials.tsv',
      'hedges.tsv',
      'modals.tsv',
      'negation.tsv',
    ]);
  });

  it.each([
    ['negation.tsv', 'maybe\tnegatr\n', /negation\.tsv:\d+: unknown kind "negatr"/],
    ['hedges.tsv', 'surely\tcertain\tclause\n', /hedges\.tsv:\d+: certainty must be hedged or possible/],
    ['modals.tsv', 'anon\tsometime\t\tclause\n', /modals\.tsv:\d+: unknown time "sometime"/],
  ])('rejects a bad row in %s with its line', (file, row, message) => {
    expect(() => loadModalityLexicon(copyWith(file, row))).toThrow(message);
  });
});
