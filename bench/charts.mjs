// npm run bench:charts: bytes and drawing time of trends.svg and shares.svg, for the example corpus
// (docs/example/trends.csv) and for synthetic corpora of growing size (bench/synthetic-trends.mjs).
// The first draw of a run also loads vega; after it, five more draws give the fastest wall time and
// the median CPU time (user + system, which a busy machine disturbs less than the wall clock).
//   npm run bench:charts [-- --out DIR]   (--out also writes every chart there, to look at)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse/sync';
import { trendRows } from '../dist/aggregate/trends.js';
import { loadCodebook } from '../dist/codebook/load.js';
import { renderTrendsSvg } from '../dist/report/chart.js';
import { renderSharesSvg } from '../dist/report/shares-chart.js';
import { mulberry32 } from '../dist/stats/random.js';
import { SYNTHETIC_TOPICS, syntheticStatements } from './synthetic-trends.mjs';

const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1] : null;
if (out) mkdirSync(out, { recursive: true });

const codebook = loadCodebook().compiled;
const exampleOrder = {
  sides: [...codebook.parties.map((p) => p.id), 'both'],
  topics: [...codebook.topics.map((t) => t.id), 'general'],
};
const example = parse(readFileSync('docs/example/trends.csv'), {
  columns: true,
  cast: (value, { column }) => {
    if (!['meeting', 'statements', 'share_of_side_topic', 'share_of_side'].includes(column)) return value;
    return value === '' ? null : Number(value);
  },
});

const synthetic = (meetings, series) =>
  trendRows(syntheticStatements({ meetings, series, random: mulberry32(1) }), {
    topics: SYNTHETIC_TOPICS,
  });

const corpora = [
  ['example (5 meetings, 2 series)', example, exampleOrder],
  ['50 meetings x 15 topics, 1 series', synthetic(50, 1), { topics: SYNTHETIC_TOPICS }],
  ['150 meetings, 3 series', synthetic(150, 3), { topics: SYNTHETIC_TOPICS }],
  ['300 meetings, 3 series', synthetic(300, 3), { topics: SYNTHETIC_TOPICS }],
  ['600 meetings, 3 series', synthetic(600, 3), { topics: SYNTHETIC_TOPICS }],
];
const charts = [
  ['trends.svg', renderTrendsSvg],
  ['shares.svg', renderSharesSvg],
];

async function measure(render, rows, order) {
  const first = performance.now();
  const svg = await render(rows, order);
  const firstMs = performance.now() - first;
  const walls = [];
  const cpus = [];
  for (let i = 0; i < 5; i++) {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    await render(rows, order);
    const used = process.cpuUsage(cpu);
    walls.push(performance.now() - wall);
    cpus.push((used.user + used.system) / 1000);
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { svg, firstMs, wallMs: Math.min(...walls), cpuMs: median(cpus) };
}

console.log('| corpus | trend rows | chart | bytes | first draw | fastest draw | CPU per draw |');
console.log('|---|---:|---|---:|---:|---:|---:|');
for (const [name, rows, order] of corpora) {
  for (const [file, render] of charts) {
    const { svg, firstMs, wallMs, cpuMs } = await measure(render, rows, order);
    const bytes = Buffer.byteLength(svg).toLocaleString('en');
    const ms = (value) => `${value.toFixed(0)} ms`;
    console.log(
      `| ${name} | ${rows.length} | ${file} | ${bytes} | ${ms(firstMs)} | ${ms(wallMs)} | ${ms(cpuMs)} |`,
    );
    if (out) writeFileSync(join(out, `${name.split(' ')[0]}-${file}`), svg);
  }
}
