import { describe, expect, it } from 'vitest';
import { toSourceDocument } from '../../../src/ingest/read.js';
import { segmentSentences } from '../../../src/stages/sentences.js';
import { analyzeStructure, isFurniture } from '../../../src/stages/structure/index.js';
import type { BlockKind } from '../../../src/types.js';

type Expected = [kind: BlockKind, text: string];

const TITLE = 'Results of the 16th Japan-EU ICT Strategy Workshop';
const BODY = 'The Japanese side explained the work of NICT*1 and the DSA*2.';

/** The blocks after the title and the first paragraph, as [kind, whole text]. */
function blocksAfterBody(lines: readonly string[], path = 'doc.txt') {
  const text = `${[TITLE, '', BODY, '', ...lines].join('\n')}\n`;
  const source = toSourceDocument(path, Buffer.from(text));
  const structure = analyzeStructure(source);
  expect(structure.blocks.slice(0, 2).map((b) => b.kind)).toEqual(['title', 'paragraph']);
  const rest = structure.blocks.slice(2);
  return {
    blocks: rest.map((b): Expected => [b.kind, source.text.slice(b.span.start, b.span.end)]),
    furniture: structure.blocks.filter(isFurniture).length,
    sentences: segmentSentences(source.text, structure).map((s) => s.text),
  };
}

describe('footnote glosses', () => {
  it.each<[string, string[], Expected[]]>([
    [
      'with a bullet, one line each',
      [
        '• *1 NICT: National Institute of Information and Communications Technology',
        '• *2 DSA: Digital Services Act',
      ],
      [
        ['footnote', '• *1 NICT: National Institute of Information and Communications Technology'],
        ['footnote', '• *2 DSA: Digital Services Act'],
      ],
    ],
    [
      'with a bullet and a bare "*"',
      ['• * DFFT: Data Free Flow with Trust'],
      [['footnote', '• * DFFT: Data Free Flow with Trust']],
    ],
    [
      'without a bullet',
      ['* 5GMF: The Fifth Generation Mobile Communications Promotion Forum'],
      [['footnote', '* 5GMF: The Fifth Generation Mobile Communications Promotion Forum']],
    ],
    [
      'without a bullet, "*" and "**"',
      ['* NIS: Network and Information Security', '** WSIS: World Summit on the Information Society'],
      [
        ['footnote', '* NIS: Network and Information Security'],
        ['footnote', '** WSIS: World Summit on the Information Society'],
      ],
    ],
    [
      '"*1" numbered',
      ['*1 EPA: Economic Partnership Agreement'],
      [['footnote', '*1 EPA: Economic Partnership Agreement']],
    ],
    [
      '"*1" before a several-word term and a lower-case gloss',
      ['*1 Hiroshima AI Process: a G7 framework launched in May 2023 to discuss generative AI'],
      [['footnote', '*1 Hiroshima AI Process: a G7 framework launched in May 2023 to discuss generative AI']],
    ],
    [
      '"※1" Japanese note mark',
      ['※1 GPAI: Global Partnership on AI'],
      [['footnote', '※1 GPAI: Global Partnership on AI']],
    ],
    [
      'bare gloss without a mark',
      ['ISAC: Information Sharing and Analysis Center'],
      [['footnote', 'ISAC: Information Sharing and Analysis Center']],
    ],
    [
      'two lines "• *" + gloss, indented as in the seed: one block',
      ['  • *', '    ISAC: Information Sharing and Analysis Center'],
      [['footnote', '• *\n    ISAC: Information Sharing and Analysis Center']],
    ],
    [
      'two lines "• *1" + gloss, twice: two blocks',
      [
        '• *1',
        'GPAI: Global Partnership on Artificial Intelligence',
        '• *2',
        'ISAC: Information Sharing and Analysis Center',
      ],
      [
        ['footnote', '• *1\nGPAI: Global Partnership on Artificial Intelligence'],
        ['footnote', '• *2\nISAC: Information Sharing and Analysis Center'],
      ],
    ],
    [
      'two lines "*" + gloss with a blank line between: one block',
      ['*', '', 'ISAC: Information Sharing and Analysis Center'],
      [['footnote', '*\n\nISAC: Information Sharing and Analysis Center']],
    ],
  ])('%s', (_name, lines, expected) => {
    const result = blocksAfterBody([...lines, '', 'This workshop is usually held twice a year.']);
    expect(result.blocks).toEqual([
      ...expected,
      ['paragraph', 'This workshop is usually held twice a year.'],
    ]);
    expect(result.furniture).toBe(expected.length);
    expect(result.sentences).toEqual([BODY, 'This workshop is usually held twice a year.']);
  });

  it('a two-line gloss has the gloss line as its content', () => {
    const text = `${[TITLE, '', BODY, '', '• *', 'ISAC: Information Sharing and Analysis Center'].join('\n')}\n`;
    const source = toSourceDocument('doc.txt', Buffer.from(text));
    const gloss = analyzeStructure(source).blocks.at(-1);
    expect(gloss?.kind).toBe('footnote');
    expect(source.text.slice(gloss?.content.start, gloss?.content.end)).toBe(
      'ISAC: Information Sharing and Analysis Center',
    );
  });
});

