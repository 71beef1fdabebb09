import { describe, expect, it } from 'vitest';
import { event, type EventSpec } from '../../core/test-helpers/records.js';
import type { Draft } from './draft.js';
import { mergeRepeats } from './merge.js';

const TEXT = 'Vostria denied it. Its defence ministry denied it too.';

function draft(spec: EventSpec, sentence = 0): Draft {
  return {
    ...event(spec, TEXT),
    sentence,
    needsAccuser: false,
    needsRecipient: false,
    needsActor: false,
    deniesEarlier: null,
    incident: false,
  };
}

const brief = (ds: Draft[]) =>
  ds.map(
    (d) =>
      `${d.actor.join('+')}->${d.recipient.join('+')} ${d.polarity} ${d.holder.name ?? d.holder.country}`,
  );

describe('mergeRepeats', () => {
  it('keeps one row per proposition, holder and polarity', () => {
    const rows = [
      draft({ polarity: 'denied', holder: 'UKR' }),
      draft({ polarity: 'denied', holder: 'UKR' }, 1),
    ];
    expect(brief(mergeRepeats(rows))).toEqual(['UKR->RUS denied UKR']);
  });

  it('a row held by a state alone gives way to the same row held by a named body of that state', () => {
    const rows = [
      draft({ polarity: 'denied', holder: 'UKR' }),
      draft({ polarity: 'denied', holder: 'UKR', holderName: 'Defence Ministry' }, 1),
    ];
    expect(brief(mergeRepeats(rows))).toEqual(['UKR->RUS denied Defence Ministry']);
  });

  it('rows of different states or polarities stay apart', () => {
    const rows = [
      draft({ polarity: 'denied', holder: 'UKR' }),
      draft({ polarity: 'asserted', holder: 'RUS', holderName: 'Defence Ministry' }, 1),
    ];
    expect(mergeRepeats(rows)).toHaveLength(2);
  });

  it("a row without recipient gives way to its sentence's same act with one", () => {
    const rows = [draft({ recipient: [], holder: 'UKR' }), draft({ holder: 'UKR' })];
    expect(brief(mergeRepeats(rows))).toEqual(['UKR->RUS asserted UKR']);
  });

  it("a row without actor gives way to its sentence's same act with one", () => {
    const rows = [draft({ actor: [], holder: 'UKR' }), draft({ holder: 'UKR' })];
    expect(brief(mergeRepeats(rows))).toEqual(['UKR->RUS asserted UKR']);
  });

  it('a row without recipient in another sentence stays', () => {
    const rows = [draft({ recipient: [], holder: 'UKR' }), draft({ holder: 'UKR' }, 1)];
    expect(mergeRepeats(rows)).toHaveLength(2);
  });
});
