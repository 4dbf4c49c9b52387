// Time per character of the analysis, English against Japanese (issue 8: the Japanese code path is
// no slower per character than the English one). In one process, on the project's own blind
// sets: every document read once, then analysed repeatedly (at least 3 s per language, the
// language models warmed up first); CPU time per 1,000 characters of decoded text.
// Run after `npm run build`: node bench/languages.mjs  (exit 1 when Japanese is slower)
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCodebook } from '../dist/codebook/load.js';
import { readDocument } from '../dist/ingest/read.js';
import { analyzeDocument } from '../dist/pipeline.js';

const FIXTURES = 'tests/fixtures';
const codebook = loadCodebook().compiled;
const documents = { en: [], ja: [] };
for (const set of readdirSync(FIXTURES)
  .filter((s) => /^(en-|ja\d)/.test(s))
  .sort()) {
  for (const file of readdirSync(join(FIXTURES, set)).filter((f) => /\.(txt|html)$/.test(f))) {
    const doc = readDocument(join(FIXTURES, set, file));
    documents[set.startsWith('ja') ? 'ja' : 'en'].push(doc);
  }
}

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const results = {};
for (const [lang, docs] of Object.entries(documents)) {
  for (const doc of docs) analyzeDocument(doc, codebook); // warm up
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const statements = docs.reduce((n, d) => n + analyzeDocument(d, codebook).statements.length, 0);
  let rounds = 0;
  const start = cpu();
  while (cpu() - start < 3000 || rounds < 3) {
    for (const doc of docs) analyzeDocument(doc, codebook);
    rounds++;
  }
  const spent = cpu() - start;
  const perKchar = spent / ((rounds * chars) / 1000);
  results[lang] = perKchar;
  console.log(
    `${lang}: ${docs.length} documents, ${chars} characters, ${statements} statements, ${rounds} rounds: ` +
      `${perKchar.toFixed(3)} ms CPU per 1,000 characters, ${((1000 * spent) / (rounds * statements)).toFixed(0)} µs per statement`,
  );
}
const ratio = results.ja / results.en;
console.log(
  `ja / en per character: ${ratio.toFixed(2)} (target: at most 1; a Japanese character carries about three English ones)`,
);
process.exitCode = ratio <= 1 ? 0 : 1;
