import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../src/ingest/read.js';
import { REPORT_FILES, runCli } from './helpers.js';

const SEED_ID = '2021-11-17_japan-eu-ict-strategy-workshop-12';
const SEED = `corpus/${SEED_ID}.txt`;
const HTML = 'tests/fixtures/ingest/summary.html';
const HELDOUT = 'tests/fixtures/heldout/2016-05-18_japan-eu-ict-policy-dialogue-22.txt';
const REPORTS = REPORT_FILES;

// Made at load time: some describe blocks prepare their input folders while tests are collected.
const root = mkdtempSync(join(tmpdir(), 'dialogue-stance-cli-'));

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** A fresh empty folder (absolute path). */
const fresh = (): string => mkdtempSync(join(root, 'out-'));

/** A fresh folder holding `files`. */
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = fresh();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const cli = runCli;

const read = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8');
const records = (csv: string) => parse(csv, { columns: true, bom: true }) as Record<string, string>[];
const listing = (dir: string): string[] => readdirSync(dir).sort();

describe('analyze: success', () => {
  it('analyze corpus --out <dir> exits 0 and writes every report', async () => {
    const out = join(fresh(), 'reports');
    const result = await cli('analyze', 'corpus', '--out', out);
    expect(result.code).toBe(0);
    expect(listing(out)).toEqual(REPORTS);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^dialogue-stance: 1 documents, \d+ statements -> .+\n$/);
    expect(result.stderr.split('\n')).toHaveLength(2);
  });

  it('leaves no temporary file, also when writing over earlier reports', async () => {
    const out = fresh();
    expect((await cli('analyze', 'corpus', '--out', out)).code).toBe(0);
    expect((await cli('analyze', 'corpus', '--out', out)).code).toBe(0);
    expect(listing(out)).toEqual(REPORTS);
    expect(readdirSync(out).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('documents.csv gives the paths as they were given (relative stays relative)', async () => {
    const out = fresh();
    expect((await cli('analyze', 'corpus', HTML, '--out', out)).code).toBe(0);
    expect(records(read(out, 'documents.csv')).map((row) => [row.doc, row.path])).toEqual([
      [SEED_ID, SEED],
      ['summary', HTML],
    ]);
  });
});

describe('analyze: errors give exit 2 and one line on stderr, and write nothing', () => {
  const badInputs = folder({
    'page.pdf': '%PDF-1.4',
    'bad.json': '{ "name": ',
    'empty.json': '{}',
  });
  const twin = folder({ [`${SEED_ID}.md`]: '# Twin\n\nText.\n' });

  it.each<[string, string[], RegExp]>([
    ['missing input', ['analyze', 'no-such-folder'], /no-such-folder: no such file or folder/],
    ['unsupported file', ['analyze', join(badInputs, 'page.pdf')], /page\.pdf: unsupported file type/],
    [
      'duplicate ids',
      ['analyze', 'corpus', twin],
      /document id "2021-11-17_japan-eu-ict-strategy-workshop-12"/,
    ],
    [
      'missing codebook',
      ['analyze', 'corpus', '--codebook', 'no-such-codebook.json'],
      /no-such-codebook\.json/,
    ],
    [
      'codebook that is not JSON',
      ['analyze', 'corpus', '--codebook', join(badInputs, 'bad.json')],
      /not valid JSON/,
    ],
    [
      'codebook that fails validation',
      ['analyze', 'corpus', '--codebook', join(badInputs, 'empty.json')],
      /empty\.json/,
    ],
  ])('%s', async (_name, argv, message) => {
    const out = folder({ 'keep.txt': 'earlier file' });
    const result = await cli(...argv, '--out', out);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^dialogue-stance: [^\n]+\n$/);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+|Error:/);
    expect(listing(out)).toEqual(['keep.txt']);
  });

  it('a missing output folder is not created when the run fails', async () => {
    const out = join(fresh(), 'reports');
    expect((await cli('analyze', 'no-such-folder', '--out', out)).code).toBe(2);
    expect(() => readdirSync(out)).toThrow();
  });

  it('an output path that is a file: exit 2, one line, nothing else written', async () => {
    const dir = folder({ taken: 'a file' });
    const result = await cli('analyze', 'corpus', '--out', join(dir, 'taken'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^dialogue-stance: cannot write reports to [^\n]+\n$/);
    expect(listing(dir)).toEqual(['taken']);
  });

  it('a report that cannot be put in place leaves no temporary and no new file', async () => {
    const out = fresh();
    mkdirSync(join(out, 'run.json')); // a folder where the last report should go
    const result = await cli('analyze', 'corpus', '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^dialogue-stance: [^\n]+\n$/);
    expect(listing(out)).toEqual(['run.json']);
  });
});

describe('analyze --min-evidence', () => {
  it.each(['-1', '1.5', 'abc', '', '3x', '1e3', ' 3', '99999999999999999999'])(
    'rejects %j: exit 2, one usage line on stderr, nothing written',
    async (value) => {
      const out = folder({ 'keep.txt': 'earlier file' });
      const result = await cli('analyze', 'corpus', '--out', out, '--min-evidence', value);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `dialogue-stance: --min-evidence takes a whole number of statements >= 0, not ${JSON.stringify(value)}\n`,
      );
      expect(listing(out)).toEqual(['keep.txt']);
    },
  );

  it.each<[string[], number]>([
    [[], 3],
    [['--min-evidence', '0'], 0],
    [['--min-evidence', '5'], 5],
    [['--min-evidence=12'], 12],
  ])('%j: exit 0, run.json records min-evidence %i', async (argv, minimum) => {
    const out = fresh();
    const result = await cli('analyze', 'tests/fixtures/trends', '--out', out, ...argv);
    expect(result.code).toBe(0);
    expect(JSON.parse(read(out, 'run.json')).options.minEvidence).toBe(minimum);
    const evidence = records(read(out, 'changes.csv')).map((row) => [
      Math.min(Number(row.from_statements), Number(row.to_statements)),
      row.evidence,
    ]);
    expect(evidence.length).toBeGreaterThan(0);
    for (const [fewest, mark] of evidence) expect(mark).toBe(Number(fewest) < minimum ? 'weak' : 'ok');
  });

  it('is documented in --help with its default', async () => {
    const result = await cli('analyze', '--help');
    expect(result.stdout).toMatch(
      /--min-evidence <n>\s+changes\.csv: mark a step "weak"[\s\S]*\(default 3\)/,
    );
  });
});

describe('analyze: CSV options', () => {
  const formulas = folder({
    'formula.txt': [
      'Results of the 1st Japan-EU Formula Dialogue',
      '',
      '=SUM(A1) was discussed.',
      '',
      '+Japan explained it.',
      '',
      'Japan explained AI.',
      '',
    ].join('\n'),
  });

  it('--excel writes every CSV with a UTF-8 BOM and CRLF line ends', async () => {
    const out = fresh();
    expect((await cli('analyze', 'corpus', '--out', out, '--excel')).code).toBe(0);
    for (const name of REPORTS.filter((n) => n.endsWith('.csv'))) {
      const csv = read(out, name);
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv.endsWith('\r\n')).toBe(true);
      expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    }
  });

  it('without --excel the CSV is plain UTF-8 with LF', async () => {
    const out = fresh();
    expect((await cli('analyze', 'corpus', '--out', out)).code).toBe(0);
    for (const name of REPORTS.filter((n) => n.endsWith('.csv'))) {
      const csv = read(out, name);
      expect(csv.startsWith('\uFEFF')).toBe(false);
      expect(csv).not.toMatch(/\r/);
    }
  });

  it.each<[string, string[], string[]]>([
    ['on by default', [], ["'=SUM(A1) was discussed.", "'+Japan explained it.", 'Japan explained AI.']],
    [
      'off with --no-escape-formulas',
      ['--no-escape-formulas'],
      ['=SUM(A1) was discussed.', '+Japan explained it.', 'Japan explained AI.'],
    ],
  ])('formula escaping %s', async (_name, flags, texts) => {
    const out = fresh();
    expect((await cli('analyze', formulas, '--out', out, ...flags)).code).toBe(0);
    expect(records(read(out, 'sentences.csv')).map((row) => row.text)).toEqual(texts);
  });
});

