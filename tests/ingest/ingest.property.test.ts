// Property tests over random bytes and random markup: decoding, reading and extraction either give
// a document or refuse it with a DialogueStanceError (nothing else escapes), never decode into
// replacement characters, and every block hint stays inside the text.
//
// Seeded: a normal test run is the same every time; `npm run fuzz` runs many more cases from a
// fresh seed. A failure prints the seed (and fast-check's path); FUZZ_SEED=<seed> replays it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DialogueStanceError } from '../../src/errors.js';
import { decodeBytes } from '../../src/ingest/decode.js';
import { extractHtml } from '../../src/ingest/html.js';
import { extractMarkdown } from '../../src/ingest/markdown.js';
import { readInputs, toSourceDocument } from '../../src/ingest/read.js';
import type { BlockHint } from '../../src/types.js';
import { check as checkRuns, fuzzRuns } from '../fuzz.js';
import { encodeLegacy } from './legacy.js';

const RUNS = fuzzRuns(200);
const check = <T>(property: fc.IProperty<T>, runs = RUNS): void => checkRuns(property, runs);

/** Runs `action`; a DialogueStanceError is a refusal and fine, any other throw fails the property. */
function refusedOr<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch (error) {
    if (error instanceof DialogueStanceError) {
      expect(error.message).not.toMatch(/[\r\n]/);
      return undefined;
    }
    throw error;
  }
}

function expectHintsInside(text: string, hints: readonly BlockHint[]): void {
  let previous = 0;
  for (const { span } of hints) {
    expect(span.start).toBeGreaterThanOrEqual(previous);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
    const slice = text.slice(span.start, span.end);
    expect(slice).toBe(slice.trim());
    previous = span.end;
  }
}

// Bytes that look like what reaches us: mostly text in some encoding, with random damage.
const JAPANESE = [
  '日本側は',
  'AIについて説明した。',
  '「データ」',
  '・',
  '（第12回）',
  'ワークショップ',
  '\n',
];
const textual = fc
  .tuple(
    fc.array(fc.constantFrom(...JAPANESE, 'Japan explained. ', '<p>', '</p>', '\r\n', ' '), {
      maxLength: 20,
    }),
    fc.constantFrom('utf-8', 'shift_jis', 'euc-jp', 'utf-16le') as fc.Arbitrary<
      'utf-8' | 'shift_jis' | 'euc-jp' | 'utf-16le'
    >,
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
  )
  .map(([parts, encoding, damage]) => {
    const text = parts.join('');
    const bytes =
      encoding === 'utf-8' || encoding === 'utf-16le'
        ? Uint8Array.from(Buffer.from(text, encoding === 'utf-8' ? 'utf8' : 'utf16le'))
        : encodeLegacy(text, encoding);
    for (const [at, byte] of damage) if (bytes.length > 0) bytes[at % bytes.length] = byte;
    return bytes;
  });
const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 300 }), textual);

describe('decodeBytes (property)', () => {
  it('gives text without replacement characters, or refuses; nothing else escapes', () => {
    check(
      fc.property(anyBytes, fc.boolean(), (bytes, html) => {
        const decoded = refusedOr(() => decodeBytes(bytes, 'x', { html }));
        if (!decoded) return;
        if (decoded.encoding === 'utf-8') {
          // A UTF-8 decoding is exact: the text encodes back to the very bytes (BOM aside).
          const body =
            bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
          expect(Buffer.from(decoded.text, 'utf8').equals(Buffer.from(body))).toBe(true);
        } else if (decoded.encoding === 'shift_jis' || decoded.encoding === 'euc-jp') {
          expect(decoded.text).not.toContain('\uFFFD');
        }
        expect(decoded.text).not.toContain('\0');
      }),
    );
  });
});

// Markup made of the pieces that break extractors: nesting, comments, CDATA, scripts, entities,
// unclosed tags, Markdown containers, emphasis, links, fences and tables.
const HTML_PIECES = [
  '<div>',
  '</div>',
  '<p>',
  '</p>',
  '<ul>',
  '<ol start="3">',
  '<ol reversed>',
  '<li>',
  '</li>',
  '<h2>',
  '</h2>',
  '<script>',
  '</script>',
  '<style>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<br>',
  '<main>',
  '<article>',
  '<aside class="note">',
  '<nav>',
  '<table><tr><td>',
  '&amp;',
  '&nbsp;',
  '&#x1F600;',
  '<',
  '>',
  '"',
  'Japan ',
  'explained. ',
  '* ISAC: Information ',
  '日本',
  '\n',
  ' ',
  '</span>',
  '<template>',
  '<svg>',
  '</svg>',
];
const MARKDOWN_PIECES = [
  '# ',
  '## ',
  '> ',
  '- ',
  '* ',
  '1. ',
  '   ',
  '\n',
  '\n\n',
  '**',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '![',
  '[^1]',
  '[^1]: ',
  '```',
  '~~~',
  '|',
  '---',
  '<br>',
  '<!--',
  '-->',
  '\\',
  '`',
  'Japan ',
  'explained. ',
  'ISAC: ',
  '日本',
  '\r\n',
  '\t',
];
const markup = (pieces: string[]) =>
  fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => parts.join(''));

describe('extractHtml and extractMarkdown (property)', () => {
  it('HTML: never throws; hints are ordered, inside the text and trimmed', () => {
    check(
      fc.property(markup(HTML_PIECES), (html) => {
        const { text, hints } = extractHtml(html);
        expectHintsInside(text, hints);
      }),
    );
  });

  it('Markdown: never throws; hints are ordered, inside the text and trimmed', () => {
    check(
      fc.property(markup(MARKDOWN_PIECES), (markdown) => {
        const { text, hints } = extractMarkdown(markdown);
        expectHintsInside(text, hints);
      }),
    );
  });

  it('any string at all: extraction never throws', () => {
    check(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expectHintsInside(extractHtml(text).text, extractHtml(text).hints);
        expectHintsInside(extractMarkdown(text).text, extractMarkdown(text).hints);
      }),
    );
  });
});

describe('reading files (property)', () => {
  const root = mkdtempSync(join(tmpdir(), 'dialogue-stance-fuzz-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('toSourceDocument: a document with hints inside its text, or a refusal', () => {
    check(
      fc.property(anyBytes, fc.constantFrom('x.txt', 'x.md', 'x.html'), (bytes, path) => {
        const source = refusedOr(() => toSourceDocument(path, bytes));
        if (source) {
          expect(source.text.trim()).not.toBe('');
          expectHintsInside(source.text, source.hints);
        }
      }),
    );
  });

  it('readInputs over a folder of random files: every file is read or refused, none lost', () => {
    let round = 0;
    check(
      fc.property(
        fc.array(fc.tuple(anyBytes, fc.constantFrom('.txt', '.md', '.html')), { maxLength: 6 }),
        (files) => {
          const folder = join(root, `round-${round++}`);
          mkdirSync(folder);
          files.forEach(([bytes, extension], i) => {
            writeFileSync(join(folder, `f${i}${extension}`), bytes);
          });
          const result = readInputs([folder]);
          expect(result.documents.length + result.refused.length).toBe(files.length);
          for (const source of result.documents) expectHintsInside(source.text, source.hints);
        },
      ),
      Math.max(20, RUNS / 10),
    );
  });
});
