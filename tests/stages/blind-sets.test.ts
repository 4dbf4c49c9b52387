// The blind sets of other publishers, joint statements, first person, other pairs and Japanese
// releases (issues 8 and 9), against their gold: statements by accuracy, meetings row by row.
// Each set was written and hand-coded by someone who had seen neither the tool's output nor its
// code, and scored once before any fix (README, "How well does it generalise?"). A set at or above
// the project's targets is held to them; a set still below them is held to what the tool reaches
// today, so a change can only raise it (the README lists its known misses).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CompiledCodebook } from '../../src/codebook/compile.js';
import { loadCodebook } from '../../src/codebook/load.js';
import { evaluateMatches } from '../../src/evaluate/evaluate.js';
import { parseGold } from '../../src/evaluate/gold.js';
import { type GoldMatch, matchGold } from '../../src/evaluate/match.js';
import { readDocument } from '../../src/ingest/read.js';
import { analyzeDocument, statementRows } from '../../src/pipeline.js';
import type { DocumentMeeting } from '../../src/types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TARGET = { side: 0.95, stance: 0.93, topic: 0.95 };

const codebooks = new Map<string, CompiledCodebook>();
/** The codebook a document needs: the pair in its file name ("japan-us-..."), else the default. */
function codebookFor(file: string): CompiledCodebook {
  const pair = /_japan-(us|uk|germany|france)-/.exec(file)?.[1];
  const name = pair ? { us: 'japan-us', uk: 'japan-uk', germany: 'japan-de', france: 'japan-fr' }[pair] : '';
  let codebook = codebooks.get(name ?? '');
  if (!codebook) {
    codebook = loadCodebook(name ? join(ROOT, 'codebooks', `${name}.json`) : undefined).compiled;
    codebooks.set(name ?? '', codebook);
  }
  return codebook;
}

interface SetDocument {
  id: string;
  matches: GoldMatch[];
  meetings: DocumentMeeting[];
}

function blindSet(dir: string): SetDocument[] {
  return readdirSync(join(ROOT, dir))
    .filter((file) => /\.(txt|md|html)$/.test(file) && file !== 'README.md')
    .sort()
    .map((file) => {
      const id = basename(file, extname(file));
      const codebook = codebookFor(file);
      const analysed = analyzeDocument(readDocument(join(ROOT, dir, file)), codebook);
      const goldPath = join(dir, 'gold', `${id}.gold.csv`);
      const vocabulary = {
        sides: [...codebook.parties.map((p) => p.id), 'both', 'none'],
        topics: [...codebook.topics.map((t) => t.id), 'general'],
      };
      const gold = parseGold(readFileSync(join(ROOT, goldPath), 'utf8'), goldPath, vocabulary);
      const matches = matchGold(statementRows(analysed), gold);
      return { id, matches, meetings: analysed.structure.metadata.meetings };
    });
}

/** The gold meetings of a set: `gold/meetings.csv` or `gold/meetings.gold.csv` (doc,series,meeting,date,...). */
function goldMeetings(dir: string): { doc: string; key: string }[] {
  const folder = join(ROOT, dir, 'gold');
  const file = readdirSync(folder).find((f) => /^meetings(\.gold)?\.csv$/.test(f));
  if (!file) return [];
  const [, ...lines] = readFileSync(join(folder, file), 'utf8').trim().split(/\r?\n/);
  // Series names hold no commas or quotes in these sets.
  return lines.map((line) => {
    const [doc = '', series = '', meeting = '', date = ''] = line.split(',');
    return { doc, key: `${series}|${meeting}|${date}` };
  });
}

const meetingKey = (m: DocumentMeeting) => `${m.series}|${m.meeting ?? ''}|${m.date ?? ''}`;

/**
 * [set, floor of side, stance, topic accuracy (lenient), floor of meetings read right, most gold
 * snippets cut across two statements]: an unmatched snippet is a clause cut where the scheme has
 * none, and counts as a miss in the accuracies too.
 */
