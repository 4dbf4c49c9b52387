import { describe, expect, it } from 'vitest';
import { toSourceDocument } from '../../../src/ingest/read.js';
import { segmentSentences } from '../../../src/stages/sentences.js';
import { analyzeStructure } from '../../../src/stages/structure/index.js';
import type { BlockKind, DocumentMetadata } from '../../../src/types.js';

const doc = (...lines: string[]): string => `${lines.join('\n')}\n`;

function analyze(text: string, path = 'doc.txt') {
  const source = toSourceDocument(path, Buffer.from(text));
  const structure = analyzeStructure(source);
  return { source, structure, sentences: segmentSentences(source.text, structure).map((s) => s.text) };
}

type Dates = Pick<DocumentMetadata, 'date' | 'releaseDate'>;

const dates = (text: string, path?: string): Dates => {
  const { metadata } = analyze(text, path).structure;
  return { date: metadata.date, releaseDate: metadata.releaseDate };
};

describe('release date and title from the front matter', () => {
  it.each<[string, string, BlockKind[], string, string | null]>([
    [
      'release date first on the title line',
      doc('November 19, 2021 Results of 12th Japan-EU ICT Strategy Workshop', '', 'The two sides met.'),
      ['title', 'paragraph'],
      'Results of 12th Japan-EU ICT Strategy Workshop',
      '2021-11-19',
    ],
    [
      'dateline on its own line before the title',
      doc(
        'March 6, 2025',
        '',
        'Results of the 16th Japan-EU ICT Strategy Workshop',
        '',
        'The two sides met.',
      ),
      ['dateline', 'title', 'paragraph'],
      'Results of the 16th Japan-EU ICT Strategy Workshop',
      '2025-03-06',
    ],
    [
      'dateline on the line right after the title',
      doc('Outcomes of the 22nd Japan-EU ICT Policy Dialogue', 'May 20, 2016', '', 'The two sides met.'),
      ['title', 'dateline', 'paragraph'],
      'Outcomes of the 22nd Japan-EU ICT Policy Dialogue',
      '2016-05-20',
    ],
    [
      'dateline after the title and a blank line',
      doc('Outcomes of the 22nd Japan-EU ICT Policy Dialogue', '', 'May 20, 2016', '', 'The two sides met.'),
      ['title', 'dateline', 'paragraph'],
      'Outcomes of the 22nd Japan-EU ICT Policy Dialogue',
      '2016-05-20',
    ],
    [
      'dateline with a weekday',
      doc(
        'Friday, November 19, 2021',
        '',
        'Results of the 12th Japan-EU ICT Strategy Workshop',
        '',
        'They met.',
      ),
      ['dateline', 'title', 'paragraph'],
      'Results of the 12th Japan-EU ICT Strategy Workshop',
      '2021-11-19',
    ],
    [
      'numeric dateline',
      doc('2021/11/19', '', 'Results of the 12th Japan-EU ICT Strategy Workshop', '', 'They met.'),
      ['dateline', 'title', 'paragraph'],
      'Results of the 12th Japan-EU ICT Strategy Workshop',
      '2021-11-19',
    ],
    [
      'no release date',
      doc('Results of the 12th Japan-EU ICT Strategy Workshop', '', 'The two sides met.'),
      ['title', 'paragraph'],
      'Results of the 12th Japan-EU ICT Strategy Workshop',
      null,
    ],
  ])('%s', (_name, text, kinds, title, releaseDate) => {
    const { structure, sentences } = analyze(text);
    expect(structure.blocks.map((b) => b.kind)).toEqual(kinds);
    expect(structure.metadata.title).toBe(title);
    expect(structure.metadata.releaseDate).toBe(releaseDate);
    // Neither the dateline nor the title is a body sentence.
    expect(sentences).toEqual([text.trim().split('\n').at(-1)]);
  });

  it.each<[string, string, string]>([
    [
      'HTML: dateline <p> before the <h1>',
      'doc.html',
      '<p class="release-date">October 11, 2023</p><h1>Results of the 2nd Japan-EU Digital Partnership Council</h1><p>They met.</p>',
    ],
    [
      'Markdown: dateline paragraph after the # title',
      'doc.md',
      doc(
        '# Results of the 2nd Japan-EU Digital Partnership Council',
        '',
        'October 11, 2023',
        '',
        'They met.',
      ),
    ],
  ])('%s', (_name, path, text) => {
    const { structure, sentences } = analyze(text, path);
    expect(structure.metadata.title).toBe('Results of the 2nd Japan-EU Digital Partnership Council');
    expect(structure.metadata.releaseDate).toBe('2023-10-11');
    expect(sentences).toEqual(['They met.']);
  });
});

