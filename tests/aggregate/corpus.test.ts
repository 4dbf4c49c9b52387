// End to end on the trends corpus (tests/fixtures/trends): five meetings in two series with stance
// shifts designed in its README and gold labels coded by hand. The reports are built in memory with
// analyzeInputs + buildReports, as the analyze command builds them before writing.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { trendRows } from '../../src/aggregate/trends.js';
import { allStatementRows } from '../../src/report/tables.js';
import { type AnalysisResult, type AnalyzeOptions, analyzeInputs, buildReports } from '../../src/run.js';
import type { Stance, StatementRow } from '../../src/types.js';

const TRENDS = 'tests/fixtures/trends';
const GOLD = `${TRENDS}/gold`;
const SW = 'Japan-EU ICT Strategy Workshop';
const PD = 'Japan-EU ICT Policy Dialogue';
const SW13 = '2022-05-18_japan-eu-ict-strategy-workshop-13';
const PD28 = '2022-10-12_japan-eu-ict-policy-dialogue-28';
const PD29 = '2023-10-11_japan-eu-ict-policy-dialogue-29';
const SW14 = '2023-11-15_japan-eu-ict-strategy-workshop-14';
const SW15 = '2024-06-12_japan-eu-ict-strategy-workshop-15';
const FILES = [SW13, PD28, PD29, SW14, SW15].map((doc) => `${TRENDS}/${doc}.txt`);
const SEED_ID = '2021-11-17_japan-eu-ict-strategy-workshop-12';

const CHANGES_HEADER = [
  'series,side,topic,from_meeting,from_date,to_meeting,to_date,from_stance,to_stance,change',
  'from_statements,from_explained,from_raised_issues,from_concurred,from_other',
  'to_statements,to_explained,to_raised_issues,to_concurred,to_other',
  'delta_raised_issues,delta_concurred,evidence,p_value,p_method',
].join(',');

/** The lines of changes.csv cut to the step (the first ten columns); no field here holds a comma. */
const stepLines = (text: string): string[] =>
  text.split('\n').map((line) => line.split(',').slice(0, 10).join(','));

type Row = Record<string, string>;
const records = (csv: string): Row[] => parse(csv, { columns: true, bom: true }) as Row[];

interface Run {
  result: AnalysisResult;
  files: Map<string, string>;
}

async function run(options: AnalyzeOptions): Promise<Run> {
  const result = analyzeInputs(options);
  return { result, files: await buildReports(result, options) };
}

function file(runResult: Run, name: string): string {
  const text = runResult.files.get(name);
  if (text === undefined) throw new Error(`no ${name} among the reports`);
  return text;
}

const table = (runResult: Run, name: string): Row[] => records(file(runResult, name));

const countBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

const sumBy = (rows: readonly Row[], key: (row: Row) => string, value: (row: Row) => number) => {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + value(row));
  return sums;
};

let trends: Run;
let across: Run;

beforeAll(async () => {
  trends = await run({ inputs: [TRENDS] });
  across = await run({ inputs: [TRENDS], acrossSeries: true });
});

describe('trends corpus: documents.csv', () => {
  // The README's table of the fixture: doc, series, meeting, date, release date, statements.
  it.each<[string, string, string, string, string, string]>([
    [SW13, SW, '13', '2022-05-18', '2022-05-20', '13'],
    [PD28, PD, '28', '2022-10-12', '2022-10-14', '11'],
    [PD29, PD, '29', '2023-10-11', '2023-10-13', '13'],
    [SW14, SW, '14', '2023-11-15', '2023-11-17', '17'],
    [SW15, SW, '15', '2024-06-12', '2024-06-14', '15'],
  ])(
    '%s: series, meeting, dates and statements as the fixture README gives them',
    (doc, series, meeting, date, release, statements) => {
      const row = table(trends, 'documents.csv').find((r) => r.doc === doc);
      expect(row).toMatchObject({
        series,
        meeting,
        date,
        release_date: release,
        sentences: statements,
        statements,
        statements_none: '2',
        furniture: '3',
      });
    },
  );

  it('statements_none equals the none rows of statements.csv, statements all rows, per document', () => {
    const statements = table(trends, 'statements.csv');
    const all = countBy(statements, (row) => row.doc ?? '');
    const none = countBy(
      statements.filter((row) => row.side === 'none'),
      (row) => row.doc ?? '',
    );
    const documents = table(trends, 'documents.csv');
    expect(documents).toHaveLength(5);
    for (const row of documents) {
      expect(Number(row.statements), row.doc).toBe(all.get(row.doc ?? '') ?? 0);
      expect(Number(row.statements_none), row.doc).toBe(none.get(row.doc ?? '') ?? 0);
    }
  });
});

