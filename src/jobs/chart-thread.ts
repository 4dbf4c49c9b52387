// The charts of `analyze` drawn in worker threads, started when the run starts: while the main
// thread still reads and analyses, a worker loads vega (a quarter of a second) and is ready to draw
// the moment the trends are known; the main thread then writes the CSV reports and the review page
// while the charts are drawn. A large run adds a second worker, so that trends.svg and shares.svg
// (seconds each on thousands of meetings) are drawn side by side. The workers draw with the same
// functions as the main thread would, so the SVGs are the same bytes.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { TrendRow } from '../aggregate/trends.js';
import type { ChartOptions } from '../report/chart.js';
import { workerUrl } from './pool.js';

export interface DrawnCharts {
  trendsSvg: string;
  sharesSvg: string;
}

export type ChartName = 'trends' | 'shares';

export interface ChartThread {
  /** Draws trends.svg and shares.svg; call once. */
  draw(trends: readonly TrendRow[], options: ChartOptions): Promise<DrawnCharts>;
  /** Starts a second worker (once), so that the two charts are drawn at the same time. */
  widen(): void;
  /** Ends the threads, drawn or not (a failed run must not wait for them). */
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

/** One chart worker, idle until it is sent the trends and the charts to draw. */
function chartWorker() {
  const worker = new Worker(workerUrl('chart-worker'));
  // Idle, it does not hold the process open: a run that fails before drawing exits as it would.
  worker.unref();
  // Kept for a draw asked for after the worker has already failed or ended.
  let failure: Error | undefined;
  worker.once('error', (error) => {
    failure = error;
  });
  worker.once('exit', (code) => {
    failure ??= new Error(`the chart worker stopped (exit code ${code})`);
  });
  return {
    draw(
      trends: readonly TrendRow[],
      options: ChartOptions,
      charts: readonly ChartName[],
    ): Promise<Partial<DrawnCharts>> {
      return new Promise((resolve, reject) => {
        if (failure) {
          reject(failure);
          return;
        }
        worker.ref();
        worker.once('message', (drawn: Partial<DrawnCharts>) => {
          resolve(drawn);
          void worker.terminate();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the chart worker stopped (exit code ${code})`)));
        worker.postMessage({ trends, options, charts });
      });
    },
    stop() {
      void worker.terminate();
    },
  };
}

export function startChartThread(): ChartThread {
  const workers = [chartWorker()];
  return {
    async draw(trends, options) {
      const [first, second] = workers;
      if (!first) throw new Error('no chart worker');
      const drawn = await Promise.all(
        second
          ? [first.draw(trends, options, ['trends']), second.draw(trends, options, ['shares'])]
          : [first.draw(trends, options, ['trends', 'shares'])],
      );
      const charts = Object.assign({}, ...drawn) as Partial<DrawnCharts>;
      if (charts.trendsSvg === undefined || charts.sharesSvg === undefined)
        throw new Error('a chart worker drew too little');
      return { trendsSvg: charts.trendsSvg, sharesSvg: charts.sharesSvg };
    },
    widen() {
      if (workers.length < 2) workers.push(chartWorker());
    },
    stop() {
      for (const worker of workers) worker.stop();
    },
  };
}