describe('meeting date from the body', () => {
  const released = (release: string, body: string) =>
    doc(`${release} Results of the 12th Japan-EU ICT Strategy Workshop`, '', body);

  it.each<[string, string, Dates]>([
    [
      'weekday and no year: the release year',
      released(
        'November 19, 2021',
        'MIC held the 12th Japan-EU ICT Strategy Workshop on Wednesday, November 17.',
      ),
      { date: '2021-11-17', releaseDate: '2021-11-19' },
    ],
    [
      'no year, would fall after the release: the year before',
      released('January 5, 2022', 'The workshop was held on Wednesday, December 29.'),
      { date: '2021-12-29', releaseDate: '2022-01-05' },
    ],
    [
      'no year, same day as the release',
      released('January 5, 2022', 'The workshop was held on Wednesday, January 5.'),
      { date: '2022-01-05', releaseDate: '2022-01-05' },
    ],
    [
      'day first: "on 10 October 2023"',
      released('October 11, 2023', 'The council met on 10 October 2023 in Tokyo.'),
      { date: '2023-10-10', releaseDate: '2023-10-11' },
    ],
    [
      '"from March 3 to 4, 2023": the first day',
      released('March 6, 2023', 'The workshop was held from March 3 to 4, 2023 in Brussels.'),
      { date: '2023-03-03', releaseDate: '2023-03-06' },
    ],
    [
      '"March 3 and 4, 2023": the first day',
      released('March 6, 2023', 'The workshop was held on March 3 and 4, 2023 in Brussels.'),
      { date: '2023-03-03', releaseDate: '2023-03-06' },
    ],
    [
      'ordinal day "21st"',
      released('November 24, 2021', 'The workshop was held on November 21st, 2021.'),
      { date: '2021-11-21', releaseDate: '2021-11-24' },
    ],
    [
      'ordinal day "22nd" without a year',
      released('November 24, 2021', 'The workshop was held on Monday, November 22nd.'),
      { date: '2021-11-22', releaseDate: '2021-11-24' },
    ],
    [
      'ordinal day "3rd"',
      released('March 6, 2023', 'The workshop was held on March 3rd, 2023.'),
      { date: '2023-03-03', releaseDate: '2023-03-06' },
    ],
    [
      'year given in full wins over the release year',
      released('January 5, 2022', 'The workshop was held on December 29, 2020.'),
      { date: '2020-12-29', releaseDate: '2022-01-05' },
    ],
    [
      'no date in the body',
      released('January 5, 2022', 'The two sides met.'),
      { date: null, releaseDate: '2022-01-05' },
    ],
    [
      'no year and no release date: unknown',
      doc('Results of the 12th Japan-EU ICT Strategy Workshop', '', 'It was held on Wednesday, November 17.'),
      { date: null, releaseDate: null },
    ],
  ])('%s', (_name, text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it('a date in a heading, gloss or contact line is not the meeting date', () => {
    const text = doc(
      'November 19, 2021 Results of 12th Japan-EU ICT Strategy Workshop',
      '',
      'Schedule of October 1, 2021',
      '',
      'The workshop was held on Wednesday, November 17.',
      '',
      '* GDPR: General Data Protection Regulation of April 27, 2016',
    );
    expect(dates(text)).toEqual({ date: '2021-11-17', releaseDate: '2021-11-19' });
  });
});

describe('series and meeting number', () => {
  it.each<[string, string, string, number | null]>([
    [
      'ordinal "12th" in the title',
      doc('November 19, 2021 Results of 12th Japan-EU ICT Strategy Workshop', '', 'They met.'),
      'Japan-EU ICT Strategy Workshop',
      12,
    ],
    [
      'ordinal "21st"',
      doc('June 11, 2015 Results of the 21st Japan-EU ICT Policy Dialogue', '', 'They met.'),
      'Japan-EU ICT Policy Dialogue',
      21,
    ],
    [
      'ordinal "22nd"',
      doc('Outcomes of the 22nd Japan-EU ICT Policy Dialogue', 'May 20, 2016', '', 'They met.'),
      'Japan-EU ICT Policy Dialogue',
      22,
    ],
    [
      'a quoted name',
      doc('Holding of the "24th Japan-EU ICT Policy Dialogue"', '', 'They met.'),
      'Japan-EU ICT Policy Dialogue',
      24,
    ],
    [
      'the number after the name',
      doc('Results of “Japan-EU ICT Policy Dialogue” (25th)', '', 'They met.'),
      'Japan-EU ICT Policy Dialogue',
      25,
    ],
    [
      'a publisher and a bureau line above the title, no number',
      doc(
        'December 9, 2022',
        'Global Strategy Bureau',
        '',
        'Results of the Japan-EU Workshop on 6G Research',
        '',
        'They met.',
      ),
      'Japan-EU Workshop on 6G Research',
      null,
    ],
    [
      'ordinal "3rd"',
      doc('Results of the 3rd Japan-EU Digital Partnership Council', '', 'They met.'),
      'Japan-EU Digital Partnership Council',
      3,
    ],
    [
      'ordinal "2nd"',
      doc('Results of the 2nd Japan-EU Digital Partnership Council', '', 'They met.'),
      'Japan-EU Digital Partnership Council',
      2,
    ],
    [
      'word ordinal "Second"',
      doc('Results of the Second Japan-EU Digital Partnership Council', '', 'They met.'),
      'Japan-EU Digital Partnership Council',
      2,
    ],
    [
      'bracketed place after the name',
      doc('Results of the 14th Japan-EU ICT Strategy Workshop (Brussels)', '', 'They met.'),
      'Japan-EU ICT Strategy Workshop',
      14,
    ],
    [
      'title without an ordinal, number from the body',
      doc(
        'Japan-EU Digital Partnership Council',
        '',
        'On 10 October 2023, the 2nd Japan-EU Digital Partnership Council was held in Brussels.',
      ),
      'Japan-EU Digital Partnership Council',
      2,
    ],
    [
      'no ordinal anywhere',
      doc('Results of the Japan-EU Digital Partnership Council', '', 'The council met.'),
      'Japan-EU Digital Partnership Council',
      null,
    ],
  ])('%s', (_name, text, series, meeting) => {
    const { metadata } = analyze(text).structure;
    expect([metadata.series, metadata.meeting]).toEqual([series, meeting]);
    expect(metadata.extra).toEqual({});
  });
});

describe('a page whose title is no top heading', () => {
  const page = (title: string) =>
    `<html><body><div>ホーム &gt; トピックス</div><h2 class="title">${title}</h2><p>令和元年１２月１３日</p><p>１２月１１日（水），ブリュッセルにおいて，同パートナーシップの下での第１回実務者会合が開催されました。</p><h3>１．全体的な方針</h3><p>双方は，協力を確認しました。</p></body></html>`;

  it('takes its first heading, when it names a meeting, as the title', () => {
    const { structure } = analyze(page('日EU連結性パートナーシップ第１回実務者会合の開催'), 'page.html');
    const { metadata } = structure;
    expect(structure.blocks.find((b) => b.kind === 'title')).toBeDefined();
    expect([metadata.series, metadata.meeting, metadata.date, metadata.releaseDate]).toEqual([
      'Japan-EU Connectivity Partnership',
      1,
      '2019-12-11',
      '2019-12-13',
    ]);
    expect(metadata.meetings).toHaveLength(1);
  });
});
