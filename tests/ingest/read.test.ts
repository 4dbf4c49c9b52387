import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DialogueStanceError, type ErrorCode } from '../../src/errors.js';
import {
  documentId,
  formatOf,
  listDocumentPaths,
  readDocument,
  readDocuments,
  toSourceDocument,
} from '../../src/ingest/read.js';
import { segmentSentences } from '../../src/stages/sentences.js';
import { analyzeStructure } from '../../src/stages/structure/index.js';
import type { SourceFormat } from '../../src/types.js';

let root: string;

/** Writes `files` (path relative to a fresh folder -> content) and returns the folder. */
function tree(files: Record<string, string | Uint8Array>): string {
  const folder = mkdtempSync(join(root, 'tree-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(folder, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return folder;
}

/** The DialogueStanceError `action` throws, checked to be one line. */
function failure(action: () => unknown): DialogueStanceError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(DialogueStanceError);
    expect((error as Error).message).not.toMatch(/[\r\n]/);
    return error as DialogueStanceError;
  }
  throw new Error('no error thrown');
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dialogue-stance-read-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('formatOf and documentId', () => {
  it.each<[string, SourceFormat | undefined]>([
    ['a.txt', 'txt'],
    ['a.TXT', 'txt'],
    ['a.md', 'md'],
    ['a.markdown', 'md'],
    ['a.html', 'html'],
    ['a.HTM', 'html'],
    ['a.pdf', undefined],
    ['a.docx', undefined],
    ['metadata.csv', undefined],
    ['noextension', undefined],
  ])('%s -> %s', (path, format) => {
    expect(formatOf(path)).toBe(format);
  });

  it.each<[string, string]>([
    [
      'corpus/2021-11-17_japan-eu-ict-strategy-workshop-12.txt',
      '2021-11-17_japan-eu-ict-strategy-workshop-12',
    ],
    ['dir/page.html', 'page'],
    ['dir/notes.v2.md', 'notes.v2'],
  ])('id of %s is %s', (path, id) => {
    expect(documentId(path)).toBe(id);
  });
});

describe('listDocumentPaths: files and folders', () => {
  it('walks a folder recursively, skipping README, hidden and unsupported files; documents in id order', () => {
    const folder = tree({
      'b.txt': 'B.',
      'a.md': 'A.',
      'Z.txt': 'Z.',
      'README.md': '# About this folder',
      '.hidden.txt': 'Hidden.',
      'metadata.csv': 'doc,series\n',
      'scan.pdf': '%PDF',
      'sub/c.html': '<p>C.</p>',
      'sub/README.md': '# About',
      'aa/d.htm': '<p>D.</p>',
      '.git/e.txt': 'E.',
    });
    expect(listDocumentPaths([folder])).toEqual(
      ['Z.txt', 'a.md', 'b.txt', 'sub/c.html', 'aa/d.htm'].map((name) => join(folder, name)),
    );
  });

  it('orders documents by id whatever the order of the inputs (same inputs, same reports)', () => {
    const folder = tree({ 'x/one.txt': 'One.', 'x/two.txt': 'Two.', 'y.txt': 'Y.' });
    const file = join(folder, 'y.txt');
    const expected = [join(folder, 'x', 'one.txt'), join(folder, 'x', 'two.txt'), file];
    expect(listDocumentPaths([file, join(folder, 'x')])).toEqual(expected);
    expect(listDocumentPaths([join(folder, 'x'), file])).toEqual(expected);
  });

  it('accepts a supported file given directly whatever its name', () => {
    const folder = tree({ 'README.md': '# Summary' });
    expect(listDocumentPaths([join(folder, 'README.md')])).toEqual([join(folder, 'README.md')]);
  });

  it('gives nothing for an empty folder', () => {
    expect(listDocumentPaths([tree({})])).toEqual([]);
  });
});

describe('listDocumentPaths: refused inputs', () => {
  it.each<[string, Record<string, string>, (folder: string) => string[], ErrorCode, RegExp]>([
    [
      'unsupported extension',
      { 'scan.pdf': '%PDF' },
      (f) => [join(f, 'scan.pdf')],
      'INPUT_UNSUPPORTED',
      /scan\.pdf: unsupported file type/,
    ],
    ['missing path', {}, (f) => [join(f, 'missing.txt')], 'INPUT_NOT_FOUND', /missing\.txt: no such file/],
  ])('%s', (_name, files, inputs, code, message) => {
    const folder = tree(files);
    const error = failure(() => listDocumentPaths(inputs(folder)));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it.each<[string, Record<string, string>, string[], [string, string]]>([
    ['same name in two folders', { 'a/x.txt': 'A.', 'b/x.md': 'B.' }, ['a', 'b'], ['a/x.txt', 'b/x.md']],
    ['same name, two extensions', { 'a/x.txt': 'A.', 'a/x.html': 'B.' }, ['a'], ['a/x.html', 'a/x.txt']],
    ['file and folder', { 'x.txt': 'A.', 'b/x.txt': 'B.' }, ['x.txt', 'b'], ['x.txt', 'b/x.txt']],
    ['nested folder', { 'a/x.txt': 'A.', 'a/deep/er/x.txt': 'B.' }, ['a'], ['a/deep/er/x.txt', 'a/x.txt']],
  ])('duplicate ids are an error naming both paths: %s', (_name, files, inputs, [first, second]) => {
    const folder = tree(files);
    const error = failure(() => listDocumentPaths(inputs.map((input) => join(folder, input))));
    expect(error.code).toBe('INPUT_DUPLICATE_ID');
    expect(error.message).toContain('"x"');
    expect(error.message).toContain(join(folder, first));
    expect(error.message).toContain(join(folder, second));
  });
});

describe('toSourceDocument', () => {
  it('records id, path as given, format, size and sha256 of the raw bytes', () => {
    const bytes = Buffer.from('\uFEFFJapan explained AI.\r\n');
    const source = toSourceDocument('some/dir/2021-11-17_x.txt', bytes);
    expect(source).toEqual({
      id: '2021-11-17_x',
      path: 'some/dir/2021-11-17_x.txt',
      format: 'txt',
      encoding: 'utf-8',
      bytes: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      text: 'Japan explained AI.\r\n',
      hints: [],
    });
  });

  it.each<[string, string | Uint8Array, string]>([
    ['UTF-8 BOM dropped', '\uFEFFJapan.\n', 'Japan.\n'],
    ['CRLF kept', 'One.\r\n\r\nTwo.\r\n', 'One.\r\n\r\nTwo.\r\n'],
    ['CR kept', 'One.\r\rTwo.\r', 'One.\r\rTwo.\r'],
    [
      'UTF-16LE with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Japan’s AI.\r\n', 'utf16le')]),
      'Japan’s AI.\r\n',
    ],
    [
      'UTF-16BE with BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Japan’s AI.\n', 'utf16le').swap16()]),
      'Japan’s AI.\n',
    ],
  ])('.txt text: %s', (_name, content, text) => {
    expect(toSourceDocument('a.txt', Buffer.from(content)).text).toBe(text);
  });

  it.each<[string, string, string]>([
    ['a.html', '\uFEFF<h1>Title</h1><p>Japan\r\nexplained AI.</p>', 'Title\n\nJapan explained AI.\n'],
    ['a.md', '\uFEFF# Title\r\n\r\nJapan\r\nexplained AI.\r\n', 'Title\n\nJapan explained AI.\n'],
  ])('%s: the text is the extracted plain text, with hints', (path, content, text) => {
    const source = toSourceDocument(path, Buffer.from(content));
    expect(source.text).toBe(text);
    expect(source.hints.map((hint) => hint.kind)).toEqual(['heading', 'paragraph']);
  });

  it.each<[string, string | Uint8Array, ErrorCode]>([
    ['a.txt', Buffer.from([0x41, 0xff, 0x42]), 'INPUT_DECODE'],
    ['a.txt', Buffer.from([0x41, 0x00, 0x42]), 'INPUT_BINARY'],
    ['a.txt', ' \r\n\t\n', 'INPUT_EMPTY'],
    ['a.txt', '\uFEFF', 'INPUT_EMPTY'],
    ['a.html', '<script>x()</script><nav>Menu</nav>', 'INPUT_EMPTY'],
  ])('%s %j -> %s', (path, content, code) => {
    const error = failure(() => toSourceDocument(`dir/${path}`, Buffer.from(content)));
    expect(error.code).toBe(code);
    expect(error.message.startsWith(`dir/${path}: `)).toBe(true);
  });
});

