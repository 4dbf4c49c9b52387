// A worker thread of `analyze --jobs N`: loads the codebook once (from its cache, see
// codebook/cache.ts), then analyses each document it is sent and posts the result back: the
// document itself, or with `parts` set its parts (streamed/parts.ts), which is all the streamed run
// needs of it. The pipeline and the parts are the same pure functions the main thread runs with
// --jobs 1, so the results are too.
import { parentPort, workerData } from 'node:worker_threads';
import { loadCodebook } from '../codebook/load.js';
import { isDialogueStanceError } from '../errors.js';
import { analyzeDocument } from '../pipeline.js';
import { documentParts } from '../streamed/parts.js';
import { heapKeeper } from './heap.js';
import type { JobReply, JobRequest, WorkerSetup } from './pool.js';

const { codebook, parts } = workerData as WorkerSetup;
// A worker analyses document after document: its heap is kept near what it holds, as the main thread's.
const keepHeap = heapKeeper();
const compiled = loadCodebook(codebook).compiled;
const port = parentPort;

port?.on('message', ({ index, source, override }: JobRequest) => {
  let reply: JobReply;
  try {
    const document = analyzeDocument(source, compiled, override);
    reply = parts
      ? { index, parts: documentParts(document, index, { csv: parts.csv, series: compiled.series }) }
      : { index, document };
  } catch (error) {
    reply = {
      index,
      error: {
        message: error instanceof Error ? error.message : String(error),
        ...(isDialogueStanceError(error) ? { code: error.code } : {}),
        ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
      },
    };
  }
  port.postMessage(reply);
  keepHeap();
});
