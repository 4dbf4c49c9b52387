// A document's parts (src/streamed/parts.ts) are all a streamed run takes from it; a worker thread
// makes them and posts them back, so they must survive being copied between threads and give what
// the per-document reductions give from the document itself.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/pipeline.js';
import { addToFingerprint } from '../../src/report/review/data.js';
import { UnmatchedCounter, unmatchedRows } from '../../src/report/unmatched.js';
import { analyzeInputs } from '../../src/run.js';
import { Digester } from '../../src/streamed/digest.js';
import { documentParts } from '../../src/streamed/parts.js';
import { textSource } from '../helpers.js';

const result = analyzeInputs({ inputs: ['tests/fixtures/trends', 'tests/fixtures/ja1'] });
const { codebook } = result;
const series = codebook.compiled.series;
// Two more with predicates and actors no cue or alias matched (unmatched.csv), the second the same.
const unmatchedText =
  'The EU side pondered the question. The delegation explained its plans. The EU side ponders it.';
const documents = [
  ...result.documents,
  ...['x1', 'x2'].map((id) => analyzeDocument(textSource(unmatchedText, id), codebook.compiled)),
];
// As a worker's reply arrives: structured-cloned.
const parts = documents.map((document, ordinal) =>
  structuredClone(documentParts(document, ordinal, { csv: {}, series })),
);

describe('documentParts', () => {
  it('numbers each document with its ordinal', () => {
    expect(parts.map((p) => p.ordinal)).toEqual(documents.map((_, ordinal) => ordinal));
    for (const p of parts)
      for (const line of p.lines.statements.split('\n').filter(Boolean))
        expect(line.startsWith(`${p.ordinal}\t`)).toBe(true);
  });

  it('gives the digests the documents give', () => {
    const fromDocuments = new Digester();
    const fromParts = new Digester();
    expect(parts.map((p) => fromParts.adopt(p.digest))).toEqual(
      documents.map((d) => fromDocuments.digest(d)),
    );
    expect(fromParts.cells).toEqual(fromDocuments.cells);
  });

  it('gives the unmatched rows the documents give', () => {
    const counter = new UnmatchedCounter(series);
    for (const p of parts) counter.addFinds(p.unmatched);
    expect(counter.rows()).toEqual(unmatchedRows(documents, series));
    expect(counter.rows().map((row) => [row.kind, row.words, row.count, row.exampleDoc])).toEqual([
      ['actor', 'The delegation', 2, 'x1'],
      ['predicate', 'pondered', 4, 'x1'],
    ]);
  });

  it('gives the corpus fingerprint the documents give', () => {
    const whole = createHash('sha256');
    for (const document of documents) addToFingerprint(whole, document);
    const pieces = createHash('sha256');
    for (const p of parts) pieces.update(p.fingerprint);
    expect(pieces.digest('hex')).toBe(whole.digest('hex'));
  });
});
