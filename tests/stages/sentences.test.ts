import { describe, expect, it } from 'vitest';
import { toSourceDocument } from '../../src/ingest/read.js';
import { segmentSentences } from '../../src/stages/sentences.js';
import { analyzeStructure } from '../../src/stages/structure/index.js';

describe('segmentSentences', () => {
  const text = [
    'Results of the 12th Japan-EU ICT Strategy Workshop',
    '',
    'The two sides met.',
    '',
    '1. AI',
    '',
    '• The EU side explained the AI Act. Japan',
    '  agreed.',
    '• Both sides welcomed it.',
    '',
    '* ISAC: Information Sharing and Analysis Center',
    '',
    'TEL: +81 3 5253 5920',
  ].join('\r\n');
  const source = toSourceDocument('doc.txt', Buffer.from(text));
  const structure = analyzeStructure(source);
  const sentences = segmentSentences(source.text, structure);

  it('takes the sentences of body blocks only, numbered from 1, whitespace folded', () => {
    expect(sentences.map((s) => [s.index, s.text, s.section])).toEqual([
      [1, 'The two sides met.', null],
      [2, 'The EU side explained the AI Act.', 0],
      [3, 'Japan agreed.', 0],
      [4, 'Both sides welcomed it.', 0],
    ]);
  });

  it('points each sentence at its body block and leaves the bullet out', () => {
    for (const sentence of sentences) {
      const block = structure.blocks[sentence.block];
      expect(block?.kind === 'paragraph' || block?.kind === 'item').toBe(true);
      expect(sentence.span.start).toBeGreaterThanOrEqual(block?.content.start ?? Number.NaN);
      expect(sentence.span.end).toBeLessThanOrEqual(block?.content.end ?? Number.NaN);
      expect(text.slice(sentence.span.start, sentence.span.end).replace(/\s+/g, ' ')).toBe(sentence.text);
    }
    expect(text.slice(sentences[2]?.span.start, sentences[2]?.span.end)).toBe('Japan\r\n  agreed.');
  });
});
