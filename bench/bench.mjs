// npm run bench [-- --docs N] [--seed N] [--json] [--no-targets] [--keep]
// Speed and memory of the analyze job against other English NLP libraries and a read+split floor,
// each run as a whole `node` process on the same seeded corpus, against the targets of issue 10.
// Timing lives here, not in tests, so a slow CI machine never fails the test suite.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, describeLanguages } from './corpus.mjs';
import { machine, medianRun, rssSource, runNodeOk, temporaryFolder } from './measure.mjs';

const TARGETS = {
  /** analyze --jobs 1 takes at most this share of wink-nlp readDoc's time on the same corpus. */
  maxTimeVsWink: 0.25,
  /** ... and at most this multiple of the read+split floor's time. */
  maxTimeVsFloor: 5,
  /** Default jobs at least this much faster than --jobs 1 (checked from this many documents). */
  minJobsSpeedup: 1.6,
  jobsSpeedupFromDocs: 20_000,
  /** Peak RSS of analyze, in MB, at (up to) this many documents. */
  maxRssMegabytes: 300,
  rssAtDocs: 20_000,
  /** Whole-process start-up, median of 5 runs, in ms. */
  maxHelpMs: 150,
  maxSeedMs: 400,
};
const STARTUP_RUNS = 5;

const USAGE = `usage: node bench/bench.mjs [--docs N] [--seed N] [--json] [--no-targets] [--keep] [--cli FILE]
  --docs N       documents in the bench corpus (default 2000; 20000 for scale)
  --cli FILE     the CLI to time (default dist/cli.js; e.g. another checkout's build to compare)
  --seed N       seed of the corpus's variations (default 1)
  --json         print the results as one JSON object
  --no-targets   report only: exit 0 whether targets are met or not
  --keep         keep the temporary folder (corpus and reports) and print its path`;

