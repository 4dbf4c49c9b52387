// npm run bench: speed and memory of the analyze job on a synthetic corpus, against targets.
// Timing lives here, not in tests, so a slow CI machine never fails the test suite.
//   node bench/bench.mjs [--docs N]   (default 600 documents, built from the test fixtures)
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

const TARGETS = {
  /** Throughput of reading + analysing (ingest to statements), in MB of input per second. */
  minMegabytesPerSecond: 0.5,
  /** The whole job on the bench corpus, reports and chart included, in seconds. */
  maxTotalSeconds: 10,
  /** Start-up: loading and compiling the default codebook (compromise's conjugations), in ms. */
  maxCodebookMs: 1500,
  /** Peak resident memory for the whole run, in MB. */
  maxRssMegabytes: 1024,
};

const docsArg = process.argv.indexOf('--docs');
const wanted = docsArg > 0 ? Number(process.argv[docsArg + 1]) : 600;

const sources = ['corpus', 'tests/fixtures/heldout', 'tests/fixtures/trends']
  .flatMap((dir) => readdirSync(dir).map((name) => join(dir, name)))
  .filter((path) => ['.txt', '.md', '.html'].includes(extname(path)));
const folder = mkdtempSync(join(tmpdir(), 'dialogue-stance-bench-'));
let bytes = 0;
for (let i = 0; i < wanted; i++) {
  const source = sources[i % sources.length];
  const target = join(folder, `doc-${String(i).padStart(5, '0')}${extname(source)}`);
  copyFileSync(source, target);
  bytes += statSync(target).size;
}

const t0 = performance.now();
const { loadCodebook } = await import('../dist/codebook/load.js');
loadCodebook();
const codebookMs = performance.now() - t0;

const { analyzeInputs, buildReports } = await import('../dist/run.js');
const t1 = performance.now();
const result = analyzeInputs({ inputs: [folder] });
const t2 = performance.now();
await buildReports(result, { inputs: [folder] });
const t3 = performance.now();
rmSync(folder, { recursive: true, force: true });

const megabytes = bytes / 1e6;
const throughput = megabytes / ((t2 - t1) / 1000);
const totalSeconds = (t3 - t1) / 1000;
const rss = process.resourceUsage().maxRSS / 1024;
const statements = result.documents.reduce((n, d) => n + d.statements.length, 0);
const rows = [
  ['documents', wanted, ''],
  ['input', `${megabytes.toFixed(2)} MB`, ''],
  ['statements', statements, ''],
  ['codebook load', `${codebookMs.toFixed(0)} ms`, `<= ${TARGETS.maxCodebookMs} ms`],
  ['analysis', `${((t2 - t1) / 1000).toFixed(2)} s`, ''],
  ['throughput', `${throughput.toFixed(2)} MB/s`, `>= ${TARGETS.minMegabytesPerSecond} MB/s`],
  ['reports', `${((t3 - t2) / 1000).toFixed(2)} s`, '(CSV, trends, chart of every meeting)'],
  ['total', `${totalSeconds.toFixed(2)} s`, `<= ${TARGETS.maxTotalSeconds} s`],
  ['peak RSS', `${rss.toFixed(0)} MB`, `<= ${TARGETS.maxRssMegabytes} MB`],
];
for (const [name, value, target] of rows)
  console.log(`${name.padEnd(14)} ${String(value).padStart(12)}  ${target}`);
const ok =
  throughput >= TARGETS.minMegabytesPerSecond &&
  codebookMs <= TARGETS.maxCodebookMs &&
  rss <= TARGETS.maxRssMegabytes;
console.log(ok ? 'bench: all targets met' : 'bench: TARGET MISSED');
process.exit(ok ? 0 : 1);
