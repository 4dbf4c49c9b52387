import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toSourceDocument } from '../../src/ingest/read.js';
import { segmentSentences } from '../../src/stages/sentences.js';
import { analyzeStructure, isBodyBlock } from '../../src/stages/structure/index.js';

// ---------------------------------------------------------------------------------------------
// Documents built from the pieces press releases are made of, with the hazards the splitter and
// the classifier must survive: abbreviations, glosses, bullets, hard wraps, indentation, CRLF/CR.

const WORDS = [
  'Japan',
  'the',
  'EU',
  'side',
  'explained',
  'agreed',
  'to',
  'promote',
  'cooperation',
  'data',
  'AI',
  '5G',
  '(6G)',
  'e.g.,',
  'i.e.',
  'U.S.',
  'Mr.',
  'No.',
  '5',
  'version',
  '2.0',
  'ISAC*',
  'J.',
  'Living-in.EU',
  '“quoted”',
  'R&D',
  'etc.',
  'Japan’s',
  'policy:',
  '(GDPR).',
  '3.5',
  'GHz',
];
const OPENERS = ['The', 'Japan', 'Both', 'In', 'Mr.', 'It', '5G', '“The', '(The', 'At'];
const ENDS = ['.', '.', '.', '?', '!', '.)', '."', '.”', '', '。'];

const sentence = fc
  .tuple(
    fc.constantFrom(...OPENERS),
    fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }),
    fc.constantFrom(...ENDS),
  )
  .map(([first, rest, end]) => `${[first, ...rest].join(' ')}${end}`);

/** A paragraph, perhaps hard-wrapped over several lines. */
const paragraph = fc
  .tuple(
    fc.array(sentence, { minLength: 1, maxLength: 4 }),
    fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 4 }),
  )
  .map(([sentences, wraps]) => {
    const words = sentences.join(' ').split(' ');
    const lines: string[] = [];
    let at = 0;
    for (const size of wraps) {
      if (at >= words.length) break;
      lines.push(words.slice(at, at + size).join(' '));
      at += size;
    }
    if (at < words.length) lines.push(words.slice(at).join(' '));
    return lines;
  });

const heading = fc
  .constantFrom(
    '1. AI',
    '2. Major achievements',
    '(1) Beyond 5G and Open RAN',
    '（2） Data',
    'i. 5G',
    'ii. Data protection',
    'II. Main topics',
    'Main results',
    'Major achievements of the 12th Japan-EU ICT Strategy Workshop',
    '5G/Beyond 5G (6G)',
  )
  .map((line) => [line]);

const bullets = fc
  .tuple(
    fc.constantFrom('•', '・', '-', '*', '●', '1.', '(a)'),
    fc.array(sentence, { minLength: 1, maxLength: 3 }),
  )
  .map(([mark, items]) => items.map((item) => `${mark} ${item}`));

const gloss = fc.constantFrom(
  ['* ISAC: Information Sharing and Analysis Center'],
  ['• *1 NICT: National Institute of Information and Communications Technology'],
  ['*1 EPA: Economic Partnership Agreement'],
  ['** WSIS: World Summit on the Information Society'],
  ['• *', 'ISAC: Information Sharing and Analysis Center'],
  ['• *1', 'GPAI: Global Partnership on Artificial Intelligence'],
  ['ISAC: Information Sharing and Analysis Center'],
  ['※1 GPAI: Global Partnership on AI'],
);

const contact = fc.constantFrom(
  ['TEL: +81 3 5253 5920'],
  ['FAX: +81 3 5253 5924', 'E-mail: ict(at)example.go.jp'],
  ['Contact:', 'Global Strategy Division, Global Strategy Bureau, MIC'],
  ['For further information about this press release, please contact:', 'TEL: +81 3 5253 5920'],
);

const dateline = fc.constantFrom(['November 19, 2021'], ['Friday, 19 November 2021'], ['2021/11/19']);
const title = fc.constantFrom(
  ['November 19, 2021 Results of 12th Japan-EU ICT Strategy Workshop'],
  ['Results of the 22nd Japan-EU ICT Policy Dialogue'],
  ['Japan-EU Digital Partnership Council'],
);

/** A line of arbitrary characters drawn from the ones that matter to the splitter and classifier. */
const noise = fc
  .array(fc.constantFrom(...'aZ9 .!?"”’()（）•*:：-–\t\u00a0。※[]'.split('')), {
    minLength: 1,
    maxLength: 30,
  })
  .map((chars) => [chars.join('')]);

