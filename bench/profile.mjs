// npm run profile [-- --docs N] [--seed N] [--json] [--top N] [--keep]
// Where the time goes: runs `analyze --jobs 1` on the bench corpus under `node --cpu-prof` and sums
// self time by source module folder (src/stages, src/ingest, node_modules/<package>, GC, ...) and by
// file; then splits start-up: node's own start, the import of every package the built code imports
// (each alone, in a fresh process), the project's modules, the codebook compile, and a CPU profile
// of `--help`. Native builtins (RegExp, String methods) have no source file in a profile: their
// self time is counted with the JavaScript function that called them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCorpus, describeLanguages } from './corpus.mjs';
import { machine, median, medianRun, runNodeOk, temporaryFolder } from './measure.mjs';

const RUNS = 5;
/**
 * The pipeline's steps by function name (src/run.ts, src/pipeline.ts): their inclusive time shows
 * the job's phases. A name the code no longer has simply does not show. Async continuations (vega
 * renders the chart asynchronously) do not run under their caller: see node_modules/vega-* instead.
 */
const PHASES = [
  'loadCodebook',
  'readDocuments',
  'analyzeDocument',
  'analyzeStructure',
  'segmentSentences',
  'segmentStatements',
  'buildReports',
  'toCsv',
  'writeFiles',
];
const USAGE = `usage: node bench/profile.mjs [--docs N] [--seed N] [--top N] [--json] [--keep]
  --docs N   documents in the bench corpus (default 2000)
  --seed N   seed of the corpus's variations (default 1)
  --top N    rows of the by-file table (default 25)
  --phases a,b,...  functions whose inclusive time is shown (default: the pipeline's steps)
  --startup  only the start-up split (no corpus, no analyze profile)
  --json     print the results as one JSON object
  --keep     keep the temporary folder (corpus, reports, .cpuprofile files)`;

