import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/ingest/html.js';
import { extractMarkdown } from '../../src/ingest/markdown.js';
import { blocks, type Expected, SEED_PARAGRAPHS } from './blocks.js';

function extract(markdown: string): Expected[] {
  return blocks(extractMarkdown(markdown));
}

describe('extractMarkdown: blocks', () => {
  it.each<[string, string, Expected[]]>([
    ['paragraph', 'One sentence.', [['paragraph', 'One sentence.']]],
    [
      'paragraph lines joined',
      'First line\nsecond line\n   third',
      [['paragraph', 'First line second line third']],
    ],
    ['hard break', 'one  \ntwo\\\nthree', [['paragraph', 'one two three']]],
    ['#', '# Title', [['heading', 'Title', 1]]],
    ['##', '## Section ##', [['heading', 'Section', 2]]],
    ['### keeps its number', '### 1. 5G/Beyond 5G (6G)', [['heading', '1. 5G/Beyond 5G (6G)', 3]]],
    ['####', '#### Four', [['heading', 'Four', 4]]],
    ['#####', '##### Five', [['heading', 'Five', 5]]],
    ['######', '###### Six', [['heading', 'Six', 6]]],
    ['setext h1', 'Title\n=====', [['heading', 'Title', 1]]],
    ['setext h2', 'Section\n-------', [['heading', 'Section', 2]]],
    ['bold number stays a paragraph', '**1. 5G**', [['paragraph', '1. 5G']]],
    [
      'inline markup gives its visible text',
      'A *em* and **strong**, `code`, ~~struck~~ [link text](https://example.com "t") <https://x.org>',
      [['paragraph', 'A em and strong, code, ~~struck~~ link text https://x.org']],
    ],
    ['reference link', '[the form][f]\n\n[f]: https://example.com', [['paragraph', 'the form']]],
    ['images dropped', '![logo](logo.png)Text ![alt][img]\n\n[img]: i.png', [['paragraph', 'Text']]],
    ['image-only paragraph vanishes', '![logo](logo.png)\n\nText', [['paragraph', 'Text']]],
    [
      'html dropped, its text kept inline',
      '<div class="x">\nblock html\n</div>\n\npromotion of ISAC<sup>*</sup> cooperation<br>next',
      [['paragraph', 'promotion of ISAC* cooperation next']],
    ],
    [
      'thematic break dropped',
      'Above\n\n***\n\nBelow',
      [
        ['paragraph', 'Above'],
        ['paragraph', 'Below'],
      ],
    ],
    [
      'blockquote',
      '> Quoted\n> words.\n>\n> Second.',
      [
        ['paragraph', 'Quoted words.'],
        ['paragraph', 'Second.'],
      ],
    ],
    ['fenced code as a paragraph', '```\na   b\nc\n```', [['paragraph', 'a b c']]],
    ['entities', 'R&amp;D, Japan&rsquo;s, November&nbsp;17', [['paragraph', 'R&D, Japan’s, November 17']]],
    ['escapes', '\\*not emphasis\\* 1\\. x', [['paragraph', '*not emphasis* 1. x']]],
    [
      'front matter dropped',
      '---\ntitle: T\ndate: 2021-11-19\n---\n\n# Heading',
      [['heading', 'Heading', 1]],
    ],
    [
      'leading thematic break is not front matter',
      '---\n\nText\n\n---\n\nMore',
      [
        ['paragraph', 'Text'],
        ['paragraph', 'More'],
      ],
    ],
    ['BOM dropped', '\uFEFF# Title', [['heading', 'Title', 1]]],
  ])('%s', (_name, markdown, expected) => {
    expect(extract(markdown)).toEqual(expected);
  });

  it('writes blocks one blank line apart and ends with a newline', () => {
    expect(extractMarkdown('# T\n\n\n\nA\n\nB\n\n\n').text).toBe('T\n\nA\n\nB\n');
  });

  it('returns empty text for a document without text', () => {
    expect(extractMarkdown('')).toEqual({ text: '', hints: [] });
    expect(extractMarkdown('---\n\n<!-- comment -->\n')).toEqual({ text: '', hints: [] });
  });
});

describe('extractMarkdown: lists', () => {
  it.each<[string, string, Expected[]]>([
    [
      'bullets',
      '- One\n- Two',
      [
        ['item', '• One'],
        ['item', '• Two'],
      ],
    ],
    [
      'plus and star bullets',
      '+ One\n\n* Two',
      [
        ['item', '• One'],
        ['item', '• Two'],
      ],
    ],
    [
      'ordered "1. ", "2. "',
      '1. First\n2. Second',
      [
        ['item', '1. First'],
        ['item', '2. Second'],
      ],
    ],
    [
      'ordered numbers count from the first',
      '3. a\n1. b\n1. c',
      [
        ['item', '3. a'],
        ['item', '4. b'],
        ['item', '5. c'],
      ],
    ],
    [
      'ordered with ")"',
      '1) a\n2) b',
      [
        ['item', '1. a'],
        ['item', '2. b'],
      ],
    ],
    ['item lines joined', '- wrapped\n  item', [['item', '• wrapped item']]],
    [
      'nested lists',
      '1. Outer one\n   - Bullet\n   - Bullet two\n     1. Deep\n2. Outer two',
      [
        ['item', '1. Outer one'],
        ['item', '• Bullet'],
        ['item', '• Bullet two'],
        ['item', '1. Deep'],
        ['item', '2. Outer two'],
      ],
    ],
    [
      'later paragraphs of an item',
      '- Lead\n\n  More\n- Next',
      [
        ['item', '• Lead'],
        ['paragraph', 'More'],
        ['item', '• Next'],
      ],
    ],
    [
      'heading in an item',
      '- # Head\n  Text',
      [
        ['heading', 'Head', 1],
        ['paragraph', 'Text'],
      ],
    ],
    ['empty item keeps its number', '1.\n2. b', [['item', '2. b']]],
    ['list in a blockquote', '> - quoted item', [['item', '• quoted item']]],
  ])('%s', (_name, markdown, expected) => {
    expect(extract(markdown)).toEqual(expected);
  });
});

