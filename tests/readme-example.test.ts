// The README's "Reproducing a row of changes.csv from trends.csv" is a recipe a reader can follow by
// hand. Here it is followed by code, written from the README and not from src/aggregate, on
// docs/example/trends.csv: for the README's row and for every other row of docs/example/changes.csv.
// So the README, the example reports and the tool cannot drift apart.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fisherExact2xK } from '../src/stats/index.js';

type Row = Record<string, string>;

const README = readFileSync('README.md', 'utf8');
const CHANGES = readFileSync('docs/example/changes.csv', 'utf8');
const TRENDS = readFileSync('docs/example/trends.csv', 'utf8');

const lines = (text: string): string[] => text.trimEnd().split('\n');
const records = (text: string): Row[] => parse(text, { columns: true }) as Row[];

/** The lines of the ```csv block that follows `<!-- example: NAME -->` in the README. */
function readmeBlock(name: string): string[] {
  const match = new RegExp(`<!-- example: ${name} -->\\n\`\`\`csv\\n([\\s\\S]*?)\`\`\``).exec(README);
  if (!match?.[1]) throw new Error(`README has no csv block marked "example: ${name}"`);
  return lines(match[1]);
}

const STANCES = ['explained', 'raised_issues', 'concurred', 'other'] as const;
type Stance = (typeof STANCES)[number];
/** The README's tie rule: raised_issues > concurred > explained > other. */
const TIE_ORDER: readonly Stance[] = ['raised_issues', 'concurred', 'explained', 'other'];
const MIN_EVIDENCE = 3;

/** The trends.csv rows of one end of a step: its series, meeting, side and topic. */
function trendRowsAt(trends: readonly Row[], step: Row, end: 'from' | 'to'): Row[] {
  return trends.filter(
    (row) =>
      row.series === step.series &&
      row.meeting === step[`${end}_meeting`] &&
      row.date === step[`${end}_date`] &&
      row.side === step.side &&
      row.topic === step.topic,
  );
}

/** Step 1: statements per stance. */
function countsOf(rows: readonly Row[]): Record<Stance, number> {
  const counts = { explained: 0, raised_issues: 0, concurred: 0, other: 0 };
  for (const row of rows) counts[row.stance as Stance] += Number(row.statements);
  return counts;
}

/** Step 2: most statements, ties by TIE_ORDER; '' without statements. */
function dominant(counts: Record<Stance, number>): Stance | '' {
  let best: Stance | '' = '';
  for (const stance of TIE_ORDER)
    if (counts[stance] > 0 && (best === '' || counts[stance] > counts[best])) best = stance;
  return best;
}

const sum = (counts: Record<Stance, number>) => STANCES.reduce((n, stance) => n + counts[stance], 0);
/** 4 decimals like trends shares, halves away from zero. */
const round4 = (x: number) => (Math.sign(x) * Math.round(Math.abs(x) * 10_000)) / 10_000 || 0;

/** The changes.csv row the README's recipe gives for a step, as text cells. */
function recompute(trends: readonly Row[], step: Row): Row {
  const from = countsOf(trendRowsAt(trends, step, 'from'));
  const to = countsOf(trendRowsAt(trends, step, 'to'));
  const [fromN, toN] = [sum(from), sum(to)];
  const fromStance = dominant(from);
  const toStance = dominant(to);
  const change =
    fromStance === ''
      ? 'new-topic'
      : toStance === ''
        ? 'dropped-topic'
        : fromStance === toStance
          ? 'unchanged'
          : 'stance-shift';
  const bothSpoke = fromN > 0 && toN > 0;
  // Step 3: shares from the counts.
  const delta = (stance: Stance) =>
    bothSpoke ? String(round4(to[stance] / toN - from[stance] / fromN)) : '';
  // Step 5: the 2 x k table of the stances with any count.
  const columns = STANCES.filter((stance) => from[stance] + to[stance] > 0);
  const test = bothSpoke
    ? fisherExact2xK([columns.map((stance) => from[stance]), columns.map((stance) => to[stance])])
    : null;
  return {
    series: step.series ?? '',
    side: step.side ?? '',
    topic: step.topic ?? '',
    from_meeting: step.from_meeting ?? '',
    from_date: step.from_date ?? '',
    to_meeting: step.to_meeting ?? '',
    to_date: step.to_date ?? '',
    from_stance: fromStance,
    to_stance: toStance,
    change,
    from_statements: String(fromN),
    ...Object.fromEntries(STANCES.map((stance) => [`from_${stance}`, String(from[stance])])),
    to_statements: String(toN),
    ...Object.fromEntries(STANCES.map((stance) => [`to_${stance}`, String(to[stance])])),
    delta_raised_issues: delta('raised_issues'),
    delta_concurred: delta('concurred'),
    // Step 4.
    evidence: Math.min(fromN, toN) < MIN_EVIDENCE ? 'weak' : 'ok',
    p_value: test ? String(Number(test.p.toPrecision(4))) : '',
    p_method: test?.method ?? '',
  };
}

describe('README: reproducing a changes.csv row from trends.csv', () => {
  const trends = records(TRENDS);
  const [changesHeader, row] = readmeBlock('changes.csv row');

  it("shows a row of docs/example/changes.csv, under changes.csv's header", () => {
    expect(changesHeader).toBe(lines(CHANGES)[0]);
    expect(lines(CHANGES)).toContain(row);
  });

  it('shows exactly the trends.csv rows behind that row', () => {
    const [step] = records(`${changesHeader}\n${row}\n`);
    const shown = readmeBlock('trends.csv rows');
    const [trendsHeader, ...trendLines] = lines(TRENDS);
    const behind = trendLines.filter((_, i) => {
      const trend = trends[i] as Row;
      return [trendRowsAt(trends, step as Row, 'from'), trendRowsAt(trends, step as Row, 'to')].some((rows) =>
        rows.includes(trend),
      );
    });
    expect(shown).toEqual([trendsHeader, ...behind]);
  });

  it("gives the README row's figures from its trends.csv rows", () => {
    const [step] = records(`${changesHeader}\n${row}\n`);
    expect(recompute(trends, step as Row)).toEqual(step);
    // The figures the README's steps name.
    expect(step).toMatchObject({
      from_stance: 'explained',
      to_stance: 'raised_issues',
      delta_raised_issues: '0.5',
      delta_concurred: '0',
      evidence: 'weak',
      p_value: '1',
      p_method: 'exact',
    });
  });

  it.each(
    records(CHANGES).map(
      (step) =>
        [`${step.series} ${step.side}/${step.topic} ${step.from_meeting}->${step.to_meeting}`, step] as const,
    ),
  )('the recipe gives every row of docs/example/changes.csv: %s', (_name, step) => {
    expect(recompute(trends, step)).toEqual(step);
  });
});