describe('the contact block', () => {
  it.each<[string, string[]]>([
    [
      '"For further information" with division, TEL, FAX, E-mail',
      [
        'For further information about this press release, please contact:',
        'Global Strategy Division, Global Strategy Bureau, MIC',
        'TEL: +81 3 5253 5920',
        'FAX: +81 3 5253 5924',
        'E-mail: ict-workshop(at)example.go.jp',
      ],
    ],
    [
      '"For further information" as in the seed, blank lines between',
      [
        'For further information about this press release, please fill in the inquiry form and submit it to MIC on the website',
        '',
        'Global Strategy Division, Global Strategy Bureau, MIC',
        '',
        'TEL: +81 3 5253 5920',
        '',
        'FAX: +81 3 5253 5924',
      ],
    ],
    [
      '"Contact:" alone, then division, TEL, FAX, E-mail',
      [
        'Contact:',
        'International Policy Division, Global ICT Strategy Bureau, MIC',
        'TEL: +81-3-5253-5923',
        'FAX: +81-3-5253-5924',
        'E-mail: eu-dialogue(at)example.go.jp',
      ],
    ],
    [
      '"Contact: <division>" on one line',
      [
        'Contact: International Policy Division, Global ICT Strategy Bureau, MIC',
        'TEL: +81 3 5253 5923',
        'FAX: +81 3 5253 5924',
      ],
    ],
    ['"(Contact)" in brackets', ['(Contact)', 'Global Strategy Division, Global Strategy Bureau, MIC']],
    ['"Inquiries:"', ['Inquiries: Global Strategy Division, Global Strategy Bureau, MIC']],
  ])('%s: every line is contact furniture', (_name, lines) => {
    const result = blocksAfterBody(lines);
    const nonBlank = lines.filter((line) => line !== '');
    expect(result.blocks).toEqual(nonBlank.map((line): Expected => ['contact', line]));
    expect(result.furniture).toBe(nonBlank.length);
    expect(result.sentences).toEqual([BODY]);
  });

  it.each<[string]>([
    ['TEL: +81 3 5253 5920'],
    ['Tel: 03-5253-5920'],
    ['Tel.: 03-5253-5920'],
    ['Phone: 03-5253-5920'],
    ['FAX: +81 3 5253 5924'],
    ['Fax: 03-5253-5924'],
    ['E-mail: ict-workshop(at)example.go.jp'],
    ['Email: ict@example.go.jp'],
    ['e-mail: ict@example.go.jp'],
    ['ict-workshop@example.go.jp'],
    ['URL: https://www.soumu.go.jp/'],
    ['https://www.soumu.go.jp/menu_news/'],
  ])('a contact line anywhere: %j', (line) => {
    const result = blocksAfterBody([line, '', 'This workshop is usually held twice a year.']);
    expect(result.blocks).toEqual([
      ['contact', line],
      ['paragraph', 'This workshop is usually held twice a year.'],
    ]);
  });

  it('a division line right before the TEL line is contact furniture, also without an opener', () => {
    const result = blocksAfterBody([
      'Global Strategy Division, Global Strategy Bureau, MIC',
      'TEL: +81 3 5253 5920',
      'FAX: +81 3 5253 5924',
    ]);
    expect(result.blocks).toEqual([
      ['contact', 'Global Strategy Division, Global Strategy Bureau, MIC'],
      ['contact', 'TEL: +81 3 5253 5920'],
      ['contact', 'FAX: +81 3 5253 5924'],
    ]);
  });
});

