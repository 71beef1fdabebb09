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
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict('utf-16le', bytes.subarray(2), origin, 'invalid UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict('utf-16be', bytes.subarray(2), origin, 'invalid UTF-16BE');
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
    throw new ClaimtrailError('E_INPUT_UNDECODABLE', `${origin}: cannot decode: ${reason}`, { origin }, { cause });
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
  return new TextDecoder('windows-1252').decode(bytes);
}

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

/** Throw E_INPUT_BINARY when the first 8 KB hold a NUL byte or too many control bytes. */
export function assertNotBinary(bytes: Uint8Array, origin: string): void {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      throw new ClaimtrailError('E_INPUT_BINARY', `${origin}: binary data (NUL byte at offset ${i})`, { origin });
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
