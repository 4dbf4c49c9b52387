// toCsv: RFC 4180 via csv-stringify, LF by default, BOM + CRLF for Excel, formula escaping.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { type Cell, type CsvOptions, toCsv } from '../../src/report/csv.js';

const BOM = '\uFEFF';

describe('toCsv: RFC 4180 quoting', () => {
  it.each<[string, Cell, string]>([
    ['a plain word', 'plain', 'plain'],
    ['a comma', 'a,b', '"a,b"'],
    ['a quote', 'say "hi"', '"say ""hi"""'],
    ['a lone quote', '"', '""""'],
    ['a newline', 'line 1\nline 2', '"line 1\nline 2"'],
    ['a CRLF', 'line 1\r\nline 2', '"line 1\r\nline 2"'],
    ['a carriage return', 'a\rb', '"a\rb"'],
    ['comma, quote and newline', 'x, "y"\nz', '"x, ""y""\nz"'],
    ['leading and trailing spaces', ' a ', ' a '],
    ['non-ASCII text', 'Japan’s ICT – 日本', 'Japan’s ICT – 日本'],
    ['an integer', 42, '42'],
    ['zero', 0, '0'],
    ['a decimal', 0.3333, '0.3333'],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['an empty string', '', ''],
  ])('%s', (_name, cell, field) => {
    expect(toCsv(['h'], [[cell]])).toBe(`h\n${field}\n`);
  });

  it('numbers are never quoted, also next to quoted text', () => {
    expect(toCsv(['n', 't', 'share'], [[3, 'a,b', 0.25]])).toBe('n,t,share\n3,"a,b",0.25\n');
  });

  it('a header alone is one line', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\n');
  });

  it('header cells are quoted like any other', () => {
    expect(toCsv(['a,b', 'c'], [['1', '2']])).toBe('"a,b",c\n1,2\n');
  });
});

describe('toCsv: line ends', () => {
  const rows: Cell[][] = [
    ['one', 1],
    ['two\nlines', 2],
  ];

  it('default: no BOM, LF record ends, the field with a line break quoted', () => {
    const csv = toCsv(['text', 'n'], rows);
    expect(csv).toBe('text,n\none,1\n"two\nlines",2\n');
    expect(csv).not.toContain('\r');
  });

  it('excel: a BOM, CRLF record ends, the field with a line break quoted', () => {
    const csv = toCsv(['text', 'n'], rows, { excel: true });
    expect(csv).toBe(`${BOM}text,n\r\none,1\r\n"two\nlines",2\r\n`);
  });

  it('excel: every line break outside quotes is a CRLF', () => {
    const csv = toCsv(['a', 'b'], [['x', 'y\r\nz']], { excel: true });
    expect(csv).toBe(`${BOM}a,b\r\nx,"y\r\nz"\r\n`);
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('excel: false is the default', () => {
    expect(toCsv(['a'], [['b']], { excel: false })).toBe(toCsv(['a'], [['b']]));
  });
});

describe('toCsv: formula escaping', () => {
  it.each<[string, string]>([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+81 3 5253 5920', "'+81 3 5253 5920"],
    ['-x', "'-x"],
    ['@mention', "'@mention"],
    ['=a,b', `"'=a,b"`],
    ['a=b', 'a=b'],
    ['E=mc2', 'E=mc2'],
    [' =x', ' =x'],
  ])('by default %j is written %s', (cell, field) => {
    expect(toCsv(['h'], [[cell]])).toBe(`h\n${field}\n`);
  });

  it.each<[string, CsvOptions]>([
    ['escapeFormulas: false', { escapeFormulas: false }],
    ['escapeFormulas: false with excel', { escapeFormulas: false, excel: true }],
  ])('%s keeps such cells as they are', (_name, options) => {
    const cells = ['=SUM(A1)', '+81', '-x', '@me'];
    const csv = toCsv(['a', 'b', 'c', 'd'], [cells], options);
    const end = options.excel ? '\r\n' : '\n';
    expect(csv).toBe(`${options.excel ? BOM : ''}a,b,c,d${end}=SUM(A1),+81,-x,@me${end}`);
  });

  it('escapeFormulas: true is the default', () => {
    const cells = [['=1', '+2', '-3', '@4']];
    expect(toCsv(['a', 'b', 'c', 'd'], cells, { escapeFormulas: true })).toBe(
      toCsv(['a', 'b', 'c', 'd'], cells),
    );
  });

  it('numbers are not escaped: a negative number stays a number', () => {
    expect(toCsv(['n'], [[-3]])).toBe('n\n-3\n');
  });
});

describe('toCsv: round trip through csv-parse', () => {
  const header = ['doc', 'text', 'n', 'share', 'empty'];
  const rows: Cell[][] = [
    ['d1', 'plain', 1, 0.5, null],
    ['d2', 'a, b and "c"', 23, 0.3333, undefined],
    ['d3', 'two\nlines\r\nand CRLF', 0, 1, ''],
    ['d4', 'Japan’s “quoted” – 日本', 1234567, 0.0001, null],
    ['d5', '=SUM(A1)', 5, 0, null],
  ];
  // What a reader gets back: text as written, numbers as their text, null and undefined as ''.
  const cells = (escaped: boolean) =>
    [header, ...rows].map((row) =>
      row.map((cell) => {
        const text = cell === null || cell === undefined ? '' : String(cell);
        return escaped && /^[=+\-@]/.test(text) ? `'${text}` : text;
      }),
    );

  it.each<[string, CsvOptions, boolean]>([
    ['default', {}, true],
    ['excel', { excel: true }, true],
    ['escapeFormulas: false', { escapeFormulas: false }, false],
    ['excel, escapeFormulas: false', { excel: true, escapeFormulas: false }, false],
  ])('%s gives back the cells', (_name, options, escaped) => {
    const csv = toCsv(header, rows, options);
    expect(parse(csv, { bom: true })).toEqual(cells(escaped));
  });

  it('every record has the header width', () => {
    const records = parse(toCsv(header, rows), { bom: true }) as string[][];
    expect(records).toHaveLength(rows.length + 1);
    for (const record of records) expect(record).toHaveLength(header.length);
  });
});
