// Property tests of every stage at once, over random text and random bytes: reading either gives a
// document or refuses it (a DialogueStanceError, nothing else); analysing a document never throws;
// sentence offsets stay within the text and every non-space character of a body block is in
// exactly one sentence (tests/stages/sentences.property.test.ts holds the finer layout cases);
// statements tile their sentence; the analysis is deterministic; and the statements and sentences
// tables round-trip through a CSV parser unchanged.
//
// Seeded: `npm test` runs a small fuzz (a few thousand documents, the same each time); `npm run
// fuzz` runs many more from a fresh seed. A failure prints the seed; FUZZ_SEED=<seed> replays it.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../src/codebook/load.js';
import { DialogueStanceError } from '../src/errors.js';
import { toSourceDocument } from '../src/ingest/read.js';
import { analyzeDocument } from '../src/pipeline.js';
import { toCsv } from '../src/report/csv.js';
import { sentencesTable, statementsTable } from '../src/report/tables.js';
import { isBodyBlock } from '../src/stages/structure/index.js';
import type { AnalyzedDocument } from '../src/types.js';
import { check as checkRuns, fuzzRuns } from './fuzz.js';

const RUNS = fuzzRuns(3_000);
const check = <T>(property: fc.IProperty<T>, runs = RUNS): void => checkRuns(property, runs);

const codebook = loadCodebook().compiled;

/** Reads and analyses `bytes` as a file named `name`; undefined when it is refused. */
function analyze(name: string, bytes: Uint8Array): AnalyzedDocument | undefined {
  let source: ReturnType<typeof toSourceDocument>;
  try {
    source = toSourceDocument(name, bytes);
  } catch (error) {
    if (error instanceof DialogueStanceError) {
      expect(error.message).not.toMatch(/[\r\n]/);
      return undefined;
    }
    throw error;
  }
  return analyzeDocument(source, codebook);
}

const nonSpace = (text: string): string => text.replace(/\s+/g, '');
const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Every invariant of one analysed document; throws on the first violation. */
function expectInvariants(document: AnalyzedDocument): void {
  const { text } = document.source;
  const covered = new Uint8Array(text.length);
  let previousEnd = 0;
  document.sentences.forEach((sentence, i) => {
    const { start, end } = sentence.span;
    expect(sentence.index).toBe(i + 1);
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    expect(end).toBeGreaterThan(start);
    expect(end).toBeLessThanOrEqual(text.length);
    expect(sentence.text).toBe(fold(text.slice(start, end)));
    previousEnd = end;
    for (let at = start; at < end; at++) covered[at] = 1;

    // Statements tile their sentence: in order, disjoint, inside it, and together all its words.
    const own = document.statements.filter((s) => s.sentence === sentence.index);
    let statementEnd = start;
    for (const statement of own) {
      expect(statement.span.start).toBeGreaterThanOrEqual(statementEnd);
      expect(statement.span.end).toBeGreaterThan(statement.span.start);
      expect(statement.span.end).toBeLessThanOrEqual(end);
      expect(statement.text).toBe(fold(text.slice(statement.span.start, statement.span.end)));
      statementEnd = statement.span.end;
    }
    if (own.length > 0)
      expect(own.map((s) => nonSpace(text.slice(s.span.start, s.span.end))).join('')).toBe(
        nonSpace(text.slice(start, end)),
      );
  });
  const sentenceOf = new Set(document.sentences.map((s) => s.index));
  for (const statement of document.statements) expect(sentenceOf.has(statement.sentence)).toBe(true);
  // Every non-space character of a body block is in a sentence (exactly one: they are disjoint).
  for (const block of document.structure.blocks) {
    if (!isBodyBlock(block)) continue;
    for (let at = block.content.start; at < block.content.end; at++)
      if (!/\s/.test(text[at] ?? '') && covered[at] !== 1)
        throw new Error(`character ${at} (${JSON.stringify(text[at])}) of a body block is in no sentence`);
  }
}

/** The CSV of a table parses back to the very cells (formula-looking cells get their guard quote). */
function expectRoundTrip(table: { header: string[]; rows: unknown[][] }): void {
  const cells = table.rows.map((row) =>
    row.map((cell) => (cell === null || cell === undefined ? '' : String(cell))),
  );
  for (const excel of [false, true]) {
    const exact = parse(toCsv(table.header, table.rows as never, { excel, escapeFormulas: false }), {
      bom: true,
      relax_column_count: false,
    }) as string[][];
    expect(exact).toEqual([table.header, ...cells]);
  }
  const guarded = parse(toCsv(table.header, table.rows as never), { bom: true }) as string[][];
  guarded.slice(1).forEach((row, r) => {
    row.forEach((cell, c) => {
      const original = cells[r]?.[c] ?? '';
      if (cell !== original) expect(cell).toBe(`'${original}`);
    });
  });
}

// Text made of what summaries are made of, with the characters that trouble each stage.
const PIECES = [
  'The Japanese side explained its AI strategy. ',
  'The EU side raised concerns about data flows. ',
  'Both sides agreed to continue cooperation',
  'Japan and the EU ',
  'Mr. ',
  'e.g., ',
  'U.S. ',
  '5G. ',
  '(6G) ',
  '“quoted,” said Commissioner X. ',
  'Commissioner X said: ',
  '1. AI\n',
  '(1) Data\n',
  '• ',
  '・',
  '* ISAC: Information Sharing\n',
  'TEL: +81 3 5253 5920\n',
  'November 19, 2021\n',
  'Results of the 12th Japan-EU ICT Strategy Workshop\n',
  '日本側は、AIについて説明した。',
  'EU側は懸念を表明した。',
  '第5回',
  '=SUM(A1)',
  '-',
  '@',
  '"',
  ',',
  '\t',
  '\u00a0',
  '\u3000',
  '\r\n',
  '\r',
  '\n',
  '\n\n',
  '  ',
  '.',
  '?',
  '!',
  '。',
];
const pieces = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(
  { weight: 4, arbitrary: pieces },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
);
const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  anyText.map((text) => Uint8Array.from(Buffer.from(text, 'utf8'))),
);
const name = fc.constantFrom('doc.txt', 'doc.md', 'doc.html');

describe('the whole pipeline (property)', () => {
  it('random text: refused or analysed; offsets, coverage, tiling, determinism and CSV hold', () => {
    check(
      fc.property(anyText, name, (text, file) => {
        const bytes = Uint8Array.from(Buffer.from(text, 'utf8'));
        const document = analyze(file, bytes);
        if (!document) return;
        expectInvariants(document);
        const again = analyze(file, bytes);
        expect(JSON.stringify(again)).toBe(JSON.stringify(document));
        expectRoundTrip(sentencesTable([document]));
        expectRoundTrip(statementsTable([document]));
      }),
    );
  });

  it('random bytes: refused or analysed, and the invariants hold', () => {
    check(
      fc.property(anyBytes, name, (bytes, file) => {
        const document = analyze(file, bytes);
        if (document) expectInvariants(document);
      }),
      Math.max(50, RUNS / 2),
    );
  });
});
