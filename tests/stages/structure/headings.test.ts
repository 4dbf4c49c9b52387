import { describe, expect, it } from 'vitest';
import { toSourceDocument } from '../../../src/ingest/read.js';
import { segmentSentences } from '../../../src/stages/sentences.js';
import { analyzeStructure } from '../../../src/stages/structure/index.js';
import type { DocumentStructure, Section } from '../../../src/types.js';

/** Lines joined into a document, blank lines written as ''. */
const doc = (...lines: string[]): string => `${lines.join('\n')}\n`;

function structureOf(path: string, text: string) {
  const source = toSourceDocument(path, Buffer.from(text));
  return { source, structure: analyzeStructure(source) };
}

/** "Major achievements > 5G": the heading with its ancestors. */
function trail(sections: readonly Section[], index: number | null): string {
  const names: string[] = [];
  for (let at = index; at !== null; at = sections[at]?.parent ?? null)
    names.unshift(sections[at]?.heading ?? '?');
  return names.join(' > ');
}

/** Every section as its trail, after checking that levels and parents agree. */
function outline(structure: DocumentStructure): string[] {
  for (const section of structure.sections) {
    const parent = section.parent === null ? null : structure.sections[section.parent];
    expect(section.level).toBe(parent ? parent.level + 1 : 1);
    if (parent) expect(parent.index).toBeLessThan(section.index);
  }
  return structure.sections.map((section) => trail(structure.sections, section.index));
}

/** Each sentence with the trail of the section it stands under ('' before any heading). */
function placement(path: string, text: string): [string, string][] {
  const { source, structure } = structureOf(path, text);
  return segmentSentences(source.text, structure).map((s) => [s.text, trail(structure.sections, s.section)]);
}

const TITLE = 'Results of the 16th Japan-EU ICT Strategy Workshop';

