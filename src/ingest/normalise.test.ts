import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise.js';

describe('normaliseText', () => {
  it.each([
    ['CRLF and CR become LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['lines are never joined', 'first line\nsecond line', 'first line\nsecond line'],
    ['runs of spaces and tabs collapse within a line', 'a \t  b\t\tc', 'a b c'],
    ['no-break spaces collapse too', 'a\u00a0\u00a0b', 'a b'],
    ['lines are trimmed', '  a  \n  b  ', 'a\nb'],
    ['blank-line runs fold to one blank line', 'a\n\n\n\n b', 'a\n\nb'],
    ['NUL and other controls are dropped', 'a\u0000b\u0007c\u001bd', 'abcd'],
    ['C1 controls and BOMs are dropped', 'a\u0085b'.replace('\u0085', '\u0090') + '\ufeffc', 'abc'],
    ['line separators become line breaks', 'a\u2028b\u2029c', 'a\nb\nc'],
    ['decomposed letters compose (NFC)', 'Cafe\u0301', 'Caf\u00e9'],
    ['straight and curly quotes are kept', '"a" “b” \'c\' ‘d’ «e»', '"a" “b” \'c\' ‘d’ «e»'],
    ['leading and trailing blank lines go', '\n\n a \n\n', 'a'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });
});
