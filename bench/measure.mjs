// Whole-process measurements: wall clock of a spawned command and its peak resident memory.
// Peak RSS comes from GNU time (`/usr/bin/time -v`) where it is there, else from the child itself
// (a preload writes process.resourceUsage().maxRSS on exit). On Linux the process tree's summed RSS
// is sampled as well, so work spread over child processes is not undercounted (threads already
// share one process and so one RSS).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, freemem, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const GNU_TIME = '/usr/bin/time';
// BENCH_RSS=self forces the fallback (to test it where GNU time is installed).
const hasGnuTime =
  process.env.BENCH_RSS !== 'self' &&
  existsSync(GNU_TIME) &&
  /Maximum resident set size/.test(spawnSync(GNU_TIME, ['-v', 'true']).stderr ?? '');
const RSS_HOOK = fileURLToPath(new URL('./rss-hook.mjs', import.meta.url));

export const rssSource = hasGnuTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS of the child';

/** Children of `pid` and their descendants, from /proc (Linux); [] elsewhere. */
function descendants(pid) {
  const found = [];
  const visit = (id) => {
    let tasks = [];
    try {
      tasks = readdirSync(`/proc/${id}/task`);
    } catch {
      return;
    }
    for (const task of tasks) {
      let children = '';
      try {
        children = readFileSync(`/proc/${id}/task/${task}/children`, 'utf8');
      } catch {}
      for (const child of children.split(/\s+/).filter(Boolean)) {
        found.push(Number(child));
        visit(Number(child));
      }
    }
  };
  visit(pid);
  return found;
}

function rssKilobytes(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Processes being measured: ended (with their descendants) if the bench itself exits early. */
const running = new Set();
process.on('exit', () => {
  for (const pid of running)
    for (const id of [...descendants(pid), pid]) {
      try {
        process.kill(id, 'SIGTERM');
      } catch {}
    }
});

/**
 * Runs `node args...` as a whole process. Resolves to { ms, rssMB, treeRssMB, cpuMs, code, stdout,
 * stderr }: `treeRssMB` is the largest sampled sum over the process tree (Linux only, else null);
 * `cpuMs` the user + system CPU time of the process and the children it waited for, which a busy
 * machine inflates far less than the wall clock.
 */
export function runNode(args, { cwd, env } = {}) {
  const scratch = hasGnuTime ? null : mkdtempSync(join(tmpdir(), 'dialogue-stance-rss-'));
  const rssFile = scratch ? join(scratch, 'rss') : '';
  const command = hasGnuTime ? GNU_TIME : process.execPath;
  const commandArgs = hasGnuTime ? ['-v', process.execPath, ...args] : ['--import', RSS_HOOK, ...args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, {
      cwd,
      env: { ...process.env, ...env, ...(scratch ? { BENCH_RSS_FILE: rssFile } : {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child.pid);
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    let treePeak = 0;
    const sampling = platform() === 'linux';
    const sample = () => {
      const pids = [child.pid, ...descendants(child.pid)];
      const sum = pids.reduce((total, pid) => total + rssKilobytes(pid), 0);
      if (sum > treePeak) treePeak = sum;
    };
    const timer = sampling ? setInterval(sample, 20) : null;
    child.on('error', (error) => {
      if (timer) clearInterval(timer);
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      reject(error);
    });
    child.on('close', (code) => {
      const ms = performance.now() - started;
      running.delete(child.pid);
      if (timer) clearInterval(timer);
      let stderr = Buffer.concat(err).toString('utf8');
      let rssKb = null;
      let cpuMs = null;
      if (hasGnuTime) {
        const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        rssKb = match ? Number(match[1]) : null;
        const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
        const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
        if (user && system) cpuMs = 1000 * (Number(user[1]) + Number(system[1]));
        // GNU time appends its report (and "Command exited with non-zero status") to stderr.
        const cut = stderr.search(/(Command exited with non-zero status \d+\n)?\tCommand being timed:/);
        if (cut >= 0) stderr = stderr.slice(0, cut);
      } else if (existsSync(rssFile)) {
        const lines = readFileSync(rssFile, 'utf8').split('\n').filter(Boolean);
        rssKb = Math.max(...lines.map((line) => Number(line.split(' ')[0])));
        cpuMs = lines.reduce((total, line) => total + Number(line.split(' ')[1]) / 1000, 0);
      }
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      resolve({
        ms,
        rssMB: rssKb === null ? null : rssKb / 1024,
        cpuMs,
        treeRssMB: sampling && treePeak > 0 ? treePeak / 1024 : null,
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr,
      });
    });
  });
}

/** Runs `node args...` and fails with its stderr when it exits non-zero. */
export async function runNodeOk(args, options) {
  const result = await runNode(args, options);
  if (result.code !== 0)
    throw new Error(`node ${args.join(' ')} exited ${result.code}:\n${result.stderr.slice(-2000)}`);
  return result;
}

/**
 * A temporary folder removed when the process exits however it ends (done, an error, Ctrl-C,
 * a closed pipe), unless `keep`.
 */
export function temporaryFolder(prefix, keep = false) {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  if (keep) {
    process.on('exit', () => process.stderr.write(`kept ${folder}\n`));
    return folder;
  }
  process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  for (const [signal, number] of [
    ['SIGINT', 2],
    ['SIGTERM', 15],
    ['SIGHUP', 1],
  ])
    process.on(signal, () => process.exit(128 + number));
  return folder;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Median wall clock (and median CPU time, where known) of `runs` runs of `node args...`, each of
 * which must succeed; `args` may be a function of the run's index.
 */
export async function medianRun(args, options, runs = 5) {
  const times = [];
  const cpu = [];
  let last = null;
  for (let i = 0; i < runs; i++) {
    last = await runNodeOk(typeof args === 'function' ? args(i) : args, options);
    times.push(last.ms);
    if (last.cpuMs !== null) cpu.push(last.cpuMs);
  }
  return { ms: median(times), times, cpuMs: cpu.length === runs ? median(cpu) : null, rssMB: last.rssMB };
}

export function machine() {
  const cores = cpus();
  return {
    cores: cores.length,
    cpu: cores[0]?.model?.trim() ?? 'unknown',
    memoryGB: Number((totalmem() / 2 ** 30).toFixed(1)),
    freeMemoryGB: Number((freemem() / 2 ** 30).toFixed(1)),
    platform: `${platform()} ${release()}`,
    node: process.version,
  };
}
