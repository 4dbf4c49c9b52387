// The built CLI as a user runs it, in child processes: stdout that parses as JSON, a run killed
// with SIGKILL in the middle of writing its reports, and two runs writing to one folder at once.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../src/write.js';
import { REPORT_FILES, runCli } from './helpers.js';

const SEED_GOLD = 'corpus/gold/2021-11-17_japan-eu-ict-strategy-workshop-12.gold.csv';
const CORPUS = ['corpus', 'tests/fixtures/trends'];

const root = mkdtempSync(join(tmpdir(), 'dialogue-stance-spawned-'));

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

interface Run {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  /** Resolves to the exit code, or to the signal that ended the process. */
  done: Promise<number | NodeJS.Signals>;
  /** Resolves when stderr has shown `text`. */
  saw: (text: string) => Promise<void>;
}

function start(argv: string[], env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, ['dist/cli.js', ...argv], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const waiting: { text: string; resolve: () => void }[] = [];
  const run: Run = {
    child,
    stdout: '',
    stderr: '',
    done: new Promise((resolve) =>
      child.on('close', (code, signal) => resolve(code ?? (signal as NodeJS.Signals))),
    ),
    saw: (text) =>
      new Promise((resolve) => {
        if (run.stderr.includes(text)) resolve();
        else waiting.push({ text, resolve });
      }),
  };
  child.stdout?.on('data', (chunk) => {
    run.stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    run.stderr += chunk;
    for (const wait of waiting) if (run.stderr.includes(wait.text)) wait.resolve();
  });
  return run;
}

const snapshot = (dir: string): Map<string, Buffer> =>
  new Map(
    readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .map((name) => [name, readFileSync(join(dir, name))]),
  );
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** run.json's hashes match the files: the folder holds one run's reports, not a mix. */
function expectConsistent(out: string): void {
  const files = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')).files as Record<string, string>;
  for (const [name, hash] of Object.entries(files))
    expect(sha256(readFileSync(join(out, name))), name).toBe(hash);
}

describe('stdout carries only data', () => {
  it('evaluate --json from the built CLI parses as JSON', async () => {
    const evaluate = start(['evaluate', 'corpus', '--gold', SEED_GOLD, '--json']);
    expect(await evaluate.done).toBe(0);
    expect(JSON.parse(evaluate.stdout).side.accuracy).toBe(1);
  });

  it('agreement --json and explain --json from the built CLI parse as JSON', async () => {
    const second = join(mkdtempSync(join(root, 'coder-')), 'coder-b.csv');
    writeFileSync(second, readFileSync(SEED_GOLD));
    const agreement = start(['agreement', SEED_GOLD, second, '--json']);
    const explain = start(['explain', 'corpus', '--sentence', '14', '--json']);
    expect(await agreement.done).toBe(0);
    expect(await explain.done).toBe(0);
    expect(JSON.parse(agreement.stdout)).toBeTypeOf('object');
    expect(JSON.parse(explain.stdout)).toBeTypeOf('object');
  });
});

describe('a run killed with SIGKILL while writing its reports', () => {
  it('leaves the previous reports complete and unchanged; the next run clears what it left', async () => {
    const out = mkdtempSync(join(root, 'killed-'));
    expect((await runCli('analyze', 'corpus', '--out', out)).code).toBe(0);
    const before = snapshot(out);
    expect([...before.keys()].sort()).toEqual(REPORT_FILES);

    // Other inputs, so that every report would change; killed once its temporaries are written.
    const killed = start(['analyze', ...CORPUS, '--out', out], {
      DIALOGUE_STANCE_TEST_HOLD: 'temporaries-written',
    });
    await killed.saw('test hold: temporaries-written');
    killed.child.kill('SIGKILL');
    expect(await killed.done).toBe('SIGKILL');

    const after = snapshot(out);
    expect([...after.keys()].sort()).toEqual(REPORT_FILES);
    for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), name).toBe(true);
    expectConsistent(out);
    // What the killed run left: its lock and its hidden temporaries, nothing visible.
    const hidden = readdirSync(out).filter((name) => name.startsWith('.'));
    expect(hidden).toContain(LOCK_FILE);
    expect(hidden.filter((name) => name.endsWith(`.tmp-${killed.child.pid}`))).toHaveLength(
      REPORT_FILES.length,
    );

    expect((await runCli('analyze', ...CORPUS, '--out', out)).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(REPORT_FILES);
    expectConsistent(out);
  });
});

describe('two runs writing to one folder', () => {
  it('while one holds the folder, the other says it is in use and changes nothing', async () => {
    const out = mkdtempSync(join(root, 'locked-'));
    const release = join(out, '..', `${basename(out)}.release`);
    writeFileSync(release, '');
    const first = start(['analyze', 'corpus', '--out', out], {
      DIALOGUE_STANCE_TEST_HOLD: 'temporaries-written',
      DIALOGUE_STANCE_TEST_RELEASE: release,
    });
    await first.saw('test hold: temporaries-written');
    const second = await runCli('analyze', ...CORPUS, '--out', out);
    expect(second.code).toBe(2);
    expect(second.stderr).toBe(
      `dialogue-stance: ${out} is in use by another run (pid ${first.child.pid}); wait for it, or delete ${join(out, LOCK_FILE)} if no run is writing there\n`,
    );
    rmSync(release);
    expect(await first.done).toBe(0);
    expect(readdirSync(out).sort()).toEqual(REPORT_FILES);
    expectConsistent(out);
  });

  it('started together: each set is whole (run.json matches the files) or the run was told the folder is in use', async () => {
    const out = mkdtempSync(join(root, 'race-'));
    const runs = [start(['analyze', 'corpus', '--out', out]), start(['analyze', ...CORPUS, '--out', out])];
    const codes = await Promise.all(runs.map((run) => run.done));
    expect(codes.some((code) => code === 0)).toBe(true);
    runs.forEach((run, i) => {
      if (codes[i] !== 0) {
        expect(codes[i]).toBe(2);
        expect(run.stderr).toMatch(/is in use by another run/);
      }
    });
    expect(readdirSync(out).sort()).toEqual(REPORT_FILES);
    expectConsistent(out);
  });
});
