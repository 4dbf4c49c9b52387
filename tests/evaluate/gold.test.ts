import { describe, expect, it } from 'vitest';
import { DialogueStanceError } from '../../src/errors.js';
import { parseGold } from '../../src/evaluate/gold.js';

function goldError(csv: string, vocabulary = {}): DialogueStanceError {
  try {
    parseGold(csv, 'gold/a.csv', vocabulary);
  } catch (error) {
    if (error instanceof DialogueStanceError) return error;
    throw error;
  }
  throw new Error('expected a GOLD_INVALID error');
}

describe('parseGold', () => {
  it('reads rows, alternatives (preferred first) and an empty topic as not scored', () => {
    const csv = [
      'doc,snippet,side,stance,topic',
      'mic-2019,The EU side explained,eu,explained,general',
      'mic-2019,"Japan and the EU, both",both|none,concurred|other,',
    ].join('\n');
    expect(parseGold(csv, 'gold/a.csv')).toEqual([
      {
        doc: 'mic-2019',
        snippet: 'The EU side explained',
        side: ['eu'],
        stance: ['explained'],
        topic: ['general'],
        file: 'gold/a.csv',
        line: 2,
      },
      {
        doc: 'mic-2019',
        snippet: 'Japan and the EU, both',
        side: ['both', 'none'],
        stance: ['concurred', 'other'],
        topic: [],
        file: 'gold/a.csv',
        line: 3,
      },
    ]);
  });

  it('accepts a BOM, CRLF, blank lines, padded values, other column orders and extra columns', () => {
    const csv =
      '\ufeffnote,topic,stance,side,snippet,doc\r\n\r\nhard one, ai | data ,other, none ,  held  ,d1\r\n';
    const [row] = parseGold(csv, 'g.csv');
    expect(row).toMatchObject({ doc: 'd1', snippet: 'held', side: ['none'], topic: ['ai', 'data'], line: 3 });
  });

  it('numbers a row by the line it starts on when a quoted field spans lines', () => {
    const csv = 'doc,snippet,side,stance,topic\nd1,"two\nlines",eu,other,\nd1,after,eu,other,\n';
    expect(parseGold(csv, 'g.csv').map((row) => row.line)).toEqual([2, 4]);
  });

  it('returns no rows for a header alone', () => {
    expect(parseGold('doc,snippet,side,stance,topic\n', 'g.csv')).toEqual([]);
  });

  it('rejects an empty file', () => {
    expect(goldError('').message).toMatch(/^gold\/a\.csv:1: is empty/);
  });

  it('rejects a header without the gold columns, naming them', () => {
    const error = goldError('doc,text,side,stance\nd1,x,eu,other\n');
    expect(error.code).toBe('GOLD_INVALID');
    expect(error.message).toBe(
      'gold/a.csv:1: header lacks snippet, topic (a gold file starts with doc,snippet,side,stance,topic)',
    );
  });

  it('rejects a column named twice', () => {
    expect(goldError('doc,snippet,side,stance,topic,side\n').message).toMatch(/"side" appears twice/);
  });

  it('rejects an empty required field, naming file, line and field', () => {
    const csv = 'doc,snippet,side,stance,topic\nd1,x,eu,other,\nd1,y,eu,  ,ai\n';
    expect(goldError(csv).message).toBe('gold/a.csv:3: stance is empty');
    expect(goldError('doc,snippet,side,stance,topic\nd1, ,eu,other,\n').message).toBe(
      'gold/a.csv:2: snippet is empty',
    );
  });

  it('rejects an empty alternative', () => {
    expect(goldError('doc,snippet,side,stance,topic\nd1,x,eu|,other,\n').message).toBe(
      'gold/a.csv:2: side "eu|" has an empty alternative',
    );
  });

  it('rejects a stance outside the scheme', () => {
    expect(goldError('doc,snippet,side,stance,topic\nd1,x,eu,raised issues,\n').message).toBe(
      'gold/a.csv:2: stance "raised issues" is not one of explained, raised_issues, concurred, other',
    );
  });

  it('checks sides and topics against a vocabulary when one is given', () => {
    const csv = 'doc,snippet,side,stance,topic\nd1,x,eu|jp,other,ai\n';
    expect(goldError(csv, { sides: ['japan', 'eu', 'both', 'none'] }).message).toMatch(
      /^gold\/a\.csv:2: side "jp" is not one of japan, eu, both, none$/,
    );
    expect(goldError(csv.replace('|jp', ''), { topics: ['data'] }).message).toMatch(
      /topic "ai" is not one of data/,
    );
  });

  it('rejects the reserved (unmatched) label', () => {
    expect(goldError('doc,snippet,side,stance,topic\nd1,x,(unmatched),other,\n').message).toMatch(/reserved/);
  });

  it('rejects a row with a different number of fields', () => {
    expect(goldError('doc,snippet,side,stance,topic\nd1,x,eu,other\n').message).toBe(
      'gold/a.csv:2: has 4 fields, the header 5',
    );
  });

  it('turns a CSV syntax error into GOLD_INVALID with the file name', () => {
    const error = goldError('doc,snippet,side,stance,topic\nd1,"x,eu,other,\n');
    expect(error.code).toBe('GOLD_INVALID');
    expect(error.message).toMatch(/^gold\/a\.csv:\d+: not readable as CSV: Quote Not Closed/);
  });
});