describe('analyze --text-out', () => {
  it('writes <id>.txt holding exactly the text the offsets point into', async () => {
    const inputs = folder({
      'bom-crlf.txt': '\uFEFFResults of the 1st Test Dialogue\r\n\r\nJapan explained AI.\r\n',
    });
    const out = fresh();
    const textOut = join(fresh(), 'text');
    const result = await cli('analyze', SEED, HTML, inputs, '--out', out, '--text-out', textOut);
    expect(result.code).toBe(0);
    expect(listing(textOut)).toEqual([`${SEED_ID}.txt`, 'bom-crlf.txt', 'summary.txt']);
    expect(read(textOut, `${SEED_ID}.txt`)).toBe(readFileSync(SEED, 'utf8'));
    expect(read(textOut, 'bom-crlf.txt')).toBe(
      'Results of the 1st Test Dialogue\r\n\r\nJapan explained AI.\r\n',
    );
    expect(read(textOut, 'summary.txt')).toBe(readDocument(HTML).text);
    // sentences.csv offsets point into those files.
    for (const row of records(read(out, 'sentences.csv'))) {
      const text = read(textOut, `${row.doc}.txt`);
      expect(text.slice(Number(row.start), Number(row.end)).replace(/\s+/g, ' ')).toBe(row.text);
    }
  });
});

describe('analyze: determinism', () => {
  async function run(...argv: string[]): Promise<Map<string, Buffer>> {
    const out = fresh();
    const result = await cli('analyze', ...argv, '--out', out);
    expect(result.code).toBe(0);
    return new Map(listing(out).map((name) => [name, readFileSync(join(out, name))]));
  }

  it('running twice into two folders gives byte-identical files', async () => {
    const first = await run('corpus', HTML, HELDOUT);
    const second = await run('corpus', HTML, HELDOUT);
    expect([...first.keys()]).toEqual(REPORTS);
    for (const [name, bytes] of first) expect(second.get(name)?.equals(bytes), name).toBe(true);
  });

  it.each<[string, string[], string[]]>([
    ['files', [SEED, HTML, HELDOUT], [HELDOUT, HTML, SEED]],
    ['folders', ['corpus', 'tests/fixtures/trends'], ['tests/fixtures/trends', 'corpus']],
  ])('inputs given in different orders give byte-identical files: %s', async (_name, one, other) => {
    const first = await run(...one);
    const second = await run(...other);
    const differing = [...first]
      .filter(([name, bytes]) => !second.get(name)?.equals(bytes))
      .map(([name]) => name);
    expect(differing).toEqual([]);
  });

  it('run.json holds no absolute path and no timestamp', async () => {
    const out = fresh();
    expect((await cli('analyze', 'corpus', HTML, '--out', out)).code).toBe(0);
    const text = read(out, 'run.json');
    expect(text).not.toContain(root);
    expect(text).not.toContain(process.cwd());
    expect(text).not.toMatch(/"(?:\/|[A-Za-z]:[\\/])/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|\d{2}:\d{2}:\d{2}/);
    const json = JSON.parse(text);
    expect(Object.keys(json)).not.toEqual(expect.arrayContaining(['time']));
    expect(json.inputs.map((input: { path: string }) => input.path)).toEqual([SEED, HTML]);
  });
});
