import { describe, expect, it } from 'vitest';
import { ClaimtrailError } from '../errors.js';
import { decodeBytes } from './decode.js';

const utf16le = (s: string) => Buffer.from(s, 'utf16le');
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

describe('decodeBytes', () => {
  it.each([
    ['plain UTF-8', Buffer.from('Café “quoted”', 'utf8'), 'Café “quoted”'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Zoë', 'utf8')]), 'Zoë'],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le('Naïve — ok')]), 'Naïve — ok'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('Naïve — ok')]), 'Naïve — ok'],
    ['UTF-16LE without BOM', utf16le('A plain line of text\n'), 'A plain line of text\n'],
    ['UTF-16BE without BOM', utf16be('A plain line of text\n'), 'A plain line of text\n'],
    ['Windows-1252 curly quotes and e-acute', Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]), '“Café”'],
    ['empty input', Buffer.alloc(0), ''],
  ])('decodes %s', (_name, bytes, expected) => {
    expect(decodeBytes(bytes, 'x.txt')).toBe(expected);
  });

  it.each([
    ['a NUL byte', Buffer.from([0x41, 0x00, 0x42, 0x43, 0x44, 0x45]), 'E_INPUT_BINARY'],
    ['mostly control bytes', Buffer.from([1, 2, 3, 4, 5, 6, 0x41, 0x42]), 'E_INPUT_BINARY'],
    [
      'invalid UTF-8 after a UTF-8 BOM',
      Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0x28]),
      'E_INPUT_UNDECODABLE',
    ],
    [
      'a lone surrogate in UTF-16LE',
      Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]),
      'E_INPUT_UNDECODABLE',
    ],
    [
      'bytes Windows-1252 leaves undefined',
      Buffer.from([0x81, 0x8d, 0x41, 0x8f, 0x90, 0x9d]),
      'E_INPUT_UNDECODABLE',
    ],
  ])('refuses %s', (_name, bytes, code) => {
    let error: unknown;
    try {
      decodeBytes(bytes, 'odd.bin');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ClaimtrailError);
    expect((error as ClaimtrailError).code).toBe(code);
    expect((error as ClaimtrailError).message).toMatch(/^odd\.bin: /);
  });
});
