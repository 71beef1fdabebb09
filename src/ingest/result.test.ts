import { describe, expect, it } from 'vitest';
import { ClaimtrailError } from '../errors.js';
import { failure } from './result.js';

describe('failure', () => {
  it.each([
    [
      'keeps a ClaimtrailError as it is',
      new ClaimtrailError('E_INPUT_EMPTY', 'a.txt: input is empty'),
      'E_INPUT_EMPTY',
      'a.txt: input is empty',
    ],
    [
      'wraps a library error, naming the input',
      new TypeError('x is undefined'),
      'E_INPUT_FORMAT',
      'page.html: cannot read: x is undefined',
    ],
  ])('%s', (_name, error, code, message) => {
    const r = failure(error, 'page.html');
    expect([r.error.code, r.error.message]).toEqual([code, message]);
  });
});