describe('trends corpus: trends.csv against statements.csv', () => {
  const cellKey = (row: Row) => JSON.stringify([row.series, row.meeting, row.side, row.topic, row.stance]);

  it('every count equals the number of matching statements.csv rows, and no party statement is left out', () => {
    const statements = table(trends, 'statements.csv');
    const counts = countBy(statements, cellKey);
    const rows = table(trends, 'trends.csv');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(Number(row.statements), cellKey(row)).toBe(counts.get(cellKey(row)));
    const total = rows.reduce((n, row) => n + Number(row.statements), 0);
    expect(total).toBe(statements.filter((row) => row.side !== 'none').length);
    expect(total).toBe(69 - 5 * 2);
  });

  it('has no `none` side, only the parties and both', () => {
    const sides = new Set(table(trends, 'trends.csv').map((row) => row.side));
    expect([...sides].sort()).toEqual(['both', 'eu', 'japan']);
  });

  it.each<[string, (row: Row) => string, string]>([
    [
      '(meeting, side, topic)',
      (row) => JSON.stringify([row.series, row.meeting, row.side, row.topic]),
      'share_of_side_topic',
    ],
    ['(meeting, side)', (row) => JSON.stringify([row.series, row.meeting, row.side]), 'share_of_side'],
  ])('shares sum to 1 within each %s', (_name, key, column) => {
    const rows = table(trends, 'trends.csv');
    const sums = sumBy(rows, key, (row) => Number(row[column]));
    expect(sums.size).toBeGreaterThan(0);
    // Shares are rounded to 4 decimals: three thirds give 0.9999.
    for (const [group, sum] of sums) expect(Math.abs(sum - 1), group).toBeLessThanOrEqual(0.0005);
  });

  it('each share is its count over the group total, rounded to 4 decimals', () => {
    const rows = table(trends, 'trends.csv');
    const sideTopic = (row: Row) => JSON.stringify([row.series, row.meeting, row.side, row.topic]);
    const side = (row: Row) => JSON.stringify([row.series, row.meeting, row.side]);
    const sideTopicTotals = sumBy(rows, sideTopic, (row) => Number(row.statements));
    const sideTotals = sumBy(rows, side, (row) => Number(row.statements));
    const round = (x: number) => Math.round(x * 10_000) / 10_000;
    for (const row of rows) {
      const n = Number(row.statements);
      expect(Number(row.share_of_side_topic)).toBe(round(n / (sideTopicTotals.get(sideTopic(row)) ?? 0)));
      expect(Number(row.share_of_side)).toBe(round(n / (sideTotals.get(side(row)) ?? 0)));
    }
  });

  it.each<[string, string, string, string, Stance, string, string, string]>([
    // series, meeting, side, topic, stance, statements, share_of_side_topic, share_of_side
    [SW, '14', 'japan', 'ai', 'raised_issues', '2', '1', '0.3333'],
    [SW, '15', 'japan', 'data', 'explained', '1', '0.5', '0.2'],
    [SW, '15', 'japan', 'data', 'raised_issues', '1', '0.5', '0.2'],
    [SW, '13', 'eu', 'platforms', 'explained', '2', '1', '0.5'],
    [PD, '28', 'japan', 'platforms', 'raised_issues', '1', '1', '0.5'],
    [PD, '29', 'japan', 'platforms', 'concurred', '1', '1', '0.25'],
    [PD, '28', 'both', 'general', 'other', '1', '1', '0.3333'],
  ])('%s #%s %s/%s/%s: %s statements, shares %s and %s', (series, meeting, side, topic, stance, n, st, s) => {
    const matching = table(trends, 'trends.csv').filter(
      (row) =>
        row.series === series &&
        row.meeting === meeting &&
        row.side === side &&
        row.topic === topic &&
        row.stance === stance,
    );
    expect(matching).toHaveLength(1);
    expect(matching[0]).toMatchObject({ statements: n, share_of_side_topic: st, share_of_side: s });
  });
});

