import { describe, expect, it } from 'vitest';
import { normalisePublished } from './published.js';

describe('normalisePublished', () => {
  it.each([
    ['an ISO date', '2024-03-04', '2024-03-04'],
    ['an ISO timestamp keeps its offset', '2024-05-03T09:30:00+02:00', '2024-05-03T09:30:00+02:00'],
    ['a space-separated ISO timestamp', '2024-05-03 09:30', '2024-05-03T09:30'],
    ['an RFC 822 date in GMT', 'Tue, 19 Mar 2024 10:15:00 GMT', '2024-03-19T10:15:00Z'],
    ['an RFC 822 date with an offset', 'Wed, 20 Mar 2024 08:00:00 +0100', '2024-03-20T08:00:00+01:00'],
    ['a written date', 'March 4, 2024', '2024-03-04'],
    ['a day-first written date', '4 March 2024', '2024-03-04'],
    ['a relative date', 'yesterday', null],
    ['an impossible ISO date', '2024-13-45', null],
    [
      'prose with a date inside',
      'Posted by a clerk on 4 March 2024 at the town hall after a long meeting',
      null,
    ],
    ['epoch milliseconds', 1710843300000, '2024-03-19T10:15:00.000Z'],
    ['epoch seconds', 1710843300, '2024-03-19T10:15:00.000Z'],
    ['no value', undefined, null],
    ['an empty string', '', null],
  ])('%s', (_name, input, expected) => {
    expect(normalisePublished(input)).toBe(expected);
  });
});
