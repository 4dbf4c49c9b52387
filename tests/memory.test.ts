// analyze's memory does not grow with the corpus (issue 10): the built CLI, in a child process whose
// heap is capped, analyses a corpus that the in-memory path (analyzeInputs, then buildReports)
// cannot hold in that heap. A bound on memory, not on time: a slow machine passes as well.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_FILES } from './helpers.js';

const SEED = 'corpus/2021-11-17_japan-eu-ict-strategy-workshop-12.txt';
/**
 * 1,200 copies of the seed (23 statements each). The in-memory path (runAnalyze) runs out of a
 * 96 MB heap on them (tried by hand when this test was written: "JavaScript heap out of memory");
 * the streamed one holds one document at a time and a digest of under 1 kB per document. Copies of one release report one meeting, which
 * keeps the charts (whose size follows the meetings, not the documents) small.
 */
const COPIES = 1200;
const HEAP_MB = 96;

const root = mkdtempSync(join(tmpdir(), 'dialogue-stance-memory-'));

beforeAll(() => {
  mkdirSync(join(root, 'corpus'));
  for (let copy = 0; copy < COPIES; copy++)
    copyFileSync(SEED, join(root, 'corpus', `copy-${String(copy).padStart(4, '0')}.txt`));
}, 60_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('analyze in a capped heap', () => {
  it(`writes every report of ${COPIES} documents with a ${HEAP_MB} MB heap`, () => {
    const out = join(root, 'out');
    const run = spawnSync(
      process.execPath,
      [
        `--max-old-space-size=${HEAP_MB}`,
        'dist/cli.js',
        'analyze',
        join(root, 'corpus'),
        '--out',
        out,
        '--jobs',
        '1',
        '--quiet',
      ],
      { encoding: 'utf8' },
    );
    expect(run.stderr).not.toContain('heap out of memory');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`${COPIES} documents, ${COPIES * 23} statements`);
    expect(readdirSync(out).sort()).toEqual(REPORT_FILES);
  }, 300_000);
});
