// The progress bar of a long analyze: documents done, rate, time left, on stderr. Only for a person
// watching: never when stderr is not a terminal (a pipe, a file, a CI log), never under CI, never
// with --quiet, and only once the run has taken more than about a second, so a short run prints
// nothing but its summary line. stdout, which may carry data, is never touched.
import { createRequire } from 'node:module';

/** How long a run goes before the bar appears. */
export const PROGRESS_DELAY_MS = 1000;

export interface ProgressTarget {
  /** The stream the bar is drawn on (process.stderr). */
  stream: NodeJS.WritableStream & { isTTY?: boolean };
  quiet: boolean;
  env: NodeJS.ProcessEnv;
  /** The clock, in milliseconds (tests give their own). */
  now?: () => number;
}

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

const silent: Progress = { update() {}, stop() {} };

/** Whether a bar may be drawn at all: a terminal, not CI, not --quiet. */
export function wantsProgress({ stream, quiet, env }: ProgressTarget): boolean {
  return !quiet && stream.isTTY === true && !env.CI;
}

interface Bar {
  start(total: number, value: number, payload: object): void;
  update(value: number, payload: object): void;
  stop(): void;
}

/** A progress reporter for `target`: a bar after PROGRESS_DELAY_MS when wanted, else nothing. */
export function progressBar(target: ProgressTarget): Progress {
  if (!wantsProgress(target)) return silent;
  const now = target.now ?? Date.now;
  const started = now();
  let bar: Bar | undefined;
  return {
    update(done, total) {
      const elapsed = now() - started;
      if (bar === undefined) {
        if (elapsed < PROGRESS_DELAY_MS || done >= total) return;
        // cli-progress is loaded only when a bar is drawn.
        const { SingleBar } = createRequire(import.meta.url)('cli-progress') as {
          SingleBar: new (options: object) => Bar;
        };
        bar = new SingleBar({
          stream: target.stream,
          format: 'analysing {bar} {value}/{total} documents | {rate} docs/s | {eta_formatted} left',
          barsize: 30,
          hideCursor: false,
          clearOnComplete: true,
          etaBuffer: 50,
        });
        bar.start(total, done, { rate: rateOf(done, elapsed) });
        return;
      }
      bar.update(done, { rate: rateOf(done, elapsed) });
    },
    stop() {
      bar?.stop();
    },
  };
}

const rateOf = (done: number, elapsedMs: number): string =>
  elapsedMs > 0 ? ((done * 1000) / elapsedMs).toFixed(0) : '0';
