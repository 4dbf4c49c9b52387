// Bounded work on adversarial input: every regular expression family of src/ingest and
// src/metadata.ts on a string built to make a backtracking pattern go quadratic, and the HTML and
// Markdown extractors on deep nesting and floods of markup. At these sizes a quadratic pattern
// takes minutes; linear work takes milliseconds, so the budget is far from both.
import { describe, expect, it } from 'vitest';
import { declaredCharset } from '../../src/ingest/decode.js';
import { extractHtml, foldSpace, isGloss } from '../../src/ingest/html.js';
import {
  boundMarkdown,
  extractMarkdown,
  FOOTNOTE_DEFINITION,
  FOOTNOTE_REFERENCE,
  FRONT_MATTER,
  MAX_CONTAINER_MARKERS,
  markdownPieces,
  PIECE_CHARS,
} from '../../src/ingest/markdown.js';
import { parseMetadata } from '../../src/metadata.js';

// Markdown goes through micromark, some 20 times slower per character than a regular expression,
// so whole-document cases use M, and its patterns are tested on their own at N.
const N = 200_000;
const M = N / 20;
// These budgets guard against blow-ups, not speed: a super-linear pattern on these inputs takes
// minutes, a linear one well under a second even on a shared, loaded machine; speed targets live
// in `npm run bench`. Generous on purpose, so that load never fails them.
const BUDGET_MS = 15_000;
const MARKDOWN_BUDGET_MS = 25_000;

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('regular expressions: no super-linear backtracking', () => {
  const metadata = (text: string) => () => {
    try {
      parseMetadata(text, 'metadata.csv');
    } catch {
      // A refusal is fine; only the time counts.
    }
  };
  it.each<[string, () => unknown]>([
    ['foldSpace: long white space runs', () => foldSpace(`${' \u3000\t'.repeat(N)}x${' '.repeat(N)}`)],
    ['GLOSS: digits with no space after', () => isGloss(`* ${'1'.repeat(N)}`)],
    ['GLOSS: many words, no colon', () => isGloss(`*${' AB'.repeat(N)}`)],
    ['GLOSS: one long term, no colon', () => isGloss(`* ${'A'.repeat(N)} `)],
    ['GLOSS/TERM: long acronym-like term', () => isGloss(`* ${'A.'.repeat(N)}:`)],
    ['CHROME: long class name', () => extractHtml(`<div class="${'site-'.repeat(N)}">x</div>`)],
    ['MAIN_ID: long id', () => extractHtml(`<div id="${'main-'.repeat(N)}">x</div>`)],
    ['footnote class /note/', () => extractHtml(`<div class="${'not'.repeat(N)}">x</div>`)],
    ['isHidden: long style', () => extractHtml(`<p style="${' '.repeat(N)}display :${' '.repeat(N)}">x</p>`)],
    ['parseInteger: ol start', () => extractHtml(`<ol start="${' '.repeat(N)}${'1'.repeat(N)}x"><li>x</ol>`)],
    ['heading name', () => extractHtml(`<h${'1'.repeat(N)}>x</h1>`)],
    ['FOOTNOTE_DEFINITION: unclosed label', () => FOOTNOTE_DEFINITION.exec(`[^${'a'.repeat(N)}`)],
    ['FOOTNOTE_REFERENCE: a flood of "[^"', () => '[^a'.repeat(N).replace(FOOTNOTE_REFERENCE, '')],
    [
      'FOOTNOTE_REFERENCE: unclosed labels',
      () => `${'[^'.repeat(N)}${'a'.repeat(N)}`.replace(FOOTNOTE_REFERENCE, ''),
    ],
    ['FRONT_MATTER: no colon in the key', () => FRONT_MATTER.exec(`---\n${'a'.repeat(N)}`)],
    ['FRONT_MATTER: no end', () => FRONT_MATTER.exec(`---\nkey: v\n${'\n---   x'.repeat(N)}`)],
    [
      'FRONT_MATTER: long blank runs',
      () => FRONT_MATTER.exec(`---\nkey: v${'\r\n---'.repeat(N)}${' '.repeat(N)}x`),
    ],
    ['Markdown prefix: deep blockquote', () => boundMarkdown(`${'> '.repeat(N)}x`)],
    ['Markdown prefix: deep lists on one line', () => boundMarkdown(`${'- '.repeat(N)}x`)],
    ['Markdown prefix: long indentation', () => boundMarkdown(`${' \t'.repeat(N)}- x`)],
    ['Markdown prefix: long numbers', () => boundMarkdown(`${'1'.repeat(N)}. x\n`.repeat(4))],
    ['Markdown delimiter floods', () => boundMarkdown(`${'*_[]'.repeat(N)}\n`)],
    ['<br> test', () => extractMarkdown(`x <br${'r'.repeat(M)}`)],
    ['meta charset prescan', () => declaredCharset(Buffer.from(`<meta ${'a='.repeat(N)}`))],
    ['metadata: quotes in the header', metadata(`${'"'.repeat(N)}\n`)],
    ['metadata: long meeting number', metadata(`doc,meeting\nx,${'1'.repeat(N)}x\n`)],
    ['metadata: long date', metadata(`doc,date\nx,${'2021-'.repeat(N)}\n`)],
  ])('%s', (_name, run) => {
    expect(timed(run)).toBeLessThan(BUDGET_MS);
  });
});

