// The toolkit's commands end to end, in-process: every --help example runs on corpus/, and bad
// input behaves as for analyze (one line on stderr, nothing on stdout, exit 2).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { commandLine } from './shell.js';

const root = mkdtempSync(join(tmpdir(), 'dialogue-stance-toolkit-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const COMMANDS = [
  ['kwic'],
  ['keyness'],
  ['explain'],
  ['codebook'],
  ['codebook', 'show'],
  ['codebook', 'check'],
  ['codebook', 'export'],
];

describe('--help', () => {
  it.each(COMMANDS)(
    '%s %s: says how errors are reported and shows examples that run on corpus/',
    async (...command) => {
      const help = await runCli(...command, '--help');
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/exit status 2/);
      const examples = [...help.stdout.matchAll(/^ {2}\$ dialogue-stance (.+)$/gm)].map(
        (m) => m[1] as string,
      );
      expect(examples.length).toBeGreaterThan(0);
      for (const example of examples) {
        const { argv } = commandLine(example);
        const result = await runCli(...argv);
        expect(result.stderr, example).toBe('');
        expect(result.code, example).toBe(0);
        expect(result.stdout.length, example).toBeGreaterThan(0);
      }
    },
  );
});

describe('bad input: one line on stderr, nothing on stdout, exit 2', () => {
  const bad = join(root, 'bad.json');
  it.each<[string, string[], RegExp]>([
    ['kwic: a missing input', ['kwic', 'raise', 'no-such-folder'], /no-such-folder: no such file or folder/],
    ['kwic: a bad regex', ['kwic', '--regex', '(', 'corpus'], /is not a regular expression/],
    [
      'kwic: an unknown side',
      ['kwic', 'raise', 'corpus', '--side', 'japn'],
      /--side must be one of japan, eu, both, none/,
    ],
    ['kwic: an unknown topic', ['kwic', 'raise', 'corpus', '--topic', 'nope'], /--topic must be one of/],
    ['kwic: an unknown stance', ['kwic', 'raise', 'corpus', '--stance', 'nope'], /--stance must be one of/],
    [
      'kwic: a window that is no number',
      ['kwic', 'raise', 'corpus', '--window', 'x'],
      /--window must be a whole number/,
    ],
    [
      'kwic: a bad meeting',
      ['kwic', 'raise', 'corpus', '--meeting', '5..2'],
      /--meeting 5\.\.2: the range ends before it starts/,
    ],
    [
      'kwic: a missing codebook',
      ['kwic', 'raise', 'corpus', '--codebook', 'no.json'],
      /no\.json: codebook file cannot be read/,
    ],
    ['keyness: no target', ['keyness', 'corpus', '--reference', 'eu'], /needs a target/],
    [
      'keyness: an unknown side',
      ['keyness', 'corpus', '--target', 'jp', '--reference', 'eu'],
      /--target must be one of/,
    ],
    [
      'keyness: --top 0',
      ['keyness', 'corpus', '--target', 'japan', '--reference', 'eu', '--top', '0'],
      /--top must be a whole number of 1 or more/,
    ],
    [
      'keyness: --by nothing',
      ['keyness', 'corpus', '--target', 'japan', '--reference', 'eu', '--by', 'year'],
      /--by must be one of topic, meeting/,
    ],
    [
      'keyness: a bad range',
      ['keyness', 'corpus', '--target-meetings', 'x', '--reference-meetings', '2'],
      /--target-meetings must be a meeting number or a range/,
    ],
    [
      'explain: an unknown document',
      ['explain', 'corpus', '--doc', 'nope'],
      /--doc "nope" is none of the inputs' documents/,
    ],
    [
      'explain: sentence 0',
      ['explain', 'corpus', '--sentence', '0'],
      /--sentence must be a whole number of 1 or more/,
    ],
    [
      'codebook check: problems',
      ['codebook', 'check', '--codebook', bad],
      /bad\.json: codebook has 3 problems: field "languages" is missing; /,
    ],
    [
      'codebook show: a missing file',
      ['codebook', 'show', '--codebook', 'no.json'],
      /no\.json: codebook file cannot be read/,
    ],
    [
      'codebook show: quanteda',
      ['codebook', 'show', '--format', 'quanteda'],
      /codebook export writes the quanteda dictionary/,
    ],
    [
      'codebook export: an unknown format',
      ['codebook', 'export', '--format', 'xml'],
      /--format must be one of json, yaml, quanteda/,
    ],
  ])('%s', async (_name, argv, message) => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(bad, '{"version": 2, "sides": [{"id": "both"}], "topics": []}');
    const result = await runCli(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^dialogue-stance: [^\n]+\n$/);
    expect(result.stderr).toMatch(message);
  });
});

describe('output', () => {
  it('kwic --out writes the CSV to a file and nothing to stdout', async () => {
    const out = join(root, 'kwic.csv');
    const result = await runCli('kwic', 'explain', 'corpus', '--out', out);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    const csv = readFileSync(out, 'utf8');
    expect(csv.split('\n')[0]).toBe(
      'doc,series,meeting,date,sentence,statement,side,stance,topic,left,match,right,start,end',
    );
    expect(csv).toBe((await runCli('kwic', 'explain', 'corpus')).stdout);
  });

  it('keyness --out writes the CSV to a file', async () => {
    const out = join(root, 'keyness.csv');
    expect(
      (await runCli('keyness', 'corpus', '--target', 'japan', '--reference', 'eu', '--out', out)).code,
    ).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe(
      'group,term,word,target,reference,target_total,reference_total,g2,chi2,p,log_ratio',
    );
  });

  it('explain is not coloured when the output is no terminal', async () => {
    const result = await runCli('explain', 'corpus', '--sentence', '14');
    expect(result.stdout).not.toContain(String.fromCharCode(27));
  });

  it('codebook check of a valid codebook: one line, exit 0', async () => {
    const result = await runCli('codebook', 'check', '--codebook', 'codebooks/japan-us.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^codebooks\/japan-us\.json: OK \(codebook "[^"]+": 2 sides, \d+ topics, \d+ series, languages en, ja\)\n$/,
    );
  });
});
