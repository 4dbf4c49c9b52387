import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/ingest/html.js';
import { blocks, type Expected, SEED_PARAGRAPHS } from './blocks.js';

function extract(html: string): Expected[] {
  return blocks(extractHtml(html));
}

describe('extractHtml: blocks', () => {
  it.each<[string, string, Expected[]]>([
    ['paragraph', '<p>One sentence.</p>', [['paragraph', 'One sentence.']]],
    ['folds whitespace', '<p>\n  Two\n\t lines  here \n</p>', [['paragraph', 'Two lines here']]],
    ['h1', '<h1>Title</h1>', [['heading', 'Title', 1]]],
    ['h2', '<h2>Major achievements</h2>', [['heading', 'Major achievements', 2]]],
    ['h3 keeps its number', '<h3>1. 5G/Beyond 5G (6G)</h3>', [['heading', '1. 5G/Beyond 5G (6G)', 3]]],
    ['h4', '<h4>Four</h4>', [['heading', 'Four', 4]]],
    ['h5', '<h5>Five</h5>', [['heading', 'Five', 5]]],
    ['h6', '<h6>Six</h6>', [['heading', 'Six', 6]]],
    ['unordered item', '<ul><li>Point</li></ul>', [['item', '• Point']]],
    ['li outside a list', '<li>Loose</li>', [['item', '• Loose']]],
    [
      'table cells',
      '<table><caption>Cap</caption><tr><th>Head</th><td>Cell</td></tr></table>',
      [
        ['paragraph', 'Cap'],
        ['paragraph', 'Head'],
        ['paragraph', 'Cell'],
      ],
    ],
    ['blockquote', '<blockquote>Quoted words.</blockquote>', [['paragraph', 'Quoted words.']]],
    [
      'dt and dd',
      '<dl><dt>Term</dt><dd>Definition</dd></dl>',
      [
        ['paragraph', 'Term'],
        ['paragraph', 'Definition'],
      ],
    ],
    ['pre', '<pre>  a\n   b  </pre>', [['paragraph', 'a b']]],
    ['address', '<address>Tokyo</address>', [['paragraph', 'Tokyo']]],
    [
      'figcaption',
      '<figure><img src="x.png"><figcaption>Photo</figcaption></figure>',
      [['paragraph', 'Photo']],
    ],
    [
      'div with direct text around blocks',
      '<div>Before <div><div>inner</div></div> after</div>',
      [
        ['paragraph', 'Before'],
        ['paragraph', 'inner'],
        ['paragraph', 'after'],
      ],
    ],
    ['div wrapping blocks only', '<div><div><p>Only</p></div></div>', [['paragraph', 'Only']]],
    [
      'inline elements stay inline',
      '<p><a href="/x">Link</a> <span>span</span> <em>em</em><strong>strong</strong> <b>b</b><i>i</i> ' +
        'H<sub>2</sub>O <abbr title="European Union">EU</abbr></p>',
      [['paragraph', 'Link span emstrong bi H2O EU']],
    ],
    [
      'sup star stays on the word',
      '<p>promotion of ISAC<sup>*</sup> cooperation.</p>',
      [['paragraph', 'promotion of ISAC* cooperation.']],
    ],
    ['br is a space', '<p>first<br>second<br/>third</p>', [['paragraph', 'first second third']]],
    [
      'implied end tags',
      '<p>one<p>two<ul><li>a<li>b</ul>',
      [
        ['paragraph', 'one'],
        ['paragraph', 'two'],
        ['item', '• a'],
        ['item', '• b'],
      ],
    ],
    ['images carry no text', '<p><img src="a.png" alt="Logo">Text</p>', [['paragraph', 'Text']]],
    ['comments vanish', '<p>a<!-- hidden -->b</p>', [['paragraph', 'ab']]],
  ])('%s', (_name, html, expected) => {
    expect(extract(html)).toEqual(expected);
  });

  it('writes blocks one blank line apart and ends with a newline', () => {
    expect(extractHtml('<h1>T</h1>\n\n\n<p>A</p>   <p>B</p>').text).toBe('T\n\nA\n\nB\n');
  });

  it('returns empty text for a page without text', () => {
    expect(extractHtml('')).toEqual({ text: '', hints: [] });
    expect(extractHtml('<html><head><title>x</title></head><body> </body></html>')).toEqual({
      text: '',
      hints: [],
      pageTitle: 'x',
    });
  });
});

