// The charts of `analyze` drawn in a worker thread (with --jobs above 1), while the main thread
// builds the CSV reports and the review page: vega's parse and render are a large share of a big
// run's report time. The same functions draw them as on the main thread, so the SVGs are the same.
import { parentPort, workerData } from 'node:worker_threads';
import type { TrendRow } from '../aggregate/trends.js';
import { type ChartOptions, renderTrendsSvg } from '../report/chart.js';
import { renderSharesSvg } from '../report/shares-chart.js';

const { trends, options } = workerData as { trends: TrendRow[]; options: ChartOptions };
const [trendsSvg, sharesSvg] = [
  await renderTrendsSvg(trends, options),
  await renderSharesSvg(trends, options),
];
parentPort?.postMessage({ trendsSvg, sharesSvg });
