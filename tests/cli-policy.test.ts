// The CLI's policy for bad input at corpus scale, in-process through main(): refused files are
// named and the run goes on (exit 1), --strict stops at the first (exit 1), usage and configuration
// errors write nothing (exit 2), a bug is one line (exit 70) with its stack only under --debug.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { LOCK_FILE } from '../src/write.js';
import { REPORT_FILES, runCli } from './helpers.js';
import { encodeLegacy } from './ingest/legacy.js';

const SEED_ID = '2021-11-17_japan-eu-ict-strategy-workshop-12';
const SEED = `corpus/${SEED_ID}.txt`;
const SEED_GOLD = `corpus/gold/${SEED_ID}.gold.csv`;
const GOOD = 'Results of the 1st Japan-EU Test Dialogue\n\nThe Japanese side explained its AI strategy.\n';

const root = mkdtempSync(join(tmpdir(), 'dialogue-stance-policy-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const fresh = (): string => mkdtempSync(join(root, 'dir-'));
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = fresh();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
const lines = (text: string): string[] => text.split('\n').filter((line) => line !== '');
const records = (csv: string) => parse(csv, { columns: true, bom: true }) as Record<string, string>[];
const runJson = (out: string) => JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
/** Everything in `dir`, hidden entries included: no temporary or lock may be left. */
const everything = (dir: string): string[] => readdirSync(dir).sort();
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const NO_STACK = /\bat .+:\d+:\d+|Error:/;

describe('refused inputs: named, listed in run.json, the run goes on, exit 1', () => {
  it.each<[string, string | Uint8Array, string, string]>([
    [
      'binary',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]),
      'INPUT_BINARY',
      'contains NUL bytes; not a text file',
    ],
    [
      'undecodable',
      Buffer.from([0x41, 0xff, 0xfe, 0xfd]),
      'INPUT_DECODE',
      'is not valid UTF-8, Shift_JIS or EUC-JP; re-save it as UTF-8 or give --encoding NAME',
    ],
    [
      'Latin-1',
      Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x73]),
      'INPUT_ENCODING_UNKNOWN',
      'is not UTF-8, and its encoding cannot be told from its bytes; re-save it as UTF-8 or give --encoding NAME',
    ],
    ['empty', '', 'INPUT_EMPTY', 'has no text (the file is empty)'],
    ['white space', '  \n\t\n', 'INPUT_EMPTY', 'has no text, only white space'],
  ])('%s', async (_name, content, code, reason) => {
    const inputs = folder({ 'good.txt': GOOD, 'bad.txt': content });
    const out = join(fresh(), 'out');
    const result = await runCli('analyze', inputs, '--out', out);
    const bad = join(inputs, 'bad.txt');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([
      `dialogue-stance: refused ${bad}: ${reason}`,
      expect.stringMatching(
        /^dialogue-stance: 1 documents, \d+ statements -> .+; 1 inputs refused \(listed in run\.json\)$/,
      ),
    ]);
    expect(runJson(out).refused).toEqual([{ path: bad, code, reason }]);
    expect(records(readFileSync(join(out, 'documents.csv'), 'utf8')).map((row) => row.doc)).toEqual(['good']);
    expect(everything(out)).toEqual(REPORT_FILES);
  });

  it('links to nothing, link loops and a FIFO are refused by name; the rest is analysed', async () => {
    const inputs = folder({ 'good.txt': GOOD, 'sub/other.md': '' });
    symlinkSync('gone.txt', join(inputs, 'broken.txt'));
    symlinkSync('loop.txt', join(inputs, 'loop.txt'));
    symlinkSync('..', join(inputs, 'sub', 'up'));
    execFileSync('mkfifo', [join(inputs, 'pipe.md')]);
    const out = fresh();
    const result = await runCli('analyze', inputs, '--out', out);
    expect(result.code).toBe(1);
    const refused = [
      ['broken.txt', 'INPUT_SYMLINK_BROKEN', 'is a broken symbolic link (its target does not exist)'],
      ['loop.txt', 'INPUT_SYMLINK_LOOP', 'is a symbolic link loop'],
      ['pipe.md', 'INPUT_UNREADABLE', 'is not a regular file'],
      ['sub/up', 'INPUT_SYMLINK_LOOP', 'is a symbolic link loop (it leads back to a folder above it)'],
      ['sub/other.md', 'INPUT_EMPTY', 'has no text (the file is empty)'],
    ].map(([name, code, reason]) => ({ path: join(inputs, name ?? ''), code, reason }));
    expect(lines(result.stderr)).toEqual([
      ...refused.map(({ path, reason }) => `dialogue-stance: refused ${path}: ${reason}`),
      expect.stringMatching(/^dialogue-stance: 1 documents, \d+ statements -> .+; 5 inputs refused/),
    ]);
    expect(runJson(out).refused).toEqual(refused);
  });

  it('a file name with a newline is still one line on stderr', async () => {
    const inputs = folder({ 'good.txt': GOOD, 'bad\nname.txt': '' });
    const result = await runCli('analyze', inputs, '--out', fresh());
    expect(result.code).toBe(1);
    expect(lines(result.stderr)[0]).toBe(
      `dialogue-stance: refused ${inputs}/bad\\nname.txt: has no text (the file is empty)`,
    );
  });

  it('--strict: the first refused input stops the run before anything is written, exit 1', async () => {
    const inputs = folder({ 'a.txt': GOOD, 'b.txt': '', 'c.txt': Buffer.from([0]) });
    const out = join(fresh(), 'out');
    const result = await runCli('analyze', inputs, '--out', out, '--strict');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `dialogue-stance: ${join(inputs, 'b.txt')}: has no text (the file is empty)\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('every input refused: exit 2, nothing written', async () => {
    const inputs = folder({ 'a.txt': '', 'b.txt': Buffer.from([0]) });
    const out = join(fresh(), 'out');
    const result = await runCli('analyze', inputs, '--out', out);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([
      `dialogue-stance: refused ${join(inputs, 'a.txt')}: has no text (the file is empty)`,
      `dialogue-stance: refused ${join(inputs, 'b.txt')}: contains NUL bytes; not a text file`,
      'dialogue-stance: no document to analyse: all 2 inputs were refused',
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it('evaluate with a refused input: scores cover the others, exit 1', async () => {
    const inputs = folder({ [`${SEED_ID}.txt`]: readFileSync(SEED), 'bad.txt': '' });
    const result = await runCli('evaluate', inputs, '--gold', SEED_GOLD, '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).side.accuracy).toBe(1);
    expect(lines(result.stderr)).toEqual([
      `dialogue-stance: refused ${join(inputs, 'bad.txt')}: has no text (the file is empty)`,
      'dialogue-stance: 1 inputs refused; scores cover the others',
    ]);
  });
});

describe('usage and configuration errors: exit 2, one line, nothing written', () => {
  const empty = fresh();
  const badMetadata = folder({ 'metadata.csv': 'series\nx\n', 'a.txt': GOOD });
  const undecodableMetadata = folder({
    'metadata.csv': Buffer.from([0x64, 0x6f, 0x63, 0xff, 0x0a]),
    'a.txt': GOOD,
  });
  const file = folder({ taken: 'x' });
  const catastrophic = join(
    folder({ 'cb.json': '{"extends":"default","languages":{"en":{"grammar":{"pageLabel":"/^(a+)+$/"}}}}' }),
    'cb.json',
  );
  it.each<[string, string[], string]>([
    ['no input at all', ['analyze', empty], `dialogue-stance: no .txt, .md or .html documents in ${empty}`],
    [
      'a missing input',
      ['analyze', join(empty, 'nope.txt')],
      `dialogue-stance: ${join(empty, 'nope.txt')}: no such file or folder`,
    ],
    ['an unknown option', ['analyze', 'corpus', '--bogus'], "error: unknown option '--bogus'"],
    [
      'a bad --min-accuracy',
      ['evaluate', 'corpus', '--gold', SEED_GOLD, '--min-accuracy', '2'],
      'give a number from 0 to 1',
    ],
    [
      'an unknown --encoding',
      ['analyze', 'corpus', '--encoding', 'klingon'],
      'dialogue-stance: --encoding: unknown encoding "klingon"; give a label such as utf-8, shift_jis or euc-jp',
    ],
    ['a bad metadata.csv', ['analyze', badMetadata], 'needs a "doc" column'],
    ['an undecodable metadata.csv', ['analyze', undecodableMetadata], 'metadata.csv: is not valid UTF-8'],
    [
      'a codebook pattern that could backtrack catastrophically',
      ['analyze', 'corpus', '--codebook', catastrophic],
      `dialogue-stance: ${catastrophic}: codebook field "languages.en.grammar.pageLabel" can take time growing exponentially with the text`,
    ],
    ['a missing codebook', ['analyze', 'corpus', '--codebook', join(empty, 'none.json')], 'none.json'],
    [
      'a missing gold file',
      ['evaluate', 'corpus', '--gold', join(empty, 'none.csv')],
      `${join(empty, 'none.csv')}: no such file`,
    ],
    ['a gold folder', ['evaluate', 'corpus', '--gold', empty], `${empty}: is a folder, not a file`],
    [
      'an output folder that is a file',
      ['analyze', 'corpus', '--out', join(file, 'taken', 'sub')],
      `dialogue-stance: cannot write reports to ${join(file, 'taken', 'sub')}: ${join(file, 'taken')} is a file`,
    ],
    [
      'a text-out folder that is a file',
      ['analyze', 'corpus', '--out', join(empty, 'r'), '--text-out', join(file, 'taken')],
      `dialogue-stance: cannot write reports to ${join(file, 'taken')}: ${join(file, 'taken')} is a file`,
    ],
    [
      'evaluate --disagreements into a folder that does not exist',
      ['evaluate', 'corpus', '--gold', SEED_GOLD, '--disagreements', join(empty, 'no-such', 'diff.csv')],
      `dialogue-stance: cannot write ${join(empty, 'no-such', 'diff.csv')}: the folder ${join(empty, 'no-such')} does not exist`,
    ],
    [
      'evaluate --disagreements onto a folder',
      ['evaluate', 'corpus', '--gold', SEED_GOLD, '--disagreements', empty],
      `dialogue-stance: cannot write ${empty}: it is a folder`,
    ],
  ])('%s', async (_name, argv, message) => {
    const out = argv.includes('--out') ? [] : ['--out', join(fresh(), 'out')];
    const withOut = argv[0] === 'analyze' ? [...argv, ...out] : argv;
    const before = everything(empty);
    const result = await runCli(...withOut);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(NO_STACK);
    if (!argv.includes('--bogus') && !argv.includes('--min-accuracy'))
      expect(lines(result.stderr)).toHaveLength(1);
    expect(everything(empty)).toEqual(before);
    if (out[1]) expect(existsSync(out[1])).toBe(false);
  });

  it('--text-out onto an input folder would overwrite inputs: refused before any work', async () => {
    const inputs = folder({ 'a.txt': GOOD });
    const result = await runCli('analyze', inputs, '--out', join(fresh(), 'r'), '--text-out', inputs);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `dialogue-stance: --text-out ${inputs} would overwrite the input ${join(inputs, 'a.txt')}; give another folder\n`,
    );
    expect(readFileSync(join(inputs, 'a.txt'), 'utf8')).toBe(GOOD);
  });

  it('--help documents the exit statuses', async () => {
    for (const argv of [['--help'], ['analyze', '--help'], ['evaluate', '--help'], ['agreement', '--help']]) {
      const result = await runCli(...argv);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        /Exit status:\n {2}0 .+\n {2}1 .+\n[\s\S]*\n {2}2 .+\n[\s\S]*\n {2}70 .+/,
      );
    }
  });
});

describe('internal errors: one line and exit 70; the stack only with --debug', () => {
  it.each<[string, string[]]>([
    ['without --debug', []],
    ['with --debug', ['--debug']],
  ])('%s', async (_name, debug) => {
    const spy = vi.spyOn(JSON, 'stringify').mockImplementation(() => {
      throw new TypeError('boom');
    });
    let result: Awaited<ReturnType<typeof runCli>>;
    try {
      result = await runCli(...debug, 'analyze', 'corpus', '--out', join(fresh(), 'out'));
    } finally {
      spy.mockRestore();
    }
    expect(result.code).toBe(70);
    const [first, ...rest] = lines(result.stderr);
    expect(first).toBe(
      `dialogue-stance: internal error: boom; please report it with the command that caused it${debug.length ? '' : ' (--debug shows the stack)'}`,
    );
    if (debug.length) expect(rest.join('\n')).toMatch(/^TypeError: boom\n\s+at /);
    else expect(rest).toEqual([]);
  });
});

describe('encodings end to end', () => {
  const JAPANESE_SUMMARY =
    'Results of the 1st Japan-EU Test Dialogue\n\nThe Japanese side explained the 日本の AI strategy.\n';

  it('a Shift_JIS file is detected; --encoding overrides detection', async () => {
    const inputs = folder({ 'sjis.txt': encodeLegacy(JAPANESE_SUMMARY, 'shift_jis') });
    const out = fresh();
    expect((await runCli('analyze', inputs, '--out', out)).code).toBe(0);
    expect(records(readFileSync(join(out, 'sentences.csv'), 'utf8'))[0]?.text).toContain('日本の');
    const forced = fresh();
    const result = await runCli('analyze', inputs, '--out', forced, '--encoding', 'euc-jp');
    expect(result.code).toBe(2);
    expect(lines(result.stderr)[0]).toBe(
      `dialogue-stance: refused ${join(inputs, 'sjis.txt')}: is not valid EUC-JP; re-save it as UTF-8 or give --encoding NAME`,
    );
    expect((await runCli('analyze', inputs, '--out', forced, '--encoding', 'sjis')).code).toBe(0);
    expect(runJson(forced).options.encoding).toBe('sjis');
  });
});

describe('paths: inputs given twice, output inside the input, names of any shape', () => {
  it('an input given twice is read once', async () => {
    const out = fresh();
    const result = await runCli('analyze', 'corpus', SEED, './corpus/', '--out', out);
    expect(result.code).toBe(0);
    expect(runJson(out).inputs.map((input: { path: string }) => input.path)).toEqual([SEED]);
  });

  it('reports and --text-out inside the input folder are never read back', async () => {
    const inputs = folder({ 'a.txt': GOOD });
    const argv = ['analyze', inputs, '--out', join(inputs, 'reports'), '--text-out', join(inputs, 'text')];
    expect((await runCli(...argv)).code).toBe(0);
    expect(readdirSync(join(inputs, 'text'))).toEqual(['a.txt']);
    const again = await runCli(...argv);
    expect(again.code).toBe(0);
    expect(runJson(join(inputs, 'reports')).inputs.map((input: { doc: string }) => input.doc)).toEqual(['a']);
  });

  it('names with spaces, commas, quotes, newlines and non-ASCII letters reach every report intact', async () => {
    const names = ['with space', 'comma,name', '"quoted" \'name\'', 'new\nline', '日本語', 'émigré'];
    const inputs = folder(Object.fromEntries(names.map((name) => [`${name}.txt`, GOOD])));
    const out = fresh();
    const textOut = fresh();
    expect((await runCli('analyze', inputs, '--out', out, '--text-out', textOut)).code).toBe(0);
    const documents = records(readFileSync(join(out, 'documents.csv'), 'utf8'));
    expect(documents.map((row) => row.doc).sort()).toEqual([...names].sort());
    expect(documents.map((row) => row.path).sort()).toEqual(
      names.map((name) => join(inputs, `${name}.txt`)).sort(),
    );
    expect(readdirSync(textOut).sort()).toEqual(names.map((name) => `${name}.txt`).sort());
  });
});

describe('the output folder: no leftovers, hashes in run.json, a lock against a second run', () => {
  it('run.json holds the sha256 of every other report, and they match the files', async () => {
    const out = fresh();
    expect((await runCli('analyze', 'corpus', '--out', out)).code).toBe(0);
    const files = runJson(out).files as Record<string, string>;
    expect(Object.keys(files).sort()).toEqual(REPORT_FILES.filter((name) => name !== 'run.json'));
    for (const [name, hash] of Object.entries(files))
      expect(sha256(readFileSync(join(out, name))), name).toBe(hash);
  });

  it('no temporary or lock file is left after a normal run, a rewrite or a handled error', async () => {
    const out = fresh();
    expect((await runCli('analyze', 'corpus', '--out', out)).code).toBe(0);
    expect((await runCli('analyze', 'corpus', '--out', out, '--text-out', out)).code).toBe(0);
    expect(everything(out)).toEqual([...REPORT_FILES, `${SEED_ID}.txt`].sort());
    mkdirSync(join(out, 'sub'));
    writeFileSync(join(out, 'sub', 'x.txt'), '');
    expect((await runCli('analyze', join(out, 'sub'), '--out', out)).code).toBe(2);
    expect(everything(out)).toEqual([...REPORT_FILES, `${SEED_ID}.txt`, 'sub'].sort());
  });

  it('a folder locked by a live run: exit 2, the folder is in use, nothing changed', async () => {
    const out = fresh();
    writeFileSync(join(out, LOCK_FILE), `${process.pid} ${(await import('node:os')).hostname()}\n`);
    const result = await runCli('analyze', 'corpus', '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `dialogue-stance: ${out} is in use by another run (pid ${process.pid}); wait for it, or delete ${join(out, LOCK_FILE)} if no run is writing there\n`,
    );
    expect(everything(out)).toEqual([LOCK_FILE]);
  });

  it.each<[string, number, number]>([
    ['an empty lock just made is in use (its writer may be at it)', 0, 2],
    ['an empty lock older than 5 s is stale (a run killed before writing its pid)', 60, 0],
  ])('%s', async (_name, age, code) => {
    const out = fresh();
    writeFileSync(join(out, LOCK_FILE), '');
    const then = new Date(Date.now() - age * 1000);
    utimesSync(join(out, LOCK_FILE), then, then);
    const result = await runCli('analyze', 'corpus', '--out', out);
    expect(result.code).toBe(code);
    if (code === 2) expect(result.stderr).toMatch(/is in use by another run \(pid unknown\)/);
    else expect(everything(out)).toEqual(REPORT_FILES);
  });

  it('a stale lock (its process gone) and leftovers of a killed run are cleared', async () => {
    const out = fresh();
    const dead = 2 ** 22 + 12_345; // above Linux's default pid_max: no such process
    const host = (await import('node:os')).hostname();
    writeFileSync(join(out, LOCK_FILE), `${dead} ${host}\n`);
    writeFileSync(join(out, `.documents.csv.tmp-${dead}`), 'half');
    const result = await runCli('analyze', 'corpus', '--out', out);
    expect(result.code).toBe(0);
    expect(everything(out)).toEqual(REPORT_FILES);
  });
});