describe('HTML: deep nesting and floods of markup, linear and without a stack overflow', () => {
  const deep = 50_000;
  it.each<[string, string, string]>([
    ['nested divs', `${'<div>'.repeat(deep)}Japan explained.${'</div>'.repeat(deep)}`, 'Japan explained.\n'],
    ['unclosed divs', `${'<div>'.repeat(deep)}Japan explained.`, 'Japan explained.\n'],
    ['nested inline elements', `<p>${'<b><i>'.repeat(deep)}Japan explained.`, 'Japan explained.\n'],
    ['stray end tags in deep nesting', `${'<div>'.repeat(deep)}${'</span>'.repeat(deep)}Japan.`, 'Japan.\n'],
    ['nested lists', `${'<ul><li>'.repeat(deep / 4)}Japan.`, '• Japan.\n'],
    ['nested tables', `${'<table><tr><td>'.repeat(deep / 4)}Japan.`, 'Japan.\n'],
    ['nested MathML (foreign content)', `<p>Japan.</p>${'<math><mi>'.repeat(deep)}`, 'Japan.\n'],
    ['nested SVG', `<p>Japan.</p>${'<svg><g/>'.repeat(deep)}`, 'Japan.\n'],
    ['unclosed comment', `<p>Japan.</p><!--${'<p>x</p>'.repeat(deep)}`, 'Japan.\n'],
    ['unclosed script', `<p>Japan.</p><script>${'<p>x</p>'.repeat(deep)}`, 'Japan.\n'],
    ['unclosed style', `<p>Japan.</p><style>${'p{}'.repeat(deep)}`, 'Japan.\n'],
    ['CDATA', `<p>Japan.</p><![CDATA[${'<p>x</p>'.repeat(deep)}]]>`, 'Japan.\n'],
    ['unclosed tag', `<p>Japan.</p><p ${'a="b" '.repeat(deep)}`, 'Japan.\n'],
  ])('%s', (_name, html, text) => {
    let result = { text: '' };
    expect(timed(() => (result = extractHtml(html)))).toBeLessThan(BUDGET_MS);
    expect(result.text).toBe(text);
  });

  it('a page of scripts, styles and comments between paragraphs keeps only the paragraphs', () => {
    const block =
      '<script>var a = "<p>no</p>";</script><style>p{}</style><!-- <p>no</p> --><p>Japan explained.</p>';
    let result = { text: '' };
    expect(timed(() => (result = extractHtml(block.repeat(20_000))))).toBeLessThan(BUDGET_MS * 2);
    expect(result.text).toBe('Japan explained.\n\n'.repeat(20_000).slice(0, -1));
  });
});