describe('trends corpus: the tool codes what the hand-made gold codes', () => {
  /** StatementRows from the gold files: each row's preferred labels and its document's metadata. */
  function goldStatements(result: AnalysisResult): StatementRow[] {
    const metadata = new Map(result.documents.map((d) => [d.source.id, d.structure.metadata]));
    const names = readdirSync(GOLD)
      .filter((name) => name.endsWith('.gold.csv'))
      .sort();
    expect(names).toHaveLength(5);
    return names.flatMap((name) =>
      records(readFileSync(join(GOLD, name), 'utf8')).map((row, index): StatementRow => {
        const doc = row.doc ?? '';
        const meta = metadata.get(doc);
        if (!meta) throw new Error(`${name}: no document ${doc}`);
        const preferred = (value: string | undefined) => (value ?? '').split('|')[0] ?? '';
        const topic = preferred(row.topic);
        return {
          doc,
          lang: 'en',
          counted: true,
          series: meta.series,
          meeting: meta.meeting,
          date: meta.date,
          section: '',
          sentence: index + 1,
          statement: 1,
          side: preferred(row.side),
          stance: preferred(row.stance) as Stance,
          topic,
          topics: [topic],
          cue: '',
          text: row.snippet ?? '',
          start: 0,
          end: 0,
          extra: {},
        };
      }),
    );
  }

  it('trendRows() of the gold equals trendRows() of the tool', () => {
    const { result } = trends;
    const order = {
      sides: [...result.codebook.compiled.parties.map((p) => p.id), 'both'],
      topics: [...result.codebook.compiled.topics.map((t) => t.id), 'general'],
    };
    const gold = goldStatements(result);
    const tool = allStatementRows(result.documents);
    expect(gold).toHaveLength(69);
    expect(tool).toHaveLength(69);
    const fromGold = trendRows(gold, order);
    expect(fromGold.length).toBeGreaterThan(0);
    expect(trendRows(tool, order)).toEqual(fromGold);
  });
});

