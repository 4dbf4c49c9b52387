// --jobs N: documents analysed in worker threads give the reports one thread gives, byte for byte.
// The CLI runs as built (a worker thread loads dist/jobs/worker.js), so it is built first.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workerCount } from '../../src/jobs/pool.js';

const root = mkdtempSync(join(tmpdir(), 'dialogue-stance-jobs-'));

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Every report file of `dir`, by name. */
function reports(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));
}

function analyze(input: string, out: string, jobs: number): Map<string, Buffer> {
  execFileSync(process.execPath, ['dist/cli.js', 'analyze', input, '--out', out, '--jobs', String(jobs)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return reports(out);
}

/** English and Japanese summaries in one folder, taken from the fixtures. */
function mixedSet(): string {
  const folder = join(root, 'mixed');
  mkdirSync(folder);
  for (const fixture of ['tests/fixtures/ja1', 'tests/fixtures/en-commission', 'tests/fixtures/heldout']) {
    const names = readdirSync(fixture).filter(
      (name) => /\.(txt|md|html)$/.test(name) && !/^readme/i.test(name),
    );
    for (const name of names.slice(0, 4)) copyFileSync(join(fixture, name), join(folder, name));
  }
  return folder;
}

describe('analyze --jobs: reports byte-identical to --jobs 1', () => {
  it.each([
    ['tests/fixtures/trends', () => 'tests/fixtures/trends'],
    ['a mixed English and Japanese set', mixedSet],
  ])('%s', (name, input) => {
    const folder = input();
    const one = analyze(folder, join(root, `${name.replace(/\W+/g, '-')}-1`), 1);
    const two = analyze(folder, join(root, `${name.replace(/\W+/g, '-')}-2`), 2);
    expect([...two.keys()].sort()).toEqual([...one.keys()].sort());
    for (const [file, bytes] of one) expect(two.get(file)?.equals(bytes), file).toBe(true);
  });
});

describe('workerCount', () => {
  it.each([
    [1, 4, 1],
    [10, 2, 2],
    [10, 1, 1],
    [3, 8, 3],
  ])('%i documents, --jobs %i -> %i workers', (documents, jobs, expected) => {
    expect(workerCount(documents, jobs)).toBe(expected);
  });

  it('without --jobs, one document never starts a worker, and many never more than the cores', () => {
    expect(workerCount(1)).toBe(1);
    expect(workerCount(20)).toBe(1);
    expect(workerCount(100_000)).toBeGreaterThanOrEqual(1);
  });
});
