// Ingestion at corpus scale, measured: `npm run build && node scripts/ingest-scale.mjs [--full |
// --analyze]` (--analyze: only the hostile shapes through every stage).
// Makes, in a temporary folder, 100,000 tiny files, a 50 MB text, HTML and Markdown file, and
// deeply nested markup; prints the time and peak memory of reading them, then of analysing
// (every stage) documents of hostile shapes at about 1 MB each, with seconds per MB (and, with
// --full, of the whole `analyze` run through the built CLI, measured by /usr/bin/time when it is
// there).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCodebook } from '../dist/codebook/load.js';
import { readDocument, readInputs, toSourceDocument } from '../dist/ingest/read.js';
import { analyzeDocument } from '../dist/pipeline.js';

const root = mkdtempSync(join(tmpdir(), 'dialogue-stance-scale-'));
const full = process.argv.includes('--full');
const analyzeOnly = process.argv.includes('--analyze');
const MB = 2 ** 20;

const PARAGRAPH =
  'The Japanese side explained its policy on artificial intelligence, and the EU side raised issues with data flows. ';

function measure(name, run) {
  globalThis.gc?.();
  const before = process.memoryUsage().rss;
  const start = performance.now();
  const detail = run();
  const seconds = (performance.now() - start) / 1000;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(
    `${name.padEnd(44)} ${seconds.toFixed(2).padStart(7)} s   rss +${((process.memoryUsage().rss - before) / MB).toFixed(0).padStart(5)} MB   peak ${(peak / MB).toFixed(0)} MB   ${detail ?? ''}`,
  );
}

function cli(name, args) {
  if (!full) return;
  const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', '%e s %M KB'] : [];
  const command = [...time, process.execPath, 'dist/cli.js', ...args];
  const result = spawnSync(command[0], command.slice(1), { encoding: 'utf8', maxBuffer: 256 * MB });
  const measured = /([\d.]+) s (\d+) KB\s*$/.exec(result.stderr ?? '');
  const said = (result.stderr ?? '').split('\n').filter((line) => line.startsWith('dialogue-stance:'));
  console.log(
    `${`analyze (CLI): ${name}`.padEnd(44)} ${
      measured
        ? `${Number(measured[1]).toFixed(2).padStart(7)} s   peak ${(Number(measured[2]) / 1024).toFixed(0)} MB`
        : ''
    }   exit ${result.status}: ${said.at(-1) ?? ''}`,
  );
}

function readingAtScale() {
  // 100,000 tiny files in 100 folders.
  const tiny = join(root, 'tiny');
  for (let folder = 0; folder < 100; folder++) {
    mkdirSync(join(tiny, `f${folder}`), { recursive: true });
    for (let file = 0; file < 1000; file++)
      writeFileSync(
        join(tiny, `f${folder}`, `doc-${folder}-${file}.txt`),
        `Results of the ${file + 1}th Japan-EU Test Dialogue\n\n${PARAGRAPH}\n`,
      );
  }
  measure('100,000 tiny files: list + read + decode', () => {
    const { documents, refused } = readInputs([tiny]);
    return `${documents.length} documents, ${refused.length} refused`;
  });

  // One 50 MB document in each format.
  const paragraphs = Math.ceil((50 * MB) / (PARAGRAPH.length + 2));
  const big = join(root, 'big');
  mkdirSync(big);
  writeFileSync(
    join(big, 'big.txt'),
    `Results of the 1st Big Dialogue\n\n${`${PARAGRAPH}\n\n`.repeat(paragraphs)}`,
  );
  writeFileSync(
    join(big, 'big.html'),
    `<h1>Results</h1>${`<p>${PARAGRAPH}<!-- c --></p><script>x()</script>`.repeat(paragraphs * 0.8)}`,
  );
  writeFileSync(
    join(big, 'big.md'),
    `# Results\n\n${`${PARAGRAPH} **bold** [link](x)\n\n`.repeat(paragraphs * 0.8)}`,
  );
  for (const name of ['big.txt', 'big.html', 'big.md'])
    measure(
      `50 MB ${name}: read + decode + extract`,
      () => `${readDocument(join(big, name)).text.length} chars`,
    );

  // Deep nesting, as one file each.
  const deep = join(root, 'deep');
  mkdirSync(deep);
  writeFileSync(
    join(deep, 'deep.html'),
    `${'<div>'.repeat(1_000_000)}Japan explained.${'</div>'.repeat(1_000_000)}`,
  );
  writeFileSync(join(deep, 'deep.md'), `${'> '.repeat(1_000_000)}Japan explained.\n`);
  for (const name of ['deep.html', 'deep.md'])
    measure(`1,000,000 deep ${name}`, () => `${readDocument(join(deep, name)).text.length} chars`);

  cli('100,000 tiny files', [tiny, '--out', join(root, 'out-tiny')]);
  cli('50 MB .txt', [join(big, 'big.txt'), '--out', join(root, 'out-big')]);
}

function analysisAtScale() {
  // Every stage, on documents of hostile shapes of about 1 MB each (tests/pipeline.test.ts runs
  // the same shapes small, for linearity).
  const codebook = loadCodebook().compiled;
  const TITLE = 'Results of the 1st Japan-EU Test Dialogue';
  const SENTENCE = 'The Japanese side explained its AI strategy. ';
  const shapes = [
    ['8,000-sentence paragraph (x3)', 'p.txt', `${TITLE}\n\n${SENTENCE.repeat(24_000)}\n`],
    ['1 MB line without spaces', 'line.txt', `${TITLE}\n\n${'a'.repeat(MB)}\n`],
    ['100,000 empty lines', 'empty.txt', `${TITLE}\n\n${SENTENCE}${'\n'.repeat(100_000)}${SENTENCE}\n`],
    ['1 MB line of capitals and stops', 'caps.txt', `${TITLE}\n\n${'A.'.repeat(MB / 2)}\n`],
    ['1 MB line of spaces', 'spaces.txt', `${TITLE}\n\nJapan ${' '.repeat(MB)} explained.\n`],
    ['200,000 nested divs', 'deep.html', `<h1>${TITLE}</h1>${'<div>'.repeat(200_000)}<p>${SENTENCE}</p>`],
    [
      'HTML: scripts, styles, comments, CDATA, unclosed',
      'mix.html',
      `<h1>${TITLE}</h1>${'<script>var a = "<p>";</script><style>p{}</style><!-- <p> --><![CDATA[x]]><p><b>The EU side explained <i>data. '.repeat(8_000)}`,
    ],
    [
      'Markdown: code blocks and tables',
      'mix.md',
      `# ${TITLE}\n\n${`\`\`\`\ncode * with _ stars\n\`\`\`\n\n| a | b |\n|---|---|\n| *x* | [y](z) |\n\n${SENTENCE}\n\n`.repeat(10_000)}`,
    ],
  ];
  analyzeDocument(toSourceDocument('warm.txt', Buffer.from(`${TITLE}\n\n${SENTENCE}`)), codebook);
  for (const [name, file, text] of shapes) {
    const size = Buffer.byteLength(text) / MB;
    const start = performance.now();
    measure(`analyze ${name}`, () => {
      const { statements } = analyzeDocument(toSourceDocument(file, Buffer.from(text)), codebook);
      const seconds = (performance.now() - start) / 1000;
      return `${size.toFixed(2)} MB, ${statements.length} statements, ${(seconds / size).toFixed(2)} s/MB`;
    });
  }
}

try {
  if (!analyzeOnly) readingAtScale();
  analysisAtScale();
} finally {
  rmSync(root, { recursive: true, force: true });
}
