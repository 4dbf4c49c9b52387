// Whatever the statements, the trend counts are the counts of the matching statements and the
// shares of a side add up to 1, as the "done when" asks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeRows, dominantStance } from '../../src/aggregate/changes.js';
import { trendRows } from '../../src/aggregate/trends.js';
import { wideTrendTable } from '../../src/aggregate/wide.js';
import { STANCES, type Stance, type StatementRow } from '../../src/types.js';
import { CORPUS, statement } from './fixtures.js';

const DOCS = [
  { doc: 'd1', series: 'A', meeting: 1, date: '2021-01-01' },
  { doc: 'd2', series: 'A', meeting: 2, date: '2021-06-01' },
  { doc: 'd3', series: 'B', meeting: 1, date: '2021-03-01' },
  { doc: 'd4', series: 'B', meeting: null, date: null },
];

const statementArb: fc.Arbitrary<StatementRow> = fc
  .record({
    meeting: fc.constantFrom(...DOCS),
    side: fc.constantFrom('japan', 'eu', 'both', 'none', 'other-party'),
    topic: fc.constantFrom('ai', 'data', 'platform'),
    stance: fc.constantFrom(...STANCES),
  })
  .map(({ meeting, side, topic, stance }) => statement(meeting, side, topic, stance));

const corpusArb = fc.array(statementArb, { maxLength: 80 });

function sumBy<T>(items: readonly T[], key: (item: T) => string, value: (item: T) => number) {
  const sums = new Map<string, number>();
  for (const item of items) sums.set(key(item), (sums.get(key(item)) ?? 0) + value(item));
  return sums;
}

function countsMatchStatements(statements: readonly StatementRow[]): void {
  const trends = trendRows(statements);
  for (const row of trends) {
    const matching = statements.filter(
      (s) =>
        s.doc === row.doc &&
        s.series === row.series &&
        s.meeting === row.meeting &&
        s.date === row.date &&
        s.side === row.side &&
        s.topic === row.topic &&
        s.stance === row.stance,
    );
    expect(row.statements).toBe(matching.length);
  }
  const total = trends.reduce((n, row) => n + row.statements, 0);
  expect(total).toBe(statements.filter((s) => s.side !== 'none').length);
}

describe('trend counts and shares', () => {
  it('counts exactly the matching statements of the five-meeting corpus', () => {
    countsMatchStatements(CORPUS);
  });

  it('counts exactly the matching statements, once each, none side left out', () => {
    fc.assert(fc.property(corpusArb, countsMatchStatements));
  });

  it('has shares that sum to 1 per meeting, side and topic, and per meeting and side', () => {
    fc.assert(
      fc.property(corpusArb, (statements) => {
        const trends = trendRows(statements);
        const bySideTopic = sumBy(
          trends,
          (r) => `${r.doc}|${r.side}|${r.topic}`,
          (r) => r.share_of_side_topic,
        );
        const bySide = sumBy(
          trends,
          (r) => `${r.doc}|${r.side}`,
          (r) => r.share_of_side,
        );
        for (const sum of [...bySideTopic.values(), ...bySide.values()]) expect(sum).toBeCloseTo(1, 10);
      }),
    );
  });

  it('keeps every count in the wide table and makes a change row only where a side spoke', () => {
    fc.assert(
      fc.property(corpusArb, fc.boolean(), (statements, acrossSeries) => {
        const trends = trendRows(statements);
        const cells = wideTrendTable(trends).rows.flatMap((row) => row.slice(3));
        const wideTotal = cells.reduce<number>((n, cell) => n + (cell === '' ? 0 : Number(cell)), 0);
        expect(wideTotal).toBe(trends.reduce((n, row) => n + row.statements, 0));
        for (const change of changeRows(trends, { acrossSeries })) {
          expect(change.from_stance !== '' || change.to_stance !== '').toBe(true);
        }
      }),
    );
  });

  it('gives each end of a step the counts of its statements, and the dominant stance of those counts', () => {
    fc.assert(
      fc.property(corpusArb, fc.boolean(), (statements, acrossSeries) => {
        const trends = trendRows(statements);
        for (const change of changeRows(trends, { acrossSeries })) {
          for (const end of ['from', 'to'] as const) {
            // The meetings of the generated corpus differ in number and date, so these name one.
            const spoke = statements.filter(
              (s) =>
                s.meeting === change[`${end}_meeting`] &&
                s.date === change[`${end}_date`] &&
                s.side === change.side &&
                s.topic === change.topic,
            );
            const byStance = Object.fromEntries(
              STANCES.map((stance) => [stance, spoke.filter((s) => s.stance === stance).length]),
            ) as Record<Stance, number>;
            expect(change[`${end}_statements`]).toBe(spoke.length);
            for (const stance of STANCES) expect(change[`${end}_${stance}`]).toBe(byStance[stance]);
            expect(change[`${end}_stance`]).toBe(dominantStance(byStance) ?? '');
          }
          expect(change.p_value === null).toBe(change.from_statements === 0 || change.to_statements === 0);
        }
      }),
    );
  });
});
