// The worker of chart-thread.ts: loads vega as soon as it starts, then draws the charts it is asked
// for, of the trends it is sent, with the functions the main thread would use.
import { parentPort } from 'node:worker_threads';
import type { TrendRow } from '../aggregate/trends.js';
import { type ChartOptions, renderTrendsSvg } from '../report/chart.js';
import { renderSharesSvg } from '../report/shares-chart.js';
import { loadVega } from '../report/vega.js';
import type { ChartName } from './chart-thread.js';

const loading = loadVega();
parentPort?.once(
  'message',
  async ({ trends, options, charts }: { trends: TrendRow[]; options: ChartOptions; charts: ChartName[] }) => {
    await loading;
    const drawn: { trendsSvg?: string; sharesSvg?: string } = {};
    if (charts.includes('trends')) drawn.trendsSvg = await renderTrendsSvg(trends, options);
    if (charts.includes('shares')) drawn.sharesSvg = await renderSharesSvg(trends, options);
    parentPort?.postMessage(drawn);
  },
);