describe('extractHtml: entities', () => {
  it.each<[string, string]>([
    ['<p>R&amp;D</p>', 'R&D'],
    ['<p>Japan&rsquo;s</p>', 'Japan’s'],
    ['<p>November&nbsp;17</p>', 'November 17'],
    ['<p>a&nbsp;&nbsp; b</p>', 'a b'],
    ['<p>&lt;tag&gt; &quot;q&quot; &#39;s&#39; &#x2014; &eacute;</p>', '<tag> "q" \'s\' — é'],
  ])('%s', (html, text) => {
    expect(extract(html)).toEqual([['paragraph', text]]);
  });
});

describe('extractHtml: dropped content', () => {
  it.each<[string, string]>([
    ['script', '<script>var x = "script text";</script>'],
    ['style', '<style>p { color: red }</style>'],
    ['noscript', '<noscript>Enable JavaScript</noscript>'],
    ['template', '<template><p>template text</p></template>'],
    ['head', '<head><meta charset="utf-8"><title>Page title</title></head>'],
    ['title outside head', '<title>Page title</title>'],
    ['nav', '<nav><ul><li>Home</li></ul></nav>'],
    ['header', '<header><p>Site logo</p></header>'],
    ['footer', '<footer><p>Copyright</p></footer>'],
    ['form', '<form><label>Search</label><input name="q"></form>'],
    ['button', '<button>Click</button>'],
    ['svg', '<svg><text>icon</text></svg>'],
    ['iframe', '<iframe src="x">frame text</iframe>'],
    ['aria-hidden', '<div aria-hidden="true">Share</div>'],
    ['hidden', '<p hidden>Hidden text</p>'],
    ['display:none', '<div style="display: none">Popup</div>'],
    ['role=navigation', '<div role="navigation">Breadcrumbs</div>'],
    ['role=banner', '<div role="banner">Banner</div>'],
    ['role=contentinfo', '<div role="contentinfo">Contact info</div>'],
    ['video fallback', '<video src="v.mp4">Your browser does not support video</video>'],
  ])('drops %s', (_name, html) => {
    expect(extract(`<p>Before.</p>${html}<p>After.</p>`)).toEqual([
      ['paragraph', 'Before.'],
      ['paragraph', 'After.'],
    ]);
  });

  it('keeps aria-hidden="false"', () => {
    expect(extract('<p aria-hidden="false">Shown</p>')).toEqual([['paragraph', 'Shown']]);
  });

  it('keeps a header or footer that belongs to the article', () => {
    const html =
      '<header>Site</header><article><header><h1>Title</h1></header><p>Body.</p>' +
      '<footer><p>TEL: 1</p></footer></article><footer>Copyright</footer>';
    expect(extract(html)).toEqual([
      ['heading', 'Title', 1],
      ['paragraph', 'Body.'],
      ['paragraph', 'TEL: 1'],
    ]);
  });
});

describe('extractHtml: main content', () => {
  it.each<[string, string, Expected[]]>([
    ['main', '<p>Outside</p><main><p>Inside</p></main><p>Outside too</p>', [['paragraph', 'Inside']]],
    ['role=main', '<div>Outside</div><div role="main"><p>Inside</p></div>', [['paragraph', 'Inside']]],
    [
      'article',
      '<aside>Ad</aside><article><h1>T</h1><p>Body</p></article>',
      [
        ['heading', 'T', 1],
        ['paragraph', 'Body'],
      ],
    ],
    [
      'main before article',
      '<article><p>Teaser</p></article><main><p>Main</p></main>',
      [['paragraph', 'Main']],
    ],
    [
      'every outermost article',
      '<article>One<article>Nested</article></article><p>x</p><article>Two</article>',
      [
        ['paragraph', 'One'],
        ['paragraph', 'Nested'],
        ['paragraph', 'Two'],
      ],
    ],
    [
      'main inside template does not count',
      '<template><main>T</main></template><p>Body</p>',
      [['paragraph', 'Body']],
    ],
    [
      'whole body without main',
      '<body><p>A</p><div>B</div></body>',
      [
        ['paragraph', 'A'],
        ['paragraph', 'B'],
      ],
    ],
    [
      'dropping still applies inside main',
      '<main><nav>Menu</nav><p>Text</p><script>x()</script></main>',
      [['paragraph', 'Text']],
    ],
  ])('%s', (_name, html, expected) => {
    expect(extract(html)).toEqual(expected);
  });
});