describe('offsets point into the decoded text whatever the line ends', () => {
  const lines = [
    'November 19, 2021 Results of 12th Japan-EU ICT Strategy Workshop',
    '',
    '1. AI',
    '',
    'The EU side explained the AI Act. Japan explained, in turn,',
    'its guidelines.',
    '',
    '  • *',
    '    ISAC: Information Sharing and Analysis Center',
    '',
    'TEL: +81 3 5253 5920',
  ];
  const expected = ['The EU side explained the AI Act.', 'Japan explained, in turn, its guidelines.'];

  it.each<[string, string, boolean]>([
    ['LF', '\n', false],
    ['CRLF', '\r\n', false],
    ['CR', '\r', false],
    ['CRLF with BOM', '\r\n', true],
    ['CR with BOM', '\r', true],
  ])('%s', (_name, eol, bom) => {
    const decoded = `${lines.join(eol)}${eol}`;
    const source = toSourceDocument('doc.txt', Buffer.from(`${bom ? '\uFEFF' : ''}${decoded}`));
    expect(source.text).toBe(decoded);
    const structure = analyzeStructure(source);
    expect(structure.sections.map((s) => s.heading)).toEqual(['AI']);
    expect(structure.blocks.map((b) => b.kind)).toEqual([
      'title',
      'heading',
      'paragraph',
      'footnote',
      'contact',
    ]);
    for (const block of structure.blocks) {
      const slice = decoded.slice(block.span.start, block.span.end);
      expect(slice).toBe(slice.trim());
    }
    const sentences = segmentSentences(source.text, structure);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    expect(sentences.map((s) => decoded.slice(s.span.start, s.span.end).replace(/\s+/g, ' '))).toEqual(
      expected,
    );
    expect(structure.metadata.releaseDate).toBe('2021-11-19');
  });
});

