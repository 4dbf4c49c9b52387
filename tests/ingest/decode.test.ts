import { describe, expect, it } from 'vitest';
import { DialogueStanceError } from '../../src/errors.js';
import { declaredCharset, decodeBytes, decodeText, japaneseScore } from '../../src/ingest/decode.js';
import { encodeLegacy } from './legacy.js';

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
    ['invalid UTF-8 sequence', [0x41, 0xc3, 0x28, 0x42], 'INPUT_ENCODING_UNKNOWN'],
    [
      'Latin-1 that happens to be a Shift_JIS kanji',
      [...utf8('Le caf'), 0xe9, ...utf8('s sont')],
      'INPUT_ENCODING_UNKNOWN',
    ],
    [
      'Latin-1 capitals that are half-width katakana',
      [0xc9, 0xc9, 0xc9, ...utf8(' Japan')],
      'INPUT_ENCODING_UNKNOWN',
    ],
    ['invalid in UTF-8, Shift_JIS and EUC-JP', [0x41, 0xff, 0xff], 'INPUT_DECODE'],
    ['mostly control characters', [...Array(40).fill(0x01), ...utf8('Japan.')], 'INPUT_BINARY'],
    ['Latin-1 byte', utf8('caf').concat([0xe9]), 'INPUT_DECODE'],
    ['truncated multi-byte character', [0x41, 0xe6, 0x97], 'INPUT_ENCODING_UNKNOWN'],
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
    expect(failure([0x41, 0xff]).message).toBe(
      'doc.txt: is not valid UTF-8, Shift_JIS or EUC-JP; re-save it as UTF-8 or give --encoding NAME',
    );
    expect(failure([0x41, 0xc3, 0x28]).message).toBe(
      'doc.txt: is not UTF-8, and its encoding cannot be told from its bytes; re-save it as UTF-8 or give --encoding NAME',
    );
    expect(failure([...BOM_UTF16LE, 0x41]).message).toBe(
      'doc.txt: is not valid UTF-16LE (it starts with its BOM); re-save it as UTF-8 or give --encoding NAME',
    );
  });
});

// Japanese government pages saved from a browser: Shift_JIS or EUC-JP, often without any declaration.
const JAPANESE = '日EU・ICT戦略ワークショップ（第12回）の結果\n\n日本側は、AIについて説明した。\n';

describe('decodeBytes: Shift_JIS and EUC-JP are recognised from the bytes', () => {
  it.each<['shift_jis' | 'euc-jp']>([['shift_jis'], ['euc-jp']])('%s', (encoding) => {
    const bytes = encodeLegacy(JAPANESE, encoding);
    expect(decodeBytes(bytes, 'doc.txt')).toEqual({ text: JAPANESE, encoding });
  });

  it('valid UTF-8 wins, and is recorded as utf-8', () => {
    expect(decodeBytes(Buffer.from(JAPANESE), 'doc.txt')).toEqual({ text: JAPANESE, encoding: 'utf-8' });
    expect(decodeBytes(Buffer.from('Japan.'), 'doc.txt').encoding).toBe('utf-8');
  });

  it.each<[string, number[], string]>([
    ['UTF-8 BOM', [...BOM_UTF8, ...utf8('x')], 'utf-8'],
    ['UTF-16LE BOM', [...BOM_UTF16LE, ...utf16le('x')], 'utf-16le'],
    ['UTF-16BE BOM', [...BOM_UTF16BE, ...utf16be('x')], 'utf-16be'],
  ])('the encoding of a BOM is recorded: %s', (_name, bytes, encoding) => {
    expect(decodeBytes(Uint8Array.from(bytes), 'doc.txt')).toEqual({ text: 'x', encoding });
  });

  it('scores: kana and kanji count for Japanese, Latin letters and half-width katakana against', () => {
    expect(japaneseScore('日本側は説明した。')).toBe(1);
    expect(japaneseScore('ascii only')).toBe(0);
    expect(japaneseScore('■ 日本 → ※')).toBe(1);
    expect(japaneseScore('日本éé')).toBe(0.5);
    expect(japaneseScore('ﾆﾎﾝ日本')).toBe(0.4);
  });
});