describe('notes', () => {
  it.each([
    ['Note: City OS is a common data platform for cities.'],
    ['(Note) NIS2: Directive on network security'],
  ])('%s is a footnote gloss', (line) => {
    const { blocks, sentences } = blocksAfterBody([line]);
    expect(blocks).toEqual([['footnote', line]]);
    expect(sentences).toEqual([BODY]);
  });
});

describe('the reference tail', () => {
  it.each<[string, string[], Expected[]]>([
    [
      '"(Reference)" then links',
      ['(Reference) Past Japan-EU ICT Policy Dialogues', 'Japan-EU Digital Partnership (MOFA website)'],
      [
        ['reference', '(Reference) Past Japan-EU ICT Policy Dialogues'],
        ['reference', 'Japan-EU Digital Partnership (MOFA website)'],
      ],
    ],
    [
      '"Related link:" then the contact block',
      ['Related link: Japan-EU Summit Joint Statement (15 May 2024)', '', 'Contact:', 'TEL: +81 3 5253 5920'],
      [
        ['reference', 'Related link: Japan-EU Summit Joint Statement (15 May 2024)'],
        ['contact', 'Contact:'],
        ['contact', 'TEL: +81 3 5253 5920'],
      ],
    ],
    [
      'a pointer to a website',
      ['For details, please refer to the website of the Ministry of Foreign Affairs.'],
      [['reference', 'For details, please refer to the website of the Ministry of Foreign Affairs.']],
    ],
  ])('%s is furniture, not body text', (_name, lines, expected) => {
    const { blocks, sentences } = blocksAfterBody(lines);
    expect(blocks).toEqual(expected);
    expect(sentences).toEqual([BODY]);
  });
});

describe('body text that only looks like furniture', () => {
  it.each<[string, string, BlockKind]>([
    ['a footnote mark inside a sentence', 'Japan explained the promotion of ISAC* cooperation.', 'paragraph'],
    ['an acronym and a colon opening a sentence', 'AI: Japan explained the AI Act.', 'paragraph'],
    ['a capitalised word and a colon', 'Overall: The meeting was held online.', 'paragraph'],
    ['a bullet item', '• Japan explained the AI Act.', 'item'],
    ['"telecommunications" is not "tel:"', 'Telecommunications policy was discussed.', 'paragraph'],
    ['"contacts" inside a sentence', 'The two sides agreed to continue their contacts.', 'paragraph'],
    ['"for further" that is no contact opener', 'For further cooperation, Japan explained 5G.', 'paragraph'],
  ])('%s', (_name, line, kind) => {
    const result = blocksAfterBody([line]);
    expect(result.blocks).toEqual([[kind, line]]);
    expect(result.furniture).toBe(0);
  });
});

describe('a list and the paragraph after it', () => {
  const blocksOf = (text: string) => {
    const source = toSourceDocument('list.txt', Buffer.from(text));
    const structure = analyzeStructure(source);
    return structure.blocks.map((b) => `${b.kind}: ${source.text.slice(b.content.start, b.content.end)}`);
  };

  it('starts a paragraph at a line far longer than any hard wrap, right under an item', () => {
    const paragraph =
      'Lindqvist presented the Commission priorities for the new mandate, including a coordinated European approach to artificial intelligence. Sakamoto explained the plan.';
    const blocks = blocksOf(
      `Results of the 25th Test Dialogue\n\nThe delegations were led by:\n- Mr. Anders LINDQVIST, Director, DG CONNECT\n- Mr. SAKAMOTO Hiroshi, Vice-Minister, MIC\n${paragraph}\n`,
    );
    expect(blocks.at(-2)).toBe('item: Mr. SAKAMOTO Hiroshi, Vice-Minister, MIC');
    expect(blocks.at(-1)).toBe(`paragraph: ${paragraph}`);
  });

  it('keeps a hard-wrapped item together', () => {
    const blocks = blocksOf(
      'Results of the 25th Test Dialogue\n\n- The EU side explained its plans for research on\n  networks and its funding programmes.\n',
    );
    expect(blocks.at(-1)).toBe(
      'item: The EU side explained its plans for research on\n  networks and its funding programmes.',
    );
  });
});
