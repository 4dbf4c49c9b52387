// Bad input at corpus scale: each file that cannot be read as a document is refused with a code and
// a reason, and the others are read; paths of any shape, links and loops, inputs given twice, and
// output folders inside an input.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../src/errors.js';
import {
  fileProblem,
  listInputs,
  MAX_DOCUMENT_BYTES,
  type Refusal,
  readInputs,
} from '../../src/ingest/read.js';

const root = mkdtempSync(join(tmpdir(), 'dialogue-stance-refusals-'));

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Writes `files` into a fresh folder; a value `{ link }` makes a symbolic link. */
function tree(files: Record<string, string | Uint8Array | { link: string }>): string {
  const folder = mkdtempSync(join(root, 'tree-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(folder, name);
    mkdirSync(join(path, '..'), { recursive: true });
    if (typeof content === 'object' && 'link' in content) symlinkSync(content.link, path);
    else writeFileSync(path, content);
  }
  return folder;
}

const GOOD = 'Results of the 1st Test Dialogue\n\nJapan explained AI.\n';

describe('readInputs: each bad file is refused, with its code and reason, and the rest is read', () => {
  it.each<[string, Record<string, string | Uint8Array | { link: string }>, ErrorCode, string]>([
    [
      'binary',
      { 'bad.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) },
      'INPUT_BINARY',
      'contains NUL bytes; not a text file',
    ],
    [
      'undecodable',
      { 'bad.txt': Buffer.from([0x41, 0xff, 0xff]) },
      'INPUT_DECODE',
      'is not valid UTF-8, Shift_JIS or EUC-JP; re-save it as UTF-8 or give --encoding NAME',
    ],
    [
      'encoding that cannot be told',
      { 'bad.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x73]) },
      'INPUT_ENCODING_UNKNOWN',
      'is not UTF-8, and its encoding cannot be told from its bytes; re-save it as UTF-8 or give --encoding NAME',
    ],
    ['empty', { 'bad.txt': '' }, 'INPUT_EMPTY', 'has no text (the file is empty)'],
    ['white space only', { 'bad.md': ' \r\n\t\u3000\n' }, 'INPUT_EMPTY', 'has no text, only white space'],
    [
      'no text after extraction (HTML)',
      { 'bad.html': '<script>x()</script><nav>Menu</nav><!-- y -->' },
      'INPUT_EMPTY',
      'has no text outside its HTML markup',
    ],
    [
      'no text after extraction (Markdown)',
      { 'bad.md': '---\ntitle: x\n---\n\n<!-- nothing -->\n' },
      'INPUT_EMPTY',
      'has no text outside its Markdown markup',
    ],
    [
      'broken symbolic link',
      { 'bad.txt': { link: 'moved-away.txt' } },
      'INPUT_SYMLINK_BROKEN',
      'is a broken symbolic link (its target does not exist)',
    ],
    [
      'symbolic link to itself',
      { 'bad.txt': { link: 'bad.txt' } },
      'INPUT_SYMLINK_LOOP',
      'is a symbolic link loop',
    ],
    [
      'symbolic links to each other',
      { 'bad.txt': { link: 'other.txt' }, 'other.txt': { link: 'bad.txt' } },
      'INPUT_SYMLINK_LOOP',
      'is a symbolic link loop',
    ],
    [
      'folder link back to an ancestor',
      { 'sub/bad': { link: '..' } },
      'INPUT_SYMLINK_LOOP',
      'is a symbolic link loop (it leads back to a folder above it)',
    ],
  ])('%s', (_name, files, code, reason) => {
    const folder = tree({ 'good.txt': GOOD, ...files });
    const seen: Refusal[] = [];
    const result = readInputs([folder], { onRefused: (refusal) => seen.push(refusal) });
    expect(result.documents.map((d) => d.id)).toEqual(['good']);
    const bad = Object.keys(files)[0] ?? '';
    expect(result.refused[0]).toEqual({ path: join(folder, bad), code, reason });
    expect(seen).toEqual(result.refused);
  });

  it('a FIFO named like a document is refused, not read (which would block for ever)', () => {
    const folder = tree({ 'good.txt': GOOD });
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    const result = readInputs([folder]);
    expect(result.documents.map((d) => d.id)).toEqual(['good']);
    expect(result.refused).toEqual([
      { path: join(folder, 'pipe.txt'), code: 'INPUT_UNREADABLE', reason: 'is not a regular file' },
    ]);
  });

  it('a file over the size limit is refused without being read', () => {
    const folder = tree({ 'good.txt': GOOD, 'huge.txt': '' });
    truncateSync(join(folder, 'huge.txt'), MAX_DOCUMENT_BYTES + 1); // sparse: no disk used
    const result = readInputs([folder]);
    expect(result.refused).toEqual([
      {
        path: join(folder, 'huge.txt'),
        code: 'INPUT_TOO_LARGE',
        reason: 'is 128 MiB; documents over 128 MiB are not read',
      },
    ]);
  });

  it('refusals come in walk order, then read order, every one named', () => {
    const folder = tree({
      'a.txt': '',
      'b.txt': GOOD,
      'c/link.txt': { link: 'nowhere.txt' },
      'd.txt': Buffer.from([0x00]),
    });
    const result = readInputs([folder]);
    expect(result.refused.map((r) => [r.path.slice(folder.length + 1), r.code])).toEqual([
      ['c/link.txt', 'INPUT_SYMLINK_BROKEN'],
      ['a.txt', 'INPUT_EMPTY'],
      ['d.txt', 'INPUT_BINARY'],
    ]);
  });

  it('--strict: the first refused file is thrown', () => {
    const folder = tree({ 'a.txt': GOOD, 'b.txt': '', 'c.txt': Buffer.from([0x00]) });
    expect(() => readInputs([folder], { strict: true })).toThrow(
      expect.objectContaining({
        code: 'INPUT_EMPTY',
        message: `${join(folder, 'b.txt')}: has no text (the file is empty)`,
      }),
    );
  });

  it('a broken link or a loop given on the command line is refused like one found in a folder', () => {
    const folder = tree({ 'broken.txt': { link: 'gone.txt' }, 'loop.txt': { link: 'loop.txt' } });
    const result = readInputs([join(folder, 'broken.txt'), join(folder, 'loop.txt')]);
    expect(result.refused.map((r) => r.code)).toEqual(['INPUT_SYMLINK_BROKEN', 'INPUT_SYMLINK_LOOP']);
  });

  it('a path that does not exist is a usage error, not a refusal', () => {
    expect(() => readInputs([join(root, 'no-such-folder')])).toThrow(
      expect.objectContaining({ code: 'INPUT_NOT_FOUND' }),
    );
  });
});

describe('fileProblem: what a failed file system call means', () => {
  it.each<[string | undefined, ErrorCode, string]>([
    ['ENOENT', 'INPUT_NOT_FOUND', 'no such file or folder'],
    ['ELOOP', 'INPUT_SYMLINK_LOOP', 'is a symbolic link loop'],
    ['EACCES', 'INPUT_UNREADABLE', 'cannot be read: permission denied'],
    ['EPERM', 'INPUT_UNREADABLE', 'cannot be read: permission denied'],
    ['EIO', 'INPUT_UNREADABLE', 'cannot be read: input/output error'],
    ['ENAMETOOLONG', 'INPUT_UNREADABLE', 'cannot be read: the path is too long'],
    ['EMFILE', 'INPUT_UNREADABLE', 'cannot be read (EMFILE)'],
    [undefined, 'INPUT_UNREADABLE', 'cannot be read'],
  ])('%s', (errno, code, reason) => {
    expect(fileProblem(Object.assign(new Error('x'), { code: errno }))).toEqual({ code, reason });
  });
});

describe('listInputs: each file once, the walk bounded', () => {
  it('an input given twice, or a file and its folder, is read once', () => {
    const folder = tree({ 'a.txt': GOOD, 'b.txt': GOOD });
    const expected = [join(folder, 'a.txt'), join(folder, 'b.txt')];
    expect(listInputs([folder, folder]).paths).toEqual(expected);
    expect(listInputs([folder, join(folder, 'a.txt'), `${folder}/./`]).paths).toEqual(expected);
  });

  it('a link to a file in the corpus is read once, under the smaller path', () => {
    const folder = tree({ 'b.txt': GOOD, 'a.txt': { link: 'b.txt' } });
    expect(listInputs([folder]).paths).toEqual([join(folder, 'a.txt')]);
    expect(listInputs([join(folder, 'b.txt'), folder]).paths).toEqual([join(folder, 'a.txt')]);
  });

  it('folders reached through links are walked once, and no link makes the walk loop', () => {
    const folder = tree({
      'x/a.txt': GOOD,
      y: { link: 'x' },
      'x/self': { link: '.' },
      'x/up': { link: '../x' },
    });
    const listing = listInputs([folder]);
    expect(listing.paths).toEqual([join(folder, 'x', 'a.txt')]);
    expect(listing.refused.map((r) => [r.path.slice(folder.length + 1), r.code])).toEqual([
      ['x/self', 'INPUT_SYMLINK_LOOP'],
      ['x/up', 'INPUT_SYMLINK_LOOP'],
    ]);
  });

  it('an output folder inside an input is never walked (its text files are not read back)', () => {
    const folder = tree({ 'a.txt': GOOD, 'reports/text/a-copy.txt': GOOD, 'text/b.txt': GOOD });
    const listing = listInputs([folder], { exclude: [join(folder, 'reports'), join(folder, 'text')] });
    expect(listing.paths).toEqual([join(folder, 'a.txt')]);
    // Also when the excluded folder is named by another path to it, or does not exist yet.
    expect(
      listInputs([folder], { exclude: [`${folder}/./reports/../text`, join(folder, 'reports')] }).paths,
    ).toEqual([join(folder, 'a.txt')]);
    expect(listInputs([folder], { exclude: [join(folder, 'new')] }).paths).toHaveLength(3);
  });

  it.each<[string]>([
    ['with space.txt'],
    ['comma,in,name.txt'],
    ['"quoted" and \'single\'.txt'],
    ['new\nline.txt'],
    ['日本語の名前.txt'],
    ['émigré – dash.md'],
    ['tab\tand\rreturn.html'],
  ])('names of any shape: %j', (name) => {
    const folder = tree({ [name]: name.endsWith('.html') ? `<p>${GOOD}</p>` : GOOD });
    const result = readInputs([folder]);
    expect(result.refused).toEqual([]);
    expect(result.documents.map((d) => [d.id, d.path])).toEqual([
      [name.replace(/\.[a-z]+$/, ''), join(folder, name)],
    ]);
    expect(readInputs([join(folder, name)]).documents).toHaveLength(1);
  });
});

describe('scale: many files and big files, in linear time', () => {
  it('20,000 tiny files in 20 folders are listed and read in a few seconds', () => {
    // On tmpfs where there is one: making 20,000 files on a busy disk takes longer than reading them.
    const base = existsSync('/dev/shm') ? '/dev/shm' : root;
    const folder = mkdtempSync(join(base, 'dialogue-stance-many-'));
    try {
      for (let sub = 0; sub < 20; sub++) {
        mkdirSync(join(folder, `f${sub}`));
        for (let file = 0; file < 1000; file++)
          writeFileSync(join(folder, `f${sub}`, `d${sub}-${file}.txt`), GOOD);
      }
      const start = performance.now();
      const result = readInputs([folder, folder]);
      // About 1 s on an idle machine; a scan of all files per file would make it minutes.
      expect(performance.now() - start).toBeLessThan(8_000);
      expect(result.documents).toHaveLength(20_000);
      expect(result.refused).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('a 50 MB text file is read in well under a second or two', () => {
    const folder = tree({});
    const path = join(folder, 'big.txt');
    writeFileSync(path, `${GOOD}\n${'The EU side explained the AI Act. '.repeat(1_600_000)}`);
    const start = performance.now();
    const result = readInputs([path]);
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(result.documents[0]?.text.length).toBeGreaterThan(50 * 2 ** 20);
  });
});