describe('trends corpus: changes.csv shows the designed shifts', () => {
  const DATES: Record<number, string> = {
    13: '2022-05-18',
    28: '2022-10-12',
    29: '2023-10-11',
    14: '2023-11-15',
    15: '2024-06-12',
  };
  /** The changes.csv line of one step. */
  const step = (
    series: string,
    side: string,
    topic: string,
    from: number,
    to: number,
    fromStance: Stance | '',
    toStance: Stance | '',
    change: string,
  ) => [series, side, topic, from, DATES[from], to, DATES[to], fromStance, toStance, change].join(',');

  // Every step that is not `unchanged`, with the README item that designed it, in report order.
  const SHIFTS: [string, string][] = [
    ['7: AI new in #29 (japan)', step(PD, 'japan', 'ai', 28, 29, '', 'explained', 'new-topic')],
    [
      '6: japan platforms raised_issues -> concurred',
      step(PD, 'japan', 'platforms', 28, 29, 'raised_issues', 'concurred', 'stance-shift'),
    ],
    [
      '8: japan new on cybersecurity',
      step(PD, 'japan', 'cybersecurity', 28, 29, '', 'explained', 'new-topic'),
    ],
    ['7: AI new in #29 (eu)', step(PD, 'eu', 'ai', 28, 29, '', 'explained', 'new-topic')],
    [
      '1: japan ai explained -> raised_issues',
      step(SW, 'japan', 'ai', 13, 14, 'explained', 'raised_issues', 'stance-shift'),
    ],
    [
      '1: japan ai raised_issues -> concurred',
      step(SW, 'japan', 'ai', 14, 15, 'raised_issues', 'concurred', 'stance-shift'),
    ],
    // 1 explained : 1 raised_issues; the README's tie rule: raised_issues > concurred > explained > other.
    [
      '4: japan data tie in #15 goes to raised_issues',
      step(SW, 'japan', 'data', 14, 15, 'explained', 'raised_issues', 'stance-shift'),
    ],
    [
      '2: platforms dropped (japan)',
      step(SW, 'japan', 'platforms', 14, 15, 'explained', '', 'dropped-topic'),
    ],
    [
      '3: cybersecurity new in #14 (japan)',
      step(SW, 'japan', 'cybersecurity', 13, 14, '', 'explained', 'new-topic'),
    ],
    ['5: eu new on 5g-6g in #15', step(SW, 'eu', '5g-6g', 14, 15, '', 'explained', 'new-topic')],
    ['2: platforms dropped (eu)', step(SW, 'eu', 'platforms', 14, 15, 'explained', '', 'dropped-topic')],
    [
      '3: cybersecurity new in #14 (eu)',
      step(SW, 'eu', 'cybersecurity', 13, 14, '', 'explained', 'new-topic'),
    ],
    ['1: both on AI only in #15', step(SW, 'both', 'ai', 14, 15, '', 'concurred', 'new-topic')],
    [
      '4: both data concurred 1 -> 1 -> 0',
      step(SW, 'both', 'data', 14, 15, 'concurred', '', 'dropped-topic'),
    ],
    [
      '3: cybersecurity new in #14 (both)',
      step(SW, 'both', 'cybersecurity', 13, 14, '', 'concurred', 'new-topic'),
    ],
  ];

  it.each(SHIFTS)('%s', (_name, line) => {
    expect(stepLines(file(trends, 'changes.csv'))).toContain(line);
  });

  it('every other step is unchanged: no shift appears that was not designed', () => {
    expect(file(trends, 'changes.csv').split('\n')[0]).toBe(CHANGES_HEADER);
    const lines = stepLines(file(trends, 'changes.csv').trimEnd());
    const moved = lines.slice(1).filter((l) => !l.endsWith(',unchanged'));
    expect(moved).toEqual(SHIFTS.map(([, line]) => line));
  });

  // Stable controls (README items 1, 2, 5, 6, 8, 9).
  it.each([
    step(SW, 'eu', 'ai', 13, 14, 'explained', 'explained', 'unchanged'),
    step(SW, 'eu', 'ai', 14, 15, 'explained', 'explained', 'unchanged'),
    step(SW, 'eu', 'platforms', 13, 14, 'explained', 'explained', 'unchanged'),
    step(SW, 'japan', '5g-6g', 14, 15, 'explained', 'explained', 'unchanged'),
    step(SW, 'both', '5g-6g', 13, 14, 'concurred', 'concurred', 'unchanged'),
    step(PD, 'eu', 'platforms', 28, 29, 'explained', 'explained', 'unchanged'),
    step(PD, 'eu', 'cybersecurity', 28, 29, 'explained', 'explained', 'unchanged'),
    step(PD, 'japan', 'data', 28, 29, 'explained', 'explained', 'unchanged'),
    step(PD, 'both', 'data', 28, 29, 'concurred', 'concurred', 'unchanged'),
  ])('stable: %s', (line) => {
    expect(stepLines(file(trends, 'changes.csv'))).toContain(line);
  });

  it.each<[string, string, string, string]>([
    // A step where the side spoke on the topic in neither meeting has no row.
    [SW, 'eu', '5g-6g', '13'],
    [SW, 'both', 'ai', '13'],
    [PD, 'japan', '5g-6g', '28'],
    [PD, 'both', 'ai', '28'],
  ])('no row for %s %s/%s from #%s', (series, side, topic, from) => {
    const rows = table(trends, 'changes.csv').filter(
      (row) => row.series === series && row.side === side && row.topic === topic && row.from_meeting === from,
    );
    expect(rows).toEqual([]);
  });

  it('rows come by series, then side and topic in codebook order, then by step', () => {
    const rows = table(trends, 'changes.csv');
    const series = rows.map((row) => row.series);
    expect(series.indexOf(SW)).toBe(series.lastIndexOf(PD) + 1);
    const swJapan = rows.filter((row) => row.series === SW && row.side === 'japan');
    expect(swJapan.map((row) => `${row.topic} ${row.from_meeting}->${row.to_meeting}`)).toEqual([
      '5g-6g 13->14',
      '5g-6g 14->15',
      'ai 13->14',
      'ai 14->15',
      'data 13->14',
      'data 14->15',
      'platforms 13->14',
      'platforms 14->15',
      'cybersecurity 13->14',
      'cybersecurity 14->15',
    ]);
    expect([...new Set(rows.map((row) => row.side))]).toEqual(['japan', 'eu', 'both']);
  });
});

