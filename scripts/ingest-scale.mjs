// Ingestion at corpus scale, measured: `npm run build && node scripts/ingest-scale.mjs [--full]`.
// Makes, in a temporary folder, 100,000 tiny files, a 50 MB text, HTML and Markdown file, and
// deeply nested markup; prints the time and peak memory of reading them (and, with --full, of the
// whole `analyze` run through the built CLI, measured by /usr/bin/time when it is there).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocument, readInputs } from '../dist/ingest/read.js';

const root = mkdtempSync(join(tmpdir(), 'dialogue-stance-scale-'));
const full = process.argv.includes('--full');
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

try {
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
} finally {
  rmSync(root, { recursive: true, force: true });
}