function parseArgs(argv) {
  const options = {
    docs: 2000,
    seed: 1,
    top: 25,
    json: false,
    keep: false,
    phases: PHASES,
    startupOnly: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const number = () => {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) fail(`${arg} needs a positive whole number`);
      return value;
    };
    if (arg === '--docs') options.docs = number();
    else if (arg === '--seed') options.seed = number();
    else if (arg === '--top') options.top = number();
    else if (arg === '--json') options.json = true;
    else if (arg === '--startup') options.startupOnly = true;
    else if (arg === '--phases') options.phases = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown argument ${arg}`);
  }
  return options;
}

function fail(message) {
  console.error(`profile: ${message}\n${USAGE}`);
  process.exit(2);
}

const progress = (message) => process.stderr.write(`profile: ${message}\n`);

/** Where a profile frame's code lives: { folder, file } ("src/stages", "src/stages/split.ts"). */
function placeOf(frame, root) {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === '(garbage collector)') return { folder: 'GC', file: 'GC' };
    if (functionName === '(program)')
      return { folder: '(program: V8 parse, compile, native)', file: '(program: V8 parse, compile, native)' };
    if (functionName === '(idle)') return { folder: '(idle)', file: '(idle)' };
    if (functionName === '(root)') return { folder: '(root)', file: '(root)' };
    return null; // a native builtin: counted with its caller
  }
  if (url.startsWith('node:')) {
    const folder = /^node:internal\/(modules|vm)\b/.test(url)
      ? 'node: module loading'
      : /^node:(fs|internal\/fs)\b/.test(url)
        ? 'node: fs'
        : 'node: other built-ins';
    return { folder, file: url };
  }
  let path = url;
  try {
    path = url.startsWith('file:') ? fileURLToPath(url) : url;
  } catch {}
  const parts = path.split(sep);
  const modules = parts.lastIndexOf('node_modules');
  if (modules >= 0) {
    const name = parts[modules + 1]?.startsWith('@')
      ? `${parts[modules + 1]}/${parts[modules + 2]}`
      : parts[modules + 1];
    return { folder: `node_modules/${name}`, file: `node_modules/${name}` };
  }
  const local = relative(root, path).split(sep).join('/');
  if (local.startsWith('..')) return { folder: '(other files)', file: local };
  if (local.startsWith('dist/')) {
    const file = `src/${local.slice('dist/'.length).replace(/\.js$/, '.ts')}`;
    return { folder: file.slice(0, file.lastIndexOf('/')), file };
  }
  return { folder: local.slice(0, Math.max(local.lastIndexOf('/'), 0)) || local, file: local };
}

/** Self time in ms of every folder and file over the .cpuprofile files of `dir`. */
function summarise(dir, root, phases = []) {
  const folders = new Map();
  const files = new Map();
  const inclusive = new Map(phases.map((name) => [name, 0]));
  let total = 0;
  let idle = 0;
  const profiles = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
  for (const name of profiles) {
    const profile = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const placeCache = new Map();
    const phaseCache = new Map();
    /** The phase names on the stack of node `id`. */
    const phasesOf = (id) => {
      if (phaseCache.has(id)) return phaseCache.get(id);
      const up = parent.get(id);
      const names = new Set(up === undefined ? [] : phasesOf(up));
      const name = byId.get(id).callFrame.functionName;
      if (inclusive.has(name)) names.add(name);
      phaseCache.set(id, names);
      return names;
    };
    const place = (id) => {
      if (placeCache.has(id)) return placeCache.get(id);
      let found = placeOf(byId.get(id).callFrame, root);
      if (!found) {
        const up = parent.get(id);
        found = up === undefined ? { folder: '(native)', file: '(native)' } : place(up);
      }
      placeCache.set(id, found);
      return found;
    };
    const { samples, timeDeltas } = profile;
    for (let i = 0; i < samples.length; i++) {
      // timeDeltas[i + 1] is the time from sample i to the next one: the time spent in sample i.
      const ms = (timeDeltas[i + 1] ?? timeDeltas[i] ?? 0) / 1000;
      const { folder, file } = place(samples[i]);
      if (folder === '(idle)') {
        idle += ms;
        continue;
      }
      total += ms;
      for (const name of phasesOf(samples[i])) inclusive.set(name, inclusive.get(name) + ms);
      folders.set(folder, (folders.get(folder) ?? 0) + ms);
      files.set(file, (files.get(file) ?? 0) + ms);
    }
  }
  const sorted = (map) =>
    [...map]
      .map(([name, ms]) => ({ name, ms, share: total > 0 ? ms / total : 0 }))
      .sort((a, b) => b.ms - a.ms);
  const phaseRows = [...inclusive].map(([name, ms]) => ({ name, ms, share: total > 0 ? ms / total : 0 }));
  return {
    profiles: profiles.length,
    totalMs: total,
    idleMs: idle,
    phases: phaseRows,
    folders: sorted(folders),
    files: sorted(files),
  };
}

/** Package specifiers the built code imports (static and dynamic), node: builtins left out. */
function importedPackages(dist) {
  const specifiers = new Set();
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      // dist/vendor holds bundles of packages (vega): their own imports are not the tool's.
      if (statSync(path).isDirectory()) {
        if (name !== 'vendor') walk(path);
      } else if (name.endsWith('.js')) {
        const code = readFileSync(path, 'utf8');
        const patterns = [
          /^(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"\n]+)['"]/gm,
          /^import\s*['"]([^'"\n]+)['"]/gm,
          /\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g,
          // Required on first use (compromise, natural's stemmer, cli-progress).
          /\bcreateRequire\(import\.meta\.url\)\(\s*['"]([^'"\n]+)['"]\s*\)/g,
        ];
        for (const match of patterns.flatMap((pattern) => [...code.matchAll(pattern)])) {
          const specifier = match[1];
          if (/^(@[\w.-]+\/)?[\w.-]+(\/[\w./-]*)?$/.test(specifier) && !/^(\.|node:)/.test(specifier))
            specifiers.add(specifier);
        }
      }
    }
  };
  walk(dist);
  return [...specifiers].sort();
}

/**
 * In a fresh process: ms from process start to the first line of user code, ms to import
 * `specifiers` (in order), and optionally ms of `loadCodebook()` from the last one.
 */
function timeImports(root, specifiers, { compile = false } = {}) {
  const code = `
    const boot = performance.now();
    const bootCpu = process.cpuUsage();
    const cpuMs = (since) => {
      const used = process.cpuUsage(since);
      return (used.user + used.system) / 1000;
    };
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    let last;
    for (const specifier of ${JSON.stringify(specifiers)}) last = await import(specifier);
    const importMs = performance.now() - t0;
    const importCpu = cpuMs(c0);
    let compileMs = null;
    let compileCpu = null;
    if (${compile} && typeof last.loadCodebook === 'function') {
      const t1 = performance.now();
      const c1 = process.cpuUsage();
      last.loadCodebook();
      compileMs = performance.now() - t1;
      compileCpu = cpuMs(c1);
    }
    console.log(JSON.stringify({ boot, bootCpu: (bootCpu.user + bootCpu.system) / 1000, importMs, importCpu, compileMs, compileCpu }));`;
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: root,
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`importing ${specifiers.join(', ')} failed:\n${child.stderr}`);
    runs.push(JSON.parse(child.stdout.trim().split('\n').pop()));
  }
  const pick = (key) => (runs[0][key] === null ? null : median(runs.map((run) => run[key])));
  return {
    bootMs: pick('boot'),
    bootCpuMs: pick('bootCpu'),
    importMs: pick('importMs'),
    importCpuMs: pick('importCpu'),
    compileMs: pick('compileMs'),
    compileCpuMs: pick('compileCpu'),
  };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dist = join(root, 'dist');
  const cli = join(dist, 'cli.js');
  if (!existsSync(cli)) fail('dist/cli.js is missing: run npm run build first (npm run profile does)');
  const scratch = temporaryFolder('dialogue-stance-profile-', options.keep);
  const result = await profile(options, root, cli, dist, scratch);
  console.log(options.json ? JSON.stringify(result, null, 2) : format(result, options));
}

/** analyze (--jobs 1 where the CLI has it) of the bench corpus under --cpu-prof, summarised. */
async function profileAnalyze(options, root, cli, scratch) {
  const run = { cwd: root };
  progress(`building ${options.docs} documents (seed ${options.seed})`);
  const corpusDir = join(scratch, 'corpus');
  const corpus = buildCorpus({ root, folder: corpusDir, docs: options.docs, seed: options.seed });
  const hasJobs = /--jobs\b/.test((await runNodeOk([cli, 'analyze', '--help'], run)).stdout);

  progress('analyze under --cpu-prof');
  const analyzeProfiles = join(scratch, 'prof-analyze');
  const analyzed = await runNodeOk(
    [
      '--cpu-prof',
      '--cpu-prof-dir',
      analyzeProfiles,
      cli,
      'analyze',
      corpusDir,
      '--out',
      join(scratch, 'out'),
      ...(hasJobs ? ['--jobs', '1'] : []),
    ],
    run,
  );
  const analyze = summarise(analyzeProfiles, root, options.phases);
  return {
    corpus: {
      documents: corpus.documents,
      megabytes: corpus.bytes / 1e6,
      seed: corpus.seed,
      languages: corpus.languages,
    },
    analyze: {
      command: `node --cpu-prof dist/cli.js analyze <corpus> --out <tmp>${hasJobs ? ' --jobs 1' : ''}`,
      wallMs: analyzed.ms,
      cpuMs: analyzed.cpuMs,
      ...analyze,
    },
  };
}

async function profile(options, root, cli, dist, scratch) {
  const run = { cwd: root };
  const corpus = options.startupOnly ? null : await profileAnalyze(options, root, cli, scratch);
  progress('start-up: node, imports, codebook compile, --help');
  const nodeStart = await medianRun(['-e', '0'], run, RUNS);
  const help = await medianRun([cli, '--help'], run, RUNS);
  const seed = await medianRun(
    (i) => [cli, 'analyze', join(root, 'corpus'), '--out', join(scratch, `seed-${i}`)],
    run,
    RUNS,
  );
  const packages = importedPackages(dist).map((specifier) => ({
    specifier,
    ...timeImports(root, [specifier]),
  }));
  const allPackages = timeImports(
    root,
    packages.map((p) => p.specifier),
  );
  const cliImport = timeImports(root, [pathToFileURL(cli).href]);
  const index = join(dist, 'index.js');
  const library = existsSync(index)
    ? timeImports(root, [pathToFileURL(index).href], { compile: true })
    : null;
  const helpProfiles = join(scratch, 'prof-help');
  await runNodeOk(['--cpu-prof', '--cpu-prof-dir', helpProfiles, cli, '--help'], run);
  const helpProfile = summarise(helpProfiles, root);

  return {
    machine: machine(),
    command: options.startupOnly
      ? 'npm run profile -- --startup'
      : `npm run profile -- --docs ${options.docs}`,
    loadAverage: loadavg()[0],
    corpus: corpus?.corpus ?? null,
    analyze: corpus?.analyze ?? null,
    startup: {
      runs: RUNS,
      nodeStart: { ms: nodeStart.ms, cpuMs: nodeStart.cpuMs },
      help: { ms: help.ms, cpuMs: help.cpuMs },
      seed: { ms: seed.ms, cpuMs: seed.cpuMs },
      bootToUserCode: { ms: cliImport.bootMs, cpuMs: cliImport.bootCpuMs },
      cliImport: { ms: cliImport.importMs, cpuMs: cliImport.importCpuMs },
      packagesTogether: { ms: allPackages.importMs, cpuMs: allPackages.importCpuMs },
      packages: packages.map((p) => ({ specifier: p.specifier, ms: p.importMs, cpuMs: p.importCpuMs })),
      libraryImport: library ? { ms: library.importMs, cpuMs: library.importCpuMs } : null,
      codebookCompile: library ? { ms: library.compileMs, cpuMs: library.compileCpuMs } : null,
      helpProfile,
    },
  };
}

const ms = (value) => (value === null || value === undefined ? 'n/a' : value.toFixed(0));
const pct = (value) => `${(100 * value).toFixed(1)}%`;

/** A markdown table of self times; rows under `minShare` are summed into one line. */
function table(rows, total, minShare = 0) {
  const shown = rows.filter((row) => row.share >= minShare);
  const rest = rows.filter((row) => row.share < minShare);
  const restMs = rest.reduce((n, row) => n + row.ms, 0);
  return [
    '| where | self ms | share |',
    '|---|---:|---:|',
    ...shown.map((row) => `| ${row.name} | ${row.ms.toFixed(0)} | ${pct(row.share)} |`),
    ...(rest.length > 0
      ? [
          `| ${rest.length} more, each under ${pct(minShare)} | ${restMs.toFixed(0)} | ${pct(restMs / total)} |`,
        ]
      : []),
    `| total (idle excluded) | ${total.toFixed(0)} | 100% |`,
  ];
}

function formatAnalyze(result, options) {
  const { analyze, corpus } = result;
  const gc = analyze.folders.find((row) => row.name === 'GC');
  const src = analyze.folders.filter((row) => row.name.startsWith('src')).reduce((n, row) => n + row.ms, 0);
  return [
    `profile: ${analyze.command}`,
    `corpus: ${corpus.documents} documents, ${corpus.megabytes.toFixed(2)} MB (seed ${corpus.seed}); ` +
      `languages: ${describeLanguages(corpus)}`,
    `wall ${ms(analyze.wallMs)} ms under the profiler (CPU ${ms(analyze.cpuMs)} ms); ${analyze.profiles} profile(s); sampled ${ms(analyze.totalMs)} ms ` +
      `busy, ${ms(analyze.idleMs)} ms idle; GC ${gc ? pct(gc.share) : '0%'}; the project's own code (src/) ${pct(src / analyze.totalMs)}`,
    '',
    'inclusive time of the pipeline steps (nested steps count in their callers too; GC and async work are outside them):',
    '',
    '| function | inclusive ms | share |',
    '|---|---:|---:|',
    ...analyze.phases.map((row) => `| ${row.name} | ${row.ms.toFixed(0)} | ${pct(row.share)} |`),
    '',
    'self time by module folder (native builtins counted with their JavaScript caller):',
    '',
    ...table(analyze.folders, analyze.totalMs, 0.005),
    '',
    `self time by file (top ${options.top}):`,
    '',
    ...table(analyze.files.slice(0, options.top), analyze.totalMs),
  ];
}