describe('trends corpus: trends-wide.csv', () => {
  const HEADER = [
    'side',
    'topic',
    'stance',
    '2022-05-18 #13 Japan-EU ICT Strategy Workshop',
    '2022-10-12 #28 Japan-EU ICT Policy Dialogue',
    '2023-10-11 #29 Japan-EU ICT Policy Dialogue',
    '2023-11-15 #14 Japan-EU ICT Strategy Workshop',
    '2024-06-12 #15 Japan-EU ICT Strategy Workshop',
  ].join(',');

  it('has one column per meeting, in date order across both series', () => {
    expect(file(trends, 'trends-wide.csv').split('\n')[0]).toBe(HEADER);
  });

  it.each([
    'japan,ai,explained,1,,1,,',
    'japan,ai,raised_issues,,,,2,',
    'japan,ai,concurred,,,,,1',
    'japan,data,raised_issues,,,,,1',
    'japan,platforms,raised_issues,,1,,,',
    'japan,platforms,concurred,,,1,,',
    'eu,platforms,explained,2,2,1,2,',
    'eu,5g-6g,explained,,,,,1',
    'both,data,concurred,1,1,1,1,',
    'both,general,other,1,1,1,1,1',
  ])('holds the row %s', (row) => {
    expect(file(trends, 'trends-wide.csv').split('\n')).toContain(row);
  });

  it('lists sides, topics and stances in codebook order, one row each, and no none side', () => {
    const lines = file(trends, 'trends-wide.csv').trimEnd().split('\n').slice(1);
    expect(lines.map((l) => l.split(',').slice(0, 3).join('/'))).toEqual([
      'japan/5g-6g/explained',
      'japan/ai/explained',
      'japan/ai/raised_issues',
      'japan/ai/concurred',
      'japan/data/explained',
      'japan/data/raised_issues',
      'japan/platforms/explained',
      'japan/platforms/raised_issues',
      'japan/platforms/concurred',
      'japan/cybersecurity/explained',
      'eu/5g-6g/explained',
      'eu/ai/explained',
      'eu/data/explained',
      'eu/platforms/explained',
      'eu/cybersecurity/explained',
      'both/5g-6g/concurred',
      'both/ai/concurred',
      'both/data/concurred',
      'both/cybersecurity/concurred',
      'both/general/other',
    ]);
  });

  it('its cells add up to the counts of trends.csv', () => {
    const wide = records(file(trends, 'trends-wide.csv'));
    const wideTotal = wide.reduce(
      (n, row) =>
        n +
        Object.entries(row)
          .filter(([column]) => /^\d{4}-/.test(column))
          .reduce((m, [, cell]) => m + Number(cell || 0), 0),
      0,
    );
    const long = table(trends, 'trends.csv').reduce((n, row) => n + Number(row.statements), 0);
    expect(wideTotal).toBe(long);
  });
});

