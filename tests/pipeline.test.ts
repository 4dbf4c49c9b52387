// Every stage (reading, structure, sentences, statements, decisions) linear in the size of a
// document, whatever its shape: one paragraph of thousands of sentences, a line without spaces or
// stops, a flood of empty lines, HTML nested deep or full of scripts, styles, comments, CDATA and
// unclosed tags, Markdown of code blocks and tables. Each is analysed at n and 4n; the work on 4n
// stays within a generous multiple of the work on n (linear: 4x, quadratic: 16x). The sizes here
// are moderate; `node scripts/ingest-scale.mjs` runs them at megabytes.
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../src/codebook/load.js';
import { toSourceDocument } from '../src/ingest/read.js';
import { analyzeDocument } from '../src/pipeline.js';

const codebook = loadCodebook().compiled;
const TITLE = 'Results of the 1st Japan-EU Test Dialogue';
const SENTENCE = 'The Japanese side explained its AI strategy. ';

/** Analyses `text` as a file named `name`; the number of statements. */
const analyze = (name: string, text: string): number =>
  analyzeDocument(toSourceDocument(name, Buffer.from(text)), codebook).statements.length;

/** The fastest of two runs, in ms: noise on a shared machine only ever adds time. */
function fastest(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 2; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

// Warm the language models up once, so that the first case does not pay for their loading.
analyze('warm.txt', `${TITLE}\n\n${SENTENCE}`);

const HOSTILE: [string, string, (n: number) => string][] = [
  ['one paragraph of many sentences', 'p.txt', (n) => `${TITLE}\n\n${SENTENCE.repeat(n)}\n`],
  // Was quadratic: the pair-led meeting name pattern restarted at every capital after a dot.
  ['a line of capitals and stops', 'caps.txt', (n) => `${TITLE}\n\n${'A.'.repeat(20 * n)}\n`],
  ['a line without spaces or stops', 'line.txt', (n) => `${TITLE}\n\n${'a'.repeat(45 * n)}\n`],
  [
    'a flood of empty lines',
    'empty.txt',
    (n) => `${TITLE}\n\n${SENTENCE}${'\n'.repeat(40 * n)}${SENTENCE}\n`,
  ],
  [
    'a line of spaces between words',
    'spaces.txt',
    (n) => `${TITLE}\n\nJapan ${' '.repeat(45 * n)} explained.\n`,
  ],
  [
    'deeply nested HTML',
    'deep.html',
    (n) => `<h1>${TITLE}</h1>${'<div>'.repeat(4 * n)}<p>${SENTENCE}</p>${'</div>'.repeat(4 * n)}`,
  ],
  [
    'HTML with scripts, styles, comments, CDATA and unclosed tags',
    'mix.html',
    (n) =>
      `<h1>${TITLE}</h1>${'<script>var a = "<p>";</script><style>p{}</style><!-- <p> --><![CDATA[x]]><p><b>The EU side explained <i>data. '.repeat(n / 4)}`,
  ],
  [
    'Markdown with code blocks and tables',
    'mix.md',
    (n) =>
      `# ${TITLE}\n\n${`\`\`\`\ncode * with _ stars\n\`\`\`\n\n| a | b |\n|---|---|\n| *x* | [y](z) |\n\n${SENTENCE}\n\n`.repeat(n / 4)}`,
  ],
];

describe('every stage is linear in the size of a document, whatever its shape', () => {
  it.each(HOSTILE)('%s', (_name, file, make) => {
    const n = 500;
    let statements = 0;
    const small = fastest(() => analyze(file, make(n)));
    const large = fastest(() => {
      statements = analyze(file, make(4 * n));
    });
    expect(statements).toBeGreaterThanOrEqual(0);
    expect(large, `${small.toFixed(0)} ms for n, ${large.toFixed(0)} ms for 4n`).toBeLessThan(
      8 * Math.max(small, 20),
    );
  });

  // Was quadratic (2 s for 2,000 words, 28 s for 8,000): each clause cut read the rest of the
  // sentence; a sentence beyond 400 words is now read as one clause.
  it('one sentence of thousands of words without a stop', () => {
    const make = (n: number) => `${TITLE}\n\nThe EU side explained ${'data and AI and '.repeat(n)}5G.\n`;
    const small = fastest(() => analyze('run-on.txt', make(1_000)));
    const large = fastest(() => analyze('run-on.txt', make(4_000)));
    expect(large, `${small.toFixed(0)} ms for n, ${large.toFixed(0)} ms for 4n`).toBeLessThan(
      8 * Math.max(small, 20),
    );
  });

  it('one paragraph of 8,000 sentences gives 8,000 statements', () => {
    expect(analyze('p.txt', `${TITLE}\n\n${SENTENCE.repeat(8_000)}\n`)).toBe(8_000);
  });
});