describe("decodeBytes: an HTML page's own charset declaration", () => {
  const page = (head: string) => `<html><head>${head}</head><body><p>${JAPANESE}</p></body></html>`;

  it.each<[string, string, 'shift_jis' | 'euc-jp']>([
    ['meta charset', '<meta charset="Shift_JIS">', 'shift_jis'],
    ['meta charset, unquoted, upper case', '<META CHARSET=shift_jis>', 'shift_jis'],
    ['an alias label', "<meta charset='x-sjis'>", 'shift_jis'],
    [
      'http-equiv Content-Type',
      '<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">',
      'euc-jp',
    ],
    [
      'http-equiv, content first',
      "<meta content='text/html;charset=euc-jp' http-equiv='content-type'>",
      'euc-jp',
    ],
  ])('%s', (_name, head, encoding) => {
    const bytes = encodeLegacy(page(head), encoding);
    expect(declaredCharset(bytes)).toBe(encoding);
    expect(decodeBytes(bytes, 'doc.html', { html: true })).toEqual({ text: page(head), encoding });
  });

  it.each<[string, string, string | undefined]>([
    ['no declaration', '<title>x</title>', undefined],
    ['a content charset without http-equiv', '<meta name="x" content="charset=euc-jp">', undefined],
    ['an unknown label', '<meta charset="klingon">', undefined],
    ['UTF-16 in ASCII bytes means UTF-8', '<meta charset="utf-16">', 'utf-8'],
    ['XML declaration', '', 'shift_jis'],
  ])('%s', (name, head, expected) => {
    const xml = name.startsWith('XML') ? '<?xml version="1.0" encoding="Shift_JIS"?>' : '';
    expect(declaredCharset(Buffer.from(`${xml}<html><head>${head}</head></html>`))).toBe(expected);
  });

  it('only the first 1024 bytes are read for it', () => {
    const late = `<!--${' '.repeat(1100)}--><meta charset="euc-jp">`;
    expect(declaredCharset(Buffer.from(late))).toBeUndefined();
  });

  it('a page whose bytes are invalid in the declared encoding is refused, never patched', () => {
    const bytes = encodeLegacy(page('<meta charset="utf-8">'), 'shift_jis');
    const error = (() => {
      try {
        decodeBytes(bytes, 'doc.html', { html: true });
      } catch (caught) {
        return caught as DialogueStanceError;
      }
      throw new Error('no error');
    })();
    expect(error.code).toBe('INPUT_DECODE');
    expect(error.message).toBe(
      'doc.html: is not valid UTF-8, as its charset declaration says; re-save it as UTF-8 or give --encoding NAME',
    );
  });

  it('a BOM wins over the declaration, as in browsers', () => {
    const bytes = Buffer.concat([Buffer.from(BOM_UTF8), Buffer.from(page('<meta charset="euc-jp">'))]);
    expect(decodeBytes(bytes, 'doc.html', { html: true }).encoding).toBe('utf-8');
  });

  it('.txt and .md files are not searched for a declaration', () => {
    const bytes = Buffer.from('<meta charset="euc-jp"> Japan explained.');
    expect(decodeBytes(bytes, 'doc.txt').encoding).toBe('utf-8');
  });
});

describe('decodeBytes: --encoding overrides detection', () => {
  it.each<[string, Uint8Array, string, string]>([
    ['Shift_JIS by label', encodeLegacy(JAPANESE, 'shift_jis'), 'sjis', 'shift_jis'],
    ['EUC-JP', encodeLegacy(JAPANESE, 'euc-jp'), 'EUC-JP', 'euc-jp'],
    ['UTF-16LE without a BOM', Buffer.from(JAPANESE, 'utf16le'), 'utf-16le', 'utf-16le'],
    ['windows-1252', Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'windows-1252', 'windows-1252'],
    ['its own BOM is dropped', Buffer.from(`\uFEFF${JAPANESE}`), 'utf-8', 'utf-8'],
  ])('%s', (_name, bytes, label, encoding) => {
    const decoded = decodeBytes(bytes, 'doc.txt', { encoding: label });
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(encoding === 'windows-1252' ? 'café' : JAPANESE);
  });

  it('bytes invalid in the named encoding are refused', () => {
    expect(() => decodeBytes(Buffer.from([0x41, 0xff]), 'doc.txt', { encoding: 'utf-8' })).toThrow(
      expect.objectContaining({
        code: 'INPUT_DECODE',
        message: 'doc.txt: is not valid UTF-8; re-save it as UTF-8 or give --encoding NAME',
      }),
    );
  });

  it('an unknown label is an option error', () => {
    expect(() => decodeBytes(Buffer.from('x'), 'doc.txt', { encoding: 'klingon' })).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID', message: 'unknown encoding "klingon"' }),
    );
  });
});
