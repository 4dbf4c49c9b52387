// Bytes -> string, strictly. A summary is UTF-8 (with or without BOM) or, from older Japanese
// sites, UTF-16 with a BOM; anything else is refused with a clear error rather than guessed,
// because a wrong guess silently shifts every offset in the reports.
import { DialogueStanceError } from '../errors.js';

export function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2), path);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2), path);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) {
    throw new DialogueStanceError('INPUT_BINARY', `${path}: contains NUL bytes; not a text file`);
  }
  return decodeWith('utf-8', body, path);
}

function decodeWith(encoding: string, bytes: Uint8Array, path: string): string {
  try {
    // ignoreBOM keeps a second BOM visible instead of silently eating a character.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new DialogueStanceError(
      'INPUT_DECODE',
      `${path}: is not valid ${encoding.toUpperCase()}; re-save it as UTF-8`,
    );
  }
}