const block = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 3, arbitrary: heading },
  { weight: 3, arbitrary: bullets },
  { weight: 2, arbitrary: gloss },
  { weight: 1, arbitrary: contact },
  { weight: 1, arbitrary: dateline },
  { weight: 2, arbitrary: noise },
);

const layout = fc.record({
  front: fc.array(fc.oneof(title, dateline), { maxLength: 2 }),
  blocks: fc.array(fc.tuple(block, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 3 })), {
    minLength: 1,
    maxLength: 12,
  }),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  trailing: fc.boolean(),
  bom: fc.boolean(),
});

type Layout = typeof layout extends fc.Arbitrary<infer T> ? T : never;

function render({ front, blocks, eol, trailing }: Layout): string {
  const lines: string[] = [];
  for (const part of front) lines.push(...part, '');
  for (const [part, blanks, indent] of blocks) {
    for (const line of part) lines.push(`${' '.repeat(indent)}${line}`);
    for (let i = 0; i < blanks; i++) lines.push(i === 0 ? '' : ' \t');
  }
  return lines.join(eol) + (trailing ? eol : '');
}

// ---------------------------------------------------------------------------------------------

const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Checks the offsets invariant of one document; throws on the first violation. */
function checkOffsets(path: string, text: string, bom: boolean): void {
  const bytes = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`);
  if (text.trim() === '') {
    // A document without text is refused, not analysed into nothing.
    expect(() => toSourceDocument(path, bytes)).toThrow(/has no text/);
    return;
  }
  const source = toSourceDocument(path, bytes);
  if (path.endsWith('.txt')) expect(source.text).toBe(text);
  const structure = analyzeStructure(source);
  const sentences = segmentSentences(source.text, structure);
  const covered = new Uint8Array(source.text.length);

  let previousEnd = 0;
  sentences.forEach((sentence, i) => {
    const { start, end } = sentence.span;
    expect(sentence.index).toBe(i + 1);
    expect(start).toBeLessThan(end);
    expect(start).toBeGreaterThanOrEqual(previousEnd); // disjoint and in order
    previousEnd = end;
    const slice = source.text.slice(start, end);
    expect(slice).toBe(slice.trim());
    expect(fold(slice)).toBe(sentence.text);
    const home = structure.blocks[sentence.block];
    expect(home && isBodyBlock(home)).toBe(true);
    expect(start).toBeGreaterThanOrEqual(home?.content.start ?? Number.NaN);
    expect(end).toBeLessThanOrEqual(home?.content.end ?? Number.NaN);
    expect(sentence.section).toBe(home?.section);
    for (let at = start; at < end; at++) covered[at] = (covered[at] ?? 0) + 1;
  });

  for (const b of structure.blocks) {
    if (isBodyBlock(b)) {
      for (let at = b.content.start; at < b.content.end; at++) {
        if (/\s/.test(source.text[at] ?? '')) continue;
        if (covered[at] !== 1) {
          throw new Error(
            `character ${at} (${JSON.stringify(source.text[at])}) is in ${covered[at]} sentences`,
          );
        }
      }
    } else {
      // Headings, the title, the dateline and furniture hold no sentence.
      for (let at = b.span.start; at < b.span.end; at++) {
        if (covered[at] !== 0) throw new Error(`${b.kind} block overlaps a sentence at ${at}`);
      }
    }
  }
}

describe('offsets invariant (property)', () => {
  it('plain text: every non-space of a body block is in exactly one sentence; sentences are disjoint, ordered, trimmed and exact', () => {
    fc.assert(
      fc.property(layout, (document) => {
        checkOffsets('doc.txt', render(document), document.bom);
      }),
      { numRuns: 500 },
    );
  });

  it('the same documents read as Markdown', () => {
    fc.assert(
      fc.property(layout, (document) => {
        checkOffsets('doc.md', render(document), document.bom);
      }),
      { numRuns: 200 },
    );
  });

  it('the seed layout with CRLF is a fixed point of the invariant', () => {
    const text = [
      'November 19, 2021 Results of 12th Japan-EU ICT Strategy Workshop',
      '',
      'Major achievements of the 12th Japan-EU ICT Strategy Workshop',
      '',
      '1. 5G/Beyond 5G (6G)',
      '',
      'The Japanese side explained the strategy, e.g., the research of Beyond 5G. The EU side explained 6G.',
      '',
      '  • *',
      '    ISAC: Information Sharing and Analysis Center',
      '',
      'TEL: +81 3 5253 5920',
    ].join('\r\n');
    expect(() => checkOffsets('doc.txt', text, false)).not.toThrow();
  });
});
