// The chart thread draws the charts the main thread would draw, byte for byte, and a run that
// fails before drawing can stop it (or leave it: idle, it does not hold the process open).
// A worker thread loads the built dist/jobs/chart-worker.js, so the build runs first.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { TrendRow } from '../../src/aggregate/trends.js';
import { startChartThread } from '../../src/jobs/chart-thread.js';
import { renderTrendsSvg } from '../../src/report/chart.js';
import { renderSharesSvg } from '../../src/report/shares-chart.js';

const row = (meeting: number, side: string, stance: string, statements: number): TrendRow =>
  ({
    series: 'Japan-EU ICT Policy Dialogue',
    meeting,
    date: `20${10 + meeting}-05-01`,
    doc: `doc-${meeting}`,
    side,
    topic: 'ai',
    stance,
    statements,
    share_of_side_topic: 1,
    share_of_side: 0.5,
  }) as TrendRow;

const trends = [
  row(1, 'japan', 'explained', 3),
  row(1, 'eu', 'raised_issues', 2),
  row(2, 'both', 'concurred', 4),
];

describe('chart thread', () => {
  it('draws the SVGs the main thread draws', async () => {
    const thread = startChartThread();
    const drawn = await thread.draw(trends, { title: 'AI' });
    expect(drawn.trendsSvg).toBe(await renderTrendsSvg(trends, { title: 'AI' }));
    expect(drawn.sharesSvg).toBe(await renderSharesSvg(trends, { title: 'AI' }));
  }, 30_000);

  it('widened to two workers, draws the same SVGs', async () => {
    const thread = startChartThread();
    thread.widen();
    const drawn = await thread.draw(trends, { title: 'AI' });
    expect(drawn.trendsSvg).toBe(await renderTrendsSvg(trends, { title: 'AI' }));
    expect(drawn.sharesSvg).toBe(await renderSharesSvg(trends, { title: 'AI' }));
  }, 30_000);

  it('stopped before drawing, it ends', async () => {
    const thread = startChartThread();
    thread.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(thread.draw(trends, {})).rejects.toThrow(/chart worker/);
  });

  it('left idle, it does not keep a process alive', () => {
    const script = `import('./dist/jobs/chart-thread.js').then(({ startChartThread }) => { startChartThread(); })`;
    // Returns (does not time out) only if the idle worker lets the process exit.
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { timeout: 10_000 });
  });
});
