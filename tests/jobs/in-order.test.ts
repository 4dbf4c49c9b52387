// analyzeInOrder: documents shared between this thread and worker threads (the built worker,
// dist/jobs/worker.js), handed on in input order whoever analysed them, errors as one thread has them.
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/codebook/load.js';
import { analyzeInOrder, type SourceJob } from '../../src/jobs/in-order.js';
import { analyzeDocument } from '../../src/pipeline.js';
import { type DocumentParts, documentParts } from '../../src/streamed/parts.js';
import { textSource } from '../helpers.js';

const compiled = loadCodebook().compiled;
const options = { csv: {}, series: compiled.series };
const setup = { codebook: undefined, parts: { csv: {} } };
const texts = Array.from(
  { length: 40 },
  (_, i) => `Results of the ${i + 1}th Japan-EU ICT Policy Dialogue. The EU side explained its AI Act.`,
);
const jobs = texts.map((text, i): SourceJob => ({ source: textSource(text, `d${i}`), override: undefined }));
const here = (job: SourceJob, index: number) =>
  documentParts(analyzeDocument(job.source, compiled, job.override), index, options);

/** Runs analyzeInOrder over `jobs`; what was handed on, and the error thrown if any. */
async function run(threads: number, local = here) {
  let next = 0;
  const handed: DocumentParts[] = [];
  let error: unknown;
  try {
    await analyzeInOrder(
      () => jobs[next++],
      setup,
      threads,
      local,
      (parts) => handed.push(parts),
    );
  } catch (caught) {
    error = caught;
  }
  return { handed, error };
}

describe('analyzeInOrder', () => {
  it.each([2, 3])(
    'hands every document on in input order, as one thread makes it (%i threads)',
    async (threads) => {
      const { handed, error } = await run(threads);
      expect(error).toBeUndefined();
      expect(handed).toEqual(jobs.map(here));
    },
  );

  it('throws the first failing document, after handing on those before it', async () => {
    const failing = (job: SourceJob, index: number) => {
      if (index >= 25) throw new Error(`document ${index} failed`);
      return here(job, index);
    };
    const { handed, error } = await run(2, failing);
    expect((error as Error).message).toMatch(/^document \d+ failed$/);
    const failed = Number((error as Error).message.split(' ')[1]);
    expect(handed.map((parts) => parts.ordinal)).toEqual([...Array(failed).keys()]);
  });
});
