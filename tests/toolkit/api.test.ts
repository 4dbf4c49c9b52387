// The toolkit from the library: what the commands print, without the command line.
import { describe, expect, it } from 'vitest';
import {
  analyzeDocument,
  explainDocument,
  explainStatement,
  keyness,
  kwic,
  loadCodebook,
  quantedaDictionary,
  readDocument,
} from '../../src/index.js';

const codebook = loadCodebook().compiled;
const document = analyzeDocument(
  readDocument('corpus/2021-11-17_japan-eu-ict-strategy-workshop-12.txt'),
  codebook,
);

describe('the toolkit from src/index.ts', () => {
  it('explainStatement gives the lines explain prints', () => {
    const statement = document.statements.find((s) => s.stance === 'raised_issues');
    expect(statement && explainStatement(statement).side).toBe(
      'japan: the subject "the Japanese side" names japan',
    );
    expect(explainDocument(document)).toHaveLength(document.statements.length);
  });

  it('kwic, keyness and the dictionary', () => {
    expect(kwic([document], codebook, { pattern: 'raise issues' })).toHaveLength(1);
    expect(
      keyness([document], codebook, { target: { side: 'japan' }, reference: { side: 'eu' } }).length,
    ).toBeGreaterThan(0);
    expect(Object.keys(quantedaDictionary(codebook.source))).toContain('stance');
  });
});