describe('extractHtml: lists', () => {
  it('numbers ordered items "1. ", "2. "', () => {
    expect(extract('<ol><li>First</li><li>Second</li></ol>')).toEqual([
      ['item', '1. First'],
      ['item', '2. Second'],
    ]);
  });

  it.each<[string, string, string[]]>([
    ['start', '<ol start="3"><li>a</li><li>b</li></ol>', ['3. a', '4. b']],
    ['value', '<ol><li>a</li><li value="7">b</li><li>c</li></ol>', ['1. a', '7. b', '8. c']],
    ['reversed', '<ol reversed><li>a</li><li>b</li><li>c</li></ol>', ['3. a', '2. b', '1. c']],
    ['empty items keep their number', '<ol><li></li><li>b</li></ol>', ['2. b']],
  ])('ordered list %s', (_name, html, items) => {
    expect(extract(html)).toEqual(items.map((item) => ['item', item]));
  });

  it('numbers nested lists on their own', () => {
    const html =
      '<ol><li>Outer one<ul><li>Bullet</li><li>Bullet two<ol><li>Deep</li></ol></li></ul></li>' +
      '<li>Outer two</li></ol>';
    expect(extract(html)).toEqual([
      ['item', '1. Outer one'],
      ['item', '• Bullet'],
      ['item', '• Bullet two'],
      ['item', '1. Deep'],
      ['item', '2. Outer two'],
    ]);
  });

  it('makes later text of an item a paragraph', () => {
    expect(extract('<ul><li><p>Lead</p><p>More</p></li><li>a<ul><li>b</li></ul>tail</li></ul>')).toEqual([
      ['item', '• Lead'],
      ['paragraph', 'More'],
      ['item', '• a'],
      ['item', '• b'],
      ['paragraph', 'tail'],
    ]);
  });

  it('lets a heading in an item stay a heading', () => {
    expect(extract('<ul><li><h3>Head</h3>Text</li></ul>')).toEqual([
      ['heading', 'Head', 3],
      ['paragraph', 'Text'],
    ]);
  });
});

describe('extractHtml: footnotes', () => {
  it.each<[string, string, Expected[]]>([
    ['class footnote', '<div class="footnote">1 See annex.</div>', [['footnote', '1 See annex.']]],
    ['class notes', '<section class="c-notes"><p>A note.</p></section>', [['footnote', 'A note.']]],
    ['id note', '<div id="note-1"><p>Another note.</p></div>', [['footnote', 'Another note.']]],
    [
      'aside',
      '<aside><h2>Notes</h2><p>Glossary</p></aside>',
      [
        ['footnote', 'Notes'],
        ['footnote', 'Glossary'],
      ],
    ],
    [
      'footnote list keeps its numbers',
      '<ol class="footnotes"><li>First.</li><li>Second.</li></ol>',
      [
        ['footnote', '1. First.'],
        ['footnote', '2. Second.'],
      ],
    ],
    [
      'gloss paragraph',
      '<p>* ISAC: Information Sharing and Analysis Center</p>',
      [['footnote', '* ISAC: Information Sharing and Analysis Center']],
    ],
    [
      'numbered gloss',
      '<p>*1 GPAI: Global Partnership on Artificial Intelligence</p>',
      [['footnote', '*1 GPAI: Global Partnership on Artificial Intelligence']],
    ],
    [
      'gloss item loses its bullet',
      '<ul><li><sup>*</sup><br>\n  ISAC: Information Sharing</li></ul>',
      [['footnote', '* ISAC: Information Sharing']],
    ],
    ['gloss with a digit term', '<p>*5G: fifth generation</p>', [['footnote', '*5G: fifth generation']]],
    [
      'not a gloss: a word, not an acronym',
      '<p>* Japan: explained</p>',
      [['paragraph', '* Japan: explained']],
    ],
    ['not a gloss: no colon', '<p>* ISAC cooperation</p>', [['paragraph', '* ISAC cooperation']]],
    [
      'a footnote reference keeps the paragraph',
      '<p>Text<sup class="footnote-ref">1</sup>.</p>',
      [['paragraph', 'Text1.']],
    ],
  ])('%s', (_name, html, expected) => {
    expect(extract(html)).toEqual(expected);
  });
});

const [intro1, intro2, intro3, lead, p5g, pAi, pData, pPlatform, pCyber, closing, ...contact] =
  SEED_PARAGRAPHS;

