import { ClaimtrailError } from '../errors.js';

/** How many leading bytes the binary sniffer looks at. */
const SNIFF_BYTES = 8192;
/** Share of control bytes above which an input counts as binary. */
const MAX_CONTROL_SHARE = 0.1;
/** Share of bytes that Windows-1252 leaves undefined above which a fallback decode is refused. */
const MAX_UNDEFINED_1252_SHARE = 0.01;
/** Bytes that Windows-1252 does not define (decoders map them to C1 controls). */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Decode raw bytes to a string: UTF-8 BOM, UTF-16 LE/BE BOM (or BOM-less UTF-16 recognised
 * by its zero bytes), valid UTF-8, else Windows-1252. Refuses binary data and bytes that fit
 * no encoding, naming `origin` in the error.
 *
 * @example
 * decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69]), 'a.txt'); // 'hi'
 */
export function decodeBytes(bytes: Uint8Array, origin: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return strict('utf-8', bytes.subarray(3), origin, 'invalid UTF-8 after a UTF-8 byte-order mark');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return strict('utf-16le', bytes.subarray(2), origin, 'invalid UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return strict('utf-16be', bytes.subarray(2), origin, 'invalid UTF-16BE');
  const utf16 = sniffBomlessUtf16(bytes);
  if (utf16) return strict(utf16, bytes, origin, `invalid ${utf16.toUpperCase()}`);
  assertNotBinary(bytes, origin);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes, origin);
  }
}

function strict(encoding: string, bytes: Uint8Array, origin: string, reason: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new ClaimtrailError(
      'E_INPUT_UNDECODABLE',
      `${origin}: cannot decode: ${reason}`,
      { origin },
      { cause },
    );
  }
}

function decodeWindows1252(bytes: Uint8Array, origin: string): string {
  let undefinedBytes = 0;
  for (const b of bytes) if (UNDEFINED_1252.has(b)) undefinedBytes++;
  if (undefinedBytes / bytes.length > MAX_UNDEFINED_1252_SHARE) {
    throw new ClaimtrailError(
      'E_INPUT_UNDECODABLE',
      `${origin}: cannot decode: not UTF-8, and ${undefinedBytes} bytes are undefined in Windows-1252`,
      { origin },
    );
  }
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b < 0xa0 ? CP1252_C1[b - 0x80]! : b,
    );
    out += String.fromCharCode(...codes);
  }
  return out;
}

/**
 * Code points of bytes 0x80-0x9F in Windows-1252 (undefined bytes stay C1 controls, which
 * normalisation drops). Spelled out because Node 20's TextDecoder('windows-1252') decodes
 * these bytes as Latin-1 (seen on Node 20.20), which loses curly quotes and dashes.
 */
const CP1252_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/**
 * UTF-16 text without a BOM has a zero byte in every other position for Latin text; that
 * pattern must be recognised before the NUL-byte test would call it binary.
 */
function sniffBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros / pairs > 0.6 && evenZeros / pairs < 0.05) return 'utf-16le';
  if (evenZeros / pairs > 0.6 && oddZeros / pairs < 0.05) return 'utf-16be';
  return null;
}

/**
 * Throw E_INPUT_BINARY when the first 8 KB hold a NUL byte or too many control bytes.
 *
 * @example
 * assertNotBinary(Buffer.from('GIF89a\0\0'), 'x.txt'); // throws: "x.txt: binary data (NUL byte at offset 6)"
 */
export function assertNotBinary(bytes: Uint8Array, origin: string): void {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      throw new ClaimtrailError('E_INPUT_BINARY', `${origin}: binary data (NUL byte at offset ${i})`, {
        origin,
      });
    }
    // Tab, line feed, form feed and carriage return are ordinary in text.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++;
  }
  if (n > 0 && control / n > MAX_CONTROL_SHARE) {
    throw new ClaimtrailError(
      'E_INPUT_BINARY',
      `${origin}: binary data (${Math.round((100 * control) / n)}% control bytes in the first ${n} bytes)`,
      { origin },
    );
  }
}