describe('trends corpus: --across-series', () => {
  // Date order over both series: #13, #28, #29, #14, #15.
  const STEPS = ['13->28', '28->29', '29->14', '14->15'];

  it('gives series (all) and steps between consecutive meetings in date order across both series', () => {
    const rows = table(across, 'changes.csv');
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.series))).toEqual(new Set(['(all)']));
    for (const row of rows) expect(STEPS).toContain(`${row.from_meeting}->${row.to_meeting}`);
  });

  it.each<[string, string, string[]]>([
    [
      'japan',
      'ai',
      [
        '13,2022-05-18,28,2022-10-12,explained,,dropped-topic',
        '28,2022-10-12,29,2023-10-11,,explained,new-topic',
        '29,2023-10-11,14,2023-11-15,explained,raised_issues,stance-shift',
        '14,2023-11-15,15,2024-06-12,raised_issues,concurred,stance-shift',
      ],
    ],
    [
      'japan',
      'platforms',
      [
        '13,2022-05-18,28,2022-10-12,explained,raised_issues,stance-shift',
        '28,2022-10-12,29,2023-10-11,raised_issues,concurred,stance-shift',
        '29,2023-10-11,14,2023-11-15,concurred,explained,stance-shift',
        '14,2023-11-15,15,2024-06-12,explained,,dropped-topic',
      ],
    ],
    [
      'both',
      '5g-6g',
      [
        '13,2022-05-18,28,2022-10-12,concurred,,dropped-topic',
        '29,2023-10-11,14,2023-11-15,,concurred,new-topic',
        '14,2023-11-15,15,2024-06-12,concurred,concurred,unchanged',
      ],
    ],
    ['eu', '5g-6g', ['14,2023-11-15,15,2024-06-12,,explained,new-topic']],
  ])('%s/%s steps across the two series', (side, topic, steps) => {
    const lines = stepLines(file(across, 'changes.csv'));
    expect(lines.filter((l) => l.startsWith(`(all),${side},${topic},`))).toEqual(
      steps.map((step) => `(all),${side},${topic},${step}`),
    );
  });

  it('changes only changes.csv (and the options in run.json)', () => {
    for (const [name, text] of trends.files) {
      if (name === 'changes.csv' || name === 'run.json') continue;
      expect(across.files.get(name), name).toBe(text);
    }
    expect(JSON.parse(file(across, 'run.json')).options.acrossSeries).toBe(true);
  });
});

describe('trends corpus: --min-evidence', () => {
  it('moves only the evidence column of changes.csv (and the option in run.json)', async () => {
    const lenient = await run({ inputs: [TRENDS], minEvidence: 1 });
    for (const [name, text] of trends.files) {
      if (name === 'changes.csv' || name === 'run.json') continue;
      expect(lenient.files.get(name), name).toBe(text);
    }
    const strict = table(trends, 'changes.csv');
    const loose = table(lenient, 'changes.csv');
    const withoutEvidence = (row: Row) => ({ ...row, evidence: '' });
    expect(loose.map(withoutEvidence)).toEqual(strict.map(withoutEvidence));
    // Every end of the example has at most 2 statements of a side on a topic: all weak at 3; at 1,
    // weak exactly where a side did not speak at one end.
    expect(new Set(strict.map((row) => row.evidence))).toEqual(new Set(['weak']));
    for (const row of loose)
      expect(row.evidence).toBe(row.from_statements === '0' || row.to_statements === '0' ? 'weak' : 'ok');
    expect(JSON.parse(file(lenient, 'run.json')).options.minEvidence).toBe(1);
    expect(JSON.parse(file(trends, 'run.json')).options.minEvidence).toBe(3);
  });
});