const SUMMARY_BLOCKS: Expected[] = [
  ['paragraph', 'November 19, 2021'],
  ['heading', 'Results of 12th Japan-EU ICT Strategy Workshop', 1],
  ['paragraph', intro1 ?? ''],
  ['paragraph', intro2 ?? ''],
  ['paragraph', intro3 ?? ''],
  ['heading', 'Major achievements of the 12th Japan-EU ICT Strategy Workshop', 2],
  ['paragraph', lead ?? ''],
  ['heading', '1. 5G/Beyond 5G (6G)', 3],
  ['paragraph', p5g ?? ''],
  ['heading', '2. AI', 3],
  ['paragraph', pAi ?? ''],
  ['heading', '3. Data', 3],
  ['paragraph', pData ?? ''],
  ['heading', '4. Platform', 3],
  ['paragraph', pPlatform ?? ''],
  ['heading', '5. Cybersecurity', 3],
  ['paragraph', pCyber ?? ''],
  ['footnote', '* ISAC: Information Sharing and Analysis Center'],
  ['paragraph', closing ?? ''],
  ...contact.map((line): Expected => ['paragraph', line]),
];

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe('extractHtml: realistic press release page', () => {
  const html = readFileSync(new URL('../fixtures/ingest/summary.html', import.meta.url), 'utf8');
  const result = extractHtml(html);

  it('yields the release block by block', () => {
    expect(blocks(result)).toEqual(SUMMARY_BLOCKS);
  });

  it('contains every sentence of the seed exactly once', () => {
    const sentences = SEED_PARAGRAPHS.flatMap((paragraph) => paragraph.split(/(?<=\.)\s+(?=[A-Z])/));
    expect(sentences.length).toBeGreaterThan(SEED_PARAGRAPHS.length);
    for (const sentence of sentences) expect(occurrences(result.text, sentence), sentence).toBe(1);
  });

  it.each([
    'Ministry of Internal Affairs and Communications |',
    'tracking',
    'font-family',
    'Skip to main content',
    'Search this site',
    'Press Releases',
    'Policy & Planning',
    'Copyright',
    'Privacy policy',
    'Share on social media',
    'https://',
  ])('leaves out %j', (noise) => {
    expect(result.text).not.toContain(noise);
  });
});

describe('extractHtml: page chrome marked by id and class', () => {
  const page = `<html><body>
    <div id="header"><p>Ministry of Internal Affairs and Communications</p></div>
    <ul class="gnav"><li>Home</li><li>Press Releases</li></ul>
    <div class="breadcrumb">Home &gt; Press Releases</div>
    <div id="contents">
      <h1>Results of the 30th Japan-EU ICT Policy Dialogue</h1>
      <p>The EU side explained the AI Act.</p>
    </div>
    <div class="pagetop">Page top</div>
    <div id="footer"><p>Copyright MIC</p></div>
  </body></html>`;

  it('takes the #contents container as the main text and drops header, menus, breadcrumbs, footer', () => {
    expect(extractHtml(page).text).toBe(
      'Results of the 30th Japan-EU ICT Policy Dialogue\n\nThe EU side explained the AI Act.\n',
    );
  });

  it.each([['header'], ['gnav'], ['breadcrumb'], ['topicpath'], ['pagetop'], ['footer'], ['sidebar']])(
    'drops an element whose class is %s, without a main container',
    (name) => {
      const html = `<body><div class="${name}">Chrome text</div><p>The EU side explained the AI Act.</p></body>`;
      expect(extractHtml(html).text).toBe('The EU side explained the AI Act.\n');
    },
  );

  it('keeps text whose class merely contains such a word', () => {
    const html = '<body><p class="header-note">The EU side explained the AI Act.</p></body>';
    expect(extractHtml(html).text).toBe('The EU side explained the AI Act.\n');
  });
});

describe('extractHtml: the page title', () => {
  it.each<[string, string, string | undefined]>([
    ['kept outside the text', '<head><title>Results ｜外務省</title></head><p>Body.</p>', 'Results ｜外務省'],
    ['its space folded', '<title>\n  A |\n  EEAS </title><p>Body.</p>', 'A | EEAS'],
    ['none', '<p>Body.</p>', undefined],
    ["not an icon's", '<body><svg><title>Search</title></svg><p>Body.</p></body>', undefined],
  ])('%s', (_name, html, expected) => {
    const extracted = extractHtml(html);
    expect(extracted.pageTitle).toBe(expected);
    expect(extracted.text).not.toContain('EEAS');
  });
});
