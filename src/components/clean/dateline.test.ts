import { describe, expect, it } from 'vitest';
import { findByline, findDateline, textMetadata } from './dateline.js';

describe('findDateline', () => {
  it.each([
    [
      'city in capitals and agency',
      'HALDEN (Wire) – The council met.',
      { city: 'HALDEN', date: null, agency: 'Wire', text: 'HALDEN (Wire) –' },
    ],
    [
      'city, date and agency with a colon',
      'Port Ellis, Sept 19 (Wire/Desk): The council met.',
      { city: 'Port Ellis', date: 'Sept 19', agency: 'Wire/Desk', text: 'Port Ellis, Sept 19 (Wire/Desk):' },
    ],
    [
      'agency alone',
      '(News Desk) - At least ten boats sank.',
      { city: null, date: null, agency: 'News Desk', text: '(News Desk) -' },
    ],
    [
      'city in capitals alone',
      'HALDEN — The council met.',
      { city: 'HALDEN', date: null, agency: null, text: 'HALDEN —' },
    ],
    [
      'city, region and date',
      'Halden, North Fold, March 3 - Storms hit.',
      { city: 'Halden', date: 'March 3', agency: null, text: 'Halden, North Fold, March 3 -' },
    ],
    [
      'in capitals throughout',
      'HALDEN, NOV. 8 (WIRE) - THE COUNCIL MET.',
      { city: 'HALDEN', date: 'NOV. 8', agency: 'WIRE', text: 'HALDEN, NOV. 8 (WIRE) -' },
    ],
    [
      'after a title line',
      'Storm hits coast\n\nHALDEN, March 3 (Wire) - Winds rose.',
      { city: 'HALDEN', agency: 'Wire', text: 'HALDEN, March 3 (Wire) -' },
    ],
  ])('finds %s', (_name, text, expected) => {
    const d = findDateline(text);
    expect(d && { city: d.city, date: d.date, agency: d.agency, text: d.span.text }).toMatchObject(expected);
    expect(d && text.slice(d.span.start, d.span.end)).toBe(d?.span.text);
  });

  it.each([
    ['a mixed-case city with nothing else', 'Halden - the council met.'],
    ['a name before a colon', 'Ruiz said: we will build it.'],
    ['an acronym before a dash and a lowercase word', 'NATO - the alliance - met.'],
    ['a bullet line', '- Council Elects New Chair'],
    ['a plain sentence', 'The council met on Tuesday.'],
  ])('finds none in %s', (_name, text) => {
    expect(findDateline(text)).toBeNull();
  });
});

describe('findByline', () => {
  it.each([
    [
      '"By" with an outlet after a comma',
      'By Ana Ruiz, Valley Courier\nRain fell.',
      { name: 'Ana Ruiz', organisation: 'Valley Courier' },
    ],
    [
      '"By" with several names',
      'Title\nBy Ana Ruiz, Tom Lee and Bo Li\nRain fell.',
      { name: 'Ana Ruiz, Tom Lee and Bo Li', organisation: null },
    ],
    ['"By" with a bar', 'By Ana Ruiz | Courier\nRain fell.', { name: 'Ana Ruiz', organisation: 'Courier' }],
    [
      'a bare name closing the text',
      'Rain fell.\nMore rain came.\nThis article originally appeared on Harbour News.\nTomas de la Vega',
      { name: 'Tomas de la Vega', organisation: null },
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(findByline(text)).toMatchObject(expected);
  });

  it.each([
    ['a sentence starting with "By"', 'By the end of the day, rain fell.\nIt stopped.'],
    ['a last line that is a sentence', 'Rain fell.\nMore rain.\nThe storm moved on.'],
    ['a last line of many capitalised words', 'Rain fell.\nMore rain.\nThe End Of It All Now'],
  ])('finds none in %s', (_name, text) => {
    expect(findByline(text)).toBeNull();
  });
});

describe('textMetadata', () => {
  it.each([
    [
      'dateline and byline',
      'By Ana Ruiz\nHALDEN (Wire) - Rain fell.',
      { dateline: 'HALDEN (Wire) -', datelineCity: 'HALDEN', agency: 'Wire', byline: 'Ana Ruiz' },
    ],
    ['nothing', 'Rain fell.', {}],
  ])('%s', (_name, text, expected) => {
    expect(textMetadata(text)).toEqual(expected);
  });
});
