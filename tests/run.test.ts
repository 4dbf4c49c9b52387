import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DialogueStanceError } from '../src/errors.js';
import {
  type AnalyzeOptions,
  analyzeInputs,
  buildReports,
  runAnalyze,
  textFiles,
  writeFiles,
} from '../src/run.js';
import { REPORT_FILES } from './helpers.js';

const SEED_ID = '2021-11-17_japan-eu-ict-strategy-workshop-12';
const SEED = `corpus/${SEED_ID}.txt`;

const DOCUMENT_COLUMNS = [
  'doc',
  'path',
  'sha256',
  'bytes',
  'title',
  'series',
  'meeting',
  'date',
  'release_date',
  'lang',
  'meetings',
  'publisher',
  'sentences',
  'headings',
  'furniture',
  'statements',
  'statements_none',
];
const SENTENCE_COLUMNS = ['doc', 'sentence', 'section', 'text', 'start', 'end'];
const REPORTS = REPORT_FILES;

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dialogue-stance-run-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** A fresh folder under the temporary root, as a path relative to the working directory. */
function folder(files: Record<string, string> = {}): string {
  const dir = relative(process.cwd(), mkdtempSync(join(root, 'dir-')));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** CSV text -> records keyed by header. */
function records(csv: string): Record<string, string>[] {
  return parse(csv, { columns: true, bom: true }) as Record<string, string>[];
}

function header(csv: string): string[] {
  return (parse(csv, { bom: true, to_line: 1 }) as string[][])[0] ?? [];
}

async function reports(options: AnalyzeOptions): Promise<Map<string, string>> {
  return buildReports(analyzeInputs(options), options);
}

describe('analyzeInputs', () => {
  it('analyses every document of the inputs, with no metadata.csv in corpus/', () => {
    const result = analyzeInputs({ inputs: ['corpus'] });
    expect(result.documents.map((d) => d.source.id)).toEqual([SEED_ID]);
    expect(result.documents[0]?.source.path).toBe(SEED);
    expect(result.metadataFiles).toEqual([]);
    expect(result.codebook.path).toBe('(default)');
  });

  it('an input folder without documents is an error', () => {
    const dir = folder({ 'README.md': '# About', 'metadata.csv': 'doc\n' });
    expect(() => analyzeInputs({ inputs: [dir] })).toThrow(DialogueStanceError);
  });
});

describe('reports of the seed', () => {
  it('writes the documented files', async () => {
    expect([...(await reports({ inputs: ['corpus'] })).keys()].sort()).toEqual(REPORTS);
  });

  it('documents.csv: the documented columns and the seed’s counts', async () => {
    const csv = (await reports({ inputs: [SEED] })).get('documents.csv') ?? '';
    expect(header(csv)).toEqual(DOCUMENT_COLUMNS);
    const [row] = records(csv);
    expect(row).toMatchObject({
      doc: SEED_ID,
      path: SEED,
      bytes: String(readFileSync(SEED).byteLength),
      title: 'Results of 12th Japan-EU ICT Strategy Workshop',
      series: 'Japan-EU ICT Strategy Workshop',
      meeting: '12',
      date: '2021-11-17',
      release_date: '2021-11-19',
      sentences: '19',
      headings: '6',
      furniture: '5',
    });
    expect(row?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('sentences.csv: the documented columns, and each text is its span of the document', async () => {
    const csv = (await reports({ inputs: [SEED] })).get('sentences.csv') ?? '';
    expect(header(csv)).toEqual(SENTENCE_COLUMNS);
    const text = readFileSync(SEED, 'utf8');
    const rows = records(csv);
    expect(rows).toHaveLength(19);
    rows.forEach((row, i) => {
      expect(row.doc).toBe(SEED_ID);
      expect(row.sentence).toBe(String(i + 1));
      expect(text.slice(Number(row.start), Number(row.end)).replace(/\s+/g, ' ')).toBe(row.text);
    });
    expect(rows.map((row) => row.section)).toContain('5G/Beyond 5G (6G)');
    expect(rows[0]?.section).toBe('');
  });
});

describe('metadata.csv', () => {
  function corpus(metadata: string): string {
    const dir = folder({
      'metadata.csv': metadata,
      'other.txt': 'Results of the 3rd Test Dialogue\n\nJapan explained AI.\n',
    });
    copyFileSync(SEED, join(dir, `${SEED_ID}.txt`));
    return dir;
  }

  it('overrides series, meeting and date, and carries its extra columns to the end of the reports', async () => {
    const dir = corpus(
      `doc,region,series,meeting,date,coder\n${SEED_ID},Asia,ICT Workshop,99,2021-11-18,AB\n`,
    );
    const files = await reports({ inputs: [dir] });
    const documents = files.get('documents.csv') ?? '';
    expect(header(documents)).toEqual([...DOCUMENT_COLUMNS, 'region', 'coder']);
    expect(
      records(documents).map((r) => [r.doc, r.series, r.meeting, r.date, r.release_date, r.region, r.coder]),
    ).toEqual([
      [SEED_ID, 'ICT Workshop', '99', '2021-11-18', '2021-11-19', 'Asia', 'AB'],
      // A bare series in a release of the codebook's pair is written with the pair.
      ['other', 'Japan-EU Test Dialogue', '3', '', '', '', ''],
    ]);

    const statements = files.get('statements.csv') ?? '';
    const columns = header(statements);
    expect(columns.slice(-2)).toEqual(['region', 'coder']);
    expect(columns.slice(0, 4)).toEqual(['doc', 'series', 'meeting', 'date']);
    const seedRows = records(statements).filter((r) => r.doc === SEED_ID);
    expect(seedRows.length).toBeGreaterThan(0);
    for (const row of seedRows) {
      expect([row.series, row.meeting, row.date, row.region, row.coder]).toEqual([
        'ICT Workshop',
        '99',
        '2021-11-18',
        'Asia',
        'AB',
      ]);
    }
    for (const row of records(statements).filter((r) => r.doc === 'other')) {
      expect([row.region, row.coder]).toEqual(['', '']);
    }
  });

  it('overrides title and release date; empty cells keep what the text says', async () => {
    const dir = corpus(`doc,title,release_date,series,meeting\n${SEED_ID},Workshop 12,2021-11-20,,\n`);
    const [row] = records((await reports({ inputs: [dir] })).get('documents.csv') ?? '');
    expect(row).toMatchObject({
      title: 'Workshop 12',
      release_date: '2021-11-20',
      series: 'Japan-EU ICT Strategy Workshop',
      meeting: '12',
      date: '2021-11-17',
    });
  });

  it('is found at the top of an input folder and listed in run.json; --metadata names one elsewhere', async () => {
    const dir = corpus(`doc,coder\n${SEED_ID},AB\n`);
    expect(analyzeInputs({ inputs: [dir] }).metadataFiles).toEqual([join(dir, 'metadata.csv')]);
    const elsewhere = folder({ 'meta.csv': `doc,coder\n${SEED_ID},CD\n` });
    const options = { inputs: [SEED], metadata: join(elsewhere, 'meta.csv') };
    const files = await reports(options);
    expect(records(files.get('documents.csv') ?? '')[0]?.coder).toBe('CD');
    expect(JSON.parse(files.get('run.json') ?? '{}').metadata).toEqual([join(elsewhere, 'meta.csv')]);
  });

  it('is never read as a document', () => {
    const dir = corpus('doc,coder\n');
    expect(analyzeInputs({ inputs: [dir] }).documents.map((d) => d.source.id)).toEqual([SEED_ID, 'other']);
  });

  it.each<[string, string]>([
    ['no doc column', 'id,series\nx,y\n'],
    ['a meeting that is not a whole number', `doc,meeting\n${SEED_ID},twelve\n`],
    ['a date that is not ISO', `doc,date\n${SEED_ID},17/11/2021\n`],
    ['a document listed twice', `doc\n${SEED_ID}\n${SEED_ID}\n`],
  ])('a bad metadata.csv is a one-line error: %s', (_name, metadata) => {
    const dir = corpus(metadata);
    try {
      analyzeInputs({ inputs: [dir] });
      expect.unreachable('no error thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(DialogueStanceError);
      expect((error as DialogueStanceError).code).toBe('METADATA_INVALID');
      expect((error as Error).message).not.toMatch(/\n/);
    }
  });
});

describe('writeFiles: no half-written reports', () => {
  const files = new Map([
    ['a.csv', 'x\n1\n'],
    ['b.csv', 'y\n2\n'],
    ['c.json', '{}\n'],
  ]);

  it('writes every file under its name and leaves no temporary file', () => {
    const out = join(folder(), 'reports', 'nested');
    writeFiles(out, files);
    expect(readdirSync(out).sort()).toEqual(['a.csv', 'b.csv', 'c.json']);
    expect(readFileSync(join(out, 'b.csv'), 'utf8')).toBe('y\n2\n');
  });

  it('replaces earlier reports', () => {
    const out = folder({ 'a.csv': 'old\n' });
    writeFiles(out, files);
    expect(readFileSync(join(out, 'a.csv'), 'utf8')).toBe('x\n1\n');
    expect(readdirSync(out).sort()).toEqual(['a.csv', 'b.csv', 'c.json']);
  });

  it('an output path that is a file is a one-line OUTPUT_WRITE error', () => {
    const dir = folder({ taken: 'a file' });
    expect(() => writeFiles(join(dir, 'taken'), files)).toThrow(
      expect.objectContaining({ code: 'OUTPUT_WRITE', message: expect.not.stringMatching(/\n/) }),
    );
    expect(readdirSync(dir)).toEqual(['taken']);
  });

  it('a failure on a later file leaves no temporary and no new file', () => {
    const out = folder();
    mkdirSync(join(out, 'c.json')); // a folder where the last report should go: its rename fails
    expect(() => writeFiles(out, files)).toThrow(expect.objectContaining({ code: 'OUTPUT_WRITE' }));
    expect(readdirSync(out).sort()).toEqual(['c.json']);
  });
});

describe('runAnalyze and textFiles', () => {
  it('writes the reports and, with textOut, the text every offset points into', async () => {
    const dir = folder({
      'page.html': '<h1>Results of the 1st Test Dialogue</h1><p>Japan&nbsp;explained AI.</p>',
      'crlf.txt': '\uFEFFResults of the 2nd Test Dialogue\r\n\r\nJapan explained AI.\r\n',
    });
    const out = join(folder(), 'out');
    const textOut = join(folder(), 'text');
    const result = await runAnalyze({ inputs: [dir], out, textOut });
    expect(readdirSync(out).sort()).toEqual(REPORTS);
    expect(readdirSync(textOut).sort()).toEqual(['crlf.txt', 'page.txt']);
    expect(readFileSync(join(textOut, 'page.txt'), 'utf8')).toBe(
      'Results of the 1st Test Dialogue\n\nJapan explained AI.\n',
    );
    expect(readFileSync(join(textOut, 'crlf.txt'), 'utf8')).toBe(
      'Results of the 2nd Test Dialogue\r\n\r\nJapan explained AI.\r\n',
    );
    expect(textFiles(result.documents)).toEqual(
      new Map(result.documents.map((d) => [`${d.source.id}.txt`, d.source.text])),
    );
  });
});
