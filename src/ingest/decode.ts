// Bytes -> string, strictly. A wrong guess silently shifts every offset in the reports, so every
// decoder runs with `fatal: true`: bytes that are invalid in the chosen encoding refuse the file
// instead of turning into U+FFFD. The encoding is chosen in this order:
//   1. `--encoding NAME` (any label TextDecoder knows), for all inputs;
//   2. a byte order mark (UTF-8, UTF-16LE, UTF-16BE), as browsers do;
//   3. for HTML, the page's own declaration (<meta charset>, http-equiv Content-Type, <?xml encoding>);
//   4. the bytes: valid UTF-8 wins; otherwise Shift_JIS and EUC-JP, the encodings Japanese government
//      pages come in when saved from a browser, each tried strictly and scored (see `japaneseScore`).
import { DialogueStanceError } from '../errors.js';

export interface DecodedText {
  text: string;
  /** The encoding used, as TextDecoder names it ("utf-8", "shift_jis", "utf-16le" ...). */
  encoding: string;
}

export interface DecodeOptions {
  /** An encoding label that overrides detection (`--encoding`). */
  encoding?: string;
  /** Look for an HTML charset declaration. */
  html?: boolean;
}

/** The canonical name of an encoding label, or undefined when TextDecoder does not know it. */
export function encodingName(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** A readable name for messages: "UTF-8", "Shift_JIS", "EUC-JP". */
function shown(encoding: string): string {
  if (encoding === 'shift_jis') return 'Shift_JIS';
  return encoding.toUpperCase();
}

const FIX = 're-save it as UTF-8 or give --encoding NAME';

export function decodeBytes(bytes: Uint8Array, path: string, options: DecodeOptions = {}): DecodedText {
  if (options.encoding !== undefined) {
    const encoding = encodingName(options.encoding);
    if (encoding === undefined)
      throw new DialogueStanceError('OPTION_INVALID', `unknown encoding "${options.encoding}"`);
    // A BOM of the named encoding is dropped (ignoreBOM: false), as any reader of that encoding would.
    return checked(strictly(encoding, bytes, false), encoding, path, `is not valid ${shown(encoding)}`);
  }
  const bom = byteOrderMark(bytes);
  if (bom) {
    const text = strictly(bom.encoding, bytes.subarray(bom.length), true);
    return checked(text, bom.encoding, path, `is not valid ${shown(bom.encoding)} (it starts with its BOM)`);
  }
  // Without a BOM every encoding we detect is ASCII-compatible, where a NUL byte is no text; a
  // binary file is refused as binary, not as an encoding we could not name.
  if (bytes.includes(0)) throw binary(path, 'contains NUL bytes');
  const declared = options.html ? declaredCharset(bytes) : undefined;
  if (declared) {
    const text = strictly(declared, bytes, true);
    return checked(text, declared, path, `is not valid ${shown(declared)}, as its charset declaration says`);
  }
  const utf8 = strictly('utf-8', bytes, true);
  if (utf8 !== undefined) return checked(utf8, 'utf-8', path, '');
  return checked(...guessJapanese(bytes, path), path, '');
}

/** The text only; see `decodeBytes`. */
export function decodeText(bytes: Uint8Array, path: string, options: DecodeOptions = {}): string {
  return decodeBytes(bytes, path, options).text;
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

function strictly(encoding: string, bytes: Uint8Array, ignoreBOM: boolean): string | undefined {
  try {
    // ignoreBOM keeps a second BOM visible instead of silently eating a character.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM }).decode(bytes);
  } catch {
    return undefined;
  }
}

// C0 controls other than TAB, LF, VT, FF, CR, and DEL. A few occur in real text (a DOS end-of-file
// mark, a stray escape); a file made of them is binary that happened to decode.
const MAX_CONTROL_SHARE = 0.1;

function countControls(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f) count += 1;
  }
  return count;
}

function binary(path: string, what: string): DialogueStanceError {
  return new DialogueStanceError('INPUT_BINARY', `${path}: ${what}; not a text file`);
}

function checked(text: string | undefined, encoding: string, path: string, invalid: string): DecodedText {
  if (text === undefined) throw new DialogueStanceError('INPUT_DECODE', `${path}: ${invalid}; ${FIX}`);
  if (text.includes('\0')) throw binary(path, 'contains NUL bytes');
  const controls = countControls(text);
  if (controls > 8 && controls > text.length * MAX_CONTROL_SHARE)
    throw binary(path, 'is mostly control characters');
  return { text, encoding };
}

