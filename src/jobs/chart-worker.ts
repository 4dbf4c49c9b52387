// The worker of chart-thread.ts: loads vega as soon as it starts, then draws the two charts of the
// trends it is sent, with the functions the main thread would use.
import { parentPort } from 'node:worker_threads';
import type { TrendRow } from '../aggregate/trends.js';
import { type ChartOptions, renderTrendsSvg } from '../report/chart.js';
import { renderSharesSvg } from '../report/shares-chart.js';
import { loadVega } from '../report/vega.js';

const loading = loadVega();
parentPort?.once('message', async ({ trends, options }: { trends: TrendRow[]; options: ChartOptions }) => {
  await loading;
  const trendsSvg = await renderTrendsSvg(trends, options);
  const sharesSvg = await renderSharesSvg(trends, options);
  parentPort?.postMessage({ trendsSvg, sharesSvg });
});
