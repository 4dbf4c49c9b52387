// unmatched.csv end to end: documents written to a temporary folder, analysed and reported in memory
// (analyzeInputs + buildReports, as `analyze` does), the CSV read back.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { type AnalyzeOptions, analyzeInputs, buildReports } from '../../src/run.js';

const COLUMNS = 'kind,words,count,example_doc,example_sentence,example_text';

const root = mkdtempSync(join(tmpdir(), 'dialogue-stance-unmatched-'));

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** A fresh folder holding `files`. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 'in-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** The default codebook without the cue `elaborate`, so that "elaborated" is a predicate no cue matches. */
function codebookWithout(pattern: string): string {
  const codebook = JSON.parse(readFileSync('codebooks/default.json', 'utf8')) as {
    languages: { en: { cues: { patterns: string[] }[] } };
  };
  for (const cue of codebook.languages.en.cues) cue.patterns = cue.patterns.filter((p) => p !== pattern);
  const dir = mkdtempSync(join(root, 'codebook-'));
  const path = join(dir, `without-${pattern}.json`);
  writeFileSync(path, JSON.stringify(codebook, null, 2));
  return path;
}

async function unmatched(options: AnalyzeOptions): Promise<{ csv: string; rows: string[][] }> {
  const result = analyzeInputs(options);
  const csv = (await buildReports(result, options)).get('unmatched.csv') ?? '';
  const [header, ...rows] = parse(csv) as string[][];
  expect(header?.join(',')).toBe(COLUMNS);
  return { csv, rows };
}

describe('unmatched.csv: predicates with a side but no cue', () => {
  const elaborate = 'The EU side elaborated on its plans. The EU side elaborates further.\n';
  const ponder = 'The EU side pondered the question. The EU side ponders the matter.\n';

  it.each<[string, string, string | null, string[]]>([
    [
      'elaborated / elaborates, codebook without "elaborate"',
      elaborate,
      'elaborate',
      ['predicate', 'elaborated', '2', 'plans', '1', 'The EU side elaborated on its plans.'],
    ],
    [
      'pondered / ponders, default codebook',
      ponder,
      null,
      ['predicate', 'pondered', '2', 'plans', '1', 'The EU side pondered the question.'],
    ],
  ])('groups both inflections into one row with count 2: %s', async (_name, text, without, row) => {
    const dir = folder({ 'plans.txt': text });
    const { rows } = await unmatched({
      inputs: [dir],
      ...(without ? { codebook: codebookWithout(without) } : {}),
    });
    expect(rows).toEqual([row]);
  });

  it('a predicate the codebook covers is not listed (default codebook: "elaborate" is a cue)', async () => {
    const dir = folder({ 'plans.txt': elaborate });
    const { csv } = await unmatched({ inputs: [dir] });
    expect(csv).toBe(`${COLUMNS}\n`);
  });
});

describe('unmatched.csv: actor-like subjects no alias matched', () => {
  it('"The delegation explained its plans." gives an actor row "The delegation"', async () => {
    const dir = folder({ 'delegation.txt': 'The delegation explained its plans.\n' });
    const { rows } = await unmatched({ inputs: [dir] });
    expect(rows).toEqual([
      ['actor', 'The delegation', '1', 'delegation', '1', 'The delegation explained its plans.'],
    ]);
  });
});

describe('unmatched.csv: order and examples', () => {
  const dir = folder({
    'x1.txt': [
      'The EU side pondered the question.',
      'The delegation explained its plans.',
      'The Japanese side mulled the proposal.',
      'The task force explained the AI Act.',
      'The Japanese side pondered the answer.',
    ].join(' '),
    'x2.txt': [
      'The Japanese side explained its plans.',
      'The delegation noted the progress.',
      'The committee explained its work.',
      'The EU side reflected on its plans.',
      'The purpose of this workshop is to promote cooperation.',
      'The EU side pondered the options.',
    ].join(' '),
  });

  it('sorts by kind, count descending, then words; the example is the first occurrence', async () => {
    const { rows } = await unmatched({ inputs: [dir] });
    expect(rows).toEqual([
      ['actor', 'The delegation', '2', 'x1', '2', 'The delegation explained its plans.'],
      ['actor', 'The committee', '1', 'x2', '3', 'The committee explained its work.'],
      ['actor', 'The task force', '1', 'x1', '4', 'The task force explained the AI Act.'],
      ['predicate', 'pondered', '3', 'x1', '1', 'The EU side pondered the question.'],
      ['predicate', 'mulled', '1', 'x1', '3', 'The Japanese side mulled the proposal.'],
      ['predicate', 'reflected', '1', 'x2', '4', 'The EU side reflected on its plans.'],
    ]);
  });

  it('does not depend on the order of the inputs', async () => {
    const one = await unmatched({ inputs: [join(dir, 'x1.txt'), join(dir, 'x2.txt')] });
    const other = await unmatched({ inputs: [join(dir, 'x2.txt'), join(dir, 'x1.txt')] });
    expect(other.csv).toBe(one.csv);
  });
});
