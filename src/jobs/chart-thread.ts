// The charts of `analyze` drawn in a worker thread, started when the run starts: while the main
// thread still reads and analyses, the worker loads vega (a quarter of a second) and is ready to
// draw the moment the trends are known; the main thread then writes the CSV reports and the review
// page while the charts are drawn. The worker draws with the same functions as the main thread
// would, so the SVGs are the same bytes.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TrendRow } from '../aggregate/trends.js';
import type { ChartOptions } from '../report/chart.js';
import { workerUrl } from './pool.js';

export interface DrawnCharts {
  trendsSvg: string;
  sharesSvg: string;
}

export interface ChartThread {
  /** Draws trends.svg and shares.svg; call once. */
  draw(trends: readonly TrendRow[], options: ChartOptions): Promise<DrawnCharts>;
  /** Ends the thread, drawn or not (a failed run must not wait for it). */
  stop(): void;
}

/**
 * A thread for the charts, or undefined where it would not gain: on one core, or under `--jobs 1`,
 * which promises no worker at all.
 */
export function chartThreadFor(jobs: number | undefined): ChartThread | undefined {
  if (jobs === 1 || availableParallelism() < 2) return undefined;
  return startChartThread();
}

export function startChartThread(): ChartThread {
  const worker = new Worker(workerUrl('chart-worker'));
  // Idle, it does not hold the process open: a run that fails before drawing exits as it would.
  worker.unref();
  // Kept for a draw asked for after the thread has already failed or ended.
  let failure: Error | undefined;
  worker.once('error', (error) => {
    failure = error;
  });
  worker.once('exit', (code) => {
    failure ??= new Error(`the chart worker stopped (exit code ${code})`);
  });
  return {
    draw(trends, options) {
      return new Promise((resolve, reject) => {
        if (failure) {
          reject(failure);
          return;
        }
        worker.ref();
        worker.once('message', (charts: DrawnCharts) => {
          resolve(charts);
          void worker.terminate();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the chart worker stopped (exit code ${code})`)));
        worker.postMessage({ trends, options });
      });
    },
    stop() {
      void worker.terminate();
    },
  };
}
