// Scores every blind set of tests/fixtures against its gold, each document with the codebook its
// pair needs (japan-us ... from the file name, else the default): one line per set, lenient and
// strict (--preferred-only), and its meetings (the share of series, numbers and dates read right) where it has a gold
// for them. Run after `npm run build`: node scripts/evaluate-sets.mjs [set ...]
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';

const FIXTURES = 'tests/fixtures';
const PAIRS = { us: 'japan-us', uk: 'japan-uk', germany: 'japan-de', france: 'japan-fr' };
const isSet = (name) => /^(en-|ja\d|pair)/.test(name);
const sets = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(FIXTURES).filter(isSet).sort();

const scores = (dir, codebook, golds, strict, meetingsGold) => {
  const args = ['dist/cli.js', 'evaluate', dir, '--gold', ...golds, '--json'];
  if (meetingsGold) args.push('--meetings-gold', meetingsGold);
  if (codebook) args.push('--codebook', `codebooks/${codebook}.json`);
  if (strict) args.push('--preferred-only');
  return JSON.parse(execFileSync('node', args, { encoding: 'utf8' }));
};

for (const set of sets) {
  const dir = join(FIXTURES, set);
  const docs = readdirSync(dir).filter((f) => /\.(txt|md|html?)$/.test(f) && !/^README/.test(f));
  // One group of documents per codebook, each group in a folder of its own.
  const groups = new Map();
  for (const doc of docs) {
    const pair = /_japan-(us|uk|germany|france)-/.exec(doc)?.[1];
    const codebook = pair ? PAIRS[pair] : '';
    groups.set(codebook, [...(groups.get(codebook) ?? []), doc]);
  }
  const totals = {
    lenient: { n: 0, side: 0, stance: 0, topic: 0 },
    strict: { n: 0, side: 0, stance: 0, topic: 0 },
  };
  // Meetings: series, number and date all right, over the gold meeting rows of the set.
  const meetingsFile = ['meetings.csv', 'meetings.gold.csv']
    .map((name) => join(dir, 'gold', name))
    .find((file) => existsSync(file));
  const meetings = { rows: 0, right: 0 };
  for (const [codebook, group] of groups) {
    const tmp = mkdtempSync(join(tmpdir(), 'ds-sets-'));
    for (const doc of group) copyFileSync(join(dir, doc), join(tmp, doc));
    const golds = group.map((doc) => join(dir, 'gold', `${basename(doc, extname(doc))}.gold.csv`));
    for (const mode of ['lenient', 'strict']) {
      const json = scores(tmp, codebook, golds, mode === 'strict', mode === 'lenient' && meetingsFile);
      if (json.meetings) {
        // Fields (series, number, date) read right, over three fields per gold meeting.
        meetings.rows += 3 * json.meetings.rows;
        meetings.right += Math.round(json.meetings.accuracy * 3 * json.meetings.rows);
      }
      const total = totals[mode];
      total.n += json.statements;
      for (const field of ['side', 'stance', 'topic']) total[field] += json[field].correct;
    }
    rmSync(tmp, { recursive: true, force: true });
  }
  const line = (t) => ['side', 'stance', 'topic'].map((f) => `${f} ${(t[f] / t.n).toFixed(3)}`).join('  ');
  console.log(
    `${set.padEnd(16)} ${String(totals.lenient.n).padStart(4)} rows  lenient ${line(totals.lenient)}  |  strict ${line(totals.strict)}` +
      (meetings.rows > 0 ? `  |  meetings ${(meetings.right / meetings.rows).toFixed(2)}` : ''),
  );
}