const SETS: [string, { side: number; stance: number; topic: number }, number, number?][] = [
  ['tests/fixtures/en-commission', { side: 0.95, stance: TARGET.stance, topic: TARGET.topic }, 1],
  ['tests/fixtures/en-joint', { side: TARGET.side, stance: TARGET.stance, topic: TARGET.topic }, 1],
  ['tests/fixtures/en-firstperson', { side: TARGET.side, stance: TARGET.stance, topic: 0.94 }, 0.88, 2],
  ['tests/fixtures/en-ministry', { side: 0.94, stance: TARGET.stance, topic: 0.94 }, 1],
  ['tests/fixtures/en-publishers2', { side: 0.93, stance: TARGET.stance, topic: 0.94 }, 0.7, 2],
  ['tests/fixtures/en-publishers3', TARGET, 1],
  // Topic 0.952 to 0.944 when "science and technology" became a research-standards term: this set's
  // coder wrote `general` for S&T meetings' procedural rows, eight other sets' coders did not.
  ['tests/fixtures/en-jointfirst2', { side: 0.87, stance: 0.92, topic: 0.94 }, 0.55],
  ['tests/fixtures/en-jointfirst4', { side: 0.94, stance: 0.97, topic: 0.91 }, 1, 1],
  ['tests/fixtures/en-publishers4', { side: TARGET.side, stance: TARGET.stance, topic: 0.92 }, 0.66],
  ['tests/fixtures/en-jointfirst3', { side: TARGET.side, stance: TARGET.stance, topic: 0.9 }, 1],
  ['tests/fixtures/ja1', TARGET, 1],
  ['tests/fixtures/ja2', TARGET, 1],
  ['tests/fixtures/ja3', TARGET, 0.8],
  ['tests/fixtures/ja4', TARGET, 1],
  ['tests/fixtures/pair-us', { side: 0.94, stance: TARGET.stance, topic: 0.93 }, 1],
  ['tests/fixtures/pair-uk', { side: TARGET.side, stance: TARGET.stance, topic: TARGET.topic }, 1],
  ['tests/fixtures/pair-de', { side: TARGET.side, stance: 0.94, topic: TARGET.topic }, 1],
  ['tests/fixtures/pair-fr', { side: TARGET.side, stance: TARGET.stance, topic: TARGET.topic }, 1],
  ['tests/fixtures/pairs2', { side: 0.94, stance: 0.94, topic: TARGET.topic }, 0.77],
  ['tests/fixtures/pairs3', { side: 0.92, stance: TARGET.stance, topic: TARGET.topic }, 0.77],
  // Round 5 (first run recorded in the README), fixed since.
  ['tests/fixtures/en-publishers5', { side: TARGET.side, stance: TARGET.stance, topic: 0.92 }, 0.8],
  ['tests/fixtures/en-jointfirst5', { side: TARGET.side, stance: TARGET.stance, topic: 0.91 }, 1],
  ['tests/fixtures/ja5', { side: TARGET.side, stance: TARGET.stance, topic: TARGET.topic }, 0.91, 1],
  // Round 6: en-publishers6 and en-jointfirst6 looked into; ja6 kept untouched until stop 24, when its
  // misses were read (a background 「…ことを受け」 it shares with ja10).
  // Topic 0.955 to 0.948 with "science and technology" as a term, as en-jointfirst2.
  ['tests/fixtures/en-publishers6', { side: TARGET.side, stance: TARGET.stance, topic: 0.94 }, 0.9, 1],
  ['tests/fixtures/en-jointfirst6', { side: TARGET.side, stance: TARGET.stance, topic: 0.92 }, 0.88],
  ['tests/fixtures/ja6', { side: TARGET.side, stance: TARGET.stance, topic: 0.94 }, 1],
  // Round 7: ja7 looked into; en-publishers7 and en-jointfirst7 kept untouched (held at their first run).
  ['tests/fixtures/ja7', { side: TARGET.side, stance: 0.97, topic: 0.94 }, 0.77],
  ['tests/fixtures/en-publishers7', { side: 0.93, stance: 0.93, topic: 0.9 }, 1, 3],
  ['tests/fixtures/en-jointfirst7', { side: 0.9, stance: 0.88, topic: 0.9 }, 0.77],
  // Round 8: all three looked into (round 7's English sets and ja6 stay the untouched ones).
  ['tests/fixtures/ja8', { side: 0.99, stance: 0.99, topic: 0.97 }, 0.6],
  ['tests/fixtures/en-publishers8', { side: TARGET.side, stance: TARGET.stance, topic: 0.96 }, 1],
  ['tests/fixtures/en-jointfirst8', { side: 0.93, stance: TARGET.stance, topic: TARGET.topic }, 0.77, 2],
  // Round 9 (first run at 7e96226, recorded in the README): all four looked into.
  ['tests/fixtures/en-publishers9', TARGET, 1],
  ['tests/fixtures/en-jointfirst9', { side: TARGET.side, stance: 0.94, topic: 0.91 }, 1, 1],
  ['tests/fixtures/ja9', TARGET, 1],
  ['tests/fixtures/pairs4', { side: TARGET.side, stance: TARGET.stance, topic: 0.92 }, 1],
  // Round 10 (first run at 8e270cd, recorded in the README): ja10 looked into; en-publishers10 and
  // en-jointfirst10 kept untouched (held at their first run).
  ['tests/fixtures/ja10', { side: 0.97, stance: 0.98, topic: 0.92 }, 1],
  ['tests/fixtures/en-publishers10', { side: 0.94, stance: 0.99, topic: 0.95 }, 0.88],
  ['tests/fixtures/en-jointfirst10', { side: 0.87, stance: 0.93, topic: 0.92 }, 0.77, 2],
  // Round 11 (first run at c5623c6, recorded in the README): all four looked into.
  ['tests/fixtures/en-publishers11', { side: 0.99, stance: 0.99, topic: TARGET.topic }, 1],
  ['tests/fixtures/en-jointfirst11', { side: 0.98, stance: 0.97, topic: 0.91 }, 1],
  ['tests/fixtures/ja11', TARGET, 1],
  ['tests/fixtures/pairs5', { side: TARGET.side, stance: TARGET.stance, topic: 0.94 }, 1],
];