// ---------------------------------------------------------------------------------------------
// HTML charset declarations. Like the HTML standard's prescan, only the first 1024 bytes are read
// (a declaration must come that early), so the scan is bounded whatever the file's size.

const PRESCAN_BYTES = 1024;
const META = /<meta\b[^>]*>/gi;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const CONTENT_CHARSET = /\bcharset\s*=\s*(?:["']\s*)?([A-Za-z0-9._:-]+)/i;
const XML_ENCODING = /^<\?xml\b[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

/** The attributes of a start tag (after its name), names lower-cased; the first of a name wins. */
function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.slice(5, -1).matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!found.has(name)) found.set(name, (match[2] ?? match[3] ?? match[4] ?? '').trim());
  }
  return found;
}

/** The label a <meta> tag declares: its charset attribute, or the charset of an http-equiv content type. */
function metaLabel(tag: string): string | undefined {
  const attribs = attributes(tag);
  const charset = attribs.get('charset');
  if (charset) return charset;
  if (attribs.get('http-equiv')?.toLowerCase() !== 'content-type') return undefined;
  return CONTENT_CHARSET.exec(attribs.get('content') ?? '')?.[1];
}

/** The encoding an HTML page declares in its first 1024 bytes, if TextDecoder knows it. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // latin1 maps each byte to one character, so the declaration (ASCII) reads the same in any
  // ASCII-compatible encoding.
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, PRESCAN_BYTES),
  ).toString('latin1');
  let label = XML_ENCODING.exec(head)?.[1];
  for (const [tag] of head.matchAll(META)) {
    if (label !== undefined) break;
    label = metaLabel(tag);
  }
  if (label === undefined) return undefined;
  const encoding = encodingName(label);
  // A page that reached us as ASCII-compatible bytes cannot be UTF-16 whatever it says; the HTML
  // standard reads such a declaration as UTF-8, and so do we.
  return encoding?.startsWith('utf-16') ? 'utf-8' : encoding;
}

// ---------------------------------------------------------------------------------------------
// Shift_JIS or EUC-JP. Most byte strings that are not UTF-8 are valid in one or both (Latin-1
// "é" followed by a letter is a kanji in Shift_JIS), so a decoding that merely succeeds proves
// little. The score of a decoding is the share of its non-ASCII characters that are Japanese:
// full-width kana, kanji, CJK punctuation and full-width forms, with general punctuation, arrows and
// shapes (■ ○ ※ →) neutral and everything else, half-width katakana included, against. A candidate
// counts when its score is at least 0.9 and it has kana, which Japanese prose always has and
// misread bytes rarely produce; of two candidates the higher score wins, and a tie is refused.

const MIN_SCORE = 0.9;
const KANA = /[\u3041-\u30ff]/;

export function japaneseScore(text: string): number {
  let japanese = 0;
  let counted = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    if (code >= 0x2000 && code <= 0x27bf) continue; // punctuation, arrows, shapes: either way
    counted += 1;
    if (
      (code >= 0x3000 && code <= 0x30ff) || // CJK punctuation, hiragana, katakana
      (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
      (code >= 0xff01 && code <= 0xff60) || // full-width forms
      (code >= 0xffe0 && code <= 0xffe6)
    )
      japanese += 1;
  }
  return counted === 0 ? 0 : japanese / counted;
}

function guessJapanese(bytes: Uint8Array, path: string): [string, string] {
  const decodings = ['shift_jis', 'euc-jp']
    .map((encoding) => ({ encoding, text: strictly(encoding, bytes, true) }))
    .filter((c): c is { encoding: string; text: string } => c.text !== undefined);
  if (decodings.length === 0)
    throw new DialogueStanceError('INPUT_DECODE', `${path}: is not valid UTF-8, Shift_JIS or EUC-JP; ${FIX}`);
  const [best, second] = decodings
    .filter((c) => KANA.test(c.text))
    .map((c) => ({ ...c, score: japaneseScore(c.text) }))
    .filter((c) => c.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score);
  if (best === undefined || (second !== undefined && second.score === best.score))
    throw new DialogueStanceError(
      'INPUT_ENCODING_UNKNOWN',
      `${path}: is not UTF-8, and its encoding cannot be told from its bytes; ${FIX}`,
    );
  return [best.text, best.encoding];
}