describe('Markdown: deep nesting, delimiter floods, code blocks and tables', () => {
  it.each<[string, string, string]>([
    ['deep blockquote', `${'>'.repeat(50_000)} Japan explained.`, 'Japan explained.\n'],
    ['deep lists on one line', `${'- '.repeat(25_000)}Japan explained.`, '• Japan explained.\n'],
    [
      'emphasis flood',
      `${'**'.repeat(10_000)}Japan${'**'.repeat(10_000)}`,
      `${'**'.repeat(10_000)}Japan${'**'.repeat(10_000)}\n`,
    ],
    [
      'nested emphasis flood',
      `${'*_'.repeat(10_000)}x${'_*'.repeat(10_000)}`,
      `${'*_'.repeat(10_000)}x${'_*'.repeat(10_000)}\n`,
    ],
    ['bracket flood', `${'['.repeat(12_000)}x`, `${'['.repeat(12_000)}x\n`],
    ['image flood', `${'!['.repeat(6_000)}x`, `${'!['.repeat(6_000)}x\n`],
    ['footnote reference flood', `${'[^'.repeat(6_000)}x`, `${'[^'.repeat(6_000)}x\n`],
  ])('%s', (_name, markdown, text) => {
    // The bounds step in (the prefix cut, the delimiters escaped) ...
    expect(boundMarkdown(markdown)).not.toBe(markdown);
    // ... so that what took over 20 s before (10,000 emphasis pairs) takes well under a second;
    // the budget leaves room for a loaded machine.
    let result = { text: '' };
    expect(timed(() => (result = extractMarkdown(markdown)))).toBeLessThan(MARKDOWN_BUDGET_MS);
    expect(result.text).toBe(text);
  });

  it('code blocks and tables, 1,000 of each', () => {
    const block =
      '```\ncode * with _ stars\n```\n\n| a | b |\n|---|---|\n| *x* | [y](z) |\n\nJapan **explained**.\n\n';
    let result = { text: '' };
    expect(timed(() => (result = extractMarkdown(block.repeat(1_000))))).toBeLessThan(MARKDOWN_BUDGET_MS);
    expect(
      result.text.startsWith('code * with _ stars\n\n| a | b | |---|---| | x | y |\n\nJapan explained.\n\n'),
    ).toBe(true);
  });

  it('ordinary emphasis and nesting are untouched by the bounds', () => {
    const markdown = '> - **Japan** explained _AI_ and [links](x).\n>   - 1. nested\n';
    expect(boundMarkdown(markdown)).toBe(markdown);
    expect(extractMarkdown(markdown).text).toBe('• Japan explained AI and links.\n\n1. nested\n');
  });

  it(`a line keeps at most ${MAX_CONTAINER_MARKERS} container markers`, () => {
    expect(boundMarkdown(`${'> '.repeat(40)}x`)).toBe(`${'> '.repeat(32)}x`);
  });
});

describe('Markdown: a long document is parsed in pieces, cut only where no block continues', () => {
  const filler = 'Japan explained AI. '.repeat(40);
  const paragraphs = (count: number) => Array.from({ length: count }, () => filler).join('\n\n');
  const fill = Math.ceil(PIECE_CHARS / (filler.length + 2));

  it.each<[string, string]>([
    ['fenced code', '```\ncode\n\nflush left in the fence\n\nmore\n```'],
    ['an HTML comment', '<!--\nhidden\n\nflush left in the comment\n-->'],
    ['a script', '<script>\nvar a;\n\nflush();\n</script>'],
    ['a list item with an indented paragraph', '- item\n\n  its second paragraph'],
  ])('%s across the piece size is never cut', (_name, block) => {
    const source = `${paragraphs(fill - 1)}\n\n${block}\n\n${paragraphs(fill)}\n`;
    const pieces = markdownPieces(source);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(source);
    const at = source.indexOf(block);
    let offset = 0;
    for (const piece of pieces.slice(0, -1)) {
      offset += piece.length;
      expect(offset <= at || offset >= at + block.length, `cut at ${offset}`).toBe(true);
    }
  });

  it('gives the same text as the whole document would', () => {
    const source = `# Title\n\n${paragraphs(3 * fill)}\n`;
    expect(markdownPieces(source).length).toBeGreaterThan(2);
    const { text, hints } = extractMarkdown(source);
    expect(text).toBe(`Title\n\n${`${filler.trim()}\n\n`.repeat(3 * fill).slice(0, -1)}`);
    expect(hints).toHaveLength(3 * fill + 1);
  });

  it('a summary-sized document is one piece', () => {
    expect(markdownPieces(paragraphs(10))).toHaveLength(1);
  });
});