describe.each(SETS)('blind set %s', (dir, floor, meetingsFloor, cutAcross = 0) => {
  const documents = blindSet(dir);

  it(`matches all but ${cutAcross} gold snippets to a statement`, () => {
    const unmatched = documents.flatMap((d) =>
      d.matches.filter((m) => m.status === 'unmatched').map((m) => `${d.id}: ${m.gold.snippet}`),
    );
    expect(unmatched.length, unmatched.join('\n')).toBeLessThanOrEqual(cutAcross);
  });

  it(`reaches side >= ${floor.side}, stance >= ${floor.stance}, topic >= ${floor.topic}`, () => {
    const report = evaluateMatches(documents.flatMap((d) => d.matches));
    expect(report.statements).toBeGreaterThanOrEqual(80);
    expect(report.side.accuracy).toBeGreaterThanOrEqual(floor.side);
    expect(report.stance.accuracy).toBeGreaterThanOrEqual(floor.stance);
    expect(report.topic.accuracy).toBeGreaterThanOrEqual(floor.topic);
  });

  it(`reads at least ${meetingsFloor} of its gold meetings (series, number, date) right`, () => {
    const gold = goldMeetings(dir);
    expect(gold.length).toBeGreaterThan(0);
    const read = new Map(documents.map((d) => [d.id, new Set(d.meetings.map(meetingKey))]));
    const right = gold.filter((g) => read.get(g.doc)?.has(g.key)).length;
    expect(right / gold.length).toBeGreaterThanOrEqual(meetingsFloor);
  });
});
