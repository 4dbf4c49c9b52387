// The review page without a browser: the data island it embeds (offsets, cues, explanations, gold
// snippets), the page's self-containment and determinism, and the `review` command.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { DOMINANCE_ORDER, dominantStance } from '../../src/aggregate/changes.js';
import { foldForMatch } from '../../src/evaluate/match.js';
import { runEvaluate } from '../../src/evaluate/run.js';
import { explainStatement } from '../../src/report/explanation.js';
import {
  buildReviewPage,
  cueSpans,
  jsonForScript,
  type ReviewData,
  reviewData,
  SNIPPET_MIN_WORDS,
  snippetSpan,
  wordSpans,
} from '../../src/report/review/index.js';
import { timelines } from '../../src/report/timelines.js';
import { type AnalysisResult, analyzeInputs, buildReports } from '../../src/run.js';
import { runCli } from '../helpers.js';

const SEED_ID = '2021-11-17_japan-eu-ict-strategy-workshop-12';
const root = mkdtempSync(join(tmpdir(), 'dialogue-stance-review-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const analyses = new Map<string, AnalysisResult>();
function analysed(...inputs: string[]): AnalysisResult {
  const key = inputs.join('\n');
  let result = analyses.get(key);
  if (!result) {
    result = analyzeInputs({ inputs });
    analyses.set(key, result);
  }
  return result;
}

/** The JSON island of a page, parsed. */
function island(html: string): ReviewData {
  const match = /<script type="application\/json" id="review-data">([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no data island');
  return JSON.parse(match[1]) as ReviewData;
}

const records = (csv: string) => parse(csv, { columns: true, bom: true }) as Record<string, string>[];
const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the data island of the seed', () => {
  const result = analysed('corpus');
  const data = reviewData(result);
  const document = result.documents[0];
  if (!document) throw new Error('no seed document');

  it('holds the documents as read, with their blocks, meetings and language', () => {
    expect(data.format).toBe('dialogue-stance-review');
    expect(data.documents).toHaveLength(1);
    const [doc] = data.documents;
    expect(doc).toMatchObject({ id: SEED_ID, lang: 'en', date: '2021-11-17', meetings: [0] });
    expect(doc?.text).toBe(document.source.text);
    expect(doc?.blocks).toEqual(
      document.structure.blocks.map((block) => [
        block.kind,
        block.span.start,
        block.span.end,
        block.level ?? 0,
      ]),
    );
    expect(data.meetings).toEqual([
      {
        series: 'Japan-EU ICT Strategy Workshop',
        meeting: 12,
        date: '2021-11-17',
        label: '2021-11-17 #12 Japan-EU ICT Strategy Workshop',
        column: '#12 2021',
      },
    ]);
  });

  it('has every statement of statements.csv at its offsets, with its coding', async () => {
    const rows = records((await buildReports(result, { inputs: ['corpus'] })).get('statements.csv') ?? '');
    expect(data.statements).toHaveLength(rows.length);
    expect(rows).toHaveLength(23);
    data.statements.forEach((statement, index) => {
      const row = rows[index];
      expect([statement.start, statement.end]).toEqual([Number(row?.start), Number(row?.end)]);
      expect(folded(data.documents[statement.doc]?.text.slice(statement.start, statement.end) ?? '')).toBe(
        row?.text,
      );
      expect([statement.side, statement.stance, statement.topic, statement.cue]).toEqual([
        row?.side,
        row?.stance,
        row?.topic,
        row?.cue,
      ]);
      expect(statement.topics.join(';')).toBe(row?.topics);
      expect([statement.sentence, statement.index]).toEqual([Number(row?.sentence), Number(row?.statement)]);
      expect(statement.counted ? '1' : '0').toBe(row?.counted);
    });
  });

  it('explains every statement in the words of explainStatement', () => {
    data.statements.forEach((statement, index) => {
      const lines = explainStatement(
        document.statements[index] as NonNullable<(typeof document.statements)[0]>,
      );
      expect(statement.why).toEqual([
        lines.side,
        lines.stance,
        lines.topic,
        ...(lines.cut ? [lines.cut] : []),
      ]);
    });
    expect(data.statements.every((statement) => statement.why.length >= 3)).toBe(true);
  });

  it('finds each cue inside its statement', () => {
    const text = document.source.text;
    for (const statement of data.statements) {
      if (statement.cue === '') {
        expect(statement.cueSpans).toEqual([]);
        continue;
      }
      expect(statement.cueSpans.length).toBeGreaterThan(0);
      for (const [start, end] of statement.cueSpans) {
        expect(start).toBeGreaterThanOrEqual(statement.start);
        expect(end).toBeLessThanOrEqual(statement.end);
      }
      expect(statement.cueSpans.map(([start, end]) => text.slice(start, end)).join(' ')).toBe(statement.cue);
    }
  });

  it('lists the parties, both and none with distinct tags, the four stances with their marks, and the topics', () => {
    expect(data.sides.map((side) => [side.id, side.abbr])).toEqual([
      ['japan', 'J'],
      ['eu', 'E'],
      ['both', 'B'],
      ['none', 'N'],
    ]);
    expect(data.stances.map((stance) => stance.mark)).toEqual(['●', '▲', '◆', '○']);
    expect(data.topics.at(-1)).toEqual({ id: 'general', label: 'general' });
    expect(data.topics.map((topic) => topic.id)).toEqual(
      expect.arrayContaining(['5g-6g', 'ai', 'data', 'platforms', 'cybersecurity']),
    );
  });

  it('has one statement raising issues, the one the browser test filters for', () => {
    const raised = data.statements.filter((statement) => statement.stance === 'raised_issues');
    expect(
      raised.map((statement) => folded(document.source.text.slice(statement.start, statement.end))),
    ).toEqual(['In response, the Japanese side raised issues with the EU bills.']);
  });
});

/**
 * The trends grid as the page's script counts it from the island (no filters, no corrections):
 * counted statements of a party or both, by meeting, topic and side, with the dominant stance.
 */
function gridOf(data: ReviewData): Map<string, { stance: string; statements: number }> {
  const counts = new Map<string, Record<string, number>>();
  for (const statement of data.statements) {
    const meeting = data.meetings[statement.meeting];
    if (!statement.counted || statement.side === 'none' || !meeting || meeting.column === null) continue;
    const key = JSON.stringify([
      meeting.series,
      meeting.meeting,
      meeting.date,
      statement.topic,
      statement.side,
    ]);
    const cell = counts.get(key) ?? {};
    cell[statement.stance] = (cell[statement.stance] ?? 0) + 1;
    counts.set(key, cell);
  }
  return new Map(
    [...counts].map(([key, cell]) => {
      let best = '';
      for (const stance of data.dominance) {
        if ((cell[stance] ?? 0) > (cell[best] ?? 0)) best = stance;
      }
      return [key, { stance: best, statements: Object.values(cell).reduce((a, b) => a + b, 0) }];
    }),
  );
}

describe('the trends grid the page draws', () => {
  it.each([
    ['the trends corpus', ['tests/fixtures/trends'], 'ja' as const],
    [
      'two releases of some meetings, Japanese counted',
      ['tests/fixtures/ja1', 'tests/fixtures/heldout'],
      'ja' as const,
    ],
    ['the same, English counted', ['tests/fixtures/ja1', 'tests/fixtures/heldout'], 'en' as const],
  ])(
    '%s: the cells, counts and dominant stances of trends.csv and changes.csv',
    async (_name, inputs, preferLang) => {
      const result = analysed(...inputs);
      const data = reviewData(result, { preferLang });
      const reports = await buildReports(result, { inputs, preferLang });
      expect(island(reports.get('review.html') ?? '')).toEqual(data);
      const statementRows = records(reports.get('statements.csv') ?? '');
      expect(data.statements.map((statement) => statement.counted)).toEqual(
        statementRows.map((row) => row.counted === '1'),
      );
      const trends = records(reports.get('trends.csv') ?? '');
      const cells = new Map<string, Record<string, number>>();
      for (const row of trends) {
        const key = JSON.stringify([
          row.series,
          row.meeting === '' ? null : Number(row.meeting),
          row.date || null,
          row.topic,
          row.side,
        ]);
        const cell = cells.get(key) ?? {};
        cell[row.stance ?? ''] = Number(row.statements);
        cells.set(key, cell);
      }
      const expected = new Map(
        [...cells].map(([key, counts]) => [
          key,
          {
            stance: dominantStance(counts) ?? '',
            statements: Object.values(counts).reduce((a, b) => a + b, 0),
          },
        ]),
      );
      const grid = gridOf(data);
      expect(grid.size).toBeGreaterThan(5);
      expect(Object.fromEntries(grid)).toEqual(Object.fromEntries(expected));
      if (inputs.length > 1) expect(data.statements.some((statement) => !statement.counted)).toBe(true);
    },
  );

  it('names the columns as trends.svg does: every counted meeting of a series, "#12 2021", in date order', async () => {
    const inputs = ['tests/fixtures/ja1', 'tests/fixtures/heldout'];
    const result = analysed(...inputs);
    const data = reviewData(result);
    const meetings = records((await buildReports(result, { inputs })).get('meetings.csv') ?? '').map(
      (row) => ({
        series: row.series ?? '',
        meeting: row.meeting ? Number(row.meeting) : null,
        date: row.date || null,
        doc: row.doc ?? '',
      }),
    );
    const expected = timelines(meetings).map(({ series, labels }) => [series, labels]);
    const bySeries = new Map<string, string[]>();
    for (const meeting of data.meetings) {
      if (meeting.column === null) continue;
      bySeries.set(meeting.series, [...(bySeries.get(meeting.series) ?? []), meeting.column]);
    }
    expect([...bySeries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(expected);
    expect(data.dominance).toEqual([...DOMINANCE_ORDER]);
  });
});

describe('gold snippets', () => {
  it.each([
    ['the seed', ['corpus']],
    ['a Japanese set', ['tests/fixtures/ja2']],
    ['hard-wrapped English', ['tests/fixtures/heldout3']],
  ])(
    '%s: unique in the folded document, inside the statement, the shortest from five words up',
    (_name, inputs) => {
      const result = analysed(...inputs);
      const data = reviewData(result);
      let checked = 0;
      for (const statement of data.statements) {
        const doc = data.documents[statement.doc];
        if (!doc) throw new Error('statement without document');
        const foldedDoc = foldForMatch(doc.text);
        const count = (needle: string) => foldedDoc.split(needle).length - 1;
        if (!statement.snippet) {
          // Only a statement whose whole text occurs again in the document has none.
          expect(count(foldForMatch(doc.text.slice(statement.start, statement.end)))).toBeGreaterThan(1);
          continue;
        }
        const [start, end] = statement.snippet;
        expect(start).toBeGreaterThanOrEqual(statement.start);
        expect(end).toBeLessThanOrEqual(statement.end);
        expect(count(foldForMatch(doc.text.slice(start, end)))).toBe(1);
        const words = wordSpans(doc.text, { start: statement.start, end: statement.end }, doc.lang);
        const first = words.findIndex((word) => word.start === start);
        const last = words.findIndex((word) => word.end === end);
        expect(first).toBeGreaterThanOrEqual(0);
        expect(last).toBeGreaterThanOrEqual(first);
        const length = last - first + 1;
        expect(length).toBeGreaterThanOrEqual(Math.min(SNIPPET_MIN_WORDS, words.length));
        // No shorter run (of at least the minimum) is unique.
        for (let shorter = Math.min(SNIPPET_MIN_WORDS, words.length); shorter < length; shorter++) {
          for (let at = 0; at + shorter <= words.length; at++) {
            const run = doc.text.slice(words[at]?.start, words[at + shorter - 1]?.end);
            expect(count(foldForMatch(run))).toBeGreaterThan(1);
          }
        }
        checked++;
      }
      expect(checked).toBeGreaterThan(data.statements.length * 0.95);
    },
  );

  it.each([
    ['the seed', 'corpus'],
    ['a Japanese set', 'tests/fixtures/ja2'],
  ])('%s: a gold file of every snippet with the tool’s coding scores 1 in evaluate', (_name, input) => {
    const data = reviewData(analysed(input));
    const lines = ['doc,snippet,side,stance,topic'];
    let rows = 0;
    for (const statement of data.statements) {
      const doc = data.documents[statement.doc];
      if (!statement.snippet || !doc) continue;
      const snippet = folded(doc.text.slice(...statement.snippet)).replace(/"/g, '""');
      lines.push(`${doc.id},"${snippet}",${statement.side},${statement.stance},${statement.topic}`);
      rows++;
    }
    const file = join(root, `snippets-${rows}.gold.csv`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const { report } = runEvaluate({ inputs: [input], gold: [file] });
    expect(report.statements).toBe(rows);
    expect(report.matched).toBe(rows);
    expect(report.ambiguous).toEqual([]);
    expect(report.unmatched).toEqual([]);
    expect([report.side.accuracy, report.stance.accuracy, report.topic.accuracy]).toEqual([1, 1, 1]);
  });

  it('takes the first shortest unique run, the whole statement when it is shorter than five words, and none when its text repeats', () => {
    const text =
      'Alpha beta gamma delta epsilon zeta. Alpha beta gamma delta epsilon eta. Short one. Same words here. Same words here.';
    const span = (words: string, from = 0) => {
      const start = text.indexOf(words, from);
      return { start, end: start + words.length };
    };
    const fold = foldForMatch(text);
    const first = span('Alpha beta gamma delta epsilon zeta.');
    expect(text.slice(...(snippetSpan(text, fold, first, 'en') ?? [0, 0]))).toBe(
      'beta gamma delta epsilon zeta.',
    );
    expect(text.slice(...(snippetSpan(text, fold, span('Short one.'), 'en') ?? [0, 0]))).toBe('Short one.');
    expect(
      snippetSpan(text, fold, span('Same words here.', text.indexOf('Same words here.') + 1), 'en'),
    ).toBeNull();
  });

  it('folds case, whitespace and curly quotes as evaluate does', () => {
    const text =
      'The EU side explained   its view on\nthe “Act”. the eu side explained its view on the "act" again.';
    const statement = { start: 0, end: text.indexOf('. ') + 1 };
    const snippet = snippetSpan(text, foldForMatch(text), statement, 'en');
    expect(snippet).not.toBeNull();
    // Folded (case, spaces, line break, curly quotes), the runs before it occur twice; this one's
    // closing period does not follow "act" in the second sentence.
    expect(text.slice(...(snippet ?? [0, 0]))).toBe('its view on\nthe “Act”.');
  });
});

describe('cueSpans', () => {
  it.each([
    ['The Japanese side raised issues with it.', 'raised issues', ['raised issues']],
    ['Both sides did not agree on it.', 'did not agree', ['did not agree']],
    ['Japan Raised several Issues.', 'raised ... issues', ['Raised', 'Issues']],
    ['It was noted.', '', []],
    ['EU側から説明があった。', '説明', ['説明']],
  ])('%s / cue %j', (text, cue, expected) => {
    expect(
      cueSpans(text, { start: 0, end: text.length }, cue).map(([start, end]) => text.slice(start, end)),
    ).toEqual(expected);
  });
});

describe('the page', () => {
  const html = buildReviewPage(analysed('corpus'));

  it('is one self-contained UTF-8 file: inline style and script, no address to fetch', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(html).not.toMatch(/<script[^>]+src=/);
    for (const [, value] of html.matchAll(/\s(?:src|href|action|poster|srcset)="([^"]*)"/g)) {
      expect(value).toMatch(/^(#|data:)/);
    }
    expect(html).not.toMatch(/url\(|@import/);
    // The only address is the SVG namespace the script names its elements with.
    expect([...html.matchAll(/https?:\/\/[^\s"'`)]+/g)].map((match) => match[0])).toEqual([
      'http://www.w3.org/2000/svg',
    ]);
  });

  it('embeds the island the data builder makes, and states its legend and shortcuts in text', () => {
    expect(island(html)).toEqual(reviewData(analysed('corpus')));
    for (const words of [
      'Legend',
      'raised issues',
      '▲',
      'Underlined: the cue',
      'Keyboard',
      'Download gold CSV',
    ]) {
      expect(html).toContain(words);
    }
    expect(html).toContain('<label for="f-stance">Stance</label>');
    expect(html).toContain('only statements a coder changed');
  });

  it('is the same bytes for the same corpus, and its fingerprint follows the documents', () => {
    expect(buildReviewPage(analyzeInputs({ inputs: ['corpus'] }))).toBe(html);
    const dir = mkdtempSync(join(root, 'changed-'));
    const seed = readFileSync(`corpus/${SEED_ID}.txt`, 'utf8');
    writeFileSync(join(dir, `${SEED_ID}.txt`), seed.replace('twice a year', 'three times a year'));
    expect(reviewData(analyzeInputs({ inputs: [dir] })).fingerprint).not.toBe(island(html).fingerprint);
    expect(island(html).fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps markup in a document as text: the island cannot close its script element', () => {
    const dir = mkdtempSync(join(root, 'markup-'));
    writeFileSync(
      join(dir, 'tricky.txt'),
      'Results of the 3rd Japan-EU Test Dialogue\n\nThe EU side explained </script><script>alert(1)</script> and <!-- this -->.\n\nThe Japanese side raised issues with the line separator \u2028 here.\n',
    );
    const page = buildReviewPage(analyzeInputs({ inputs: [dir] }));
    const data = island(page);
    expect(data.documents[0]?.text).toContain('</script><script>alert(1)</script>');
    expect(data.documents[0]?.text).toContain('\u2028');
    expect(page.match(/<\/script>/g)).toHaveLength(2); // the island's and the script's own
    expect(page).not.toContain('<!-- this');
    expect(jsonForScript({ a: '</script>\u2028' })).toBe('{"a":"\\u003c/script>\\u2028"}');
  });

  it('grows with the corpus: a fixed part and about 0.6 KB per statement, text included', () => {
    const seed = Buffer.byteLength(html);
    const sets = analysed('tests/fixtures/heldout8');
    const larger = Buffer.byteLength(buildReviewPage(sets));
    const statements = sets.documents.reduce((n, d) => n + d.statements.length, 0);
    const perStatement = (larger - seed) / (statements - 23);
    expect(seed).toBeLessThan(80_000);
    expect(perStatement).toBeGreaterThan(300);
    expect(perStatement).toBeLessThan(900);
  });
});

describe('review command and analyze', () => {
  it('review <inputs> --out FILE writes the page analyze writes as review.html', async () => {
    const out = join(root, 'pages', 'seed.html');
    const result = await runCli('review', 'corpus', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`dialogue-stance: 1 documents, 23 statements -> ${out}\n`);
    const reports = await buildReports(analysed('corpus'), { inputs: ['corpus'] });
    expect(readFileSync(out, 'utf8')).toBe(reports.get('review.html'));
    expect(readdirSync(join(root, 'pages'))).toEqual(['seed.html']);
  });

  it('review without --out or inputs is a usage error', async () => {
    expect((await runCli('review', 'corpus')).code).not.toBe(0);
    expect((await runCli('review', '--out', join(root, 'x.html'))).code).not.toBe(0);
  });

  it('review of a missing input is one error line, exit 2, no file', async () => {
    const out = join(root, 'missing.html');
    const result = await runCli('review', join(root, 'nothing-here.txt'), '--out', out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^dialogue-stance: .+\n$/);
    expect(readdirSync(root)).not.toContain('missing.html');
  });

  it('the build copies every asset of the page to dist/', () => {
    const assets = readdirSync('src/report/review').filter((name) => !name.endsWith('.ts'));
    expect(assets.sort()).toEqual(['client.js', 'review.css']);
    const script = readFileSync('scripts/copy-assets.mjs', 'utf8');
    for (const asset of assets) expect(script).toContain(`report/review/${asset}`);
  });
});

describe('review --prefer-lang', () => {
  it('counts the English release of a meeting reported in both languages when told to', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ds-review-lang-'));
    try {
      const counted = async (lang: string) => {
        const out = join(dir, `${lang}.html`);
        const run = await runCli(
          'review',
          'corpus',
          'tests/fixtures/ja2',
          '--out',
          out,
          '--prefer-lang',
          lang,
        );
        expect(run.code).toBe(0);
        const data = island(readFileSync(out, 'utf8'));
        const seed = data.documents.findIndex((d) => d.id === '2021-11-17_japan-eu-ict-strategy-workshop-12');
        const own = data.statements.filter((s) => s.doc === seed);
        expect(own.length).toBeGreaterThan(0);
        return own.every((s) => s.counted);
      };
      expect(await counted('en')).toBe(true);
      expect(await counted('ja')).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
