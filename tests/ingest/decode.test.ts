import { describe, expect, it } from 'vitest';
import { DialogueStanceError } from '../../src/errors.js';
import { decodeText } from '../../src/ingest/decode.js';

const BOM_UTF8 = [0xef, 0xbb, 0xbf];
const BOM_UTF16LE = [0xff, 0xfe];
const BOM_UTF16BE = [0xfe, 0xff];

const utf8 = (text: string): number[] => [...Buffer.from(text, 'utf8')];
const utf16le = (text: string): number[] => [...Buffer.from(text, 'utf16le')];
const utf16be = (text: string): number[] => [...Buffer.from(text, 'utf16le').swap16()];

function decode(bytes: readonly number[]): string {
  return decodeText(Uint8Array.from(bytes), 'doc.txt');
}

/** The error `decode` throws, checked to be a one-line DialogueStanceError. */
function failure(bytes: readonly number[]): DialogueStanceError {
  try {
    decode(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(DialogueStanceError);
    const message = (error as DialogueStanceError).message;
    expect(message).not.toMatch(/[\r\n]/);
    expect(message.startsWith('doc.txt: ')).toBe(true);
    return error as DialogueStanceError;
  }
  throw new Error('decodeText did not throw');
}

describe('decodeText: UTF-8', () => {
  it.each<[string, number[], string]>([
    ['plain ASCII', utf8('Japan explained AI.\n'), 'Japan explained AI.\n'],
    ['multi-byte characters', utf8('Japan’s “AI” — 日本\n'), 'Japan’s “AI” — 日本\n'],
    ['empty file', [], ''],
    ['BOM dropped', [...BOM_UTF8, ...utf8('Japan.\n')], 'Japan.\n'],
    ['BOM alone', BOM_UTF8, ''],
    ['a second BOM stays visible', [...BOM_UTF8, ...utf8('\uFEFFJapan.')], '\uFEFFJapan.'],
  ])('%s', (_name, bytes, expected) => {
    expect(decode(bytes)).toBe(expected);
  });
});

describe('decodeText: line ends are kept as they were', () => {
  it.each<[string, string]>([
    ['LF', 'One.\nTwo.\n'],
    ['CRLF', 'One.\r\nTwo.\r\n'],
    ['CR', 'One.\rTwo.\r'],
    ['mixed', 'One.\r\nTwo.\nThree.\rFour.'],
  ])('%s', (_name, text) => {
    expect(decode(utf8(text))).toBe(text);
    expect(decode([...BOM_UTF8, ...utf8(text)])).toBe(text);
  });
});

describe('decodeText: UTF-16 with a BOM', () => {
  it.each<[string, number[], string]>([
    ['little-endian', [...BOM_UTF16LE, ...utf16le('Japan’s AI.\r\n日本')], 'Japan’s AI.\r\n日本'],
    ['big-endian', [...BOM_UTF16BE, ...utf16be('Japan’s AI.\r\n日本')], 'Japan’s AI.\r\n日本'],
    ['little-endian, empty', BOM_UTF16LE, ''],
    ['little-endian, surrogate pair', [...BOM_UTF16LE, ...utf16le('𝔸 x')], '𝔸 x'],
  ])('%s', (_name, bytes, expected) => {
    expect(decode(bytes)).toBe(expected);
  });
});

describe('decodeText: refused input gives a one-line error with a code', () => {
  it.each<[string, number[], DialogueStanceError['code']]>([
    ['invalid UTF-8 sequence', [0x41, 0xc3, 0x28, 0x42], 'INPUT_DECODE'],
    ['Latin-1 byte', utf8('caf').concat([0xe9]), 'INPUT_DECODE'],
    ['truncated multi-byte character', [0x41, 0xe6, 0x97], 'INPUT_DECODE'],
    ['lone continuation byte after a BOM', [...BOM_UTF8, 0x80], 'INPUT_DECODE'],
    ['UTF-16LE with an odd byte count', [...BOM_UTF16LE, 0x41], 'INPUT_DECODE'],
    ['UTF-16LE with a lone surrogate', [...BOM_UTF16LE, 0x00, 0xd8, 0x41, 0x00], 'INPUT_DECODE'],
    ['NUL byte', [0x41, 0x00, 0x42], 'INPUT_BINARY'],
    ['NUL byte after a BOM', [...BOM_UTF8, 0x41, 0x00], 'INPUT_BINARY'],
    ['UTF-16 without a BOM (NUL bytes)', utf16le('Japan.'), 'INPUT_BINARY'],
  ])('%s -> %s', (_name, bytes, code) => {
    expect(failure(bytes).code).toBe(code);
  });

  it('names the file and tells how to fix an encoding problem', () => {
    expect(failure([0x41, 0xc3, 0x28]).message).toBe('doc.txt: is not valid UTF-8; re-save it as UTF-8');
  });
});
