// The evaluate and agreement commands, run in-process through main(argv, io) on the seed document,
// its gold file and gold files written for the test into a temporary folder.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const SEED_ID = '2021-11-17_japan-eu-ict-strategy-workshop-12';
const SEED_GOLD = `corpus/gold/${SEED_ID}.gold.csv`;
const HEADER = 'doc,snippet,side,stance,topic';

const root = mkdtempSync(join(tmpdir(), 'dialogue-stance-evaluate-'));

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Writes `text` to a fresh file in the temporary folder and returns its path. */
function write(name: string, text: string): string {
  const path = join(mkdtempSync(join(root, 'in-')), name);
  writeFileSync(path, text);
  return path;
}

const cli = runCli;

const seedGold = readFileSync(SEED_GOLD, 'utf8');

/** The seed gold with the row whose snippet starts with `snippet` replaced by `row` (doc added). */
function edited(text: string, edits: Record<string, string>): string {
  let out = text;
  for (const [snippet, row] of Object.entries(edits)) {
    const lines = out.split('\n');
    const index = lines.findIndex((l) => l.startsWith(`${SEED_ID},${snippet}`));
    if (index < 0) throw new Error(`no gold row for ${snippet}`);
    lines[index] = `${SEED_ID},${row}`;
    out = lines.join('\n');
  }
  return out;
}

/** A table line of the plain output: the cells separated by runs of spaces; a RegExp cell as a pattern. */
const tableLine = (...cells: (string | number | RegExp)[]) =>
  new RegExp(
    `^${cells
      .map((c) => (c instanceof RegExp ? c.source : String(c).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join(' +')}$`,
    'm',
  );

/** A figure with its interval as the text report prints it; any bounds (kappa's and alpha's may be < 0). */
const withAnyInterval = (value: string) =>
  new RegExp(`${value.replace('.', '\\.')} \\[-?\\d\\.\\d{3}, -?\\d\\.\\d{3}\\]`);

// Wilson for n of n is [n / (n + z²), 1]: 24 of 24 → 0.862, 69 of 69 → 0.947. A perfect score has
// F1, macro-F1 and kappa 1 in every resample, so their bootstrap intervals are [1, 1].
const PERFECT_24 = ['1.000 [0.862, 1.000]', '1.000 [1.000, 1.000]', '1.000 [1.000, 1.000]'];
const PERFECT_69 = ['1.000 [0.947, 1.000]', '1.000 [1.000, 1.000]', '1.000 [1.000, 1.000]'];

// The seed gold with one wrong side: the tool (rightly) says japan raised the issues.
const RAISED = '"In response, the Japanese side raised issues with the EU bills"';
const oneWrongSide = write(
  'one-wrong-side.gold.csv',
  edited(seedGold, { [RAISED]: `${RAISED},eu,raised_issues,platforms` }),
);