function format(result, options) {
  const { startup, machine: m } = result;
  return [
    `machine: ${m.cores} cores (${m.cpu}), ${m.memoryGB} GB, Node ${m.node}; load average (1 min) ${result.loadAverage.toFixed(2)} at the end`,
    ...(result.analyze ? formatAnalyze(result, options) : []),
    '',
    `start-up (median of ${startup.runs} fresh processes each):`,
    '',
    '| part | wall ms | CPU ms |',
    '|---|---:|---:|',
    ...[
      ['node -e 0, whole process', startup.nodeStart],
      ["node's start up to the first line of user code", startup.bootToUserCode],
      ...startup.packages.map((p) => [`import '${p.specifier}' alone`, p]),
      ['all of these packages together', startup.packagesTogether],
      ['import dist/cli.js (everything --help loads)', startup.cliImport],
      ['import dist/index.js (the library)', startup.libraryImport],
      ['codebook compile: loadCodebook() after the imports', startup.codebookCompile],
      ['dialogue-stance --help, whole process', startup.help],
      ['analyze corpus/ (the seed), whole process', startup.seed],
    ].map(([part, time]) => `| ${part} | ${ms(time?.ms)} | ${ms(time?.cpuMs)} |`),
    '',
    'dialogue-stance --help under --cpu-prof, self time by module folder:',
    '',
    ...table(startup.helpProfile.folders, startup.helpProfile.totalMs, 0.01),
  ].join('\n');
}

main().catch((error) => {
  console.error(`profile: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 2;
});