describe('the seed alone', () => {
  it('gives one meeting and no changes: changes.csv is the header only', async () => {
    const seed = await run({ inputs: ['corpus'] });
    expect(table(seed, 'documents.csv').map((row) => row.doc)).toEqual([SEED_ID]);
    expect(file(seed, 'changes.csv')).toBe(`${CHANGES_HEADER}\n`);
    expect(file(seed, 'trends-wide.csv').split('\n')[0]).toBe(
      'side,topic,stance,2021-11-17 #12 Japan-EU ICT Strategy Workshop',
    );
    expect(new Set(table(seed, 'trends.csv').map((row) => row.doc))).toEqual(new Set([SEED_ID]));
  });
});

describe('reproducibility', () => {
  it('two runs give byte-identical reports', async () => {
    const again = await run({ inputs: [TRENDS] });
    expect([...again.files.keys()]).toEqual([...trends.files.keys()]);
    for (const [name, text] of trends.files) expect(again.files.get(name), name).toBe(text);
  });

  it.each<[string, string[]]>([
    ['reversed', [...FILES].reverse()],
    ['shuffled', [FILES[3], FILES[0], FILES[4], FILES[2], FILES[1]].map(String)],
  ])('the files in %s order give byte-identical reports', async (_name, inputs) => {
    const inOrder = await run({ inputs: FILES });
    const other = await run({ inputs });
    const differing = [...inOrder.files].filter(([name, text]) => other.files.get(name) !== text);
    expect(differing.map(([name]) => name)).toEqual([]);
  });

  it('the file list gives the same reports as the folder, run.json apart', async () => {
    const listed = await run({ inputs: [...FILES].reverse() });
    for (const [name, text] of trends.files) {
      if (name !== 'run.json') expect(listed.files.get(name), name).toBe(text);
    }
  });
});

describe('run.json', () => {
  const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

  it('has no absolute path and no timestamp', () => {
    const text = file(trends, 'run.json');
    expect(text).not.toContain(process.cwd());
    expect(text).not.toMatch(/"(?:\/|[A-Za-z]:[\\/])/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|\d{2}:\d{2}:\d{2}/);
    expect(text).not.toMatch(/"(?:time|timestamp|date|created|started)"/i);
  });

  it('lists the version, the codebook sha256, every input with its sha256, and the counts', () => {
    const json = JSON.parse(file(trends, 'run.json'));
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(json.version).toBe(manifest.version);
    expect(json.codebook.path).toBe('(default)');
    expect(json.codebook.sha256).toBe(sha256(readFileSync('codebooks/default.json', 'utf8')));
    expect(json.inputs).toEqual(
      FILES.map((path) => ({
        doc: path.slice(TRENDS.length + 1, -'.txt'.length),
        path,
        bytes: readFileSync(path).length,
        sha256: sha256(readFileSync(path)),
      })),
    );
    expect(json.counts).toEqual({ documents: 5, sentences: 69, statements: 69 });
  });

  it("says how changes.csv's p-values were made and how many steps each method gave", () => {
    const json = JSON.parse(file(trends, 'run.json'));
    const rows = table(trends, 'changes.csv');
    const count = (method: string) => rows.filter((row) => row.p_method === method).length;
    expect(json.pValues).toEqual({
      test: expect.stringMatching(/^Fisher's exact test, two-sided, on each step's 2 x k table/),
      exactUpToTables: 1_000_000,
      monteCarlo: { replicates: 10_000, seed: 1 },
      steps: { exact: count('exact'), monteCarlo: 0, none: count('') },
    });
    expect(json.pValues.steps.exact + json.pValues.steps.none).toBe(rows.length);
    expect(json.pValues.steps.exact).toBeGreaterThan(0);
  });

  it('the input sha256 values are the ones documents.csv gives', () => {
    const json = JSON.parse(file(trends, 'run.json')) as { inputs: { doc: string; sha256: string }[] };
    const documents = table(trends, 'documents.csv');
    expect(json.inputs.map(({ doc, sha256: sha }) => [doc, sha])).toEqual(
      documents.map((row) => [row.doc, row.sha256]),
    );
  });
});