describe('evaluate on the seed', () => {
  it('exits 0 and prints accuracy 1.000 for side, stance and topic', async () => {
    const result = await cli('evaluate', 'corpus', '--gold', SEED_GOLD);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Gold rows 24: matched 24, unmatched 0, ambiguous 0$/m);
    for (const field of ['side', 'stance', 'topic'])
      expect(result.stdout).toMatch(tableLine(field, 24, 24, ...PERFECT_24));
    expect(result.stdout).toMatch(
      /^95% CI: Wilson score for accuracy, precision and recall; percentile bootstrap for f1, macro-F1 and kappa \(2000 resamples of each field's scored gold rows, seed 1\)\.$/m,
    );
    expect(result.stdout).not.toMatch(/Unmatched gold rows/);
    expect(result.stdout).not.toMatch(/Not evaluated/);
  });

  it('--json prints one JSON object with the documented fields', async () => {
    const result = await cli('evaluate', 'corpus', '--gold', SEED_GOLD, '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ statements: 24, unmatched: [], ambiguous: [] });
    for (const field of ['side', 'stance', 'topic']) {
      const score = json[field];
      expect(score, field).toMatchObject({ accuracy: 1, macroF1: 1, kappa: 1 });
      expect(Object.keys(score.labels).length, field).toBeGreaterThan(1);
      for (const label of Object.values(score.labels))
        expect(label).toEqual({
          precision: 1,
          recall: 1,
          f1: 1,
          support: expect.any(Number),
        });
      expect(score.confusion.labels).toEqual(Object.keys(score.labels));
      expect(score.confusion.counts).toHaveLength(score.confusion.labels.length);
    }
    // Gold side labels of the seed: japan 8, eu 6, both 6, none 4.
    expect(json.side.confusion).toEqual({
      labels: ['japan', 'eu', 'both', 'none'],
      counts: [
        [8, 0, 0, 0],
        [0, 6, 0, 0],
        [0, 0, 6, 0],
        [0, 0, 0, 4],
      ],
    });
    expect(json.stance.labels.raised_issues).toEqual({ precision: 1, recall: 1, f1: 1, support: 1 });
  });

  it('--min-accuracy 0.99 exits 0', async () => {
    expect((await cli('evaluate', 'corpus', '--gold', SEED_GOLD, '--min-accuracy', '0.99')).code).toBe(0);
  });

  it('scores the trends corpus against its five gold files at 1.000', async () => {
    const dir = 'tests/fixtures/trends/gold';
    const gold = readdirSync(dir)
      .filter((name) => name.endsWith('.gold.csv'))
      .map((name) => join(dir, name));
    expect(gold).toHaveLength(5);
    const result = await cli('evaluate', 'tests/fixtures/trends', '--gold', ...gold, '--min-accuracy', '1');
    expect(result.code).toBe(0);
    for (const field of ['side', 'stance', 'topic'])
      expect(result.stdout).toMatch(tableLine(field, 69, 69, ...PERFECT_69));
  });
});

describe('evaluate with a wrong gold row', () => {
  it('--min-accuracy 0.99 exits 1, and still prints the report', async () => {
    const result = await cli('evaluate', 'corpus', '--gold', oneWrongSide, '--min-accuracy', '0.99');
    expect(result.code).toBe(1);
    // side 23 of 24 = 0.958; kappa: gold japan 7, eu 7, both 6, none 4; predicted japan 8, eu 6,
    // both 6, none 4; n²·pe = 7·8 + 7·6 + 6·6 + 4·4 = 150; kappa = (24·23 − 150) / (576 − 150) = 402/426
    // macro-F1: japan P 7/8 R 1 F1 14/15, eu P 1 R 6/7 F1 12/13, both 1, none 1 → mean 0.964
    // Accuracy 23 of 24, Wilson: [0.798, 0.993] (scipy: 0.79758, 0.99261).
    expect(result.stdout).toMatch(
      tableLine('side', 24, 23, '0.958 [0.798, 0.993]', withAnyInterval('0.964'), withAnyInterval('0.944')),
    );
    expect(result.stdout).toMatch(tableLine('stance', 24, 24, ...PERFECT_24));
  });

  it('--json gives the hand-computed side figures', async () => {
    const result = await cli('evaluate', 'corpus', '--gold', oneWrongSide, '--json');
    expect(result.code).toBe(0);
    const { side } = JSON.parse(result.stdout);
    expect(side.n).toBe(24);
    expect(side.correct).toBe(23);
    expect(side.accuracy).toBeCloseTo(23 / 24, 12);
    expect(side.kappa).toBeCloseTo(402 / 426, 12);
    expect(side.macroF1).toBeCloseTo((14 / 15 + 12 / 13 + 1 + 1) / 4, 12);
    expect(side.labels.japan).toEqual({ precision: 7 / 8, recall: 1, f1: 14 / 15, support: 7 });
    expect(side.labels.eu.precision).toBe(1);
    expect(side.labels.eu.recall).toBeCloseTo(6 / 7, 12);
    expect(side.labels.eu.f1).toBeCloseTo(12 / 13, 12);
    expect(side.labels.eu.support).toBe(7);
    expect(side.confusion.counts[1]).toEqual([1, 6, 0, 0]); // gold eu: 1 predicted japan
  });

  it('--json gives the intervals beside the figures, and how they were made', async () => {
    const json = JSON.parse((await cli('evaluate', 'corpus', '--gold', oneWrongSide, '--json')).stdout);
    expect(json.intervals).toEqual({
      confidence: 0.95,
      wilson: ['accuracy', 'precision', 'recall'],
      bootstrap: {
        statistics: ['f1', 'macroF1', 'kappa'],
        replicates: 2000,
        seed: 1,
        unit: 'scored gold row of the field',
        interval: 'percentile',
      },
    });
    const { ci } = json.side;
    expect(Object.keys(ci)).toEqual(['accuracy', 'macroF1', 'kappa', 'labels']);
    // Wilson, 23 of 24: scipy's binomtest(23, 24).proportion_ci(method='wilson').
    expect(ci.accuracy.low).toBeCloseTo(0.7975819352134407, 12);
    expect(ci.accuracy.high).toBeCloseTo(0.9926065438344943, 12);
    // japan: precision 7 of 8 predicted (scipy: 0.5291118177871464, 0.9775825085499433), recall 7 of 7:
    // [n / (n + z²), 1].
    expect(ci.labels.japan.precision.low).toBeCloseTo(0.5291118177871464, 12);
    expect(ci.labels.japan.precision.high).toBeCloseTo(0.9775825085499433, 12);
    expect(ci.labels.japan.recall.low).toBeCloseTo(7 / (7 + 1.959963984540054 ** 2), 12);
    expect(ci.labels.japan.recall.high).toBe(1);
    for (const interval of [ci.macroF1, ci.kappa, ci.labels.japan.f1, ci.labels.eu.f1]) {
      expect(interval.low).toBeLessThanOrEqual(interval.high);
      expect(interval.high).toBeLessThanOrEqual(1);
    }
    expect(ci.kappa.low).toBeLessThan(json.side.kappa);
    expect(Object.keys(ci.labels)).toEqual(Object.keys(json.side.labels));
  });

  it('--disagreements FILE writes that row as CSV (doc,snippet,field,gold,predicted,text,cue)', async () => {
    const out = join(mkdtempSync(join(root, 'out-')), 'diff.csv');
    const result = await cli('evaluate', 'corpus', '--gold', oneWrongSide, '--disagreements', out);
    expect(result.code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.split('\n')[0]).toBe('doc,snippet,field,gold,predicted,text,cue');
    expect(parse(csv, { columns: true })).toEqual([
      {
        doc: SEED_ID,
        snippet: 'In response, the Japanese side raised issues with the EU bills',
        field: 'side',
        gold: 'eu',
        predicted: 'japan',
        text: 'In response, the Japanese side raised issues with the EU bills.',
        cue: 'raised issues',
      },
    ]);
  });

  it('--disagreements on the right gold writes the header only', async () => {
    const out = join(mkdtempSync(join(root, 'out-')), 'diff.csv');
    expect((await cli('evaluate', 'corpus', '--gold', SEED_GOLD, '--disagreements', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('doc,snippet,field,gold,predicted,text,cue\n');
  });
});

describe('evaluate reports gold rows that match nothing', () => {
  const unmatched = write(
    'unmatched.gold.csv',
    `${seedGold.trimEnd()}\n${SEED_ID},The Japanese side objected to the proposal,japan,raised_issues,platforms\n`,
  );

  it('in the table text', async () => {
    const result = await cli('evaluate', 'corpus', '--gold', unmatched);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Gold rows 25: matched 24, unmatched 1, ambiguous 0$/m);
    expect(result.stdout).toMatch(/^Unmatched gold rows/m);
    expect(result.stdout).toMatch(
      new RegExp(
        `unmatched\\.gold\\.csv:26 +${SEED_ID} +snippet-not-found +The Japanese side objected to the proposal`,
      ),
    );
    // Scored as wrong: 24 of 25.
    expect(result.stdout).toMatch(/^side +25 +24 +0\.960/m);
  });

  it('in JSON `unmatched`', async () => {
    const result = await cli('evaluate', 'corpus', '--gold', unmatched, '--json');
    const json = JSON.parse(result.stdout);
    expect(json.statements).toBe(25);
    expect(json.unmatched).toEqual([
      {
        doc: SEED_ID,
        snippet: 'The Japanese side objected to the proposal',
        file: unmatched,
        line: 26,
        reason: 'snippet-not-found',
      },
    ]);
  });
});

describe('evaluate agrees with score-gold.mjs', () => {
  // The seed gold with deliberate errors. What score-gold.mjs prints for the tool's statements.csv
  // and this file, worked out by hand (26 rows):
  //   side   2 wrong + 2 unmatched      → 22/26 = 0.846
  //   stance 1 wrong + 2 unmatched      → 23/26 = 0.885
  //   topic  25 rows with a topic (one left empty); 1 wrong + 2 unmatched → 22/25 = 0.880
  // Rows with `|` alternatives (other|concurred, concurred|explained, general|cybersecurity) count right.
  const gold = write(
    'errors.gold.csv',
    `${edited(seedGold, {
      [RAISED]: `${RAISED},eu,raised_issues,platforms`,
      'The EU side explained the implementation status':
        'The EU side explained the implementation status of the EU’s cybersecurity strategy,japan,explained,cybersecurity',
      'The EU side explained the status of the proposed AI regulation':
        'The EU side explained the status of the proposed AI regulation,eu,raised_issues,ai',
      'The EU side gave a presentation':
        'The EU side gave a presentation on the latest status of the Digital Services Act,eu,explained,data',
      'Japan explained its belief':
        'Japan explained its belief that soft law effectively and flexibly responds,japan,explained,',
    }).trimEnd()}
${SEED_ID},The Japanese side objected to the proposal,japan,raised_issues,platforms
${SEED_ID},The EU side explained nothing at all,eu,explained,ai
`,
  );

  it.each<[string, number, number, string]>([
    ['side', 26, 22, '0.846'],
    ['stance', 26, 23, '0.885'],
    ['topic', 25, 22, '0.880'],
  ])('%s: %i rows, %i correct, accuracy %s', async (field, n, correct, printed) => {
    const text = await cli('evaluate', 'corpus', '--gold', gold);
    expect(text.stdout).toMatch(
      new RegExp(`^${field} +${n} +${correct} +${printed.replace('.', '\\.')} `, 'm'),
    );
    const json = JSON.parse((await cli('evaluate', 'corpus', '--gold', gold, '--json')).stdout);
    expect(json[field].n).toBe(n);
    expect(json[field].correct).toBe(correct);
    expect(json[field].accuracy).toBeCloseTo(correct / n, 12);
  });

  it('lists both unmatched rows with their reasons', async () => {
    const json = JSON.parse((await cli('evaluate', 'corpus', '--gold', gold, '--json')).stdout);
    expect(json.statements).toBe(26);
    expect(json.matched).toBe(24);
    expect(json.unmatched.map((u: { doc: string; reason: string }) => [u.doc, u.reason])).toEqual([
      [SEED_ID, 'snippet-not-found'],
      [SEED_ID, 'snippet-not-found'],
    ]);
    expect(json.notEvaluated).toEqual({ rows: 0, docs: [] });
  });

  it.each<[string, number]>([
    ['0.84', 0],
    ['0.846', 0],
    ['0.85', 1],
  ])('--min-accuracy %s exits %i (lowest accuracy 22/26 = 0.8462)', async (minimum, code) => {
    expect((await cli('evaluate', 'corpus', '--gold', gold, '--min-accuracy', minimum)).code).toBe(code);
  });
});

describe('evaluate with gold rows of documents that were not given', () => {
  // The issue's case: four documents evaluated with a gold file that also covers three others. Those
  // rows say nothing about the tool; they must not count, and must be said once.
  const SET = 'tests/fixtures/heldout7';
  const GIVEN = [
    '2015-03-04_japan-eu-ict-policy-dialogue-20',
    '2018-03-07_japan-eu-ict-policy-dialogue-23',
    '2018-06-20_japan-eu-ict-strategy-workshop-8',
    '2019-10-02_japan-eu-ict-strategy-workshop-10',
  ];
  const OTHERS = [
    '2020-01-30_japan-eu-ict-policy-dialogue-25',
    '2021-04-28_japan-eu-ict-strategy-workshop-11',
    '2022-03-09_japan-eu-ict-policy-dialogue-27',
  ];
  const goldText = (id: string) => readFileSync(join(SET, 'gold', `${id}.gold.csv`), 'utf8');
  const rowsOf = (text: string) => parse(text, { columns: true }).length;
  // One gold file for all seven documents, as a coder would hand it over.
  const together = write(
    'seven.gold.csv',
    [HEADER, ...[...GIVEN, ...OTHERS].map((id) => goldText(id).split('\n').slice(1).join('\n').trim())].join(
      '\n',
    ),
  );
  const givenOnly = write(
    'four.gold.csv',
    [HEADER, ...GIVEN.map((id) => goldText(id).split('\n').slice(1).join('\n').trim())].join('\n'),
  );
  const inputs = GIVEN.map((id) => join(SET, `${id}.txt`));
  const otherRows = OTHERS.reduce((sum, id) => sum + rowsOf(goldText(id)), 0);

  it('leaves those rows out of every figure: the report equals that of the four documents’ gold alone', async () => {
    expect(otherRows).toBe(50); // 17 + 18 + 15
    const all = JSON.parse((await cli('evaluate', ...inputs, '--gold', together, '--json')).stdout);
    const four = JSON.parse((await cli('evaluate', ...inputs, '--gold', givenOnly, '--json')).stdout);
    expect(all.notEvaluated).toEqual({ rows: otherRows, docs: OTHERS });
    expect(four.notEvaluated).toEqual({ rows: 0, docs: [] });
    expect(all.statements).toBe(four.statements);
    expect(all.unmatched).toEqual([]);
    for (const field of ['side', 'stance', 'topic']) expect(all[field], field).toEqual(four[field]);
  });

  it('says so once in the text report, with the count and the documents, and exits 0', async () => {
    const result = await cli('evaluate', ...inputs, '--gold', together);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(
      new RegExp(
        `^Not evaluated: 50 gold rows of 3 documents not among the inputs, left out of every figure: ${OTHERS.join(', ')}$`,
        'm',
      ),
    );
    for (const id of OTHERS) expect(result.stdout.split(id)).toHaveLength(2);
    expect(result.stdout).not.toMatch(/doc-not-found/);
  });

  it('writes no disagreement rows for them', async () => {
    const out = join(mkdtempSync(join(root, 'out-')), 'diff.csv');
    await cli('evaluate', ...inputs, '--gold', together, '--disagreements', out);
    const rows: { doc: string }[] = parse(readFileSync(out, 'utf8'), { columns: true });
    const docs = rows.map((row) => row.doc);
    for (const id of OTHERS) expect(docs).not.toContain(id);
  });

  it('--require-all-gold makes them an error: exit 1, one line on stderr, nothing on stdout', async () => {
    const out = join(mkdtempSync(join(root, 'out-')), 'diff.csv');
    const result = await cli(
      'evaluate',
      ...inputs,
      '--gold',
      together,
      '--require-all-gold',
      '--json',
      '--disagreements',
      out,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^dialogue-stance: [^\n]+\n$/);
    expect(result.stderr).toContain(
      `50 gold rows are of 3 documents not among the inputs: ${OTHERS.join(', ')}`,
    );
    expect(() => readFileSync(out)).toThrow();
  });

  it('--require-all-gold passes when every gold row’s document was given', async () => {
    const result = await cli('evaluate', ...inputs, '--gold', givenOnly, '--require-all-gold');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('--require-all-gold still scores a snippet no statement contains as wrong, not as an error', async () => {
    const gold = write(
      'missing-snippet.gold.csv',
      `${seedGold.trimEnd()}\n${SEED_ID},The Japanese side objected to the proposal,japan,raised_issues,platforms\n`,
    );
    const result = await cli('evaluate', 'corpus', '--gold', gold, '--require-all-gold');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Gold rows 25: matched 24, unmatched 1, ambiguous 0$/m);
    expect(result.stdout).toMatch(/^side +25 +24 +0\.960 /m);
  });

  it('a gold file of documents none of which were given is scored as nothing: --min-accuracy fails', async () => {
    const result = await cli('evaluate', 'corpus', '--gold', givenOnly, '--json', '--min-accuracy', '0');
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.statements).toBe(0);
    expect(json.notEvaluated.docs).toEqual(GIVEN);
  });
});

describe('evaluate --seed', () => {
  const json = async (...extra: string[]) =>
    JSON.parse((await cli('evaluate', 'corpus', '--gold', oneWrongSide, '--json', ...extra)).stdout);

  it('gives the same report for the same seed, and 1 by default', async () => {
    const byDefault = await json();
    expect(await json('--seed', '1')).toEqual(byDefault);
    expect(byDefault.intervals.bootstrap.seed).toBe(1);
  });

  it('moves only the bootstrap intervals with another seed', async () => {
    const one = await json();
    const other = await json('--seed', '12345');
    expect(other.intervals.bootstrap.seed).toBe(12345);
    expect(other.side.ci.accuracy).toEqual(one.side.ci.accuracy); // Wilson: no randomness
    expect(other.side.ci.labels.japan.precision).toEqual(one.side.ci.labels.japan.precision);
    expect(other.side.kappa).toBe(one.side.kappa);
    expect(other.side.ci.kappa).not.toEqual(one.side.ci.kappa);
    const text = await cli('evaluate', 'corpus', '--gold', oneWrongSide, '--seed', '12345');
    expect(text.stdout).toMatch(/\(2000 resamples of each field's scored gold rows, seed 12345\)/);
  });

  it.each(['-1', '1.5', 'abc', '4294967296'])(
    'rejects --seed %s: exit 2 (usage) and a usage message',
    async (seed) => {
      const result = await cli('evaluate', 'corpus', '--gold', SEED_GOLD, '--seed', seed);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/--seed.*whole number from 0 to 4294967295/);
    },
  );
});

describe('evaluate: a malformed gold file is exit 2 with one line naming the file', () => {
  it.each<[string, string, RegExp]>([
    ['a header without topic', 'doc,snippet,side,stance\nd,s,japan,explained\n', /header lacks topic/],
    ['an unknown side', `${HEADER}\n${SEED_ID},The EU side,martians,explained,ai\n`, /side "martians"/],
    ['an unknown stance', `${HEADER}\n${SEED_ID},The EU side,eu,pondered,ai\n`, /stance "pondered"/],
    ['an unknown topic', `${HEADER}\n${SEED_ID},The EU side,eu,explained,weather\n`, /topic "weather"/],
    ['a row with too few fields', `${HEADER}\n${SEED_ID},The EU side,eu\n`, /has 3 fields/],
    ['an empty snippet', `${HEADER}\n${SEED_ID},,eu,explained,ai\n`, /snippet is empty/],
    ['an unclosed quote', `${HEADER}\n${SEED_ID},"The EU side,eu,explained,ai\n`, /not readable as CSV/],
    ['an empty file', '', /is empty/],
  ])('%s', async (_name, text, message) => {
    const file = write('bad.gold.csv', text);
    const result = await cli('evaluate', 'corpus', '--gold', file);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^dialogue-stance: [^\n]+\n$/);
    expect(result.stderr).toContain(file);
    expect(result.stderr).toMatch(message);
  });

  it('a missing gold file', async () => {
    const file = join(root, 'no-such.gold.csv');
    const result = await cli('evaluate', 'corpus', '--gold', file);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^dialogue-stance: [^\n]+\n$/);
    expect(result.stderr).toContain(file);
  });
});

describe('agreement', () => {
  // Two coders, six units (two docs). Preferred labels; B leaves the topic of u6 empty (missing).
  //        side         stance                     topic
  //   u1   japan japan  explained     concurred    ai        ai
  //   u2   eu    eu     explained     raised_issues data     data
  //   u3   both  both   concurred     concurred    data      ai
  //   u4   japan eu     raised_issues raised_issues platforms platforms
  //   u5   none  none   other         other        general   general
  //   u6   eu    eu     explained     explained    ai        -
  //
  // side: 5 of 6 agree → 0.833.
  //   kappa: A japan 2, eu 2, both 1, none 1; B japan 1, eu 3, both 1, none 1;
  //          n²·pe = 2·1 + 2·3 + 1·1 + 1·1 = 10; kappa = (6·5 − 10) / (36 − 10) = 20/26 = 0.769
  //   alpha: n = 12 values, n_japan 3, n_eu 5, n_both 2, n_none 2; Σ_{c≠k} n_c·n_k = 144 − 42 = 102;
  //          only u4 disagrees: Σ_{c≠k} o_ck = 2; alpha = 1 − 11·2/102 = 80/102 = 0.784
  // stance: 4 of 6 agree → 0.667.
  //   kappa: A explained 3, concurred 1, raised_issues 1, other 1; B explained 1, concurred 2,
  //          raised_issues 2, other 1; n²·pe = 3·1 + 1·2 + 1·2 + 1·1 = 8; kappa = (24 − 8)/(36 − 8) = 16/28 = 0.571
  //   alpha: n = 12, explained 4, concurred 3, raised_issues 3, other 2; Σ_{c≠k} n_c·n_k = 144 − 38 = 106;
  //          u1 and u2 disagree: Σ_{c≠k} o_ck = 4; alpha = 1 − 11·4/106 = 62/106 = 0.585
  // topic: u6 is coded once, so 5 units; 4 agree → 0.800.
  //   kappa: A ai 1, data 2, platforms 1, general 1; B ai 2, data 1, platforms 1, general 1;
  //          n²·pe = 2 + 2 + 1 + 1 = 6; kappa = (5·4 − 6)/(25 − 6) = 14/19 = 0.737
  //   alpha: n = 10, ai 3, data 3, platforms 2, general 2; Σ_{c≠k} n_c·n_k = 100 − 26 = 74;
  //          u3 disagrees: Σ_{c≠k} o_ck = 2; alpha = 1 − 9·2/74 = 56/74 = 0.757
  const a = write(
    'a.csv',
    `${HEADER}
d1,The Japanese side explained AI,japan,explained,ai
d1,The EU side explained the Data Act,eu,explained,data
d1,Both sides agreed on data,both,concurred,data
d2,Japan objected to the platform rules,japan,raised_issues,platforms
d2,The meeting was held,none,other,general
d2,The EU side explained the AI Act,eu,explained,ai
`,
  );
  // Rows in another order, one snippet re-typed with other case and spacing: units still align.
  const b = write(
    'b.csv',
    `${HEADER}
d2,The meeting was held,none,other,general
d1,The Japanese side explained AI,japan,concurred,ai
d1,The EU side explained the Data Act,eu,raised_issues,data
d1,both sides  AGREED on data,both,concurred,ai
d2,Japan objected to the platform rules,eu,raised_issues,platforms
d2,The EU side explained the AI Act,eu,explained,
`,
  );

  it('prints percent agreement, kappa and alpha per field, and the disagreeing snippets', async () => {
    const result = await cli('agreement', a, b);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Coders a\.csv, b\.csv: 6 units, 0 coded by one coder only$/m);
    expect(result.stdout).toMatch(
      tableLine('field', 'units', 'agreement', 'kappa [95% CI]', 'alpha [95% CI]'),
    );
    expect(result.stdout).toMatch(
      tableLine('side', 6, '0.833', withAnyInterval('0.769'), withAnyInterval('0.784')),
    );
    expect(result.stdout).toMatch(
      tableLine('stance', 6, '0.667', withAnyInterval('0.571'), withAnyInterval('0.585')),
    );
    expect(result.stdout).toMatch(
      tableLine('topic', 5, '0.800', withAnyInterval('0.737'), withAnyInterval('0.757')),
    );
    expect(result.stdout).toMatch(
      /^95% CI: percentile bootstrap \(2000 resamples of the units coded by two or more coders, seed 1\)\.$/m,
    );
    expect(result.stdout).toMatch(/^Disagreements$/m);
    for (const row of [
      ['d1', 'stance', 'explained', 'concurred', 'The Japanese side explained AI'],
      ['d1', 'stance', 'explained', 'raised_issues', 'The EU side explained the Data Act'],
      ['d1', 'topic', 'data', 'ai', 'Both sides agreed on data'],
      ['d2', 'side', 'japan', 'eu', 'Japan objected to the platform rules'],
    ])
      expect(result.stdout).toMatch(tableLine(...row));
    expect(result.stdout.match(/^d\d +(?:side|stance|topic) /gm)).toHaveLength(4);
  });

  it('--json gives the same numbers', async () => {
    const result = await cli('agreement', a, b, '--json');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.coders).toEqual(['a.csv', 'b.csv']);
    expect(json.units).toBe(6);
    expect(json.unpaired).toEqual([]);
    const expected: Record<string, [number, number, number, number]> = {
      side: [6, 5 / 6, 20 / 26, 80 / 102],
      stance: [6, 4 / 6, 16 / 28, 62 / 106],
      topic: [5, 4 / 5, 14 / 19, 56 / 74],
    };
    for (const [field, [units, percent, kappa, alpha]] of Object.entries(expected)) {
      expect(json[field].units, field).toBe(units);
      expect(json[field].percentAgreement, field).toBeCloseTo(percent, 12);
      expect(json[field].kappa, field).toBeCloseTo(kappa, 12);
      expect(json[field].alpha, field).toBeCloseTo(alpha, 12);
      for (const figure of ['kappa', 'alpha']) {
        const interval = json[field].ci[figure];
        expect(interval.low, `${field} ${figure}`).toBeLessThanOrEqual(json[field][figure]);
        expect(interval.high, `${field} ${figure}`).toBeGreaterThanOrEqual(json[field][figure]);
      }
    }
    expect(json.intervals.bootstrap).toMatchObject({ replicates: 2000, seed: 1, interval: 'percentile' });
    expect(json.disagreements).toEqual([
      {
        doc: 'd1',
        snippet: 'The Japanese side explained AI',
        field: 'stance',
        labels: ['explained', 'concurred'],
      },
      {
        doc: 'd1',
        snippet: 'The EU side explained the Data Act',
        field: 'stance',
        labels: ['explained', 'raised_issues'],
      },
      { doc: 'd1', snippet: 'Both sides agreed on data', field: 'topic', labels: ['data', 'ai'] },
      { doc: 'd2', snippet: 'Japan objected to the platform rules', field: 'side', labels: ['japan', 'eu'] },
    ]);
  });

  // A third coder: side japan, eu, both, japan, none, japan; stance and topic as A.
  // side per unit: u1 japan×3, u2 eu×3, u3 both×3, u4 japan japan eu, u5 none×3, u6 eu eu japan.
  //   percent agreement, pooled over the 3 pairs of each unit: 3+3+3+1+3+1 = 14 of 18 → 0.778
  //   alpha: n = 18, japan 6, eu 6, both 3, none 3; Σ_{c≠k} n_c·n_k = 324 − 90 = 234;
  //          u4 and u6 each add (3² − (2² + 1²)) / (3 − 1) = 2 → 4; alpha = 1 − 17·4/234 = 166/234 = 0.709
  const c = write(
    'c.csv',
    `${HEADER}
d1,The Japanese side explained AI,japan,explained,ai
d1,The EU side explained the Data Act,eu,explained,data
d1,Both sides agreed on data,both,concurred,data
d2,Japan objected to the platform rules,japan,raised_issues,platforms
d2,The meeting was held,none,other,general
d2,The EU side explained the AI Act,japan,explained,ai
`,
  );

  it('three coders give alpha, and kappa null', async () => {
    const json = JSON.parse((await cli('agreement', a, b, c, '--json')).stdout);
    expect(json.coders).toEqual(['a.csv', 'b.csv', 'c.csv']);
    expect(json.side.units).toBe(6);
    expect(json.side.percentAgreement).toBeCloseTo(14 / 18, 12);
    expect(json.side.alpha).toBeCloseTo(166 / 234, 12);
    for (const field of ['side', 'stance', 'topic']) {
      expect(json[field].kappa, field).toBeNull();
      expect(json[field].alpha, field).toEqual(expect.any(Number));
    }
    const text = await cli('agreement', a, b, c);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(tableLine('side', 6, '0.778', 'n/a', withAnyInterval('0.709')));
    expect(text.stdout).toMatch(
      tableLine('d2', 'side', 'eu', 'eu', 'japan', 'The EU side explained the AI Act'),
    );
  });

  it('--seed N: the same N gives the same intervals, another N others', async () => {
    const run = async (...extra: string[]) =>
      JSON.parse((await cli('agreement', a, b, '--json', ...extra)).stdout);
    const byDefault = await run();
    expect(await run('--seed', '1')).toEqual(byDefault);
    const other = await run('--seed', '99');
    expect(other.intervals.bootstrap.seed).toBe(99);
    expect(other.side.kappa).toBe(byDefault.side.kappa);
    expect(other.side.ci).not.toEqual(byDefault.side.ci);
    const bad = await cli('agreement', a, b, '--seed', 'x');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/whole number from 0 to 4294967295/);
  });

  it('one coder is an error: exit 2, one line on stderr', async () => {
    const result = await cli('agreement', a);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^dialogue-stance: [^\n]+\n$/);
    expect(result.stderr).toMatch(/at least two/);
  });

  it('a malformed coder file is exit 2 naming the file', async () => {
    const bad = write('bad.csv', 'doc,snippet,side\nd1,x,japan\n');
    const result = await cli('agreement', a, bad);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^dialogue-stance: [^\n]+\n$/);
    expect(result.stderr).toContain(bad);
  });
});
