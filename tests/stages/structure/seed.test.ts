import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../../src/codebook/load.js';
import { parseGold } from '../../../src/evaluate/gold.js';
import { readDocument } from '../../../src/ingest/read.js';
import { analyzeDocument } from '../../../src/pipeline.js';
import { isFurniture } from '../../../src/stages/structure/index.js';
import type { AnalyzedDocument } from '../../../src/types.js';

const SEED_ID = '2021-11-17_japan-eu-ict-strategy-workshop-12';
const repo = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

const codebook = loadCodebook().compiled;
const analyze = (path: string): AnalyzedDocument => analyzeDocument(readDocument(repo(path)), codebook);

const seed = analyze(`corpus/${SEED_ID}.txt`);
const slice = (document: AnalyzedDocument, span: { start: number; end: number }): string =>
  document.source.text.slice(span.start, span.end);

const MAJOR = 'Major achievements of the 12th Japan-EU ICT Strategy Workshop';
const AGENDA = ['5G/Beyond 5G (6G)', 'AI', 'Data', 'Platform', 'Cybersecurity'];

describe('the seed summary (.txt)', () => {
  it('metadata: meeting 12 of the Japan-EU ICT Strategy Workshop, held 2021-11-17, released 2021-11-19', () => {
    expect(seed.structure.metadata).toEqual({
      title: 'Results of 12th Japan-EU ICT Strategy Workshop',
      series: 'Japan-EU ICT Strategy Workshop',
      meeting: 12,
      date: '2021-11-17',
      releaseDate: '2021-11-19',
      publisher: 'japan',
      meetings: [
        {
          series: 'Japan-EU ICT Strategy Workshop',
          named: 'Japan-EU ICT Strategy Workshop',
          meeting: 12,
          date: '2021-11-17',
          section: null,
        },
      ],
      extra: {},
    });
  });

  it('has 19 body sentences', () => {
    expect(seed.sentences).toHaveLength(19);
    expect(seed.sentences.map((s) => s.index)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });

  it('has the 5 agenda sections, named as in the text, under the unnumbered heading', () => {
    expect(seed.structure.sections.map((s) => [s.heading, s.marker, s.level, s.parent])).toEqual([
      [MAJOR, '', 1, null],
      ...AGENDA.map((heading, i) => [heading, `${i + 1}.`, 2, 0]),
    ]);
  });

  it('puts each sentence in its section', () => {
    const sectionOf = seed.sentences.map((s) =>
      s.section === null ? '' : seed.structure.sections[s.section]?.heading,
    );
    expect(sectionOf).toEqual([
      '',
      '',
      '',
      '',
      MAJOR,
      '5G/Beyond 5G (6G)',
      '5G/Beyond 5G (6G)',
      'AI',
      'AI',
      'AI',
      'AI',
      'Data',
      'Platform',
      'Platform',
      'Platform',
      'Cybersecurity',
      'Cybersecurity',
      'Cybersecurity',
      'Cybersecurity',
    ]);
  });

  it('files the two-line ISAC gloss as one footnote and the 4 contact lines as contact: furniture 5', () => {
    const furniture = seed.structure.blocks.filter(isFurniture).map((b) => [b.kind, slice(seed, b.span)]);
    expect(furniture).toEqual([
      ['footnote', '• *\n    ISAC: Information Sharing and Analysis Center'],
      [
        'contact',
        'For further information about this press release, please fill in the inquiry form and submit it to MIC on the website',
      ],
      ['contact', 'Global Strategy Division, Global Strategy Bureau, MIC'],
      ['contact', 'TEL: +81 3 5253 5920'],
      ['contact', 'FAX: +81 3 5253 5924'],
    ]);
  });

  it('keeps the title line, the headings and the furniture out of the sentences', () => {
    const texts = seed.sentences.map((s) => s.text);
    for (const word of ['Results of 12th', 'ISAC: Information', 'TEL:', 'Global Strategy Division']) {
      expect(texts.filter((text) => text.includes(word))).toEqual([]);
    }
    expect(texts.at(-1)).toBe(
      'This workshop is usually held twice a year, and the EU will host the next one in the spring of next year.',
    );
  });

  it('does not split at "e.g.," or "(version 2.0)" or "(6G)"', () => {
    const texts = seed.sentences.map((s) => s.text);
    expect(
      texts.filter((t) => /e\.g\.,|version 2\.0|\(GDPR\)\.$/.test(t)).map((t) => t.slice(0, 40)),
    ).toEqual([
      'The Japanese side explained the results ',
      'The Japanese side explained the possibil',
      'The Japanese side explained Japan’s ICT ',
    ]);
  });

  describe('every gold snippet lies inside one sentence', () => {
    const file = repo(`corpus/gold/${SEED_ID}.gold.csv`);
    const gold = parseGold(readFileSync(file, 'utf8'), file);
    const fold = (text: string): string =>
      text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
    const sentences = seed.sentences.map((s) => fold(s.text));

    it('the gold file is the seed’s, 24 rows', () => {
      expect(gold).toHaveLength(24);
      expect(new Set(gold.map((row) => row.doc))).toEqual(new Set([SEED_ID]));
    });

    it.each(gold.map((row) => [row.snippet]))('%s', (snippet) => {
      const holding = sentences.filter((sentence) => sentence.includes(fold(snippet)));
      expect(holding).toHaveLength(1);
    });
  });
});

describe('HTML and Markdown renditions of the seed give the same analysis', () => {
  const outline = (document: AnalyzedDocument) =>
    document.structure.sections.map((s) => [s.heading, s.marker, s.level, s.parent]);
  const sentences = (document: AnalyzedDocument) => document.sentences.map((s) => [s.text, s.section]);
  const furniture = (document: AnalyzedDocument) =>
    document.structure.blocks.filter(isFurniture).map((b) => b.kind);

  it.each<[string]>([['tests/fixtures/ingest/summary.html'], ['tests/fixtures/ingest/summary.md']])(
    '%s',
    (path) => {
      const rendition = analyze(path);
      expect(rendition.structure.metadata).toEqual(seed.structure.metadata);
      expect(outline(rendition)).toEqual(outline(seed));
      expect(sentences(rendition)).toEqual(sentences(seed));
      expect(furniture(rendition)).toEqual(['footnote', 'contact', 'contact', 'contact', 'contact']);
      // Offsets point into the extracted text.
      for (const sentence of rendition.sentences) {
        expect(slice(rendition, sentence.span).replace(/\s+/g, ' ')).toBe(sentence.text);
      }
    },
  );
});
