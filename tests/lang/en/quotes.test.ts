// Quotations in English releases and who speaks them: the finder's spans, then whole documents
// where the quotation's speaker decides the side of every clause in it.
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../../src/codebook/load.js';
import { quoteFinder } from '../../../src/lang/en/quotes.js';
import { analyzeDocument } from '../../../src/pipeline.js';
import { textSource } from '../../helpers.js';

const find = quoteFinder(['said', 'added', 'stated']);

describe('quoteFinder', () => {
  it.each<[string, string | null, boolean]>([
    [
      '"We are partners who share the same values," said Commissioner Lacombe.',
      'Commissioner Lacombe',
      false,
    ],
    ['“We are partners who share the same values,” Minister Sato said.', 'Minister Sato', false],
    ['Kessler said: "Germany and Japan are partners who share the same values."', 'Kessler', false],
    ['“This dialogue has never mattered more than it does today,” he added.', 'he', false],
    ['Minister Thomas Whitfield said:', 'Minister Thomas Whitfield', true],
    // A name in quotation marks is no quotation; nor is a quotation nobody is said to speak.
    ['The "Economic 2+2" met in Tokyo.', null, false],
    // A quoted name in running text, with someone else's verb after it.
    [
      'The EU presented the "Data Free Flow with Trust" initiative and the Japanese side noted it.',
      null,
      false,
    ],
    ['“We are partners who share the same values.”', null, false],
    // French guillemets, as a French ministry's English page keeps them.
    ['« Japan and France share the same conviction, » said Mathilde Rouvier.', 'Mathilde Rouvier', false],
  ])('%s', (text, speaker, opensParagraphs) => {
    const [quote] = find(text);
    if (speaker === null) return expect(quote).toBeUndefined();
    expect(quote && text.slice(quote.speaker.start, quote.speaker.end)).toBe(speaker);
    expect(quote?.opensParagraphs).toBe(opensParagraphs);
  });

  it('gives a quotation right after an attributed one the same speaker', () => {
    const text =
      '"Japan is a world leader in broadband," said Director-General Lorenzetti. "I am pleased that we have agreed to work together on RFID."';
    const quotes = find(text);
    expect(quotes.map((q) => text.slice(q.speaker.start, q.speaker.end))).toEqual([
      'Director-General Lorenzetti',
      'Director-General Lorenzetti',
    ]);
    expect(quotes.map((q) => q.continued === true)).toEqual([false, true]);
  });

  it('spans the quotation with its marks', () => {
    const text = 'Intro. "Ransomware gangs do not respect borders," said Ambassador Ellison.';
    const [quote] = find(text);
    expect(quote && text.slice(quote.start, quote.end)).toBe('"Ransomware gangs do not respect borders,"');
  });
});

const uk = loadCodebook('codebooks/japan-uk.json').compiled;
const sides = (text: string) =>
  analyzeDocument(textSource(text), uk).statements.map((s) => [s.side, s.text.slice(0, 30)]);

describe('quotations in documents', () => {
  const head = 'Results of the 7th Japan-UK ICT Policy Dialogue\n\n';
  it('gives the speaker every clause of a marked quotation, whoever its subject names', () => {
    expect(
      sides(
        `${head}Technology Secretary Jane Doe met Japanese officials in London.\n\n"Japan is one of our closest partners, and we will keep working together," said Doe.\n`,
      ),
    ).toEqual([
      ['uk', 'Technology Secretary Jane Doe '],
      ['uk', '"Japan is one of our closest p'],
      ['uk', 'and we will keep working toget'],
    ]);
  });

  it('reads "X said:" on its own line as no heading, and the paragraphs after it as X\'s', () => {
    const rows = sides(
      `${head}Technology Secretary Jane Doe opened the dialogue.\n\nDoe said:\n\nJapan is one of the UK's closest partners in the Indo-Pacific.\n\nI look forward to working with our Japanese colleagues.\n\nThe Japanese side explained its Beyond 5G strategy.\n`,
    );
    expect(rows.map(([side]) => side)).toEqual(['uk', 'uk', 'uk', 'uk', 'japan']);
  });

  it("keeps the own actor of another side's act reported in a continued quotation", () => {
    const rows = sides(
      `${head}Technology Secretary Jane Doe met Japanese officials in London.\n\n"I was glad to be back in Tokyo," said Doe. "I explained our approach to online safety. The Japanese side presented its rules on app stores."\n`,
    );
    expect(rows.map(([side]) => side)).toEqual(['uk', 'uk', 'uk', 'japan']);
  });

  it("keeps the speaker's view of both sides in a continued quotation as the speaker's", () => {
    const rows = sides(
      `${head}Technology Secretary Jane Doe met Japanese officials in London.\n\n"I was glad to be back in Tokyo," said Doe. "Japan and the UK share the same values."\n`,
    );
    expect(rows.map(([side]) => side)).toEqual(['uk', 'uk', 'uk']);
  });

  it('ends an introduced quotation in marks with its paragraph', () => {
    const rows = sides(
      `${head}Technology Secretary Jane Doe opened the dialogue.\n\nDoe said:\n\n"Japan is one of our closest technology partners."\n\nThe two delegations discussed online safety.\n`,
    );
    expect(rows.map(([side]) => side)).toEqual(['uk', 'uk', 'uk', 'both']);
  });
});