describe('extractMarkdown: footnotes', () => {
  it.each<[string, string, Expected[]]>([
    [
      'escaped star gloss',
      '\\* ISAC: Information Sharing and Analysis Center',
      [['footnote', '* ISAC: Information Sharing and Analysis Center']],
    ],
    [
      'unclosed star gloss',
      '*1 GPAI: Global Partnership on Artificial Intelligence',
      [['footnote', '*1 GPAI: Global Partnership on Artificial Intelligence']],
    ],
    [
      'star list of glosses',
      'Text.\n\n* ISAC: Information Sharing\n* GPAI: Global Partnership',
      [
        ['paragraph', 'Text.'],
        ['footnote', '* ISAC: Information Sharing'],
        ['footnote', '* GPAI: Global Partnership'],
      ],
    ],
    [
      'gloss inside a dash item loses its bullet',
      '- \\* ISAC: Information Sharing',
      [['footnote', '* ISAC: Information Sharing']],
    ],
    [
      'dash list of acronyms stays a list',
      '- ISAC: Information Sharing',
      [['item', '• ISAC: Information Sharing']],
    ],
    [
      'star list with a non-gloss stays a list',
      '* EU: explained\n* Japan: agreed',
      [
        ['item', '• EU: explained'],
        ['item', '• Japan: agreed'],
      ],
    ],
    ['not a gloss: a word', '\\* Japan: explained', [['paragraph', '* Japan: explained']]],
    [
      'GFM footnote definition and reference',
      'promotion of ISAC[^1] cooperation.\n\n[^1]: Information Sharing and Analysis Center',
      [
        ['paragraph', 'promotion of ISAC[1] cooperation.'],
        ['footnote', '[1] Information Sharing and Analysis Center'],
      ],
    ],
    [
      'one-word footnote definition',
      'See[^n].\n\n[^n]: Annex',
      [
        ['paragraph', 'See[n].'],
        ['footnote', '[n] Annex'],
      ],
    ],
    [
      'footnote definition with continuation',
      '[^a]: First line\n    continued here',
      [['footnote', '[a] First line continued here']],
    ],
  ])('%s', (_name, markdown, expected) => {
    expect(extract(markdown)).toEqual(expected);
  });
});

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe('extractMarkdown: realistic press release', () => {
  const markdown = readFileSync(new URL('../fixtures/ingest/summary.md', import.meta.url), 'utf8');
  const result = extractMarkdown(markdown);
  const found = blocks(result);

  it('yields title, headings, paragraphs and the footnote', () => {
    expect(found.filter(([kind]) => kind === 'heading')).toEqual([
      ['heading', 'Results of 12th Japan-EU ICT Strategy Workshop', 1],
      ['heading', 'Major achievements of the 12th Japan-EU ICT Strategy Workshop', 2],
      ['heading', '1. 5G/Beyond 5G (6G)', 3],
      ['heading', '2. AI', 3],
      ['heading', '3. Data', 3],
      ['heading', '4. Platform', 3],
      ['heading', '5. Cybersecurity', 3],
    ]);
    expect(found.filter(([kind]) => kind === 'footnote')).toEqual([
      ['footnote', '* ISAC: Information Sharing and Analysis Center'],
    ]);
    expect(found.filter(([kind]) => kind === 'paragraph').map(([, text]) => text)).toEqual([
      'November 19, 2021',
      ...SEED_PARAGRAPHS,
    ]);
  });

  it('contains every sentence of the seed exactly once', () => {
    const sentences = SEED_PARAGRAPHS.flatMap((paragraph) => paragraph.split(/(?<=\.)\s+(?=[A-Z])/));
    expect(sentences.length).toBeGreaterThan(SEED_PARAGRAPHS.length);
    for (const sentence of sentences) expect(occurrences(result.text, sentence), sentence).toBe(1);
  });

  it('leaves out front matter, URLs and markup', () => {
    for (const noise of ['source:', 'press release\n', 'https://', '**', '\\*', '](', '#']) {
      expect(result.text).not.toContain(noise);
    }
  });

  it('gives the same text and hints as the HTML rendition', () => {
    const html = readFileSync(new URL('../fixtures/ingest/summary.html', import.meta.url), 'utf8');
    // Markdown has no <title>: the rest is the same.
    const { pageTitle: _title, ...fromHtml } = extractHtml(html);
    expect(result).toEqual(fromHtml);
  });
});