function parseArgs(argv) {
  const options = { docs: 2000, seed: 1, json: false, targets: true, keep: false, cli: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const number = () => {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) fail(`${arg} needs a positive whole number`);
      return value;
    };
    if (arg === '--docs') options.docs = number();
    else if (arg === '--seed') options.seed = number();
    else if (arg === '--json') options.json = true;
    else if (arg === '--no-targets') options.targets = false;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--cli') options.cli = resolve(argv[++i] ?? fail('--cli needs a file'));
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown argument ${arg}`);
  }
  return options;
}

function fail(message) {
  console.error(`bench: ${message}\n${USAGE}`);
  process.exit(2);
}

const progress = (message) => process.stderr.write(`bench: ${message}\n`);

function listFiles(dir) {
  const files = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path));
    }
  };
  walk(dir);
  return files;
}

/** Every file of two report folders, compared byte for byte. */
function compareReports(a, b) {
  const left = listFiles(a);
  const right = listFiles(b);
  const names = [...new Set([...left, ...right])].sort();
  const differing = names.filter(
    (name) =>
      !left.includes(name) ||
      !right.includes(name) ||
      !readFileSync(join(a, name)).equals(readFileSync(join(b, name))),
  );
  return { identical: differing.length === 0, files: names.length, differing };
}

const statementsOf = (stderr) => {
  const match = /(\d+) statements/.exec(stderr);
  return match ? Number(match[1]) : null;
};

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const root = fileURLToPath(new URL('..', import.meta.url));
  const cli = options.cli ?? join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) fail(`${cli} is missing: run npm run build first (npm run bench does)`);
  const scratch = temporaryFolder('dialogue-stance-bench-', options.keep);
  return bench(options, root, cli, scratch);
}

async function bench(options, root, cli, scratch) {
  const loadBefore = loadavg()[0];
  if (loadBefore > 0.5)
    progress(`the machine is busy (load average ${loadBefore.toFixed(2)}): times will be slower than alone`);
  progress(`building ${options.docs} documents (seed ${options.seed})`);
  const corpus = buildCorpus({
    root,
    folder: join(scratch, 'corpus'),
    docs: options.docs,
    seed: options.seed,
  });
  const megabytes = corpus.bytes / 1e6;
  const run = { cwd: root };

  const analyzeHelp = await runNodeOk([cli, 'analyze', '--help'], run);
  const hasJobs = /--jobs\b/.test(analyzeHelp.stdout);
  const jobsOne = hasJobs ? ['--jobs', '1'] : [];

  progress(`start-up: --help and analyze corpus/, median of ${STARTUP_RUNS} each`);
  const help = await medianRun([cli, '--help'], run, STARTUP_RUNS);
  const seed = await medianRun(
    (i) => [cli, 'analyze', join(root, 'corpus'), '--out', join(scratch, `seed-${i}`)],
    run,
    STARTUP_RUNS,
  );

  const measure = async (name, command, args) => {
    progress(`timing ${name}`);
    const result = await runNodeOk(args, run);
    const peak = Math.max(result.rssMB ?? 0, result.treeRssMB ?? 0) || null;
    return {
      name,
      command,
      ms: result.ms,
      cpuMs: result.cpuMs,
      rssMB: peak,
      stdout: result.stdout,
      stderr: result.stderr,
    };
  };
  const corpusArg = join(scratch, 'corpus');
  const floor = await measure('read + split floor', 'node bench/baselines/floor.mjs <corpus>', [
    join(root, 'bench', 'baselines', 'floor.mjs'),
    corpusArg,
  ]);
  const wink = await measure('wink-nlp readDoc', 'node bench/baselines/wink.mjs <corpus>', [
    join(root, 'bench', 'baselines', 'wink.mjs'),
    corpusArg,
  ]);
  const compromise = await measure('compromise nlp(text)', 'node bench/baselines/compromise.mjs <corpus>', [
    join(root, 'bench', 'baselines', 'compromise.mjs'),
    corpusArg,
  ]);
  const ours = await measure(
    hasJobs ? 'analyze --jobs 1 (ours)' : 'analyze, ours (no --jobs yet: one thread)',
    `node dist/cli.js analyze <corpus> --out <tmp>${hasJobs ? ' --jobs 1' : ''}`,
    [cli, 'analyze', corpusArg, '--out', join(scratch, 'out-jobs-1'), ...jobsOne],
  );
  const parallel = hasJobs
    ? await measure('analyze (default jobs)', 'node dist/cli.js analyze <corpus> --out <tmp>', [
        cli,
        'analyze',
        corpusArg,
        '--out',
        join(scratch, 'out-default'),
      ])
    : { name: 'analyze (default jobs)', command: 'n/a (no --jobs yet)', ms: null, cpuMs: null, rssMB: null };
  const same = hasJobs ? compareReports(join(scratch, 'out-jobs-1'), join(scratch, 'out-default')) : null;

  const rows = [ours, parallel, wink, compromise, floor].map((row) => ({
    name: row.name,
    command: row.command,
    seconds: row.ms === null ? null : row.ms / 1000,
    cpuSeconds: row.cpuMs === null || row.cpuMs === undefined ? null : row.cpuMs / 1000,
    megabytesPerSecond: row.ms === null ? null : megabytes / (row.ms / 1000),
    documentsPerSecond: row.ms === null ? null : corpus.documents / (row.ms / 1000),
    peakRssMB: row.rssMB,
    timeVsOurs: row.ms === null ? null : row.ms / ours.ms,
    cpuVsOurs: row.cpuMs && ours.cpuMs ? row.cpuMs / ours.cpuMs : null,
  }));

  const targets = [];
  const target = (label, value, limit, comparison, skip) => {
    const met = comparison === '<=' ? value <= limit : value >= limit;
    targets.push({
      label,
      value,
      target: `${comparison} ${limit}`,
      status: skip ? `skipped (${skip})` : met ? 'met' : 'MISSED',
    });
  };
  target(
    'analyze --jobs 1 time / wink-nlp readDoc time',
    ours.ms / wink.ms,
    TARGETS.maxTimeVsWink,
    '<=',
    null,
  );
  target(
    'analyze --jobs 1 time / read+split floor time',
    ours.ms / floor.ms,
    TARGETS.maxTimeVsFloor,
    '<=',
    null,
  );
  target(
    'speed-up of default jobs over --jobs 1',
    hasJobs ? ours.ms / parallel.ms : null,
    TARGETS.minJobsSpeedup,
    '>=',
    !hasJobs
      ? 'n/a: no --jobs yet'
      : options.docs < TARGETS.jobsSpeedupFromDocs
        ? `checked from --docs ${TARGETS.jobsSpeedupFromDocs}`
        : null,
  );
  const peakRss = Math.max(ours.rssMB ?? 0, parallel.rssMB ?? 0);
  target(
    `peak RSS of analyze in MB (target set at ${TARGETS.rssAtDocs} documents)`,
    peakRss,
    TARGETS.maxRssMegabytes,
    '<=',
    options.docs > TARGETS.rssAtDocs ? `more than ${TARGETS.rssAtDocs} documents` : null,
  );
  target(`dialogue-stance --help, ms (median of ${STARTUP_RUNS})`, help.ms, TARGETS.maxHelpMs, '<=', null);
  target(
    `analyze corpus/ (the seed), ms (median of ${STARTUP_RUNS})`,
    seed.ms,
    TARGETS.maxSeedMs,
    '<=',
    null,
  );
  targets.push({
    label: 'reports of --jobs 1 and default jobs byte-identical',
    value: same ? same.identical : null,
    target: 'identical',
    status: !same
      ? 'skipped (n/a: no --jobs yet)'
      : same.identical
        ? 'met'
        : `MISSED (${same.differing.join(', ')})`,
  });
  const missed = targets.filter((t) => t.status.startsWith('MISSED')).length;

  const result = {
    machine: machine(),
    command: `npm run bench -- --docs ${options.docs}${options.seed === 1 ? '' : ` --seed ${options.seed}`}`,
    cli: relative(root, cli).split('\\').join('/'),
    rssSource,
    loadAverage: { before: loadBefore, after: loadavg()[0] },
    hasJobs,
    corpus: {
      documents: corpus.documents,
      megabytes,
      sources: corpus.sources,
      distinct: corpus.distinct,
      seed: corpus.seed,
      languages: corpus.languages,
    },
    statements: statementsOf(ours.stderr),
    rows,
    startup: {
      runs: STARTUP_RUNS,
      helpMs: help.ms,
      helpTimes: help.times,
      seedMs: seed.ms,
      seedTimes: seed.times,
    },
    reports: same,
    targets,
    missed,
  };
  if (options.json) console.log(JSON.stringify(result, null, 2));
  else console.log(format(result));
  return options.targets && missed > 0 ? 1 : 0;
}

const fixed = (value, digits) => (value === null || value === undefined ? 'n/a' : value.toFixed(digits));

function format(result) {
  const { corpus, machine: m } = result;
  const lines = [
    `dialogue-stance bench: ${corpus.documents} documents, ${corpus.megabytes.toFixed(2)} MB, ` +
      `${result.statements ?? '?'} statements (seed ${corpus.seed}; ${corpus.sources} source documents, ` +
      `${corpus.distinct} distinct texts)`,
    `languages: ${describeLanguages({ documents: corpus.documents, languages: corpus.languages })}`,
    `machine: ${m.cores} cores (${m.cpu}), ${m.memoryGB} GB, Node ${m.node}, ${m.platform}; peak RSS from ${result.rssSource}`,
    `load average (1 min) before ${result.loadAverage.before.toFixed(2)}, after ${result.loadAverage.after.toFixed(2)}` +
      (result.loadAverage.before > 0.5 ? ': the machine was busy, times are slower than alone' : ''),
    '',
    '| run | seconds | MB/s | docs/s | peak RSS MB | time vs ours | CPU s | CPU vs ours |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...result.rows.map((row) =>
      row.seconds === null
        ? `| ${row.name} | ${row.command} | | | | | | |`
        : `| ${row.name} | ${fixed(row.seconds, 2)} | ${fixed(row.megabytesPerSecond, 2)} | ` +
          `${fixed(row.documentsPerSecond, 0)} | ${fixed(row.peakRssMB, 0)} | ${fixed(row.timeVsOurs, 2)}x | ` +
          `${fixed(row.cpuSeconds, 2)} | ${fixed(row.cpuVsOurs, 2)}x |`,
    ),
    '',
    'seconds: wall clock of the whole process (the targets use it); CPU s: its user + system time, ' +
      'which a busy machine inflates far less',
    `start-up (whole processes, median of ${result.startup.runs}): dialogue-stance --help ` +
      `${result.startup.helpMs.toFixed(0)} ms (CPU ${fixed(result.startup.helpCpuMs, 0)} ms), analyze corpus/ ` +
      `${result.startup.seedMs.toFixed(0)} ms (CPU ${fixed(result.startup.seedCpuMs, 0)} ms)`,
    `reports of --jobs 1 and default jobs: ${
      result.reports
        ? result.reports.identical
          ? `byte-identical (${result.reports.files} files)`
          : `DIFFER in ${result.reports.differing.join(', ')}`
        : 'n/a (no --jobs yet)'
    }`,
    '',
    '| target | measured | limit | status |',
    '|---|---:|---:|---|',
    ...result.targets.map((t) => {
      const value =
        typeof t.value === 'number' ? t.value.toFixed(2) : t.value === null ? 'n/a' : String(t.value);
      return `| ${t.label} | ${value} | ${t.target} | ${t.status} |`;
    }),
    '',
    result.missed > 0 ? `bench: ${result.missed} target(s) MISSED` : 'bench: all checked targets met',
  ];
  return lines.join('\n');
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