describe('plain text heading styles', () => {
  it.each<[string, string, string[]]>([
    [
      '"1." numbered headings are siblings',
      doc(TITLE, '', '1. Overview', '', 'The two sides met.', '', '2. AI', '', 'Japan explained AI.'),
      ['Overview', 'AI'],
    ],
    [
      '"1)" numbered headings are siblings',
      doc(TITLE, '', '1) Overview', '', 'The two sides met.', '', '2) AI', '', 'Japan explained AI.'),
      ['Overview', 'AI'],
    ],
    [
      '"i." headings under an unnumbered heading',
      doc(
        TITLE,
        '',
        'Main results',
        '',
        'i. 5G',
        '',
        'Japan explained 5G.',
        '',
        'ii. Data protection',
        '',
        'The EU explained the GDPR.',
        '',
        'iii. Cybersecurity',
        '',
        'Both sides agreed.',
        '',
        'iv. Internet governance',
        '',
        'They met.',
      ),
      [
        'Main results',
        'Main results > 5G',
        'Main results > Data protection',
        'Main results > Cybersecurity',
        'Main results > Internet governance',
      ],
    ],
    [
      '"(1)" headings nested in "2." and "3." back at the top',
      doc(
        TITLE,
        '',
        '1. Overview',
        '',
        'The two sides met.',
        '',
        '2. Major achievements',
        '',
        '(1) Beyond 5G and Open RAN',
        '',
        'Japan explained 5G.',
        '',
        '(2) AI',
        '',
        'The EU explained the AI Act.',
        '',
        '3. Future schedule',
        '',
        'They will meet again.',
      ),
      [
        'Overview',
        'Major achievements',
        'Major achievements > Beyond 5G and Open RAN',
        'Major achievements > AI',
        'Future schedule',
      ],
    ],
    [
      '"（1）" with full-width brackets',
      doc(
        TITLE,
        '',
        '1. Major achievements',
        '',
        '（1） AI',
        '',
        'Japan explained AI.',
        '',
        '（2） Data',
        '',
        'It met.',
      ),
      ['Major achievements', 'Major achievements > AI', 'Major achievements > Data'],
    ],
    [
      '"I." headings with "1." nested',
      doc(
        'Outcomes of the 22nd Japan-EU ICT Policy Dialogue',
        '',
        'I. Overview',
        '',
        'The two sides met.',
        '',
        'II. Main topics',
        '',
        '1. 5G',
        '',
        'Japan explained 5G.',
        '',
        '2. IoT and data',
        '',
        'The EU explained the Data Act.',
        '',
        'III. Other matters',
        '',
        'They will meet again.',
      ),
      ['Overview', 'Main topics', 'Main topics > 5G', 'Main topics > IoT and data', 'Other matters'],
    ],
    [
      '"2. Major achievements" then "1. 5G": a restarted numbering nests',
      doc(
        TITLE,
        '',
        '1. Overview',
        '',
        'The two sides met.',
        '',
        '2. Major achievements',
        '',
        '1. 5G',
        '',
        'Japan explained 5G.',
        '',
        '2. AI',
        '',
        'The EU explained the AI Act.',
      ),
      ['Overview', 'Major achievements', 'Major achievements > 5G', 'Major achievements > AI'],
    ],
    [
      'unnumbered heading, then "1." headings under it (the seed layout)',
      doc(
        'November 19, 2021 Results of 12th Japan-EU ICT Strategy Workshop',
        '',
        'The two sides met.',
        '',
        'Major achievements of the 12th Japan-EU ICT Strategy Workshop',
        '',
        'Dialogues were held mainly on the following matters.',
        '',
        '1. 5G/Beyond 5G (6G)',
        '',
        'Japan explained 5G.',
        '',
        '2. AI',
        '',
        'The EU explained the AI Act.',
      ),
      [
        'Major achievements of the 12th Japan-EU ICT Strategy Workshop',
        'Major achievements of the 12th Japan-EU ICT Strategy Workshop > 5G/Beyond 5G (6G)',
        'Major achievements of the 12th Japan-EU ICT Strategy Workshop > AI',
      ],
    ],
    [
      'unnumbered short lines after body text are top-level siblings',
      doc(
        TITLE,
        '',
        'The two sides met in Tokyo.',
        '',
        'Main results',
        '',
        'Japan explained 5G.',
        '',
        'Future schedule',
        '',
        'They will meet again.',
      ),
      ['Main results', 'Future schedule'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(outline(structureOf('doc.txt', text).structure)).toEqual(expected);
  });
});

describe('heading markers are kept apart from the heading text', () => {
  it.each<[string, string, string]>([
    ['1. 5G/Beyond 5G (6G)', '1.', '5G/Beyond 5G (6G)'],
    ['2) AI', '2)', 'AI'],
    ['(3) Data', '(3)', 'Data'],
    ['iv. Internet governance', 'iv.', 'Internet governance'],
    ['II. Main topics', 'II.', 'Main topics'],
    ['Main results', '', 'Main results'],
    ['1.  Data   and   AI', '1.', 'Data and AI'],
  ])('%j -> marker %j, heading %j', (line, marker, heading) => {
    const { source, structure } = structureOf('doc.txt', doc(TITLE, '', line, '', 'Japan explained it.'));
    expect(structure.sections.map((s) => [s.marker, s.heading])).toEqual([[marker, heading]]);
    const block = structure.blocks.find((b) => b.kind === 'heading');
    expect(source.text.slice(block?.span.start, block?.span.end)).toBe(line);
    expect(block?.marker).toBe(marker);
  });
});

describe('lines that are not headings', () => {
  it.each<[string, string]>([
    ['a short line closed by a full stop', 'Japan agreed.'],
    ['a line opening in lower case', 'the small print'],
    [
      'a line of more than fourteen words',
      'A line far too long to be a heading as it has many many many many words',
    ],
    ['a numbered sentence', '1. Japan explained the AI Act.'],
    ['a bullet without a full stop', '• Beyond 5G and Open RAN'],
    ['a dash bullet', '- Beyond 5G and Open RAN'],
  ])('%s', (_name, line) => {
    const { structure } = structureOf(
      'doc.txt',
      doc(TITLE, '', 'The two sides met.', '', line, '', 'It ended.'),
    );
    expect(structure.sections).toEqual([]);
  });

  it('the first line of a hard-wrapped paragraph right after a heading', () => {
    const text = doc(
      TITLE,
      '',
      '1. AI',
      '',
      'The EU side explained the AI Act and Japan explained',
      'its guidelines.',
    );
    expect(outline(structureOf('doc.txt', text).structure)).toEqual(['AI']);
    expect(placement('doc.txt', text)).toEqual([
      ['The EU side explained the AI Act and Japan explained its guidelines.', 'AI'],
    ]);
  });

  it('the title is not a section', () => {
    const { structure } = structureOf('doc.txt', doc(TITLE, '', 'The two sides met.'));
    expect(structure.sections).toEqual([]);
    expect(structure.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph']);
  });
});

describe('Markdown and HTML headings', () => {
  it.each<[string, string, string[]]>([
    [
      'Markdown ## and ### nest by level',
      doc(
        '# Results of the 2nd Japan-EU Digital Partnership Council',
        '',
        'The council met.',
        '',
        '## Main outcomes',
        '',
        '### 1. AI',
        '',
        'Japan explained AI.',
        '',
        '### 2. Data',
        '',
        'The EU explained data.',
        '',
        '## Other areas',
        '',
        'They will meet.',
      ),
      ['Main outcomes', 'Main outcomes > AI', 'Main outcomes > Data', 'Other areas'],
    ],
    [
      'Markdown "## i." headings lose their enumerator',
      doc(
        '# Results of the 23rd Japan-EU ICT Policy Dialogue',
        '',
        'October 12, 2017',
        '',
        '## i. Data',
        '',
        '- Japan explained data.',
        '',
        '## ii. Cybersecurity',
        '',
        'The EU explained it.',
        '',
        '### Details',
        '',
        'More text.',
      ),
      ['Data', 'Cybersecurity', 'Cybersecurity > Details'],
    ],
    [
      'Markdown setext headings',
      doc(
        'Title of the 1st Dialogue',
        '===',
        '',
        'The two met.',
        '',
        'Main results',
        '---',
        '',
        'Japan explained AI.',
      ),
      ['Main results'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(outline(structureOf('doc.md', text).structure)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    [
      'HTML h2 and numbered h3 nest by level',
      [
        '<h1>Results of the 2nd Japan-EU Digital Partnership Council</h1>',
        '<p>The council met.</p>',
        '<h2>Main outcomes</h2>',
        '<h3>1. Secure and resilient connectivity</h3><p>Japan explained it.</p>',
        '<h3>2. Semiconductors</h3><p>The EU explained it.</p>',
        '<h2>Other areas</h2><p>They will meet.</p>',
      ].join('\n'),
      [
        'Main outcomes',
        'Main outcomes > Secure and resilient connectivity',
        'Main outcomes > Semiconductors',
        'Other areas',
      ],
    ],
    [
      'HTML "(1)" in h3 under h2',
      '<h1>Results of the 16th Workshop</h1><h2>2. Major achievements</h2><h3>(1) AI</h3><p>Japan explained AI.</p>',
      ['Major achievements', 'Major achievements > AI'],
    ],
    [
      'HTML h4 skipping a level still nests',
      '<h1>Results</h1><h2>Main</h2><h4>Deep</h4><p>Text.</p><h3>Middle</h3><p>Text.</p>',
      ['Main', 'Main > Deep', 'Main > Middle'],
    ],
  ])('%s', (_name, html, expected) => {
    expect(outline(structureOf('doc.html', html).structure)).toEqual(expected);
  });
});

describe('body text stands under the nearest heading above it', () => {
  it.each<[string, string, string, [string, string][]]>([
    [
      'plain text, nested numbering',
      'doc.txt',
      doc(
        TITLE,
        '',
        'The two sides met.',
        '',
        '2. Major achievements',
        '',
        '(1) AI',
        '',
        'Japan explained AI. The EU agreed.',
        '• Both sides welcomed it.',
        '',
        '3. Future schedule',
        '',
        'They will meet.',
      ),
      [
        ['The two sides met.', ''],
        ['Japan explained AI.', 'Major achievements > AI'],
        ['The EU agreed.', 'Major achievements > AI'],
        ['Both sides welcomed it.', 'Major achievements > AI'],
        ['They will meet.', 'Future schedule'],
      ],
    ],
    [
      'a paragraph after a furniture block keeps the section',
      'doc.txt',
      doc(
        TITLE,
        '',
        '1. AI',
        '',
        'Japan explained ISAC*.',
        '',
        '* ISAC: Information Sharing and Analysis Center',
        '',
        'They will meet.',
      ),
      [
        ['Japan explained ISAC*.', 'AI'],
        ['They will meet.', 'AI'],
      ],
    ],
    [
      'Markdown',
      'doc.md',
      doc(
        '# Title of the 1st Dialogue',
        '',
        'Intro text.',
        '',
        '## AI',
        '',
        '- Japan explained AI.',
        '- The EU agreed.',
      ),
      [
        ['Intro text.', ''],
        ['Japan explained AI.', 'AI'],
        ['The EU agreed.', 'AI'],
      ],
    ],
  ])('%s', (_name, path, text, expected) => {
    expect(placement(path, text)).toEqual(expected);
  });
});

describe('bullets that head a group', () => {
  const sections = (text: string) =>
    analyzeStructure(toSourceDocument('doc.txt', Buffer.from(text))).sections.map((s) => [
      s.level,
      s.heading,
    ]);

  it('"■ Open RAN" over its paragraph', () => {
    expect(
      sections(
        'Results of the 14th Workshop\n\nMain points\n\n■ Open RAN\nThe Japanese side introduced trials.\n\n■ Smart cities\nMIC explained City OS.\n',
      ),
    ).toEqual([
      [1, 'Main points'],
      [2, 'Open RAN'],
      [2, 'Smart cities'],
    ]);
  });

  it('"- 6G" over indented sub-bullets', () => {
    expect(
      sections(
        'Results of the 17th Workshop\n\n- 6G\n  - The EU side explained its agenda.\n- Cybersecurity\n  - Japan raised concerns.\n',
      ),
    ).toEqual([
      [1, '6G'],
      [1, 'Cybersecurity'],
    ]);
  });

  it('a wrapped bullet sentence stays an item', () => {
    expect(
      sections(
        'Results of the 23rd Dialogue\n\n○ The two sides agreed to promote the coordination of 5G trials and to\n  share the results.\n',
      ),
    ).toEqual([]);
  });
});