describe('readDocument and readDocuments', () => {
  it('reads every document of the inputs in order', () => {
    const folder = tree({ 'b.txt': 'Bee.\n', 'a.md': '# A\n\nAy.\n', 'sub/c.html': '<p>Cee.</p>' });
    const sources = readDocuments([folder]);
    expect(sources.map((s) => [s.id, s.format, s.text])).toEqual([
      ['a', 'md', 'A\n\nAy.\n'],
      ['b', 'txt', 'Bee.\n'],
      ['c', 'html', 'Cee.\n'],
    ]);
    expect(sources.map((s) => s.path)).toEqual([
      join(folder, 'a.md'),
      join(folder, 'b.txt'),
      join(folder, 'sub/c.html'),
    ]);
  });

  it('an unreadable path is a one-line INPUT_NOT_FOUND', () => {
    const error = failure(() => readDocument(join(root, 'nowhere.txt')));
    expect(error.code).toBe('INPUT_NOT_FOUND');
  });

  it('a decoding error names the file', () => {
    const folder = tree({ 'bad.txt': Buffer.from([0x41, 0xff, 0x42]) });
    const error = failure(() => readDocuments([folder]));
    expect(error.code).toBe('INPUT_DECODE');
    expect(error.message).toBe(
      `${join(folder, 'bad.txt')}: is not valid UTF-8, Shift_JIS or EUC-JP; re-save it as UTF-8 or give --encoding NAME`,
    );
  });
});
